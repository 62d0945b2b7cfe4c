# super() kept in a variable (a plain call, not LOAD_SUPER_ATTR), in subclasses of built-in types, and
# metaclass __call__ set to a non-descriptor (typing's TypedDict does `__call__ = dict`).
class TimeRE(dict):
    def __init__(self, m):
        base = super()
        base.__init__(m)
        s = super()
        print(s.__thisclass__.__name__, s.__self_class__.__name__, s.__self__ is self)
t = TimeRE({'a': 1})
print(t, type(t).__name__)

class A:
    def f(self): return 'A.f'
    @classmethod
    def c(cls): return 'A.c ' + cls.__name__
    @property
    def p(self): return 'A.p'
class B(A):
    def f(self):
        s = super()
        g = s.f
        return s.f() + '/' + g() + '/' + s.p
    @classmethod
    def c(cls):
        s = super()
        return s.c()
print(B().f(), B.c())

class L(list):
    def append(self, x):
        sup = super()
        sup.append(x * 2)
        return getattr(sup, 'append')
l = L()
l.append(3)
print(l)
try:
    super(B, B()).nope
except AttributeError as e:
    print(type(e).__name__, e)
s = super(B, B())
print(s.__class__.__name__, type(s).__name__)

class Meta(type):
    __call__ = dict
class M(metaclass=Meta):
    pass
print(M(a=1), M([(1, 2)]))
class Meta2(type):
    __call__ = staticmethod(lambda *a, **k: ('static', a, k))
class M2(metaclass=Meta2): pass
print(M2(1, x=2))
