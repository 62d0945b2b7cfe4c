// The differential test suite: every program in test/diff/cases/ runs in pyrewind and in CPython 3.14
// (pyodide) and must print the same stdout, exit with the same status and end with the same uncaught
// exception. Programs pyrewind does not pass yet are listed in pending.txt with a reason.
//
// Fast mode: PYREWIND_DIFF_FILTER=<substring> npx vitest run test/diff
// This file only wires the corpus to the harness; it must not special-case any program.

import { fileURLToPath } from 'node:url';
import { registerDiffSuite } from '../harness/diff_suite.js';

registerDiffSuite({
  casesDir: fileURLToPath(new URL('./cases', import.meta.url)),
  pendingFile: fileURLToPath(new URL('./pending.txt', import.meta.url)),
});
