// Checks the _struct module (vm/modules/struct.ts) through struct.py against CPython 3.14: the expected
// lines of the standard-size program were printed by pyodide 3.14.2 running it. pyodide is a 32-bit
// build, so the native ('@') sizes and layouts come from a 64-bit CPython (3.11, whose struct layout is
// unchanged) and the native range messages from pyodide only where they do not depend on word size.
import { describe } from 'vitest';
import { describeProgram } from '../vm/describe_program.js';

const STANDARD = String.raw`import struct, _struct
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
show('p1', lambda: struct.pack('<bBhHiIlLqQ', -1, 255, -2, 65535, -3, 2**32-1, -4, 5, -2**63, 2**64-1))
show('p2', lambda: struct.pack('>bBhHiIlLqQ', -1, 255, -2, 65535, -3, 2**32-1, -4, 5, -2**63, 2**64-1))
show('p3', lambda: struct.pack('!3sc?x2p5p', b'abcd', b'z', 7, b'hello', b'hi'))
show('p4', lambda: struct.pack('<efd', 1.5, -0.1, 3.141592653589793))
show('p5', lambda: struct.pack('>e', 65504.0))
show('p6', lambda: struct.pack('<e', 65520.0))
show('p6b', lambda: struct.pack('<e', 1e-8))
show('p6c', lambda: struct.pack('<eee', float('inf'), float('-inf'), 5.960464477539063e-08))
show('p7', lambda: struct.pack('<f', 1e40))
show('p7b', lambda: struct.pack('<f', float('inf')))
show('p8', lambda: struct.pack('<d', float('nan'))[-2:])
show('u1', lambda: struct.unpack('<bBhHiIlLqQ', struct.pack('<bBhHiIlLqQ', -1, 255, -2, 65535, -3, 2**32-1, -4, 5, -2**63, 2**64-1)))
show('u2', lambda: struct.unpack('>efd', struct.pack('>efd', 1.5, -0.1, 3.141592653589793)))
show('u3', lambda: struct.unpack('<3sc?x2p5p', b'abcz\x02\x00\x01h\x04hell'))
show('u4', lambda: struct.unpack('<eee', b'\x00\x7c\x00\xfc\x01\x00'))
show('u5', lambda: struct.unpack('<4?', b'\x00\x01\x02\xff'))
show('cs', lambda: [struct.calcsize(f) for f in ['<i', '>3s2x', '!q', '=e', '<0s', '10p', '<2i3h']])
show('e1', lambda: struct.pack('<b', 128))
show('e2', lambda: struct.pack('<B', -1))
show('e3', lambda: struct.pack('<h', 2**15))
show('e4', lambda: struct.pack('<H', 2**16))
show('e5', lambda: struct.pack('<i', 2**31))
show('e6', lambda: struct.pack('<I', -1))
show('e7', lambda: struct.pack('<q', 2**63))
show('e8', lambda: struct.pack('<Q', -1))
show('e9', lambda: struct.pack('<l', 2**31))
show('e10', lambda: struct.pack('<i', 1.5))
show('e11', lambda: struct.pack('<i', '1'))
show('e12', lambda: struct.pack('<d', 'x'))
show('e13', lambda: struct.pack('<c', b'ab'))
show('e14', lambda: struct.pack('<s', 'ab'))
show('e15', lambda: struct.pack('<ii', 1))
show('e16', lambda: struct.pack('<i', 1, 2))
show('e17', lambda: struct.pack('<y', 1))
show('e18', lambda: struct.pack('<n', 1))
show('e19', lambda: struct.pack('<3', 1))
show('e20', lambda: struct.unpack('<i', b'abc'))
show('e21', lambda: struct.unpack_from('<i', b'abc', 1))
show('e22', lambda: struct.unpack_from('<i', b'abcdef', -10))
show('e23', lambda: struct.pack_into('<i', bytearray(5), 2, 1))
show('e24', lambda: struct.pack_into('<i', bytearray(5), -10, 1))
show('e25', lambda: list(struct.iter_unpack('<i', b'abcde')))
show('e26', lambda: list(struct.iter_unpack('<0s', b'')))
show('e27', lambda: struct.Struct(3))
show('e28', lambda: struct.pack('<e', 1e6))
show('e29', lambda: struct.pack())
show('e30', lambda: struct.unpack('<i'))
show('e31', lambda: struct.calcsize('<99999999999999999999i'))
show('e32', lambda: struct.pack('<i', 2**100))
show('e33', lambda: struct.pack('<c', 1))
show('e34', lambda: struct.pack('<?', []))
show('e35', lambda: struct.pack_into('<i', b'xxxx', 0, 1))
show('e36', lambda: struct.unpack('<i', 'abcd'))
show('e37', lambda: struct.pack('<p', 'x'))
class I:
    def __index__(self): return 7
class F:
    def __float__(self): return 2.5
show('idx', lambda: struct.pack('<iQd', I(), I(), F()))
show('idx2', lambda: struct.pack('<d', I()))
s = struct.Struct('>hi')
show('S', lambda: (s.format, s.size, s.pack(1, 2), s.unpack(b'\x00\x01\x00\x00\x00\x02'), repr(s)))
show('Sb', lambda: struct.Struct(b'<q').format)
ba = bytearray(10)
struct.pack_into('<hh', ba, 2, 1, -1)
show('pi', lambda: bytes(ba))
struct.pack_into('<h', ba, -2, 0x4142)
show('pi2', lambda: bytes(ba))
show('uf', lambda: struct.unpack_from('<h', ba, offset=2))
show('uf2', lambda: struct.unpack_from('<h', buffer=ba, offset=-2))
show('uf3', lambda: struct.unpack_from('<h', memoryview(b'\x01\x02')))
it = struct.iter_unpack('<h', b'\x01\x00\x02\x00\x03\x00')
show('it', lambda: (it.__length_hint__(), next(it), it.__length_hint__(), list(it)))
show('ws', lambda: struct.calcsize(' < i  h '))
show('ws2', lambda: struct.pack('< 2 h', 1, 2))
show('err', lambda: (struct.error.__name__, struct.error.__module__, issubclass(struct.error, Exception)))
show('big', lambda: struct.unpack('>Q', b'\xff'*8))
show('bigq', lambda: struct.unpack('<q', b'\x00'*7 + b'\x80'))
show('sm', lambda: struct.unpack('<q', b'\x05' + b'\x00'*7))
show('bool', lambda: struct.pack('<3?', 0, 'x', None))
show('pad', lambda: struct.pack('<3x'))
show('s0', lambda: struct.pack('<0s5s', b'x', b'ab'))
show('p0', lambda: struct.pack('<1p3p', b'xy', b'a'*300))
show('p255', lambda: len(struct.pack('300p', b'a'*300)), )
show('p255b', lambda: struct.pack('300p', b'a'*300)[0])
show('ba', lambda: struct.pack('<3s', bytearray(b'xy')))
show('nan', lambda: struct.unpack('<e', struct.pack('<e', float('nan'))))
show('round', lambda: struct.pack('<e', 1.00048828125))
show('round2', lambda: struct.pack('<e', 1.00146484375))
show('sub', lambda: struct.unpack('<e', b'\x01\x00')[0] == 2**-24)
show('fround', lambda: struct.unpack('<f', struct.pack('<f', 0.1)))
show('cache', lambda: struct._clearcache())
show('type', lambda: (type(struct.Struct('i')).__name__, type(it).__name__))
`;

const STANDARD_EXPECTED = String.raw`p1 b'\xff\xff\xfe\xff\xff\xff\xfd\xff\xff\xff\xff\xff\xff\xff\xfc\xff\xff\xff\x05\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x80\xff\xff\xff\xff\xff\xff\xff\xff'
p2 b'\xff\xff\xff\xfe\xff\xff\xff\xff\xff\xfd\xff\xff\xff\xff\xff\xff\xff\xfc\x00\x00\x00\x05\x80\x00\x00\x00\x00\x00\x00\x00\xff\xff\xff\xff\xff\xff\xff\xff'
p3 b'abcz\x01\x00\x01h\x02hi\x00\x00'
p4 b'\x00>\xcd\xcc\xcc\xbd\x18-DT\xfb!\t@'
p5 b'{\xff'
p6 OverflowError float too large to pack with e format
p6b b'\x00\x00'
p6c b'\x00|\x00\xfc\x01\x00'
p7 OverflowError float too large to pack with f format
p7b b'\x00\x00\x80\x7f'
p8 b'\xf8\x7f'
u1 (-1, 255, -2, 65535, -3, 4294967295, -4, 5, -9223372036854775808, 18446744073709551615)
u2 (1.5, -0.10000000149011612, 3.141592653589793)
u3 (b'abc', b'z', True, b'h', b'hell')
u4 (inf, -inf, 5.960464477539063e-08)
u5 (False, True, True, True)
cs [4, 5, 8, 2, 0, 10, 14]
e1 error 'b' format requires -128 <= number <= 127
e2 error 'B' format requires 0 <= number <= 255
e3 error 'h' format requires -32768 <= number <= 32767
e4 error 'H' format requires 0 <= number <= 65535
e5 error 'i' format requires -2147483648 <= number <= 2147483647
e6 error 'I' format requires 0 <= number <= 4294967295
e7 error 'q' format requires -9223372036854775808 <= number <= 9223372036854775807
e8 error 'Q' format requires 0 <= number <= 18446744073709551615
e9 error 'l' format requires -2147483648 <= number <= 2147483647
e10 error required argument is not an integer
e11 error required argument is not an integer
e12 error required argument is not a float
e13 error char format requires a bytes object of length 1
e14 error argument for 's' must be a bytes object
e15 error pack expected 2 items for packing (got 1)
e16 error pack expected 1 items for packing (got 2)
e17 error bad char in struct format
e18 error bad char in struct format
e19 error repeat count given without format specifier
e20 error unpack requires a buffer of 4 bytes
e21 error unpack_from requires a buffer of at least 5 bytes for unpacking 4 bytes at offset 1 (actual buffer size is 3)
e22 error offset -10 out of range for 6-byte buffer
e23 error pack_into requires a buffer of at least 6 bytes for packing 4 bytes at offset 2 (actual buffer size is 5)
e24 error offset -10 out of range for 5-byte buffer
e25 error iterative unpacking requires a buffer of a multiple of 4 bytes
e26 error cannot iteratively unpack with a struct of length 0
e27 TypeError Struct() argument 1 must be a str or bytes object, not int
e28 OverflowError float too large to pack with e format
e29 TypeError missing format argument
e30 TypeError unpack expected 2 arguments, got 1
e31 error total struct size too long
e32 error 'i' format requires -2147483648 <= number <= 2147483647
e33 error char format requires a bytes object of length 1
e34 b'\x00'
e35 TypeError argument must be read-write bytes-like object, not bytes
e36 TypeError a bytes-like object is required, not 'str'
e37 error argument for 'p' must be a bytes object
idx b'\x07\x00\x00\x00\x07\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x04@'
idx2 b'\x00\x00\x00\x00\x00\x00\x1c@'
S ('>hi', 6, b'\x00\x01\x00\x00\x00\x02', (1, 2), "Struct('>hi')")
Sb '<q'
pi b'\x00\x00\x01\x00\xff\xff\x00\x00\x00\x00'
pi2 b'\x00\x00\x01\x00\xff\xff\x00\x00BA'
uf (1,)
uf2 (16706,)
uf3 (513,)
it (3, (1,), 2, [(2,), (3,)])
ws error bad char in struct format
ws2 error bad char in struct format
err ('error', 'struct', True)
big (18446744073709551615,)
bigq (-9223372036854775808,)
sm (5,)
bool b'\x00\x01\x00'
pad b'\x00\x00\x00'
s0 b'ab\x00\x00\x00'
p0 b'\x00\x02aa'
p255 300
p255b 255
ba b'xy\x00'
nan (nan,)
round b'\x00<'
round2 b'\x02<'
sub True
fround (0.10000000149011612,)
cache None
type ('Struct', 'unpack_iterator')
`;

const NATIVE = String.raw`import struct
print(struct.calcsize('@bihqlnNPefd?'), struct.calcsize('@cl'), struct.calcsize('@ci'), struct.calcsize('@hq'), struct.calcsize('lc'), struct.calcsize('@5se'))
print(struct.pack('@bhq', 1, 2, 3))
print(struct.pack('@bnNP', 1, -2, 3, 4))
print(struct.unpack('@bhl', struct.pack('@bhl', -1, -2, -3)))
print(struct.pack('=bhlq', 1, 2, 3, 4))
print(struct.pack('@P', -1))
for f, v in [('@b',128),('@B',-1),('@h',2**15),('@H',-1),('@i',2**31),('@I',-1),('@I',2**40),('@q',2**70),('@Q',-1),('@Q',2**70),('@P',2**70),('@b',2**70)]:
    try: struct.pack(f, v)
    except Exception as e: print(f, v, type(e).__name__, e)
`;

const NATIVE_EXPECTED = String.raw`73 16 8 16 9 8
b'\x01\x00\x02\x00\x00\x00\x00\x00\x03\x00\x00\x00\x00\x00\x00\x00'
b'\x01\x00\x00\x00\x00\x00\x00\x00\xfe\xff\xff\xff\xff\xff\xff\xff\x03\x00\x00\x00\x00\x00\x00\x00\x04\x00\x00\x00\x00\x00\x00\x00'
(-1, -2, -3)
b'\x01\x02\x00\x03\x00\x00\x00\x04\x00\x00\x00\x00\x00\x00\x00'
b'\xff\xff\xff\xff\xff\xff\xff\xff'
@b 128 error 'b' format requires -128 <= number <= 127
@B -1 error 'B' format requires 0 <= number <= 255
@h 32768 error 'h' format requires -32768 <= number <= 32767
@H -1 error 'H' format requires 0 <= number <= 65535
@i 2147483648 error 'i' format requires -2147483648 <= number <= 2147483647
@I -1 error 'I' format requires 0 <= number <= 4294967295
@I 1099511627776 error 'I' format requires 0 <= number <= 4294967295
@q 1180591620717411303424 error 'q' format requires -9223372036854775808 <= number <= 9223372036854775807
@Q -1 error 'Q' format requires 0 <= number <= 18446744073709551615
@Q 1180591620717411303424 error 'Q' format requires 0 <= number <= 18446744073709551615
@P 1180591620717411303424 error int too large to convert
@b 1180591620717411303424 error 'b' format requires -128 <= number <= 127
`;

describe('struct with standard sizes and byte orders', () => {
  describeProgram('struct_standard', STANDARD, STANDARD_EXPECTED);
});

describe('struct with native sizes and alignment (64-bit)', () => {
  describeProgram('struct_native', NATIVE, NATIVE_EXPECTED);
});
