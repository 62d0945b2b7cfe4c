# __slots__ on subclasses of every builtin base: variable-size bases (int, bytes, tuple) refuse
# nonempty __slots__; the others allow them (and then instances have no __dict__).
import builtins, collections

bases = [object, int, bool, float, complex, str, bytes, bytearray, tuple, list, dict, set, frozenset,
         range, slice, memoryview, type, BaseException, Exception, OSError, KeyError, property,
         staticmethod, classmethod, super, enumerate, zip, map, filter, reversed,
         collections.OrderedDict, collections.defaultdict, collections.deque, collections.Counter]

for base in bases:
    for slots in (None, (), ('a',), ('__dict__',), ('__weakref__',), ('a', '__dict__')):
        try:
            C = type('C', (base,), {} if slots is None else {'__slots__': slots})
        except TypeError as e:
            print(base.__name__, slots, 'TypeError', e)
            continue
        print(base.__name__, slots, 'ok', '__dict__' in dir(C), hasattr(C, '__weakref__'),
              sorted(k for k in C.__dict__ if k not in ('__module__', '__doc__', '__firstlineno__', '__static_attributes__', '__qualname__')))

# class statements
try:
    class I(int):
        __slots__ = ('x',)
except TypeError as e:
    print('class I', type(e).__name__, e)

try:
    class T(tuple):
        __slots__ = 'x'
except TypeError as e:
    print('class T', type(e).__name__, e)

class T2(tuple):
    __slots__ = ()
t = T2((1, 2))
print(t, hasattr(t, '__dict__'))
try:
    t.z = 1
except AttributeError as e:
    print(type(e).__name__, e)

class B(bytes):
    __slots__ = ()
print(B(b'ab'), hasattr(B(b''), '__dict__'))

class D(dict):
    __slots__ = ('x', 'y')
d = D(a=1)
d.x = 5
print(d, d.x, hasattr(d, '__dict__'))
try:
    d.z = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    d.y
except AttributeError as e:
    print(type(e).__name__, e)
print(type(D.x).__name__, D.x.__name__, D.x.__objclass__.__name__)

class L(list):
    __slots__ = ('tag',)
l = L([1, 2])
l.tag = 't'
print(l, l.tag, hasattr(l, '__dict__'))
try:
    l.other = 1
except AttributeError as e:
    print(type(e).__name__, e)

class S(set):
    __slots__ = ('tag',)
s = S([1])
s.tag = 3
print(s, s.tag, hasattr(s, '__dict__'))
try:
    s.other = 1
except AttributeError as e:
    print(type(e).__name__, e)

class St(str):
    __slots__ = ('tag',)
st = St('hi')
st.tag = 1
print(st, st.tag, hasattr(st, '__dict__'))
try:
    st.other = 1
except AttributeError as e:
    print(type(e).__name__, e)

class F(float):
    __slots__ = ('tag',)
f = F(1.5)
f.tag = 2
print(f, f.tag, hasattr(f, '__dict__'))

class E(Exception):
    __slots__ = ('tag',)
e = E(1)
e.tag = 2
print(e, e.tag, hasattr(e, '__dict__'))
e.other = 3   # BaseException instances have a __dict__ already
print(e.other)

# A subclass of a slotted int subclass may still not add slots.
class I0(int):
    __slots__ = ()
try:
    class I1(I0):
        __slots__ = ('a',)
except TypeError as e:
    print('I1', type(e).__name__, e)
class I2(I0):
    pass
i2 = I2(5)
i2.anything = 1
print(i2, i2.anything)


# Slot values of built-in subclasses survive copying and pickling, and keep their values alive.
import copy, pickle, weakref, gc

class DS(dict):
    __slots__ = ('x', 'y')
ds = DS(k=1)
ds.x = [1, 2]
c = copy.copy(ds)
print(type(c).__name__, c, c.x, c.x is ds.x)
try:
    c.y
except AttributeError as e:
    print(type(e).__name__, e)
dc = copy.deepcopy(ds)
print(dc, dc.x, dc.x is ds.x)
p = pickle.loads(pickle.dumps(ds))
print(type(p).__name__, p, p.x)
del ds.x
try:
    del ds.x
except AttributeError as e:
    print(type(e).__name__, e)
print(hasattr(ds, 'x'))

class LS(list):
    __slots__ = ('tag',)
ls = LS([3])
ls.tag = 'z'
print(pickle.loads(pickle.dumps(ls)).tag, copy.copy(ls).tag)

class Witness:
    def __del__(self):
        print('Witness finalized')

class SetS(set):
    __slots__ = ('keep',)
holder = SetS()
holder.keep = Witness()
gc.collect()
print('still held')
r = weakref.ref(holder)
print(r() is holder)
try:
    weakref.ref(LS())
except TypeError as e:
    print(type(e).__name__, e)
class LSW(list):
    __slots__ = ('__weakref__',)
lsw = LSW()
print(weakref.ref(lsw)() is lsw)
holder.keep = None
print('dropped')
