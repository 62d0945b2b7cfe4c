// Compares a pyrewind run with the CPython run of the same program and describes every difference.
//
// The comparison is exact: stdout (as text), the exit status, the uncaught exception's type and message,
// and what the program itself wrote to stderr (print(file=sys.stderr), sys.exit('message')). The
// traceback report of an uncaught exception is shown but not compared beyond its last "Type: message":
// its frame lines are not part of the contract. Nothing is normalised here.

import type { RunResult, UncaughtException } from './program.js';
import { firstDifference, unifiedDiff } from './unified_diff.js';
import { programStderr } from './traceback.js';

const STDERR_SHOWN = 3000;

function describeException(e: UncaughtException | null): string {
  return e === null ? 'none' : `${e.type}: ${JSON.stringify(e.message)}`;
}

function tail(text: string, max: number): string {
  return text.length <= max ? text : `[... ${text.length - max} characters cut]\n${text.slice(-max)}`;
}

export interface RunLabels {
  expected: string;
  actual: string;
}

/** A failure report for `actual` (pyrewind) against `expected` (CPython), or null when they agree. */
export function compareRuns(
  expected: RunResult,
  actual: RunResult,
  labels: RunLabels = { expected: 'cpython', actual: 'pyrewind' },
): string | null {
  const e = labels.expected.padEnd(Math.max(labels.expected.length, labels.actual.length));
  const a = labels.actual.padEnd(e.length);
  const problems: string[] = [];

  if (expected.stdout !== actual.stdout) {
    const first = firstDifference(expected.stdout, actual.stdout)!;
    const show = (s: string | null) => (s === null ? '<end of output>' : JSON.stringify(s));
    problems.push(
      [
        `stdout differs; first difference at line ${first.line}, column ${first.column}:`,
        `  >> ${e}: ${show(first.expected)}`,
        `  >> ${a}: ${show(first.actual)}`,
        unifiedDiff(expected.stdout, actual.stdout, `${labels.expected} stdout`, `${labels.actual} stdout`),
      ].join('\n'),
    );
  }
  const expectedErr = programStderr(expected.stderr, expected.exception !== null);
  const actualErr = programStderr(actual.stderr, actual.exception !== null);
  if (expectedErr !== actualErr) {
    problems.push(
      ['stderr written by the program (before any traceback) differs:', unifiedDiff(expectedErr, actualErr, `${labels.expected} stderr`, `${labels.actual} stderr`)].join('\n'),
    );
  }
  if (expected.exitCode !== actual.exitCode) {
    problems.push(`exit status differs: ${labels.expected} ${expected.exitCode}, ${labels.actual} ${actual.exitCode}`);
  }
  const ee = expected.exception;
  const ae = actual.exception;
  if ((ee === null) !== (ae === null) || (ee !== null && ae !== null && (ee.type !== ae.type || ee.message !== ae.message))) {
    problems.push(`uncaught exception differs:\n  ${e}: ${describeException(ee)}\n  ${a}: ${describeException(ae)}`);
  }

  if (problems.length === 0) return null;
  if (expected.stderr !== '' || actual.stderr !== '') {
    problems.push(`${labels.expected} stderr:\n${tail(expected.stderr, STDERR_SHOWN)}`);
    problems.push(`${labels.actual} stderr:\n${tail(actual.stderr, STDERR_SHOWN)}`);
  }
  return problems.join('\n\n');
}
