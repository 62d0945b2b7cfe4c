# stdin: Ada\n42\n3.5 7 11\n\nlast line without newline
# print (sep, end, file=sys.stderr, flush, non-str objects, no arguments, errors) and input() (prompt
# goes to stdout, the trailing newline is stripped, EOF raises EOFError).
import sys

print()
print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", "c", sep=", ", end=".\n")
print("no newline", end="")
print(" -- continued")
print(1, 2.5, None, True, [1, "x"], {"k": (1,)}, b"bytes", 3 + 4j)
print("multi\nline", "text")
print(*range(5), sep=" < ")
print("sep None", "end None", sep=None, end=None)
print("flushed", flush=True)
print("to stderr", 1, 2, file=sys.stderr)
print("stderr sep", "x", sep="|", end="!\n", file=sys.stderr)
print("to stdout explicitly", file=sys.stdout)
print("file None goes to stdout", file=None)
try:
    print("x", sep=5)
except TypeError as e:
    print("bad sep:", e)
try:
    print("x", end=[])
except TypeError as e:
    print("bad end:", e)
try:
    print("x", file="not a file")
except AttributeError as e:
    print("bad file:", e)
try:
    print("x", foo=1)
except TypeError as e:
    print("bad kw:", e)
class Custom:
    def __str__(self):
        return "custom str"
print(Custom(), [Custom()].__len__())
name = input("Name? ")
print(f"hello {name}")
age = int(input())
print("next year", age + 1)
numbers = [float(x) for x in input("numbers: ").split()]
print("sum", sum(numbers))
empty = input()
print("empty line gives", repr(empty))
last = input("last: ")
print("last line", repr(last))
try:
    input("at eof: ")
except EOFError as e:
    print("EOFError:", e)
try:
    input("again: ")
except EOFError as e:
    print("EOFError again:", e)
try:
    input("a", "b")
except TypeError as e:
    print("input args:", e)
sys.stdout.write("write without newline")
sys.stdout.write("\n")
print("end")
