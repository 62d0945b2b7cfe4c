# collections.OrderedDict as CPython's C implementation (Objects/odictobject.c) behaves: its type and
# views, reprs, order-keeping methods, errors and messages, equality, PEP 584 operators, iteration
# and mutation, subclasses, copying and pickling.
import collections
import collections.abc
import copy
import json
import pickle
import weakref
from collections import OrderedDict as OD


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


print("== type")
print(OD, OD.__module__, OD.__name__, OD.__qualname__, OD.__base__, OD.__mro__)
print(OD.__doc__)
print(type(OD.fromkeys).__name__, OD.fromkeys.__self__ is OD, OD.fromkeys.__name__)
print(OD.__dict__["fromkeys"], OD.__dict__["move_to_end"], OD.__dict__["__dict__"])
print(OD.__setitem__, OD.__init__, OD.__iter__, OD.__eq__)
print([k for k in OD.__dict__ if k != "__doc__"])
print(OD.__hash__, isinstance(OD(), dict), issubclass(OD, collections.abc.MutableMapping))
print(OD.move_to_end.__doc__)
print(OD.popitem.__text_signature__, OD.move_to_end.__text_signature__, OD.setdefault.__text_signature__)
print(OD[int, str], collections.OrderedDict is OD)

print("== construction and repr")
print(OD(), OD(a=1, b=2), OD([("x", 1), ("y", 2)]), OD({"k": 1}, k=2, j=3))
print(repr(OD()), str(OD(a=1)), OD(OD(z=1, a=2)), OD(zip("abc", range(3))))
print(OD([["p", 1], ("q", 2), "rs", b"tu"]))
show("too many", lambda: OD(1, 2))
show("three", lambda: OD(1, 2, 3))
show("int", lambda: OD(5))
show("int pair", lambda: OD([1]))
show("empty pair", lambda: OD([[]]))
show("short pair", lambda: OD([[1]]))
show("long pair", lambda: OD([[1, 2, 3]]))
show("unhashable", lambda: OD([([1], 2)]))
o = OD(a=1)
o["self"] = o
print(o)
d = {}
d["o"] = OD(x=d)
print(d)
print(OD(a=[1, 2], b=OD(c=(3,))))

print("== keys of every kind")
o = OD()
o[1] = "int"
o[True] = "bool"
o[1.0] = "float"
o[2.5] = "f"
o[(1, 2)] = "tuple"
o[None] = "none"
o["s"] = "str"
print(o, list(o), len(o))
nan = float("nan")
o[nan] = "nan"
print(o[nan], nan in o, list(o)[-1] is nan)


class Key:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return isinstance(other, Key) and self.v == other.v

    def __hash__(self):
        return hash(self.v)

    def __repr__(self):
        return f"Key({self.v})"


o = OD()
o[Key(1)] = "a"
o[Key(2)] = "b"
o[Key(1)] = "c"
print(o, Key(2) in o)
o.move_to_end(Key(1))
print(list(o))
del o[Key(2)]
print(o)

print("== item access")
o = OD(a=1, b=2, c=3)
print(o["a"], o.get("z"), o.get("z", 0), "b" in o, "z" in o, len(o), bool(o), bool(OD()))
show("missing", lambda: o["z"])
show("get list", lambda: o.get([1]))
show("in list", lambda: [1] in o)
show("getitem list", lambda: o[[1]])


def setitem(k):
    o[k] = 1


def delitem(k):
    del o[k]


show("setitem list", lambda: setitem([1]))
show("delitem list", lambda: delitem([1]))
show("delitem missing", lambda: delitem("zz"))
del o["b"]
print(o)
o["b"] = 4
print(o)
o["a"] = 10
print(o)
del o["a"]
o["a"] = 1
print(o, list(reversed(o)))

print("== move_to_end")
o = OD.fromkeys("abcde")
o.move_to_end("b")
o.move_to_end("d", last=False)
print(list(o), list(reversed(o)))
o.move_to_end("d")
o.move_to_end("d")
o.move_to_end("a", False)
o.move_to_end(last=0, key="a")
o.move_to_end("e", 0)
print(list(o))
show("missing", lambda: o.move_to_end("zz"))
show("empty", lambda: OD().move_to_end("zz"))
show("unhashable", lambda: o.move_to_end([1]))
show("unhashable empty", lambda: OD().move_to_end([1]))
show("no key", lambda: o.move_to_end())
show("bad kw", lambda: o.move_to_end("a", lst=1))
show("too many", lambda: o.move_to_end("a", 1, 2))
big = OD.fromkeys(range(20))
for i in range(0, 20, 3):
    big.move_to_end(i)
for i in range(19, 0, -5):
    big.move_to_end(i, last=False)
print(list(big))
del big[0]
del big[4]
big[0] = "back"
print(list(big), big[0])

print("== pop / popitem / setdefault / clear")
o = OD(a=1, b=2, c=3, d=4)
print(o.pop("b"), o.pop("zz", None), o.pop(key="c", default=9), o.pop("c", default=7), o)
show("pop missing", lambda: o.pop("zz"))
show("pop unhashable", lambda: o.pop([1]))
show("pop unhashable default", lambda: o.pop([1], 2))
show("pop none", lambda: o.pop())
show("pop many", lambda: o.pop(1, 2, 3))
o = OD.fromkeys("abcd", 0)
print(o.popitem(), o.popitem(last=False), o.popitem(False), o.popitem(0), o)
show("popitem empty", lambda: o.popitem())
show("popitem empty first", lambda: o.popitem(last=False))
show("popitem args", lambda: o.popitem(1, 2))
show("popitem kw", lambda: o.popitem(lst=1))
o = OD(a=1)
print(o.setdefault("a", 5), o.setdefault("b"), o.setdefault(key="c", default=3), o)
show("setdefault none", lambda: o.setdefault())
show("setdefault unhashable", lambda: o.setdefault([1]))
o.clear()
print(o, len(o))
o["x"] = 1
print(o)
show("clear arg", lambda: o.clear(1))
show("keys arg", lambda: o.keys(1))
show("copy arg", lambda: o.copy(1))
show("reversed arg", lambda: o.__reversed__(1))
show("reduce arg", lambda: o.__reduce__(1))

print("== fromkeys")
print(OD.fromkeys("abc"), OD.fromkeys("abc", 0), OD.fromkeys(iterable="xy", value=[]))
print(OD.fromkeys(OD(b=1, a=2)), OD.fromkeys({"z": 1}, 5), OD.fromkeys(range(3), None))
show("none", lambda: OD.fromkeys())
show("many", lambda: OD.fromkeys(1, 2, 3))
show("not iterable", lambda: OD.fromkeys(5))
show("unhashable", lambda: OD.fromkeys([[1]]))
print(type(OD.fromkeys("a")).__name__, type(dict.__dict__["fromkeys"].__get__(None, OD)("a")).__name__)

print("== update")
o = OD(a=1)
o.update({"b": 2}, c=3)
o.update([("d", 4)])
o.update(OD(e=5))
o.update(e=6, a=0)
print(o)
o.update((("f", 6),), g=7)
print(o)


class Mapping:
    def keys(self):
        return ["m", "n"]

    def __getitem__(self, k):
        return k * 2


class Items:
    def items(self):
        return [("i", 1), ("j", 2)]


o.update(Mapping())
o.update(Items())
print(o)
show("update many", lambda: o.update(1, 2))
show("update int", lambda: o.update(5))
show("update int pair", lambda: o.update([1]))
show("update short", lambda: o.update([[1]]))
show("update long", lambda: o.update(["abc"]))

print("== views")
o = OD(a=1, b=2, c=3)
o.move_to_end("a")
k, v, it = o.keys(), o.values(), o.items()
print(k, v, it)
print(type(k).__name__, type(v).__name__, type(it).__name__, type(k).__mro__, type(it).__base__)
print(len(k), len(v), len(it), "a" in k, "z" in k, ("a", 1) in it, ("a", 2) in it, 1 in v)
print(list(k), list(v), list(it), list(reversed(k)), list(reversed(v)), list(reversed(it)))
print(k == {"a", "b", "c"}, k == ["b", "c", "a"], it == {("a", 1), ("b", 2), ("c", 3)})
print(sorted(k & {"a", "z"}), sorted(k | {"z"}), sorted(k - {"a"}), sorted(k ^ {"a", "z"}))
print(sorted(it & {("a", 1)}), sorted(it - {("a", 1)}), sorted(it ^ OD(a=1).items()))
print(k.isdisjoint({"q"}), k.isdisjoint(["a"]), k < {"a", "b", "c", "d"}, k >= {"a"})
print(isinstance(k, collections.abc.KeysView), isinstance(v, collections.abc.ValuesView),
      isinstance(it, collections.abc.ItemsView))
print(type(iter(k)).__name__, type(reversed(v)).__name__, type(iter(o)).__name__, type(reversed(o)).__name__)
o["d"] = 4
print(k, list(reversed(it)))
show("view hash", lambda: hash(k))
show("keys view subclass", lambda: type("K", (type(k),), {}))

print("== equality")
print(OD(a=1) == OD(a=1), OD(a=1, b=2) == OD(b=2, a=1), OD(a=1, b=2) != OD(b=2, a=1))
print(OD(a=1, b=2) == dict(b=2, a=1), dict(b=2, a=1) == OD(a=1, b=2), OD(a=1) == OD(a=2))
print(OD(a=1) == OD(a=1, b=2), OD() == OD(), OD() == {}, OD(a=1) == [("a", 1)])
print(OD(a=1).__eq__({}), OD(a=1).__ne__(5), OD(a=1).__lt__(OD()))
show("lt", lambda: OD() < OD())
show("ge dict", lambda: OD() >= {})
show("hash", lambda: hash(OD()))


class Sub(OD):
    pass


print(Sub(a=1, b=2) == OD(a=1, b=2), Sub(a=1, b=2) == OD(b=2, a=1), OD(a=1) == Sub(a=1))
print(OD([(1, "x"), (2, "y")]) == OD([(1.0, "x"), (2, "y")]))

print("== | and |=")
print(OD(a=1) | {"b": 2}, {"b": 2} | OD(a=1), OD(a=1) | OD(a=2, c=3))
print(type({"b": 2} | OD(a=1)).__name__, type(OD() | {}).__name__)
o = OD(a=1)
o |= [("c", 3)]
o |= {"a": 0}
o |= OD(z=26)
print(o)
show("or int", lambda: OD() | 1)
show("ror int", lambda: 1 | OD())
show("or list", lambda: OD() | [("a", 1)])
print(OD.__or__(OD(), 1), OD.__ror__(OD(), 1))
show("ior int", lambda: OD.__ior__(OD(), 1))
print(Sub(a=1) | {"b": 2}, {"b": 2} | Sub(a=1))

print("== iteration and mutation")


def run(label, o, action):
    try:
        for k in o:
            action(o, k)
        print(label, "finished", o)
    except RuntimeError as e:
        print(label, type(e).__name__, e)


run("add", OD(a=1, b=2), lambda o, k: o.__setitem__("z" + k, 1))
run("move", OD(a=1, b=2), lambda o, k: o.move_to_end("a"))
run("pop", OD(a=1, b=2), lambda o, k: o.pop(k))
run("del", OD(a=1, b=2), lambda o, k: o.__delitem__("b"))
run("clear", OD(a=1, b=2), lambda o, k: o.clear())
run("replace", OD(a=1, b=2), lambda o, k: o.__setitem__(k, 5))
run("move last to end", OD(a=1, b=2), lambda o, k: o.move_to_end("b"))
run("popitem", OD(a=1, b=2), lambda o, k: o.popitem())
it = iter(OD())
o = OD(a=1)
it = iter(o)
o["b"] = 2
for _ in range(2):
    show("after add", lambda: next(it))
o = OD(a=1, b=2)
it = iter(o)
next(it)
next(it)
o["c"] = 3
show("exhausted then added", lambda: next(it))
o = OD(a=1, b=2)
it = iter(o.items())
print(next(it))
o["a"] = 5
print(next(it))
show("end", lambda: next(it))
o = OD(a=1, b=2, c=3)
it = reversed(o.values())
print(next(it))
o.move_to_end("a", last=False)
show("reversed values after move", lambda: next(it))
it = iter(OD(a=1))
print(list(it), list(it))
print(hasattr(it, "__length_hint__"), hasattr(OD().keys(), "__reversed__"))

print("== iterator pickling")
o = OD(a=1, b=2, c=3)
for make in (iter, reversed, lambda o: iter(o.values()), lambda o: iter(o.items()), lambda o: reversed(o.items())):
    it = make(o)
    next(it)
    r = it.__reduce__()
    print(r[0] is iter, r[1], next(it))
it = iter(o)
o["d"] = 4
show("reduce after mutation", lambda: it.__reduce__())

print("== __dict__, weakref, sizeof")
o = OD(a=1)
o.attr = 5
print(o.attr, o.__dict__, vars(o))
o.__dict__["y"] = 2
print(o.y, "attr" in dir(o))
r = weakref.ref(o)
print(r() is o)
print(OD(a=1).__sizeof__() > dict(a=1).__sizeof__(), OD().__sizeof__() > dict().__sizeof__())

print("== copy and pickle")
o = OD(a=[1], b=2)
o.move_to_end("a")
o.attr = "x"
print(o.__reduce__()[:4], list(o.__reduce__()[4]))
c = o.copy()
print(c, type(c).__name__, c["a"] is o["a"], hasattr(c, "attr"))
c = copy.copy(o)
print(c, c.attr, c["a"] is o["a"])
c = copy.deepcopy(o)
print(c, c.attr, c["a"] is o["a"], c["a"] == o["a"])
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    p = pickle.loads(pickle.dumps(o, proto))
    print(proto, p, p.attr, type(p).__name__, list(p) == list(o))
print(OD(a=1).__reduce_ex__(2)[:4])
print(dict(o), {**o}, list(o), sorted(o), tuple(o.items()))


def kw(**kwargs):
    return list(kwargs)


print(kw(**OD([("z", 1), ("y", 2)])), dict(OD(b=1, a=2)), dict.copy(OD(b=1, a=2)))
print(json.dumps(OD([("b", 1), ("a", 2)])))
print(json.loads('{"b": 1, "a": [2]}', object_pairs_hook=OD))

print("== subclasses")


class Loud(OD):
    def __setitem__(self, k, v):
        print("  set", k, v)
        super().__setitem__(k, v)

    def __delitem__(self, k):
        print("  del", k)
        super().__delitem__(k)

    def __contains__(self, k):
        print("  contains", k)
        return super().__contains__(k)


t = Loud([("a", 1)], b=2)
t.update({"c": 3})
t.update([("d", 4)])
t |= {"e": 5}
print(t.setdefault("f", 6), t.setdefault("a", 9))
print(t.pop("a"), t.pop("zz", None), t.popitem(), t.popitem(last=False))
c = t.copy()
print(c, type(c).__name__)
print(Loud.fromkeys("xy"))
u = t | {"q": 1}
print(u, type(u).__name__)
print(repr(t), repr(Loud()))


class Viewy(OD):
    def keys(self):
        print("  keys called")
        return ["c", "b"]

    def __getitem__(self, k):
        print("  getitem", k)
        return 42


s = Viewy(a=1, b=2, c=3)
print(repr(s))
print(s.copy())
print(dict(s))
print(list(s), list(reversed(s)))


class LRU(OD):
    def __init__(self, capacity):
        super().__init__()
        self.capacity = capacity

    def get(self, key):
        if key not in self:
            return -1
        self.move_to_end(key)
        return self[key]

    def put(self, key, value):
        if key in self:
            self.move_to_end(key)
        self[key] = value
        if len(self) > self.capacity:
            self.popitem(last=False)


cache = LRU(3)
for op in [("put", 1, 1), ("put", 2, 2), ("get", 1), ("put", 3, 3), ("put", 4, 4), ("get", 2), ("get", 3),
           ("put", 5, 5), ("get", 1), ("get", 4)]:
    if op[0] == "put":
        cache.put(op[1], op[2])
    else:
        print("get", op[1], cache.get(op[1]))
print(cache, cache.capacity, cache.__dict__)


class WithMissing(OD):
    def __missing__(self, key):
        return f"missing {key}"


w = WithMissing(a=1)
print(w["a"], w["zz"], w.get("zz"), w.pop("zz", "dflt"), w.setdefault("q", 0), w)

print("== consumers of the order")
o = OD(b=1, a=2, c=3)
o.move_to_end("b")
match o:
    case {"a": x, **rest}:
        print(x, rest, type(rest).__name__)
print("{a}-{b}".format_map(o), "%(a)s %(c)s" % o)
print(max(o), min(o.values()), sum(o.values()), tuple(o), [*o], list(enumerate(o)), list(zip(o, o.values())))
a, b, c = o
print(a, b, c, list(map(str, reversed(o.items()))))

print("== slot wrappers called directly")
show("setitem one", lambda: OD().__setitem__(1))
show("delitem none", lambda: OD().__delitem__())
show("eq none", lambda: OD().__eq__())
show("iter arg", lambda: OD().__iter__(1))
show("view reversed arg", lambda: OD().keys().__reversed__(1))
show("init many", lambda: OD().__init__(1, 2))

print("== as a class namespace and as globals")


class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return OD()

    def __new__(mcls, name, bases, ns):
        print(type(ns).__name__, [k for k in ns if not k.startswith("__")])
        ns["added"] = 1
        del ns["b"]
        return super().__new__(mcls, name, bases, dict(ns))


class C(metaclass=Meta):
    b = 1
    a = 2

    def m(self):
        pass

    a = 3


print(C.a, C.added, hasattr(C, "b"))
g = OD(x=1)
exec("y = x + 1\nz = y * 2\ndel x", g)
print([k for k in g if k != "__builtins__"], g["z"])
