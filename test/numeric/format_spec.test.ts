// Tests for parseFormatSpec in vm/numeric/format_spec.ts and for the limits that depend on the
// platform (written for 64-bit CPython, where Py_ssize_t and C long have 64 bits).

import { describe, expect, it } from 'vitest';
import { formatFloat, formatInt, formatStr, parseFormatSpec } from '../../vm/numeric/format_spec.js';
import { outcome } from './cpython_table.js';

describe('parseFormatSpec', () => {
  it('reads every field', () => {
    expect(parseFormatSpec('*^+z#012,.3_f')).toEqual({
      fill: '*',
      align: '^',
      sign: '+',
      noNeg0: true,
      alternate: true,
      width: 12,
      thousands: ',',
      precision: 3,
      fracThousands: '_',
      type: 'f',
    });
  });

  it('applies the defaults and the 0 flag', () => {
    expect(parseFormatSpec('', 'd', '>')).toMatchObject({ type: 'd', align: '>', fill: ' ', width: -1, precision: -1 });
    expect(parseFormatSpec('08', 'd', '>')).toMatchObject({ fill: '0', align: '=', width: 8 });
    expect(parseFormatSpec('08', 's', '<')).toMatchObject({ fill: '0', align: '<', width: 8 });
    expect(parseFormatSpec('<08', 'd', '>')).toMatchObject({ fill: '0', align: '<', width: 8 });
    expect(parseFormatSpec('x<08', 'd', '>')).toMatchObject({ fill: 'x', align: '<', width: 8 });
  });

  it('takes an astral fill character and Unicode digits', () => {
    expect(parseFormatSpec('😀>10')).toMatchObject({ fill: '😀', align: '>', width: 10 });
    expect(parseFormatSpec('٣')).toMatchObject({ width: 3 }); // ARABIC-INDIC DIGIT THREE
    expect(parseFormatSpec('𝟘𝟛')).toMatchObject({ width: 3 }); // MATHEMATICAL DOUBLE-STRUCK DIGITS
    expect(parseFormatSpec('𝟭𝟮')).toMatchObject({ width: 12 }); // MATHEMATICAL SANS-SERIF BOLD DIGITS
    expect(parseFormatSpec('.൫f')).toMatchObject({ precision: 5 }); // MALAYALAM DIGIT FIVE
  });

  it('treats an explicit NUL type as no type', () => {
    expect(parseFormatSpec('\x00', 'd')).toMatchObject({ type: '' });
    expect(parseFormatSpec('._')).toMatchObject({ precision: -1, fracThousands: '_' });
  });

  it('reports malformed specs', () => {
    expect(outcome(() => parseFormatSpec('.', '', '>', 'int'))).toEqual(['ValueError', 'Format specifier missing precision']);
    expect(outcome(() => parseFormatSpec(',_'))).toEqual(['ValueError', "Cannot specify both ',' and '_'."]);
    expect(outcome(() => parseFormatSpec('._,f'))).toEqual(['ValueError', "Cannot specify both ',' and '_'."]);
    expect(outcome(() => parseFormatSpec('xx', '', '>', 'int'))).toEqual([
      'ValueError',
      "Invalid format specifier 'xx' for object of type 'int'",
    ]);
    expect(outcome(() => parseFormatSpec('._n'))).toEqual(['ValueError', "Cannot specify '_' with 'n'."]);
    expect(outcome(() => parseFormatSpec(',\x80'))).toEqual(['ValueError', "Cannot specify ',' with '\\x80'."]);
  });
});

describe('64-bit limits', () => {
  it('accepts numbers up to Py_ssize_t and no further', () => {
    expect(outcome(() => parseFormatSpec('9223372036854775807'))).toEqual([
      'ok',
      expect.objectContaining({ width: 9223372036854775807 }),
    ]);
    expect(outcome(() => parseFormatSpec('9223372036854775808'))).toEqual([
      'ValueError',
      'Too many decimal digits in format string',
    ]);
    expect(outcome(() => parseFormatSpec('.99999999999999999999'))).toEqual([
      'ValueError',
      'Too many decimal digits in format string',
    ]);
  });

  it('refuses float precisions above INT_MAX', () => {
    expect(outcome(() => formatFloat(1, '.2147483648f'))).toEqual(['ValueError', 'precision too big']);
    expect(outcome(() => formatFloat(1, '.9223372036854775807'))).toEqual(['ValueError', 'precision too big']);
    expect(formatFloat(1, '.2147483647')).toBe('1.0');
    expect(formatFloat(1, '.2147483647g')).toBe('1');
  });

  it('raises MemoryError rather than building an impossible string', () => {
    expect(outcome(() => formatStr('a', '9999999999'))[0]).toBe('MemoryError');
    expect(outcome(() => formatInt(1, '09999999999'))[0]).toBe('MemoryError');
    expect(outcome(() => formatFloat(1, '.999999f'))[1]).toBe('1.' + '0'.repeat(999999));
  });
});
