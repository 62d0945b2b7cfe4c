# exit: 1
# Unbounded recursion that is not caught: RecursionError ends the program.
def walk(node):
    return walk(node + 1)

print("walking")
walk(0)
