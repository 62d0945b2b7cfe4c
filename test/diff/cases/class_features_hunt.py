# Class features: properties with deleters, __set_name__, __init_subclass__ kwargs, __class_getitem__,
# __slots__ errors, __getattr__ vs __getattribute__, descriptors on metaclasses, abc, instance checks.
import abc

def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

class P:
    def __init__(self): self._x = 1
    @property
    def x(self):
        "the x"
        return self._x
    @x.setter
    def x(self, v): self._x = v
    @x.deleter
    def x(self):
        print('deleting x')
        del self._x
p = P()
p.x = 5
print(p.x, P.x.__doc__, P.x.fget.__name__, P.x.fdel is not None)
del p.x
attempt('after del', lambda: p.x)
class RO:
    @property
    def y(self): return 1
def set_y(): RO().y = 2
def del_y(): del RO().y
attempt('set ro', set_y)
attempt('del ro', del_y)
class NoGet:
    y = property(None, lambda s, v: None)
attempt('no getter', lambda: NoGet().y)
print(repr(property().__doc__), property(doc='d').__doc__)

class Named:
    def __set_name__(self, owner, name):
        print('set_name', owner.__name__, name)
        self.name = name
class Own:
    a = Named()
    b = Named()
print(Own.a.name, Own.b.name)
class Later: pass
n = Named()
Later.c = n
print(hasattr(n, 'name'))

class Base:
    def __init_subclass__(cls, /, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
        print('init_subclass', cls.__name__, tag)
class Child(Base, tag='t1'): pass
class Child2(Child): pass
print(Child.tag, Child2.tag)
try:
    class Bad(Base, tag='x', other=1): pass
except TypeError as e:
    print('TypeError', e)
try:
    class Bad2(object, other=1): pass
except TypeError as e:
    print('TypeError', e)

class G:
    def __class_getitem__(cls, item):
        return f'G[{item!r}]'
print(G[int], G[1, 2])
attempt('no class_getitem', lambda: P[int])
print(list[int], dict[str, int], type(list[int]).__name__)

attempt('slots assign', lambda: setattr(type('S', (), {'__slots__': ('a',)})(), 'b', 1))
class S:
    __slots__ = ('a',)
s = S()
attempt('slot unset', lambda: s.a)
s.a = 1
del s.a
attempt('slot deleted', lambda: s.a)
def del_again(): del s.a
attempt('slot del again', del_again)
attempt('slots conflict', lambda: type('T', (), {'__slots__': ('a',), 'a': 1}))
attempt('slots dict twice', lambda: type('T', (), {'__slots__': ('__dict__', '__dict__')}))
attempt('slots not identifier', lambda: type('T', (), {'__slots__': ('1a',)}))
attempt('slots int', lambda: type('T', (), {'__slots__': 5}))
attempt('slots on int subclass', lambda: type('T', (int,), {'__slots__': ('a',)}))
attempt('S has dict', lambda: S().__dict__)
print(S.a, type(S.a).__name__)

class GA:
    def __getattr__(self, name):
        return 'getattr:' + name
class GAB:
    def __getattribute__(self, name):
        if name == 'boom':
            raise AttributeError('custom')
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return 'fallback:' + name
g = GA(); g.real = 1
print(g.real, g.missing)
print(GAB().boom, GAB().__class__.__name__)
class OnlyGA:
    def __getattribute__(self, name):
        raise AttributeError(name + '!')
attempt('only getattribute', lambda: OnlyGA().zz)
attempt('getattr default', lambda: getattr(OnlyGA(), 'zz', 'dflt'))
attempt('hasattr', lambda: hasattr(OnlyGA(), 'zz'))

class MetaD(type):
    @property
    def computed(cls):
        return 'computed for ' + cls.__name__
    def __getattr__(cls, name):
        return 'meta getattr ' + name
class WithMeta(metaclass=MetaD): pass
print(WithMeta.computed, WithMeta.anything)
attempt('instance no meta', lambda: WithMeta().computed)
attempt('meta prop set', lambda: setattr(WithMeta, 'computed', 1))

class A(abc.ABC):
    @abc.abstractmethod
    def f(self): ...
    @abc.abstractmethod
    def g(self): ...
attempt('abstract', lambda: A())
class B2(A):
    def f(self): return 1
attempt('abstract one', lambda: B2())
class C2(B2):
    def g(self): return 2
print(C2().f(), C2().g(), sorted(A.__abstractmethods__), B2.__abstractmethods__)
class AP(abc.ABC):
    @property
    @abc.abstractmethod
    def p(self): ...
attempt('abstract prop', lambda: AP())
print(isinstance(C2(), A), issubclass(C2, A))
class Reg(abc.ABC): pass
Reg.register(int)
print(isinstance(1, Reg), issubclass(bool, Reg), issubclass(str, Reg))

class MetaCheck(type):
    def __instancecheck__(cls, inst):
        print('instancecheck', type(inst).__name__)
        return inst == 42
    def __subclasscheck__(cls, sub):
        print('subclasscheck', sub.__name__)
        return sub is int
class Checker(metaclass=MetaCheck): pass
print(isinstance(42, Checker), isinstance(41, Checker), isinstance(Checker(), Checker))
print(issubclass(int, Checker), issubclass(str, Checker), issubclass(Checker, Checker))
print(isinstance(42, (str, Checker)))
attempt('issubclass non-class', lambda: issubclass(1, int))
attempt('isinstance bad 2nd', lambda: isinstance(1, 1))
attempt('isinstance bad tuple', lambda: isinstance(1, (int, 1)))
attempt('issubclass bad 2nd', lambda: issubclass(int, 1))
print(isinstance(1, int | str), issubclass(bool, int | None))
class WithDict: pass
attempt('dict slot again', lambda: type('T', (WithDict,), {'__slots__': ('__dict__',)}))
attempt('weakref slot again', lambda: type('T', (WithDict,), {'__slots__': ('__weakref__',)}))
attempt('weakref slot tuple', lambda: type('T', (tuple,), {'__slots__': ('__weakref__',)}))
attempt('dict slot tuple', lambda: type('T', (tuple,), {'__slots__': ('__dict__',)}).__name__)
attempt('empty slots int', lambda: type('T', (int,), {'__slots__': ()})(3))
class SlotBase:
    __slots__ = ('a', '__weakref__')
attempt('weakref in base slots', lambda: type('T', (SlotBase,), {'__slots__': ('__weakref__',)}))
attempt('private slot', lambda: sorted(k for k in type('_Q', (), {'__slots__': ('__p',)}).__dict__ if 'p' in k))
