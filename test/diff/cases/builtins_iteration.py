# Builtins over iterables: len, sorted, min/max (key, default, several args), sum (start, floats),
# any/all, enumerate, zip (strict), map (several iterables), filter (None), reversed, iter with a
# sentinel, next with a default, range-free idioms, and their error messages.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

show("len", lambda: (len("abc"), len([1, 2]), len({}), len(range(10)), len(b"xy"), len({1, 2, 2})))
show("len bad", lambda: len(5))
show("len generator", lambda: len(x for x in []))
show("min max", lambda: (min(3, 1, 2), max([3, 1, 2]), min("hello"), max("abc", "abd"), min([(2, "b"), (1, "z")])))
show("min max key", lambda: (min(["apple", "fig", "banana"], key=len), max(["apple", "fig", "banana"], key=len), max([-5, 3], key=abs)))
show("max ties first", lambda: (max([1, 3, 3.0], key=lambda x: x), min(["bb", "aa", "cc"], key=len)))
show("min default", lambda: (min([], default="empty"), max((), default=None), min([4], default=0)))
show("min empty", lambda: min([]))
show("max no args", lambda: max())
show("max single non-iterable", lambda: max(5))
show("min default with args", lambda: min(1, 2, default=0))
show("max mixed", lambda: max(1, "a"))
show("sum", lambda: (sum([1, 2, 3]), sum([]), sum([1, 2], 10), sum([0.1] * 3), sum([[1], [2]], []), sum(range(101)), sum([1, 2.5, True])))
show("sum strings", lambda: sum(["a", "b"], ""))
show("sum bytes", lambda: sum([b"a"], b""))
show("sum start kw", lambda: sum([1], start=5))
show("any all", lambda: (any([]), all([]), any([0, "", None, 1]), all([1, "a", [0]]), all([1, 0]), any(x > 3 for x in range(5))))
show("enumerate", lambda: (list(enumerate("ab")), list(enumerate("ab", 10)), list(enumerate([], 5)), next(enumerate("z", start=-1))))
show("zip", lambda: (list(zip("abc", [1, 2])), list(zip()), list(zip([1])), list(zip(*[[1, 2], [3, 4], [5, 6]]))))
show("zip strict ok", lambda: list(zip("ab", "cd", strict=True)))
show("zip strict short first", lambda: list(zip("a", "cd", strict=True)))
show("zip strict short second", lambda: list(zip("ab", "c", strict=True)))
show("zip strict third", lambda: list(zip("ab", "cd", "e", strict=True)))
show("map", lambda: (list(map(str.upper, "ab")), list(map(pow, [2, 3], [3, 2])), list(map(lambda *a: sum(a), [1, 2], [10, 20], [100]))))
show("map strict (3.14)", lambda: list(map(pow, [1, 2], [1], strict=True)))
show("map not callable", lambda: list(map(5, [1])))
show("filter", lambda: (list(filter(None, [0, 1, "", "a", None, [], [0]])), list(filter(str.isdigit, "a1b2")), list(filter(lambda x: x % 2, range(7)))))
show("reversed", lambda: (list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(3))), list(reversed((1, 2))), list(reversed({"a": 1, "b": 2}))))
show("reversed set", lambda: reversed({1, 2}))
show("reversed iterator", lambda: reversed(iter([1])))
def sentinel():
    data = iter([3, 2, 1, 0, 5, 6])
    return list(iter(lambda: next(data), 0))
show("iter sentinel", sentinel)
def sentinel_lines():
    lines = ["a", "b", "", "c"]
    pos = [0]
    def read():
        v = lines[pos[0]]
        pos[0] += 1
        return v
    return list(iter(read, ""))
show("iter sentinel lines", sentinel_lines)
show("iter sentinel non-callable", lambda: iter(5, 0))
show("next default", lambda: (next(iter([]), "default"), next(iter([1]), "default"), next(iter("ab"))))
show("next exhausted", lambda: next(iter([])))
show("next non-iterator", lambda: next("abc"))
show("iter of iter is same", lambda: (lambda i: iter(i) is i)(iter([1])))
show("sorted stable", lambda: sorted([("b", 1), ("a", 1), ("c", 0)], key=lambda t: t[1]))
show("list from map and filter chain", lambda: list(map(lambda x: x * x, filter(lambda x: x % 3 == 0, range(20)))))
show("dict from zip", lambda: dict(zip("abc", range(3))))
show("enumerate unpack in for", lambda: [f"{i}{c}" for i, c in enumerate("xyz")])
show("all on generator short circuits", lambda: (lambda seen: (all(seen.append(x) or x < 2 for x in range(10)), seen))([]))
show("max of dict", lambda: (max({"a": 3, "b": 7}), max({"a": 3, "b": 7}.items(), key=lambda kv: kv[1])))
show("min of strings with key lower", lambda: min(["Banana", "apple", "Cherry"], key=str.lower))
show("sum with generator", lambda: sum(i * i for i in range(10) if i % 2))
show("zip lengths differ", lambda: list(zip(range(5), "ab")))
show("map exhausts shortest", lambda: list(map(lambda a, b: a + b, "abc", "xy")))
