// Threaded programs: each program in cases/ runs in pyrewind and in the machine's CPython (python3),
// which, unlike pyodide's CPython 3.14, can start threads. The programs are written to print the same on
// every CPython since 3.11 (the CI machine's python3) and to be deterministic on CPython: what they print
// does not depend on how CPython happens to interleave its threads. The comparison is the differential
// suite's own (stdout, program stderr, exit status, uncaught exception).
//
// PYREWIND_DIFF_FILTER=<substring> selects programs, as in test/diff.

import { describe, expect, test } from 'vitest';
import { fileURLToPath } from 'node:url';
import { loadCorpus } from '../harness/corpus.js';
import { makeRunDir, runPyrewind } from '../harness/pyrewind.js';
import { hostCPythonVersion, runHostCPython } from '../harness/host_cpython.js';
import { compareRuns } from '../harness/compare.js';

const corpus = loadCorpus(fileURLToPath(new URL('./cases', import.meta.url)));
const filter = process.env['PYREWIND_DIFF_FILTER'] ?? '';
const selected = corpus.filter((e) => e.program.name.includes(filter));

describe('threads against the machine CPython', () => {
  test('python3 is CPython 3.11 or later', () => {
    const v = hostCPythonVersion();
    expect(v, 'no python3 on this machine').not.toBeNull();
    expect(v![0] * 100 + v![1]).toBeGreaterThanOrEqual(311);
  });

  for (const entry of selected) {
    test(entry.program.name, async () => {
      const runDir = makeRunDir();
      const actual = await runPyrewind(entry.program, runDir);
      const expected = runHostCPython(entry.program, runDir);
      const report = compareRuns(expected, actual, { expected: 'python3', actual: 'pyrewind' });
      if (report !== null) throw new Error(`${entry.program.name}: pyrewind differs from python3\n\n${report}`);
    }, 120_000);
  }
});
