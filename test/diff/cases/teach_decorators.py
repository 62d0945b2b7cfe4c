# Teaching decorators: functions wrapping functions, wraps(), decorators with arguments, class
# decorators, and the functools decorators used on methods (lru_cache, cache, partial, partialmethod,
# cached_property, singledispatchmethod), which only work because they are descriptors.
import functools

def trace(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        print(f"  -> {fn.__name__}{args}{kwargs if kwargs else ''}")
        result = fn(*args, **kwargs)
        print(f"  <- {fn.__name__} = {result!r}")
        return result
    return wrapper

@trace
def add(a, b=0):
    """Add two numbers."""
    return a + b

add(2, b=3)
print(add.__name__, add.__doc__, add.__wrapped__.__name__, add.__qualname__)

def repeat(times):
    def decorate(fn):
        def run(*args):
            return [fn(*args) for _ in range(times)]
        return run
    return decorate

@repeat(3)
def greet(name):
    return f"hi {name}"
print(greet("ann"), greet.__name__)

def register(cls):
    cls.registered = True
    return cls

@register
class Plugin:
    pass
print(Plugin.registered)

calls = []
class Maths:
    def __init__(self, base):
        self.base = base

    @functools.lru_cache(maxsize=None)
    def square(self, x):
        calls.append(("square", x))
        return self.base + x * x

    @functools.cache
    def cube(self, x):
        calls.append(("cube", x))
        return x ** 3

    @functools.cached_property
    def expensive(self):
        calls.append("expensive")
        return self.base * 100

    twice = functools.partialmethod(lambda self, x, k: (self.base, x * k), k=2)
    bound_partial = functools.partial(lambda self, y: (type(self).__name__, y))

    @property
    def base_squared(self):
        return self.base ** 2

    @base_squared.setter
    def base_squared(self, value):
        self.base = int(value ** 0.5)

m = Maths(1)
print(m.square(3), m.square(3), m.cube(2), m.cube(2))
print(Maths.square.cache_info(), type(Maths.__dict__["square"]).__name__)
print(m.expensive, m.expensive, "expensive" in vars(m))
print(m.twice(5), m.bound_partial(7))
print(Maths.square is Maths.__dict__["square"], type(m.square).__name__)
m.base_squared = 49
print(m.base, m.base_squared)
print(calls)

class Shape:
    @functools.singledispatchmethod
    def area(self, arg):
        return "unknown"
    @area.register
    def _(self, arg: int):
        return f"int side {arg}: {arg * arg}"
    @area.register
    def _(self, arg: tuple):
        return f"rect {arg[0] * arg[1]}"
s = Shape()
print(s.area(3), s.area((2, 5)), s.area("x"))

@functools.singledispatch
def describe(x):
    return f"object {x!r}"
@describe.register(list)
def _(x):
    return f"list of {len(x)}"
print(describe(1), describe([1, 2]), describe.registry.keys() >= {object, list})

class Temperature:
    def __init__(self):
        self._c = 0
    def get_c(self):
        return self._c
    def set_c(self, v):
        if v < -273.15:
            raise ValueError("below absolute zero")
        self._c = v
    celsius = property(get_c, set_c, doc="degrees C")
t = Temperature()
t.celsius = 21
print(t.celsius, Temperature.celsius.__doc__)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError", e)

def counted(fn):
    def inner(*a):
        inner.calls += 1
        return fn(*a)
    inner.calls = 0
    return inner
@counted
def noop():
    pass
noop(); noop()
print("calls:", noop.calls, noop.__name__)

class Stack:
    def __init__(self):
        self.items = []
    @staticmethod
    def describe():
        return "LIFO"
    @classmethod
    def of(cls, *items):
        s = cls()
        s.items.extend(items)
        return s
print(Stack.describe(), Stack.of(1, 2).items, type(Stack.__dict__["of"]).__name__)
