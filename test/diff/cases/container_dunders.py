# Container and protocol dunders: __getitem__/__setitem__/__delitem__/__len__/__contains__, the old
# sequence iteration protocol, __iter__/__next__, __reversed__, __call__, __hash__/__eq__ in sets and
# dicts, __bool__ vs __len__, __enter__/__exit__, __missing__.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = {}
    def __getitem__(self, key):
        if isinstance(key, tuple):
            x, y = key
            if not (0 <= x < self.w and 0 <= y < self.h):
                raise IndexError(f"cell {key} out of range")
            return self.cells.get(key, ".")
        raise TypeError(f"bad key {key!r}")
    def __setitem__(self, key, value):
        self[key]
        self.cells[key] = value
    def __delitem__(self, key):
        del self.cells[key]
    def __len__(self):
        return self.w * self.h
    def __contains__(self, value):
        return value in self.cells.values()
    def __iter__(self):
        for y in range(self.h):
            yield "".join(self[x, y] for x in range(self.w))

g = Grid(3, 2)
g[0, 0] = "#"
g[2, 1] = "@"
show("grid rows", lambda: list(g))
show("grid len contains", lambda: (len(g), "@" in g, "!" in g, "." in g))
show("grid out of range", lambda: g[5, 5])
show("grid bad key", lambda: g["a"])
def del_cell():
    del g[0, 0]
    return list(g)
show("grid del", del_cell)
show("grid del missing", lambda: g.__delitem__((1, 1)))
show("grid bool via len", lambda: bool(g))

class OldSeq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError
        return i * i
show("old iteration protocol", lambda: (list(OldSeq()), 9 in OldSeq(), 5 in OldSeq(), [x for x in OldSeq()]))
show("old protocol unpack", lambda: (lambda a, b, c, d: a + d)(*OldSeq()))

class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
show("iterator", lambda: list(Countdown(4)))
def exhausted():
    c = Countdown(2)
    return list(c), list(c)
show("exhausted iterator", exhausted)
show("next default", lambda: (next(Countdown(0), "empty"), next(Countdown(1))))
show("next no default", lambda: next(Countdown(0)))
show("not an iterator", lambda: next([1]))
show("iter of non-iterable", lambda: iter(5))
class BadIter:
    def __iter__(self):
        return 5
show("__iter__ returns non-iterator", lambda: list(BadIter()))
class Rev:
    def __init__(self, items): self.items = items
    def __len__(self): return len(self.items)
    def __getitem__(self, i): return self.items[i]
    def __reversed__(self): return iter(["custom", "reversed"])
show("__reversed__", lambda: list(reversed(Rev([1, 2]))))
class SeqOnly:
    def __len__(self): return 3
    def __getitem__(self, i): return "abc"[i]
show("reversed via len/getitem", lambda: list(reversed(SeqOnly())))
show("reversed bad", lambda: reversed(5))

class Adder:
    def __init__(self, n): self.n = n
    def __call__(self, x, *, times=1): return (self.n + x) * times
show("__call__", lambda: (Adder(2)(3), Adder(2)(3, times=2), callable(Adder(1)), callable(Adder)))
show("__call__ bad args", lambda: Adder(1)())

class Key:
    def __init__(self, a, b): self.a, self.b = a, b
    def __eq__(self, o): return isinstance(o, Key) and (self.a, self.b) == (o.a, o.b)
    def __hash__(self): return hash((self.a, self.b))
    def __repr__(self): return f"Key({self.a},{self.b})"
show("hash eq in set", lambda: (len({Key(1, 2), Key(1, 2), Key(2, 1)}), Key(1, 2) in {Key(1, 2)}))
show("hash eq in dict", lambda: {Key(1, 2): "x"}[Key(1, 2)])
class BadHash:
    def __hash__(self): return "no"
show("bad __hash__", lambda: hash(BadHash()))
class BigHash:
    def __hash__(self): return 2 ** 100
show("big __hash__ reduced", lambda: hash(BigHash()) == hash(2 ** 100))
class Unhashable:
    __hash__ = None
show("__hash__ None", lambda: {Unhashable()})

class LenAndBool:
    def __len__(self): return 0
    def __bool__(self): return True
show("__bool__ beats __len__", lambda: bool(LenAndBool()))
class NegLen:
    def __len__(self): return -1
show("negative len", lambda: len(NegLen()))
class BigLen:
    def __len__(self): return 2 ** 70
show("huge len", lambda: len(BigLen()))
class FloatLen:
    def __len__(self): return 1.5
show("float len", lambda: len(FloatLen()))

class DefaultDictLike(dict):
    def __missing__(self, key):
        self[key] = value = len(self)
        return value
dd = DefaultDictLike()
show("__missing__", lambda: (dd["a"], dd["b"], dd["a"], dict(dd)))

class Managed:
    def __init__(self, log, suppress=False):
        self.log, self.suppress = log, suppress
    def __enter__(self):
        self.log.append("enter")
        return "resource"
    def __exit__(self, et, ev, tb):
        self.log.append(f"exit {et.__name__ if et else None} {ev}")
        return self.suppress
def managed():
    log = []
    with Managed(log) as r:
        log.append(f"body {r}")
    with Managed(log, suppress=True):
        raise KeyError("hidden")
    try:
        with Managed(log):
            raise ValueError("shown")
    except ValueError as e:
        log.append(f"caught {e}")
    return log
show("__enter__/__exit__", managed)

class Slicer:
    def __getitem__(self, k): return k
    def __setitem__(self, k, v): print("  set", k, v)
    def __delitem__(self, k): print("  del", k)
def slicer():
    s = Slicer()
    s[1:2] = "x"
    s[::2, 5] = "y"
    del s[:3]
    return s[1:2:3], s[1, 2:3]
show("slice keys", slicer)
class ContainsViaIter:
    def __iter__(self): return iter([1, 2, 3])
show("contains via iter", lambda: (2 in ContainsViaIter(), 5 in ContainsViaIter()))
show("in on non-container", lambda: 1 in 5)
class ContainsReturnsObj:
    def __contains__(self, x): return [1]
show("contains truthiness", lambda: 1 in ContainsReturnsObj())
class LenGetitem:
    def __len__(self): return 2
    def __getitem__(self, i):
        if i < 2: return i
        raise IndexError(i)
show("list() of sequence", lambda: list(LenGetitem()))
five = 5
show("getitem on non-subscriptable", lambda: five[0])
show("setitem on non-supporting", lambda: "abc".__class__.__setitem__)
def setitem_tuple():
    x = (1,)
    x[0] = 1
show("setitem unsupported", setitem_tuple)
def delitem_str():
    x = "a"
    del x[0]
show("delitem unsupported", delitem_str)
show("type not subscriptable", lambda: int[0] if False else (5).__getitem__)
