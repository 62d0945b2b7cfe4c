// Checks io.BytesIO against CPython 3.14: construction, read/read1/readline(s)/readinto, writes past
// the end, seek/tell/truncate rules and messages, getbuffer() writing through, the closed-file errors,
// pickling state, subclasses and instance dicts. Expected lines printed by CPython 3.14.2 (pyodide).
import { describe } from 'vitest';
import { expectLines } from './io_harness.js';

const PROGRAM = String.raw`import io, _io
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
B = io.BytesIO
show('b init', lambda: (B().getvalue(), B(b'abc').getvalue(), B(bytearray(b'x')).getvalue(), B(memoryview(b'mv')).getvalue()))
show('b init str', lambda: B('abc'))
show('b init int', lambda: B(3))
show('b init kw', lambda: B(initial_bytes=b'a').read())
show('b init 2', lambda: B(b'a', b'b'))
show('b init None', lambda: B(None).getvalue())
b = B(b'hello world\nline2\nline3')
show('b read', lambda: (b.read(5), b.tell(), b.read(0), b.read(-1), b.read(), b.tell()))
show('b seek', lambda: (b.seek(0), b.readline(), b.readline(2), b.readline(-1), b.readline(None), b.readline()))
show('b seek2', lambda: (b.seek(3), b.seek(2, 1), b.seek(-2, 2), b.read(), b.seek(100), b.read(), b.tell()))
show('b seek neg', lambda: b.seek(-1))
show('b seek whence', lambda: b.seek(0, 3))
show('b seek cur neg', lambda: b.seek(-100, 1))
show('b seek float', lambda: b.seek(1.5))
show('b seek str', lambda: b.seek('a'))
show('b read str', lambda: b.read('a'))
show('b read float', lambda: b.read(1.0))
show('b write past end', lambda: (lambda x: (x.seek(5), x.write(b'ab'), x.getvalue()))(B(b'xy')))
show('b write', lambda: (lambda x: (x.write(b'abc'), x.write(bytearray(b'd')), x.write(memoryview(b'ef')), x.getvalue(), x.tell()))(B()))
show('b write str', lambda: B().write('abc'))
show('b write int', lambda: B().write(1))
show('b overwrite', lambda: (lambda x: (x.seek(1), x.write(b'Z'), x.getvalue()))(B(b'abc')))
show('b truncate', lambda: (lambda x: (x.truncate(2), x.getvalue(), x.tell(), x.truncate(), x.getvalue(), x.seek(1), x.truncate(), x.getvalue(), x.truncate(10), x.getvalue()))(B(b'abcdef')))
show('b truncate neg', lambda: B(b'abc').truncate(-1))
show('b truncate None', lambda: B(b'abc').truncate(None))
show('b readlines', lambda: (B(b'a\nb\nc').readlines(), B(b'a\nbb\nccc\n').readlines(2), B(b'a\nb').readlines(None), B(b'a\nb').readlines(0)))
show('b readlines str', lambda: B(b'a\nb').readlines('x'))
show('b iter', lambda: list(B(b'a\nb\n\nc')))
show('b readinto', lambda: (lambda x, buf: (x.readinto(buf), buf, x.readinto(buf), buf, x.readinto(buf)))(B(b'abcde'), bytearray(3)))
show('b readinto bytes', lambda: B(b'abc').readinto(b'xyz'))
show('b read1', lambda: (B(b'abc').read1(), B(b'abc').read1(2), B(b'abc').read1(-1)))
show('b getbuffer', lambda: (lambda x: (bytes(x.getbuffer()), x.getbuffer().nbytes))(B(b'abc')))
def gb():
    x = B(b'abc'); m = x.getbuffer(); m[0] = ord('Z'); v = x.getvalue()
    m.release(); x.write(b'more')
    return v, x.getvalue()
show('b getbuffer write', gb)
c = B(b'abc'); c.close()
for name in ('read', 'getvalue', 'tell', 'readline', 'readlines', 'getbuffer', 'isatty', 'readable', 'writable', 'seekable', 'flush', 'read1'):
    show('closed ' + name, lambda: getattr(c, name)())
show('closed write', lambda: c.write(b'x'))
show('closed seek', lambda: c.seek(0))
show('closed truncate', lambda: c.truncate())
show('closed iter', lambda: type(c.__iter__()).__name__)
show('closed closed', lambda: (c.closed, c.close()))
show('closed next', lambda: next(c))
show('closed enter', lambda: c.__enter__())
show('b flags', lambda: (B().readable(), B().writable(), B().seekable(), B().isatty(), B().flush(), B().closed))
show('b fileno', lambda: B().fileno())
show('b detach', lambda: B().detach())
show('b repr', lambda: repr(B())[:20])
show('b state', lambda: (lambda x: (x.read(1), x.__getstate__()))(B(b'abc')))
show('b setstate', lambda: (lambda x: (x.__setstate__((b'xyz', 2, {'a': 1})), x.read(), x.a))(B()))
show('b setstate bad', lambda: B().__setstate__((b'x',)))
show('b sizeof', lambda: type(B().__sizeof__()))
show('b subclass', lambda: type('MyB', (B,), {'extra': 1})(b'ab').read())
show('b with', lambda: (lambda x: (x.__enter__() is x, x.__exit__(None, None, None), x.closed))(B()))
show('b writelines', lambda: (lambda x: (x.writelines([b'a', bytearray(b'b')]), x.getvalue()))(B()))
show('b writelines bad', lambda: B().writelines([b'a', 'b']))
show('b dict', lambda: (lambda x: (setattr(x, 'foo', 1), x.foo, x.__dict__))(B()))
show('b readline neg', lambda: B(b'abc\ndef').readline(-5))
show('b big seek', lambda: B().seek(2**70))
show('b big read', lambda: B(b'ab').read(2**70))
show('b seek bool', lambda: B(b'abc').seek(True))
show('b isinstance', lambda: (isinstance(B(), io.BufferedIOBase), isinstance(B(), io.IOBase), isinstance(B(), io.RawIOBase), issubclass(B, io.BufferedIOBase)))
`;

const EXPECTED = String.raw`b init (b'', b'abc', b'x', b'mv')
b init str TypeError a bytes-like object is required, not 'str'
b init int TypeError a bytes-like object is required, not 'int'
b init kw b'a'
b init 2 TypeError BytesIO() takes at most 1 argument (2 given)
b init None b''
b read (b'hello', 5, b'', b' world\nline2\nline3', b'', 23)
b seek (0, b'hello world\n', b'li', b'ne2\n', b'line3', b'')
b seek2 (3, 5, 21, b'e3', 100, b'', 100)
b seek neg ValueError negative seek value -1
b seek whence ValueError invalid whence (3, should be 0, 1 or 2)
b seek cur neg 0
b seek float TypeError 'float' object cannot be interpreted as an integer
b seek str TypeError 'str' object cannot be interpreted as an integer
b read str TypeError argument should be integer or None, not 'str'
b read float TypeError argument should be integer or None, not 'float'
b write past end (5, 2, b'xy\x00\x00\x00ab')
b write (3, 1, 2, b'abcdef', 6)
b write str TypeError a bytes-like object is required, not 'str'
b write int TypeError a bytes-like object is required, not 'int'
b overwrite (1, 1, b'aZc')
b truncate (2, b'ab', 0, 0, b'', 1, 1, b'', 10, b'')
b truncate neg ValueError negative size value -1
b truncate None 0
b readlines ([b'a\n', b'b\n', b'c'], [b'a\n'], [b'a\n', b'b'], [b'a\n', b'b'])
b readlines str TypeError integer argument expected, got 'str'
b iter [b'a\n', b'b\n', b'\n', b'c']
b readinto (3, bytearray(b'dec'), 2, bytearray(b'dec'), 0)
b readinto bytes TypeError readinto() argument must be read-write bytes-like object, not bytes
b read1 (b'abc', b'ab', b'abc')
b getbuffer (b'abc', 3)
b getbuffer write (b'Zbc', b'more')
closed read ValueError I/O operation on closed file.
closed getvalue ValueError I/O operation on closed file.
closed tell ValueError I/O operation on closed file.
closed readline ValueError I/O operation on closed file.
closed readlines ValueError I/O operation on closed file.
closed getbuffer ValueError I/O operation on closed file.
closed isatty ValueError I/O operation on closed file.
closed readable ValueError I/O operation on closed file.
closed writable ValueError I/O operation on closed file.
closed seekable ValueError I/O operation on closed file.
closed flush ValueError I/O operation on closed file.
closed read1 ValueError I/O operation on closed file.
closed write ValueError I/O operation on closed file.
closed seek ValueError I/O operation on closed file.
closed truncate ValueError I/O operation on closed file.
closed iter 'BytesIO'
closed closed (True, None)
closed next ValueError I/O operation on closed file.
closed enter ValueError I/O operation on closed file.
b flags (True, True, True, False, None, False)
b fileno UnsupportedOperation fileno
b detach UnsupportedOperation detach
b repr '<_io.BytesIO object '
b state (b'a', (b'abc', 1, None))
b setstate (None, b'z', 1)
b setstate bad TypeError _io.BytesIO.__setstate__ argument should be 3-tuple, got tuple
b sizeof <class 'int'>
b subclass b'ab'
b with (True, None, True)
b writelines (None, b'ab')
b writelines bad TypeError a bytes-like object is required, not 'str'
b dict (None, 1, {'foo': 1})
b readline neg b'abc\n'
b big seek OverflowError Python int too large to convert to C ssize_t
b big read OverflowError cannot fit 'int' into an index-sized integer
b seek bool 1
b isinstance (True, True, False, True)
`;

describe('io.BytesIO', () => {
  expectLines(PROGRAM, EXPECTED, { seeking: false });
});
