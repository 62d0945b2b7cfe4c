// .pyc loading: CPython 3.14's own py_compile output (made here with pyodide) loads and has the right
// code object; other magic numbers and non-.pyc data are refused by name.

import { beforeAll, describe, expect, it } from 'vitest';
import { loadPyodide } from 'pyodide';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import '../../vm/index.js';
import { loadPyc, PycError } from '../../vm/marshal/pyc.js';

let pyc: Uint8Array;

beforeAll(async () => {
  const py = await loadPyodide({ indexURL: `${dirname(createRequire(import.meta.url).resolve('pyodide/package.json'))}/` });
  py.FS.writeFile('/tmp/m.py', 'def double(x):\n    return 2 * x\nprint(double(21))\n');
  py.runPython("import py_compile; py_compile.compile('/tmp/m.py', cfile='/tmp/m.pyc', doraise=True)");
  pyc = py.FS.readFile('/tmp/m.pyc');
}, 60_000);

describe('loadPyc', () => {
  it('loads a CPython 3.14 .pyc', () => {
    const co = loadPyc(pyc, 'm.pyc');
    expect(co.name).toBe('<module>');
    expect(co.filename).toBe('/tmp/m.py');
    expect(co.names).toContain('double');
  });

  it('refuses bytecode of another Python version, naming it', () => {
    const old = pyc.slice();
    old[0] = 3495 & 0xff; // 3.11's first magic number
    old[1] = 3495 >> 8;
    expect(() => loadPyc(old, 'old.pyc')).toThrow(PycError);
    expect(() => loadPyc(old, 'old.pyc')).toThrow(/Python 3\.11 .*pyrewind runs CPython 3\.14 bytecode only/);
  });

  it('refuses data that is not a .pyc', () => {
    expect(() => loadPyc(new TextEncoder().encode('print("hello")\n#########'), 'x.pyc')).toThrow(/not a \.pyc file/);
    expect(() => loadPyc(new Uint8Array(4), 'x.pyc')).toThrow(/not a \.pyc file/);
  });
});
