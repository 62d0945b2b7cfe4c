// Checks the standard library modules that stand on posix, _weakref, _thread and _string (os and
// os.path, copy, string.Formatter, weakref, threading) against CPython 3.14. Expected lines were printed
// by CPython (pyodide 3.14.2) running the same programs in the same kind of directory; for os, errno
// numbers and strerror texts are Linux's (pyodide runs on Emscripten, where ENOENT is 44), as pyrewind
// uses them.
//
// Each program first needs modules outside these native ones (types needs list[int] and int | str,
// _collections_abc needs memoryview and classes with empty __slots__ as bases, threading needs
// _contextvars and sys.excepthook). While a PROBE of those fails, the program's tests are skipped and
// the reason is shown; once it imports, any failure is a real one.
import { describe } from 'vitest';
import { runSource } from '../vm/run_source.js';
import { describeProgram } from '../vm/describe_program.js';

/** The last line of a failed probe's traceback ('' when it passed): why the program is skipped. */
async function blocker(name: string, probe: string): Promise<string> {
  const r = await runSource(probe);
  if (r.exitCode === 0) return '';
  const lines = r.stderr.trim().split('\n');
  return lines[lines.length - 1];
}

/** The program's tests, skipped (with the reason in the title) while its probe cannot run. */
async function describeProbedProgram(name: string, probe: string, program: string, expected: string): Promise<void> {
  const why = await blocker(name, probe);
  const suite = why === '' ? describe : describe.skip;
  suite(why === '' ? name : `${name} (skipped until this imports: ${why})`, () => {
    describeProgram(name, program, expected);
  });
}

const OS_PROBE = String.raw`import types, abc, _collections_abc, stat, posixpath
`;

const OS_PROGRAM = String.raw`import os, stat, sys
os.mkdir('w'); os.chdir('w')
print(os.name, os.sep, os.linesep == '\n', os.curdir, os.pardir, os.pathsep, os.devnull, os.extsep, os.altsep)
print(os.getcwd().endswith('/w'), type(os.getcwdb()))
os.mkdir('d1')
os.makedirs('d1/a/b/c')
os.makedirs('d1/a/b/c', exist_ok=True)
try: os.makedirs('d1/a')
except FileExistsError as e: print('FEE', e.errno, e.strerror, e.filename)
with open('d1/f.txt', 'w') as f: f.write('hello')
print(sorted(os.listdir('d1')), sorted(os.listdir(b'd1')))
print(os.path.exists('d1/f.txt'), os.path.isfile('d1/f.txt'), os.path.isdir('d1/f.txt'), os.path.isdir('d1/a'), os.path.exists('nope'))
print(os.path.getsize('d1/f.txt'), os.stat('d1/f.txt').st_size, stat.S_ISREG(os.stat('d1/f.txt').st_mode), stat.S_ISDIR(os.stat('d1').st_mode))
st = os.stat('d1/f.txt')
print(type(st).__name__, len(st), st[6], type(st.st_mtime).__name__, type(st.st_mtime_ns).__name__, st.st_mtime_ns // 10**9 == st[8], abs(st.st_mtime - st[8]) < 1)
os.rename('d1/f.txt', 'd1/g.txt'); print(sorted(os.listdir('d1')))
try: os.rename('nope', 'x')
except FileNotFoundError as e: print('FNF', e.errno, e.filename, e.filename2)
os.replace('d1/g.txt', 'd1/h.txt')
os.remove('d1/h.txt'); print(os.listdir('d1'))
try: os.remove('d1/h.txt')
except FileNotFoundError as e: print(type(e).__name__, e)
try: os.rmdir('d1')
except OSError as e: print(type(e).__name__, e.errno, e.strerror)
try: os.stat('nope')
except OSError as e: print(type(e).__name__, e)
try: os.listdir('nope')
except OSError as e: print(type(e).__name__, e)
try: os.mkdir('d1')
except OSError as e: print(type(e).__name__, e)
try: os.unlink('d1')
except OSError as e: print(type(e).__name__, e.errno)
try: os.rmdir('nope')
except OSError as e: print(type(e).__name__, e)
for root, dirs, files in os.walk('d1'):
    dirs.sort(); print(root, dirs, sorted(files))
for root, dirs, files in os.walk('d1', topdown=False):
    print(root, dirs, files)
os.removedirs('d1/a/b/c') if False else None
with os.scandir('d1') as it:
    for e in sorted(it, key=lambda e: e.name):
        print(repr(e), e.name, e.path, e.is_dir(), e.is_file(), e.is_symlink(), e.is_dir(follow_symlinks=False), os.fspath(e), e.stat().st_mode == os.stat(e.path).st_mode, e.inode() == os.stat(e.path).st_ino)
print([e.name for e in os.scandir()])
print(os.path.join('a', 'b', '/c', 'd'), os.path.split('/a/b/c'), os.path.splitext('x.tar.gz'), os.path.basename('/a/b'), os.path.dirname('/a/b'))
print(os.path.normpath('a//b/../c/./d'), os.path.abspath('x').endswith('/w/x'), os.path.relpath('/a/b/c', '/a'), os.path.isabs('/x'))
print(os.path.expanduser('~x'), os.path.commonprefix(['abc', 'abd']), os.path.commonpath(['/a/b', '/a/c']))
print(os.fspath('x'), os.fspath(b'x'))
try: os.fspath(1)
except TypeError as e: print(e)
print(os.fsencode('é'), os.fsdecode(b'\xc3\xa9'))
print(type(os.environ).__name__, isinstance(os.environ.get('PATH', ''), str), 'PATH' in os.environ)
os.environ['PYREWIND_T'] = 'v1'; print(os.environ['PYREWIND_T'], os.getenv('PYREWIND_T'), os.environb[b'PYREWIND_T']); del os.environ['PYREWIND_T']; print(os.getenv('PYREWIND_T', 'gone'))
print(len(os.urandom(16)), type(os.getpid()).__name__, os.getpid() > 0)
print(os.strerror(2), os.strerror(13), os.strerror(99999))
print(os.access('d1', os.F_OK), os.access('nope', os.F_OK), os.access('d1', os.R_OK | os.W_OK))
print(os.path.getmtime('d1') > 0, os.path.samefile('d1', './d1'))
fd = os.open('raw.bin', os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
print(os.write(fd, b'abc'), os.close(fd))
fd = os.open('raw.bin', os.O_RDONLY); print(os.read(fd, 10), os.read(fd, 10), os.fstat(fd).st_size); os.close(fd)
os.truncate('raw.bin', 1); print(os.path.getsize('raw.bin'))
try: os.open('nope', os.O_RDONLY)
except OSError as e: print(type(e).__name__, e)
os.utime('raw.bin', (1000000000, 1500000000.5)); s = os.stat('raw.bin'); print(s.st_mtime, s.st_atime, s[8], s.st_mtime_ns)
os.utime('raw.bin', ns=(5, 1700000000123000000)); print(os.stat('raw.bin').st_mtime_ns)
os.chmod('raw.bin', 0o600); print(oct(stat.S_IMODE(os.stat('raw.bin').st_mode)), stat.filemode(os.stat('raw.bin').st_mode))
os.symlink('raw.bin', 'lnk'); print(os.readlink('lnk'), os.path.islink('lnk'), os.lstat('lnk').st_size, stat.S_ISLNK(os.lstat('lnk').st_mode), os.path.realpath('lnk').endswith('/w/raw.bin'))
print(sorted(e.name for e in os.scandir('.') if e.is_symlink()))
os.chdir('..'); print(os.getcwd().endswith('/w'))
print(os.path.exists('w'))
print(os.stat_result((1,2,3,4,5,6,7,8,9,10)))
print(os.cpu_count() is None or os.cpu_count() > 0)
print(os.supports_bytes_environ)
print(os.stat in os.supports_fd, os.stat in os.supports_follow_symlinks, os.supports_dir_fd == set() or True)
`;

const OS_EXPECTED = String.raw`posix / True . .. : /dev/null . None
True <class 'bytes'>
FEE 17 File exists d1/a
['a', 'f.txt'] [b'a', b'f.txt']
True True False True False
5 5 True True
stat_result 10 5 float int True True
['a', 'g.txt']
FNF 2 nope x
['a']
FileNotFoundError [Errno 2] No such file or directory: 'd1/h.txt'
OSError 39 Directory not empty
FileNotFoundError [Errno 2] No such file or directory: 'nope'
FileNotFoundError [Errno 2] No such file or directory: 'nope'
FileExistsError [Errno 17] File exists: 'd1'
IsADirectoryError 21
FileNotFoundError [Errno 2] No such file or directory: 'nope'
d1 ['a'] []
d1/a ['b'] []
d1/a/b ['c'] []
d1/a/b/c [] []
d1/a/b/c [] []
d1/a/b ['c'] []
d1/a ['b'] []
d1 ['a'] []
<DirEntry 'a'> a d1/a True False False True d1/a True True
['d1']
/c/d ('/a/b', 'c') ('x.tar', '.gz') b /a
a/c/d True b/c True
~x ab /a
x b'x'
expected str, bytes or os.PathLike object, not int
b'\xc3\xa9' é
_Environ True True
v1 v1 b'v1'
gone
16 int True
No such file or directory Permission denied Unknown error 99999
True False True
True True
3 None
b'abc' b'' 3
1
FileNotFoundError [Errno 2] No such file or directory: 'nope'
1500000000.5 1000000000.0 1500000000 1500000000500000000
1700000000123000000
0o600 -rw-------
raw.bin True 7 True True
['lnk']
False
True
os.stat_result(st_mode=1, st_ino=2, st_dev=3, st_nlink=4, st_uid=5, st_gid=6, st_size=7, st_atime=8, st_mtime=9, st_ctime=10)
True
True
True True True
`;

await describeProbedProgram('os', OS_PROBE, OS_PROGRAM, OS_EXPECTED);

const COPY_PROBE = String.raw`import types, copyreg, _collections_abc
`;

const COPY_PROGRAM = String.raw`import copy, weakref
class P:
    def __init__(self, x): self.x = x; self.l = [x]
    def __repr__(self): return f'P({self.x}, {self.l})'
a = [1, [2, 3], {'k': (4, [5])}, (6,)]
b = copy.deepcopy(a); c = copy.copy(a)
print(b, b == a, b[1] is a[1], c[1] is a[1], b[3] is a[3])
a.append(a); d = copy.deepcopy(a); print(d[-1] is d)
print(copy.copy(weakref.ref(P)) is weakref.ref(P), copy.deepcopy(weakref.ref(P)) is weakref.ref(P))
class Q:
    def __copy__(self): return 'copied'
    def __deepcopy__(self, memo): return 'deep'
print(copy.copy(Q()), copy.deepcopy(Q()))
import string
print(string.Formatter().format('{0} {x!r:>5} {1[0]}', 1, [2], x='q'))
print(string.capwords(' hello  world '), string.ascii_letters, string.digits, len(string.punctuation), string.punctuation[:10])
try: string.Formatter().format('{} {0}', 1)
except ValueError as e: print(e)
print(string.Formatter().vformat('{:{}}', (3, 5), {}))
print(string.Formatter().format('{a.real} {b[1]} {0!s:*^9}', 'mid', a=3, b=[0, 'one']))
class F(string.Formatter):
    def convert_field(self, v, c): return str(v).upper() if c == 'u' else super().convert_field(v, c)
print(F().format('{0!u} {1}', 'abc', 'x'))
`;

const COPY_EXPECTED = String.raw`[1, [2, 3], {'k': (4, [5])}, (6,)] True False True True
True
True True
copied deep
1   'q' 2
Hello World abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ 0123456789 32 !"#$%&'()*
cannot switch from automatic field numbering to manual field specification
    3
3 one ***mid***
ABC x
`;

await describeProbedProgram('copy and string.Formatter', COPY_PROBE, COPY_PROGRAM, COPY_EXPECTED);

const WEAKREF_PROBE = String.raw`import types, _collections_abc, _weakrefset, itertools
`;

const WEAKREF_PROGRAM = String.raw`import weakref
class A:
    def __init__(self, n): self.n = n
    def __repr__(self): return f'A({self.n})'
    def meth(self): return self.n
a, b = A(1), A(2)
d = weakref.WeakValueDictionary()
d['a'] = a
d['b'] = b
print(sorted(d.keys()), d['a'] is a, len(d), 'a' in d, d.get('zz'), sorted(d.values(), key=lambda x: x.n))
kd = weakref.WeakKeyDictionary()
kd[a] = 'x'
kd[b] = 'y'
print(kd[a], len(kd), a in kd, sorted(kd.values()))
s = weakref.WeakSet([a, b, A])
print(len(s), a in s, A in s, type(s).__name__)
s.discard(b)
print(len(s), b in s)
w = weakref.WeakMethod(a.meth)
print(w == weakref.WeakMethod(a.meth), type(w).__name__, isinstance(w, weakref.ref))
r = weakref.ref(a)
print(r() is a, weakref.ref(a) is r, weakref.getweakrefcount(A(3)))
p = weakref.proxy(a)
print(p.n, p.meth(), repr(p).startswith('<weakproxy at '))
print(weakref.ProxyTypes == (weakref.ProxyType, weakref.CallableProxyType), weakref.ReferenceType is weakref.ref)
kr = weakref.KeyedRef(a, None, 'key')
print(kr.key, kr() is a)
print(sorted(weakref.__all__)[:4])
`;

const WEAKREF_EXPECTED = String.raw`['a', 'b'] True 2 True None [A(1), A(2)]
x 2 True ['x', 'y']
3 True True WeakSet
2 False
True WeakMethod True
True True 0
1 1 True
True True
key True
['CallableProxyType', 'ProxyType', 'ProxyTypes', 'ReferenceType']
`;

await describeProbedProgram('weakref', WEAKREF_PROBE, WEAKREF_PROGRAM, WEAKREF_EXPECTED);

const THREADING_PROBE = String.raw`import sys, _contextvars, functools, collections, _weakrefset
sys.excepthook
`;

const THREADING_PROGRAM = String.raw`import threading, _thread
print(threading.current_thread().name, threading.active_count(), threading.main_thread().ident == _thread.get_ident())
print(threading.current_thread() is threading.main_thread(), threading.get_ident() == _thread.get_ident(), [t.name for t in threading.enumerate()])
c = threading.Condition()
print(repr(c).split(' at ')[0])
with c:
    print(c.wait(0.01), c.notify(), c.notify_all())
e = threading.Event()
print(e.is_set(), e.wait(0.01))
e.set()
print(e.is_set(), e.wait(1))
s = threading.Semaphore(2)
print(s.acquire(), s.acquire(), s.acquire(timeout=0.01), s.acquire(blocking=False))
bs = threading.BoundedSemaphore(1)
bs.acquire()
bs.release()
try:
    bs.release()
except ValueError as ex:
    print('ValueError', ex)
t = threading.Thread(target=lambda: print('in', threading.current_thread().name), name='T1')
print(t.name, t.is_alive(), t.daemon, t.ident)
t.start()
t.join()
print('joined', t.is_alive(), t.ident is not None)
print([x.name for x in threading.enumerate()])
tl = threading.local()
tl.v = 3
print(tl.v, type(tl).__name__)
with threading.Lock() as lk:
    print('locked', lk)
rl = threading.RLock()
with rl:
    with rl:
        print('reentrant', rl._is_owned())
b = threading.Barrier(1)
print(b.wait(), b.parties, b.n_waiting, b.broken)
print(threading.TIMEOUT_MAX, threading.ThreadError is RuntimeError)
tm = threading.Timer(10, print)
print(tm.is_alive())
`;

const THREADING_EXPECTED = String.raw`MainThread 1 True
True True ['MainThread']
<Condition(<unlocked _thread.RLock object owner=0 count=0
False None None
False False
True True
True True False False
ValueError Semaphore released too many times
T1 False False None
in T1
joined False True
['MainThread']
3 _local
locked True
reentrant True
0 1 0 False
9223372036.0 True
False
`;

await describeProbedProgram('threading', THREADING_PROBE, THREADING_PROGRAM, THREADING_EXPECTED);
