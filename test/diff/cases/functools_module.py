# functools: reduce, partial (and partialmethod), lru_cache/cache with cache_info, wraps/update_wrapper,
# total_ordering, cmp_to_key, singledispatch, cached_property.
import functools
from functools import reduce, partial

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

show("reduce", lambda: (reduce(lambda a, b: a + b, [1, 2, 3, 4]), reduce(lambda a, b: a * b, range(1, 6), 10), reduce(max, [3, 9, 2])))
show("reduce empty", lambda: reduce(lambda a, b: a + b, []))
show("reduce empty initial", lambda: reduce(lambda a, b: a + b, [], "init"))
def power(base, exp):
    return base ** exp
square = partial(power, exp=2)
two_to = partial(power, 2)
show("partial", lambda: (square(5), two_to(10), square.func is power, square.args, square.keywords, repr(partial(int, base=2))[:20]))
show("partial override kw", lambda: square(3, exp=3))
show("partial of partial", lambda: partial(partial(power, 3), 2)())
show("partial bad", lambda: partial(5))
show("partial placeholder (3.14)", lambda: partial(power, functools.Placeholder, 3)(2))
class Cell:
    def __init__(self):
        self.state = None
    def set_state(self, v):
        self.state = v
        return self
    set_on = functools.partialmethod(set_state, True)
    set_off = functools.partialmethod(set_state, False)
show("partialmethod", lambda: (Cell().set_on().state, Cell().set_off().state))
calls = []
@functools.lru_cache(maxsize=3)
def slow(n):
    calls.append(n)
    return n * n
def lru_demo():
    for n in [1, 2, 3, 1, 4, 2, 5, 1]:
        slow(n)
    info = slow.cache_info()
    slow.cache_clear()
    return calls, info, slow.cache_info()
show("lru_cache eviction", lru_demo)
@functools.cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
show("cache", lambda: (fib(100), fib.cache_info().hits > 0))
@functools.lru_cache(maxsize=None, typed=True)
def typed(x):
    return type(x).__name__
show("typed cache", lambda: (typed(1), typed(1.0), typed.cache_info().currsize))
show("unhashable arg", lambda: slow([1]))
show("cache_parameters", lambda: slow.cache_parameters())
def deco(fn):
    @functools.wraps(fn)
    def wrapper(*a, **k):
        return fn(*a, **k)
    return wrapper
@deco
def documented(a: int) -> int:
    "Docs here."
    return a
show("wraps", lambda: (documented.__name__, documented.__doc__, documented.__qualname__, documented.__wrapped__.__name__, documented.__annotations__ == {"a": int, "return": int}))
@functools.total_ordering
class Version:
    def __init__(self, *parts):
        self.parts = parts
    def __eq__(self, o):
        return self.parts == o.parts
    def __lt__(self, o):
        return self.parts < o.parts
    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))
show("total_ordering", lambda: (Version(1, 2) <= Version(1, 3), Version(2) > Version(1, 9), Version(1) >= Version(1), sorted([Version(1, 10), Version(1, 2), Version(0, 9)])))
show("cmp_to_key", lambda: sorted(["b", "A", "c"], key=functools.cmp_to_key(lambda a, b: (a.lower() > b.lower()) - (a.lower() < b.lower()))))
@functools.singledispatch
def describe(x):
    return f"object {x!r}"
@describe.register
def _(x: int):
    return f"int {x}"
@describe.register(list)
def _(x):
    return f"list of {len(x)}"
@describe.register(bool)
def _(x):
    return f"bool {x}"
show("singledispatch", lambda: [describe(v) for v in (1, True, [1, 2], "s", 2.5)])
class Data:
    def __init__(self, n):
        self.n = n
        self.computed = 0
    @functools.cached_property
    def total(self):
        self.computed += 1
        return sum(range(self.n))
def cached_prop():
    d = Data(10)
    a, b = d.total, d.total
    del d.total
    c = d.total
    return a, b, c, d.computed
show("cached_property", cached_prop)
show("reduce with operator", lambda: reduce(__import__("operator").or_, [1, 2, 4, 8]))
show("partial repr", lambda: repr(partial(max, 1, key=abs)).replace(repr(max), "max"))
