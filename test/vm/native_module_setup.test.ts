// Native modules are set up once per import, as CPython's built-in modules are: created, put in
// sys.modules, then executed (vm/modules/registry.ts, vm/runtime/import.ts, _imp.create_builtin and
// exec_builtin), so that a module which the setup imports can import the native module back and gets
// the one being set up instead of running the setup a second time (Lib/zoneinfo/__init__.py imports
// _zoneinfo while _zoneinfo's setup imports zoneinfo._tzpath).
//
// The probe modules are registered by this test; the expected outputs are what CPython gives for a
// multi-phase C module with the same structure (an exec slot importing a module that imports it back).

import { describe, expect, it } from 'vitest';
import { registerNativeModule } from '../../vm/modules/registry.js';
import { PyModule } from '../../vm/objects/module.js';
import { importModule } from '../../vm/runtime/import.js';
import { runProgram } from '../modules/program_runner.js';
import { lines } from './run_source.js';

let creates = 0;
let execs = 0;
registerNativeModule('_setup_probe', () => {
  creates++;
  const m = new PyModule('_setup_probe');
  m.dict.setStr('marker', 1);
  return m;
}, (interp, mod) => {
  execs++;
  importModule(interp, 'probe_user');
  mod.dict.setStr('done', true);
});

// A factory that imports its own importer during creation: a pyrewind bug, reported, never run twice.
let badCreates = 0;
registerNativeModule('_setup_probe_bad', (interp) => {
  badCreates++;
  importModule(interp, 'bad_user');
  return new PyModule('_setup_probe_bad');
});

const PROBE_USER = 'import _setup_probe\nseen = _setup_probe\nprint("user sees", _setup_probe.marker, hasattr(_setup_probe, "done"))\n';

describe('native module setup', () => {
  it('runs once, with the module in sys.modules while its exec phase imports', async () => {
    creates = 0;
    execs = 0;
    const r = await runProgram({
      'main.py':
        'import sys\nimport _setup_probe\nimport probe_user\n' +
        'print(probe_user.seen is _setup_probe, sys.modules["_setup_probe"] is _setup_probe, _setup_probe.done)\n' +
        'import _setup_probe as again\nprint(again is _setup_probe)\n',
      'probe_user.py': PROBE_USER,
    });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(lines('user sees 1 False', 'True True True', 'True'));
    expect([creates, execs]).toEqual([1, 1]);
  }, 60_000);

  it('creates and executes a new module through importlib, leaving sys.modules alone', async () => {
    creates = 0;
    execs = 0;
    const r = await runProgram({
      'main.py':
        'import sys, importlib.util\nimport _setup_probe\n' +
        'spec = importlib.util.find_spec("_setup_probe")\n' +
        'm = importlib.util.module_from_spec(spec)\n' +
        'print(m is _setup_probe, hasattr(m, "done"), sys.modules["_setup_probe"] is _setup_probe)\n' +
        'spec.loader.exec_module(m)\nprint(m.done)\n',
      'probe_user.py': PROBE_USER,
    });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(lines('user sees 1 False', 'False False True', 'True'));
    expect([creates, execs]).toEqual([2, 2]);
  }, 60_000);

  it('refuses to re-enter a factory that imports its own importers', async () => {
    badCreates = 0;
    const r = await runProgram({
      'main.py': 'import _setup_probe_bad\n',
      'bad_user.py': 'import _setup_probe_bad\n',
    });
    expect(badCreates).toBe(1);
    expect(r.stderr).toContain("native module '_setup_probe_bad' was imported again by its own factory");
  }, 60_000);

  it('gives zoneinfo the _zoneinfo module being set up when _zoneinfo is imported first', async () => {
    const r = await runProgram({
      'main.py':
        'import sys, _zoneinfo, zoneinfo\n' +
        'print(zoneinfo.ZoneInfo is _zoneinfo.ZoneInfo, sys.modules["_zoneinfo"] is _zoneinfo)\n' +
        'print(zoneinfo.ZoneInfo("UTC") is zoneinfo.ZoneInfo("UTC"))\n',
    });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(lines('True True', 'True'));
  }, 60_000);
});
