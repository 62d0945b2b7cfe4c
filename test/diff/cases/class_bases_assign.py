# type.__bases__ assignment: checks, messages, MRO recomputation for the class and its subclasses.
class A:
    def who(self): return 'A'
class B:
    def who(self): return 'B'
    def only_b(self): return 'only B'
class C(A):
    pass
class D(C):
    pass

d = D()
print(d.who(), D.__mro__)
C.__bases__ = (B,)
print(C.__bases__, C.__base__, C.__mro__)
print(D.__mro__)
print(d.who(), d.only_b())
print(A.__subclasses__(), B.__subclasses__())
C.__bases__ = (A, B)
print(C.__mro__, D.__mro__, d.who(), d.only_b())
print(isinstance(d, A), isinstance(d, B), issubclass(D, B))

def attempt(label, f):
    try:
        f()
        print(label, 'ok')
    except Exception as e:
        print(label, type(e).__name__, e)

def setb(cls, v):
    cls.__bases__ = v
def delb(cls):
    del cls.__bases__

attempt('not tuple', lambda: setb(C, [A]))
attempt('empty', lambda: setb(C, ()))
attempt('non class', lambda: setb(C, (A, 1)))
attempt('cycle', lambda: setb(A, (D,)))
attempt('self', lambda: setb(A, (A,)))
attempt('immutable', lambda: setb(int, (object,)))
attempt('object', lambda: setb(object, (int,)))
attempt('delete', lambda: delb(C))
attempt('layout', lambda: setb(C, (int,)))
attempt('dup', lambda: setb(C, (A, A)))
class E(A): pass
class F(E, A): pass
attempt('mro conflict', lambda: setb(E, (F,)))
class G(A, B): pass
attempt('mro order', lambda: setb(C, (B, G)))
print(C.__bases__, C.__mro__)

class Slotted:
    __slots__ = ('x',)
class Plain: pass
class H(Plain): pass
attempt('slots layout', lambda: setb(H, (Slotted,)))
class IntSub(int): pass
class IntSub2(int): pass
class J(IntSub): pass
attempt('int sub', lambda: setb(J, (IntSub2,)))
print(J.__mro__, J(5) + 1)

# method lookups cached before the change see the new bases
class P:
    def m(self): return 'P'
class Q:
    def m(self): return 'Q'
class R(P): pass
r = R()
for _ in range(3):
    print(r.m(), end=' ')
R.__bases__ = (Q,)
for _ in range(3):
    print(r.m(), end=' ')
print()

# a metaclass with a custom mro() is consulted again
class Meta(type):
    def mro(cls):
        print('mro() of', cls.__name__)
        return super().mro()
class M1(metaclass=Meta): pass
class M0(metaclass=Meta): pass
class M2(M1): pass
attempt('to object', lambda: setb(M2, (object,)))
M2.__bases__ = (M0,)
print(M2.__mro__)
class M3(M2): pass
M2.__bases__ = (M1, M0)
print(M2.__mro__, M3.__mro__)

class Rev(type):
    def mro(cls):
        return [cls, object] if cls.__name__ == 'X2' else super().mro()
class X1(metaclass=Rev):
    def f(self): return 'X1'
class X2(X1): pass
print(X2.__mro__, hasattr(X2(), 'f'))

# NamedTuple-style: a class whose bases are replaced right after creation
class Base(tuple):
    pass
T = type('T', (Base,), {})
attempt('dict vs none', lambda: setb(T, (tuple,)))
class Base2(tuple):
    __slots__ = ()
class Gen: pass
T2 = type('T2', (Base2,), {'__slots__': ()})
T2.__bases__ = (tuple, Gen)
print(T2.__mro__, T2((1, 2)))

# __slots__ are kept sorted after mangling (the class __dict__ order), and __class__ may move
# between classes that add the same slots to the same base, whatever order they declared them in.
class SlotsA:
    __slots__ = ('y', 'x', '__weakref__', '_SlotsA__p', '__q')
print([k for k in SlotsA.__dict__ if not k.startswith('__') or k == '__weakref__'])
class SB:
    __slots__ = ('x', 'y')
class SC:
    __slots__ = ('y', 'x')
class SD:
    __slots__ = ('x',)
class SE(SB):
    pass
class SF(SB):
    __slots__ = ()
class SG:
    __slots__ = ('x', 'y', '__weakref__')
class SH:
    __slots__ = ['y', 'x']
class SI(SD):
    __slots__ = ('y',)
def swap(obj, target):
    obj.__class__ = target
    return (type(obj).__name__, obj.x, obj.y)
sb = SB()
sb.x, sb.y = 1, 2
for target in (SC, SD, SE, SF, SG, SH, SI, SB):
    attempt('slots to ' + target.__name__, lambda: print(swap(sb, target)))
    sb.__class__ = SB
sc = SC()
sc.x, sc.y = 'cx', 'cy'
sc.__class__ = SB
print('read through SB', sc.x, sc.y)
sc.x = 'new'
sc.__class__ = SC
print('back to SC', sc.x, sc.y)
