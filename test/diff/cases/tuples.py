# Tuples: construction, packing/unpacking, immutability, comparison, hashing, methods, and named
# tuple-like use.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

t = (1, "two", 3.0, [4], None)
show("repr", lambda: ((), (1,), (1, 2), ((1,),), t))
show("tuple()", lambda: (tuple(), tuple("ab"), tuple([1, 2]), tuple(range(3)), tuple({1: 2})))
show("index slice", lambda: (t[1], t[-1], t[1:3], t[::-1], t[::2]))
show("index error", lambda: t[10])
show("immutable", lambda: t.__setitem__(0, 1))
def assign():
    x = (1, 2)
    x[0] = 5
show("item assignment message", assign)
def del_item():
    x = (1, 2)
    del x[0]
show("item deletion message", del_item)
def inner_mutable():
    x = (1, [2])
    x[1].append(3)
    return x
show("inner mutable", inner_mutable)
def iadd_trap():
    x = (1, [2])
    try:
        x[1] += [3]
    except TypeError as e:
        return str(e), x
show("tuple += trap", iadd_trap)
show("concat", lambda: ((1,) + (2, 3), (1,) * 3, 2 * (0, 1), () * 5))
show("concat list", lambda: (1,) + [2])
show("compare", lambda: ((1, 2) < (1, 3), (1, 2) < (1, 2, 3), (2,) > (1, 100), (1, "a") == (1, "a"), () < (0,)))
show("compare mixed", lambda: (1, "a") < (1, 2))
show("hash", lambda: (hash((1, 2)) == hash((1, 2)), hash(()) == hash(()), hash((1, 2.0)) == hash((1, 2))))
show("unhashable inside", lambda: hash((1, [2])))
show("as dict key", lambda: {(1, 2): "a", (1, 2.0): "b"})
show("count index", lambda: ((1, 2, 1).count(1), (1, 2, 3).index(3), (1, 2).index(2, 1)))
show("index missing", lambda: (1, 2).index(5))
show("contains", lambda: (2 in (1, 2), (1,) in ((1,),)))
show("len min max", lambda: (len(t), min((3, 1, 2)), max((3, 1, 2))))
def unpack():
    a, b, c = (1, 2, 3)
    (d, e), f = (4, 5), 6
    g, *h = (7, 8, 9)
    *i, j = (10,)
    return a, b, c, d, e, f, g, h, i, j
show("unpack", unpack)
def unpack_bad():
    a, b = (1, 2, 3)
show("unpack too many", unpack_bad)
def unpack_bad2():
    a, b, c = (1, 2)
show("unpack too few", unpack_bad2)
def unpack_bad3():
    a, b = 5
show("unpack non iterable", unpack_bad3)
def swap():
    a, b = 1, 2
    a, b = b, a
    return a, b
show("swap", swap)
show("singleton paren", lambda: ((1), (1,), type((1)).__name__))
show("nested repr", lambda: ((1, (2, (3, (4,)))),))
show("tuple of generator", lambda: tuple(x * x for x in range(5)))
show("tuple identity preserved", lambda: tuple(t) is t)
show("bool", lambda: (bool(()), bool((0,))))
show("sorted tuple", lambda: sorted((3, 1, 2)))
show("enumerate tuple", lambda: list(enumerate((10, 20))))
show("zip unzip", lambda: list(zip(*[(1, "a"), (2, "b")])))
show("tuple repeat 0", lambda: (1, 2) * 0)
show("tuple mul bad", lambda: (1,) * 1.5)
show("big tuple slice", lambda: tuple(range(100))[95:])
