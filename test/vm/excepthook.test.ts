// Uncaught exceptions at the top of a script go through sys.excepthook (CPython's _PyErr_PrintEx):
// a user hook replaces the report, sys.last_exc & co are set first, a failing hook is reported before
// the original exception, a deleted hook is said to be missing. Expected texts are CPython 3.14's
// (pythonrun.c); the differential harness cannot check them because it reports exceptions itself.

import { describe, expect, it } from 'vitest';
import { runSource, lines } from './run_source.js';

describe('sys.excepthook', () => {
  it('is called with type, value and traceback, after sys.last_* are set', async () => {
    const r = await runSource(
      'import sys\n' +
        'print(sys.excepthook is sys.__excepthook__, sys.excepthook.__name__)\n' +
        'def hook(tp, value, tb):\n' +
        '    print("hook:", tp.__name__, value, type(tb).__name__, tb.tb_lineno)\n' +
        '    print(sys.last_exc is value, sys.last_type is tp, sys.last_value is value, sys.last_traceback is tb)\n' +
        'sys.excepthook = hook\n' +
        'raise ValueError("boom")\n',
    );
    expect(r.stdout).toBe(lines('True excepthook', 'hook: ValueError boom traceback 7', 'True True True True'));
    expect(r.stderr).toBe('');
    expect(r.exitCode).toBe(1);
  }, 60_000);

  it('reports a failing hook, then the original exception', async () => {
    const r = await runSource(
      'import sys\n' +
        'def hook(tp, value, tb):\n' +
        '    raise RuntimeError("hook broke")\n' +
        'sys.excepthook = hook\n' +
        'raise KeyError("orig")\n',
    );
    expect(r.stderr.startsWith('Error in sys.excepthook:\nTraceback (most recent call last):\n')).toBe(true);
    const broke = r.stderr.indexOf('RuntimeError: hook broke\n\nOriginal exception was:\nTraceback (most recent call last):\n');
    expect(broke).toBeGreaterThan(0);
    expect(r.stderr.endsWith("KeyError: 'orig'\n")).toBe(true);
    expect(r.exitCode).toBe(1);
  }, 60_000);

  it('says when sys.excepthook is missing, and a hook raising SystemExit sets the status', async () => {
    const r = await runSource('import sys\ndel sys.excepthook\nraise TypeError("no hook")\n');
    expect(r.stderr.startsWith('sys.excepthook is missing\nTraceback (most recent call last):\n')).toBe(true);
    expect(r.stderr.endsWith('TypeError: no hook\n')).toBe(true);
    const r2 = await runSource('import sys\ndef hook(*a):\n    sys.exit(7)\nsys.excepthook = hook\n1/0\n');
    expect(r2.exitCode).toBe(7);
    expect(r2.stderr).toBe('');
  }, 60_000);

  it('has sys.unraisablehook and sys.__unraisablehook__', async () => {
    const r = await runSource('import sys\nprint(sys.unraisablehook is sys.__unraisablehook__, sys.__excepthook__.__name__)\n');
    expect(r.stdout).toBe(lines('True excepthook'));
  }, 60_000);
});
