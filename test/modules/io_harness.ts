// Runs Python programs in pyrewind for the _io, _operator, _heapq and hashlib tests, and checks their
// output line by line against what CPython 3.14 (pyodide 3.14.2) printed for the same program.
//
// Programs run on the Node host, which seeks (Host.seek) like an OS. Not a test file itself; it must not
// interpret what the programs print.

import { beforeAll, expect, it } from 'vitest';
import { mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NodeHost } from '../../host/node/node_host.js';
import { runMainFile } from '../../vm/index.js';
import { ByteSink } from '../harness/byte_sink.js';

export interface Outcome {
  stdout: string;
  stderr: string;
  status: number;
}

let sharedCompiler: unknown = undefined;

/**
 * Runs `source` as main.py in a fresh directory (also the current directory) on the Node host.
 * `seeking` only documents whether a program uses file positions (every run can seek).
 */
export function runProgram(source: string, options: { seeking?: boolean; stdin?: string } = {}): Outcome {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), 'pyrewind-io-')));
  const previous = process.cwd();
  const out = new ByteSink();
  const err = new ByteSink();
  try {
    writeFileSync(join(dir, 'main.py'), source);
    process.chdir(dir);
    const host = new NodeHost({
      stdin: new TextEncoder().encode(options.stdin ?? ''),
      onStdout: (b) => out.push(b),
      onStderr: (b) => err.push(b),
      ...(sharedCompiler === undefined ? {} : { compiler: sharedCompiler as never }),
    });
    sharedCompiler ??= host.compiler;
    const status = runMainFile(host, join(dir, 'main.py'), []);
    return { stdout: out.text(), stderr: err.text(), status };
  } finally {
    process.chdir(previous);
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Runs PROGRAM once; each line of EXPECTED (what CPython printed) is then its own test, so that a
 * failure names the case. Call inside describe().
 */
export function expectLines(program: string, expected: string, options: { seeking?: boolean } = {}): void {
  let result: Outcome | null = null;
  beforeAll(() => {
    result = runProgram(program, options);
  });
  it('runs to the end without an uncaught exception', () => {
    expect(result!.stderr).toBe('');
    expect(result!.status).toBe(0);
  });
  // Blank lines are left out on both sides, so that line numbers stay aligned.
  const lines = expected.split('\n').filter((l) => l !== '');
  const got = (): string[] => result!.stdout.split('\n').filter((l) => l !== '');
  lines.forEach((line, i) => {
    it(`line ${i + 1}: ${line.slice(0, 70)}`, () => {
      expect(got()[i]).toBe(line);
    });
  });
  it('prints nothing more', () => {
    expect(got().length).toBe(lines.length);
  });
}
