# exit: 1
# An uncaught TypeError raised by the runtime itself (not by a raise statement).
def total(prices):
    result = 0
    for p in prices:
        result += p
    return result

print(total([1, 2, 3]))
print(total([1, "2", 3]))
