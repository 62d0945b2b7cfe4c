// Checks the _weakref module (ref and its subclasses, proxies, getweakrefcount/getweakrefs, which
// objects can be weakly referenced, reprs and argument errors) against CPython 3.14: the expected
// lines were printed by CPython (pyodide 3.14.2) running the same program, which imports _weakref
// directly (weakref.py is not involved). The program keeps alive every reference whose identity or
// count it checks, so pyrewind's known difference (references never die) does not show here.
import { describe } from 'vitest';
import { describeProgram } from '../vm/describe_program.js';

const PROGRAM = String.raw`import _weakref, _thread, sys
from _weakref import ref, proxy, getweakrefcount, getweakrefs, ReferenceType, ProxyType, CallableProxyType
from _collections import deque, defaultdict
from _functools import partial
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
def kind(label, f):
    # Only the exception type: CPython names these types 'weakref.ReferenceType' in messages.
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__)
def clean(s, *objs):
    for o in objs:
        s = s.replace(hex(id(o)), 'X')
    return s
class A: pass
def f(): pass
def gen(): yield 1
class I(int): pass
class T(tuple): pass
class S(str): pass
class L(list): pass
class D(dict): pass
class Bt(bytes): pass
class F(float): pass
class E(Exception): pass
class Sl: __slots__ = ()
class Sl2(Sl): pass
class Sl3(L): __slots__ = ()
class Sl4: __slots__ = ('x', '__weakref__')
for v in [1, 'x', (), [], {}, object(), None, 1.5, b'', ValueError(), len, A, set(), frozenset(), sys, f, [].append,
          iter([]), range(3), slice(1), property(), staticmethod(len), classmethod(len), I(1), T(), S('a'), L(), D(),
          Bt(), F(1.0), E(), Sl(), Sl2(), Sl3(), Sl4(), gen(), f.__code__, deque(), defaultdict(), partial(len),
          _thread.allocate_lock(), _thread.RLock(), _thread._local(), True, 10**30, complex(1, 2), bytearray(),
          Ellipsis, NotImplemented, object.__init__, int.bit_length, A().__init__ if False else A.__init__]:
    try:
        ref(v)
        print(type(v).__name__, 'ok')
    except TypeError as e:
        print(e)
a = A()
r = ref(a)
show('call', lambda: (r() is a, ref(a) is r, ref(a, None) is r, ref(a, lambda x: 0) is r))
show('type', lambda: (type(r) is ReferenceType, ref is ReferenceType, ReferenceType.__name__, ReferenceType.__module__))
show('repr', lambda: clean(repr(r), r, a))
rf, rA, rl, rs = ref(f), ref(A), ref(len), ref(sys)
show('repr named', lambda: clean(repr(rf), rf, f))
show('repr class', lambda: clean(repr(rA), rA, A))
show('repr builtin', lambda: clean(repr(rl), rl, len))
show('repr module', lambda: clean(repr(rs), rs, sys))
B = type('B', (), {'__module__': 'pkg.mod'})
b = B()
rb = ref(b)
show('repr qualified', lambda: clean(repr(rb), rb, b))
show('eq', lambda: (r == ref(a), r != ref(a), r == ref(A), r == 1, r != 1, r.__eq__(1)))
show('hash', lambda: (hash(r) == hash(a), hash(ref(f)) == hash(f)))
show('callback attr', lambda: (r.__callback__, ref(A, len).__callback__ is len))
show('args none', lambda: ref())
show('args many', lambda: ref(a, None, 3))
show('call args', lambda: r(1))
show('count none', lambda: (getweakrefcount(1), getweakrefs(1), getweakrefcount(object())))
class Unhash:
    __hash__ = None
u = Unhash()
show('hash unhashable referent', lambda: hash(ref(u)))
class K(ref):
    __slots__ = ('key',)
    def __new__(t, ob, cb, key):
        self = ref.__new__(t, ob, cb)
        self.key = key
        return self
    def __init__(self, ob, cb, key):
        super().__init__(ob, cb)
k = K(a, None, 'kk')
show('subclass', lambda: (k.key, k() is a, type(k).__name__, k == ref(a), hash(k) == hash(a), k is ref(a), isinstance(k, ref)))
show('subclass repr', lambda: clean(repr(k), k, a))
class WithDict(ref): pass
w = WithDict(a)
w.note = 1
show('subclass dict', lambda: (w.note, w() is a, w is not r))
kind('new check', lambda: ref.__new__(int, a))
class P:
    def __init__(self): self.v = [1, 2]
    def __len__(self): return 7
    def __getitem__(self, i): return i * 2
    def __call__(self, x): return x + 1
    def __add__(self, o): return 'add'
    def __iter__(self): return iter([1, 2])
    def __bool__(self): return False
    def __repr__(self): return 'P!'
    def __eq__(self, o): return 'eq'
    def __lt__(self, o): return 'lt'
    def __neg__(self): return 'neg'
    def __contains__(self, x): return x == 3
    __hash__ = object.__hash__
pp = P()
q = proxy(pp)
show('proxy type', lambda: (type(q).__name__, type(proxy(a)).__name__, ProxyType.__module__, proxy(pp) is q))
show('proxy ops', lambda: (len(q), q[3], q(4), q + 1, list(q), bool(q), str(q), q.v, 3 in q, 4 in q, q == 1, q < 1, -q))
show('proxy radd', lambda: 1 + q)
pa0 = proxy(a)
show('proxy repr', lambda: clean(repr(pa0), pa0, a))
kind('proxy hash', lambda: hash(proxy(a)))
show('proxy class', lambda: q.__class__)
pa = proxy(a)
pa.x = 5
show('proxy setattr', lambda: (a.x, pa.x))
del pa.x
show('proxy delattr', lambda: hasattr(a, 'x'))
class N:
    def __init__(self): self.n = 10
    def __iadd__(self, o): self.n += o; return self
    def __index__(self): return 3
    def __int__(self): return 4
    def __float__(self): return 2.5
    def __abs__(self): return 'abs'
n = N()
pn = proxy(n)
show('proxy numbers', lambda: (int(pn), float(pn), abs(pn), [0, 1, 2, 3][pn], divmod(7, 2)))
show('proxy next', lambda: next(proxy(a)))
it = iter([1, 2])
class ItHolder:
    def __init__(self): self.it = iter([1, 2])
    def __next__(self): return next(self.it)
    def __iter__(self): return self
ih = ItHolder()
pi = proxy(ih)
show('proxy next ok', lambda: (next(pi), next(pi)))
show('proxy count', lambda: (getweakrefcount(pp) >= 1, q in getweakrefs(pp)))
show('proxy args', lambda: proxy())
show('remove dead', lambda: _weakref._remove_dead_weakref({'x': r}, 'x'))
show('remove dead missing', lambda: _weakref._remove_dead_weakref({}, 'x'))
show('remove dead type', lambda: _weakref._remove_dead_weakref([], 'x'))
kind('lt', lambda: r < r)
`;

const EXPECTED = String.raw`cannot create weak reference to 'int' object
cannot create weak reference to 'str' object
cannot create weak reference to 'tuple' object
cannot create weak reference to 'list' object
cannot create weak reference to 'dict' object
cannot create weak reference to 'object' object
cannot create weak reference to 'NoneType' object
cannot create weak reference to 'float' object
cannot create weak reference to 'bytes' object
cannot create weak reference to 'ValueError' object
builtin_function_or_method ok
type ok
set ok
frozenset ok
module ok
function ok
builtin_function_or_method ok
cannot create weak reference to 'list_iterator' object
cannot create weak reference to 'range' object
cannot create weak reference to 'slice' object
cannot create weak reference to 'property' object
cannot create weak reference to 'staticmethod' object
cannot create weak reference to 'classmethod' object
cannot create weak reference to 'I' object
cannot create weak reference to 'T' object
S ok
L ok
D ok
cannot create weak reference to 'Bt' object
F ok
E ok
cannot create weak reference to 'Sl' object
Sl2 ok
Sl3 ok
Sl4 ok
generator ok
code ok
deque ok
cannot create weak reference to 'collections.defaultdict' object
partial ok
lock ok
RLock ok
_local ok
cannot create weak reference to 'bool' object
cannot create weak reference to 'int' object
cannot create weak reference to 'complex' object
cannot create weak reference to 'bytearray' object
cannot create weak reference to 'ellipsis' object
cannot create weak reference to 'NotImplementedType' object
cannot create weak reference to 'wrapper_descriptor' object
cannot create weak reference to 'method_descriptor' object
cannot create weak reference to 'wrapper_descriptor' object
call (True, True, True, False)
type (True, True, 'ReferenceType', 'weakref')
repr "<weakref at X; to 'A' at X>"
repr named "<weakref at X; to 'function' at X (f)>"
repr class "<weakref at X; to 'type' at X (A)>"
repr builtin "<weakref at X; to 'builtin_function_or_method' at X (len)>"
repr module "<weakref at X; to 'module' at X>"
repr qualified "<weakref at X; to 'pkg.mod.B' at X>"
eq (True, False, False, False, True, NotImplemented)
hash (True, True)
callback attr (None, True)
args none TypeError __new__ expected at least 1 argument, got 0
args many TypeError __new__ expected at most 2 arguments, got 3
call args TypeError weakref expected 0 arguments, got 1
count none (0, [], 0)
hash unhashable referent TypeError unhashable type: 'Unhash'
subclass ('kk', True, 'K', True, True, False, True)
subclass repr "<weakref at X; to 'A' at X>"
subclass dict (1, True, True)
new check TypeError
proxy type ('CallableProxyType', 'ProxyType', 'weakref', True)
proxy ops (7, 6, 5, 'add', [1, 2], False, 'P!', [1, 2], True, False, 'eq', 'lt', 'neg')
proxy radd TypeError unsupported operand type(s) for +: 'int' and 'P'
proxy repr "<weakproxy at X; to 'A' at X>"
proxy hash TypeError
proxy class <class '__main__.P'>
proxy setattr (5, 5)
proxy delattr False
proxy numbers (4, 2.5, 'abs', 3, (3, 1))
proxy next TypeError Weakref proxy referenced a non-iterator 'A' object
proxy next ok (1, 2)
proxy count (True, True)
proxy args TypeError proxy expected at least 1 argument, got 0
remove dead None
remove dead missing None
remove dead type TypeError _remove_dead_weakref() argument 1 must be dict, not list
lt TypeError
`;

describe('_weakref', () => {
  describeProgram('_weakref', PROGRAM, EXPECTED);
});

// A referent dies when the program drops it: the ref goes dead, its callback runs, the proxy raises.
const DIES_PROGRAM = String.raw`import _weakref
class A: pass
calls = []
a = A()
r = _weakref.ref(a, calls.append)
p = _weakref.proxy(a)
del a
print(r() is None, len(calls), calls[0] is r, r.__callback__)
try:
    p.__class__
except ReferenceError as e:
    print('ReferenceError', e)
`;

describe('_weakref referents die', () => {
  describeProgram('_weakref dies', DIES_PROGRAM, `True 1 True None
ReferenceError weakly-referenced object no longer exists
`);
});
