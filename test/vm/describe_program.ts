// Checks one Python program's output in pyrewind line by line against what CPython 3.14 printed for the
// same program (the expected text in each test was printed by CPython, mostly pyodide 3.14.2): the program
// runs once, and every expected line is its own test, so a failure names the case.
//
// Not a test file itself; it must not interpret or adjust what the program prints.

import { beforeAll, expect, it } from 'vitest';
import { runFiles } from './run_source.js';

/** What a finished run printed, and its exit status. */
export interface ProgramOutput {
  stdout: string;
  stderr: string;
  status: number;
}

/** Output (or expected output) as lines: the newline print() writes after the last line ends no line. */
export function outputLines(text: string): string[] {
  return (text.endsWith('\n') ? text.slice(0, -1) : text).split('\n');
}

/**
 * Declares, in the current describe block, the tests of one run (`run` is called once, before them):
 * it exits with status 0 and nothing on stderr, prints as many lines as `expected` holds, and each
 * line as CPython printed it.
 */
export function checkOutputLines(run: () => Promise<ProgramOutput> | ProgramOutput, expected: string): void {
  let result: ProgramOutput | null = null;
  beforeAll(async () => {
    result = await run();
  });
  it('runs to the end without an uncaught exception', () => {
    expect(result!.stderr).toBe('');
    expect(result!.status).toBe(0);
  });
  const lines = outputLines(expected);
  it('prints as many lines as CPython', () => {
    expect(outputLines(result!.stdout).length).toBe(lines.length);
  });
  lines.forEach((line, i) => {
    it(`line ${i + 1}: ${line.slice(0, 70)}`, () => {
      expect(result!.stdout.split('\n')[i]).toBe(line);
    });
  });
}

/** checkOutputLines for `program` run as main.py by the differential suite's runner (runFiles). */
export function describeProgram(name: string, program: string, expected: string): void {
  checkOutputLines(async () => {
    const r = await runFiles({ 'main.py': program }, '', name);
    return { stdout: r.stdout, stderr: r.stderr, status: r.exitCode };
  }, expected);
}
