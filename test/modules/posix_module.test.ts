// Checks the posix module (what os.py is built on), errno and _stat against CPython 3.14 on Linux. The
// expected lines were printed by CPython (pyodide 3.14.2) running the same program in the same kind of
// directory, with one change: pyodide runs on Emscripten, whose errno numbers differ from Linux's
// (ENOENT is 44 there), so the numbers below are Linux's, which pyrewind uses (sys.platform is 'linux').
// The program imports posix directly, so os.py's own code is not involved.
import { describe } from 'vitest';
import { describeProgram } from '../vm/describe_program.js';

const PROGRAM = String.raw`import posix, errno, _stat
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
def err(label, f):
    try:
        print(label, repr(f()))
    except OSError as e:
        print(label, type(e).__name__, e.errno, errno.errorcode[e.errno], repr(e.filename), repr(getattr(e, 'filename2', None)))
    except Exception as e:
        print(label, type(e).__name__, e)
posix.mkdir('w')
posix.chdir('w')
show('cwd', lambda: (posix.getcwd().endswith('/w'), posix.getcwdb().endswith(b'/w'), type(posix.getcwd()).__name__))
posix.mkdir('d', 0o755)
posix.mkdir(b'd/sub')
fd = posix.open('d/f.txt', posix.O_WRONLY | posix.O_CREAT | posix.O_TRUNC, 0o644)
show('write', lambda: posix.write(fd, b'hello world'))
posix.close(fd)
show('listdir', lambda: (sorted(posix.listdir('d')), sorted(posix.listdir(b'd'))))
st = posix.stat('d/f.txt')
show('stat', lambda: (type(st).__name__, len(st), st.st_size, st[6], _stat.S_ISREG(st.st_mode), _stat.S_ISDIR(st[0]), st.st_nlink))
show('stat times', lambda: (type(st.st_mtime).__name__, type(st[8]).__name__, type(st.st_mtime_ns).__name__, st.st_mtime_ns // 10**9 == st[8], abs(st.st_mtime - st[8]) < 1))
show('stat fields', lambda: (st.st_ino == st[1], st.st_dev == st[2], st.st_uid == st[4], st.st_gid == st[5], type(st.st_blksize).__name__, type(st.st_blocks).__name__, type(st.st_rdev).__name__))
show('stat type', lambda: (posix.stat_result.__module__, posix.stat_result.n_fields, posix.stat_result.n_sequence_fields, posix.stat_result.n_unnamed_fields, st == tuple(st), st[:2] == (st.st_mode, st.st_ino)))
show('stat dir', lambda: _stat.S_ISDIR(posix.stat('d').st_mode))
show('stat bytes', lambda: posix.stat(b'd/f.txt').st_size)
show('lstat', lambda: posix.lstat('d/f.txt').st_size)
fd = posix.open('d/f.txt', posix.O_RDONLY)
show('read', lambda: (posix.read(fd, 5), posix.read(fd, 100), posix.read(fd, 10)))
show('fstat', lambda: (posix.fstat(fd).st_size, posix.stat(fd).st_size))
posix.close(fd)
show('isatty', lambda: posix.isatty(fd) if False else 'skip')
r = posix.stat_result((1, 2, 3, 4, 5, 6, 7, 8, 9, 10))
show('stat_result', lambda: (r, r.st_atime, r.st_mtime, r.st_ctime, r.st_mtime_ns, r.st_blksize))
show('stat_result extra', lambda: (lambda x: (x.st_atime, x.st_mtime, x.st_atime_ns))(posix.stat_result(tuple(range(10)) + (1.5,), {'st_atime_ns': 7})))
show('stat_result short', lambda: posix.stat_result((1, 2)))
show('stat_result long', lambda: posix.stat_result(tuple(range(20))))
show('stat_result reduce', lambda: r.__reduce__())
posix.rename('d/f.txt', 'd/g.txt')
posix.replace('d/g.txt', 'd/h.txt')
show('renamed', lambda: sorted(posix.listdir('d')))
err('rename missing', lambda: posix.rename('nope', 'x'))
err('rename types', lambda: posix.rename('nope', b'x'))
err('stat missing', lambda: posix.stat('nope'))
err('stat empty', lambda: posix.stat(''))
err('lstat missing', lambda: posix.lstat(b'nope'))
err('listdir missing', lambda: posix.listdir('nope'))
err('listdir file', lambda: posix.listdir('d/h.txt'))
err('mkdir exists', lambda: posix.mkdir('d'))
err('mkdir missing parent', lambda: posix.mkdir('x/y'))
err('rmdir not empty', lambda: posix.rmdir('d'))
err('rmdir missing', lambda: posix.rmdir('nope'))
err('rmdir file', lambda: posix.rmdir('d/h.txt'))
err('unlink dir', lambda: posix.unlink('d/sub'))
err('remove missing', lambda: posix.remove('nope'))
err('chdir missing', lambda: posix.chdir('nope'))
err('chdir file', lambda: posix.chdir('d/h.txt'))
err('open missing', lambda: posix.open('nope', posix.O_RDONLY))
err('open exclusive', lambda: posix.open('d/h.txt', posix.O_WRONLY | posix.O_CREAT | posix.O_EXCL))
err('close bad', lambda: posix.close(999))
err('read bad', lambda: posix.read(999, 1))
err('stat float', lambda: posix.stat(1.5))
err('stat list', lambda: posix.stat([]))
err('listdir float', lambda: posix.listdir(1.5))
err('mkdir none', lambda: posix.mkdir(None))
err('stat nul', lambda: posix.stat('a\0b'))
err('stat nul bytes', lambda: posix.stat(b'a\0'))
err('stat bytearray', lambda: posix.stat(bytearray(b'x')))
err('remove int', lambda: posix.remove(3))
err('rename int', lambda: posix.rename(1, 'x'))
err('mkdir args', lambda: posix.mkdir())
err('stat args', lambda: posix.stat('a', 1))
err('stat dir_fd', lambda: posix.stat('a', dir_fd=None))
class PL:
    def __init__(self, p): self.p = p
    def __fspath__(self): return self.p
show('pathlike', lambda: (posix.stat(PL('d')).st_mode == posix.stat('d').st_mode, posix.fspath(PL('x')), posix.fspath(PL(b'y')), posix.fspath('s'), posix.fspath(b'b')))
err('pathlike missing', lambda: posix.stat(PL('nope')))
show('fspath int', lambda: posix.fspath(1))
show('fspath bad', lambda: posix.fspath(PL(1)))
show('stat bad pathlike', lambda: posix.stat(PL(1)))
with posix.scandir('d') as it:
    entries = sorted(it, key=lambda e: e.name)
for e in entries:
    show('scandir', lambda: (repr(e), e.name, e.path, e.is_dir(), e.is_file(), e.is_symlink(), e.is_dir(follow_symlinks=False), posix.fspath(e), e.stat().st_mode == posix.stat(e.path).st_mode, e.inode() == posix.stat(e.path).st_ino, e.is_junction()))
show('scandir bytes', lambda: sorted((e.name, e.path) for e in posix.scandir(b'd')))
show('scandir cwd', lambda: sorted((e.name, e.path) for e in posix.scandir()))
show('scandir types', lambda: (type(posix.scandir('d')).__name__, posix.DirEntry.__name__, posix.DirEntry.__module__))
show('direntry new', lambda: posix.DirEntry())
show('direntry args', lambda: entries[0].is_dir(True))
it = posix.scandir('d')
it.close()
show('scandir closed', lambda: list(it))
posix.symlink('h.txt', 'd/lnk')
show('symlink', lambda: (posix.readlink('d/lnk'), posix.readlink(b'd/lnk'), _stat.S_ISLNK(posix.lstat('d/lnk').st_mode), posix.stat('d/lnk').st_size))
show('symlink entry', lambda: [(e.name, e.is_symlink(), e.is_file(), e.is_file(follow_symlinks=False)) for e in posix.scandir('d') if e.name == 'lnk'])
posix.symlink('missing', 'd/dangling')
show('dangling entry', lambda: [(e.name, e.is_symlink(), e.is_file(), e.is_dir()) for e in posix.scandir('d') if e.name == 'dangling'])
err('readlink file', lambda: posix.readlink('d/h.txt'))
posix.unlink('d/lnk')
posix.unlink('d/dangling')
posix.utime('d/h.txt', (1000000000, 1500000000.5))
show('utime', lambda: (posix.stat('d/h.txt').st_mtime, posix.stat('d/h.txt').st_atime, posix.stat('d/h.txt')[8]))
posix.utime('d/h.txt', ns=(5000000000, 1700000000000000000))
show('utime ns', lambda: (posix.stat('d/h.txt').st_mtime_ns, posix.stat('d/h.txt').st_atime_ns))
show('utime both', lambda: posix.utime('d/h.txt', (1, 2), ns=(1, 2)))
show('utime bad', lambda: posix.utime('d/h.txt', (1,)))
posix.chmod('d/h.txt', 0o600)
show('chmod', lambda: (oct(_stat.S_IMODE(posix.stat('d/h.txt').st_mode)), _stat.filemode(posix.stat('d/h.txt').st_mode)))
show('access', lambda: (posix.access('d', posix.F_OK), posix.access('nope', posix.F_OK), posix.access('d/h.txt', posix.R_OK | posix.W_OK)))
posix.truncate('d/h.txt', 3)
show('truncate', lambda: posix.stat('d/h.txt').st_size)
err('truncate negative', lambda: posix.truncate('d/h.txt', -1))
posix.unlink('d/h.txt')
posix.rmdir('d/sub')
posix.rmdir('d')
posix.chdir('..')
posix.rmdir('w')
show('cleaned', lambda: 'w' in posix.listdir())
show('environ', lambda: (type(posix.environ).__name__, all(type(k) is bytes and type(v) is bytes for k, v in posix.environ.items())))
posix.putenv('PYREWIND_TEST_VAR', 'v')
posix.unsetenv('PYREWIND_TEST_VAR')
show('putenv bad', lambda: posix.putenv('A=B', 'x'))
show('putenv empty', lambda: posix.putenv('', 'x'))
show('urandom', lambda: (len(posix.urandom(16)), posix.urandom(0), type(posix.urandom(3)).__name__))
show('urandom negative', lambda: posix.urandom(-1))
show('pid', lambda: (type(posix.getpid()).__name__, posix.getpid() > 0, type(posix.getppid()).__name__, type(posix.getuid()).__name__))
show('uname', lambda: (type(posix.uname()).__name__, posix.uname_result.n_fields, len(posix.uname()), posix.uname().sysname == posix.uname()[0]))
show('terminal_size', lambda: (posix.terminal_size((80, 24)), posix.terminal_size((80, 24)).columns))
show('terminal_size bad', lambda: posix.terminal_size((1, 2, 3)))
show('strerror type', lambda: posix.strerror('x'))
show('error', lambda: posix.error is OSError)
show('have', lambda: type(posix._have_functions).__name__)
show('constants', lambda: (posix.F_OK, posix.R_OK, posix.W_OK, posix.X_OK, posix.O_RDONLY, posix.O_WRONLY, posix.O_RDWR, posix.O_CREAT, posix.O_EXCL, posix.O_TRUNC, posix.O_APPEND, posix.WNOHANG, posix.EX_OK))
show('wait macros', lambda: (posix.WIFEXITED(256), posix.WEXITSTATUS(256), posix.WIFSIGNALED(9), posix.WTERMSIG(9), posix.waitstatus_to_exitcode(256), posix.waitstatus_to_exitcode(9)))
show('errno', lambda: (errno.ENOENT, errno.EEXIST, errno.EACCES, errno.EAGAIN == errno.EWOULDBLOCK, errno.errorcode[errno.ENOENT], errno.errorcode[errno.EWOULDBLOCK]))
show('_stat', lambda: (_stat.S_IFDIR, _stat.S_IFREG, _stat.S_IFLNK, _stat.S_IMODE(0o107777), _stat.S_IFMT(0o107777), _stat.S_ISDIR(0o40000), _stat.S_ISREG(0o40000), _stat.S_ISDOOR(0)))
show('filemode', lambda: (_stat.filemode(0o40755), _stat.filemode(0o100644), _stat.filemode(0o120777), _stat.filemode(0o104755), _stat.filemode(0o41777), _stat.filemode(0o102644), _stat.filemode(0o7000), _stat.filemode(0)))
for a in ['x', 1.5, -1, 2**70, None, True]:
    show('_stat arg', lambda: (_stat.S_ISDIR(a), _stat.filemode(a)))
show('_stat args', lambda: _stat.S_ISDIR())
`;

const EXPECTED = String.raw`cwd (True, True, 'str')
write 11
listdir (['f.txt', 'sub'], [b'f.txt', b'sub'])
stat ('stat_result', 10, 11, 11, True, False, 1)
stat times ('float', 'int', 'int', True, True)
stat fields (True, True, True, True, 'int', 'int', 'int')
stat type ('os', 19, 10, 3, True, True)
stat dir True
stat bytes 11
lstat 11
read (b'hello', b' world', b'')
fstat (11, 11)
isatty 'skip'
stat_result (os.stat_result(st_mode=1, st_ino=2, st_dev=3, st_nlink=4, st_uid=5, st_gid=6, st_size=7, st_atime=8, st_mtime=9, st_ctime=10), 8, 9, 10, None, None)
stat_result extra (1.5, 8, 7)
stat_result short TypeError os.stat_result() takes an at least 10-sequence (2-sequence given)
stat_result long TypeError os.stat_result() takes an at most 19-sequence (20-sequence given)
stat_result reduce (<class 'os.stat_result'>, ((1, 2, 3, 4, 5, 6, 7, 8, 9, 10), {'st_atime': 8, 'st_mtime': 9, 'st_ctime': 10, 'st_atime_ns': None, 'st_mtime_ns': None, 'st_ctime_ns': None, 'st_blksize': None, 'st_blocks': None, 'st_rdev': None}))
renamed ['h.txt', 'sub']
rename missing FileNotFoundError 2 ENOENT 'nope' 'x'
rename types FileNotFoundError 2 ENOENT 'nope' b'x'
stat missing FileNotFoundError 2 ENOENT 'nope' None
stat empty FileNotFoundError 2 ENOENT '' None
lstat missing FileNotFoundError 2 ENOENT b'nope' None
listdir missing FileNotFoundError 2 ENOENT 'nope' None
listdir file NotADirectoryError 20 ENOTDIR 'd/h.txt' None
mkdir exists FileExistsError 17 EEXIST 'd' None
mkdir missing parent FileNotFoundError 2 ENOENT 'x/y' None
rmdir not empty OSError 39 ENOTEMPTY 'd' None
rmdir missing FileNotFoundError 2 ENOENT 'nope' None
rmdir file NotADirectoryError 20 ENOTDIR 'd/h.txt' None
unlink dir IsADirectoryError 21 EISDIR 'd/sub' None
remove missing FileNotFoundError 2 ENOENT 'nope' None
chdir missing FileNotFoundError 2 ENOENT 'nope' None
chdir file NotADirectoryError 20 ENOTDIR 'd/h.txt' None
open missing FileNotFoundError 2 ENOENT 'nope' None
open exclusive FileExistsError 17 EEXIST 'd/h.txt' None
close bad OSError 9 EBADF None None
read bad OSError 9 EBADF None None
stat float TypeError stat: path should be string, bytes, os.PathLike or integer, not float
stat list TypeError stat: path should be string, bytes, os.PathLike or integer, not list
listdir float TypeError listdir: path should be string, bytes, os.PathLike, integer or None, not float
mkdir none TypeError mkdir: path should be string, bytes or os.PathLike, not NoneType
stat nul ValueError stat: embedded null character in path
stat nul bytes ValueError stat: embedded null character in path
stat bytearray TypeError stat: path should be string, bytes, os.PathLike or integer, not bytearray
remove int TypeError remove: path should be string, bytes or os.PathLike, not int
rename int TypeError rename: src should be string, bytes or os.PathLike, not int
mkdir args TypeError mkdir() missing required argument 'path' (pos 1)
stat args TypeError stat() takes exactly 1 positional argument (2 given)
stat dir_fd FileNotFoundError 2 ENOENT 'a' None
pathlike (True, 'x', b'y', 's', b'b')
pathlike missing FileNotFoundError 2 ENOENT 'nope' None
fspath int TypeError expected str, bytes or os.PathLike object, not int
fspath bad TypeError expected PL.__fspath__() to return str or bytes, not int
stat bad pathlike TypeError expected PL.__fspath__() to return str or bytes, not int
scandir ("<DirEntry 'h.txt'>", 'h.txt', 'd/h.txt', False, True, False, False, 'd/h.txt', True, True, False)
scandir ("<DirEntry 'sub'>", 'sub', 'd/sub', True, False, False, True, 'd/sub', True, True, False)
scandir bytes [(b'h.txt', b'd/h.txt'), (b'sub', b'd/sub')]
scandir cwd [('d', './d')]
scandir types ('ScandirIterator', 'DirEntry', 'posix')
direntry new TypeError cannot create 'posix.DirEntry' instances
direntry args TypeError is_dir() takes no positional arguments
scandir closed []
symlink ('h.txt', b'h.txt', True, 11)
symlink entry [('lnk', True, True, False)]
dangling entry [('dangling', True, False, False)]
readlink file OSError 22 EINVAL 'd/h.txt' None
utime (1500000000.5, 1000000000.0, 1500000000)
utime ns (1700000000000000000, 5000000000)
utime both ValueError utime: you may specify either 'times' or 'ns' but not both
utime bad TypeError utime: 'times' must be either a tuple of two ints or None
chmod ('0o600', '-rw-------')
access (True, False, True)
truncate 3
truncate negative OSError 22 EINVAL 'd/h.txt' None
cleaned False
environ ('dict', True)
putenv bad ValueError illegal environment variable name
putenv empty OSError [Errno 22] Invalid argument
urandom (16, b'', 'bytes')
urandom negative ValueError negative argument not allowed
pid ('int', True, 'int', 'int')
uname ('uname_result', 5, 5, True)
terminal_size (os.terminal_size(columns=80, lines=24), 80)
terminal_size bad TypeError os.terminal_size() takes a 2-sequence (3-sequence given)
strerror type TypeError 'str' object cannot be interpreted as an integer
error True
have 'list'
constants (0, 4, 2, 1, 0, 1, 2, 64, 128, 512, 1024, 1, 0)
wait macros (True, 1, True, 9, 1, -9)
errno (2, 17, 13, True, 'ENOENT', 'EAGAIN')
_stat (16384, 32768, 40960, 4095, 32768, True, False, False)
filemode ('drwxr-xr-x', '-rw-r--r--', 'lrwxrwxrwx', '-rwsr-xr-x', 'drwxrwxrwt', '-rw-r-Sr--', '?--S--S--T', '?---------')
_stat arg TypeError 'str' object cannot be interpreted as an integer
_stat arg TypeError 'float' object cannot be interpreted as an integer
_stat arg OverflowError can't convert negative value to unsigned int
_stat arg OverflowError Python int too large to convert to C unsigned long
_stat arg TypeError 'NoneType' object cannot be interpreted as an integer
_stat arg (False, '?--------x')
_stat args TypeError _stat.S_ISDIR() takes exactly one argument (0 given)
`;

describe('posix, errno and _stat', () => {
  describeProgram('posix, errno and _stat', PROGRAM, EXPECTED);
});
