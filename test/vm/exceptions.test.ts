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

  it('formats OSError with two filenames and turns assigned args into a tuple', async () => {
    const r = await runSource(
      'print(str(OSError(2, "x", "f", None, "g")), str(OSError(2, "x", "f")))\n' +
        'e = ValueError()\ne.args = [1, 2]\nprint(e.args)\n',
    );
    expect(r.stdout).toBe(lines("[Errno 2] x: 'f' -> 'g' [Errno 2] x: 'f'", '(1, 2)'));
  }, 60_000);
  it('keeps member fields (errno, lineno, value, name...) out of __dict__ and copies them', async () => {
    const r = await runSource(String.raw`import copy, errno
for e in (OSError(errno.ENOENT, "x", "f"), SyntaxError("m", ("f", 1, 2, "t", 1, 3)), ImportError("m", name="n"), StopIteration(1), SystemExit(2), NameError("n", name="x"), AttributeError("a", name="b", obj=1), UnicodeDecodeError("utf-8", b"x", 0, 1, "r"), KeyError(1)):
    print(type(e).__name__, vars(e), sorted(k for k in dir(e) if not k.startswith("_"))[:8])
try:
    nope
except NameError as e:
    print(vars(e), e.name)
try:
    object().x
except AttributeError as e:
    print(vars(e), e.name, e.obj is not None)
e = OSError(errno.ENOENT, "x", "f", None, "g")
c = copy.copy(e)
print(type(c).__name__, c.args[1:], c.filename, c.filename2, str(c) == str(e))
e2 = OSError(errno.ENOENT, "x"); e2.extra = 1
c2 = copy.copy(e2)
print(c2.args[1:], c2.extra, vars(c2))
b = BlockingIOError(errno.EAGAIN, "w", 5)
print(b.characters_written, b.args[1:], b.filename)
print(OSError(1, "x", None).args)
`);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(
      lines(
        "FileNotFoundError {} ['add_note', 'args', 'characters_written', 'errno', 'filename', 'filename2', 'strerror', 'with_traceback']",
        "SyntaxError {} ['add_note', 'args', 'end_lineno', 'end_offset', 'filename', 'lineno', 'msg', 'offset']",
        "ImportError {} ['add_note', 'args', 'msg', 'name', 'name_from', 'path', 'with_traceback']",
        "StopIteration {} ['add_note', 'args', 'value', 'with_traceback']",
        "SystemExit {} ['add_note', 'args', 'code', 'with_traceback']",
        "NameError {} ['add_note', 'args', 'name', 'with_traceback']",
        "AttributeError {} ['add_note', 'args', 'name', 'obj', 'with_traceback']",
        "UnicodeDecodeError {} ['add_note', 'args', 'encoding', 'end', 'object', 'reason', 'start', 'with_traceback']",
        "KeyError {} ['add_note', 'args', 'with_traceback']",
        "{} nope",
        "{} x True",
        "FileNotFoundError ('x',) f g True",
        "('x',) 1 {'extra': 1}",
        "5 ('w', 5) None",
        "(1, 'x', None)",
      ),
    );
  }, 60_000);
});
