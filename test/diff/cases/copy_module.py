# copy: shallow vs deep copies of nested containers, shared and cyclic references, custom __copy__ and
# __deepcopy__, objects with __dict__ and __slots__, copy.replace (3.13+).
import copy

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

nested = {"list": [1, [2, 3]], "tuple": (4, [5]), "set": {6}}
def shallow():
    c = copy.copy(nested)
    c["list"][1].append("shallow")
    return nested["list"], c is nested, c["list"] is nested["list"]
show("shallow copy shares inner", shallow)
def deep():
    d = copy.deepcopy(nested)
    d["list"][1].append("deep")
    d["tuple"][1].append("deep")
    return nested["list"], nested["tuple"], d["list"], d["tuple"]
show("deep copy isolates", deep)
def shared_refs():
    inner = [1]
    outer = [inner, inner]
    d = copy.deepcopy(outer)
    return d[0] is d[1], d[0] is inner
show("deepcopy keeps sharing", shared_refs)
def cycle():
    a = [1]
    a.append(a)
    b = copy.deepcopy(a)
    return b[1] is b, b is not a, repr(b)
show("deepcopy cycle", cycle)
def immutables():
    t = (1, "s", 2.5)
    return copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy("str") == "str"
show("immutables returned as is", immutables)
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
        self.history = []
    def __repr__(self):
        return f"Point({self.x}, {self.y}, {self.history})"
def objects():
    p = Point(1, 2)
    s = copy.copy(p)
    d = copy.deepcopy(p)
    s.history.append("via shallow")
    s.x = 100
    return p, s, d
show("instances", objects)
class Custom:
    def __init__(self, v):
        self.v = v
    def __copy__(self):
        return Custom(f"copy of {self.v}")
    def __deepcopy__(self, memo):
        return Custom(f"deepcopy of {self.v}")
show("custom hooks", lambda: (copy.copy(Custom("a")).v, copy.deepcopy(Custom("b")).v, copy.deepcopy([Custom("c")])[0].v))
class Slotted:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a = [1]
        self.b = "x"
def slots():
    s = Slotted()
    c = copy.copy(s)
    d = copy.deepcopy(s)
    return c.a is s.a, d.a is s.a, d.a, d.b
show("slots", slots)
def list_copy_forms():
    a = [[1], [2]]
    return [x is y for x, y in zip(a, a[:])], [x is y for x, y in zip(a, list(a))], [x is y for x, y in zip(a, a.copy())]
show("list copy idioms are shallow", list_copy_forms)
class WithState:
    def __init__(self):
        self.data = [1, 2]
        self.cache = "expensive"
    def __getstate__(self):
        state = self.__dict__.copy()
        del state["cache"]
        return state
    def __setstate__(self, state):
        self.__dict__.update(state)
        self.cache = "rebuilt"
show("getstate/setstate", lambda: (lambda c: (c.data, c.cache))(copy.deepcopy(WithState())))
def replace():
    from collections import namedtuple
    P = namedtuple("P", "x y")
    return copy.replace(P(1, 2), y=5)
show("copy.replace", replace)
show("deepcopy function is same", lambda: copy.deepcopy(show) is show)
show("copy of module-level class", lambda: copy.copy(Point) is Point)
def dict_with_tuple_keys():
    d = {(1, 2): [3]}
    c = copy.deepcopy(d)
    c[(1, 2)].append(4)
    return d, c
show("dict tuple keys", dict_with_tuple_keys)
