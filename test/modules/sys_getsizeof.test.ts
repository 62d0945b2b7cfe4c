// sys.getsizeof and the built-in __sizeof__ methods: the sizes CPython 3.14 reports on 64-bit Linux.
// The oracle (pyodide) is a 32-bit CPython, so these figures were derived from CPython 3.14's structures
// (each checked against pyodide's 32-bit figure, field by field) and, where the layout did not change
// since 3.11, against the machine's 64-bit python3.11. Lists are sized as if made at their length in one
// step (pyrewind does not record CPython's over-allocation; see vm/modules/sys_sizeof.ts).
import { describe } from 'vitest';
import { describeProgram } from '../vm/describe_program.js';

const PROGRAM = String.raw`import sys
g = sys.getsizeof
def f(): pass
class Plain: pass
class WithInit:
    def __init__(self): self.a = 1; self.b = 2
class Slots2: __slots__ = ('x', 'y')
class NoSlots: __slots__ = ()
class SlotsDict: __slots__ = ('x', '__dict__')
class SlotsWeak: __slots__ = ('x', '__weakref__')
class SlotsSub(Slots2): __slots__ = ('z',)
class IntSub(int): pass
class StrSub(str): pass
class FloatSub(float): pass
class ListSub(list): pass
class TupleSub(tuple): pass
class DictSub(dict): pass
class Err(Exception): pass
class Sized:
    def __sizeof__(self): return 100
cases = [
    ('int 0', 0), ('int 1', 1), ('int -1', -1), ('int 2**30-1', 2**30 - 1), ('int 2**30', 2**30),
    ('int 2**53', 2**53), ('int 2**60', 2**60), ('int -2**90', -2**90), ('True', True), ('False', False),
    ('float', 1.5), ('complex', 1j), ('None', None), ('NotImplemented', NotImplemented), ('Ellipsis', ...),
    ('str empty', ''), ('str ascii 3', 'abc'), ('str latin1 4', '\xe9abc'), ('str ucs2 1', '\u0101'),
    ('str ucs4 1', '\U0001f600'), ('str ucs4 mixed', 'a\U0001f600b'),
    ('bytes empty', b''), ('bytes 3', b'abc'), ('bytearray empty', bytearray()), ('bytearray 3', bytearray(b'abc')),
    ('bytearray 10', bytearray(10)),
    ('tuple 0', ()), ('tuple 1', (1,)), ('tuple 3', (1, 2, 3)),
    ('list 0', []), ('list repeat 10', [0] * 10), ('list slice 3', [1, 2, 3, 4][:3]),
    ('dict 0', {}), ('dict str 1', {'a': 1}), ('dict int 1', {1: 1}),
    ('dict str 6', {str(i): i for i in range(6)}), ('dict int 6', dict.fromkeys(range(6))),
    ('dict int 100', {i: i for i in range(100)}),
    ('set 0', set()), ('set 3', {1, 2, 3}), ('set range 5', set(range(5))), ('frozenset range 100', frozenset(range(100))),
    ('range', range(10)), ('slice', slice(1, 2)), ('function', f), ('builtin', len), ('bound builtin', [].append),
    ('bound method', Sized().__sizeof__), ('property', property()), ('staticmethod', staticmethod(f)),
    ('module', sys), ('object', object()),
    ('Plain()', Plain()), ('WithInit()', WithInit()), ('Slots2()', Slots2()), ('NoSlots()', NoSlots()),
    ('SlotsDict()', SlotsDict()), ('SlotsWeak()', SlotsWeak()), ('SlotsSub()', SlotsSub()),
    ('IntSub(5)', IntSub(5)), ('StrSub(ab)', StrSub('ab')), ('FloatSub(1)', FloatSub(1.0)), ('ListSub()', ListSub()),
    ('TupleSub()', TupleSub()), ('DictSub()', DictSub()),
    ('ValueError()', ValueError()), ('StopIteration()', StopIteration()), ('OSError()', OSError()),
    ('Err()', Err()), ('Sized()', Sized()),
    ('iter list', iter([])), ('iter range', iter(range(3))), ('iter dict', iter({})), ('zip', zip()),
    ('enumerate', enumerate([])),
]
for name, v in cases:
    print(name, g(v))
print('int.__sizeof__', (2**40).__sizeof__(), 'tuple.__sizeof__', (1, 2).__sizeof__(), 'object.__sizeof__', object().__sizeof__())
try:
    g(type)
except NotImplementedError as e:
    print('type', e)
`;

const EXPECTED = String.raw`int 0 28
int 1 28
int -1 28
int 2**30-1 28
int 2**30 32
int 2**53 32
int 2**60 36
int -2**90 40
True 28
False 28
float 24
complex 32
None 16
NotImplemented 16
Ellipsis 16
str empty 41
str ascii 3 44
str latin1 4 61
str ucs2 1 60
str ucs4 1 64
str ucs4 mixed 72
bytes empty 33
bytes 3 36
bytearray empty 56
bytearray 3 60
bytearray 10 67
tuple 0 48
tuple 1 56
tuple 3 72
list 0 56
list repeat 10 136
list slice 3 80
dict 0 64
dict str 1 184
dict int 1 224
dict str 6 272
dict int 6 352
dict int 100 4688
set 0 216
set 3 216
set range 5 728
frozenset range 100 8408
range 48
slice 56
function 168
builtin 72
bound builtin 72
bound method 64
property 80
staticmethod 48
module 72
object 16
Plain() 48
WithInit() 48
Slots2() 48
NoSlots() 32
SlotsDict() 56
SlotsWeak() 56
SlotsSub() 56
IntSub(5) 60
StrSub(ab) 99
FloatSub(1) 56
ListSub() 72
TupleSub() 64
DictSub() 80
ValueError() 88
StopIteration() 96
OSError() 128
Err() 104
Sized() 132
iter list 48
iter range 40
iter dict 72
zip 64
enumerate 72
int.__sizeof__ 32 tuple.__sizeof__ 48 object.__sizeof__ 16
type sys.getsizeof(): pyrewind does not know the memory layout of 'type' objects
`;

describe('sys.getsizeof', () => {
  describeProgram('sys_getsizeof', PROGRAM, EXPECTED);
});
