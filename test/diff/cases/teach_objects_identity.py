# Teaching objects: names are references, aliasing, copy vs deepcopy, identity vs equality, hashing.
import copy

a = [1, 2, [3, 4]]
b = a
c = a[:]
d = copy.copy(a)
e = copy.deepcopy(a)
a[0] = 100
a[2].append(5)
print(a, b, c, d, e)
print(a is b, a is c, a == c, a[2] is c[2], a[2] is e[2])

def append_default(item, bucket=[]):
    bucket.append(item)
    return bucket
print(append_default(1), append_default(2), append_default.__defaults__)
def append_fixed(item, bucket=None):
    if bucket is None:
        bucket = []
    bucket.append(item)
    return bucket
print(append_fixed(1), append_fixed(2))

grid = [[0] * 3] * 3
grid[0][0] = 1
print(grid, [id(r) == id(grid[0]) for r in grid])
grid = [[0] * 3 for _ in range(3)]
grid[0][0] = 1
print(grid)

t = ([1], 2)
try:
    t[0] += [3]
except TypeError as err:
    print("TypeError", err)
print("but the list changed anyway:", t)

x = [1, 2]
y = x
x += [3]
print(x is y, y)
x = x + [4]
print(x is y, x, y)
s1 = "ab"
s2 = s1
s1 += "c"
print(s1, s2, s1 is s2)

empty = ()
print(None is None, type(None)() is None, [] is [], empty is tuple())
print(True is bool(1), NotImplemented is type(NotImplemented)(), ... is Ellipsis)
v = 256
w = 255 + 1
print(v == w, id(v) == id(v))

class Money:
    def __init__(self, cents):
        self.cents = cents
    def __eq__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return self.cents == other.cents
print(Money(5) == Money(5), Money(5) != Money(6), Money(5) == 5, Money.__hash__)
try:
    {Money(1)}
except TypeError as err:
    print("TypeError", err)
try:
    hash(Money(1))
except TypeError as err:
    print("TypeError", err)

class HashedMoney(Money):
    def __hash__(self):
        return hash(self.cents)
print(len({HashedMoney(1), HashedMoney(1), HashedMoney(2)}), HashedMoney(3) in {HashedMoney(3)})
class Plain:
    pass
p, q = Plain(), Plain()
print(p == p, p == q, p != q, hash(p) == hash(p), Plain.__eq__ is object.__eq__, p.__eq__(q), p.__ne__(p))

class Always:
    def __eq__(self, other):
        print("  Always.__eq__ called")
        return True
al = Always()
print("identity shortcut in list:", al in [al], "count:", [al, al].count(al))
print("None == Always:", None == al)
print("nan in list:", float("nan") in [float("nan")])

class Left:
    def __add__(self, other):
        print("  Left.__add__")
        return NotImplemented
    def __eq__(self, other):
        print("  Left.__eq__")
        return NotImplemented
class Right:
    def __radd__(self, other):
        print("  Right.__radd__")
        return "radd result"
    def __eq__(self, other):
        print("  Right.__eq__")
        return NotImplemented
print(Left() + Right())
print(Left() == Right())
try:
    Left() + 1
except TypeError as err:
    print("TypeError", err)
class SubRight(Left):
    def __radd__(self, other):
        print("  SubRight.__radd__ (subclass tried first)")
        return "sub"
    def __add__(self, other):
        return NotImplemented
print(Left() + SubRight())

class Vec:
    def __init__(self, *c):
        self.c = list(c)
    def __iadd__(self, other):
        print("  __iadd__ in place")
        self.c = [i + j for i, j in zip(self.c, other.c)]
        return self
    def __add__(self, other):
        print("  __add__ new object")
        return Vec(*[i + j for i, j in zip(self.c, other.c)])
    def __repr__(self):
        return f"Vec{tuple(self.c)}"
v1 = Vec(1, 2)
keep = v1
v1 += Vec(1, 1)
print(v1, v1 is keep)
v1 = v1 + Vec(1, 1)
print(v1, v1 is keep)

print(1 < 2 < 3, 1 < 3 < 2, (1 < 3) < 2, 3 > 2 == 2, 1 == 1.0 != None)
def loud(n):
    print("  eval", n)
    return n
print("chain:", loud(1) < loud(0) < loud(5))
print("and/or:", loud(0) and loud(1), loud(2) or loud(3), not loud(0))
print("[] or default:", [] or "default", 0 or None, "" and "x")
order = []
def key(n):
    order.append(n)
    return n
d = {key("k1"): key("v1"), key("k2"): key("v2")}
print("dict display evaluation order:", order)
order.clear()
key("f")(key("a")) if False else None
lst = [0, 0]
i = 0
i, lst[i] = 1, 5
print(lst)

orig = {"a": [1], "b": {"c": 2}}
shallow = dict(orig)
shallow["a"].append(2)
deep = copy.deepcopy(orig)
deep["b"]["c"] = 99
print(orig, deep)
cyc = [1]
cyc.append(cyc)
dc = copy.deepcopy(cyc)
print(dc[1] is dc, dc is not cyc, cyc)
class Custom:
    def __init__(self):
        self.items = [1]
    def __copy__(self):
        print("  __copy__")
        n = Custom.__new__(Custom); n.items = self.items; return n
    def __deepcopy__(self, memo):
        print("  __deepcopy__", type(memo).__name__)
        n = Custom.__new__(Custom); n.items = list(self.items); return n
cc = Custom()
print(copy.copy(cc).items is cc.items, copy.deepcopy(cc).items is cc.items)
pair = (1, 2)
print(copy.copy(pair) is pair, copy.deepcopy((1, [2]))[1] is not None)
