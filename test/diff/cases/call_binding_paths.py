# Every way CALL binds arguments to a Python function, on the eval loop's in-loop paths: exact
# positional, defaults, keywords, *args/**kwargs, bound methods, class calls running __init__ in the
# loop, and their errors (the arguments must be bound from the caller's stack without losing a value).

def pos(a, b, c):
    return (a, b, c)

def dflt(a, b=2, c=3):
    return (a, b, c)

def kwonly(a, *, k, m=5):
    return (a, k, m)

def star(a, *rest, **kw):
    return (a, rest, sorted(kw.items()))

def posonly(a, b, /, c=0):
    return (a, b, c)

def report(f, *args, **kw):
    try:
        print(f.__name__, f(*args, **kw))
    except TypeError as e:
        print(f.__name__, type(e).__name__, e)

print(pos(1, 2, 3), dflt(1), dflt(1, 9), dflt(1, c=7), dflt(c=8, a=0), kwonly(1, k=2), kwonly(1, m=0, k=3))
print(star(1), star(1, 2, 3), star(1, 2, x=3, y=4), star(a=5, z=1), posonly(1, 2), posonly(1, 2, c=4))

# Errors raised while binding: the call's values are still on the caller's stack.
def errors():
    out = []
    for thunk in (
        lambda: pos(1, 2),
        lambda: pos(1, 2, 3, 4),
        lambda: pos(1, 2, 3, b=4),
        lambda: pos(1, 2, d=4),
        lambda: dflt(),
        lambda: dflt(1, 2, 3, 4),
        lambda: kwonly(1),
        lambda: kwonly(1, 2),
        lambda: posonly(a=1, b=2),
        lambda: posonly(1, 2, a=3),
        lambda: star(),
        lambda: star(1, a=2),
    ):
        try:
            thunk()
            out.append('no error')
        except TypeError as e:
            out.append(str(e))
    return out
for line in errors():
    print(line)

# A caught binding error leaves the caller's stack usable (the handler runs with values below).
def caught_in_expression():
    total = 0
    for i in range(3):
        try:
            total += 100 + pos(i, i)
        except TypeError as e:
            total += len(str(e))
    return total
print(caught_in_expression())

class Point:
    def __init__(self, x, y=0, *, tag='p'):
        self.x, self.y, self.tag = x, y, tag
    def moved(self, dx, dy=0):
        return Point(self.x + dx, self.y + dy, tag=self.tag)
    def __repr__(self):
        return f'Point({self.x}, {self.y}, {self.tag!r})'

p = Point(1)
print(p, Point(1, 2), Point(x=3, y=4), Point(5, tag='q'), p.moved(1), p.moved(dy=3, dx=2))
m = p.moved
print(m(10), m(dx=1, dy=1), Point.moved(p, 7))
for bad in (lambda: Point(), lambda: Point(1, 2, 3), lambda: Point(1, z=2), lambda: p.moved(), lambda: m(1, 2, 3)):
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)

class BadInit:
    def __init__(self, v):
        return v
print(BadInit(None).__class__.__name__)
try:
    BadInit(5)
except TypeError as e:
    print(type(e).__name__, e)

class Base:
    def __init__(self, a, b=1):
        self.ab = (a, b)
    def who(self, *args):
        return ('Base', args)
class Child(Base):
    def __init__(self, a, *more):
        super().__init__(a, *more[:1])
        self.more = more
    def who(self, *args):
        return ('Child',) + super().who(*args)
c = Child(1, 2, 3)
print(c.ab, c.more, c.who(), c.who(4, 5), Child(7).ab)

# Recursion through methods and keyword calls, deep enough to exercise the frame stack.
class Tree:
    def __init__(self, depth):
        self.kids = [Tree(depth - 1) for _ in range(2)] if depth else []
    def count(self, *, acc=0):
        return acc + 1 + sum(k.count(acc=0) for k in self.kids)
print(Tree(6).count(), Tree(3).count(acc=10))

def depth(n, **kw):
    return n if n == 0 else depth(n - 1, **kw) + 0
print(depth(300, x=1))

# Closures and generator functions called with the same in-loop binding.
def make(k, *, scale=1):
    def f(x, y=1):
        return (x + k) * scale * y
    return f
f = make(3, scale=2)
print(f(1), f(1, 3), f(y=2, x=0))

def gen(a, b=2, *rest):
    yield a
    yield b
    yield from rest
print(list(gen(1)), list(gen(1, 5, 6, 7)), list(gen(b=0, a=9)))
try:
    gen()
except TypeError as e:
    print(type(e).__name__, e)

# f(*args, **kwargs) (CALL_FUNCTION_EX) to Python functions: frames pushed by the eval loop too.
import functools
def deco(f):
    @functools.wraps(f)
    def wrapper(*a, **k):
        return ('wrapped', f(*a, **k))
    return wrapper
@deco
def target(a, b=1, *rest, c=0, **kw):
    return (a, b, rest, c, sorted(kw))
print(target(1), target(1, 2, 3, c=4, z=5), target(*[7, 8], **{'c': 9}))
args = (1, 2)
print(pos(*args, 3), pos(*args, **{'c': 4}), Point(*args), p.moved(*(1, 1)), Point.moved(*(p, 2)))
for bad in (lambda: pos(*args), lambda: pos(*args, **{'a': 1, 'c': 2}), lambda: pos(*5), lambda: pos(**[1]),
            lambda: target(**{1: 2})):
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
def gen_ex(*a):
    yield from a
print(list(gen_ex(*range(4))))
def deep(n, *rest):
    return n if n == 0 else deep(*(n - 1,), *rest)
print(deep(500))
def forever(*a):
    return forever(*a)
try:
    forever(1)
except RecursionError as e:
    print(type(e).__name__, e)
try:
    target(*(i for i in [1, 2]), **{'b': 3})
except TypeError as e:
    print(type(e).__name__, e)
