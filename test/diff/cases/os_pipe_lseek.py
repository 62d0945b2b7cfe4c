# os.pipe() (a pipe inside the VM, written then read by one thread) and os.lseek() on files and pipes.
# Errors are shown by errno name: pyodide's errno numbers and some strerror texts are Emscripten's.
# (Reading a drained pipe whose write end is closed, and writing with no reader, are left out: pyodide's
# Emscripten pipes get those wrong; the VM tests check them against Linux.)
import errno
import os
import stat


def show(label, f):
    try:
        r = f()
        print(label, type(r).__name__, repr(r))
    except OSError as e:
        print(label, 'error', type(e).__name__, errno.errorcode.get(e.errno))
    except Exception as e:
        print(label, 'error', type(e).__name__, e)


r, w = os.pipe()
print('fds', r, w, r != w)
show('write', lambda: os.write(w, b'hello'))
show('read 2', lambda: os.read(r, 2))
show('read 0', lambda: os.read(r, 0))
show('read rest', lambda: os.read(r, 100))
show('write memoryview', lambda: os.write(w, memoryview(b'xyz')[1:]))
show('read it', lambda: os.read(r, 10))
show('lseek pipe', lambda: os.lseek(r, 0, os.SEEK_SET))
show('lseek pipe write end', lambda: os.lseek(w, 0, os.SEEK_CUR))
show('isatty', lambda: os.isatty(r))
st = os.fstat(r)
print('fstat', stat.S_ISFIFO(st.st_mode), oct(st.st_mode), st.st_size, st.st_nlink)
show('write to read end', lambda: os.write(r, b'x'))
show('read from write end', lambda: os.read(w, 1))
os.write(w, b'abc')
os.write(w, b'def')
os.close(w)
show('read after writer closed', lambda: os.read(r, 4))
show('read the rest', lambda: os.read(r, 10))
show('close again', lambda: os.close(w))
show('fstat closed', lambda: os.fstat(w))
os.close(r)
r2, w2 = os.pipe()
print('numbers reused', (r2, w2) == (r, w))
os.close(r2)
os.close(w2)

# io on top of pipe descriptors
r, w = os.pipe()
with os.fdopen(w, 'w') as f:
    f.write('line1\nline2\n')
    print('writer seekable', f.seekable())
with os.fdopen(r) as f:
    print('fdopen', f.readlines(), f.seekable())
r, w = os.pipe()
with open(w, 'wb', buffering=0) as f:
    print('raw write', f.write(b'\x00\x01\x02'))
with open(r, 'rb') as f:
    print('raw read', f.read())

# lseek on a file
name = 'os_pipe_lseek_test.bin'
with open(name, 'wb') as f:
    f.write(b'0123456789')
fd = os.open(name, os.O_RDWR)
show('lseek set', lambda: os.lseek(fd, 3, os.SEEK_SET))
show('read', lambda: os.read(fd, 2))
show('lseek cur', lambda: os.lseek(fd, 0, os.SEEK_CUR))
show('lseek cur -1', lambda: os.lseek(fd, -1, 1))
show('lseek end', lambda: os.lseek(fd, -2, os.SEEK_END))
show('read end', lambda: os.read(fd, 10))
show('read at eof', lambda: os.read(fd, 10))
show('lseek beyond', lambda: os.lseek(fd, 20, 0))
show('write beyond', lambda: os.write(fd, b'X'))
show('lseek neg', lambda: os.lseek(fd, -100, 0))
show('lseek bad whence', lambda: os.lseek(fd, 0, 7))
show('lseek bool', lambda: os.lseek(fd, True, False))
show('lseek str', lambda: os.lseek(fd, 'a', 0))
show('lseek float', lambda: os.lseek(fd, 1.5, 0))
show('lseek str whence', lambda: os.lseek(fd, 0, 'a'))
show('lseek kw', lambda: os.lseek(fd, 0, how=0))
show('lseek 2 args', lambda: os.lseek(fd, 0))
show('lseek bad fd', lambda: os.lseek(999, 0, 0))
os.close(fd)
with open(name, 'rb') as f:
    print('file', f.read())
    f.seek(4)
    print('os.lseek sees io', os.lseek(f.fileno(), 0, os.SEEK_CUR))
os.remove(name)
show('pipe args', lambda: os.pipe(1))
print(os.SEEK_SET, os.SEEK_CUR, os.SEEK_END)
