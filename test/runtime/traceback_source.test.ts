// Tests of the source/caret layout of traceback entries (vm/runtime/traceback_source.ts) against what
// CPython 3.14's traceback.py prints for the same lines and instruction positions.

import { describe, expect, test } from 'vitest';
import { formatEntrySource } from '../../vm/runtime/traceback_source.js';

/** Lays out `source` (1-based lines) for an instruction at (line, col)..(endLine, endCol). */
function layout(source: string, line: number, col: number, endLine: number, endCol: number): string {
  const lines = source.split('\n');
  return formatEntrySource((n) => lines[n - 1] ?? null, line, endLine, col, endCol).join('');
}

describe('traceback entry layout', () => {
  test('a call of a plain name that is the whole value of return or of an assignment has no carets', () => {
    expect(layout('def rec(n):\n    return rec(n - 1)', 2, 11, 2, 21)).toBe('    return rec(n - 1)\n');
    expect(layout('    y = f(x)', 1, 8, 1, 12)).toBe('    y = f(x)\n');
    expect(layout('result = g(0)', 1, 9, 1, 13)).toBe('    result = g(0)\n');
  });

  test('a method call or a nested call keeps its carets', () => {
    expect(layout('    return self.helper(v) ** 2', 1, 11, 1, 25)).toBe('    return self.helper(v) ** 2\n           ~~~~~~~~~~~^^^\n');
    expect(layout('x = f(g(1))', 1, 6, 1, 10)).toBe('    x = f(g(1))\n          ~^^^\n');
  });

  test('binary operations and subscripts are anchored at their operator and brackets', () => {
    expect(layout('    return 1 / a', 1, 11, 1, 16)).toBe('    return 1 / a\n           ~~^~~\n');
    expect(layout('x = data["k"][5]', 1, 4, 1, 16)).toBe('    x = data["k"][5]\n        ~~~~~~~~~^^^\n');
  });

  test('a raise statement or an expression covering its whole line has no carets', () => {
    expect(layout("    raise ValueError('bottom')", 1, 4, 1, 30)).toBe("    raise ValueError('bottom')\n");
    expect(layout('    foo.bar', 1, 4, 1, 11)).toBe('    foo.bar\n');
  });

  test('the with statement blames its context expression, anchored like a call', () => {
    expect(layout('with Ctx():', 1, 5, 1, 10)).toBe('    with Ctx():\n         ~~~^^\n');
  });

  test('an instruction spanning several lines shows them all, dedented together', () => {
    const src = 'long_function_name(\n    1,\n    2,\n)';
    expect(layout(src, 1, 0, 4, 1)).toBe(
      '    long_function_name(\n    ~~~~~~~~~~~~~~~~~~^\n        1,\n        ^^\n        2,\n        ^^\n    )\n    ^\n',
    );
    const op = 'def f():\n    return (\n        1\n        +\n        None\n    )';
    expect(layout(op, 3, 8, 5, 12)).toBe('    1\n    ~\n    +\n    ^\n    None\n    ~~~~\n');
  });

  test('long spans keep only the lines around the anchors', () => {
    const src = 'f(\n  1,\n  2,\n  3,\n  4,\n  5,\n  6,\n)';
    expect(layout(src, 1, 0, 8, 1)).toBe(
      '    f(\n    ~^\n      1,\n      ^^\n    ...<4 lines>...\n      6,\n      ^^\n    )\n    ^\n',
    );
  });

  test('without column information only the first line is shown', () => {
    expect(layout('    x = 1', 1, -1, -1, -1)).toBe('    x = 1\n');
  });
});
