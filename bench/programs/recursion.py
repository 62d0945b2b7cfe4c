# Recursive calls: function call overhead and small-int arithmetic.
import sys
SCALE = int(sys.argv[1]) if len(sys.argv) > 1 else 1  # `npm run bench` records with a smaller size
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

print(fib(27 - (SCALE.bit_length() - 1) * 3 // 2))
