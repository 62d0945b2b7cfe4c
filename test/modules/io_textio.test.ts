// Checks io.TextIOWrapper and text-mode open() against CPython 3.14: encodings (utf-8 and its decode
// errors, latin-1, ascii with error handlers, utf-16 and utf-8-sig BOMs), all newline modes on read and
// write, line_buffering/write_through, reconfigure, detach, closed-file errors, and tell()/seek() cookies
// in the middle of multi-byte text. Runs on SeekingNodeHost (io_harness.ts). Expected lines printed by
// CPython 3.14.2 (pyodide).
import { describe } from 'vitest';
import { expectLines } from './io_harness.js';

const PROGRAM = String.raw`from io import open
import io, os
def show(label, f):
    try:
        print(label, repr(f()))
    except OSError as e:
        print(label, type(e).__name__, e.strerror, e.filename, e.args)
    except Exception as e:
        print(label, type(e).__name__, e)
T = io.TextIOWrapper
B = io.BytesIO
t = T(B(b'abc\ndef\r\nghi\rjkl'), encoding='utf-8')
show('t attrs', lambda: (t.encoding, t.errors, t.line_buffering, t.write_through, t.newlines, t.closed, t.readable(), t.writable(), t.seekable(), repr(t), t._CHUNK_SIZE))
show('t name', lambda: t.name)
show('t read', lambda: (t.readline(), t.newlines, t.readline(), t.newlines, t.read(2), t.tell(), t.read(), t.newlines))
show('t seek', lambda: (t.seek(0), t.read(5), t.tell(), t.seek(0, 2), t.tell(), t.seek(0, 1)))
show('t seek cur', lambda: t.seek(1, 1))
show('t seek end', lambda: t.seek(-1, 2))
show('t seek whence', lambda: t.seek(0, 3))
show('t seek neg', lambda: t.seek(-1))
show('t iter', lambda: (t.seek(0), list(t)))
show('t write ro', lambda: t.write('x'))
t2 = T(B(), encoding='utf-8')
show('t2 write', lambda: (t2.write('a\nb'), t2.write('é'), t2.tell(), t2.buffer.getvalue(), t2.flush(), t2.buffer.getvalue()))
show('t2 write bytes', lambda: t2.write(b'x'))
show('t2 write none', lambda: t2.write(None))
show('default enc', lambda: T(B()).encoding)
show('bad enc', lambda: T(B(), encoding='nope'))
show('enc int', lambda: T(B(), encoding=1))
show('errors int', lambda: T(B(), errors=1))
show('newline bad', lambda: T(B(), newline='x'))
show('newline int', lambda: T(B(), newline=1))
show('no buffer', lambda: T())
show('buffer int', lambda: T(5))
for nl in (None, '', '\n', '\r', '\r\n'):
    b = B()
    x = T(b, encoding='utf-8', newline=nl)
    show(f'nl {nl!r}', lambda: (x.write('a\nb\r\nc\rd'), x.flush(), b.getvalue()))
    y = T(B(b'a\nb\r\nc\rd\r'), encoding='utf-8', newline=nl)
    show(f'nl read {nl!r}', lambda: (y.readline(), y.readline(), y.readline(), y.readline(), y.readline(), y.newlines))
show('latin1', lambda: (lambda b: (lambda t: (t.write('café'), t.flush(), b.getvalue()))(T(b, encoding='latin-1')))(B()))
show('latin1 bad', lambda: (lambda x: (x.write('€'), x.flush()))(T(B(), encoding='latin-1')))
show('ascii replace', lambda: (lambda b: (lambda x: (x.write('é€'), x.flush(), b.getvalue()))(T(b, encoding='ascii', errors='replace')))(B()))
show('decode err', lambda: T(B(b'ab\xffcd'), encoding='utf-8').read())
show('decode err readline', lambda: T(B(b'ab\ncd\xff'), encoding='utf-8').readlines())
show('decode replace', lambda: T(B(b'ab\xffcd'), encoding='utf-8', errors='replace').read())
show('decode split', lambda: (lambda x: [x.read(1) for _ in range(4)])(T(B('é𝄞x'.encode()), encoding='utf-8')))
show('utf16', lambda: (lambda b: (lambda x: (x.write('hi'), x.write('!'), x.flush(), b.getvalue()))(T(b, encoding='utf-16')))(B()))
show('utf16 read', lambda: T(B('hi\nthere'.encode('utf-16')), encoding='utf-16').readlines())
show('utf-8-sig', lambda: (T(B(b'\xef\xbb\xbfabc'), encoding='utf-8-sig').read(), (lambda b: (lambda t: (t.write('x'), t.flush(), b.getvalue()))(T(b, encoding='utf-8-sig')))(B())))
show('line_buffering', lambda: (lambda b: (lambda x: (x.write('ab'), b.getvalue(), x.write('c\nd'), b.getvalue()))(T(b, encoding='utf-8', line_buffering=True)))(B()))
show('write_through', lambda: (lambda b: (lambda x: (x.write('ab'), b.getvalue()))(T(b, encoding='utf-8', write_through=True)))(B()))
show('reconfigure', lambda: (lambda x: (x.reconfigure(line_buffering=True), x.line_buffering, x.reconfigure(encoding='latin-1'), x.encoding, x.reconfigure(newline=''), x.reconfigure(errors='ignore'), x.errors))(T(B(), encoding='utf-8')))
show('reconfigure after read', lambda: (lambda x: (x.read(1), x.reconfigure(encoding='latin-1')))(T(B(b'abc'), encoding='utf-8')))
show('reconfigure bad kw', lambda: T(B(), encoding='utf-8').reconfigure(foo=1))
show('reconfigure pos', lambda: T(B(), encoding='utf-8').reconfigure('x'))
show('detach', lambda: (lambda x: (type(x.detach()).__name__, repr(x)))(T(B(), encoding='utf-8')))
def det():
    x = T(B(b'ab'), encoding='utf-8'); x.detach(); out=[]
    for n in ('read', 'write', 'tell', 'closed', 'name', 'encoding', 'buffer', 'fileno', 'flush', 'readline', 'close'):
        try:
            v = getattr(x, n)
            out.append((n, v() if callable(v) and n not in ('write',) else (type(v).__name__ if n == 'write' else v)))
        except Exception as e:
            out.append((n, type(e).__name__, str(e)))
    return out
show('detached', det)
c = T(B(b'x'), encoding='utf-8'); c.close()
for name in ('read', 'readline', 'tell', 'flush', 'fileno', 'isatty', 'readable', 'seekable', 'writable', 'detach'):
    show('closed ' + name, lambda: getattr(c, name)())
show('closed write', lambda: c.write('x'))
show('closed seek', lambda: c.seek(0))
show('closed attrs', lambda: (c.closed, c.encoding, c.newlines, c.line_buffering, c.errors))
show('closed buffer', lambda: c.buffer.closed)
show('closed next', lambda: next(c))
show('tell after readline', lambda: (lambda x: (x.readline(), x.tell(), x.readline(), x.tell()))(T(B('é\n𝄞\nz'.encode()), encoding='utf-8')))
show('tell during iter', lambda: (lambda x: (next(x), x.tell()))(T(B(b'a\nb'), encoding='utf-8')))
show('seek to cookie', lambda: (lambda x: (x.read(1), x.tell(), x.read(), x.seek(1), x.read()))(T(B('é\n𝄞\nz'.encode()), encoding='utf-8')))
show('read neg', lambda: T(B(b'abc'), encoding='utf-8').read(-5))
show('read str', lambda: T(B(b'abc'), encoding='utf-8').read('a'))
show('readline str', lambda: T(B(b'abc'), encoding='utf-8').readline('a'))
show('readline limit', lambda: (lambda x: (x.readline(2), x.readline(10), x.readline(0)))(T(B(b'abc\ndef'), encoding='utf-8')))
show('truncate', lambda: (lambda b: (lambda x: (x.write('hello'), x.truncate(2), b.getvalue(), x.tell()))(T(b, encoding='utf-8')))(B()))
show('write then read', lambda: (lambda x: (x.write('abc'), x.seek(0), x.read()))(T(B(), encoding='utf-8')))
show('read then write', lambda: (lambda b: (lambda x: (x.read(1), x.write('Z'), x.flush(), b.getvalue()))(T(b, encoding='utf-8')))(B(b'abc')))
show('isinstance', lambda: (isinstance(t, io.TextIOBase), isinstance(t, io.IOBase)))
show('mode attr', lambda: (lambda x: (setattr(x, 'mode', 'r'), x.mode))(T(B(), encoding='utf-8')))
show('no mode', lambda: T(B(), encoding='utf-8').mode)
show('repr enc', lambda: repr(T(B(), encoding='latin-1')))
show('getstate', lambda: T(B(), encoding='utf-8').__getstate__())
D = io.IncrementalNewlineDecoder
show('ind', lambda: (lambda d: (d.decode('a\r'), d.decode('\nb\r'), d.getstate(), d.decode('', final=True), d.newlines, d.reset(), d.getstate()))(D(None, translate=True)))
show('ind notrans', lambda: (lambda d: (d.decode('a\r'), d.decode('\nb\r', True), d.newlines))(D(None, False)))
show('ind bytes', lambda: D(None, True).decode(b'x'))
show('ind setstate', lambda: (lambda d: (d.setstate((b'', 1)), d.decode('\nx'), d.getstate()))(D(None, True)))
show('ind args', lambda: D())
show('ind errors', lambda: D(None, True, 'strict').decode('a\r\n', final=True))
import codecs
show('ind dec', lambda: (lambda d: (d.decode(b'a\r'), d.decode(b'\n\xc3'), d.decode(b'\xa9', True), d.getstate(), d.newlines))(D(codecs.getincrementaldecoder('utf-8')(), True)))
show('ind newlines all', lambda: (lambda d: (d.decode('a\rb\nc\r\nd', True), d.newlines))(D(None, True)))

import os
def show9(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
P = 'pyrewind_probe9.txt'
text = ''.join(f'ligne {i} é𝄞 {"x" * (i % 37)}\r\n' if i % 3 else f'line {i}\n' for i in range(3000))
with open(P, 'w', newline='') as f:
    f.write(text)
def cookies():
    out = []
    with open(P, encoding='utf-8') as f:
        for k in range(8):
            f.read(k * 13 + 1)
            out.append(f.tell())
        f.readline()
        out.append(f.tell())
        c = f.tell()
        a = f.read(50)
        f.seek(c)
        b = f.read(50)
        out.append(a == b)
        f.seek(0)
        out.append(f.read(5))
        f.seek(0, 2)
        out.append(f.tell())
        out.append(f.read())
    return out
show9('cookies', cookies)
def cookie_mid():
    with open(P, encoding='utf-8') as f:
        f.read(9000)
        c = f.tell()
        s = f.read(30)
        f.seek(c)
        return c, s == f.read(30), s
show9('cookie mid', cookie_mid)
def lines_tell():
    out = []
    with open(P, encoding='utf-8') as f:
        while True:
            pos = f.tell()
            line = f.readline()
            if not line: break
            out.append(pos)
    return len(out), out[:5], out[-3:], sum(out) % 1000003
show9('lines tell', lines_tell)
def newline_none():
    with open(P, encoding='utf-8') as f:
        lines = f.readlines()
    return len(lines), lines[1], f.newlines if False else None
show9('newline none', newline_none)
def newline_empty():
    with open(P, encoding='utf-8', newline='') as f:
        lines = f.readlines()
        return len(lines), lines[1], lines[3], f.newlines
show9('newline empty', newline_empty)
def newline_crlf():
    with open(P, encoding='utf-8', newline='\r\n') as f:
        lines = f.readlines()
        return len(lines), lines[0], lines[1], f.newlines
show9('newline crlf', newline_crlf)
def newline_cr():
    with open(P, encoding='utf-8', newline='\r') as f:
        lines = f.readlines()
        return len(lines), lines[0], lines[1]
show9('newline cr', newline_cr)
def readline_limit():
    with open(P, encoding='utf-8') as f:
        return [f.readline(k) for k in (0, 1, 3, 100, 5, -1, 2)]
show9('readline limit', readline_limit)
def iter_tell():
    with open(P, encoding='utf-8') as f:
        n = 0
        for line in f:
            n += 1
            if n == 3:
                try:
                    f.tell()
                except OSError as e:
                    r = str(e)
        return n, r, f.tell()
show9('iter tell', iter_tell)
def utf16():
    with open(P, 'w', encoding='utf-16') as f:
        f.write('héllo\n')
        f.write('wörld 𝄞\n')
        t = f.tell()
    with open(P, 'rb') as f:
        raw = f.read()
    with open(P, encoding='utf-16') as f:
        a = f.readline(); c = f.tell(); b = f.read(); f.seek(c); b2 = f.read()
    with open(P, 'a', encoding='utf-16') as f:
        f.write('more')
    with open(P, 'rb') as f:
        raw2 = f.read()
    return t, raw[:8], a, c, b, b == b2, raw2[-10:]
show9('utf16', utf16)
def utf8sig():
    with open(P, 'w', encoding='utf-8-sig') as f:
        f.write('a')
        f.seek(0, 2)
        f.write('b')
    with open(P, 'rb') as f:
        raw = f.read()
    with open(P, encoding='utf-8-sig') as f:
        return raw, f.read(), f.tell()
show9('utf8sig', utf8sig)
def rplus():
    with open(P, 'w') as f:
        f.write('0123456789\nabcdef\n')
    with open(P, 'r+') as f:
        a = f.readline()
        f.write('XY')
        f.seek(0)
        b = f.read()
        f.seek(3)
        f.write('Q')
        f.seek(0)
        c = f.read()
        f.truncate(5)
        f.seek(0)
        d = f.read()
    return a, b, c, d
show9('r+', rplus)
def wplus():
    with open(P, 'w+', encoding='latin-1') as f:
        f.write('café\n' * 3)
        p = f.tell()
        f.seek(0)
        return p, f.read(), f.tell(), f.encoding, repr(f)[:40]
show9('w+', wplus)
def binary_lines():
    with open(P, 'wb') as f:
        f.write(b'a\nbb\r\nccc\rdddd')
    with open(P, 'rb') as f:
        return list(f), f.tell()
show9('binary lines', binary_lines)
def append_tell():
    with open(P, 'w') as f:
        f.write('abc')
    with open(P, 'a') as f:
        t0 = f.tell()
        f.write('de')
        t1 = f.tell()
    with open(P, 'a+') as f:
        t2 = f.tell()
        f.seek(0)
        r = f.read()
        f.write('Z')
        t3 = f.tell()
    with open(P) as f:
        return t0, t1, t2, r, t3, f.read()
show9('append', append_tell)
def big_write():
    with open(P, 'w') as f:
        for i in range(10000):
            f.write('%05d|' % i)
    with open(P) as f:
        data = f.read()
    return len(data), data[:12], data[-12:], os.path.getsize(P)
show9('big write', big_write)
def unflushed():
    f = open(P, 'w')
    f.write('pending')
    with open(P) as g:
        before = g.read()
    f.flush()
    with open(P) as g:
        after = g.read()
    f.close()
    return before, after
show9('unflushed', unflushed)
def line_buffered():
    f = open(P, 'w', buffering=1)
    f.write('abc')
    with open(P) as g:
        a = g.read()
    f.write('\nx')
    with open(P) as g:
        b = g.read()
    lb = f.line_buffering
    f.close()
    return a, b, lb
show9('line buffered', line_buffered)
def x_mode():
    os.remove(P)
    with open(P, 'x') as f:
        f.write('new')
    return open(P).read(), open(P, 'rb').mode, open(P).mode, open(P, 'r+b').mode, open(P, 'x' if False else 'a+').mode, open(P, 'rb', buffering=0).mode
show9('modes', x_mode)
def readinto_file():
    with open(P, 'rb') as f:
        b = bytearray(10)
        n = f.readinto(b)
        return n, b
show9('readinto', readinto_file)
def peek_file():
    with open(P, 'rb') as f:
        return f.peek(1), f.read(1), f.peek(), f.read1(100)
show9('peek', peek_file)
def fileno_stuff():
    with open(P) as f:
        return type(f.fileno()), f.isatty(), f.buffer.raw.closefd, f.buffer.raw.mode, f.name
show9('fileno', fileno_stuff)
def errors_modes():
    with open(P, 'w', encoding='ascii', errors='backslashreplace') as f:
        f.write('é€x')
    with open(P, 'rb') as f:
        raw = f.read()
    with open(P, 'w', encoding='ascii', errors='xmlcharrefreplace') as f:
        f.write('é')
    with open(P, encoding='ascii', errors='ignore') as f:
        ign = f.read()
    return raw, ign
show9('errors', errors_modes)
def surrogate():
    with open(P, 'wb') as f:
        f.write(b'ok\xffbad')
    with open(P, encoding='utf-8', errors='surrogateescape') as f:
        s = f.read()
    with open(P, 'w', encoding='utf-8', errors='surrogateescape') as f:
        f.write(s)
    return s, open(P, 'rb').read()
show9('surrogate', surrogate)
os.remove(P)
`;

const EXPECTED = String.raw`t attrs ('utf-8', 'strict', False, False, None, False, True, True, True, "<_io.TextIOWrapper encoding='utf-8'>", 8192)
t name AttributeError '_io.BytesIO' object has no attribute 'name'
t read ('abc\n', ('\r', '\n', '\r\n'), 'def\n', ('\r', '\n', '\r\n'), 'gh', 11, 'i\njkl', ('\n', '\r\n'))
t seek (0, 'abc\nd', 5, 16, 16, 16)
t seek cur UnsupportedOperation None None ("can't do nonzero cur-relative seeks",)
t seek end UnsupportedOperation None None ("can't do nonzero end-relative seeks",)
t seek whence ValueError invalid whence (3, should be 0, 1 or 2)
t seek neg ValueError negative seek position -1
t iter (0, ['abc\n', 'def\n', 'ghi\n', 'jkl'])
t write ro 1
t2 write (3, 1, 5, b'a\nb\xc3\xa9', None, b'a\nb\xc3\xa9')
t2 write bytes TypeError write() argument must be str, not bytes
t2 write none TypeError write() argument must be str, not None
default enc 'UTF-8'
bad enc LookupError unknown encoding: nope
enc int TypeError TextIOWrapper() argument 'encoding' must be str or None, not int
errors int TypeError TextIOWrapper() argument 'errors' must be str or None, not int
newline bad ValueError illegal newline value: x
newline int TypeError TextIOWrapper() argument 'newline' must be str or None, not int
no buffer TypeError TextIOWrapper() missing required argument 'buffer' (pos 1)
buffer int AttributeError 'int' object has no attribute 'readable'
nl None (8, None, b'a\nb\r\nc\rd')
nl read None ('a\n', 'b\n', 'c\n', 'd\n', '', ('\r', '\n', '\r\n'))
nl '' (8, None, b'a\nb\r\nc\rd')
nl read '' ('a\n', 'b\r\n', 'c\r', 'd\r', '', ('\r', '\n', '\r\n'))
nl '\n' (8, None, b'a\nb\r\nc\rd')
nl read '\n' ('a\n', 'b\r\n', 'c\rd\r', '', '', None)
nl '\r' (8, None, b'a\rb\r\rc\rd')
nl read '\r' ('a\nb\r', '\nc\r', 'd\r', '', '', None)
nl '\r\n' (8, None, b'a\r\nb\r\r\nc\rd')
nl read '\r\n' ('a\nb\r\n', 'c\rd\r', '', '', '', None)
latin1 (4, None, b'caf\xe9')
latin1 bad UnicodeEncodeError 'latin-1' codec can't encode character '\u20ac' in position 0: ordinal not in range(256)
ascii replace (2, None, b'??')
decode err UnicodeDecodeError 'utf-8' codec can't decode byte 0xff in position 2: invalid start byte
decode err readline UnicodeDecodeError 'utf-8' codec can't decode byte 0xff in position 5: invalid start byte
decode replace 'ab�cd'
decode split ['é', '𝄞', 'x', '']
utf16 (2, 1, None, b'\xff\xfeh\x00i\x00!\x00')
utf16 read ['hi\n', 'there']
utf-8-sig ('abc', (1, None, b'\xef\xbb\xbfx'))
line_buffering (2, b'', 3, b'abc\nd')
write_through (2, b'ab')
reconfigure (None, True, None, 'latin-1', None, None, 'ignore')
reconfigure after read UnsupportedOperation None None ('It is not possible to set the encoding or newline of stream after the first read',)
reconfigure bad kw TypeError reconfigure() got an unexpected keyword argument 'foo'
reconfigure pos TypeError reconfigure() takes no positional arguments
detach ('BytesIO', "<_io.TextIOWrapper encoding='utf-8'>")
detached [('read', 'ValueError', 'underlying buffer has been detached'), ('write', 'builtin_function_or_method'), ('tell', 'ValueError', 'underlying buffer has been detached'), ('closed', 'ValueError', 'underlying buffer has been detached'), ('name', 'ValueError', 'underlying buffer has been detached'), ('encoding', 'utf-8'), ('buffer', None), ('fileno', 'ValueError', 'underlying buffer has been detached'), ('flush', 'ValueError', 'underlying buffer has been detached'), ('readline', 'ValueError', 'underlying buffer has been detached'), ('close', 'ValueError', 'underlying buffer has been detached')]
closed read ValueError I/O operation on closed file.
closed readline ValueError I/O operation on closed file.
closed tell ValueError I/O operation on closed file.
closed flush ValueError I/O operation on closed file.
closed fileno UnsupportedOperation None None ('fileno',)
closed isatty ValueError I/O operation on closed file.
closed readable ValueError I/O operation on closed file.
closed seekable ValueError I/O operation on closed file.
closed writable ValueError I/O operation on closed file.
closed detach ValueError I/O operation on closed file.
closed write ValueError I/O operation on closed file.
closed seek ValueError I/O operation on closed file.
closed attrs (True, 'utf-8', None, False, 'strict')
closed buffer True
closed next ValueError I/O operation on closed file.
tell after readline ('é\n', 3, '𝄞\n', 8)
tell during iter OSError None None ('telling position disabled by next() call',)
seek to cookie UnicodeDecodeError 'utf-8' codec can't decode byte 0xa9 in position 0: invalid start byte
read neg 'abc'
read str TypeError argument should be integer or None, not 'str'
readline str TypeError 'str' object cannot be interpreted as an integer
readline limit ('ab', 'c\n', '')
truncate (5, 2, b'he', 5)
write then read (3, 0, 'abc')
read then write ('a', 1, None, b'abcZ')
isinstance (True, True)
mode attr (None, 'r')
no mode AttributeError '_io.TextIOWrapper' object has no attribute 'mode'
repr enc "<_io.TextIOWrapper encoding='latin-1'>"
getstate TypeError cannot pickle 'TextIOWrapper' instances
ind ('a', '\nb', (b'', 1), '\n', ('\r', '\r\n'), None, (b'', 0))
ind notrans ('a', '\r\nb\r', ('\r', '\r\n'))
ind bytes TypeError decoder should return a string result, not 'bytes'
ind setstate (None, '\nx', (b'', 0))
ind args TypeError IncrementalNewlineDecoder() missing required argument 'decoder' (pos 1)
ind errors 'a\n'
ind dec ('a', '\n', 'é', (b'', 0), '\r\n')
ind newlines all ('a\nb\nc\nd', ('\r', '\n', '\r\n'))
cookies [1, 15, 52, 102, 165, 245, 335, 441, 445, True, 'line ', 84857, '']
cookie mid (10259, True, '\nline 378\nligne 379 é𝄞 xxxxxxx')
lines tell (3000, [0, 7, 25, 44, 51], [84804, 84814, 84835], 870447)
newline none (3000, 'ligne 1 é𝄞 x\n', None)
newline empty (3000, 'ligne 1 é𝄞 x\r\n', 'line 3\n', ('\n', '\r\n'))
newline crlf (2000, 'line 0\nligne 1 é𝄞 x\r\n', 'ligne 2 é𝄞 xx\r\n', None)
newline cr (2001, 'line 0\nligne 1 é𝄞 x\r', '\nligne 2 é𝄞 xx\r')
readline limit ['', 'l', 'ine', ' 0\n', 'ligne', ' 1 é𝄞 x\n', 'li']
iter tell (3000, 'telling position disabled by next() call', 84857)
utf16 (32, b'\xff\xfeh\x00\xe9\x00l\x00', 'héllo\n', 14, 'wörld 𝄞\n', True, b'\n\x00m\x00o\x00r\x00e\x00')
utf8sig (b'\xef\xbb\xbfab', 'ab', 5)
r+ ('0123456789\n', '0123456789\nabcdef\nXY', '012Q456789\nabcdef\nXY', '012Q4')
w+ (15, 'café\ncafé\ncafé\n', 15, 'latin-1', "<_io.TextIOWrapper name='pyrewind_probe9")
binary lines ([b'a\n', b'bb\r\n', b'ccc\rdddd'], 14)
append (3, 5, 5, 'abcde', 6, 'abcdeZ')
big write (60000, '00000|00001|', '09998|09999|', 60000)
unflushed ('', 'pending')
line buffered ('', 'abc\nx', True)
modes ('new', 'rb', 'r', 'rb+', 'a+', 'rb')
readinto (3, bytearray(b'new\x00\x00\x00\x00\x00\x00\x00'))
peek (b'new', b'n', b'ew', b'ew')
fileno (<class 'int'>, False, True, 'rb', 'pyrewind_probe9.txt')
errors (b'\\xe9\\u20acx', '&#233;')
surrogate ('ok\udcffbad', b'ok\xffbad')
`;

describe('io.TextIOWrapper', () => {
  expectLines(PROGRAM, EXPECTED, { seeking: true });
});

// When the text layer hands its pending output to the buffer (CPython 3.14: a piece of chunk size or
// more first flushes what is pending; smaller pieces accumulate until the total reaches the chunk
// size), as the sizes of the buffer's write() calls show. Expected output is pyodide's (CPython 3.14.2);
// 3.11 differs (it also flushed before a piece that would have overflowed the chunk).
const FLUSH_PROGRAM = String.raw`
import io
class B(io.BytesIO):
    def __init__(self):
        super().__init__()
        self.calls = []
    def write(self, b):
        self.calls.append(len(b))
        return super().write(b)
def run(pieces, chunk=None):
    b = B()
    t = io.TextIOWrapper(b, encoding='utf-8')
    if chunk: t._CHUNK_SIZE = chunk
    for p in pieces:
        t.write(p)
    t.flush()
    return b.calls
print(run(["a" * 8000, "d" * 9000, "e"]))
print(run(["a" * 100, "d" * 20000, "e"]))
print(run(["é" * 4000, "d" * 100, "e" * 100]))
print(run(["é" * 4000, "€" * 100, "e" * 100]))
print(run(["a" * 8190, "é" * 3, "e" * 100]))
print(run(["a" * 100, "b" * 8192, "e"]))
print(run(["a" * 100, "b" * 8191, "e"]))
print(run(["a" * 100, "é" * 4096, "e"]))
print(run(["a" * 100, "é" * 4095, "e"]))
print(run(["a" * 10, "b" * 20, "c"], 16))
print(run([p for i in range(600) for p in (f"line {i:5d} " + "x" * (i % 40), "\n")])[:2])
`;

const FLUSH_EXPECTED = `
[8000, 9000, 1]
[100, 20000, 1]
[8200]
[8300, 100]
[8196, 100]
[100, 8192, 1]
[8291, 1]
[100, 8192, 1]
[8290, 1]
[10, 20, 1]
[8196, 8195]
`;

describe('io.TextIOWrapper pending-output flushes', () => {
  expectLines(FLUSH_PROGRAM, FLUSH_EXPECTED);
});
