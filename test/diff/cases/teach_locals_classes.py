# Teaching locals()/vars() (PEP 667 snapshots, PEP 709 inlined comprehensions) and what a class
# statement builds: __dict__ keys, name mangling, MRO, descriptors, __set_name__, __init_subclass__.
import sys

def snapshot():
    a = 1
    snap = locals()
    b = 2
    print("snapshot keys:", sorted(snap))
    snap["a"] = 99
    print("a unchanged:", a)
    print("fresh call:", sorted(locals()), locals() is locals())
    print("comprehension sees:", [sorted(locals()) for _ in range(1)])
    print("generator expr sees:", list(sorted(locals()) for _ in range(1)))
    print("frame name:", sys._getframe().f_code.co_name)
    return snap

snapshot()
print("module locals is globals:", locals() is globals(), vars() is globals())

def closure_locals():
    outer_var = "o"
    def inner():
        print("inner locals:", locals())
        return outer_var
    inner()
    print("outer locals:", sorted(locals()))
closure_locals()

class Mangler:
    __secret = 1
    _single = 2
    def reveal(self):
        return self.__secret, self._Mangler__secret
    def set_private(self):
        self.__hidden = "h"
print(sorted(k for k in Mangler.__dict__ if "secret" in k or "single" in k))
m = Mangler()
print(m.reveal())
m.set_private()
print(vars(m))
try:
    m.__hidden
except AttributeError as e:
    print("AttributeError:", e)

class Point:
    """A point."""
    kind = "2d"
    def __init__(self, x, y):
        self.x = x
        self.y = y
        self._cache = None
    def norm(self):
        self.norm_value = (self.x ** 2 + self.y ** 2) ** 0.5
        return self.norm_value
print(list(Point.__dict__.keys()))
print(Point.__static_attributes__)
print(Point.__firstlineno__ - Mangler.__firstlineno__)
print(Point.__module__, Point.__qualname__, Point.__doc__)
print(type(Point.__dict__).__name__)
try:
    Point.__dict__["kind"] = 1
except TypeError as e:
    print("mappingproxy:", e)

class A:
    def who(self): return "A"
class B(A):
    def who(self): return "B>" + super().who()
class C(A):
    def who(self): return "C>" + super().who()
class D(B, C):
    def who(self): return "D>" + super().who()
print([k.__name__ for k in D.__mro__], D().who())
print(D.mro() == list(D.__mro__), D.__bases__, A.__subclasses__())
try:
    class Bad(A, B):
        pass
except TypeError as e:
    print("MRO error:", e)

class DataDesc:
    def __get__(self, obj, owner=None):
        return "data descriptor"
    def __set__(self, obj, value):
        print("DataDesc.__set__", value)
class NonDataDesc:
    def __get__(self, obj, owner=None):
        return "non-data descriptor"
class Holder:
    d = DataDesc()
    n = NonDataDesc()
h = Holder()
h.__dict__["d"] = "instance d"
h.__dict__["n"] = "instance n"
print(h.d, "|", h.n)
h.d = 5
print(Holder.d, Holder.n)

class Named:
    def __set_name__(self, owner, name):
        print("__set_name__", owner.__name__, name)
        self.name = name
class WithNames:
    first = Named()
    second = Named()
print(WithNames.first.name, WithNames.second.name)

class Base:
    registry = []
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        Base.registry.append((cls.__name__, tag))
class Sub1(Base, tag="one"): pass
class Sub2(Sub1): pass
print(Base.registry)
try:
    class Sub3(Base, bogus=1): pass
except TypeError as e:
    print("init_subclass error:", e)

class OrderedMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("__prepare__", name, bases, kw)
        return {"injected": True}
    def __new__(mcls, name, bases, ns, **kw):
        print("ns keys:", [k for k in ns if not k.startswith("__")])
        return super().__new__(mcls, name, bases, ns)
class Prepared(metaclass=OrderedMeta, flag=1):
    b = 1
    a = 2
print(Prepared.injected, type(Prepared).__name__)

class Box:
    def __class_getitem__(cls, item):
        return f"Box[{item!r}]"
print(Box[int], Box["x"], list[int], dict[str, list[int]])
print(type(list[int]).__name__, list[int].__origin__, list[int].__args__)

class Slotted:
    __slots__ = ("a", "b")
s = Slotted(); s.a = 1
print(hasattr(s, "__dict__"), Slotted.a, type(Slotted.a).__name__)
try:
    s.c = 3
except AttributeError as e:
    print("slots:", e)
try:
    s.b
except AttributeError as e:
    print("slots unset:", e)
