// Checks io.StringIO against CPython 3.14: every newline mode (None, '', '\n', '\r', '\r\n') on
// initial values, writes (also a \r split across writes) and readline(), the newlines attribute, code-point
// positions with astral characters, seek/truncate rules and messages, closed-file errors (without the
// final period, as StringIO words them) and pickling state. Expected lines printed by CPython 3.14.2 (pyodide).
import { describe } from 'vitest';
import { expectLines } from './io_harness.js';

const PROGRAM = String.raw`import io
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
S = io.StringIO
show('s init', lambda: (S().getvalue(), S('abc').getvalue(), S(None).getvalue(), S('a', None).getvalue()))
show('s init bytes', lambda: S(b'abc'))
show('s init kw', lambda: S(initial_value='x', newline='').getvalue())
show('s newline bad', lambda: S('', 'x'))
show('s newline int', lambda: S('', 1))
show('s tell after init', lambda: S('abc').tell())
for nl in (None, '', '\n', '\r', '\r\n'):
    s = S('a\nb\r\nc\rd', newline=nl)
    show(f'nl {nl!r} init', lambda: (s.getvalue(), s.read(), s.newlines))
    s = S(newline=nl)
    show(f'nl {nl!r} write', lambda: (s.write('a\nb\r\nc\rd\r'), s.getvalue(), s.newlines, s.seek(0), s.readline(), s.readline(), s.readline(), s.readlines()))
    s = S(newline=nl)
    show(f'nl {nl!r} split cr', lambda: (s.write('a\r'), s.write('\nb'), s.getvalue(), s.newlines, s.tell()))
s = S('héllo 𝄞 wörld\nline2\n')
show('s read', lambda: (s.read(3), s.tell(), s.read(5), s.tell(), s.read(), s.tell()))
show('s seek', lambda: (s.seek(0), s.seek(3), s.read(2), s.seek(0, 2), s.seek(0, 1)))
show('s seek cur nonzero', lambda: s.seek(1, 1))
show('s seek end nonzero', lambda: s.seek(-1, 2))
show('s seek neg', lambda: s.seek(-1))
show('s seek whence', lambda: s.seek(0, 3))
show('s write past end', lambda: (lambda x: (x.seek(5), x.write('z'), x.getvalue()))(S('ab')))
show('s write non str', lambda: S().write(b'x'))
show('s write ret', lambda: S().write('𝄞ab'))
show('s truncate', lambda: (lambda x: (x.truncate(2), x.getvalue(), x.tell(), x.seek(1), x.truncate(), x.getvalue(), x.truncate(9)))(S('abcdef')))
show('s truncate neg', lambda: S('abc').truncate(-1))
show('s readline', lambda: (lambda x: (x.readline(3), x.readline(), x.readline(0), x.readline(-1)))(S('abcdef\ngh')))
show('s readline str', lambda: S('a').readline('x'))
show('s read str', lambda: S('a').read('x'))
show('s iter', lambda: list(S('a\nb\nc')))
show('s lines', lambda: S('a\nb\nc').readlines(1))
show('s flags', lambda: (S().readable(), S().writable(), S().seekable(), S().isatty(), S().line_buffering, S().closed, S().encoding, S().errors))
c = S(); c.close()
for name in ('read', 'getvalue', 'tell', 'readline', 'readable', 'writable', 'seekable', 'flush', 'isatty', 'truncate', 'readlines', 'fileno'):
    show('closed ' + name, lambda: getattr(c, name)())
show('closed write', lambda: c.write('x'))
show('closed newlines', lambda: c.newlines)
show('closed line_buffering', lambda: c.line_buffering)
show('closed next', lambda: next(c))
show('s detach', lambda: S().detach())
show('s fileno', lambda: S().fileno())
show('s state', lambda: (lambda x: (x.read(1), x.__getstate__()))(S('a\nb', newline='')))
show('s setstate', lambda: (lambda x: (x.__setstate__(('xyz', '\n', 2, {'q': 5})), x.read(), x.q))(S()))
show('s setstate bad', lambda: S().__setstate__(('xyz', '\n')))
show('s mro', lambda: S.__mro__)
show('s getvalue after', lambda: (lambda x: (x.write('ab'), x.seek(0), x.write('Z'), x.getvalue(), x.read()))(S()))
show('s repr', lambda: repr(S())[:21])
show('s sub', lambda: type('X', (S,), {})('ab').read())
show('s surrogate', lambda: (lambda x: (x.write('\ud800'), x.getvalue()))(S()))
show('s nl cr newlines', lambda: (lambda x: (x.write('a\r\nb\nc\r'), x.newlines))(S(newline=None)))
show('s translate read', lambda: (lambda x: (x.write('a\r\nb'), x.seek(0), x.read(), x.tell()))(S(newline=None)))
show('s cr tell', lambda: (lambda x: (x.write('a\r\nb'), x.tell(), x.getvalue()))(S(newline='\r')))
show('s readline cr', lambda: (lambda x: (x.readline(), x.readline()))(S('a\rb\nc', newline='\r')))
show('s readline crlf', lambda: (lambda x: (x.readline(), x.readline()))(S('a\rb\r\nc', newline='\r\n')))
show('s readline empty', lambda: (lambda x: (x.readline(), x.readline()))(S('a\rb\r\nc', newline='')))
show('s close twice', lambda: (lambda x: (x.close(), x.close()))(S()))
show('s write none', lambda: S().write(None))
show('s read neg', lambda: S('abc').read(-2))
show('s read None', lambda: S('abc').read(None))
show('s seek float', lambda: S('abc').seek(1.0))
show('s seek big', lambda: S('abc').seek(2**70))
show('s tell after seek big', lambda: (lambda x: (x.seek(10), x.tell(), x.read(), x.getvalue()))(S('abc')))
`;

const EXPECTED = String.raw`s init ('', 'abc', '', 'a')
s init bytes TypeError initial_value must be str or None, not bytes
s init kw 'x'
s newline bad ValueError illegal newline value: 'x'
s newline int TypeError newline must be str or None, not int
s tell after init 0
nl None init ('a\nb\nc\nd', 'a\nb\nc\nd', ('\r', '\n', '\r\n'))
nl None write (9, 'a\nb\nc\nd\n', ('\r', '\n', '\r\n'), 0, 'a\n', 'b\n', 'c\n', ['d\n'])
nl None split cr (2, 2, 'a\n\nb', ('\r', '\n'), 4)
nl '' init ('a\nb\r\nc\rd', 'a\nb\r\nc\rd', ('\r', '\n', '\r\n'))
nl '' write (9, 'a\nb\r\nc\rd\r', ('\r', '\n', '\r\n'), 0, 'a\n', 'b\r\n', 'c\r', ['d\r'])
nl '' split cr (2, 2, 'a\r\nb', ('\r', '\n'), 4)
nl '\n' init ('a\nb\r\nc\rd', 'a\nb\r\nc\rd', None)
nl '\n' write (9, 'a\nb\r\nc\rd\r', None, 0, 'a\n', 'b\r\n', 'c\rd\r', [])
nl '\n' split cr (2, 2, 'a\r\nb', None, 4)
nl '\r' init ('a\rb\r\rc\rd', 'a\rb\r\rc\rd', None)
nl '\r' write (9, 'a\rb\r\rc\rd\r', None, 0, 'a\r', 'b\r', '\r', ['c\r', 'd\r'])
nl '\r' split cr (2, 2, 'a\r\rb', None, 4)
nl '\r\n' init ('a\r\nb\r\r\nc\rd', 'a\r\nb\r\r\nc\rd', None)
nl '\r\n' write (9, 'a\r\nb\r\r\nc\rd\r', None, 0, 'a\r\n', 'b\r\r\n', 'c\rd\r', [])
nl '\r\n' split cr (2, 2, 'a\r\r\nb', None, 5)
s read ('hél', 3, 'lo 𝄞 ', 8, 'wörld\nline2\n', 20)
s seek (0, 3, 'lo', 20, 20)
s seek cur nonzero OSError Can't do nonzero cur-relative seeks
s seek end nonzero OSError Can't do nonzero cur-relative seeks
s seek neg ValueError Negative seek position -1
s seek whence ValueError Invalid whence (3, should be 0, 1 or 2)
s write past end (5, 1, 'ab\x00\x00\x00z')
s write non str TypeError string argument expected, got 'bytes'
s write ret 3
s truncate (2, 'ab', 0, 1, 1, 'a', 9)
s truncate neg ValueError Negative size value -1
s readline ('abc', 'def\n', '', 'gh')
s readline str TypeError argument should be integer or None, not 'str'
s read str TypeError argument should be integer or None, not 'str'
s iter ['a\n', 'b\n', 'c']
s lines ['a\n']
s flags (True, True, True, False, False, False, None, None)
closed read ValueError I/O operation on closed file
closed getvalue ValueError I/O operation on closed file
closed tell ValueError I/O operation on closed file
closed readline ValueError I/O operation on closed file
closed readable ValueError I/O operation on closed file
closed writable ValueError I/O operation on closed file
closed seekable ValueError I/O operation on closed file
closed flush None
closed isatty ValueError I/O operation on closed file.
closed truncate ValueError I/O operation on closed file
closed readlines ValueError I/O operation on closed file.
closed fileno UnsupportedOperation fileno
closed write ValueError I/O operation on closed file
closed newlines ValueError I/O operation on closed file
closed line_buffering ValueError I/O operation on closed file
closed next ValueError I/O operation on closed file
s detach UnsupportedOperation detach
s fileno UnsupportedOperation fileno
s state ('a', ('a\nb', '', 1, None))
s setstate (None, 'z', 5)
s setstate bad TypeError _io.StringIO.__setstate__ argument should be 4-tuple, got tuple
s mro (<class '_io.StringIO'>, <class '_io._TextIOBase'>, <class '_io._IOBase'>, <class 'object'>)
s getvalue after (2, 0, 1, 'Zb', 'b')
s repr '<_io.StringIO object '
s sub 'ab'
s surrogate (1, '\ud800')
s nl cr newlines (7, ('\r', '\n', '\r\n'))
s translate read (4, 0, 'a\nb', 3)
s cr tell (4, 4, 'a\r\rb')
s readline cr ('a\r', 'b\r')
s readline crlf ('a\rb\r\r\n', 'c')
s readline empty ('a\r', 'b\r\n')
s close twice (None, None)
s write none TypeError string argument expected, got 'NoneType'
s read neg 'abc'
s read None 'abc'
s seek float TypeError 'float' object cannot be interpreted as an integer
s seek big OverflowError Python int too large to convert to C ssize_t
s tell after seek big (10, 10, '', 'abc')
`;

describe('io.StringIO', () => {
  expectLines(PROGRAM, EXPECTED, { seeking: false });
});
