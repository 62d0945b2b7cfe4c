# Teaching scopes: LEGB lookup, global/nonlocal, UnboundLocalError, closures and cells.
import builtins

x = "global x"

def show_legb():
    x = "enclosing x"
    def inner():
        print("inner sees:", x)
        print("len is builtin:", len is builtins.len)
    inner()
    return inner

f = show_legb()
print("closure:", f.__closure__ is not None, len(f.__closure__))
print("cell contents:", f.__closure__[0].cell_contents)
print("freevars:", f.__code__.co_freevars)
print("cellvars of outer:", show_legb.__code__.co_cellvars)

def shadow_builtin():
    len = lambda s: 42
    return len("abc")
print("shadowed len:", shadow_builtin(), len("abc"))

def unbound():
    print(x)
    x = 1

try:
    unbound()
except UnboundLocalError as e:
    print(type(e).__name__, "|", e)
    print("is NameError:", isinstance(e, NameError))
    print("e.name:", e.name)

def unbound_del():
    y = 1
    del y
    return y
try:
    unbound_del()
except UnboundLocalError as e:
    print(type(e).__name__, "|", e)

def free_unbound():
    def g():
        return z
    try:
        g()
    except NameError as e:
        print(type(e).__name__, "|", e)
    z = 3
    return g()
print("free later bound:", free_unbound())

def free_deleted():
    z = 1
    def g():
        return z
    del z
    return g()
try:
    free_deleted()
except NameError as e:
    print(type(e).__name__, "|", e)

counter = 0
def bump():
    global counter
    counter += 1
    return counter
bump(); bump()
print("counter:", counter)

def bad_bump():
    counter += 1
try:
    bad_bump()
except UnboundLocalError as e:
    print("bad_bump:", e)

def make_acc():
    total = 0
    def add(n):
        nonlocal total
        total += n
        return total
    return add
acc = make_acc()
print([acc(i) for i in range(5)])
print("acc cell:", acc.__closure__[0].cell_contents)
acc.__closure__[0].cell_contents = 100
print("after cell write:", acc(1))

funcs = [lambda: i for i in range(3)]
print("late binding:", [fn() for fn in funcs])
funcs = [lambda i=i: i for i in range(3)]
print("default capture:", [fn() for fn in funcs])
print("defaults:", funcs[2].__defaults__)

def loop_closures():
    out = []
    for j in range(3):
        out.append(lambda: j)
    j = "changed"
    return [g() for g in out]
print("loop closures:", loop_closures())

class C:
    y = 10
    ys = [y for _ in range(2)] if False else None
    try:
        zs = [y for _ in range(2)]
    except NameError as e:
        print("class scope comprehension:", e)
    def method(self):
        try:
            return y
        except NameError as e:
            return "NameError: " + str(e)
print(C().method())

def nested_comprehension_scope():
    a = 5
    return [a * k for k in range(3)]
print(nested_comprehension_scope())

k = "outer k"
print([k for k in range(2)], k)

import types
c = types.CellType()
try:
    c.cell_contents
except ValueError as e:
    print("empty cell:", e)
c.cell_contents = 7
print("cell set:", c.cell_contents, repr(type(c).__name__))
del c.cell_contents
try:
    c.cell_contents
except ValueError as e:
    print("deleted cell:", e)
print(types.CellType(3) == types.CellType(3), types.CellType(1) < types.CellType(2))

def outer_global_in_nested():
    def inner():
        global newname
        newname = "created"
    inner()
outer_global_in_nested()
print("newname:", newname)

try:
    print(undefined_name)
except NameError as e:
    print(type(e).__name__, "|", e, "|", e.name)

def uses_global_only():
    return x
print(uses_global_only.__code__.co_names, uses_global_only.__code__.co_varnames)
print(globals()["x"], "x" in vars(), sorted(k for k in vars(builtins) if k.startswith("Unbound")))
