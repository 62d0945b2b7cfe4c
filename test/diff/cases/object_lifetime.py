# When objects die: __del__ and generator finalization at the moments CPython's reference counting
# reaches them, in its order; reference cycles wait for gc.collect(); what is left runs at exit.
import gc
import sys


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


print("-- del of a global")
a = Noisy("a")
del a
print("after del a")

print("-- rebinding")
b = Noisy("b1")
b = Noisy("b2")
print("after rebinding")
b = None
print("after b = None")

print("-- a temporary")
print(Noisy("temp").name)
print("after temporary")
Noisy("dropped")
print("after dropped")

print("-- locals of a returning function, from the last")
def make():
    x = Noisy("x")
    y = Noisy("y")
    return 42
print(make())

print("-- containers")
lst = [Noisy("l1"), Noisy("l2"), Noisy("l3")]
del lst
t = (Noisy("t1"), Noisy("t2"))
t = None
d = {"k1": Noisy("d1"), "k2": Noisy("d2")}
d.clear()
print("after clear")
d = {"k1": Noisy("e1"), "k2": Noisy("e2")}
del d["k2"]
print("after del item")
s = [Noisy("p1"), Noisy("p2")]
s.pop()
print("after pop")
del s

print("-- a holder before what it holds")
class Holder:
    def __init__(self, name, inner):
        self.name = name
        self.inner = inner
    def __del__(self):
        print("del holder", self.name, "holding", self.inner.name)
h = Holder("h", Noisy("inner"))
del h

print("-- a finalizer that raises is reported, not raised")
class Bad:
    def __del__(self):
        raise ValueError("boom")
def hook(u):
    print("unraisable:", u.err_msg.split(" <")[0], type(u.exc_value).__name__, u.exc_value)
sys.unraisablehook = hook
bad = Bad()
del bad
print("still running")

print("-- resurrection: __del__ runs once")
saved = []
class Phoenix:
    def __del__(self):
        print("phoenix del")
        saved.append(self)
p = Phoenix()
del p
print("saved", len(saved))
saved.clear()
print("cleared")

print("-- generators closed when dropped")
def gen(name):
    try:
        yield 1
        yield 2
    finally:
        print("finally of", name)
for v in gen("loop"):
    break
print("after break")
g = gen("var")
next(g)
g = None
print("after g = None")
def no_try():
    yield 1
    yield 2
for v in no_try():
    break
print("no try: nothing to run")
def with_ctx():
    class Ctx:
        def __enter__(self):
            return self
        def __exit__(self, *a):
            print("exit with", a[0])
    with Ctx():
        yield 1
it = with_ctx()
next(it)
del it
def first_match(items):
    for v in gen("inner"):
        return v
print("first", first_match([]))
print(any(x > 0 for x in gen("genexp")))

print("-- exceptions keep frames alive until the handler ends")
def raiser():
    n = Noisy("in raising frame")
    raise KeyError("k")
try:
    raiser()
except KeyError:
    print("in handler")
print("after handler")
try:
    raiser()
except KeyError as e:
    print("in named handler")
print("after named handler")

print("-- cycles wait for gc.collect()")
c1 = Noisy("c1")
c2 = Noisy("c2")
c1.other = c2
c2.other = c1
del c1, c2
print("after del of the cycle")
gc.collect()
print("after collect")
selfref = Noisy("selfref")
selfref.me = selfref
del selfref
print("after del selfref")
gc.collect()
print("after collect 2")

print("-- held only by native objects: alive until those die")
import itertools, functools, collections, contextvars, atexit
sl = itertools.islice(gen("islice"), 5)
print(next(sl))
print("islice alive")
del sl
print("after del islice")
ch = itertools.chain.from_iterable(gen(n) for n in ["chain-a"])
print(next(ch))
print("chain alive")
ch = None
print("after chain = None")
m = map(str, gen("map"))
print(next(m))
z = zip(gen("zip"), [1, 2])
print(next(z))
e = enumerate(gen("enumerate"))
print(next(e))
print("map, zip, enumerate alive")
del m, z, e
print("after del map, zip, enumerate")
dq = collections.deque([Noisy("in deque")])
dq.rotate(1)
print("deque alive")
dq.popleft()
print("after popleft")
def make_closure():
    held = Noisy("closure")
    return lambda: held.name
f = make_closure()
print("closure alive:", f())
del f
print("after del closure")
part = functools.partial(print, Noisy("partial"))
print("partial alive")
del part
print("after del partial")
var = contextvars.ContextVar("var")
var.set(Noisy("contextvar"))
print("contextvar alive:", var.get().name)
var.set(None)
print("after resetting the contextvar")
atexit.register(Noisy("atexit").__del__)
print("registered with atexit")
cache = {}
def remember(key):
    cache[key] = Noisy(key)
remember("cached")
print("cache alive")
cache.pop("cached")
print("after pop")

print("-- a trace function set and removed meanwhile")
def tracer(frame, event, arg):
    return None
sys.settrace(tracer)
traced = Noisy("traced")
sys.settrace(None)
del traced
print("after del traced")

print("-- left for the end")
end1 = Noisy("end1")
_private = Noisy("_private")
end2 = Noisy("end2")
def suspended():
    try:
        yield 1
    finally:
        print("suspended generator closed at exit")
running = suspended()
next(running)
print("end of module")
