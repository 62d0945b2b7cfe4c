// CPython's column offsets are UTF-8 bytes; the source pane needs UTF-16 string indexes to highlight the
// current sub-expression on lines with non-ASCII text.

import { describe, expect, it } from 'vitest';
import { utf8ColumnToIndex } from '../../viewer/src/columns.js';

describe('utf8ColumnToIndex', () => {
  it('is the identity on ASCII', () => {
    expect(utf8ColumnToIndex('y = x * 2', 4)).toBe(4);
    expect(utf8ColumnToIndex('y = x * 2', 9)).toBe(9);
  });

  it('counts 2-, 3- and 4-byte characters as one position (two for astral ones)', () => {
    // 'é' is 2 bytes, '€' 3 bytes, '😀' 4 bytes (two UTF-16 units).
    const line = "s = 'é€😀' + t";
    const tAt = Buffer.byteLength("s = 'é€😀' + ", 'utf8');
    expect(tAt).toBe(18);
    expect(line.slice(utf8ColumnToIndex(line, tAt))).toBe('t');
    expect(utf8ColumnToIndex(line, 5 + 2)).toBe(6); // after é
    expect(utf8ColumnToIndex(line, 5 + 2 + 3 + 4)).toBe(9); // after the emoji's surrogate pair
  });

  it('clamps past the end of the line', () => {
    expect(utf8ColumnToIndex('abc', 99)).toBe(3);
    expect(utf8ColumnToIndex('', 5)).toBe(0);
  });
});
