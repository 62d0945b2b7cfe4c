// Tests of the failure-report diff: equal texts give nothing, changed lines are marked with their line
// numbers, and the first difference is located exactly.
import { expect, test } from 'vitest';
import { firstDifference, unifiedDiff } from './unified_diff.js';

test('equal texts: no diff, no difference', () => {
  expect(unifiedDiff('a\nb\n', 'a\nb\n', 'x', 'y')).toBe('');
  expect(firstDifference('a\nb\n', 'a\nb\n')).toBeNull();
});

test('one changed line with context', () => {
  const a = ['1', '2', '3', '4', '5', '6', '7', '8', '9', ''].join('\n');
  const b = a.replace('5\n', 'five\n');
  expect(unifiedDiff(a, b, 'cpython', 'pyrewind')).toBe(
    ['--- cpython', '+++ pyrewind', '@@ -2,7 +2,7 @@', ' 2', ' 3', ' 4', '-5', '+five', ' 6', ' 7', ' 8'].join('\n'),
  );
  expect(firstDifference(a, b)).toEqual({ line: 5, expected: '5', actual: 'five', column: 1 });
});

test('insertions, deletions and a missing final newline', () => {
  expect(unifiedDiff('a\nb\nc\n', 'a\nc\nd', 'e', 'a')).toBe(
    ['--- e', '+++ a', '@@ -1,3 +1,3 @@', ' a', '-b', ' c', '+d', '\\ No newline at end of text'].join('\n'),
  );
});

test('first difference inside a line, and at the end of one text', () => {
  expect(firstDifference('x = 1.5\n', 'x = 1.50\n')).toEqual({ line: 1, expected: 'x = 1.5', actual: 'x = 1.50', column: 8 });
  expect(firstDifference('a\n', 'a\nb\n')).toEqual({ line: 2, expected: '', actual: 'b', column: 1 });
  expect(firstDifference('a\nb', 'a')).toEqual({ line: 2, expected: 'b', actual: null, column: 1 });
});

test('separate hunks for distant changes', () => {
  const lines = Array.from({ length: 40 }, (_, i) => `line ${i}`);
  const a = lines.join('\n') + '\n';
  const b = lines.map((l, i) => (i === 3 || i === 30 ? l + '!' : l)).join('\n') + '\n';
  const d = unifiedDiff(a, b, 'a', 'b');
  expect(d.match(/^@@/gm)).toHaveLength(2);
  expect(d).toContain('@@ -1,7 +1,7 @@');
  expect(d).toContain('@@ -28,7 +28,7 @@');
});
