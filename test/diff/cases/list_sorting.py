# Sorting: list.sort and sorted with key/reverse, stability, mixed numeric types, errors and custom
# comparison methods.
from functools import cmp_to_key

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

data = [5, 2, 9, 1, 5, 6, -3, 0]
show("sorted", lambda: sorted(data))
show("reverse", lambda: sorted(data, reverse=True))
show("key abs", lambda: sorted(data, key=abs))
show("key neg reverse", lambda: sorted(data, key=lambda x: -x, reverse=True))
words = ["banana", "Apple", "cherry", "apple", "Banana", "date", "fig", "Elder"]
show("strings", lambda: sorted(words))
show("key lower", lambda: sorted(words, key=str.lower))
show("key len stable", lambda: sorted(words, key=len))
show("key len stable reverse", lambda: sorted(words, key=len, reverse=True))
pairs = [("b", 2), ("a", 2), ("c", 1), ("a", 1), ("b", 1)]
show("tuples", lambda: sorted(pairs))
show("by second stable", lambda: sorted(pairs, key=lambda p: p[1]))
show("multi-pass stable", lambda: sorted(sorted(pairs, key=lambda p: p[0]), key=lambda p: p[1], reverse=True))
show("mixed numbers", lambda: sorted([3, 1.5, True, 2, 0.5, -1, 10 ** 20, -2.5]))
show("mixed bad", lambda: sorted([1, "a", 2]))
show("none bad", lambda: sorted([None, 1]))
show("empty", lambda: (sorted([]), sorted([], reverse=True)))
show("one", lambda: sorted([1]))
show("sorted str", lambda: sorted("hello"))
show("sorted dict", lambda: sorted({"b": 1, "a": 2}))
show("sorted dict items by value", lambda: sorted({"b": 1, "a": 2, "c": 0}.items(), key=lambda kv: kv[1]))
def inplace():
    a = [3, 1, 2]
    r = a.sort()
    return a, r
show("sort returns None", inplace)
def inplace_key():
    a = ["ccc", "a", "bb"]
    a.sort(key=len, reverse=True)
    return a
show("sort key reverse", inplace_key)
show("sort positional key", lambda: [3, 1].sort(len))
show("cmp_to_key", lambda: sorted([5, 1, 4], key=cmp_to_key(lambda a, b: b - a)))
class Item:
    def __init__(self, name, prio):
        self.name, self.prio = name, prio
    def __lt__(self, other):
        return self.prio < other.prio
    def __repr__(self):
        return f"{self.name}:{self.prio}"
items = [Item("x", 3), Item("y", 1), Item("z", 3), Item("w", 2), Item("v", 1)]
show("custom lt stable", lambda: sorted(items))
show("custom lt reverse stable", lambda: sorted(items, reverse=True))
show("max/min custom", lambda: (max(items, key=lambda i: i.prio), min(items, key=lambda i: i.prio)))
class OnlyGt:
    def __init__(self, v):
        self.v = v
    def __gt__(self, other):
        return self.v > other.v
    def __repr__(self):
        return f"G{self.v}"
show("reflected gt used", lambda: sorted([OnlyGt(2), OnlyGt(1), OnlyGt(3)]))
class NoCmp:
    pass
show("uncomparable", lambda: sorted([NoCmp(), NoCmp()]) and "sorted")
def mutate_in_key():
    a = [3, 2, 1]
    def key(x):
        a.append(x)
        return x
    a.sort(key=key)
    return a
show("mutation during sort", mutate_in_key)
show("key error propagates", lambda: sorted([1, 2, 0], key=lambda x: 1 / x))
big = [(i * 7919) % 1000 for i in range(1000)]
show("big sort ok", lambda: sorted(big) == sorted(big, key=lambda x: x) and sorted(big)[:5])
show("big reverse first", lambda: sorted(big, reverse=True)[:5])
show("sort floats nan", lambda: sorted([3.0, 1.0, 2.0]))
show("reversed", lambda: list(reversed([1, 2, 3])))
show("sorted tuple", lambda: sorted((3, 1, 2)))
show("sorted set of ints", lambda: sorted({5, 3, 8, 1}))
show("sorted kw only", lambda: sorted([1], None))
show("sorted no args", lambda: sorted())
