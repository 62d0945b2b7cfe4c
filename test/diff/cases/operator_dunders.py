# Operator overloading: every binary operator with its reflected and in-place forms, NotImplemented
# fallbacks, subclass priority for reflected methods, unary operators, rich comparisons and their
# reflection, numeric conversions (__int__, __float__, __index__, __round__, ...).
import math

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

OPS = ["add", "sub", "mul", "matmul", "truediv", "floordiv", "mod", "pow", "lshift", "rshift", "and", "xor", "or"]

class Tracer:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return self.name

def make(kind):
    def fwd(self, other):
        return f"{self.name}.__{kind}__({other!r})"
    def rev(self, other):
        return f"{self.name}.__r{kind}__({other!r})"
    def inplace(self, other):
        return f"{self.name}.__i{kind}__({other!r})"
    return fwd, rev, inplace

for kind in OPS:
    fwd, rev, inplace = make(kind)
    setattr(Tracer, f"__{kind}__", fwd)
    setattr(Tracer, f"__r{kind}__", rev)
    setattr(Tracer, f"__i{kind}__", inplace)

t = Tracer("T")
show("forward", lambda: [t + 1, t - 1, t * 1, t @ 1, t / 1, t // 1, t % 1, t ** 1, t << 1, t >> 1, t & 1, t ^ 1, t | 1])
show("reflected", lambda: [1 + t, 1 - t, 1 * t, 1 @ t, 1 / t, 1 // t, 1 % t, 1 ** t, 1 << t, 1 >> t, 1 & t, 1 ^ t, 1 | t])
def inplace_all():
    out = []
    for op in ["+=", "-=", "*=", "@=", "/=", "//=", "%=", "**=", "<<=", ">>=", "&=", "^=", "|="]:
        x = t
        ns = {"x": x}
        exec(f"x {op} 2", ns)
        out.append(ns["x"])
    return out
show("in-place", inplace_all)
show("pow 3-arg", lambda: pow(t, 2, 3) if hasattr(t, "__pow__") else None)

class OnlyAdd:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        if isinstance(o, OnlyAdd):
            return OnlyAdd(self.v + o.v)
        if isinstance(o, int):
            return OnlyAdd(self.v + o)
        return NotImplemented
    def __repr__(self):
        return f"OnlyAdd({self.v})"
def iadd_falls_back():
    x = OnlyAdd(1)
    y = x
    x += 5
    return x, y, x is y
show("iadd falls back to add", iadd_falls_back)
show("no radd", lambda: 5 + OnlyAdd(1))
show("NotImplemented both", lambda: OnlyAdd(1) + "s")
show("unsupported -", lambda: OnlyAdd(1) - 1)
show("unsupported unary", lambda: -OnlyAdd(1))
show("unsupported **", lambda: OnlyAdd(1) ** 2)
show("unsupported @", lambda: 1 @ 2)
show("unsupported pow 3", lambda: pow(OnlyAdd(1), 2, 3))
def iadd_unsupported():
    x = OnlyAdd(1)
    x -= 1
show("unsupported -=", iadd_unsupported)

class Base:
    def __add__(self, o):
        return "Base.add"
    def __radd__(self, o):
        return "Base.radd"
class Derived(Base):
    def __radd__(self, o):
        return "Derived.radd"
show("subclass reflected first", lambda: (Base() + Derived(), Derived() + Base()))
class Derived2(Base):
    pass
show("subclass without override", lambda: Base() + Derived2())

class V:
    def __init__(self, *c):
        self.c = c
    def __repr__(self):
        return f"V{self.c}"
    def __neg__(self): return V(*(-x for x in self.c))
    def __pos__(self): return V(*self.c)
    def __abs__(self): return math.hypot(*self.c)
    def __invert__(self): return V(*reversed(self.c))
    def __eq__(self, o): return isinstance(o, V) and self.c == o.c
    def __lt__(self, o): return abs(self) < abs(o)
    def __le__(self, o): return abs(self) <= abs(o)
    def __hash__(self): return hash(self.c)
    def __bool__(self): return any(self.c)
    def __round__(self, n=None): return V(*(round(x, n) for x in self.c))
    def __trunc__(self): return V(*(math.trunc(x) for x in self.c))
    def __floor__(self): return "floor"
    def __ceil__(self): return "ceil"
v = V(3, 4)
show("unary", lambda: (-v, +v, abs(v), ~v, not v, bool(V(0, 0))))
show("round/trunc/floor/ceil", lambda: (round(V(1.26, 2.5)), round(V(1.26, 2.5), 1), math.trunc(V(1.5, -1.5)), math.floor(v), math.ceil(v)))
show("eq/ne", lambda: (v == V(3, 4), v != V(3, 4), v != V(1), v == 5))
show("reflected comparisons", lambda: (v > V(1, 1), v >= V(3, 4), V(1, 1) > v))
show("comparison unsupported", lambda: v > 5)
show("comparison unsupported 2", lambda: 5 < v)
show("sorted by lt", lambda: sorted([V(5, 5), V(1, 0), V(3, 4)]))
show("ne derived from eq", lambda: (type("E", (), {"__eq__": lambda s, o: True})() != 1))

class Num:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
class F:
    def __float__(self): return 2.5
class I:
    def __int__(self): return 7
class C:
    def __complex__(self): return 1 + 2j
show("__index__ uses", lambda: ([10, 20, 30][Num(1)], "abc"[Num(-1)], bin(Num(5)), hex(Num(255)), range(Num(3)), list(range(10))[Num(1):Num(4)]))
show("__index__ in int()", lambda: int(Num(9)))
show("__index__ in mul", lambda: ["x"] * Num(3))
show("__float__", lambda: (float(F()), math.sqrt(F())))
show("__int__", lambda: (int(I()),))
show("__int__ not index", lambda: [1, 2][I()])
show("__complex__", lambda: complex(C()))
show("bad __index__", lambda: [1][type("B", (), {"__index__": lambda s: "x"})()])
show("float() bad", lambda: float(type("NoFloat", (), {})()))
show("operator on builtins", lambda: ([1] + [2], (1,) * 2, "a" * 3, {1} | {2}, 7 @ 1 if False else "skip"))
show("divmod dunder", lambda: divmod(type("D", (), {"__divmod__": lambda s, o: ("divmod", o)})(), 3))
show("rdivmod", lambda: divmod(3, type("D", (), {"__rdivmod__": lambda s, o: ("rdivmod", o)})()))
class Matrix:
    def __init__(self, rows): self.rows = rows
    def __matmul__(self, o):
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in zip(*o.rows)] for r in self.rows])
    def __repr__(self): return f"Matrix({self.rows})"
show("matmul", lambda: Matrix([[1, 2], [3, 4]]) @ Matrix([[5, 6], [7, 8]]))
class Money:
    def __init__(self, cents): self.cents = cents
    def __add__(self, o):
        if isinstance(o, Money): return Money(self.cents + o.cents)
        return NotImplemented
    def __radd__(self, o):
        if o == 0: return self
        return self.__add__(o)
    def __mul__(self, k): return Money(self.cents * k)
    __rmul__ = __mul__
    def __repr__(self): return f"${self.cents / 100:.2f}"
show("sum with radd", lambda: (sum([Money(150), Money(275)]), 3 * Money(100), Money(5) * 2))
show("identity ops", lambda: (t is t, t is not Tracer("T"), None is None))
show("chained compare on objects", lambda: V(1) < V(2) < V(3))
