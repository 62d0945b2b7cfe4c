// Registers the vitest tests of the differential corpus: one test per program, run in pyrewind and in
// CPython (pyodide) in the same test run and compared exactly (compare.ts).
//
// Programs listed in pending.txt are registered with test.fails: they are reported as expected
// failures, and such a test FAILS as soon as the program passes, so that the list cannot go stale. It
// must never turn a comparison into a pass by any other means.
//
// PYREWIND_DIFF_FILTER=<substring> runs only the programs whose name contains it.

import { describe, expect, test } from 'vitest';
import { compareRuns } from './compare.js';
import { loadCorpus, loadPending, type CorpusEntry } from './corpus.js';
import { runCPython } from './cpython.js';
import { makeRunDir, runPyrewind } from './pyrewind.js';

export interface DiffSuiteOptions {
  casesDir: string;
  pendingFile: string;
}

/** Runs one program on both sides; throws with a full report when they differ. */
export async function assertSameAsCPython(entry: CorpusEntry): Promise<void> {
  const runDir = makeRunDir();
  // The same absolute directory on both sides (pyodide's is in its own memory file system), so that
  // __file__, sys.argv[0] and os.getcwd() agree.
  let actual;
  try {
    actual = await runPyrewind(entry.program, runDir);
  } catch (e) {
    // Not a Python-level outcome: the VM (or its loading) threw a JavaScript error, or timed out.
    const detail = e instanceof Error ? (e.stack ?? e.message) : String(e);
    throw new Error(`${entry.program.name}: pyrewind crashed instead of running the program\n\n${detail}`);
  }
  const expected = await runCPython(entry.program, runDir);
  const report = compareRuns(expected, actual);
  if (report !== null) throw new Error(`${entry.program.name}: pyrewind differs from CPython\n\n${report}`);
}

export function registerDiffSuite(options: DiffSuiteOptions): void {
  const filter = process.env['PYREWIND_DIFF_FILTER'] ?? '';
  const corpus = loadCorpus(options.casesDir);
  const pending = loadPending(options.pendingFile);
  const selected = corpus.filter((e) => e.program.name.includes(filter));

  describe('corpus', () => {
    test('pending.txt names only programs that exist', () => {
      const names = new Set(corpus.map((e) => e.program.name));
      expect([...pending.keys()].filter((n) => !names.has(n))).toEqual([]);
    });

    test('the filter selects at least one program', () => {
      expect(selected.length, `PYREWIND_DIFF_FILTER=${JSON.stringify(filter)} matches nothing`).toBeGreaterThan(0);
    });

    // The oracle itself must be deterministic, or a difference would not mean anything. Both runs use
    // the same directory, as the two sides of a comparison do.
    test('every selected program runs twice under CPython with the same result and its declared exit status', async () => {
      const problems: string[] = [];
      for (const entry of selected) {
        const runDir = `/tmp/pyrewind-oracle-check-${process.pid}`;
        const first = await runCPython(entry.program, runDir);
        const second = await runCPython(entry.program, runDir);
        if (first.exitCode !== entry.expectedExit) {
          problems.push(`${entry.program.name}: exit status ${first.exitCode}, declared ${entry.expectedExit} ('# exit:')\n${first.stderr}`);
        }
        const report = compareRuns(first, second, { expected: 'first run', actual: 'second run' });
        if (report !== null) problems.push(`${entry.program.name}: not deterministic under CPython\n${report}`);
      }
      if (problems.length > 0) throw new Error(problems.join('\n\n'));
    });
  });

  describe('pyrewind matches CPython', () => {
    for (const entry of selected) {
      const name = entry.program.name;
      const reason = pending.get(name);
      if (reason === undefined) {
        test(name, () => assertSameAsCPython(entry));
      } else {
        // Passes while pyrewind still differs; fails loudly ("Expect test to fail") once it matches.
        test.fails(`${name} [pending: ${reason}]`, () => assertSameAsCPython(entry));
      }
    }
  });
}
