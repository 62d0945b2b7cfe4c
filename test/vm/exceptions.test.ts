// Exception objects: OSError picking its subclass from errno, UnicodeError messages from their
// fields, add_note's error, StopIteration.value and SystemExit.code from args, exec() in a function
// running in a snapshot of its locals, 'single' mode printing expression values.
// Expected outputs are CPython 3.14's (checked with pyodide). No program output is adjusted.

import { describe, expect, it } from 'vitest';
import { runSource, lines } from './run_source.js';

describe("exceptions", () => {
  it("derives exception attributes and messages as CPython does", async () => {
    const r = await runSource(String.raw`import errno
print([type(OSError(n, "x")).__name__ for n in (errno.ENOENT, errno.EEXIST, errno.EPERM, errno.EAGAIN, errno.EPIPE)])
print(type(OSError(errno.ENOENT, "x", "f", 0, "g", 7)).__name__, type(OSError(errno.ENOENT)).__name__)
print(str(UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")))
print(str(UnicodeEncodeError("ascii", "a\u20acb", 1, 2, "bad")))
print(str(UnicodeEncodeError("ascii", "abc", 0, 3, "bad")))
print(str(UnicodeTranslateError("\U0001f600", 0, 1, "bad")))
try:
    ValueError().add_note(5)
except TypeError as e:
    print(e)
e = StopIteration(3, 4)
print(e.value, SystemExit(1, 2).code, SystemExit().code)
e.value = 9
print(e.value, e.args)
def f():
    exec("def g(): return g\ng()")
try:
    f()
except NameError as e:
    print("exec in function:", e)
def h():
    x = 1
    exec("x = 2; y = 3")
    return x, "y" in dir()
print(h())
exec(compile("1 + 2", "<s>", "single"))
exec(compile("None", "<s>", "single"))
print(_)
`);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(
      lines(
        "['FileNotFoundError', 'FileExistsError', 'PermissionError', 'BlockingIOError', 'BrokenPipeError']",
        "OSError OSError",
        "'utf-8' codec can't decode byte 0xff in position 0: invalid start byte",
        "'ascii' codec can't encode character '\\u20ac' in position 1: bad",
        "'ascii' codec can't encode characters in position 0-2: bad",
        "can't translate character '\\U0001f600' in position 0: bad",
        "add_note() argument must be str, not int",
        "3 (1, 2) None",
        "9 (3, 4)",
        "exec in function: name 'g' is not defined",
        "(1, False)",
        "3",
        "3",
      ),
    );
  }, 60_000);
});
