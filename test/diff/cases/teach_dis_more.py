# Teaching dis further: adaptive (specialized) bytecode, caches, classes, source strings, tracebacks.
import dis
import sys

def add(a, b):
    return a + b

def loop(n):
    total = 0
    for i in range(n):
        total += i
    return total

class Shape:
    sides = 0
    def area(self):
        return 0
    def describe(self):
        return f"{type(self).__name__} with {self.sides} sides"

print("-- show_caches")
dis.dis(add, show_caches=True)
print("-- show_offsets / positions")
dis.dis(add, show_offsets=True)
dis.dis(add, show_positions=True)
print("-- class")
dis.dis(Shape)
print("-- source string")
dis.dis("x = [i * 2 for i in range(3)]")
dis.dis("a, *b = c")
print("-- depth")
def outer():
    def inner():
        return 1
    return inner
dis.dis(outer(), depth=0)
print("-- traceback")
def fails():
    try:
        return add(1, None)
    except TypeError:
        dis.distb(sys.exc_info()[2])
fails()
print("-- code attributes")
co = loop.__code__
print(co.co_exceptiontable, len(co.co_linetable) > 0, co.co_code[:4].hex())
print(list(dis.findlinestarts(co))[:5])
print(dis.findlabels(co.co_code))
for ins in dis.get_instructions(loop):
    print(ins.opname, ins.opcode == dis.opmap.get(ins.opname), ins.jump_target, ins.cache_info is not None)
print(dis.Bytecode(loop).exception_entries)
def with_try():
    try:
        return 1
    except ValueError:
        return 2
dis.dis(with_try)
print(with_try.__code__.co_exceptiontable.hex())
dis.show_code(with_try)
