// Program exit and imports: exit()/quit() from site, atexit callbacks (order, arguments, unregister,
// running after the report of an uncaught exception), `from . import sub` reporting the module
// that is really missing, and what the importers do not find in pyodide's stdlib zip. Expected outputs
// are CPython 3.14's (checked with pyodide; pyodide itself has its additions, CPython does not).

import { describe, expect, it } from 'vitest';
import { runFiles, runSource, lines } from './run_source.js';

describe('exit', () => {
  it('has exit() and quit() as Quitter objects raising SystemExit', async () => {
    const r = await runSource(
      'print(repr(exit), repr(quit), type(exit).__name__)\n' +
        'try:\n    quit(4)\nexcept SystemExit as e:\n    print("quit code", e.code)\n' +
        'exit(3)\n',
    );
    expect(r.stdout).toBe(
      lines(
        'Use exit() or Ctrl-D (i.e. EOF) to exit Use quit() or Ctrl-D (i.e. EOF) to exit Quitter',
        'quit code 4',
      ),
    );
    expect(r.exitCode).toBe(3);
  }, 60_000);

  it('runs atexit callbacks last-registered first, with their arguments, minus unregistered ones', async () => {
    const r = await runSource(
      'import atexit\n' +
        'atexit.register(print, "second registered")\n' +
        'def first(tag, *, end="!"):\n    print("first registered", tag, end=end + "\\n")\n' +
        'print(atexit.register(first, "tag", end="?") is first)\n' +
        'atexit.register(print, "unregistered")\n' +
        'atexit.unregister(print)\n' +
        'atexit.register(print, "after unregister")\n' +
        'print("callbacks", atexit._ncallbacks())\n' +
        'import sys\nsys.exit()\n',
    );
    expect(r.stdout).toBe(lines('True', 'callbacks 2', 'after unregister', 'first registered tag?'));
    expect(r.exitCode).toBe(0);
  }, 60_000);

  it('runs atexit callbacks after an uncaught exception was reported, keeping status 1', async () => {
    const r = await runSource(
      'import atexit\n' +
        'atexit.register(print, "atexit ran")\n' +
        'def bad():\n    raise KeyError("in callback")\n' +
        'atexit.register(bad)\n' +
        'raise ValueError("boom")\n',
    );
    expect(r.stdout).toBe(lines('atexit ran'));
    expect(r.exitCode).toBe(1);
    const report = r.stderr.indexOf('ValueError: boom');
    const ignored = r.stderr.indexOf('Exception ignored in atexit callback <function bad at 0x');
    expect(report).toBeGreaterThan(0);
    expect(ignored).toBeGreaterThan(report);
    expect(r.stderr).toContain("KeyError: 'in callback'");
  }, 60_000);
});

describe('imports', () => {
  it('reports the module missing deep inside `from . import sub`, not the submodule', async () => {
    const r = await runFiles({
      'main.py':
        'try:\n    import pkg\nexcept ModuleNotFoundError as e:\n    print(type(e).__name__, e.name, e)\n' +
        'try:\n    from pkg2 import missing_sub\nexcept ImportError as e:\n    print(type(e).__name__, e.name, e.name_from)\n',
      'pkg/__init__.py': 'from . import sub\n',
      'pkg/sub.py': 'import no_such_mod_xyz\n',
      'pkg2/__init__.py': 'x = 1\n',
    });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(
      lines(
        "ModuleNotFoundError no_such_mod_xyz No module named 'no_such_mod_xyz'",
        'ImportError pkg2 missing_sub',
      ),
    );
  }, 60_000);

  it("does not find pyodide's additions to the standard library zip (a stub _ssl, its own packages)", async () => {
    const r = await runSource(
      'import importlib.util\n' +
        'for name in ("_ssl", "_pyodide", "pyodide"):\n' +
        '    try:\n        __import__(name)\n    except ModuleNotFoundError as e:\n        print(e)\n' +
        '    print(importlib.util.find_spec(name))\n',
    );
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(
      lines(
        "No module named '_ssl' (a C module of CPython that pyrewind does not implement yet)",
        'None',
        "No module named '_pyodide'",
        'None',
        "No module named 'pyodide'",
        'None',
      ),
    );
  }, 60_000);
});
