# dir(): modules (native and Python) list their names, __dir__ protocol, classes, instances, sorting.
import math, sys, itertools, string, types

m = dir(math)
print(type(m).__name__, m == sorted(m), 'sqrt' in m, 'pi' in m, '__name__' in m, '__getattribute__' in m, '__class__' in m)
print([n for n in dir(itertools) if not n.startswith('_')][:8])
print('ascii_letters' in dir(string), 'mro' in dir(string))
print(dir(sys) == sorted(set(sys.__dict__)))

mod = types.ModuleType('fake')
mod.b = 1
mod.a = 2
print(dir(mod))
mod.__dir__ = lambda: ['zz', 'yy']
print(dir(mod))

class Meta(type):
    meta_attr = 1
    def meta_method(cls): pass
class Base:
    base_attr = 1
class K(Base, metaclass=Meta):
    k_attr = 2
    def __init__(self):
        self.inst = 3
d = dir(K)
print('meta_attr' in d, 'meta_method' in d, 'base_attr' in d, 'k_attr' in d, 'mro' in d, '__init__' in d, '__dict__' in d)
print([n for n in dir(K) if not n.startswith('__')])
print([n for n in dir(K()) if not n.startswith('__')])
print([n for n in dir(Meta) if not n.startswith('__')][:6])
print(dir(int) == sorted(dir(int)), 'mro' in dir(int), 'bit_length' in dir(int), '__add__' in dir(5))
print([n for n in dir(object) if not n.startswith('__')], len(dir(object)) > 20)

class Custom:
    def __dir__(self):
        return ('b', 'a', 'c')
print(dir(Custom()))
class Gen:
    def __dir__(self):
        return iter(['y', 'x'])
print(dir(Gen()))
class Bad:
    def __dir__(self):
        return 5
try:
    dir(Bad())
except TypeError as e:
    print('TypeError', e)
class Mixed:
    def __dir__(self):
        return ['a', 1]
try:
    dir(Mixed())
except TypeError as e:
    print('TypeError', e)
try:
    dir(1, 2)
except TypeError as e:
    print('TypeError', e)

def f():
    zeta = 1
    alpha = 2
    return dir()
print(f())
class Slots:
    __slots__ = ('p', 'q')
print([n for n in dir(Slots()) if not n.startswith('__')])
print(dir(None) == dir(type(None)), 'append' in dir([]), 'keys' in dir({}))
print([n for n in dir(3.5) if not n.startswith('_')])
print(['\u00e9', 'z', 'Z', '\U0001f600', '\uff21'] == sorted(['\u00e9', 'z', 'Z', '\U0001f600', '\uff21']))
o = Custom.__new__(Custom)
print(sorted(object.__dir__(K()))[:3], type(object.__dir__(K())).__name__)
print(type(type.__dir__(K)).__name__)
