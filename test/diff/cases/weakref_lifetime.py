# Weak references die with their referents: callbacks, WeakValueDictionary, WeakSet, finalize, proxies.
import weakref, sys, gc
class O:
    def __init__(self, n): self.n = n
    def __repr__(self): return f"O({self.n})"
def hook(u):
    print("unraisable:", u.err_msg.split(" <")[0], type(u.exc_value).__name__, u.exc_value)
sys.unraisablehook = hook
o = O(1)
r = weakref.ref(o)
p = weakref.proxy(o)
print(r() is o, p.n)
del o
print(r(), r().__class__ if r() else None)
print(repr(r).split(';')[1])
try: p.n
except ReferenceError as e: print("ReferenceError", e)
print(repr(p).split(';')[1] if ';' in repr(p) else 'no semicolon')
try: hash(r)
except TypeError as e: print("TypeError", e)
r2 = weakref.ref(O(2))
print(r2 == r, r2 == r2)
def cb(ref): print("callback", ref() is None)
o = O(3)
r3 = weakref.ref(o, cb)
r4 = weakref.ref(o, lambda ref: print("second callback"))
print("before del")
del o
print("after del")
def badcb(ref): raise KeyError("cb")
o = O(4)
r5 = weakref.ref(o, badcb)
del o
print("after bad")
o = O(5)
weakref.ref(o, cb)   # the ref dies first: no callback
del o
print("dropped ref")
d = weakref.WeakValueDictionary()
a = O(6); b = O(7)
d['a'] = a; d['b'] = b
print(len(d), sorted(d))
del a
print(len(d), sorted(d))
s = weakref.WeakSet()
x = O(8); s.add(x)
print(len(s))
x = None
print(len(s))
class D:
    def __del__(self): print("del D")
dd = D()
rd = weakref.ref(dd, lambda r: print("cb D", r()))
del dd
f = weakref.finalize(O(9), print, "finalized 9")
print("alive", f.alive)
o10 = O(10)
f2 = weakref.finalize(o10, print, "finalized 10")
del o10
print("end", f2.alive)
print(weakref.getweakrefcount(O(11)))
o12 = O(12); r12 = weakref.ref(o12)
print(weakref.getweakrefcount(o12))
del r12
print(weakref.getweakrefcount(o12))
class Node:
    pass
n = Node(); n.me = n
rn = weakref.ref(n)
del n
print("cyclic before collect:", rn() is not None)
gc.collect()
print("cyclic after collect:", rn())
k = weakref.WeakKeyDictionary()
key = O(13)
k[key] = "v"
print(len(k))
del key
print(len(k))
class M:
    def meth(self): return "meth"
m = M()
wm = weakref.WeakMethod(m.meth)
print(wm()())
del m
print(wm())
# Built-in types and functions never die.
import functools
print(weakref.ref(int)() is int, weakref.ref(len)() is len)
@functools.lru_cache
def deref_all(*refs):
    return [r() for r in refs]
class Shape: pass
def mro_refs(kl):
    return tuple(map(weakref.ref, type.__dict__['__mro__'].__get__(kl)))
print(deref_all(*mro_refs(Shape)))
print(deref_all(*mro_refs(type(Shape))))
