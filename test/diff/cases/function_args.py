# Function arguments: defaults (evaluated once), keyword-only, positional-only, *args/**kwargs, unpacking
# in calls, and the exact messages of argument errors.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

def f(a, b=2, *args, c, d=4, **kw):
    return a, b, args, c, d, kw

show("basic", lambda: f(1, c=3))
show("all", lambda: f(1, 5, 6, 7, c=8, d=9, e=10, g=11))
show("kw a", lambda: f(a=1, c=2))
show("missing c", lambda: f(1))
show("missing a and c", lambda: f())
show("dup a", lambda: f(1, a=2, c=3))
show("unpacked", lambda: f(*[1, 2, 3], **{"c": 4, "z": 5}))
show("unpacked dup", lambda: f(1, **{"a": 1, "c": 2}))

def g(x, y, /, z, *, w):
    return x, y, z, w

show("posonly ok", lambda: g(1, 2, 3, w=4))
show("posonly ok z kw", lambda: g(1, 2, z=3, w=4))
show("posonly as kw", lambda: g(1, y=2, z=3, w=4))
show("kwonly positional", lambda: g(1, 2, 3, 4))
show("too many", lambda: g(1, 2, 3, 4, 5))

def h(a, b):
    return a + b

show("too many h", lambda: h(1, 2, 3))
show("too few h", lambda: h(1))
show("none h", lambda: h())
show("unexpected kw", lambda: h(1, 2, c=3))
show("multiple values", lambda: h(1, a=2))
show("kw only h", lambda: h(b=1, a=2))

def one(a):
    return a
show("one too many", lambda: one(1, 2))
show("zero args given", lambda: one())

def noargs():
    return "none"
show("noargs given", lambda: noargs(1))
show("noargs kw", lambda: noargs(x=1))

def kwonly_only(*, a, b):
    return a, b
show("kwonly missing both", lambda: kwonly_only())
show("kwonly positional", lambda: kwonly_only(1))

def posonly_defaults(a, b=10, /, c=20):
    return a, b, c
show("posonly defaults", lambda: (posonly_defaults(1), posonly_defaults(1, 2, 3), posonly_defaults(1, c=5)))
show("posonly kw collide into kwargs", lambda: (lambda a, /, **kw: (a, kw))(1, a=2))

def mutable_default(x, acc=[]):
    acc.append(x)
    return acc
show("mutable default shared", lambda: (mutable_default(1), mutable_default(2), mutable_default(3, [])))

counter = 0
def default_evaluated_once():
    global counter
    counter += 1
    return counter
def uses_default(x=default_evaluated_once()):
    return x
show("default evaluated once", lambda: (uses_default(), uses_default(), counter))

def star_only(*args):
    return args
show("star args", lambda: (star_only(), star_only(1), star_only(*"abc"), star_only(*range(3), *[9])))
def kw_only_star(**kw):
    return kw
show("kwargs", lambda: (kw_only_star(), kw_only_star(a=1, **{"b": 2}, c=3)))
show("kwargs non-str key", lambda: kw_only_star(**{1: 2}))
show("kwargs not mapping", lambda: kw_only_star(**[1]))
show("star not iterable", lambda: star_only(*5))
show("dup via two dicts", lambda: kw_only_star(**{"a": 1}, **{"a": 2}))

show("defaults attrs", lambda: (f.__defaults__, f.__kwdefaults__, h.__defaults__, f.__name__, f.__qualname__))
show("code attrs", lambda: (f.__code__.co_argcount, f.__code__.co_kwonlyargcount, g.__code__.co_posonlyargcount, f.__code__.co_varnames[:6]))

def annotated(a: int, b: "str" = "x") -> list:
    return [a, b]
show("annotations", lambda: (annotated(1), sorted(annotated.__annotations__)))

def doc():
    "The docstring."
show("docstring", lambda: (doc.__doc__, h.__doc__))

class C:
    def method(self, a, b=1):
        return a, b
    def kw(self, *, x):
        return x
show("method missing", lambda: C().method())
show("method too many", lambda: C().method(1, 2, 3))
show("method kwonly", lambda: C().kw(1))
show("unbound method", lambda: C.method())
show("builtin errors", lambda: len())
show("builtin errors 2", lambda: len(1, 2))
show("builtin kw", lambda: len(obj=[1]))
show("builtin type arg", lambda: len(5))
show("int kw", lambda: int("10", base=2))
show("sorted kwarg bad", lambda: sorted([1], foo=1))
show("lambda args", lambda: (lambda *a, k=1, **kw: (a, k, kw))(1, 2, k=3, z=4))
show("lambda missing", lambda: (lambda a, b: a)(1))
show("nested calls", lambda: h(*divmod(17, 5)))
five, text = 5, "abc"
show("call non-callable", lambda: five())
show("call str", lambda: text())
