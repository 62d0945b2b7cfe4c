// Checks io.BufferedReader/Writer/Random/RWPair and io.open() against CPython 3.14: reads through the
// buffer, peek/read1/readinto, seek inside and outside the buffer, interleaved reads and writes, detach,
// closed-file messages, open()'s mode and argument errors, and - with raw streams written in Python that
// print every call - the exact sequence and sizes of raw readinto/write/seek/tell calls. Runs on
// SeekingNodeHost (io_harness.ts). Expected lines printed by CPython 3.14.2 (pyodide).
import { describe } from 'vitest';
import { expectLines } from './io_harness.js';

const PROGRAM = String.raw`from io import open
import io, os, errno
def show(label, f):
    try:
        print(label, repr(f()))
    except OSError as e:
        print(label, type(e).__name__, e.strerror, e.filename, errno.errorcode.get(e.errno), e.args[1:] if e.errno else e.args)
    except Exception as e:
        print(label, type(e).__name__, e)
P = 'pyrewind_probe4.bin'
with open(P, 'wb') as f:
    f.write(b'line1\nline2\r\nline3\rline4')
r = open(P, 'rb')
show('br attrs', lambda: (type(r).__name__, r.name, r.mode, r.closed, r.raw, r.readable(), r.writable(), r.seekable(), repr(r)))
show('br read', lambda: (r.read(3), r.peek(2)[:2], r.read1(2), r.tell(), r.readline(), r.readlines(), r.read(), r.read(5), r.read1()))
show('br seek', lambda: (r.seek(0), r.read(2), r.seek(2, 1), r.read(1), r.seek(-2, 2), r.read(), r.seek(0), list(r)))
show('br readinto', lambda: (r.seek(0), (lambda b: (r.readinto(b), b, r.readinto1(b), b))(bytearray(3))))
show('br write', lambda: r.write(b'x'))
show('br truncate', lambda: r.truncate())
show('br detach', lambda: (lambda x: (x.detach(), repr(x)[:30]))(open(P, 'rb')))
def det():
    x = open(P, 'rb'); raw = x.detach()
    out = []
    for n in ('read', 'tell', 'closed', 'name', 'fileno'):
        try:
            v = getattr(x, n)
            out.append((n, v() if callable(v) else v))
        except Exception as e:
            out.append((n, type(e).__name__, str(e)))
    raw.close()
    return out
show('br detached ops', det)
show('br seek whence', lambda: r.seek(0, 7))
show('br seek neg', lambda: r.seek(-100))
show('br read neg', lambda: (r.seek(0), r.read(-2)))
show('br read1 neg', lambda: (r.seek(0), r.read1(-1)))
show('br peek', lambda: (r.seek(0), r.peek(), r.peek(100)))
r.close()
show('br closed repr', lambda: repr(r))
for name in ('read', 'peek', 'read1', 'readline', 'tell', 'flush', 'fileno', 'isatty', 'readable'):
    show('br closed ' + name, lambda: getattr(r, name)())
show('br closed seek', lambda: r.seek(0))
show('br closed closed', lambda: (r.closed, r.close()))
show('br closed name', lambda: r.name)
w = open(P, 'wb')
show('bw attrs', lambda: (type(w).__name__, w.mode, repr(w), w.readable(), w.writable()))
show('bw write', lambda: (w.write(b'abc'), w.write(bytearray(b'de')), w.write(memoryview(b'fg')), w.tell(), w.seek(1), w.write(b'Z'), w.tell(), w.flush(), w.truncate(), w.seek(0, 2)))
show('bw read', lambda: w.read())
show('bw peek', lambda: w.peek())
show('bw write str', lambda: w.write('s'))
show('bw writelines', lambda: w.writelines([b'1', b'2']))
w.close()
show('bw content', lambda: open(P, 'rb').read())
show('bw closed write', lambda: w.write(b'x'))
show('bw closed flush', lambda: w.flush())
show('bw closed close', lambda: w.close())
rw = open(P, 'r+b')
show('brand', lambda: (type(rw).__name__, rw.mode, rw.read(2), rw.write(b'XY'), rw.tell(), rw.seek(0), rw.read(), rw.seek(1), rw.peek(2)[:2], rw.write(b'Q'), rw.read(1), rw.seek(0), rw.read()))
rw.close()
show('open errors', lambda: open(P, 'rw'))
for m in ('rw', 'rr', 'q', '', 'bt', 'wa', 'r+b+', 'U', 'rU', 'x+t', 'ab', 'rbt'):
    show('mode ' + repr(m), lambda: open(P, m).close())
show('bin enc', lambda: open(P, 'rb', encoding='utf-8'))
show('bin errors', lambda: open(P, 'rb', errors='strict'))
show('bin newline', lambda: open(P, 'rb', newline=''))
show('unbuf text', lambda: open(P, 'r', buffering=0))
show('unbuf bin', lambda: type(open(P, 'rb', buffering=0)).__name__)
show('buffering neg', lambda: type(open(P, 'rb', buffering=-5)).__name__)
show('buffering str', lambda: open(P, 'rb', buffering='1'))
show('newline bad', lambda: open(P, 'r', newline='x'))
show('newline int', lambda: open(P, 'r', newline=5))
show('enc int', lambda: open(P, 'r', encoding=5))
show('enc unknown', lambda: open(P, 'r', encoding='nope'))
show('errors int', lambda: open(P, 'r', errors=5))
show('file int bad', lambda: open(-1))
show('file float', lambda: open(1.5))
show('file list', lambda: open([]))
show('mode int', lambda: open(P, 5))
show('closefd name', lambda: open(P, closefd=False))
show('opener', lambda: open(P, opener=lambda p, f: os.open(p, f)).read())
show('kw', lambda: open(file=P, mode='r').read(2))
show('too many', lambda: open(P, 'r', -1, None, None, None, True, None, 1))
show('bad kw', lambda: open(P, foo=1))
show('buffered size', lambda: (io.BufferedReader(io.BytesIO(b'x'), 0)))
show('buffered size neg', lambda: (io.BufferedReader(io.BytesIO(b'x'), -1)))
show('buffered noread', lambda: io.BufferedReader(open(P, 'wb')))
show('buffered nowrite', lambda: io.BufferedWriter(open(P, 'rb')))
show('buffered on bytesio', lambda: (lambda b: (b.read(2), b.peek(1)[:1], type(b.raw).__name__, repr(b)))(io.BufferedReader(io.BytesIO(b'abcdef'))))
show('bwriter on bytesio', lambda: (lambda raw: (lambda b: (b.write(b'xyz'), raw.getvalue(), b.flush(), raw.getvalue()))(io.BufferedWriter(raw)))(io.BytesIO()))
show('rwpair', lambda: (lambda p: (p.read(2), p.write(b'q'), p.readable(), p.writable(), p.seekable() if hasattr(p, 'seekable') else None, p.closed, p.peek(1)[:1]))(io.BufferedRWPair(io.BytesIO(b'abc'), io.BytesIO())))
show('rwpair bad', lambda: io.BufferedRWPair(open(P, 'wb'), io.BytesIO()))
os.remove(P)

class R(io.RawIOBase):
    def __init__(self, data): self.data = data; self.pos = 0
    def readable(self): return True
    def seekable(self): return True
    def writable(self): return True
    def tell(self): print('tell'); return self.pos
    def seek(self, p, w=0):
        print('seek', p, w)
        self.pos = p if w == 0 else self.pos + p if w == 1 else len(self.data) + p
        return self.pos
    def readinto(self, b):
        print('readinto', type(b).__name__, len(b))
        n = min(len(b), len(self.data) - self.pos, 3)
        b[:n] = self.data[self.pos:self.pos+n]; self.pos += n
        return n
    def write(self, b):
        print('write', bytes(b))
        self.data = self.data[:self.pos] + bytes(b) + self.data[self.pos+len(b):]
        self.pos += len(b)
        return len(b)
def show2(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
print('--- reader init')
br = io.BufferedReader(R(b'0123456789abcdef'), 4)
show2('read1', lambda: br.read1(2))
show2('read1 more', lambda: br.read1(5))
show2('read1 empty', lambda: br.read1(5))
show2('tell', lambda: br.tell())
show2('seek in buf', lambda: br.seek(1, 1))
show2('seek out', lambda: br.seek(10))
show2('readline', lambda: br.readline())
show2('readinto', lambda: (lambda b: (br.seek(0), br.readinto(b), b))(bytearray(7)))
show2('readinto1', lambda: (lambda b: (br.readinto1(b), b))(bytearray(7)))
show2('peek', lambda: br.peek(1))
print('--- random')
rr = io.BufferedRandom(R(b'0123456789abcdef'), 4)
show2('read', lambda: rr.read(2))
show2('write', lambda: rr.write(b'XY'))
show2('tell', lambda: rr.tell())
show2('peek', lambda: rr.peek())
show2('flush', lambda: rr.flush())
show2('write2', lambda: rr.write(b'Z'))
show2('read2', lambda: rr.read(1))
show2('seek', lambda: rr.seek(0))
show2('readall', lambda: rr.read())
show2('close', lambda: rr.close())
print('--- writer')
ww = io.BufferedWriter(R(b''), 4)
show2('w', lambda: ww.write(b'abc'))
show2('tell', lambda: ww.tell())
show2('seek', lambda: ww.seek(0))
show2('w2', lambda: ww.write(b'Q'))
show2('close', lambda: ww.close())

class W(io.RawIOBase):
    def writable(self): return True
    def write(self, b): print('write', bytes(b)); return len(b)
bw = io.BufferedWriter(W(), 4)
print(bw.write(b'abcd'))
print(bw.write(b'ab'))
print(bw.write(b'cd'))
print(bw.write(b'efgh'))
print('flush'); bw.flush()
bw2 = io.BufferedWriter(W(), 4)
print(bw2.write(b'a'), bw2.write(b'bcdefgh'))
print('flush'); bw2.flush()
print('close'); bw2.close()
try:
    bw2.write(b'x')
except Exception as e: print(type(e).__name__, e)
r = io.BufferedReader(io.BytesIO(b'abc'))
try:
    r.truncate()
except Exception as e: print(type(e).__name__, e)
r.close()
try:
    r.readinto(bytearray(2))
except Exception as e: print(type(e).__name__, e)
try:
    r.truncate()
except Exception as e: print(type(e).__name__, e)
`;

const EXPECTED = String.raw`br attrs ('BufferedReader', 'pyrewind_probe4.bin', 'rb', False, <_io.FileIO name='pyrewind_probe4.bin' mode='rb' closefd=True>, True, False, True, "<_io.BufferedReader name='pyrewind_probe4.bin'>")
br read (b'lin', b'e1', b'e1', 5, b'\n', [b'line2\r\n', b'line3\rline4'], b'', b'', b'')
br seek (0, b'li', 4, b'1', 22, b'e4', 0, [b'line1\n', b'line2\r\n', b'line3\rline4'])
br readinto (0, (3, bytearray(b'e1\n'), 3, bytearray(b'e1\n')))
br write UnsupportedOperation None None None ('write',)
br truncate UnsupportedOperation None None None ('truncate',)
br detach (<_io.FileIO name='pyrewind_probe4.bin' mode='rb' closefd=True>, '<_io.BufferedReader>')
br detached ops [('read', 'ValueError', 'raw stream has been detached'), ('tell', 'ValueError', 'raw stream has been detached'), ('closed', 'ValueError', 'raw stream has been detached'), ('name', 'ValueError', 'raw stream has been detached'), ('fileno', 'ValueError', 'raw stream has been detached')]
br seek whence ValueError whence value 7 unsupported
br seek neg OSError Invalid argument None EINVAL ('Invalid argument',)
br read neg ValueError read length must be non-negative or -1
br read1 neg (0, b'line1\nline2\r\nline3\rline4')
br peek (0, b'line1\nline2\r\nline3\rline4', b'line1\nline2\r\nline3\rline4')
br closed repr "<_io.BufferedReader name='pyrewind_probe4.bin'>"
br closed read ValueError read of closed file
br closed peek ValueError peek of closed file
br closed read1 ValueError read of closed file
br closed readline ValueError readline of closed file
br closed tell ValueError I/O operation on closed file
br closed flush ValueError I/O operation on closed file.
br closed fileno ValueError I/O operation on closed file
br closed isatty ValueError I/O operation on closed file
br closed readable ValueError I/O operation on closed file
br closed seek ValueError seek of closed file
br closed closed (True, None)
br closed name 'pyrewind_probe4.bin'
bw attrs ('BufferedWriter', 'wb', "<_io.BufferedWriter name='pyrewind_probe4.bin'>", False, True)
bw write (3, 2, 2, 7, 1, 1, 2, None, 2, 2)
bw read UnsupportedOperation None None None ('read',)
bw peek AttributeError '_io.BufferedWriter' object has no attribute 'peek'
bw write str TypeError a bytes-like object is required, not 'str'
bw writelines None
bw content b'aZ12'
bw closed write ValueError write to closed file
bw closed flush ValueError flush of closed file
bw closed close None
brand ('BufferedRandom', 'rb+', b'aZ', 2, 4, 0, b'aZXY', 1, b'ZX', 1, b'X', 0, b'aQXY')
open errors ValueError must have exactly one of create/read/write/append mode
mode 'rw' ValueError must have exactly one of create/read/write/append mode
mode 'rr' ValueError invalid mode: 'rr'
mode 'q' ValueError invalid mode: 'q'
mode '' ValueError Must have exactly one of create/read/write/append mode and at most one plus
mode 'bt' ValueError can't have text and binary mode at once
mode 'wa' ValueError must have exactly one of create/read/write/append mode
mode 'r+b+' ValueError invalid mode: 'r+b+'
mode 'U' ValueError invalid mode: 'U'
mode 'rU' ValueError invalid mode: 'rU'
mode 'x+t' FileExistsError File exists pyrewind_probe4.bin EEXIST ('File exists',)
mode 'ab' None
mode 'rbt' ValueError can't have text and binary mode at once
bin enc ValueError binary mode doesn't take an encoding argument
bin errors ValueError binary mode doesn't take an errors argument
bin newline ValueError binary mode doesn't take a newline argument
unbuf text ValueError can't have unbuffered text I/O
unbuf bin 'FileIO'
buffering neg 'BufferedReader'
buffering str TypeError 'str' object cannot be interpreted as an integer
newline bad ValueError illegal newline value: x
newline int TypeError open() argument 'newline' must be str or None, not int
enc int TypeError open() argument 'encoding' must be str or None, not int
enc unknown LookupError unknown encoding: nope
errors int TypeError open() argument 'errors' must be str or None, not int
file int bad ValueError negative file descriptor
file float TypeError expected str, bytes or os.PathLike object, not float
file list TypeError expected str, bytes or os.PathLike object, not list
mode int TypeError open() argument 'mode' must be str, not int
closefd name ValueError Cannot use closefd=False with file name
opener 'aQXY'
kw 'aQ'
too many TypeError open() takes at most 8 arguments (9 given)
bad kw TypeError open() got an unexpected keyword argument 'foo'
buffered size ValueError buffer size must be strictly positive
buffered size neg ValueError buffer size must be strictly positive
buffered noread UnsupportedOperation None None None ('File or stream is not readable.',)
buffered nowrite UnsupportedOperation None None None ('File or stream is not writable.',)
buffered on bytesio (b'ab', b'c', 'BytesIO', '<_io.BufferedReader>')
bwriter on bytesio (3, b'', None, b'xyz')
rwpair (b'ab', 1, True, True, False, False, b'c')
rwpair bad UnsupportedOperation None None None ('File or stream is not readable.',)
--- reader init
tell
readinto memoryview 2
read1 b'01'
readinto memoryview 5
read1 more b'234'
readinto memoryview 5
read1 empty b'567'
tell
tell 8
seek 1 1
seek in buf 9
seek 10 0
seek out 10
readinto memoryview 4
readinto memoryview 4
readinto memoryview 4
readline b'abcdef'
seek 0 0
readinto memoryview 7
readinto memoryview 4
readinto memoryview 1
readinto (0, 7, bytearray(b'0123456'))
readinto memoryview 7
readinto1 (3, bytearray(b'789\x00\x00\x00\x00'))
readinto memoryview 4
peek b'abc'
--- random
tell
seek 0 1
readinto memoryview 4
read b'01'
write 2
tell
tell 4
seek -1 1
write b'XY'
seek 0 1
readinto memoryview 4
peek b'456'
seek -3 1
flush None
write2 1
write b'Z'
seek 0 1
readinto memoryview 4
read2 b'5'
seek 0 0
seek 0
seek 0 1
readinto bytearray 131072
readinto bytearray 131072
readinto bytearray 131072
readinto bytearray 131072
readinto bytearray 131072
readinto bytearray 131072
readinto bytearray 131072
readall b'01XYZ56789abcdef'
seek 0 1
close None
--- writer
tell
w 3
tell
tell 3
write b'abc'
seek 0 0
seek 0
w2 1
write b'Q'
close None
write b'abcd'
4
2
2
write b'abcd'
write b'efgh'
4
flush
write b'a'
write b'bcdefgh'
1 7
flush
close
ValueError write to closed file
UnsupportedOperation truncate
ValueError readinto of closed file
ValueError truncate of closed file
`;

describe('io buffered streams', () => {
  expectLines(PROGRAM, EXPECTED, { seeking: true });
});
