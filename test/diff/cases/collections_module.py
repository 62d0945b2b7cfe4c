# collections: deque (both ends, maxlen, rotate, indexing), defaultdict, Counter (counting, arithmetic,
# most_common with ties in insertion order), namedtuple (fields, defaults, _replace, _asdict, _make),
# OrderedDict (move_to_end, popitem(last=False), equality), ChainMap, UserDict.
from collections import deque, defaultdict, Counter, namedtuple, OrderedDict, ChainMap, UserDict, UserList

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

print("-- deque")
def deque_ops():
    d = deque([1, 2, 3])
    d.append(4)
    d.appendleft(0)
    d.extend([5, 6])
    d.extendleft("ab")
    a = d.pop()
    b = d.popleft()
    return d, a, b, len(d), d[0], d[-1], d[3]
show("ops", deque_ops)
def deque_maxlen():
    d = deque(range(5), maxlen=3)
    d.append(10)
    d.appendleft(-1)
    return d, d.maxlen
show("maxlen", deque_maxlen)
def deque_rotate():
    d = deque(range(6))
    d.rotate(2)
    r1 = list(d)
    d.rotate(-3)
    return r1, list(d)
show("rotate", deque_rotate)
def deque_misc():
    d = deque("abcb")
    d.remove("b")
    return d, d.count("b"), d.index("c"), list(reversed(d)), "c" in d, d.copy() == d
show("misc", deque_misc)
show("pop empty", lambda: deque().pop())
show("popleft empty", lambda: deque().popleft())
show("index error", lambda: deque([1])[5])
show("remove missing", lambda: deque([1]).remove(9))
show("deque compare", lambda: (deque([1, 2]) == deque([1, 2]), deque([1]) < deque([2]), deque([1]) == [1]))
show("deque add mul", lambda: (deque([1]) + deque([2]), deque("ab") * 2))
def deque_mutation_during_iter():
    d = deque([1, 2])
    for x in d:
        d.append(x)
show("mutated during iteration", deque_mutation_during_iter)
def sliding_window():
    window = deque(maxlen=3)
    out = []
    for x in [1, 5, 2, 8, 3, 9]:
        window.append(x)
        if len(window) == 3:
            out.append(sum(window) / 3)
    return out
show("sliding window", sliding_window)
print("-- defaultdict")
def dd():
    groups = defaultdict(list)
    for w in ["apple", "bob", "avocado", "cat", "banana"]:
        groups[w[0]].append(w)
    counts = defaultdict(int)
    for ch in "mississippi":
        counts[ch] += 1
    return dict(groups), dict(counts), groups.default_factory.__name__
show("grouping and counting", dd)
show("repr", lambda: repr(defaultdict(int, {"a": 1})))
show("no factory", lambda: defaultdict()["missing"])
show("get does not create", lambda: (lambda d: (d.get("x"), "x" in d, d["x"], "x" in d))(defaultdict(list)))
show("nested defaultdict", lambda: (lambda t: (t["a"]["b"].append(1), {k: dict(v) for k, v in t.items()}))(defaultdict(lambda: defaultdict(list)))[1])
show("bad factory", lambda: defaultdict(5))
print("-- Counter")
c = Counter("abracadabra")
show("counter", lambda: (c, c["a"], c["z"], len(c), sum(c.values()), c.total()))
show("most_common", lambda: (c.most_common(2), c.most_common(), Counter("aabbcc").most_common(2)))
show("elements", lambda: sorted(c.elements()))
show("arithmetic", lambda: (Counter(a=3, b=1) + Counter(a=1, b=2), Counter(a=3, b=1) - Counter(a=1, b=2), Counter(a=3, b=1) & Counter(a=1, b=2), Counter(a=3, b=1) | Counter(a=1, b=2)))
def counter_update():
    x = Counter()
    x.update("hello")
    x.update({"l": 5})
    x.subtract("ll")
    x["new"] -= 1
    return x, +x, -x
show("update subtract unary", counter_update)
show("counter from list of words", lambda: Counter("the cat and the hat and the bat".split()).most_common(3))
show("counter equality", lambda: (Counter(a=1) == Counter(a=1, b=0), Counter("ab") <= Counter("aabb")))
show("counter fromkeys", lambda: Counter.fromkeys("ab"))
print("-- namedtuple")
Point = namedtuple("Point", ["x", "y"])
P3 = namedtuple("P3", "x y z", defaults=[0])
p = Point(1, y=2)
show("namedtuple", lambda: (p, p.x, p[1], p._fields, tuple(p), p == (1, 2), isinstance(p, tuple)))
show("defaults", lambda: (P3(1, 2), P3._field_defaults))
show("_replace _asdict _make", lambda: (p._replace(x=10), p._asdict(), Point._make([5, 6])))
show("unpack", lambda: (lambda a, b: a + b)(*p))
show("immutable", lambda: setattr(p, "x", 5))
show("missing arg", lambda: Point(1))
show("bad field name", lambda: namedtuple("Bad", ["class"]))
show("rename", lambda: namedtuple("R", ["a", "class", "a"], rename=True)._fields)
class Vec(namedtuple("Vec", "x y")):
    __slots__ = ()
    def norm2(self):
        return self.x ** 2 + self.y ** 2
show("subclass", lambda: (Vec(3, 4).norm2(), Vec(3, 4)))
print("-- OrderedDict")
def od():
    o = OrderedDict()
    o["b"] = 1
    o["a"] = 2
    o["c"] = 3
    o.move_to_end("b")
    o.move_to_end("c", last=False)
    first = o.popitem(last=False)
    last = o.popitem()
    return o, first, last
show("OrderedDict ops", od)
show("order-sensitive equality", lambda: (OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == dict(b=2, a=1)))
show("repr", lambda: repr(OrderedDict([("x", 1)])))
show("move missing", lambda: OrderedDict().move_to_end("k"))
print("-- ChainMap / UserDict / UserList")
def chain():
    defaults = {"color": "red", "size": 1}
    user = {"size": 5}
    cm = ChainMap(user, defaults)
    cm["new"] = True
    return cm["color"], cm["size"], user, len(cm), sorted(cm), cm.parents.maps == [defaults]
show("ChainMap", chain)
class LowerDict(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)
show("UserDict", lambda: (lambda d: (d.update(A=1, b=2), d.data, "a" in d)[1:])(LowerDict()))
class Stack(UserList):
    def push(self, v):
        self.append(v)
show("UserList", lambda: (lambda s: (s.push(1), s.push(2), s.pop(), s.data)[-2:])(Stack()))
