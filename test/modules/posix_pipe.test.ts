// os.pipe() inside the VM (vm/modules/posix_pipe.ts): the Linux behaviour pyodide's Emscripten pipes get
// wrong (EOF once the writers are gone, EPIPE with no reader, inheritable flags aside), and the clear
// errors where CPython would block forever. Expected outputs are CPython 3.14's on Linux (the same on
// the machine's CPython 3.11: pipe semantics did not change).

import { describe, expect, it } from 'vitest';
import { runSource, lines } from '../vm/run_source.js';

const SHOW =
  'import os, errno\n' +
  'def show(label, f):\n' +
  '    try:\n        print(label, repr(f()))\n' +
  '    except OSError as e:\n        print(label, type(e).__name__, errno.errorcode[e.errno], e.strerror)\n' +
  '    except Exception as e:\n        print(label, type(e).__name__, e)\n';

describe('os.pipe', () => {
  it('reads EOF once every write end is closed, and refuses writes with no reader (EPIPE)', async () => {
    const r = await runSource(
      SHOW +
        'r, w = os.pipe()\nos.write(w, b"ab")\nos.close(w)\n' +
        'show("data", lambda: os.read(r, 5))\nshow("eof", lambda: os.read(r, 5))\nshow("eof again", lambda: os.read(r, 5))\n' +
        'os.close(r)\n' +
        'r, w = os.pipe()\nos.close(r)\nshow("no reader", lambda: os.write(w, b"x"))\nos.close(w)\n' +
        'r, w = os.pipe()\nshow("lseek", lambda: os.lseek(w, 0, 0))\n' +
        'show("ftruncate", lambda: os.ftruncate(w, 0))\n',
    );
    expect(r.stdout).toBe(
      lines(
        "data b'ab'",
        "eof b''",
        "eof again b''",
        'no reader BrokenPipeError EPIPE Broken pipe',
        'lseek OSError ESPIPE Illegal seek',
        'ftruncate OSError EINVAL Invalid argument',
      ),
    );
  }, 60_000);

  it('raises instead of hanging where CPython would block forever', async () => {
    const r = await runSource(
      SHOW +
        'r, w = os.pipe()\nshow("empty read", lambda: os.read(r, 1))\n' +
        'show("fill", lambda: os.write(w, bytes(65536)))\nshow("overfill", lambda: os.write(w, b"x"))\n' +
        'show("drain", lambda: len(os.read(r, 70000)))\nshow("room again", lambda: os.write(w, b"x"))\n',
    );
    expect(r.stdout).toBe(
      lines(
        'empty read RuntimeError pyrewind runs one thread: reading from an empty pipe whose write end is still open would block forever',
        'fill 65536',
        'overfill RuntimeError pyrewind runs one thread: writing 1 bytes to a pipe holding 65536 of its 65536 would block forever (nothing can read the pipe meanwhile)',
        'drain 65536',
        'room again 1',
      ),
    );
  }, 60_000);

  it('takes the lowest free descriptors and leaves other files alone', async () => {
    const r = await runSource(
      'import os\n' +
        'r, w = os.pipe()\nprint(r, w)\n' +
        'with open("main.py", "rb") as f:\n    print(f.fileno(), f.read(6))\n' +
        'os.close(r)\nr2, w2 = os.pipe()\nprint(r2, w2)\n' +
        'os.write(w2, b"new")\nprint(os.read(r2, 9))\n',
    );
    expect(r.stdout).toBe(lines('3 4', "5 b'import'", '3 5', "b'new'"));
  }, 60_000);
});

describe('os.pipe and socketpair descriptors elsewhere', () => {
  // Expected: CPython on Linux (pipe_poll's readiness; sockets' descriptors work with os.read/write/fstat).
  it('select sees pipe readiness as Linux does, and os functions work on socket descriptors', async () => {
    const r = await runSource(
      SHOW +
        'import select, socket, stat\n' +
        'r, w = os.pipe()\nprint(select.select([r], [w], [], 0) == ([], [w], []))\n' +
        'os.write(w, b"hi")\nprint(select.select([r], [w], [], 0) == ([r], [w], []))\n' +
        'print(select.select([w], [r], [], 0) == ([], [], []))\n' +
        'os.close(w)\nprint(select.select([r], [], [], 0) == ([r], [], []))\nos.close(r)\n' +
        'r, w = os.pipe()\nos.close(r)\nprint(select.select([w], [w], [], 0) == ([w], [w], []))\nos.close(w)\n' +
        'a, b = socket.socketpair()\nos.write(a.fileno(), b"xyz")\nprint(os.read(b.fileno(), 10))\n' +
        'print(stat.S_ISSOCK(os.fstat(a.fileno()).st_mode), os.isatty(a.fileno()))\n' +
        'b.setblocking(False)\nshow("empty", lambda: os.read(b.fileno(), 10))\n' +
        'show("lseek", lambda: os.lseek(a.fileno(), 0, 0))\n' +
        'a.close()\nprint(os.read(b.fileno(), 10))\nb.close()\n',
    );
    expect(r.stdout).toBe(
      lines(
        'True', 'True', 'True', 'True', 'True', "b'xyz'", 'True False',
        'empty BlockingIOError EAGAIN Resource temporarily unavailable',
        'lseek OSError ESPIPE Illegal seek',
        "b''",
      ),
    );
  }, 60_000);
});

describe('os.lseek', () => {
  it('overflows like CPython for positions beyond a C long', async () => {
    const r = await runSource(
      SHOW + 'fd = os.open("main.py", os.O_RDONLY)\n' +
        'show("big", lambda: os.lseek(fd, 2**70, 0))\nshow("big whence", lambda: os.lseek(fd, 0, 2**40))\n' +
        'show("end", lambda: os.lseek(fd, 0, os.SEEK_END) > 100)\n',
    );
    expect(r.stdout).toBe(
      lines(
        'big OverflowError Python int too large to convert to C long',
        'big whence OverflowError Python int too large to convert to C int',
        'end True',
      ),
    );
  }, 60_000);
});
