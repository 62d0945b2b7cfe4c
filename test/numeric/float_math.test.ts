// Tests of vm/numeric/float_math.ts against CPython 3.14's results (tables in float_math_cases.ts, produced
// by Pyodide). Floats are compared bit for bit, so -0.0 and the last ulp of pow matter.

import { describe, expect, it } from 'vitest';
// The pow OverflowError carries (errno, strerror) args; str() of it needs the tuple type's methods.
import '../../vm/objects/all.js';
import {
  floatFloorDiv, floatMod, floatDivMod, floatTrueDiv, floatFmod, floatPow, floatRound, floatRoundToInt,
  floatTrunc, floatFloor, floatCeil, floatIsInteger, floatAsIntegerRatio, floatHex, floatFromHex,
  POW_OVERFLOW_MESSAGE,
} from '../../vm/numeric/float_math.js';
import { PyInt, normalizeBigInt } from '../../vm/numeric/int_math.js';
import { pyErrorType, pyErrorMessage } from '../../vm/runtime/raise.js';
import cases from './float_math_cases.js';

type Expected = string | boolean | Expected[];

function float(s: string): number {
  if (s === 'nan') return NaN;
  if (s === 'inf') return Infinity;
  if (s === '-inf') return -Infinity;
  return Number(s);
}

// Pyodide's libc spells ERANGE differently from Linux; the VM uses the Linux text (see float_math.ts).
const PYODIDE_POW_OVERFLOW = "(68, 'Result not representable')";

/** Normalises an expected entry: floats to their exact number (as a string key), errors kept. */
function want(e: Expected): unknown {
  if (Array.isArray(e)) return e.map(want);
  if (typeof e !== 'string') return e;
  // A negative base to a fractional power is handed to complex pow, whose errors are not ours.
  if (e === '!OverflowError:complex exponentiation') return 'complex';
  if (e.startsWith('!')) return e.replace(PYODIDE_POW_OVERFLOW, POW_OVERFLOW_MESSAGE);
  if (e === 'complex') return e;
  if (/^-?\d+$/.test(e)) return `int ${e}`;
  return floatKey(float(e));
}

function floatKey(x: number): string {
  if (x !== x) return 'nan';
  return Object.is(x, -0) ? '-0.0' : `float ${x}`;
}

function got(fn: () => unknown, enc: (v: unknown) => unknown = encode): unknown {
  try {
    return enc(fn());
  } catch (e) {
    const type = pyErrorType(e);
    if (type === null) throw e;
    return `!${type}:${pyErrorMessage(e)}`;
  }
}

function encode(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(encode);
  if (v === null) return 'complex';
  if (typeof v === 'boolean' || typeof v === 'string') return v;
  if (typeof v === 'bigint') return `int ${v}`;
  return floatKey(v as number);
}

/** Encoder for results that are Python ints: they must be normalised PyInts. */
function ints(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(ints);
  if (typeof v === 'bigint') return v >= -9007199254740991n && v <= 9007199254740991n ? 'unnormalised bigint' : `int ${v}`;
  if (typeof v === 'number') return Object.is(v, -0) || !Number.isInteger(v) ? `not an int: ${v}` : `int ${v}`;
  return v;
}

const V = cases.values.map(float);

function checkMatrix(name: string, op: (a: number, b: number) => unknown) {
  const expected = (cases as unknown as Record<string, Expected[]>)[name];
  const failures: string[] = [];
  V.forEach((a, i) =>
    V.forEach((b, j) => {
      const w = want(expected[i * V.length + j]);
      const g = got(() => op(a, b));
      if (JSON.stringify(g) !== JSON.stringify(w)) failures.push(`${name}(${a}, ${b}): got ${JSON.stringify(g)}, want ${JSON.stringify(w)}`);
    }),
  );
  expect(failures).toEqual([]);
}

describe('arithmetic on every pair of special and ordinary values', () => {
  it('//', () => checkMatrix('floordiv', floatFloorDiv));
  it('% (sign of the divisor, signed zeros)', () => checkMatrix('mod', floatMod));
  it('divmod', () => checkMatrix('divmod', floatDivMod));
  it('/', () => checkMatrix('truediv', floatTrueDiv));
  it('math.fmod', () => checkMatrix('fmod', floatFmod));
  it('** (special cases, errors, complex results)', () => checkMatrix('pow', floatPow));
});

describe('pow matches the C library bit for bit', () => {
  it('on hard and random cases', () => {
    const failures: string[] = [];
    cases.pow_cases.forEach(([a, b], i) => {
      const w = want(cases.pow_more[i]);
      const g = got(() => floatPow(float(a), float(b)));
      if (JSON.stringify(g) !== JSON.stringify(w)) failures.push(`${a} ** ${b}: got ${JSON.stringify(g)}, want ${JSON.stringify(w)}`);
    });
    expect(failures).toEqual([]);
  });
  it('is not JS Math.pow, which differs in the last bit', () => {
    expect(floatPow(1.3437967673720697, -2.215705469819163)).toBe(0.5195777659078904);
    expect(floatPow(2.458689211435363, 97)).toBe(7.911387390881038e37);
    expect(floatPow(10, 308)).toBe(1e308);
    expect(floatPow(17, 13)).toBe(9904578032905938); // an exact tie, which the C pow rounds up
  });
  it('signals the complex case with null and overflow with the ERANGE text', () => {
    expect(floatPow(-8, 1 / 3)).toBe(null);
    expect(() => floatPow(10, 400)).toThrow();
    expect(got(() => floatPow(10, 400))).toBe(`!OverflowError:${POW_OVERFLOW_MESSAGE}`);
    expect(got(() => floatPow(-0, -1))).toBe('!ZeroDivisionError:zero to a negative power');
  });
});

describe('round()', () => {
  it('round(x) and round(x, n) against CPython', () => {
    const nds = cases.round_ndigits;
    const failures: string[] = [];
    cases.round_values.forEach((xs, i) =>
      nds.forEach((n, j) => {
        const x = float(xs);
        const w = want(cases.round[i * nds.length + j]);
        const g = n === 'None' ? got(() => floatRoundToInt(x), ints) : got(() => floatRound(x, normalizeBigInt(BigInt(n)) as PyInt));
        if (JSON.stringify(g) !== JSON.stringify(w)) failures.push(`round(${xs}, ${n}): got ${JSON.stringify(g)}, want ${JSON.stringify(w)}`);
      }),
    );
    expect(failures).toEqual([]);
  });
  it('is exact: 2.675 is below the tie', () => {
    expect(floatRound(2.675, 2)).toBe(2.67);
    expect(floatRound(0.125, 2)).toBe(0.12);
    expect(floatRound(0.375, 2)).toBe(0.38);
    expect(Object.is(floatRound(-0.4, 0), -0)).toBe(true);
    expect(floatRoundToInt(0.5)).toBe(0);
    expect(floatRoundToInt(-1.5)).toBe(-2);
  });
});

describe('conversions and predicates', () => {
  const conversions: Record<string, (x: number) => unknown> = {
    trunc: floatTrunc,
    floor: floatFloor,
    ceil: floatCeil,
    round0: floatRoundToInt,
    is_integer: floatIsInteger,
    ratio: floatAsIntegerRatio,
    hex: floatHex,
  };
  for (const [name, fn] of Object.entries(conversions)) {
    it(name, () => {
      const expected = (cases as unknown as Record<string, Expected[]>)[name];
      const failures: string[] = [];
      cases.conv_values.forEach((xs, i) => {
        const w = expected[i];
        const wantKey = typeof w === 'string' && !w.startsWith('!') && name !== 'hex' ? `int ${w}` : Array.isArray(w) ? w.map((p) => `int ${p}`) : w;
        const g = got(() => fn(float(xs)), ints);
        if (JSON.stringify(g) !== JSON.stringify(wantKey)) failures.push(`${name}(${xs}): got ${JSON.stringify(g)}, want ${JSON.stringify(wantKey)}`);
      });
      expect(failures).toEqual([]);
    });
  }
});

describe('float.fromhex', () => {
  it('against CPython', () => {
    const failures: string[] = [];
    cases.fromhex_inputs.forEach((s, i) => {
      const w = want(cases.fromhex[i]);
      const g = got(() => floatFromHex(s));
      if (JSON.stringify(g) !== JSON.stringify(w)) failures.push(`fromhex(${JSON.stringify(s)}): got ${JSON.stringify(g)}, want ${JSON.stringify(w)}`);
    });
    expect(failures).toEqual([]);
  });
  it('round-trips float.hex for every kind of double', () => {
    for (const x of [1.5, -0.1, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 123456.789, -0.0]) {
      expect(Object.is(floatFromHex(floatHex(x)), x)).toBe(true);
    }
  });
});
