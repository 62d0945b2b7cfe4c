// Tests of the run comparison: each field that must match is checked, and nothing else is.
import { expect, test } from 'vitest';
import { compareRuns } from './compare.js';
import type { RunResult } from './program.js';

const ok: RunResult = { stdout: 'hello\n', stderr: '', exitCode: 0, exception: null };
const crashed: RunResult = {
  stdout: 'hello\n',
  stderr: 'note\nTraceback (most recent call last):\n  File "/a/m.py", line 1, in <module>\nValueError: x\n',
  exitCode: 1,
  exception: { type: 'ValueError', message: 'x' },
};

test('identical runs agree', () => {
  expect(compareRuns(ok, { ...ok })).toBeNull();
  expect(compareRuns(crashed, { ...crashed })).toBeNull();
});

test('stdout difference is reported with the first differing line', () => {
  const report = compareRuns(ok, { ...ok, stdout: 'hullo\n' })!;
  expect(report).toContain('first difference at line 1, column 2');
  expect(report).toContain('-hello');
  expect(report).toContain('+hullo');
});

test('exit status, exception type and exception message are each compared', () => {
  expect(compareRuns(ok, { ...ok, exitCode: 3 })).toContain('exit status differs: cpython 0, pyrewind 3');
  expect(compareRuns(crashed, { ...crashed, exception: { type: 'TypeError', message: 'x' } })).toContain('uncaught exception differs');
  expect(compareRuns(crashed, { ...crashed, exception: { type: 'ValueError', message: 'y' } })).toContain('uncaught exception differs');
  expect(compareRuns(crashed, { ...crashed, exception: null })).toContain('uncaught exception differs');
});

test("the program's own stderr is compared, the traceback frames are not", () => {
  const otherFrames = { ...crashed, stderr: crashed.stderr.replace('line 1', 'line 9') };
  expect(compareRuns(crashed, otherFrames)).toBeNull();
  const otherNote = { ...crashed, stderr: crashed.stderr.replace('note', 'nope') };
  expect(compareRuns(crashed, otherNote)).toContain('stderr written by the program');
  expect(compareRuns(ok, { ...ok, stderr: 'warning\n' })).toContain('stderr written by the program');
});
