# The operator module: function forms of operators, itemgetter/attrgetter/methodcaller, in-place forms,
# index/length_hint, and use with sorted/map/reduce.
import operator as op
from functools import reduce

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

show("arithmetic", lambda: (op.add(2, 3), op.sub(2, 3), op.mul(2, 3), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 2), op.pow(2, 8), op.neg(5), op.pos(-5), op.abs(-5), op.matmul.__name__))
show("bitwise", lambda: (op.and_(12, 10), op.or_(12, 10), op.xor(12, 10), op.invert(5), op.lshift(1, 4), op.rshift(16, 2)))
show("comparison", lambda: (op.lt(1, 2), op.le(2, 2), op.eq(1, 1.0), op.ne(1, 2), op.ge(1, 2), op.gt(3, 2)))
show("logic", lambda: (op.not_(0), op.truth([]), op.is_(None, None), op.is_not(1, None), op.is_none(None), op.is_not_none(0)))
show("sequences", lambda: (op.concat([1], [2]), op.contains("abc", "b"), op.countOf([1, 2, 1], 1), op.indexOf("abc", "c"), op.getitem([5, 6], 1)))
def mutate():
    lst = [1, 2, 3]
    op.setitem(lst, 0, "x")
    op.delitem(lst, 1)
    return lst
show("setitem delitem", mutate)
show("concat bad", lambda: op.concat(1, 2))
show("itemgetter", lambda: (op.itemgetter(1)("abc"), op.itemgetter(0, 2)("abc"), op.itemgetter("k")({"k": 1}), op.itemgetter(slice(1, None))([1, 2, 3])))
show("itemgetter sort", lambda: sorted([("b", 2), ("a", 3), ("c", 1)], key=op.itemgetter(1)))
class P:
    def __init__(self, name, inner=None):
        self.name = name
        self.inner = inner
    def greet(self, greeting, punct="!"):
        return f"{greeting}, {self.name}{punct}"
show("attrgetter", lambda: (op.attrgetter("name")(P("a")), op.attrgetter("inner.name")(P("a", P("b"))), op.attrgetter("name", "inner")(P("z"))))
show("attrgetter missing", lambda: op.attrgetter("nope")(P("a")))
show("methodcaller", lambda: (op.methodcaller("greet", "Hi")(P("x")), op.methodcaller("greet", "Yo", punct="?")(P("y")), op.methodcaller("upper")("abc")))
show("index", lambda: (op.index(5), op.index(True)))
show("index bad", lambda: op.index(5.0))
show("length_hint", lambda: (op.length_hint([1, 2]), op.length_hint(iter(range(10))), op.length_hint(x for x in []), op.length_hint(5, 42)))
def inplace():
    a = [1]
    b = op.iadd(a, [2])
    s = op.iadd("x", "y")
    n = op.imul(3, 4)
    return a, b is a, s, n
show("in-place", inplace)
show("with map/reduce", lambda: (list(map(op.mul, [1, 2, 3], [4, 5, 6])), reduce(op.add, ["a", "b", "c"]), reduce(op.mul, range(1, 6))))
show("call", lambda: op.call(max, 1, 5, 3))
show("dunder aliases", lambda: (op.__add__(1, 2), op.__getitem__("ab", 0)))
show("itemgetter repr", lambda: (repr(op.itemgetter(1, 2)), repr(op.attrgetter("a.b")), repr(op.methodcaller("m", 1, k=2))))
