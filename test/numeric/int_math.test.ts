// Tests of vm/numeric/int_math.ts against CPython 3.14's results (tables in int_math_cases.ts, produced
// by Pyodide), plus the representation contract: results are normalised PyInts (number iff safe, no -0).

import { describe, expect, it } from 'vitest';
import {
  PyInt,
  intAdd, intSub, intMul, intNeg, intAbs, intInvert, intFloorDiv, intMod, intDivMod, intTrueDiv, intPow,
  intLshift, intRshift, intAnd, intOr, intXor, intCompare, intFloatCompare, intBitLength, intBitCount,
  intToString, intToFloat, floatToInt, intRound, intGcd, intIsqrt, intToBytes, intFromBytes, normalizeBigInt,
  intSign, setIntMaxStrDigits, getIntMaxStrDigits, roundRatioToFloat,
} from '../../vm/numeric/int_math.js';
import { pyErrorType, pyErrorMessage } from '../../vm/runtime/raise.js';
import cases from './int_math_cases.js';

const MAX = 9007199254740991;

function int(s: string): PyInt {
  return normalizeBigInt(BigInt(s));
}

function float(s: string): number {
  if (s === 'nan') return NaN;
  if (s === 'inf') return Infinity;
  if (s === '-inf') return -Infinity;
  return Number(s);
}

function isNormalised(v: unknown): boolean {
  if (typeof v === 'number') return Number.isSafeInteger(v) && !Object.is(v, -0);
  return typeof v === 'bigint' && (v > MAX || v < -MAX);
}

type Expected = string | number | boolean | Expected[];

/** Runs fn and describes the outcome in the encoding of the tables. */
function outcome(fn: () => unknown, encode: (v: unknown) => unknown): unknown {
  try {
    return encode(fn());
  } catch (e) {
    const type = pyErrorType(e);
    if (type === null) throw e;
    return `!${type}:${pyErrorMessage(e)}`;
  }
}

function encodeInt(v: unknown): unknown {
  if (!isNormalised(v)) return `not normalised: ${String(v)} (${typeof v})`;
  return String(v);
}

function encodeFloat(v: unknown): unknown {
  if (typeof v !== 'number') return `not a float: ${String(v)}`;
  if (v !== v) return 'nan';
  if (v === Infinity) return 'inf';
  if (v === -Infinity) return '-inf';
  return Object.is(v, -0) ? '-0.0' : v;
}

// Floats in the tables are reprs; compare them as numbers (so '1e+16' equals 1e16).
function decodeExpectedFloat(e: Expected): unknown {
  if (typeof e !== 'string' || e.startsWith('!')) return e;
  if (e === 'nan' || e === 'inf' || e === '-inf' || e === '-0.0') return e;
  return float(e);
}

const V = cases.values.map(int);
const U = cases.unary_values.map(int);

function checkBinary(name: string, op: (a: PyInt, b: PyInt) => unknown, encode = encodeInt, decode = (e: Expected): unknown => e) {
  const expected = (cases as unknown as Record<string, Expected[]>)[name];
  const failures: string[] = [];
  V.forEach((a, i) =>
    V.forEach((b, j) => {
      const want = decode(expected[i * V.length + j]);
      const got = outcome(() => op(a, b), encode);
      if (JSON.stringify(got) !== JSON.stringify(want)) failures.push(`${name}(${a}, ${b}): got ${JSON.stringify(got)}, want ${JSON.stringify(want)}`);
    }),
  );
  expect(failures).toEqual([]);
}

function checkUnary(name: string, op: (a: PyInt) => unknown, encode: (v: unknown) => unknown = encodeInt, decode = (e: Expected): unknown => e) {
  const expected = (cases as unknown as Record<string, Expected[]>)[name];
  const failures: string[] = [];
  U.forEach((a, i) => {
    const want = decode(expected[i]);
    const got = outcome(() => op(a), encode);
    if (JSON.stringify(got) !== JSON.stringify(want)) failures.push(`${name}(${a}): got ${JSON.stringify(got)}, want ${JSON.stringify(want)}`);
  });
  expect(failures).toEqual([]);
}

const encodePair = (v: unknown): unknown => (v as PyInt[]).map(encodeInt);
const encodeNumber = (v: unknown): unknown => String(v);

describe('binary operations against CPython', () => {
  it('+ - *', () => {
    checkBinary('add', intAdd);
    checkBinary('sub', intSub);
    checkBinary('mul', intMul);
  });
  it('// % divmod', () => {
    checkBinary('floordiv', intFloorDiv);
    checkBinary('mod', intMod);
    checkBinary('divmod', intDivMod, encodePair);
  });
  it('/ is correctly rounded', () => {
    checkBinary('truediv', intTrueDiv, encodeFloat, decodeExpectedFloat);
  });
  it('& | ^', () => {
    checkBinary('and', intAnd);
    checkBinary('or', intOr);
    checkBinary('xor', intXor);
  });
  it('comparison and gcd', () => {
    checkBinary('compare', intCompare, encodeNumber);
    checkBinary('gcd', intGcd);
  });
});

describe('unary operations against CPython', () => {
  it('- abs ~', () => {
    checkUnary('neg', intNeg);
    checkUnary('abs', intAbs);
    checkUnary('invert', intInvert);
  });
  it('bit_length, bit_count, isqrt', () => {
    checkUnary('bit_length', intBitLength, encodeNumber);
    checkUnary('bit_count', intBitCount, encodeNumber);
    checkUnary('isqrt', intIsqrt);
  });
  it('float(int), rounding half-even and overflowing', () => {
    checkUnary('to_float', intToFloat, encodeFloat, decodeExpectedFloat);
  });
  it('str and the binary/octal/hex digits', () => {
    checkUnary('str', (a) => intToString(a, 10), (v) => v);
    checkUnary('bin', (a) => intToString(a, 2), (v) => v);
    checkUnary('oct', (a) => intToString(a, 8), (v) => v);
    checkUnary('hex', (a) => intToString(a, 16), (v) => v);
  });
});

describe('true division of big ints', () => {
  it('matches long_true_divide, including subnormal results and overflow', () => {
    const failures: string[] = [];
    cases.truediv_cases.forEach(([a, b], i) => {
      const want = decodeExpectedFloat(cases.truediv_big[i]);
      const got = outcome(() => intTrueDiv(int(a), int(b)), encodeFloat);
      if (JSON.stringify(got) !== JSON.stringify(want)) failures.push(`${a} / ${b}: got ${got}, want ${want}`);
    });
    expect(failures).toEqual([]);
  });
  it('roundRatioToFloat rounds ties to even', () => {
    expect(roundRatioToFloat(2n ** 53n + 1n, 1n)).toBe(2 ** 53);
    expect(roundRatioToFloat(2n ** 53n + 3n, 1n)).toBe(2 ** 53 + 4);
    expect(roundRatioToFloat(1n, 3n)).toBe(1 / 3);
    expect(roundRatioToFloat(1n, 1n, -1075)).toBe(0); // exactly half the smallest subnormal
    expect(roundRatioToFloat(3n, 1n, -1076)).toBe(5e-324); // three quarters of it
    expect(roundRatioToFloat(1n, 1n, 1024)).toBe(Infinity);
  });
});

describe('shifts', () => {
  it('<< and >> against CPython, including negative and enormous counts', () => {
    const shifts = cases.shifts.map(int);
    const failures: string[] = [];
    V.forEach((a, i) =>
      shifts.forEach((s, j) => {
        const k = i * shifts.length + j;
        const l = outcome(() => intLshift(a, s), encodeInt);
        if (l !== cases.lshift[k]) failures.push(`${a} << ${s}: got ${l}, want ${cases.lshift[k]}`);
        const r = outcome(() => intRshift(a, s), encodeInt);
        if (r !== cases.rshift[k]) failures.push(`${a} >> ${s}: got ${r}, want ${cases.rshift[k]}`);
      }),
    );
    expect(failures).toEqual([]);
  });
});

describe('pow', () => {
  const bases = cases.pow_bases.map(int);
  it('base ** exp, negative exponents giving floats', () => {
    const exps = cases.pow_exps.map(int);
    const failures: string[] = [];
    bases.forEach((b, i) =>
      exps.forEach((e, j) => {
        const raw = cases.pow[i * exps.length + j];
        const got = outcome(() => intPow(b, e), (v) =>
          typeof v === 'object' && v !== null ? encodeFloat((v as { float: number }).float) : encodeInt(v),
        );
        const want = typeof raw === 'string' && raw.includes('.') && !raw.startsWith('!') ? decodeExpectedFloat(raw) : raw;
        if (JSON.stringify(got) !== JSON.stringify(want)) failures.push(`${b} ** ${e}: got ${got}, want ${want}`);
      }),
    );
    expect(failures).toEqual([]);
  });
  it('pow(base, exp, mod), with modular inverses and negative moduli', () => {
    const exps = cases.pow3_exps.map(int);
    const mods = cases.pow_mods.map(int);
    const failures: string[] = [];
    let k = 0;
    for (const b of bases)
      for (const e of exps)
        for (const m of mods) {
          const want = cases.pow3[k++];
          const got = outcome(() => intPow(b, e, m), encodeInt);
          if (got !== want) failures.push(`pow(${b}, ${e}, ${m}): got ${got}, want ${want}`);
        }
    expect(failures).toEqual([]);
  });
  it('3-argument pow with a zero modulus', () => {
    expect(outcome(() => intPow(2, 3, 0), encodeInt)).toBe('!ValueError:pow() 3rd argument cannot be 0');
    expect(outcome(() => intPow(2, -1, 4), encodeInt)).toBe('!ValueError:base is not invertible for the given modulus');
  });
});

describe('round(int, ndigits)', () => {
  it('rounds half to even at 10**-ndigits', () => {
    const values = cases.round_values.map(int);
    const nds = cases.round_ndigits.map(int);
    const failures: string[] = [];
    values.forEach((v, i) =>
      nds.forEach((n, j) => {
        const want = cases.round[i * nds.length + j];
        const got = outcome(() => intRound(v, n), encodeInt);
        if (got !== want) failures.push(`round(${v}, ${n}): got ${got}, want ${want}`);
      }),
    );
    expect(failures).toEqual([]);
  });
  it('a huge negative ndigits rounds to 0 without computing 10**-ndigits', () => {
    expect(intRound(5, -(10n ** 20n))).toBe(0);
    expect(intRound(10n ** 30n, -(10n ** 20n))).toBe(0);
    expect(intRound(7, 10n ** 20n)).toBe(7);
  });
});

describe('int/float comparison is exact', () => {
  it('against CPython', () => {
    const ints = cases.cmp_ints.map(int);
    const floats = cases.cmp_floats.map(float);
    const failures: string[] = [];
    ints.forEach((a, i) =>
      floats.forEach((x, j) => {
        const want = cases.int_float_compare[i * floats.length + j];
        const r = intFloatCompare(a, x);
        const got = r !== r ? 'nan' : String(r);
        if (got !== want) failures.push(`cmp(${a}, ${x}): got ${got}, want ${want}`);
      }),
    );
    expect(failures).toEqual([]);
  });
  it('distinguishes 2**53 + 1 from 2.0**53 although float(2**53 + 1) == 2.0**53', () => {
    expect(intFloatCompare(2n ** 53n + 1n, 2 ** 53)).toBe(1);
    expect(intFloatCompare(2n ** 60n + 1n, 2 ** 60)).toBe(1);
    expect(intFloatCompare(2n ** 60n - 1n, 2 ** 60)).toBe(-1);
  });
});

describe('int(float)', () => {
  it('truncates, and rejects NaN and infinities as CPython does', () => {
    const failures: string[] = [];
    cases.float_to_int_inputs.forEach((x, i) => {
      const got = outcome(() => floatToInt(float(x)), encodeInt);
      if (got !== cases.float_to_int[i]) failures.push(`int(${x}): got ${got}, want ${cases.float_to_int[i]}`);
    });
    expect(failures).toEqual([]);
  });
});

describe('to_bytes / from_bytes', () => {
  const hex = (b: Uint8Array) => Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  it('int.to_bytes', () => {
    const failures: string[] = [];
    cases.to_bytes_cases.forEach(([v, n, order, signed], i) => {
      const got = outcome(() => intToBytes(int(v as string), n as number, order as string, signed as boolean), (b) => hex(b as Uint8Array));
      if (got !== cases.to_bytes[i]) failures.push(`${v}.to_bytes(${n}, ${order}, ${signed}): got ${got}, want ${cases.to_bytes[i]}`);
    });
    expect(failures).toEqual([]);
  });
  it('int.from_bytes', () => {
    const failures: string[] = [];
    cases.from_bytes_cases.forEach(([h, order, signed], i) => {
      const bytes = Uint8Array.from((h as string).match(/../g) ?? [], (x) => parseInt(x, 16));
      const got = outcome(() => intFromBytes(bytes, order as string, signed as boolean), encodeInt);
      if (got !== cases.from_bytes[i]) failures.push(`from_bytes(${h}, ${order}, ${signed}): got ${got}, want ${cases.from_bytes[i]}`);
    });
    expect(failures).toEqual([]);
  });
});

describe('the int max str digits limit', () => {
  it('applies to str() of huge ints, with the 3.14 message', () => {
    const [ok, tooMany, okNeg, tooManyNeg] = cases.str_limit;
    expect(intToString(10n ** 4299n, 10).slice(0, 5)).toBe(ok);
    expect(outcome(() => intToString(10n ** 4300n, 10), String)).toBe(tooMany);
    expect(intToString(-(10n ** 4299n), 10).slice(0, 5)).toBe(okNeg);
    expect(outcome(() => intToString(-(10n ** 4300n), 10), String)).toBe(tooManyNeg);
    expect(outcome(() => intToString(10n ** 100000n, 10), String)).toBe(tooMany); // refused before converting
    expect(String(intToString(10n ** 5000n, 16).length)).toBe(cases.str_limit[4]); // no limit for hex
  });
  it('can be changed and disabled', () => {
    expect(getIntMaxStrDigits()).toBe(4300);
    try {
      setIntMaxStrDigits(0);
      expect(intToString(10n ** 5000n, 10).length).toBe(5001);
      expect(outcome(() => setIntMaxStrDigits(639), String)).toBe('!ValueError:maxdigits must be >= 640 or 0 for unlimited');
      setIntMaxStrDigits(640);
      expect(outcome(() => intToString(10n ** 640n, 10), String)).toBe(
        '!ValueError:Exceeds the limit (640 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit',
      );
    } finally {
      setIntMaxStrDigits(4300);
    }
  });
});

describe('representation contract and hot paths', () => {
  it('never produces -0', () => {
    expect(Object.is(intMul(0, -5), 0)).toBe(true);
    expect(Object.is(intMod(-4, 2), 0)).toBe(true);
    expect(Object.is(intFloorDiv(0, -5), 0)).toBe(true);
    expect(Object.is(intDivMod(-4, 2)[1], 0)).toBe(true);
    expect(Object.is(intNeg(0), 0)).toBe(true);
    expect(Object.is(intRshift(-0 + 0, 3), 0)).toBe(true);
    expect(Object.is(floatToInt(-0.5), 0)).toBe(true);
    expect(Object.is(intRound(-3, -1), 0)).toBe(true);
  });
  it('crosses the 2**53 boundary in both directions', () => {
    expect(intAdd(MAX, 1)).toBe(2n ** 53n);
    expect(intSub(2n ** 53n, 1)).toBe(MAX);
    expect(intSub(-MAX, 1)).toBe(-(2n ** 53n));
    expect(intMul(94906267, 94906267)).toBe(94906267n * 94906267n); // just above 2**53
    expect(intMul(2 ** 26, 2 ** 26)).toBe(2 ** 52);
    expect(intNeg(-(2n ** 53n))).toBe(2n ** 53n);
    expect(intInvert(MAX)).toBe(-(2n ** 53n));
    expect(intInvert(-(2n ** 53n))).toBe(MAX);
    expect(intLshift(1, 53)).toBe(2n ** 53n);
    expect(intLshift(1, 52)).toBe(2 ** 52);
    expect(intRshift(2n ** 53n, 1)).toBe(2 ** 52);
    expect(intFloorDiv(2n ** 53n, 2)).toBe(2 ** 52);
    expect(normalizeBigInt(-(2n ** 53n) + 1n)).toBe(-MAX);
    expect(intRound(-MAX, -2)).toBe(-9007199254741000n); // rounds away from the safe range
    expect(intRound(MAX, -1)).toBe(9007199254740990);
    expect(intRound(9007199254740985, -1)).toBe(9007199254740980); // a tie, to even
  });
  it('intSign', () => {
    expect([intSign(-3), intSign(0), intSign(2n ** 70n), intSign(-(2n ** 70n))]).toEqual([-1, 0, 1, -1]);
  });
  it('int ** negative int is a float, computed as float ** float', () => {
    expect(intPow(2, -1)).toEqual({ float: 0.5 });
    expect(intPow(-2, -3)).toEqual({ float: -0.125 });
    expect(outcome(() => intPow(0, -1), String)).toBe('!ZeroDivisionError:zero to a negative power');
    expect(outcome(() => intPow(10n ** 400n, -1), String)).toBe('!OverflowError:int too large to convert to float');
  });
  it('reports sizes beyond the engine as MemoryError', () => {
    expect(outcome(() => intPow(3, 2n ** 40n), String)).toBe('!MemoryError:');
    expect(outcome(() => intLshift(1, 2 ** 40), String)).toBe('!MemoryError:');
  });
});
