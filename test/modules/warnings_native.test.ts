// Checks the _warnings module (vm/modules/warnings.ts) and the compiler warnings routed through it
// (vm/runtime/compile.ts) against CPython 3.14: the default filters, the registry and its version, the
// fallback printer used when Lib/warnings.py cannot be imported, warn()'s argument checks and frame
// attribution, and the "error" action turning a compiler SyntaxWarning into a SyntaxError.
// Expected texts were printed by CPython 3.14.2 (pyodide) running the same programs.

import { beforeAll, describe, expect, it } from 'vitest';
import { runProgram } from './program_runner.js';

beforeAll(async () => {
  await import('../../vm/index.js');
});

function run(source: string, extra: Record<string, string> = {}) {
  return runProgram({ 'main.py': source, ...extra });
}

describe('_warnings state', () => {
  it('starts with the release-build default filters, "__main__" as a plain string', async () => {
    const r = await run(String.raw`import _warnings
for f in _warnings.filters:
    print(f)
print(_warnings._defaultaction, _warnings._onceregistry, type(_warnings._warnings_context).__name__)
import warnings
print(warnings.filters is _warnings.filters, warnings.warn is _warnings.warn, warnings.onceregistry is _warnings._onceregistry)
`);
    expect(r.stdout).toBe(
      "('default', None, <class 'DeprecationWarning'>, '__main__', 0)\n" +
        "('ignore', None, <class 'DeprecationWarning'>, None, 0)\n" +
        "('ignore', None, <class 'PendingDeprecationWarning'>, None, 0)\n" +
        "('ignore', None, <class 'ImportWarning'>, None, 0)\n" +
        "('ignore', None, <class 'ResourceWarning'>, None, 0)\n" +
        'default {} ContextVar\n' +
        'True True True\n',
    );
  });

  it('keeps a registry per module, cleared when the filters change', async () => {
    const r = await run(String.raw`import warnings, sys
def w(): warnings.warn("x")
w(); w()
reg = globals()["__warningregistry__"]
print(sorted(map(str, reg)))
warnings.simplefilter("default")
w()
print(sorted(map(str, reg)))
`);
    expect(r.stdout).toBe(
      `["('x', <class 'UserWarning'>, 2)", 'version']\n` + `["('x', <class 'UserWarning'>, 2)", 'version']\n`,
    );
    // Shown again after the filters changed: the registry's version no longer matched.
    expect(r.stderr).toBe('DIR/main.py:2: UserWarning: x\n  def w(): warnings.warn("x")\n'.repeat(2));
  });

  it('prints by itself when Lib/warnings.py cannot be imported', async () => {
    const r = await run(String.raw`import sys, _warnings
sys.modules["warnings"] = None
_warnings.warn("no python module")
_warnings.warn_explicit("explicit", RuntimeWarning, "nowhere.py", 3)
_warnings.warn("to the caller", stacklevel=2)
print("after")
`);
    expect(r.stdout).toBe('after\n');
    expect(r.stderr).toBe(
      'DIR/main.py:3: UserWarning: no python module\n  _warnings.warn("no python module")\n' +
        'nowhere.py:3: RuntimeWarning: explicit\n' +
        '<sys>:0: UserWarning: to the caller\n',
    );
  });
});

describe('warn() arguments', () => {
  it('checks the category and the registry like CPython', async () => {
    const r = await run(String.raw`import _warnings
for args in (("m", int), ("m", 3), ("m", None, 1, None, 5)):
    try:
        _warnings.warn(*args)
    except TypeError as e:
        print(e)
try:
    _warnings.warn("m", skip_file_prefixes=(1,))
except TypeError as e:
    print(e)
try:
    _warnings.warn_explicit("m", UserWarning, "f.py", 1, registry=[])
except TypeError as e:
    print(e)
try:
    _warnings.warn_explicit("m", UserWarning, "f.py", 1, module_globals=[])
except TypeError as e:
    print(e)
for cat in (None, 5, len):
    try:
        _warnings.warn_explicit("m", cat, "f.py", 1)
    except TypeError as e:
        print(e)
`);
    expect(r.stdout).toBe(
      "category must be a Warning subclass, not 'type'\n" +
        "category must be a Warning subclass, not 'int'\n" +
        'warn() takes at most 4 positional arguments (5 given)\n' +
        "Found non-str 'int' in skip_file_prefixes.\n" +
        "'registry' must be a dict or None\n" +
        "module_globals must be a dict, not 'list'\n" +
        "'NoneType' object is not callable\n" +
        "'int' object is not callable\n" +
        'issubclass() arg 1 must be a class\n',
    );
  });

  it('attributes the warning with stacklevel and skip_file_prefixes', async () => {
    const r = await run(
      String.raw`import warnings, helper
def f():
    helper.deep()
f()
helper.skip(__file__)
`,
      {
        'helper.py': String.raw`import warnings
def deep():
    warnings.warn("three up", stacklevel=3)
def skip(prefix):
    warnings.warn("skipping helper", skip_file_prefixes=(__file__,))
`,
      },
    );
    expect(r.stderr).toBe('DIR/main.py:4: UserWarning: three up\n  f()\nDIR/main.py:5: UserWarning: skipping helper\n  helper.skip(__file__)\n');
  });

  it('raises the Warning instance itself for the "error" action', async () => {
    const r = await run(String.raw`import warnings
warnings.simplefilter("error")
w = UserWarning("mine")
try:
    warnings.warn(w)
except UserWarning as e:
    print(e is w)
warnings.filters.insert(0, ("bogus", None, Warning, None, 0))
try:
    warnings.warn("x")
except RuntimeError as e:
    print(e)
`);
    expect(r.stdout).toBe("True\nUnrecognized action ('bogus') in warnings.filters:\n ('bogus', None, <class 'Warning'>, None, 0)\n");
  });
});

describe('compiler warnings', () => {
  it('are shown with the source line, and again on every compile', async () => {
    const r = await run(String.raw`import sys
x = 1
print(x is 1)
for i in range(2):
    compile("y = 2 is 2", "<c>", "exec")
`);
    expect(r.stdout).toBe('True\n');
    expect(r.stderr).toBe(
      `DIR/main.py:3: SyntaxWarning: "is" with 'int' literal. Did you mean "=="?\n  print(x is 1)\n` +
        `<c>:1: SyntaxWarning: "is" with 'int' literal. Did you mean "=="?\n`.repeat(2),
    );
  });

  it('follow the filters: ignored, recorded, or turned into SyntaxError', async () => {
    const r = await run(String.raw`import warnings
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    compile("'\\d'", "a.py", "exec")
print([(w.category.__name__, w.filename, w.lineno) for w in log])
warnings.simplefilter("ignore", SyntaxWarning)
exec("1 is 1")
warnings.simplefilter("error", SyntaxWarning)
try:
    compile("pass\nz = 1 is 1\n", "b.py", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.filename, e.lineno, repr(e.text))
try:
    import strict_mod
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.filename.rsplit("/", 1)[-1], e.lineno, repr(e.text))
`, { 'strict_mod.py': 'a = 1\nz = a is 1\n' });
    // The text is read from the file the filename names, as CPython does: none for b.py, which does not exist.
    expect(r.stdout).toBe(
      "[('SyntaxWarning', 'a.py', 1)]\n" +
        `SyntaxError "is" with 'int' literal. Did you mean "=="? b.py 2 None\n` +
        `SyntaxError "is" with 'int' literal. Did you mean "=="? strict_mod.py 2 'z = a is 1\\n'\n`,
    );
    expect(r.stderr).toBe('');
  });
});
