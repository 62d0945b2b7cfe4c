# range and slice objects: construction, indexing, slicing of ranges, membership, equality, reversed,
# big ranges, slice.indices and slice objects used on sequences.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

show("repr", lambda: (range(5), range(1, 5), range(1, 10, 2), range(0), range(5, 0, -1)))
show("list", lambda: (list(range(5)), list(range(2, 12, 3)), list(range(5, 0, -2)), list(range(0, -5, -1)), list(range(3, 3))))
show("zero step", lambda: range(1, 2, 0))
show("float arg", lambda: range(1.5))
show("len", lambda: (len(range(10)), len(range(0, 10, 3)), len(range(10, 0)), len(range(10, 0, -3))))
show("big len", lambda: len(range(2 ** 30)))
show("too big len", lambda: len(range(2 ** 64)))
show("big range ops", lambda: (range(2 ** 64)[-1], 2 ** 63 in range(2 ** 64), range(10 ** 20)[10 ** 19]))
show("index", lambda: (range(10)[3], range(10)[-1], range(1, 10, 2)[2], range(10, 0, -2)[-1]))
show("index error", lambda: range(5)[5])
show("slice", lambda: (range(10)[2:5], range(10)[::2], range(10)[::-1], range(1, 20, 3)[1:4], range(10)[-3:]))
show("contains", lambda: (3 in range(5), 5 in range(5), 4 in range(0, 10, 2), 3 in range(0, 10, 2), 3.0 in range(5), "a" in range(5)))
show("count index", lambda: (range(10).count(3), range(10).index(3), range(0, 10, 2).index(6)))
show("index missing", lambda: range(5).index(10))
show("equality", lambda: (range(0) == range(5, 5), range(0, 5, 2) == range(0, 6, 2), range(3) == [0, 1, 2], range(1, 2) == range(1, 2, 5)))
show("attrs", lambda: (range(1, 10, 3).start, range(1, 10, 3).stop, range(1, 10, 3).step, range(5).start))
show("reversed", lambda: (list(reversed(range(5))), list(reversed(range(1, 10, 4)))))
show("bool", lambda: (bool(range(0)), bool(range(1))))
show("hash equal ranges", lambda: hash(range(0, 5, 2)) == hash(range(0, 6, 2)))
show("negative step empty", lambda: list(range(0, 5, -1)))
show("range of bool", lambda: list(range(True, 4)))
show("index objects", lambda: list(range(__import__("operator").index(3))))
print("-- slices")
s = slice(1, 10, 2)
show("slice repr", lambda: (s, slice(5), slice(None), slice(1, None), slice("a", "b")))
show("slice attrs", lambda: (s.start, s.stop, s.step, slice(5).start))
show("indices", lambda: (slice(1, 10, 2).indices(5), slice(None, None, -1).indices(4), slice(-3, None).indices(10), slice(-100, 100).indices(7)))
show("indices zero step", lambda: slice(None, None, 0).indices(5))
show("slice on list", lambda: list(range(20))[s])
show("slice on str", lambda: "abcdefghijk"[s])
show("slice on tuple", lambda: tuple(range(5))[slice(None, None, -2)])
show("slice equality", lambda: (slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 2, None), slice(1, 2, 3) < slice(1, 2, 4)))
show("slice hashable (3.12+)", lambda: hash(slice(1, 2)) == hash(slice(1, 2)))
class Seq:
    def __getitem__(self, key):
        return key
show("getitem receives", lambda: (Seq()[1:2], Seq()[::3], Seq()[1:2, 3], Seq()[...], Seq()[:, None]))
show("slice with big numbers", lambda: list(range(10))[-2 ** 70: 2 ** 70: 3])
show("slice with index objects", lambda: list(range(10))[True:3])
show("slice bad step type", lambda: [1, 2][::"a"])
