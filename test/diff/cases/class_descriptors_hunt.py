# More class machinery: errors raised by __set_name__ and __init_subclass__, property copying methods,
# classmethod/staticmethod wrappers, __class_getitem__ implicit classmethod, class reprs and vars().
def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e, getattr(e, '__notes__', None))

class Bad:
    def __set_name__(self, owner, name):
        raise ValueError('no ' + name)
try:
    class Host:
        attr = Bad()
except ValueError as e:
    print('ValueError', e, getattr(e, '__notes__', None))
class Base:
    def __init_subclass__(cls):
        raise KeyError(cls.__name__)
try:
    class Sub(Base): pass
except KeyError as e:
    print('KeyError', e)
p = property(lambda s: 1)
p2 = p.setter(lambda s, v: None)
print(p is p2, p2.fset is not None, p.fset, type(p2).__name__)
class PSub(property): pass
q = PSub(lambda s: 2)
print(type(q.getter(lambda s: 3)).__name__)
class UsesQ:
    x = q
print(UsesQ().x)
print(property.__name__ if False else '', property(lambda s: 1, doc='D').__doc__)
def getter(self):
    "getter doc"
    return 1
print(property(getter).__doc__)
class CM:
    @classmethod
    def c(cls): return cls.__name__
    @staticmethod
    def s(x): return x * 2
    @classmethod
    @property
    def cp(cls): return 'cp'
print(CM.c(), CM().c(), CM.s(2), CM().s(3), type(CM.__dict__['c']).__name__, CM.__dict__['s'].__func__.__name__)
print(CM.__dict__['c'].__wrapped__.__name__, callable(CM.__dict__['s']), CM.__dict__['s'](5))
attempt('classmethod property', lambda: CM.cp)
class GI:
    def __class_getitem__(cls, x):
        return (cls.__name__, x)
class GI2(GI): pass
print(GI2[int], type(GI.__dict__['__class_getitem__']).__name__)
print(repr(CM.c).split(' of ')[0], repr(CM.s).split(' at ')[0])
print(vars(CM).keys() == CM.__dict__.keys(), list(vars(CM))[:3])
attempt('vars int', lambda: vars(1))
attempt('vars no arg type', lambda: type(vars()).__name__)
class Desc:
    def __get__(self, obj, objtype=None):
        return ('get', obj is None, objtype.__name__)
class Host2:
    d = Desc()
print(Host2.d, Host2().d)
class DataDesc:
    def __get__(self, obj, objtype=None): return 'data'
    def __set__(self, obj, v): print('set', v)
class Host3:
    d = DataDesc()
h = Host3()
h.__dict__['d'] = 'instance'
print(h.d)
h.d = 5
class NonData:
    def __get__(self, obj, objtype=None): return 'nondata'
class Host4:
    d = NonData()
h4 = Host4()
h4.__dict__['d'] = 'instance'
print(h4.d, Host4.d)
class OnlySet:
    def __set__(self, obj, v): print('only set', v)
class Host5:
    d = OnlySet()
h5 = Host5()
print(type(h5.d).__name__)
h5.d = 1
h5.__dict__['d'] = 'inst'
print(h5.d)
class OnlyDelete:
    def __delete__(self, obj): print('delete called')
class Host6:
    d = OnlyDelete()
del Host6().d
attempt('set only delete', lambda: setattr(Host6(), 'd', 1))
p = property(lambda s: 1)
print(p.__name__ if hasattr(p, "__name__") else "none")
class C:
    @property
    def cp(self): return 1
print(C.cp.__name__, C.cp.__qualname__ if hasattr(C.cp, "__qualname__") else "noq")
print(property(lambda s: 1).__name__)
try:
    property().__name__
except AttributeError as e: print(e)
p = property(lambda s: 1); p.__name__ = "zz"; print(p.__name__)
