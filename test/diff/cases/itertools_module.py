# itertools: infinite iterators (count, cycle, repeat), terminating ones (accumulate, batched, chain,
# compress, dropwhile, filterfalse, groupby, islice, pairwise, starmap, takewhile, tee, zip_longest)
# and combinatorics (product, permutations, combinations, combinations_with_replacement).
import itertools as it
import operator

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

show("count", lambda: (list(it.islice(it.count(), 5)), list(it.islice(it.count(10, -3), 4)), list(it.islice(it.count(0.5, 0.25), 3))))
show("count repr", lambda: (repr(it.count(5)), repr(it.count(1, 2))))
show("cycle", lambda: list(it.islice(it.cycle("abc"), 8)))
show("cycle empty", lambda: list(it.cycle([])))
show("repeat", lambda: (list(it.repeat("x", 3)), list(it.islice(it.repeat(1), 2)), list(it.repeat(0, -1))))
show("accumulate", lambda: (list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([1, 2, 3, 4], operator.mul)), list(it.accumulate([3, 1, 4, 1, 5], max)), list(it.accumulate([1, 2], initial=100)), list(it.accumulate([]))))
show("batched", lambda: (list(it.batched("abcdefg", 3)), list(it.batched([], 2))))
show("batched strict", lambda: list(it.batched("abcde", 2, strict=True)))
show("batched zero", lambda: list(it.batched("ab", 0)))
show("chain", lambda: (list(it.chain("ab", [1], (2,))), list(it.chain.from_iterable(["xy", "z"]))))
show("compress", lambda: list(it.compress("ABCDEF", [1, 0, 1, 0, 1, 1])))
show("dropwhile takewhile", lambda: (list(it.dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(it.takewhile(lambda x: x < 5, [1, 4, 6, 4, 1]))))
show("filterfalse", lambda: list(it.filterfalse(lambda x: x % 2, range(10))))
show("groupby", lambda: [(k, list(g)) for k, g in it.groupby("AAAABBBCCDAABBB")])
show("groupby key", lambda: [(k, [w for w in g]) for k, g in it.groupby(sorted(["apple", "avocado", "banana", "blueberry", "cherry"]), key=lambda w: w[0])])
def groupby_consumed():
    groups = list(it.groupby("aabb"))
    return [(k, list(g)) for k, g in groups]
show("groupby groups invalidated", groupby_consumed)
show("islice", lambda: (list(it.islice("ABCDEFG", 2)), list(it.islice("ABCDEFG", 2, 4)), list(it.islice("ABCDEFG", 2, None)), list(it.islice("ABCDEFG", 0, None, 2))))
show("islice negative", lambda: list(it.islice("abc", -1)))
show("pairwise", lambda: (list(it.pairwise("ABCD")), list(it.pairwise("A"))))
show("starmap", lambda: list(it.starmap(pow, [(2, 5), (3, 2), (10, 3)])))
def tee_demo():
    a, b = it.tee(iter([1, 2, 3]))
    first = list(a)
    return first, list(b), len(it.tee([1], 3))
show("tee", tee_demo)
show("zip_longest", lambda: (list(it.zip_longest("ABCD", "xy", fillvalue="-")), list(it.zip_longest([1], [2, 3], [4, 5, 6]))))
show("product", lambda: (list(it.product("AB", repeat=2)), list(it.product([1, 2], "xy")), list(it.product()), len(list(it.product(range(3), repeat=3)))))
show("permutations", lambda: (list(it.permutations("ABC", 2)), len(list(it.permutations(range(5)))), list(it.permutations([], 0)), list(it.permutations("AB", 3))))
show("combinations", lambda: (list(it.combinations("ABCD", 2)), list(it.combinations(range(4), 3)), list(it.combinations("AB", 5))))
show("combinations_with_replacement", lambda: list(it.combinations_with_replacement("ABC", 2)))
show("combinations negative", lambda: list(it.combinations("AB", -1)))
show("chained pipeline", lambda: list(it.islice(it.accumulate(it.chain([1], it.repeat(2))), 6)))
show("sum of products", lambda: sum(a * b for a, b in it.product(range(4), repeat=2)))
show("windowed via tee", lambda: list(zip(*(it.islice(t, i, None) for i, t in enumerate(it.tee(range(6), 3))))))
show("next on islice", lambda: next(it.islice(it.count(100), 3, None)))
show("unique_everseen-like", lambda: [k for k, _ in it.groupby(sorted([3, 1, 3, 2, 1]))])
show("flatten one level", lambda: list(it.chain.from_iterable([[1, 2], [3], []])))
show("bad arguments", lambda: it.islice([], "a"))
show("repeat times kw", lambda: list(it.repeat("z", times=2)))
