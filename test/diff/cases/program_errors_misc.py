# exit: 1
import sys, warnings, traceback
class Node:
    def __init__(self, v, nxt=None): self.v = v; self.nxt = nxt
    def __repr__(self): return f"Node({self.v}, {self.nxt!r})"
a = [1]; a.append(a); print(a, {1: {2: a}})
d = {}; d['self'] = d; print(d)
def gen():
    try:
        x = yield 1
        print("got", x)
        yield x * 2
    except GeneratorExit:
        print("closing"); raise
    finally:
        print("finally")
g = gen(); print(next(g), g.send(21)); g.close()
try:
    raise ExceptionGroup("many", [ValueError("v"), TypeError("t"), ExceptionGroup("inner", [KeyError("k")])])
except* ValueError as eg:
    print("caught", repr(eg))
except* (TypeError, KeyError) as eg:
    print("rest", eg.exceptions)
e = ValueError("base"); e.add_note("note one"); e.add_note("note two")
try: raise e
except ValueError as x: print(x.__notes__, traceback.format_exception_only(x))
def deep(n): return deep(n + 1)
try: deep(0)
except RecursionError as r: print("RecursionError", r)
warnings.warn("careful", UserWarning)
warnings.simplefilter("error")
try: warnings.warn("boom", DeprecationWarning)
except DeprecationWarning as w: print("as error:", w)
print("to stderr", file=sys.stderr)
try:
    exec("def f(:\n  pass")
except SyntaxError as s:
    print(s.msg, s.lineno, s.offset, repr(s.text))
try:
    eval("1 +* 2")
except SyntaxError as s:
    print(traceback.format_exception_only(s))
try:
    {}["missing"]
except KeyError as k:
    try:
        int("x")
    except ValueError:
        print(traceback.format_exc().splitlines()[-1])
class Meta(type):
    def __repr__(cls): return f"<class {cls.__name__} via Meta>"
    def __call__(cls, *a):
        print("Meta call", a); return super().__call__(*a)
class W(metaclass=Meta):
    def __init__(self, x): self.x = x
print(W, W(5).x, type(W), isinstance(W, Meta))
class Proxy:
    def __init__(self, target): object.__setattr__(self, '_t', target)
    def __getattr__(self, name): print("get", name); return getattr(self._t, name)
    def __setattr__(self, name, v): print("set", name); setattr(self._t, name, v)
p = Proxy(Node(1)); p.v = 10; print(p.v, p._t)
def outer():
    x = 1
    def inner():
        def innermost(): return x
        return innermost
    x = 2
    return inner()()
print(outer(), [lambda: i for i in range(3)][0](), [(lambda j=i: j)() for i in range(3)])
raise RuntimeError("final") from KeyError("cause")
