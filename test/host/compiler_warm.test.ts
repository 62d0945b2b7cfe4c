// A warm cache must never start pyodide, and PYREWIND_PYTHON must be refused unless it is CPython 3.14.
// Nothing in this file may miss the cache through the pyodide backend: the worker must stay unstarted.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CompileRequest } from '../../vm/host.js';
import { CompileCache, defaultCacheDir } from '../../host/node/compile_cache.js';
import { Compiler, CompilerUnavailableError, pyodideWorkerStats } from '../../host/node/compiler.js';
import type { CompileOutput } from '../../host/node/compiler.js';
import { NodeHost } from '../../host/node/node_host.js';

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'pyrewind-warm-test-'));
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('a warm cache', () => {
  it('answers without starting the compiler worker', () => {
    const compiler = new Compiler({ cacheDir: dir, env: {} });
    const request: CompileRequest = { source: 'print("warm")\n', filename: '/w.py', mode: 'exec', flags: 0, optimize: -1 };
    // Stand-in entries written straight into the cache: whatever is there is what must come back.
    const cache = new CompileCache(dir);
    const success: CompileOutput = { ok: true, marshal: new Uint8Array([0xe3, 1, 2, 3]), warnings: [] };
    cache.put(cache.key(compiler.version, request), success);
    const failing = { ...request, source: 'x = (\n' };
    const failure: CompileOutput = {
      ok: false,
      error: { type: 'SyntaxError', msg: "'(' was never closed", filename: '/w.py', lineno: 1, offset: 5, text: 'x = (\n', endLineno: 1, endOffset: 0, metadata: { line: 0, offset: 0, source: 'x = (\n' } },
      warnings: [{ category: 'SyntaxWarning', message: 'm', filename: '/w.py', lineno: 1 }],
    };
    cache.put(cache.key(compiler.version, failing), failure);

    expect(compiler.compile(request)).toEqual(success);
    expect(compiler.compile(failing)).toEqual(failure);
    expect(compiler.stats).toEqual({ hits: 2, misses: 0 });
    expect(pyodideWorkerStats()).toEqual({ starts: 0, requests: 0 });
  });
});

describe('the cache directory', () => {
  it('follows PYREWIND_CACHE_DIR, then XDG_CACHE_HOME, then ~/.cache', () => {
    expect(defaultCacheDir({ PYREWIND_CACHE_DIR: '/a/b', XDG_CACHE_HOME: '/x' })).toBe('/a/b');
    expect(defaultCacheDir({ XDG_CACHE_HOME: '/x' })).toBe('/x/pyrewind');
    expect(defaultCacheDir({ XDG_CACHE_HOME: 'relative' })).toMatch(/\/\.cache\/pyrewind$/);
    expect(defaultCacheDir({})).toMatch(/\/\.cache\/pyrewind$/);
  });

  it('is what a Compiler uses by default', () => {
    expect(new Compiler({ env: { PYREWIND_CACHE_DIR: dir } }).cacheDir).toBe(dir);
  });
});

function pythonVersion(executable: string): string | null {
  const run = spawnSync(executable, ['-c', 'import platform; print(platform.python_version())'], { encoding: 'utf8' });
  return run.status === 0 ? run.stdout.trim() : null;
}

describe('PYREWIND_PYTHON', () => {
  const python3 = pythonVersion('python3');

  it.skipIf(python3 === null || python3.startsWith('3.14.'))('refuses a Python that is not 3.14', () => {
    const compiler = new Compiler({ env: { PYREWIND_PYTHON: 'python3' }, cacheDir: dir });
    const expected =
      `pyrewind: PYREWIND_PYTHON=python3 is Python ${python3}; pyrewind needs CPython 3.14 to compile ` +
      '(its bytecode is what the VM executes). Unset PYREWIND_PYTHON to use the bundled compiler.';
    expect(() => compiler.version).toThrow(expected);
    let caught: unknown;
    try {
      compiler.compile({ source: 'x = 1\n', filename: 'a.py', mode: 'exec', flags: 0, optimize: -1 });
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(CompilerUnavailableError);
    expect((caught as Error).message).toBe(expected);
    // Through the host too, and without falling back to pyodide.
    expect(() => new NodeHost({ env: { PYREWIND_PYTHON: 'python3' } }).compilerVersion).toThrow(expected);
    expect(pyodideWorkerStats().starts).toBe(0);
  });

  it('says when the executable cannot be run', () => {
    const compiler = new Compiler({ env: { PYREWIND_PYTHON: '/no/such/python' }, cacheDir: null });
    expect(() => compiler.version).toThrow(
      /^pyrewind: PYREWIND_PYTHON=\/no\/such\/python could not be run \(.*ENOENT.*\)\. Unset PYREWIND_PYTHON to use the bundled compiler\.$/,
    );
  });

  it('says when the executable is not a Python', () => {
    const compiler = new Compiler({ env: { PYREWIND_PYTHON: 'false' }, cacheDir: null });
    expect(() => compiler.version).toThrow(/^pyrewind: PYREWIND_PYTHON=false did not identify itself as a Python interpreter/);
  });

  it('is ignored when empty', () => {
    expect(new Compiler({ env: { PYREWIND_PYTHON: '' }, cacheDir: null }).version).toMatch(/^CPython 3\.14\.\d+ \(pyodide /);
  });
});
