// Checks io.FileIO against CPython 3.14 on real files: modes and their parsing errors, read/readall/
// readinto/write/seek/tell/truncate, append mode, 'x' mode, directories, missing files, descriptors given
// by number (closefd), openers, name and repr. Runs on SeekingNodeHost (io_harness.ts), since the host
// interface has no lseek yet. Expected lines printed by CPython 3.14.2 (pyodide); errno numbers are not
// printed (Emscripten numbers them differently).
import { describe } from 'vitest';
import { expectLines } from './io_harness.js';

const PROGRAM = String.raw`from io import open
import io, os
def show(label, f):
    try:
        print(label, repr(f()))
    except OSError as e:
        print(label, type(e).__name__, e.errno is not None and os.strerror(e.errno) == e.strerror, e.strerror, e.filename, e.args[1:] if e.errno else e.args)
    except Exception as e:
        print(label, type(e).__name__, e)
P = 'pyrewind_probe.bin'
with open(P, 'wb') as f:
    f.write(b'hello\nworld\n')
F = io.FileIO
f = F(P)
show('fio attrs', lambda: (f.name, f.mode, f.closefd, f.closed, f.readable(), f.writable(), f.seekable(), f.isatty(), type(f.fileno()), f._blksize > 0))
show('fio repr', lambda: repr(f))
show('fio read', lambda: (f.read(3), f.read(), f.read(), f.tell(), f.seek(0), f.readall(), f.seek(1), f.readline(), f.readlines()))
show('fio readinto', lambda: (f.seek(0), (lambda b: (f.readinto(b), b))(bytearray(4))))
show('fio write ro', lambda: f.write(b'x'))
show('fio truncate ro', lambda: f.truncate())
show('fio seek whence', lambda: f.seek(0, 5))
show('fio seek neg', lambda: f.seek(-1))
show('fio seek str', lambda: f.seek('a'))
show('fio read str', lambda: f.read('a'))
f.close()
show('fio closed repr', lambda: repr(f))
for name in ('read', 'readall', 'tell', 'fileno', 'isatty', 'readable', 'seekable', 'writable', 'readline', 'flush'):
    show('closed ' + name, lambda: getattr(f, name)())
show('closed write', lambda: f.write(b'x'))
show('closed seek', lambda: f.seek(0))
show('closed mode', lambda: f.mode)
show('fio bad mode', lambda: F(P, 'rw'))
show('fio bad mode2', lambda: F(P, 'rt'))
show('fio bad mode3', lambda: F(P, 'b'))
show('fio bad mode4', lambda: F(P, ''))
show('fio bad mode5', lambda: F(P, 'rr'))
show('fio missing', lambda: F('pyrewind_nope.bin'))
show('fio dir', lambda: F('.'))
show('fio dir w', lambda: F('.', 'w'))
show('fio closefd name', lambda: F(P, closefd=False))
show('fio float', lambda: F(1.5))
show('fio neg fd', lambda: F(-1))
show('fio none', lambda: F(None))
show('fio modes', lambda: [ (m, F(P, m).mode) for m in ('r', 'w', 'a', 'r+', 'w+', 'a+', 'rb', 'wb+', 'ab')])
g = F(P, 'w')
show('fio write', lambda: (g.write(b'abc'), g.write(bytearray(b'de')), g.write(memoryview(b'f')), g.tell(), g.seek(1), g.write(b'Z'), g.truncate(), g.tell(), g.truncate(10), g.seek(0, 2)))
show('fio write str', lambda: g.write('x'))
show('fio read wo', lambda: g.read())
g.close()
show('content', lambda: open(P, 'rb').read())
x = F(P, 'x') if False else None
show('fio x', lambda: F(P, 'x'))
a = F(P, 'a')
show('fio a', lambda: (a.tell(), a.write(b'!'), a.tell(), a.seek(0), a.write(b'?'), a.tell()))
a.close()
show('content2', lambda: open(P, 'rb').read())
fd = os.open(P, os.O_RDONLY)
h = F(fd, closefd=False)
show('fd', lambda: (h.name == fd, h.mode, h.read(2), repr(h) == f'<_io.FileIO fd={fd} mode=\'rb\' closefd=False>'))
h.close()
show('fd still open', lambda: os.read(fd, 2))
os.close(fd)
show('opener', lambda: (lambda fo: (fo.read(3), fo.name))(F(P, opener=lambda p, fl: os.open(p, fl))))
show('opener bad', lambda: F(P, opener=lambda p, fl: -1))
show('opener str', lambda: F(P, opener=lambda p, fl: 'x'))
show('fio init twice', lambda: (lambda fo: (fo.__init__(P), fo.read(1)))(F(P)))
show('fio kw', lambda: F(file=P, mode='rb').read(1))
show('fio name set', lambda: (lambda fo: (setattr(fo, 'name', 'zz'), fo.name, repr(fo)))(F(P)))
show('fio getstate', lambda: F(P).__getstate__())
show('fio bytes path', lambda: F(P.encode()).name)
os.remove(P)
`;

const EXPECTED = String.raw`fio attrs ('pyrewind_probe.bin', 'rb', True, False, True, False, True, False, <class 'int'>, True)
fio repr "<_io.FileIO name='pyrewind_probe.bin' mode='rb' closefd=True>"
fio read (b'hel', b'lo\nworld\n', b'', 12, 0, b'hello\nworld\n', 1, b'ello\n', [b'world\n'])
fio readinto (0, (4, bytearray(b'hell')))
fio write ro UnsupportedOperation False None None ('File not open for writing',)
fio truncate ro UnsupportedOperation False None None ('File not open for writing',)
fio seek whence OSError True Invalid argument None ('Invalid argument',)
fio seek neg OSError True Invalid argument None ('Invalid argument',)
fio seek str TypeError 'str' object cannot be interpreted as an integer
fio read str TypeError argument should be integer or None, not 'str'
fio closed repr '<_io.FileIO [closed]>'
closed read ValueError I/O operation on closed file
closed readall ValueError I/O operation on closed file
closed tell ValueError I/O operation on closed file
closed fileno ValueError I/O operation on closed file
closed isatty ValueError I/O operation on closed file
closed readable ValueError I/O operation on closed file
closed seekable ValueError I/O operation on closed file
closed writable ValueError I/O operation on closed file
closed readline ValueError I/O operation on closed file
closed flush ValueError I/O operation on closed file.
closed write ValueError I/O operation on closed file
closed seek ValueError I/O operation on closed file
closed mode 'rb'
fio bad mode ValueError Must have exactly one of create/read/write/append mode and at most one plus
fio bad mode2 ValueError invalid mode: rt
fio bad mode3 ValueError Must have exactly one of create/read/write/append mode and at most one plus
fio bad mode4 ValueError Must have exactly one of create/read/write/append mode and at most one plus
fio bad mode5 ValueError Must have exactly one of create/read/write/append mode and at most one plus
fio missing FileNotFoundError True No such file or directory pyrewind_nope.bin ('No such file or directory',)
fio dir IsADirectoryError True Is a directory . ('Is a directory',)
fio dir w IsADirectoryError True Is a directory . ('Is a directory',)
fio closefd name ValueError Cannot use closefd=False with file name
fio float TypeError expected str, bytes or os.PathLike object, not float
fio neg fd ValueError negative file descriptor
fio none TypeError expected str, bytes or os.PathLike object, not NoneType
fio modes [('r', 'rb'), ('w', 'wb'), ('a', 'ab'), ('r+', 'rb+'), ('w+', 'rb+'), ('a+', 'ab+'), ('rb', 'rb'), ('wb+', 'rb+'), ('ab', 'ab')]
fio write (3, 2, 1, 6, 1, 1, 2, 2, 10, 10)
fio write str TypeError a bytes-like object is required, not 'str'
fio read wo UnsupportedOperation False None None ('File not open for reading',)
content b'aZ\x00\x00\x00\x00\x00\x00\x00\x00'
fio x FileExistsError True File exists pyrewind_probe.bin ('File exists',)
fio a (10, 1, 11, 0, 1, 12)
content2 b'aZ\x00\x00\x00\x00\x00\x00\x00\x00!?'
fd (True, 'rb', b'aZ', False)
fd still open b'\x00\x00'
opener (b'aZ\x00', 'pyrewind_probe.bin')
opener bad ValueError opener returned -1
opener str TypeError expected integer from opener
fio init twice (None, b'a')
fio kw b'a'
fio name set (None, 'zz', "<_io.FileIO name='zz' mode='rb' closefd=True>")
fio getstate TypeError cannot pickle 'FileIO' instances
fio bytes path b'pyrewind_probe.bin'
`;

describe('io.FileIO', () => {
  expectLines(PROGRAM, EXPECTED, { seeking: true });
});
