// Runs Python source in pyrewind's VM for the focused VM tests, through the same runner the differential
// suite uses (a real directory, the Node host, main.py as __main__). Expected outputs in the tests are
// CPython 3.14's, checked with pyodide when the test was written.
//
// Not a test file itself; it must not interpret or adjust what the program prints.

import { runPyrewind } from '../harness/pyrewind.js';
import type { RunResult } from '../harness/program.js';

/**
 * Runs `files` (main.py and any modules) and returns stdout, stderr and the exit status; `name` names
 * the run in the harness's messages (a timeout, say).
 */
export async function runFiles(files: Record<string, string>, stdin = '', name = 'vm-test'): Promise<RunResult> {
  const encoder = new TextEncoder();
  const map = new Map<string, Uint8Array>();
  for (const [file, text] of Object.entries(files)) map.set(file, encoder.encode(text));
  return runPyrewind({ name, files: map, main: 'main.py', argv: [], stdin });
}

/** Runs one script as main.py. */
export function runSource(source: string): Promise<RunResult> {
  return runFiles({ 'main.py': source });
}

/** Joins expected output lines, each ending with a newline as print() writes them. */
export function lines(...ls: string[]): string {
  return ls.map((l) => `${l}\n`).join('');
}
