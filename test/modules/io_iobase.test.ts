// Checks the io base classes against CPython 3.14: _IOBase/_RawIOBase/_BufferedIOBase/_TextIOBase
// methods working through a subclass's own methods (readline through peek/read, read through readinto,
// readlines hints), their errors, close() when flush() fails, and the io module's ABCs, registrations and
// names built on _io. Expected lines printed by CPython 3.14.2 (pyodide).
import { describe } from 'vitest';
import { expectLines } from './io_harness.js';

const PROGRAM = String.raw`from io import open
import io, _io
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
class R(io.RawIOBase):
    def __init__(self, data): self.data = data; self.pos = 0
    def readable(self): return True
    def readinto(self, b):
        print('readinto', type(b).__name__, len(b))
        n = min(len(b), len(self.data) - self.pos, 3)
        b[:n] = self.data[self.pos:self.pos+n]; self.pos += n
        return n
r = R(b'hello\nworld\nxyz')
show('raw read', lambda: (r.read(4), r.readline(), r.readall(), r.read()))
show('raw readinto base', lambda: _io._RawIOBase.readinto(r, bytearray(2)))
show('raw write base', lambda: _io._RawIOBase.write(r, b'x'))
show('raw read neg', lambda: R(b'abcdefgh').read(-1))
show('raw iter', lambda: list(R(b'a\nbc\nd')))
show('raw readlines', lambda: R(b'a\nbc\nd').readlines(2))
show('raw dict', lambda: r.__dict__)
show('raw closed', lambda: (r.closed, r.close(), r.closed, r.__dict__))
show('raw closed read', lambda: r.read(1))
show('raw closed readline', lambda: r.readline())
class Bad(io.RawIOBase):
    def readinto(self, b): return 99
show('bad readinto', lambda: Bad().read(2))
class NoneR(io.RawIOBase):
    def readinto(self, b): return None
show('none readinto', lambda: (NoneR().read(2), NoneR().readall()))
class W(io.RawIOBase):
    def writable(self): return True
    def write(self, b): print('write', type(b).__name__, bytes(b)); return len(b)
w = W()
show('raw writelines', lambda: w.writelines([b'a', b'b']))
bw = io.BufferedWriter(w, 4)
show('bw small', lambda: (bw.write(b'ab'), bw.write(b'cde'), bw.write(b'0123456789'), bw.flush()))
br = io.BufferedReader(R(b'0123456789abcdef'), 4)
show('br small', lambda: (br.read(2), br.read(7), br.peek(1), br.read1(10), br.read()))
class B(io.BufferedIOBase):
    def read(self, n=-1): print('read', n); return b'xy'[:n] if n >= 0 else b'xy'
    def read1(self, n=-1): print('read1', n); return b'z'
show('buf readinto', lambda: (lambda b: (B().readinto(b), b, B().readinto1(b), b))(bytearray(5)))
show('buf base', lambda: (_io._BufferedIOBase.read(B()), ))
show('buf base write', lambda: _io._BufferedIOBase.write(B(), b''))
show('buf base detach', lambda: _io._BufferedIOBase.detach(B()))
show('buf readline', lambda: B().readline(3))
class Tx(io.TextIOBase): pass
show('text base', lambda: (Tx().encoding, Tx().errors, Tx().newlines))
show('text read', lambda: Tx().read())
show('text readline', lambda: Tx().readline())
show('text write', lambda: Tx().write('x'))
show('text detach', lambda: Tx().detach())
class I(io.IOBase): pass
i = I()
show('iobase', lambda: (i.seekable(), i.readable(), i.writable(), i.isatty(), i.flush(), i.closed))
show('iobase seek', lambda: i.seek(0))
show('iobase tell', lambda: i.tell())
show('iobase truncate', lambda: i.truncate())
show('iobase fileno', lambda: i.fileno())
show('iobase readline', lambda: i.readline())
show('iobase check', lambda: i._checkSeekable())
show('iobase checkr', lambda: i._checkReadable())
show('iobase checkw', lambda: i._checkWritable())
show('iobase checkw arg', lambda: i._checkWritable('x'))
show('iobase checkc', lambda: i._checkClosed())
show('iobase enter', lambda: i.__enter__() is i)
show('iobase exit', lambda: (i.__exit__(1, 2, 3), i.closed))
show('iobase flush closed', lambda: i.flush())
show('iobase checkc2', lambda: i._checkClosed())
show('iobase iter closed', lambda: iter(i))
show('iobase writelines closed', lambda: i.writelines([]))
show('iobase isatty closed', lambda: i.isatty())
class P(io.IOBase):
    def peek(self, n): return b'ab\ncd'
    def read(self, n): print('read', n); return b'ab\ncd'[:n]
show('peek readline', lambda: P().readline())
class P2(io.IOBase):
    def read(self, n): return 'x'
show('read str', lambda: P2().readline())
class P3(io.IOBase):
    def peek(self, n): return 'x'
    def read(self, n): return b''
show('peek str', lambda: P3().readline())
class L(io.IOBase):
    def readline(self, size=-1): return 'zz'
show('next str', lambda: next(L()))
class L2(io.IOBase):
    def readline(self, size=-1): return 5
show('next int', lambda: next(L2()))
class L3(io.IOBase):
    def __init__(self): self.n = 3
    def readline(self, size=-1):
        self.n -= 1
        return 'line%d\n' % self.n if self.n > 0 else ''
show('readlines hint', lambda: (L3().readlines(), L3().readlines(3), L3().readlines(7)))
show('writelines', lambda: (lambda o: o.writelines(['a']))(I()))
class Cl(io.IOBase):
    def flush(self): print('flush called'); raise ValueError('flush failed')
c = Cl()
show('close flush fails', lambda: c.close())
show('closed after fail', lambda: c.closed)
show('del', lambda: I().__del__())
show('IOBase getstate', lambda: I().__getstate__())

def show10(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
show10('mro', lambda: (io.IOBase.__mro__, io.RawIOBase.__mro__, io.TextIOBase.__mro__))
show10('isinstance', lambda: (isinstance(io.StringIO(), io.TextIOBase), isinstance(io.BytesIO(), io.BufferedIOBase), isinstance(io.FileIO, type), issubclass(io.FileIO, io.RawIOBase), isinstance(io.StringIO(), io.IOBase)))
show10('io all', lambda: sorted(io.__all__))
class MyIO(io.IOBase):
    def __init__(self): self.lines = ['a\n', 'b\n']
    def readline(self, size=-1):
        return self.lines.pop(0) if self.lines else ''
show10('custom', lambda: list(MyIO()))
class Upper(io.TextIOWrapper):
    def write(self, s): return super().write(s.upper())
def upper():
    b = io.BytesIO()
    u = Upper(b, encoding='utf-8')
    u.write('hello\n'); u.flush()
    return b.getvalue(), repr(u)
show10('textio subclass', upper)
class Raw(io.RawIOBase):
    def __init__(self): self.data = b'xyz'
    def readable(self): return True
    def readinto(self, b):
        n = min(len(b), len(self.data)); b[:n] = self.data[:n]; self.data = self.data[n:]; return n
show10('raw sub', lambda: io.BufferedReader(Raw()).read())
show10('text over raw sub', lambda: io.TextIOWrapper(io.BufferedReader(Raw()), encoding='ascii').read())
show10('stringio sub', lambda: (lambda s: (s.write('x'), s.getvalue()))(type('S', (io.StringIO,), {})()))
show10('bytesio abc', lambda: io.BytesIO.__mro__)
show10('reader', lambda: (isinstance(io.StringIO(), io.Reader), isinstance(io.StringIO(), io.Writer)))
import contextlib
def redirect():
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        print('captured', 1, 2)
    return buf.getvalue()
show10('redirect', redirect)
show10('print file', lambda: (lambda b: (print('a', 'b', sep='-', end='!', file=b), b.getvalue()))(io.StringIO()))
show10('print bytesio', lambda: print('x', file=io.BytesIO()))
show10('text_encoding', lambda: (io.text_encoding(None), io.text_encoding('x'), io.text_encoding(None, 3)))
show10('open_code', lambda: io.open_code(b'x'))
show10('DEFAULT', lambda: io.DEFAULT_BUFFER_SIZE)
show10('unsupported', lambda: (io.UnsupportedOperation is _io.UnsupportedOperation, io.UnsupportedOperation.__mro__))
show10('seek consts', lambda: (io.SEEK_SET, io.SEEK_CUR, io.SEEK_END))
show10('dir _io', lambda: sorted(k for k in dir(_io) if not k.startswith('__')))
`;

const EXPECTED = String.raw`readinto bytearray 4
readinto bytearray 1
readinto bytearray 1
readinto bytearray 1
readinto bytearray 131072
readinto bytearray 131072
readinto bytearray 131072
readinto bytearray 131072
readinto bytearray 131072
raw read (b'hel', b'lo\n', b'world\nxyz', b'')
raw readinto base NotImplementedError 
raw write base NotImplementedError 
readinto bytearray 131072
readinto bytearray 131072
readinto bytearray 131072
readinto bytearray 131072
raw read neg b'abcdefgh'
readinto bytearray 1
readinto bytearray 1
readinto bytearray 1
readinto bytearray 1
readinto bytearray 1
readinto bytearray 1
readinto bytearray 1
readinto bytearray 1
raw iter [b'a\n', b'bc\n', b'd']
readinto bytearray 1
readinto bytearray 1
readinto bytearray 1
readinto bytearray 1
readinto bytearray 1
raw readlines [b'a\n', b'bc\n']
raw dict {'data': b'hello\nworld\nxyz', 'pos': 15}
raw closed (False, None, True, {'data': b'hello\nworld\nxyz', 'pos': 15, '__IOBase_closed': True})
readinto bytearray 1
raw closed read b''
readinto bytearray 1
raw closed readline b''
bad readinto ValueError readinto returned 99 outside buffer size 2
none readinto (None, None)
write bytes b'a'
write bytes b'b'
raw writelines None
write memoryview b'ab'
write memoryview b'cde'
write memoryview b'0123456789'
bw small (2, 3, 10, None)
readinto memoryview 4
readinto memoryview 4
readinto memoryview 4
readinto memoryview 4
readinto bytearray 131072
readinto bytearray 131072
readinto bytearray 131072
br small (b'01', b'2345678', b'9ab', b'9ab', b'cdef')
read 5
read1 5
buf readinto (2, bytearray(b'zy\x00\x00\x00'), 1, bytearray(b'zy\x00\x00\x00'))
buf base UnsupportedOperation read
buf base write UnsupportedOperation write
buf base detach UnsupportedOperation detach
read 1
read 1
read 1
buf readline b'xxx'
text base (None, None, None)
text read UnsupportedOperation read
text readline UnsupportedOperation readline
text write UnsupportedOperation write
text detach UnsupportedOperation detach
iobase (False, False, False, False, None, False)
iobase seek UnsupportedOperation seek
iobase tell UnsupportedOperation seek
iobase truncate UnsupportedOperation truncate
iobase fileno UnsupportedOperation fileno
iobase readline AttributeError 'I' object has no attribute 'read'
iobase check UnsupportedOperation File or stream is not seekable.
iobase checkr UnsupportedOperation File or stream is not readable.
iobase checkw UnsupportedOperation File or stream is not writable.
iobase checkw arg TypeError _IOBase._checkWritable() takes no arguments (1 given)
iobase checkc None
iobase enter True
iobase exit (None, True)
iobase flush closed ValueError I/O operation on closed file.
iobase checkc2 ValueError I/O operation on closed file.
iobase iter closed ValueError I/O operation on closed file.
iobase writelines closed ValueError I/O operation on closed file.
iobase isatty closed ValueError I/O operation on closed file.
read 3
peek readline b'ab\n'
read str OSError read() should have returned a bytes object, not 'str'
peek str OSError peek() should have returned a bytes object, not 'str'
next str 'zz'
next int TypeError object of type 'int' has no len()
readlines hint (['line2\n', 'line1\n'], ['line2\n'], ['line2\n', 'line1\n'])
writelines AttributeError 'I' object has no attribute 'write'
flush called
close flush fails ValueError flush failed
closed after fail True
del None
IOBase getstate None
mro ((<class 'io.IOBase'>, <class '_io._IOBase'>, <class 'object'>), (<class 'io.RawIOBase'>, <class '_io._RawIOBase'>, <class 'io.IOBase'>, <class '_io._IOBase'>, <class 'object'>), (<class 'io.TextIOBase'>, <class '_io._TextIOBase'>, <class 'io.IOBase'>, <class '_io._IOBase'>, <class 'object'>))
isinstance (True, True, True, True, True)
io all ['BlockingIOError', 'BufferedIOBase', 'BufferedRWPair', 'BufferedRandom', 'BufferedReader', 'BufferedWriter', 'BytesIO', 'DEFAULT_BUFFER_SIZE', 'FileIO', 'IOBase', 'IncrementalNewlineDecoder', 'RawIOBase', 'Reader', 'SEEK_CUR', 'SEEK_END', 'SEEK_SET', 'StringIO', 'TextIOBase', 'TextIOWrapper', 'UnsupportedOperation', 'Writer', 'open', 'open_code', 'text_encoding']
custom ['a\n', 'b\n']
textio subclass (b'HELLO\n', "<Upper encoding='utf-8'>")
raw sub b'xyz'
text over raw sub 'xyz'
stringio sub (1, 'x')
bytesio abc (<class '_io.BytesIO'>, <class '_io._BufferedIOBase'>, <class '_io._IOBase'>, <class 'object'>)
reader (True, True)
redirect 'captured 1 2\n'
print file (None, 'a-b!')
print bytesio TypeError a bytes-like object is required, not 'str'
text_encoding ('locale', 'x', 'locale')
open_code TypeError open_code() argument 'path' must be str, not bytes
DEFAULT 131072
unsupported (True, (<class 'io.UnsupportedOperation'>, <class 'OSError'>, <class 'ValueError'>, <class 'Exception'>, <class 'BaseException'>, <class 'object'>))
seek consts (0, 1, 2)
dir _io ['BlockingIOError', 'BufferedRWPair', 'BufferedRandom', 'BufferedReader', 'BufferedWriter', 'BytesIO', 'DEFAULT_BUFFER_SIZE', 'FileIO', 'IncrementalNewlineDecoder', 'StringIO', 'TextIOWrapper', 'UnsupportedOperation', '_BufferedIOBase', '_BytesIOBuffer', '_IOBase', '_RawIOBase', '_TextIOBase', 'open', 'open_code', 'text_encoding']
`;

describe('io base classes', () => {
  expectLines(PROGRAM, EXPECTED, { seeking: false });
});
