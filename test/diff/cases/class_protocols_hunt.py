# Class protocol edge cases: object.__new__/__init__ argument errors, __init__ returning a value,
# __bool__/__len__/__index__/__hash__ contract errors, __class__ assignment, super() errors, __prepare__,
# __mro_entries__, nested __qualname__, reprs.
def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

class Plain: pass
attempt('object args', lambda: Plain(1))
attempt('object kwargs', lambda: Plain(a=1))
class WithInit:
    def __init__(self, a): self.a = a
attempt('init ok', lambda: WithInit(1).a)
attempt('init missing', lambda: WithInit())
class WithNew:
    def __new__(cls, *a): return super().__new__(cls)
attempt('new extra ok', lambda: type(WithNew(1, 2)).__name__)
class InitReturns:
    def __init__(self): return 5
attempt('init returns', lambda: InitReturns())
attempt('object.__new__ non type', lambda: object.__new__(1))
attempt('object.__new__ int', lambda: object.__new__(int))
attempt('int.__new__ str', lambda: int.__new__(str))
class BadBool:
    def __bool__(self): return 1
attempt('bool returns int', lambda: bool(BadBool()))
class BadLen:
    def __len__(self): return -1
attempt('len negative', lambda: len(BadLen()))
class BigLen:
    def __len__(self): return 2 ** 100
attempt('len big', lambda: len(BigLen()))
class FloatLen:
    def __len__(self): return 1.0
attempt('len float', lambda: len(FloatLen()))
attempt('bool via len', lambda: bool(BadLen()))
class Idx:
    def __index__(self): return 3
print([0, 1, 2, 3, 4][Idx()], 'abcd'[Idx()], bin(Idx()), range(10)[Idx()], (5).__pow__(Idx()), [1] * Idx())
class BadIdx:
    def __index__(self): return 1.5
attempt('bad index', lambda: [1, 2][BadIdx()])
attempt('bad index hex', lambda: hex(BadIdx()))
class NoHash:
    __hash__ = None
attempt('unhashable', lambda: hash(NoHash()))
attempt('unhashable set', lambda: {NoHash()})
class EqOnly:
    def __eq__(self, o): return True
attempt('eq only hash', lambda: hash(EqOnly()))
print(EqOnly.__hash__)
class BadHash:
    def __hash__(self): return 'x'
attempt('bad hash', lambda: hash(BadHash()))
class BigHash:
    def __hash__(self): return 2 ** 100
print(hash(BigHash()) == hash(2 ** 100))
class A: pass
class B: pass
a = A()
a.__class__ = B
print(type(a).__name__)
attempt('class to int', lambda: setattr(a, '__class__', int))
attempt('class of int', lambda: setattr(1, '__class__', bool))
attempt('class non type', lambda: setattr(a, '__class__', 1))
class SlotA:
    __slots__ = ('x',)
class SlotB:
    __slots__ = ('y',)
attempt('class slots differ', lambda: setattr(SlotA(), '__class__', SlotB))
attempt('super no args outside', lambda: super())
attempt('super bad arg', lambda: super(A, 1))
attempt('super non type', lambda: super(1, 1))
class SE(A):
    def m(self):
        return super().nothing
attempt('super missing attr', lambda: SE().m())
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print('prepare', name, kw)
        return {'injected': 1}
class WithPrep(metaclass=Meta):
    pass
print(WithPrep.injected)
class BadPrep(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return 5
try:
    class X(metaclass=BadPrep): pass
except TypeError as e:
    print('TypeError', e)
class Entry:
    def __mro_entries__(self, bases):
        return (A,)
class UsesEntry(Entry()): pass
print(UsesEntry.__mro__, UsesEntry.__orig_bases__[0].__class__.__name__)
class BadEntry:
    def __mro_entries__(self, bases):
        return A
try:
    class UsesBad(BadEntry()): pass
except TypeError as e:
    print('TypeError', e)
try:
    class FromInstance(1): pass
except TypeError as e:
    print('TypeError', e)
try:
    class FromBool(bool): pass
except TypeError as e:
    print('TypeError', e)
try:
    class Dup(A, A): pass
except TypeError as e:
    print('TypeError', e)
try:
    class Conflict(A, Plain, A): pass
except TypeError as e:
    print('TypeError', e)
class Outer:
    class Inner:
        def meth(self): pass
    def f(self):
        class Local: pass
        return Local
print(Outer.Inner.__qualname__, Outer.Inner.meth.__qualname__, Outer().f().__qualname__, repr(Outer.Inner))
print(repr(Outer.Inner.meth).split(' at ')[0], Outer.f.__name__, Outer.__module__)
attempt('set name non str', lambda: setattr(A, '__name__', 1))
attempt('set qualname', lambda: setattr(A, '__qualname__', 'Q') or A.__qualname__)
attempt('int name set', lambda: setattr(int, '__name__', 'x'))
attempt('set attr builtin', lambda: setattr(int, 'foo', 1))
attempt('del attr builtin', lambda: delattr(int, 'real'))
attempt('set attr object', lambda: setattr(object(), 'x', 1))
attempt('del missing', lambda: delattr(A(), 'nope'))
attempt('del class missing', lambda: delattr(A, 'nope'))
print(A.__dict__['__module__'], '__weakref__' in A.__dict__, '__dict__' in A.__dict__, type(A.__dict__['__dict__']).__name__)
class CallMe:
    def __call__(self, *a, **k): return a, k
print(CallMe()(1, x=2), callable(CallMe()), callable(CallMe), callable(1))
attempt('not callable', lambda: A()())
class Cmp:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
print(sorted([Cmp(3), Cmp(1)], key=lambda c: c.v)[0].v, Cmp(1) < Cmp(2), Cmp(2) > Cmp(1))
attempt('le missing', lambda: Cmp(1) <= Cmp(2))
class R:
    def __repr__(self): return 5
attempt('repr non str', lambda: repr(R()))
class S2:
    def __str__(self): return None
attempt('str non str', lambda: str(S2()))
class F:
    def __format__(self, spec): return 1
attempt('format non str', lambda: format(F()))
class It:
    def __iter__(self): return 5
attempt('iter non iterator', lambda: iter(It()))
class Cont:
    def __contains__(self, x): return 'yes'
print(1 in Cont(), 1 not in Cont())
class GI:
    def __getitem__(self, i):
        if i > 2: raise IndexError
        return i * 10
print(list(GI()), 20 in GI(), list(reversed([1, 2])))
attempt('reversed GI', lambda: reversed(GI()))
