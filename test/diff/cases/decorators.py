# Decorators: plain, with arguments, stacked (application order), functools.wraps, class decorators,
# decorators on methods, and decorators that return non-functions.
import functools

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

log = []

def trace(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        log.append(f"call {fn.__name__}{args}")
        result = fn(*args, **kwargs)
        log.append(f"return {result!r}")
        return result
    return wrapper

@trace
def add(a, b):
    "Adds."
    return a + b

show("traced", lambda: (add(1, 2), log[-2:], add.__name__, add.__doc__, add.__wrapped__(5, 5)))

def repeat(times):
    def deco(fn):
        def wrapper(*a):
            return [fn(*a) for _ in range(times)]
        return wrapper
    return deco

@repeat(3)
def hello(name):
    return "hi " + name
show("with args", lambda: hello("bob"))

order = []
def tag(name):
    order.append("make " + name)
    def deco(fn):
        order.append("apply " + name)
        def w():
            return f"<{name}>{fn()}</{name}>"
        return w
    return deco

@tag("b")
@tag("i")
def text():
    return "x"
show("stacking order", lambda: (text(), order))

def register(registry):
    def deco(fn):
        registry[fn.__name__] = fn
        return fn
    return deco
handlers = {}
@register(handlers)
def on_start():
    return "started"
@register(handlers)
def on_stop():
    return "stopped"
show("registry", lambda: [(k, v()) for k, v in handlers.items()])

def singleton(cls):
    instances = {}
    def get(*a):
        if cls not in instances:
            instances[cls] = cls(*a)
        return instances[cls]
    return get
@singleton
class Config:
    def __init__(self, v):
        self.v = v
show("class decorator", lambda: (Config(1).v, Config(2).v, Config(1) is Config(3)))

def add_repr(cls):
    def __repr__(self):
        return f"{cls.__name__}({', '.join(f'{k}={v!r}' for k, v in vars(self).items())})"
    cls.__repr__ = __repr__
    return cls
@add_repr
class P:
    def __init__(self, x, y):
        self.x, self.y = x, y
show("repr added", lambda: P(1, "a"))

def memo(fn):
    cache = {}
    def w(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    w.cache = cache
    return w
@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
show("memo fib", lambda: (fib(80), len(fib.cache)))

class CountCalls:
    def __init__(self, fn):
        functools.update_wrapper(self, fn)
        self.fn = fn
        self.calls = 0
    def __call__(self, *a, **k):
        self.calls += 1
        return self.fn(*a, **k)
@CountCalls
def square(x):
    return x * x
show("class-based decorator", lambda: (square(3), square(4), square.calls, square.__name__))

def method_deco(fn):
    def w(self, *a):
        return ("decorated", fn(self, *a))
    return w
class Thing:
    @method_deco
    def value(self, n):
        return n * 10
    @staticmethod
    @trace
    def static_traced(v):
        return v
    @property
    @functools.cache
    def cached_prop(self):
        return "computed"
show("method decorator", lambda: Thing().value(4))
show("static traced", lambda: Thing.static_traced(7))
def const(_fn):
    return 42
@const
def replaced():
    pass
show("replaced by constant", lambda: replaced)
show("decorator expression (3.9+)", lambda: [x for x in [1]])
buttons = [lambda f: ("first", f)]
@buttons[0]
def clicked():
    pass
show("subscript decorator", lambda: clicked[0])
def bad_deco(fn):
    raise ValueError("decorator failed for " + fn.__name__)
def define_bad():
    @bad_deco
    def victim():
        pass
show("decorator raises", define_bad)
show("lru_cache info", lambda: (functools.lru_cache(maxsize=2)(lambda x: x)(1), ))
@functools.lru_cache(maxsize=None)
def slow_sq(n):
    return n * n
show("lru_cache", lambda: ([slow_sq(i % 3) for i in range(9)], slow_sq.cache_info()))
