// Tests of vm/numeric/parse_number.ts against CPython 3.14's int(str, base) and float(str) (tables in
// parse_number_cases.ts, produced by Pyodide): accepted syntax, Unicode digits and spaces, the digit limit,
// and the exact error messages.

import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { parseIntLiteral, parseFloatLiteral } from '../../vm/numeric/parse_number.js';
import { setIntMaxStrDigits, getIntMaxStrDigits, intToString } from '../../vm/numeric/int_math.js';
import { pyErrorType, pyErrorMessage } from '../../vm/runtime/raise.js';
import cases from './parse_number_cases.js';

type Input = string | { r: [string, number][] };

function input(i: Input): string {
  return typeof i === 'string' ? i : i.r.map(([piece, count]) => piece.repeat(count)).join('');
}

function digest(s: string): string {
  return s.length > 160 ? '#' + createHash('sha256').update(s, 'utf8').digest('hex') : s;
}

function outcome(fn: () => unknown, encode: (v: unknown) => string): string {
  try {
    return encode(fn());
  } catch (e) {
    const type = pyErrorType(e);
    if (type === null) throw e;
    const m = pyErrorMessage(e)!;
    return `!${type}:${m.length < 400 ? m : digest(m)}`;
  }
}

function encodeInt(v: unknown): string {
  if (typeof v === 'number' && (!Number.isSafeInteger(v) || Object.is(v, -0))) return `bad number ${v}`;
  if (typeof v === 'bigint' && v <= 9007199254740991n && v >= -9007199254740991n) return `unnormalised ${v}`;
  return digest(String(v));
}

function encodeFloat(v: unknown): string {
  const x = v as number;
  if (x !== x) return 'nan';
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  if (Object.is(x, -0)) return '-0.0';
  return `float ${x}`;
}

function wantFloat(e: string): string {
  if (e.startsWith('!') || e === 'nan' || e === 'inf' || e === '-inf' || e === '-0.0') return e;
  return `float ${Number(e)}`;
}

describe('int(str, base)', () => {
  it('against CPython', () => {
    const failures: string[] = [];
    cases.int_cases.forEach(([text, base], i) => {
      const s = input(text as Input);
      const got = outcome(() => parseIntLiteral(s, base as number), encodeInt);
      if (got !== cases.int[i]) failures.push(`int(${JSON.stringify(s).slice(0, 60)}, ${base}): got ${got.slice(0, 200)}, want ${cases.int[i].slice(0, 200)}`);
    });
    expect(failures).toEqual([]);
  });
  it('uses the repr it is given, truncated to 200 characters', () => {
    expect(outcome(() => parseIntLiteral('x', 10, () => "b'x'"), encodeInt)).toBe("!ValueError:invalid literal for int() with base 10: b'x'");
    const long = "b'" + 'y'.repeat(300) + "'";
    expect(outcome(() => parseIntLiteral('y'.repeat(300), 10, () => long), encodeInt)).toBe(
      '!ValueError:invalid literal for int() with base 10: ' + long.slice(0, 200),
    );
  });
  it('text from bytes gets no Unicode digits or spaces', () => {
    expect(parseIntLiteral('\xa01', 10)).toBe(1);
    expect(outcome(() => parseIntLiteral('\xa01', 10, () => "b'\\xa01'", true), encodeInt)).toBe(
      "!ValueError:invalid literal for int() with base 10: b'\\xa01'",
    );
    expect(parseIntLiteral(' 12 ', 10, () => "b' 12 '", true)).toBe(12);
  });
  it('returns exact values on both sides of 2**53', () => {
    expect(parseIntLiteral('9007199254740991', 10)).toBe(9007199254740991);
    expect(parseIntLiteral('9007199254740993', 10)).toBe(9007199254740993n);
    expect(parseIntLiteral('-1fffffffffffff', 16)).toBe(-9007199254740991);
    expect(parseIntLiteral('20000000000000', 16)).toBe(2n ** 53n);
    expect(Object.is(parseIntLiteral('-0', 10), 0)).toBe(true);
    expect(Object.is(parseIntLiteral('-0_0', 0), 0)).toBe(true);
  });
});

describe('float(str)', () => {
  it('against CPython', () => {
    const failures: string[] = [];
    cases.float_cases.forEach((text, i) => {
      const s = input(text as Input);
      const got = outcome(() => parseFloatLiteral(s), encodeFloat);
      const want = wantFloat(cases.float[i]);
      if (got !== want) failures.push(`float(${JSON.stringify(s).slice(0, 60)}): got ${got.slice(0, 200)}, want ${want.slice(0, 200)}`);
    });
    expect(failures).toEqual([]);
  });
  it('text from bytes gets no Unicode digits or spaces', () => {
    expect(parseFloatLiteral('\x851')).toBe(1);
    expect(outcome(() => parseFloatLiteral('\x851', () => "b'\\x851'", true), encodeFloat)).toBe(
      "!ValueError:could not convert string to float: b'\\x851'",
    );
  });
});

describe('sys.set_int_max_str_digits', () => {
  it('validates, and moves the limit for int(str) and str(int)', () => {
    const results: unknown[] = [];
    const run = (fn: () => unknown) => outcome(fn, (v) => (v === undefined ? 'None' : String(v)));
    const saved = getIntMaxStrDigits();
    try {
      for (const n of [0, 640, 639, -1, 1000]) results.push(run(() => setIntMaxStrDigits(n)));
      setIntMaxStrDigits(1000);
      results.push(run(() => (parseIntLiteral('1'.repeat(1000), 10) > 0 ? 'True' : 'False')));
      results.push(run(() => parseIntLiteral('1'.repeat(1001), 10)));
      results.push(run(() => intToString(10n ** 999n, 10).length));
      results.push(run(() => intToString(10n ** 1000n, 10)));
      setIntMaxStrDigits(0);
      results.push(run(() => (parseIntLiteral('1'.repeat(20000), 10) > 0 ? 'True' : 'False')));
      results.push(run(() => intToString(10n ** 20000n, 10).length));
    } finally {
      setIntMaxStrDigits(saved);
    }
    expect(results).toEqual(cases.limits.map((r) => (r === null ? 'None' : r)));
  });
});
