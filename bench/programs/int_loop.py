# Integer loops: while/for, comparisons, small-int arithmetic, modulo.
import sys
SCALE = int(sys.argv[1]) if len(sys.argv) > 1 else 1  # `npm run bench` records with a smaller size
total = 0
i = 0
while i < 3_000_000 // SCALE:
    if i % 3 == 0 or i % 5 == 0:
        total += i
    i += 1
print(total)
