# Dicts: insertion order, methods, views and their set operations, comprehensions, merging with | and
# |=, key equality across numeric types, mutation during iteration and error messages.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

d = {"b": 1, "a": 2, "c": 3}
show("order", lambda: (list(d), list(d.values()), list(d.items())))
show("constructor", lambda: (dict(), dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict({"k": 1}, k2=2), dict(zip("ab", range(2)))))
show("constructor bad", lambda: dict([1, 2]))
show("constructor bad len", lambda: dict([("a", 1, 2)]))
show("fromkeys", lambda: (dict.fromkeys("abc"), dict.fromkeys([1, 2], 0)))
show("get", lambda: (d.get("a"), d.get("z"), d.get("z", "default")))
show("getitem missing", lambda: d["zz"])
show("getitem missing tuple", lambda: {}[(1, 2)])
show("unhashable key", lambda: {[1]: 2})
show("unhashable lookup", lambda: d[[1]])
def setdefault():
    x = {}
    a = x.setdefault("k", [])
    a.append(1)
    b = x.setdefault("k", "ignored")
    return x, b
show("setdefault", setdefault)
def update():
    x = {"a": 1}
    x.update({"b": 2})
    x.update([("c", 3)], d=4)
    x.update(a=10)
    return x
show("update", update)
def pops():
    x = {"a": 1, "b": 2, "c": 3}
    return x.pop("a"), x.pop("zz", None), x.popitem(), x
show("pop popitem", pops)
show("pop missing", lambda: {}.pop("k"))
show("popitem empty", lambda: {}.popitem())
def delete():
    x = {"a": 1, "b": 2}
    del x["a"]
    return x
show("del", delete)
def del_missing():
    x = {}
    del x["q"]
show("del missing", del_missing)
def reinsert_order():
    x = {"a": 1, "b": 2, "c": 3}
    x["a"] = 100
    del x["b"]
    x["b"] = 200
    return x
show("reinsert moves to end only after delete", reinsert_order)
show("numeric key equality", lambda: {1: "int", 1.0: "float", True: "bool"})
show("key normalisation", lambda: {0: "a", -0.0: "b", False: "c"})
show("views", lambda: (d.keys(), d.values(), d.items()))
show("view set ops", lambda: (d.keys() & {"a", "z"}, sorted(d.keys() | {"q"}), sorted(d.keys() - {"a"}), d.keys() ^ {"a", "b", "c"}))
show("items set ops", lambda: sorted(d.items() & {("a", 2), ("b", 5)}))
show("view contains", lambda: ("a" in d.keys(), 2 in d.values(), ("a", 2) in d.items(), ("a", 3) in d.items()))
show("view len reversed", lambda: (len(d.keys()), list(reversed(d)), list(reversed(d.items()))))
def live_view():
    x = {"a": 1}
    k = x.keys()
    x["b"] = 2
    return list(k)
show("views are live", live_view)
show("views disjoint", lambda: d.keys().isdisjoint({"x"}))
show("merge", lambda: ({"a": 1, "b": 2} | {"b": 3, "c": 4}, {"a": 1} | {}))
def imerge():
    x = {"a": 1}
    x |= {"b": 2}
    x |= [("c", 3)]
    return x
show("in-place merge", imerge)
show("merge bad", lambda: {"a": 1} | [("b", 2)])
show("unpack merge", lambda: {**{"a": 1}, "b": 2, **{"a": 3}})
show("comprehension", lambda: {k: v * 2 for k, v in d.items() if v > 1})
show("comprehension order", lambda: {i % 3: i for i in range(10)})
show("equality", lambda: ({"a": 1, "b": 2} == {"b": 2, "a": 1}, {"a": 1} != {"a": 1.0}, {} == {}))
show("compare bad", lambda: {} < {})
def mutate_iter():
    x = {"a": 1, "b": 2}
    for k in x:
        x["c"] = 3
show("mutation during iteration", mutate_iter)
def del_iter():
    x = {"a": 1, "b": 2}
    for k in x:
        del x[k]
show("deletion during iteration", del_iter)
def safe_del():
    x = {i: i * i for i in range(6)}
    for k in list(x):
        if k % 2:
            del x[k]
    return x
show("delete over list copy", safe_del)
def nested():
    tree = {}
    for path in ["a/b/c", "a/b/d", "a/e", "f"]:
        node = tree
        for part in path.split("/"):
            node = node.setdefault(part, {})
    return tree
show("nested setdefault", nested)
def self_ref():
    x = {}
    x["self"] = x
    return repr(x)
show("recursive repr", self_ref)
show("copy shallow", lambda: (lambda x: (x.copy() == x, x.copy() is x))({"a": [1]}))
show("clear", lambda: (lambda x: (x.clear(), x))({"a": 1}))
show("len bool", lambda: (len(d), bool({}), bool(d)))
show("dict of dict keys", lambda: dict.fromkeys(d.keys(), 0))
show("in", lambda: ("a" in d, 1 in d, "zz" not in d))
show("iter dict items unpack", lambda: [f"{k}={v}" for k, v in d.items()])
show("values not comparable", lambda: d.values() == d.values())
show("sorted by value", lambda: sorted(d, key=d.get))
show("max by value", lambda: max(d, key=lambda k: d[k]))
show("str keys mixed types", lambda: {1: "a", "1": "b", (1,): "c", None: "d"})
class K:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return hash(self.v)
    def __eq__(self, o):
        return isinstance(o, K) and self.v == o.v
    def __repr__(self):
        return f"K({self.v})"
show("custom keys", lambda: {K(1): "a", K(1): "b", K(2): "c"})
show("get with custom key", lambda: {K(1): "x"}.get(K(1)))
show("missing via subclass", lambda: type("D", (dict,), {"__missing__": lambda self, k: k * 2})()["ab"])
