# exit: 1
# NameError suggestions look at the innermost frame's locals, then globals, then builtins.
counter = 0
def total(values):
    running_sum = 0
    for v in values:
        running_sum += v
    return runing_sum
print(total.__name__)
total([1, 2])
