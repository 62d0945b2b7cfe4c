// Runs a program in the machine's own CPython (`python3`), for what pyodide's CPython 3.14 cannot run:
// programs that start threads (pyodide has none). It is an older CPython (3.11 on the CI machine), so
// the programs compared against it are written to print the same on every CPython since 3.11; the
// comparison itself is the same exact one as for pyodide's runs (compare.ts).
//
// Must not be used for anything pyodide can run: CPython 3.14 stays the oracle.

import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Program, RunResult } from './program.js';
import { parseUncaughtException } from './traceback.js';
import { programEnvironment } from './run_env.js';

const RUN_TIMEOUT_MS = 60_000;

/** The machine's CPython version as [major, minor], or null when there is no python3. */
export function hostCPythonVersion(): [number, number] | null {
  const r = spawnSync('python3', ['-c', 'import sys; print(*sys.version_info[:2])'], { encoding: 'utf8' });
  if (r.status !== 0) return null;
  const [major, minor] = r.stdout.trim().split(' ').map(Number);
  return [major, minor];
}

/** Runs `program` with `python3` in `runDir` (its files written there first; removed afterwards). */
export function runHostCPython(program: Program, runDir: string): RunResult {
  try {
    for (const [rel, data] of program.files) {
      const path = join(runDir, rel);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, data);
    }
    const r = spawnSync('python3', [join(runDir, program.main), ...program.argv], {
      cwd: runDir,
      input: program.stdin,
      env: programEnvironment(),
      timeout: RUN_TIMEOUT_MS,
      encoding: 'utf8',
    });
    if (r.error !== undefined) throw new Error(`python3 could not run ${program.name}: ${r.error.message}`);
    const exitCode = r.status ?? 1;
    return { stdout: r.stdout, stderr: r.stderr, exitCode, exception: exitCode === 0 ? null : parseUncaughtException(r.stderr) };
  } finally {
    rmSync(runDir, { recursive: true, force: true });
  }
}
