# type.__basicsize__, __itemsize__, __dictoffset__, __weakrefoffset__ and __flags__. The oracle is a
# 32-bit CPython, so sizes and offsets are not printed as numbers (pyrewind reports a 64-bit CPython's):
# only their signs and relations that hold for any word size, the itemsizes that are not pointer-sized
# (int, bytes, code), and __flags__, whose bits do not depend on the word size.
import abc, collections, enum, sys, types

class A: pass
class B: __slots__ = ('x', 'y')
class C(B): __slots__ = ('z',)
class D(int): pass
class E(tuple): pass
class F(dict): pass
class G: __slots__ = ()
class H: __slots__ = ('__dict__',)
class W: __slots__ = ('__weakref__',)
class X(Exception): pass
class M(type): pass
class M2(type):
    def __call__(cls): pass
class L(list): pass
class S(set): pass
class Ab(abc.ABC):
    @abc.abstractmethod
    def f(self): pass
class Co(Ab):
    def f(self): pass
class B2(B): pass
class En(enum.Enum):
    A = 1
class St(str): pass
class Fl(float): pass
class Ob(collections.OrderedDict): pass
class Dq(collections.deque): pass
class Ex(OSError): pass
class Ca:
    def __call__(self): pass
class H2:
    __slots__ = ('__dict__', '__weakref__', 'a')
class By(bytes): pass

def sign(n):
    return '+' if n > 0 else '-' if n < 0 else '0'

WORD_SIZED_ITEMS = (tuple, type, memoryview, types.FrameType, E, M, M2, abc.ABCMeta, enum.EnumType)
for t in (object, int, bool, float, complex, str, bytes, bytearray, tuple, list, dict, set, frozenset, type,
          range, slice, memoryview, BaseException, Exception, OSError, SyntaxError, StopIteration, KeyError,
          ExceptionGroup, BaseExceptionGroup, UnicodeDecodeError, ImportError, property, staticmethod,
          classmethod, super, enumerate, zip, map, filter, reversed, collections.OrderedDict, collections.deque,
          collections.defaultdict, type(None), type(NotImplemented), type(...), type(len), type(lambda: 0),
          types.FrameType, types.CodeType, types.ModuleType, types.MethodType, types.TracebackType, types.CellType,
          types.MappingProxyType, types.SimpleNamespace, type({}.keys()), type(iter([])),
          A, B, C, D, E, F, G, H, W, X, M, M2, L, S, Ab, Co, B2, En, St, Fl, Ob, Dq, Ex, Ca, H2, By,
          abc.ABCMeta, enum.EnumType):
    item = 'word' if t in WORD_SIZED_ITEMS else t.__itemsize__
    print(t.__name__, t.__basicsize__ > 0, item, sign(t.__dictoffset__), sign(t.__weakrefoffset__), hex(t.__flags__))

# Each slot adds one pointer; a class adding nothing keeps its base's size.
ptr = tuple.__itemsize__
print((B.__basicsize__ - G.__basicsize__) == 2 * ptr, C.__basicsize__ - B.__basicsize__ == ptr)
print(G.__basicsize__ == object.__basicsize__, A.__basicsize__ == object.__basicsize__)
print(B2.__basicsize__ == B.__basicsize__, D.__basicsize__ == int.__basicsize__, X.__basicsize__ == Exception.__basicsize__)
print(H2.__basicsize__ - object.__basicsize__ == ptr, M.__basicsize__ == type.__basicsize__)
print(Ex.__dictoffset__ == OSError.__dictoffset__, Ob.__dictoffset__ == collections.OrderedDict.__dictoffset__)
print(S.__weakrefoffset__ == set.__weakrefoffset__, Dq.__weakrefoffset__ == collections.deque.__weakrefoffset__)
print(A.__dictoffset__, A.__weakrefoffset__ == -4 * ptr, X.__weakrefoffset__ == -4 * ptr)
print(OSError.__basicsize__ - BaseException.__basicsize__ == 5 * ptr, StopIteration.__basicsize__ - BaseException.__basicsize__ == ptr)
print(type(int.__itemsize__).__name__, type(int.__flags__).__name__)

# Flag bits Python code tests.
print(bool(A.__flags__ & (1 << 9)), bool(int.__flags__ & (1 << 9)), bool(Ab.__flags__ & (1 << 20)), bool(Co.__flags__ & (1 << 20)))
class Later:
    pass
Later.__abstractmethods__ = frozenset({'f'})
print(bool(Later.__flags__ & (1 << 20)))
Later.__abstractmethods__ = frozenset()
print(bool(Later.__flags__ & (1 << 20)))

# The descriptors: read-only members of type.
for name in ('__basicsize__', '__itemsize__', '__flags__', '__weakrefoffset__', '__dictoffset__'):
    d = type.__dict__[name]
    print(name, type(d).__name__, repr(d), d.__doc__)
for stmt in ('A.__flags__ = 5', 'del A.__basicsize__', 'A.__dictoffset__ = 0'):
    try:
        exec(stmt)
    except Exception as e:
        print(stmt, type(e).__name__, e)
