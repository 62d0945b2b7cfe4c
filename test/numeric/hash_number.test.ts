// Tests of vm/numeric/hash_number.ts: hash() of ints and floats must equal a 64-bit CPython's, bit for bit
// (tables in hash_number_cases.ts), and equal numbers must hash alike.

import { describe, expect, it } from 'vitest';
import { hashInt, hashFloat, setNanIdentityHash } from '../../vm/numeric/hash_number.js';
import { PyInt, normalizeBigInt } from '../../vm/numeric/int_math.js';
import cases from './hash_number_cases.js';

function isNormalised(v: PyInt): boolean {
  if (typeof v === 'number') return Number.isSafeInteger(v) && !Object.is(v, -0);
  return v > 9007199254740991n || v < -9007199254740991n;
}

function float(s: string): number {
  if (s === 'inf') return Infinity;
  if (s === '-inf') return -Infinity;
  return Number(s);
}

describe('hash of ints', () => {
  it('against CPython (modulus 2**61 - 1, hash(-1) == -2)', () => {
    const got = cases.ints.map((s) => hashInt(normalizeBigInt(BigInt(s))));
    expect(got.every(isNormalised)).toBe(true);
    expect(got.map(String)).toEqual(cases.int_hashes);
  });
});

describe('hash of floats', () => {
  it('against CPython, including subnormals, infinities and random bit patterns', () => {
    const got = cases.floats.map((s) => hashFloat(float(s), 0));
    expect(got.every(isNormalised)).toBe(true);
    expect(got.map(String)).toEqual(cases.float_hashes);
  });
  it('agrees with the equal int', () => {
    for (const [x, i] of [[2 ** 53, 2n ** 53n], [2 ** 61, 2n ** 61n], [-(2 ** 64), -(2n ** 64n)], [1e300, BigInt(1e300)], [-1, -1n]] as const) {
      expect(hashFloat(x, 0)).toEqual(hashInt(normalizeBigInt(i)));
    }
  });
  it('hashes a NaN by identity', () => {
    expect(hashFloat(NaN, 12345)).toBe(12345);
    expect(hashFloat(NaN, 2n ** 60n)).toBe(2n ** 60n);
    const a = {};
    const b = {};
    expect(hashFloat(NaN, a)).toBe(hashFloat(NaN, a));
    expect(hashFloat(NaN, a)).not.toBe(hashFloat(NaN, b));
    const seen: object[] = [];
    setNanIdentityHash((o) => {
      seen.push(o);
      return 777;
    });
    try {
      expect(hashFloat(NaN, a)).toBe(777);
      expect(seen).toEqual([a]);
      expect(hashFloat(1.5, a)).toBe(1152921504606846977n); // non-NaN values never ask for identity
      expect(seen.length).toBe(1);
    } finally {
      setNanIdentityHash((o) => hashFloatIdentityFallback(o));
    }
  });
});

// The default identity hash cannot be re-installed from outside; any stable function will do for the
// remaining tests in this file.
const fallback = new WeakMap<object, number>();
let next = 1;
function hashFloatIdentityFallback(o: object): PyInt {
  let h = fallback.get(o);
  if (h === undefined) fallback.set(o, (h = next++));
  return h;
}
