# Reflection builtins: isinstance/issubclass (tuples, nested tuples, abstract classes), type, callable,
# getattr/setattr/hasattr/delattr, vars, dir (of own attributes), hash of ints, id-free identity checks,
# type() with three arguments, __name__/__qualname__/__module__/__doc__, globals/locals.
import collections.abc as cabc

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

class A: pass
class B(A): pass
class C: pass
show("isinstance", lambda: (isinstance(B(), A), isinstance(A(), B), isinstance(1, (str, int)), isinstance(1, (str, (float, int))), isinstance(True, int)))
show("isinstance union type", lambda: (isinstance(1, int | str), isinstance("s", int | None), isinstance(None, int | None)))
show("isinstance bad", lambda: isinstance(1, 5))
show("isinstance bad in tuple", lambda: isinstance(1, (int, 5)))
show("issubclass", lambda: (issubclass(B, A), issubclass(A, (C, B)), issubclass(bool, (str, int)), issubclass(B, object)))
show("issubclass non-class", lambda: issubclass(B(), A))
show("abc checks", lambda: (isinstance([], cabc.Sequence), isinstance({}, cabc.Mapping), isinstance(iter([]), cabc.Iterator), isinstance(5, cabc.Hashable), isinstance([], cabc.Hashable), issubclass(dict, cabc.MutableMapping)))
class Duck:
    def __iter__(self): return iter([])
    def __len__(self): return 0
show("structural abc", lambda: (isinstance(Duck(), cabc.Iterable), isinstance(Duck(), cabc.Sized), isinstance(Duck(), cabc.Sequence)))
show("type", lambda: (type(1), type("a"), type(None), type(type), type(A()), type(B) is type))
show("type names", lambda: (type(1).__name__, int.__qualname__, A.__qualname__, A.__module__, int.__module__))
show("callable", lambda: (callable(len), callable(A), callable(A()), callable(lambda: 0), callable(5), callable(type), callable(print)))
class Obj:
    cls_attr = "c"
    def __init__(self):
        self.a = 1
        self._b = 2
o = Obj()
show("getattr", lambda: (getattr(o, "a"), getattr(o, "cls_attr"), getattr(o, "zz", None), getattr(Obj, "cls_attr")))
show("getattr missing", lambda: getattr(o, "zz"))
show("setattr hasattr delattr", lambda: (setattr(o, "new", 5), hasattr(o, "new"), delattr(o, "new"), hasattr(o, "new")))
show("setattr dynamic names", lambda: (lambda x: ([setattr(x, f"f{i}", i) for i in range(3)], sorted(vars(x)))[1])(Obj()))
show("vars", lambda: (vars(o), sorted(k for k in vars(Obj) if not k.startswith("__"))))
show("vars no arg at module", lambda: "show" in vars())
show("dir own attributes", lambda: [n for n in dir(o) if not n.startswith("__")])
show("dir class", lambda: [n for n in dir(B) if not n.startswith("__")])
show("dir builtin type sample", lambda: [n for n in dir(list) if not n.startswith("_")])
show("dir int sample", lambda: "bit_length" in dir(int) and "__add__" in dir(5))
show("hash ints", lambda: (hash(0), hash(1), hash(-1), hash(-2), hash(12345), hash(True), hash(2 ** 20)))
show("hash consistency", lambda: (hash(1) == hash(1.0) == hash(True), hash((1, 2)) == hash((1, 2)), hash(frozenset([1])) == hash(frozenset([1]))))
show("hash unhashable", lambda: hash({}))
show("identity", lambda: (o is o, Obj() is Obj(), None is None, list() is list(), tuple() is tuple()))
Dynamic = type("Dynamic", (Obj,), {"extra": 42, "method": lambda self: self.a + self.extra, "__doc__": "made by type"})
show("type 3-arg", lambda: (Dynamic.__name__, Dynamic().method(), Dynamic.__doc__, Dynamic.__bases__[0].__name__, isinstance(Dynamic(), Obj)))
show("type 3-arg with slots", lambda: (lambda T: (T(), hasattr(T(), "__dict__")))(type("S", (), {"__slots__": ()}))[1])
show("doc strings", lambda: (Obj.__doc__, (lambda: 0).__doc__, Dynamic.__doc__))
show("function attributes", lambda: ((lambda x, y=1: 0).__code__.co_argcount, show.__name__, show.__module__, show.__defaults__))
show("__name__ of builtins", lambda: (len.__name__, print.__name__, int.__name__, type(len).__name__, type([].append).__name__, type(Obj().__init__).__name__))
show("__class__", lambda: ((5).__class__, "a".__class__.__name__, o.__class__ is Obj))
show("__dict__ keys of instance", lambda: list(o.__dict__))
show("__mro__", lambda: [k.__name__ for k in bool.__mro__])
show("object attributes", lambda: [n for n in ("__eq__", "__hash__", "__repr__", "__init_subclass__", "__dict__") if hasattr(object, n)])
show("globals is module dict", lambda: globals() is vars())
def loc():
    a = 1
    b = [2]
    return sorted(locals())
show("locals in function", loc)
show("getattr on module", lambda: getattr(__import__("math"), "pi"))
show("isinstance with abstract class of int", lambda: isinstance(5, __import__("numbers").Number))
show("numbers tower", lambda: [isinstance(v, __import__("numbers").Integral) for v in (1, 1.0, True, 1j)])
