// Shared by the typing-object tests (generic aliases, unions, _typing): runs one Python program in
// pyrewind and checks its stdout line by line against lines CPython 3.14 (pyodide 3.14.2) printed for
// the same program, so that a failure names the case. Not a test file itself.
import { beforeAll, expect, it } from 'vitest';
import { runPyrewind } from '../harness/pyrewind.js';
import type { RunResult } from '../harness/program.js';

/** The program's output must be exactly `expected` (one test per line), with nothing on stderr. */
export function describeProgram(name: string, program: string, expected: string): void {
  let result: RunResult | null = null;
  beforeAll(async () => {
    result = await runPyrewind({
      name,
      files: new Map([['main.py', new TextEncoder().encode(program)]]),
      main: 'main.py',
      argv: [],
      stdin: '',
    });
  }, 120_000);
  const lines = expected.split('\n').filter((l) => l !== '');
  it('runs to the end without an uncaught exception', () => {
    expect(result!.stderr).toBe('');
    expect(result!.exitCode).toBe(0);
    expect(result!.stdout.split('\n').filter((l) => l !== '').length).toBe(lines.length);
  });
  lines.forEach((line, i) => {
    it(`line ${i + 1}: ${line.slice(0, 70)}`, () => {
      expect(result!.stdout.split('\n')[i]).toBe(line);
    });
  });
}
