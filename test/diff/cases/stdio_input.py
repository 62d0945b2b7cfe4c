# stdin: first line\nsecond line\r\nthird\n\nfifth has  spaces  \nsixth\nseventh\neighth\nninth\nlast without newline
# Standard input: input() with and without a prompt, sys.stdin.readline() (with a size),
# sys.stdin.read(n), iteration over the rest, read() at the end, and input() at end of input.
import sys

a = input("name? ")
b = input()
print()
print(repr(a), repr(b))
print(repr(sys.stdin.readline()))
print(repr(input("> ")))
print(repr(sys.stdin.readline(4)), repr(sys.stdin.readline()))
print(repr(sys.stdin.read(3)), repr(sys.stdin.readline()))
for i, line in enumerate(sys.stdin):
    print(i, repr(line))
print(repr(sys.stdin.read()), repr(sys.stdin.readline()))
try:
    input("at end: ")
except EOFError as e:
    print()
    print("EOFError", e)
print(sys.stdin.readable(), sys.stdin.writable(), sys.stdin.encoding, sys.stdin.errors, sys.stdin.closed)
