// Shared by the tests of the trace-reading commands (export, info, query): runs the real `pyrewind` in a
// child process, and makes the files that are not finished traces. Not a test file itself.

import { spawnSync } from 'node:child_process';
import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';

const cli = join(__dirname, '..', '..', 'bin', 'pyrewind.js');

export interface CliResult {
  stdout: string;
  stderr: string;
  status: number | null;
}

export function pyrewind(args: string[], cwd: string): CliResult {
  const r = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', timeout: 120_000, cwd, maxBuffer: 1 << 28 });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}

/** Files in `dir` that Trace.open must refuse, by what is wrong with them. `good` is a finished trace. */
export function badTraceFiles(dir: string, good: string): Record<'text' | 'other' | 'partial' | 'newer', string> {
  const text = join(dir, 'text.sqlite');
  writeFileSync(text, 'this is not a database at all\n'.repeat(300));
  const other = join(dir, 'other.sqlite');
  const db = new Database(other);
  db.exec('CREATE TABLE t(x)');
  db.close();
  const partial = join(dir, 'cut.sqlite');
  copyFileSync(good, `${partial}.partial`);
  const newer = join(dir, 'newer.sqlite');
  copyFileSync(good, newer);
  const n = new Database(newer);
  n.pragma('user_version = 99');
  n.close();
  return { text, other, partial, newer };
}
