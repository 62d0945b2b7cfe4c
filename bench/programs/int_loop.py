# Integer loops: while/for, comparisons, small-int arithmetic, modulo.
total = 0
i = 0
while i < 3_000_000:
    if i % 3 == 0 or i % 5 == 0:
        total += i
    i += 1
print(total)
