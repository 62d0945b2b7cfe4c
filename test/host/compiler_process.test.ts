// The compiler worker seen from a whole process: it must not keep a finished program alive, and a
// pyodide that fails to load (or a worker that dies, or is missing) must become a clear error.
// Failures are simulated in a throwaway copy of the built tree with a fake "pyodide" package.

import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packageRoot, pyodideDir } from '../../host/node/package_paths.js';
import { requireFreshBuild } from './fresh_build.js';

let dir: string;
let fakeRoot: string;

/** Runs an ES module script in a fresh node process; returns its exit status and output. */
function runNode(script: string, env: Record<string, string> = {}): { status: number | null; stdout: string; stderr: string; ms: number } {
  const started = Date.now();
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    encoding: 'utf8',
    timeout: 30_000,
    env: { ...process.env, ...env },
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr, ms: Date.now() - started };
}

/** A script that compiles through `compilerModule` (a dist compiler.js) and prints what happened as JSON. */
function compileScript(compilerModule: string): string {
  return `
    const { Compiler, pyodideWorkerStats } = await import(${JSON.stringify(pathToFileURL(compilerModule).href)});
    const compiler = new Compiler({ cacheDir: null });
    const results = [];
    for (let i = 0; i < 2; i++) {
      try {
        const out = compiler.compile({ source: 'x = ' + i + '\\n', filename: 'a.py', mode: 'exec', flags: 0, optimize: -1 });
        results.push({ ok: out.ok });
      } catch (e) {
        results.push({ error: e.name, message: e.message });
      }
    }
    console.log(JSON.stringify({ results, stats: pyodideWorkerStats() }));
  `;
}

beforeAll(() => {
  requireFreshBuild();
  dir = mkdtempSync(join(tmpdir(), 'pyrewind-process-test-'));
  // A copy of the built host with a fake pyodide next to it; its behaviour is chosen by FAKE_PYODIDE.
  fakeRoot = join(dir, 'fake');
  mkdirSync(join(fakeRoot, 'dist', 'vm'), { recursive: true });
  writeFileSync(join(fakeRoot, 'package.json'), JSON.stringify({ name: 'pyrewind', type: 'module' }));
  cpSync(join(packageRoot(), 'dist', 'host'), join(fakeRoot, 'dist', 'host'), { recursive: true });
  copyFileSync(join(packageRoot(), 'dist', 'vm', 'host.js'), join(fakeRoot, 'dist', 'vm', 'host.js'));
  const fakePyodide = join(fakeRoot, 'node_modules', 'pyodide');
  mkdirSync(fakePyodide, { recursive: true });
  copyFileSync(join(pyodideDir(), 'package.json'), join(fakePyodide, 'package.json'));
  writeFileSync(join(fakePyodide, 'pyodide-lock.json'), JSON.stringify({ info: { python: '3.14.2' }, packages: {} }));
  writeFileSync(
    join(fakePyodide, 'pyodide.mjs'),
    `export async function loadPyodide() {
       if (process.env.FAKE_PYODIDE === 'exit') process.exit(7);
       throw new Error('simulated wasm failure');
     }`,
  );
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('the compiler worker in a real process', () => {
  it('does not keep the process alive once the program is done', () => {
    const run = runNode(compileScript(join(packageRoot(), 'dist', 'host', 'node', 'compiler.js')));
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({ results: [{ ok: true }, { ok: true }], stats: { starts: 1, requests: 2 } });
  });

  it('turns a pyodide load failure into a clear error, once', () => {
    const run = runNode(compileScript(join(fakeRoot, 'dist', 'host', 'node', 'compiler.js')), { FAKE_PYODIDE: 'throw' });
    expect(run.status).toBe(0);
    const error = {
      error: 'CompilerUnavailableError',
      message: 'pyrewind: the bundled compiler failed: could not load pyodide: simulated wasm failure',
    };
    // The second compile reports the same failure without starting another worker.
    expect(JSON.parse(run.stdout)).toEqual({ results: [error, error], stats: { starts: 1, requests: 1 } });
  });

  it('reports a worker that died instead of waiting forever', () => {
    const run = runNode(compileScript(join(fakeRoot, 'dist', 'host', 'node', 'compiler.js')), { FAKE_PYODIDE: 'exit' });
    expect(run.status).toBe(0);
    const error = { error: 'CompilerUnavailableError', message: 'pyrewind: the compiler worker (pyodide) stopped unexpectedly' };
    expect(JSON.parse(run.stdout)).toEqual({ results: [error, error], stats: { starts: 1, requests: 1 } });
    expect(run.ms).toBeLessThan(20_000);
  });

  it('says so when the built worker script is missing', () => {
    const bare = join(dir, 'bare');
    cpSync(fakeRoot, bare, { recursive: true });
    rmSync(join(bare, 'dist', 'host', 'node', 'compiler_worker.js'));
    const run = runNode(compileScript(join(bare, 'dist', 'host', 'node', 'compiler.js')));
    expect(run.status).toBe(0);
    const missing = join(bare, 'dist', 'host', 'node', 'compiler_worker.js');
    const error = {
      error: 'CompilerUnavailableError',
      message: `pyrewind: the compiler worker ${missing} is missing; build pyrewind first (npx tsc)`,
    };
    expect(JSON.parse(run.stdout)).toEqual({ results: [error, error], stats: { starts: 0, requests: 0 } });
  });
});
