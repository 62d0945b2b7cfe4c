// Checks memoryview (vm/objects/memoryview.ts) against CPython 3.14: attributes, slicing with steps,
// tolist/tobytes/hex, comparisons and hash, casts (formats and shapes), writes through to a bytearray,
// release and the context manager, with CPython's messages. Expected lines printed by pyodide 3.14.2.
import { describe } from 'vitest';
import { describeProgram } from '../vm/describe_program.js';

const PROGRAM = String.raw`def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
m = memoryview(b"abcdef")
show('attrs', lambda: (m.format, m.itemsize, m.nbytes, m.readonly, m.ndim, m.shape, m.strides, m.suboffsets, m.c_contiguous, m.f_contiguous, m.contiguous, m.obj))
s = m[1:5:2]
show('step slice', lambda: (s.tobytes(), s.shape, s.strides, s.contiguous, s.nbytes, len(s), s.tolist(), list(s), s.hex()))
show('hex sep', lambda: (m.hex(':', 2), m.hex('-')))
show('negative slice', lambda: (m[::-1].tolist(), m[::-1].tobytes(), m[-2:].tobytes(), m[10:].tobytes()))
show('index', lambda: (m[0], m[-1], m.index(98), m.count(97), 98 in m))
show('eq', lambda: (m == b"abcdef", m == bytearray(b"abcdef"), m == memoryview(b"abcdef"), m == "abcdef", m != b"x", m[::2] == b"ace"))
show('hash', lambda: hash(m) == hash(b"abcdef"))
show('hash writable', lambda: hash(memoryview(bytearray(b'a'))))
for label, f in [('out of range', lambda: m[10]), ('negative out of range', lambda: m[-7]), ('str key', lambda: m['a']),
                 ('tuple key', lambda: m[1, 2]), ('ellipsis', lambda: m[...]), ('readonly set', lambda: m.__setitem__(0, 1)),
                 ('not bytes-like', lambda: memoryview("abc")), ('int', lambda: memoryview(5)), ('no arg', lambda: memoryview()),
                 ('delete', lambda: m.__delitem__(0)), ('lt', lambda: m < m), ('pickle', lambda: m.__reduce__())]:
    show(label, f)
show('cast I', lambda: memoryview(b'abcdefgh').cast('I').tolist())
show('cast I item', lambda: memoryview(b'abcdefgh').cast('I')[1])
show('cast c', lambda: m.cast('c').tolist())
show('cast shape', lambda: m.cast('B', (2, 3)).tolist())
show('cast shape attrs', lambda: (m.cast('B', [3, 2]).shape, m.cast('B', [3, 2]).strides, m.cast('B', [3, 2]).ndim))
show('cast back', lambda: memoryview(b'abcdefgh').cast('I').cast('b').tolist())
show('cast q d', lambda: (memoryview(bytes(range(8))).cast('q').tolist(), memoryview(b'\x00\x00\x00\x00\x00\x00\xf0?').cast('d').tolist()))
show('cast errors 1', lambda: m.cast('I'))
show('cast errors 2', lambda: m.cast('x'))
show('cast errors 3', lambda: m[::2].cast('B'))
show('cast errors 4', lambda: memoryview(b'abcdefgh').cast('I').cast('H'))
show('cast errors 5', lambda: m.cast('B', (4, 2)))
show('toreadonly', lambda: (memoryview(bytearray(b'a')).toreadonly().readonly, m.tobytes('A'), m.tobytes(order=None)))
show('tobytes bad order', lambda: m.tobytes(order='X'))
show('class getitem', lambda: memoryview[int])
b = bytearray(b"hello")
mv = memoryview(b)
mv[0] = 72
mv[1:3] = b"EL"
mv[-1] = ord('O')
show('write through', lambda: (b, mv.readonly, mv.tobytes()))
show('bad value', lambda: mv.__setitem__(0, 256))
show('bad type', lambda: mv.__setitem__(0, 'a'))
show('bad structure', lambda: mv.__setitem__(slice(0, 2), b'abc'))
show('negative value', lambda: mv.__setitem__(0, -1))
show('step assignment', lambda: (mv.__setitem__(slice(0, 5, 2), b'xyz'), b)[1])
mv.release()
show('released repr', lambda: repr(mv)[:17])
for label, f in [('released index', lambda: mv[0]), ('released len', lambda: len(mv)), ('released tobytes', lambda: mv.tobytes()),
                 ('released format', lambda: mv.format), ('released eq', lambda: mv == mv), ('release twice', lambda: mv.release())]:
    show(label, f)
with memoryview(b"xy") as v:
    show('with', lambda: v.tobytes())
show('after with', lambda: (v == v, v != v))
show('after with tolist', lambda: v.tolist())
w = memoryview(bytearray(b'abc'))
w2 = w[1:]
w.release()
show('view of released', lambda: w2.tobytes())
show('nested', lambda: memoryview(memoryview(b'abc')[1:]).tobytes())
show('iter', lambda: (list(iter(memoryview(b'ab'))), [x for x in memoryview(b'\x01\x02').cast('b')]))
show('float set', lambda: (lambda z: (z.__setitem__(0, 1.5), z.tolist())[1])(memoryview(bytearray(8)).cast('d')))
`;

const EXPECTED = String.raw`attrs ('B', 1, 6, True, 1, (6,), (1,), (), True, True, True, b'abcdef')
step slice (b'bd', (2,), (2,), False, 2, 2, [98, 100], [98, 100], '6264')
hex sep ('6162:6364:6566', '61-62-63-64-65-66')
negative slice ([102, 101, 100, 99, 98, 97], b'fedcba', b'ef', b'')
index (97, 102, 1, 1, True)
eq (True, True, True, False, True, True)
hash True
hash writable ValueError cannot hash writable memoryview object
out of range IndexError index out of bounds on dimension 1
negative out of range IndexError index out of bounds on dimension 1
str key TypeError memoryview: invalid slice key
tuple key TypeError cannot index 1-dimension view with 2-element tuple
ellipsis TypeError memoryview: invalid slice key
readonly set TypeError cannot modify read-only memory
not bytes-like TypeError memoryview: a bytes-like object is required, not 'str'
int TypeError memoryview: a bytes-like object is required, not 'int'
no arg TypeError memoryview() missing required argument 'object' (pos 1)
delete TypeError cannot modify read-only memory
lt TypeError '<' not supported between instances of 'memoryview' and 'memoryview'
pickle TypeError cannot pickle 'memoryview' object
cast I [1684234849, 1751606885]
cast I item 1751606885
cast c [b'a', b'b', b'c', b'd', b'e', b'f']
cast shape [[97, 98, 99], [100, 101, 102]]
cast shape attrs ((3, 2), (2, 1), 2)
cast back [97, 98, 99, 100, 101, 102, 103, 104]
cast q d ([506097522914230528], [1.0])
cast errors 1 TypeError memoryview: length is not a multiple of itemsize
cast errors 2 ValueError memoryview: destination format must be a native single character format prefixed with an optional '@'
cast errors 3 TypeError memoryview: casts are restricted to C-contiguous views
cast errors 4 TypeError memoryview: cannot cast between two non-byte formats
cast errors 5 TypeError memoryview: product(shape) * itemsize != buffer size
toreadonly (True, b'abcdef', b'abcdef')
tobytes bad order ValueError order must be 'C', 'F' or 'A'
class getitem memoryview[int]
write through (bytearray(b'HELlO'), False, b'HELlO')
bad value ValueError memoryview: invalid value for format 'B'
bad type TypeError memoryview: invalid type for format 'B'
bad structure ValueError memoryview assignment: lvalue and rvalue have different structures
negative value ValueError memoryview: invalid value for format 'B'
step assignment bytearray(b'xEylz')
released repr '<released memory '
released index ValueError operation forbidden on released memoryview object
released len ValueError operation forbidden on released memoryview object
released tobytes ValueError operation forbidden on released memoryview object
released format ValueError operation forbidden on released memoryview object
released eq True
release twice None
with b'xy'
after with (True, False)
after with tolist ValueError operation forbidden on released memoryview object
view of released b'bc'
nested b'bc'
iter ([97, 98], [1, 2])
float set [1.5]
`;

describe('memoryview', () => {
  describeProgram('memoryview', PROGRAM, EXPECTED);
});
