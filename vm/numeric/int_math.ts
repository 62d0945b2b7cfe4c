// Arithmetic kernels of Python's int, exactly as CPython 3.14 computes them (results and exceptions).
//
// A Python int is a `PyInt`: a JS number when it is a safe integer, otherwise a bigint; never -0, and
// never a bigint inside the safe range (see normalizeBigInt). Every function here takes normalised
// values and returns normalised values. bool must already have been converted to 0/1 by the caller.
//
// The number-number cases come first in every function and allocate nothing: they are the interpreter's
// hot paths. BigInt is only reached when a value or a result leaves the safe range.
//
// This file knows nothing of Python objects, boxing or dispatch (no __add__ lookup, no NotImplemented):
// it must stay a pure kernel that the operator and builtin layers call.

import { zeroDivisionError, valueError, overflowError, memoryError } from '../runtime/raise.js';
// float_math.ts imports this file too; the cycle is safe because neither calls the other while loading.
import { floatPow } from './float_math.js';

/** A Python int: number iff a safe integer (|v| <= 2**53-1, never -0), else bigint. */
export type PyInt = number | bigint;

/** Result of `int ** negative int` without a modulus: Python computes it as a float. */
export interface IntPowFloat {
  readonly float: number;
}

const MAX_SAFE = 9007199254740991;
const MAX_SAFE_BIG = 9007199254740991n;
const MIN_SAFE_BIG = -9007199254740991n;

/** Turn a bigint into the canonical PyInt: a number when it is in the safe range. */
export function normalizeBigInt(b: bigint): PyInt {
  return b >= MIN_SAFE_BIG && b <= MAX_SAFE_BIG ? Number(b) : b;
}

/** -1, 0 or 1. */
export function intSign(v: PyInt): -1 | 0 | 1 {
  return v > 0 ? 1 : v < 0 ? -1 : 0;
}

// JS throws a RangeError when a BigInt would exceed the engine's size limit (2**30 bits in V8). CPython
// would run out of memory somewhere past that, so it is reported as MemoryError.
function bigLimit(e: unknown): unknown {
  return e instanceof RangeError ? memoryError('') : e;
}

// ---- + - * and unary ---------------------------------------------------------------------------

export function intAdd(a: PyInt, b: PyInt): PyInt {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a + b;
    // Exact whenever the true sum is safe; a rounded sum is always outside the safe range.
    if (r <= MAX_SAFE && r >= -MAX_SAFE) return r;
  }
  return normalizeBigInt(BigInt(a) + BigInt(b));
}

export function intSub(a: PyInt, b: PyInt): PyInt {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a - b;
    if (r <= MAX_SAFE && r >= -MAX_SAFE) return r;
  }
  return normalizeBigInt(BigInt(a) - BigInt(b));
}

export function intMul(a: PyInt, b: PyInt): PyInt {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a * b;
    // `+ 0` turns the -0 of `0 * -5` into 0.
    if (r <= MAX_SAFE && r >= -MAX_SAFE) return r + 0;
  }
  try {
    return normalizeBigInt(BigInt(a) * BigInt(b));
  } catch (e) {
    throw bigLimit(e);
  }
}

export function intNeg(a: PyInt): PyInt {
  if (typeof a === 'number') return a === 0 ? 0 : -a;
  return -a; // the safe range is symmetric, so a normalised bigint stays one
}

export function intAbs(a: PyInt): PyInt {
  if (typeof a === 'number') return a < 0 ? -a : a;
  return a < 0n ? -a : a;
}

/** ~a == -a - 1 */
export function intInvert(a: PyInt): PyInt {
  if (typeof a === 'number') {
    const r = -a - 1;
    if (r >= -MAX_SAFE) return r;
    return -9007199254740992n;
  }
  return normalizeBigInt(-a - 1n);
}

// ---- floor division and modulo ---------------------------------------------------------------------

function divisionByZero(): unknown {
  return zeroDivisionError('division by zero');
}

/** a // b, rounding towards negative infinity. */
export function intFloorDiv(a: PyInt, b: PyInt): PyInt {
  if (typeof a === 'number' && typeof b === 'number') {
    if (b === 0) throw divisionByZero();
    // % is exact on doubles, and (a - r) is an exact multiple of b, so the quotient is exact.
    const r = a % b;
    let q = (a - r) / b;
    if (r !== 0 && r < 0 !== b < 0) q -= 1;
    return q + 0;
  }
  if (b === 0) throw divisionByZero();
  const x = BigInt(a);
  const y = BigInt(b);
  let q = x / y;
  const r = x % y;
  if (r !== 0n && r < 0n !== y < 0n) q -= 1n;
  return normalizeBigInt(q);
}

/** a % b, with the sign of b. */
export function intMod(a: PyInt, b: PyInt): PyInt {
  if (typeof a === 'number' && typeof b === 'number') {
    if (b === 0) throw divisionByZero();
    let r = a % b;
    if (r !== 0 && r < 0 !== b < 0) r += b;
    return r + 0;
  }
  if (b === 0) throw divisionByZero();
  const y = BigInt(b);
  let r = BigInt(a) % y;
  if (r !== 0n && r < 0n !== y < 0n) r += y;
  return normalizeBigInt(r);
}

/** divmod(a, b) as [a // b, a % b]. */
export function intDivMod(a: PyInt, b: PyInt): [PyInt, PyInt] {
  if (typeof a === 'number' && typeof b === 'number') {
    if (b === 0) throw divisionByZero();
    let r = a % b;
    let q = (a - r) / b;
    if (r !== 0 && r < 0 !== b < 0) {
      q -= 1;
      r += b;
    }
    return [q + 0, r + 0];
  }
  if (b === 0) throw divisionByZero();
  const x = BigInt(a);
  const y = BigInt(b);
  let q = x / y;
  let r = x % y;
  if (r !== 0n && r < 0n !== y < 0n) {
    q -= 1n;
    r += y;
  }
  return [normalizeBigInt(q), normalizeBigInt(r)];
}

// ---- true division and conversion to float -----------------------------------------------------------

const POW2 = new Float64Array(2099); // POW2[i] = 2 ** (i - 1074), every power a double can hold
{
  let p = 1;
  for (let i = 1074; i < 2099; i++, p *= 2) POW2[i] = p;
  p = 1;
  for (let i = 1074; i >= 0; i--, p /= 2) POW2[i] = p;
}

/** 2 ** e exactly, for -1074 <= e <= 1024 (2 ** 1024 gives Infinity). */
export function pow2(e: number): number {
  return e > 1023 ? Infinity : POW2[e + 1074];
}

/** Number of bits of a positive bigint. */
function bigBitLength(b: bigint): number {
  if (b <= MAX_SAFE_BIG) return numBitLength(Number(b));
  const s = b.toString(16);
  return (s.length - 1) * 4 + (32 - Math.clz32(parseInt(s[0], 16)));
}

/** Number of bits of a non-negative safe integer. */
function numBitLength(n: number): number {
  if (n < 4294967296) return 32 - Math.clz32(n);
  return 64 - Math.clz32(Math.floor(n / 4294967296));
}

/**
 * The double nearest to (mant + s) * 2**exp2, ties to even, where mant >= 0 and s is 0 when `inexact`
 * is false and some value strictly between 0 and 1 when it is true (a sticky bit for lost low bits).
 * When `inexact`, mant must carry at least one bit below the result's last place. Returns Infinity
 * when the value rounds past the largest double. Subnormal results are rounded once, directly.
 */
export function roundScaledToFloat(mant: bigint, exp2: number, inexact: boolean): number {
  if (mant === 0n) return 0;
  const top = bigBitLength(mant) - 1 + exp2; // value is in [2**top, 2**(top+1))
  if (top > 1023) return Infinity;
  if (top < -1075) return 0; // below half the smallest subnormal
  const ulpExp = top - 52 > -1074 ? top - 52 : -1074;
  const shift = ulpExp - exp2;
  if (shift <= 0) return Number(mant) * pow2(exp2); // fits in 53 bits: exact
  const sb = BigInt(shift);
  let q = mant >> sb;
  const rem = mant - (q << sb);
  const half = 1n << (sb - 1n);
  if (rem > half || (rem === half && (inexact || (q & 1n) === 1n))) q += 1n;
  return Number(q) * pow2(ulpExp); // q <= 2**53: exact, or Infinity past the top
}

/**
 * num / den * 2**exp2 correctly rounded (ties to even), for num >= 0 and den > 0.
 * Returns Infinity when it overflows.
 */
export function roundRatioToFloat(num: bigint, den: bigint, exp2 = 0): number {
  if (num === 0n) return 0;
  // Scale so that the integer quotient has at least 55 bits: two more than a double holds.
  const k = 55 - (bigBitLength(num) - bigBitLength(den));
  let q: bigint;
  let r: bigint;
  if (k >= 0) {
    const n = num << BigInt(k);
    q = n / den;
    r = n - q * den;
  } else {
    const d = den << BigInt(-k);
    q = num / d;
    r = num - q * d;
  }
  return roundScaledToFloat(q, exp2 - k, r !== 0n);
}

/** a / b: the correctly rounded quotient, as CPython's long_true_divide computes it. */
export function intTrueDiv(a: PyInt, b: PyInt): number {
  if (typeof a === 'number' && typeof b === 'number') {
    if (b === 0) throw divisionByZero();
    return a / b; // both operands are exact doubles, so IEEE division rounds correctly
  }
  if (b === 0) throw divisionByZero();
  const x = BigInt(a);
  const y = BigInt(b);
  const negative = x < 0n !== y < 0n;
  const r = roundRatioToFloat(x < 0n ? -x : x, y < 0n ? -y : y);
  if (r === Infinity) throw overflowError('integer division result too large for a float');
  return negative ? -r : r;
}

/** float(a). Number(bigint) rounds to nearest, ties to even, as CPython's PyLong_AsDouble does. */
export function intToFloat(a: PyInt): number {
  if (typeof a === 'number') return a;
  const r = Number(a);
  if (r === Infinity || r === -Infinity) throw overflowError('int too large to convert to float');
  return r;
}

/** int(x) for a float: truncation towards zero. */
export function floatToInt(x: number): PyInt {
  const t = Math.trunc(x);
  if (t <= MAX_SAFE && t >= -MAX_SAFE) return t + 0;
  if (t !== t) throw valueError('cannot convert float NaN to integer');
  if (t === Infinity || t === -Infinity) throw overflowError('cannot convert float infinity to integer');
  return BigInt(t); // |t| >= 2**53 is an integer-valued double, converted exactly
}

// ---- comparison ------------------------------------------------------------------------------------

/** Compare two ints: -1, 0 or 1. JS compares a number with a bigint exactly. */
export function intCompare(a: PyInt, b: PyInt): -1 | 0 | 1 {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Compare an int with a float exactly (no rounding of either side, as CPython's float_richcompare):
 * -1, 0 or 1, or NaN when x is NaN (unordered: every comparison is False except !=).
 */
export function intFloatCompare(i: PyInt, x: number): number {
  if (x !== x) return NaN;
  return i < x ? -1 : i > x ? 1 : 0;
}

// ---- power -------------------------------------------------------------------------------------------

/**
 * base ** exp, or pow(base, exp, mod).
 *
 * With a modulus the result is always an int (a negative exp uses the modular inverse). Without one, a
 * negative exp makes Python compute the power in floating point: the result is then `{ float }` (see
 * intPowFloat), and every other result is a PyInt. The overloads let TypeScript see which applies.
 */
export function intPow(base: PyInt, exp: PyInt, mod: PyInt): PyInt;
export function intPow(base: PyInt, exp: PyInt, mod?: PyInt): PyInt | IntPowFloat;
export function intPow(base: PyInt, exp: PyInt, mod?: PyInt): PyInt | IntPowFloat {
  if (mod !== undefined) return intPowMod(base, exp, mod);
  if (exp < 0) return { float: intPowFloat(base, exp) };
  return intPowNonNegative(base, exp);
}

/** base ** exp for exp < 0 and no modulus: CPython computes float(base) ** float(exp). */
export function intPowFloat(base: PyInt, exp: PyInt): number {
  const x = intToFloat(base);
  return floatPow(x, intToFloat(exp)) as number; // an integral exponent never asks for a complex result
}

function intPowNonNegative(base: PyInt, exp: PyInt): PyInt {
  if (exp === 0) return 1;
  if (base === 0 || base === 1) return base;
  if (base === -1) return typeof exp === 'number' ? (exp % 2 === 0 ? 1 : -1) : (exp & 1n) === 0n ? 1 : -1;
  if (typeof base === 'number' && typeof exp === 'number') {
    const mag = base < 0 ? -base : base;
    // Estimated result size with a margin; below 2**52 square-and-multiply in doubles is exact,
    // because every intermediate is at most the final result.
    if (exp * Math.log2(mag) < 52) {
      let result = 1;
      let b = base;
      let e = exp;
      for (;;) {
        if (e & 1) result *= b;
        e >>>= 1;
        if (e === 0) break;
        b *= b;
      }
      return result;
    }
  }
  if (typeof exp === 'bigint' || exp > 0x7fffffff) {
    // |base| >= 2 and an exponent this large: the result has billions of bits.
    throw memoryError('');
  }
  try {
    return normalizeBigInt(BigInt(base) ** BigInt(exp));
  } catch (e) {
    throw bigLimit(e);
  }
}

function intPowMod(base: PyInt, exp: PyInt, mod: PyInt): PyInt {
  if (mod === 0) throw valueError('pow() 3rd argument cannot be 0');
  const negativeOutput = mod < 0;
  let m = BigInt(mod);
  if (negativeOutput) m = -m;
  if (m === 1n) return 0;
  let b = BigInt(base);
  let e = BigInt(exp);
  if (e < 0n) {
    e = -e;
    b = modInverse(b, m);
  }
  b %= m;
  if (b < 0n) b += m;
  let r: bigint;
  if (m <= 67108864n) {
    r = BigInt(powModSmall(Number(b), e, Number(m)));
  } else {
    r = 1n;
    while (e > 0n) {
      if (e & 1n) r = (r * b) % m;
      e >>= 1n;
      if (e > 0n) b = (b * b) % m;
    }
  }
  if (negativeOutput && r !== 0n) r -= m;
  return normalizeBigInt(r);
}

// Modulus below 2**26: products of residues stay below 2**52, exact in doubles.
function powModSmall(b: number, e: bigint, m: number): number {
  let r = 1 % m;
  if (e <= 0xffffffffn) {
    let n = Number(e);
    while (n > 0) {
      if (n % 2 === 1) r = (r * b) % m;
      n = Math.floor(n / 2);
      if (n > 0) b = (b * b) % m;
    }
    return r;
  }
  while (e > 0n) {
    if (e & 1n) r = (r * b) % m;
    e >>= 1n;
    if (e > 0n) b = (b * b) % m;
  }
  return r;
}

/** The inverse of a modulo m (m >= 2), or ValueError as CPython's long_invmod reports it. */
function modInverse(a: bigint, m: bigint): bigint {
  let r0 = ((a % m) + m) % m;
  let r1 = m;
  let s0 = 1n;
  let s1 = 0n;
  while (r1 !== 0n) {
    const q = r0 / r1;
    [r0, r1] = [r1, r0 - q * r1];
    [s0, s1] = [s1, s0 - q * s1];
  }
  if (r0 !== 1n) throw valueError('base is not invertible for the given modulus');
  return ((s0 % m) + m) % m;
}

// ---- shifts and bitwise ------------------------------------------------------------------------------

/** a << n */
export function intLshift(a: PyInt, n: PyInt): PyInt {
  if (n < 0) throw valueError('negative shift count');
  if (typeof a === 'number' && typeof n === 'number') {
    if (a === 0) return 0;
    if (n < 53) {
      const r = a * POW2[n + 1074];
      if (r <= MAX_SAFE && r >= -MAX_SAFE) return r;
    }
  }
  if (a === 0) return 0;
  // CPython cannot even size a result whose digit count overflows a Py_ssize_t (64-bit build).
  if (typeof n === 'bigint' && n > 0x7fffffffffffffffn) throw overflowError('too many digits in integer');
  try {
    return normalizeBigInt(BigInt(a) << BigInt(n));
  } catch (e) {
    throw bigLimit(e);
  }
}

/** a >> n, rounding towards negative infinity. */
export function intRshift(a: PyInt, n: PyInt): PyInt {
  if (n < 0) throw valueError('negative shift count');
  if (typeof a === 'number') {
    if (typeof n === 'bigint' || n > 53) return a < 0 ? -1 : 0;
    return Math.floor(a / POW2[n + 1074]) + 0; // dividing by a power of two is exact
  }
  if (typeof n === 'bigint') return a < 0n ? -1 : 0;
  return normalizeBigInt(a >> BigInt(n));
}

export function intAnd(a: PyInt, b: PyInt): PyInt {
  if (typeof a === 'number' && typeof b === 'number' && (a | 0) === a && (b | 0) === b) return a & b;
  return normalizeBigInt(BigInt(a) & BigInt(b));
}

export function intOr(a: PyInt, b: PyInt): PyInt {
  if (typeof a === 'number' && typeof b === 'number' && (a | 0) === a && (b | 0) === b) return a | b;
  return normalizeBigInt(BigInt(a) | BigInt(b));
}

export function intXor(a: PyInt, b: PyInt): PyInt {
  if (typeof a === 'number' && typeof b === 'number' && (a | 0) === a && (b | 0) === b) return a ^ b;
  return normalizeBigInt(BigInt(a) ^ BigInt(b));
}

// ---- bits --------------------------------------------------------------------------------------------

/** int.bit_length(): bits of |v|. */
export function intBitLength(v: PyInt): number {
  if (typeof v === 'number') return numBitLength(v < 0 ? -v : v);
  return bigBitLength(v < 0n ? -v : v);
}

function popcount32(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}

/** int.bit_count(): set bits of |v|. */
export function intBitCount(v: PyInt): number {
  if (typeof v === 'number') {
    const m = v < 0 ? -v : v;
    return popcount32(m >>> 0) + popcount32(Math.floor(m / 4294967296));
  }
  const s = (v < 0n ? -v : v).toString(16);
  let count = 0;
  for (let i = 0; i < s.length; i += 7) count += popcount32(parseInt(s.slice(i, i + 7), 16));
  return count;
}

// ---- string conversion and its digit limit ---------------------------------------------------------

/** CPython's default for sys.get_int_max_str_digits() (sys.int_info.default_max_str_digits). */
export const DEFAULT_MAX_STR_DIGITS = 4300;

// sys.set_int_max_str_digits(): decimal conversions of ints longer than this many digits raise. The one
// copy of the setting: str(), int(), format() and % all read it through this module.
let maxStrDigits = DEFAULT_MAX_STR_DIGITS;

export function getIntMaxStrDigits(): number {
  return maxStrDigits;
}

/** sys.set_int_max_str_digits(n): 0 means unlimited. */
export function setIntMaxStrDigits(n: PyInt): void {
  if (n !== 0 && !(n >= 640)) throw valueError('maxdigits must be >= 640 or 0 for unlimited');
  maxStrDigits = typeof n === 'bigint' || n > 0x7fffffff ? 0x7fffffff : n;
}

function strDigitsError(): unknown {
  return valueError(
    `Exceeds the limit (${maxStrDigits} digits) for integer string conversion; ` +
      'use sys.set_int_max_str_digits() to increase the limit',
  );
}

/**
 * The digits of v in the given base (2..36, lowercase), with a leading '-' for negatives and no prefix.
 * Base 10 obeys sys.get_int_max_str_digits() like str(int) does; power-of-two bases have no limit.
 */
export function intToString(v: PyInt, base: number): string {
  if (typeof v === 'number') return v.toString(base); // at most 16 decimal digits: under any limit
  if (base === 10 && maxStrDigits > 0) {
    // A number of L bits has more than (L-1)*log10(2) digits: refuse huge values before converting.
    if ((intBitLength(v) - 1) * 0.30102999566398 > maxStrDigits + 1) throw strDigitsError();
    const s = v.toString(10);
    if (s.length - (v < 0n ? 1 : 0) > maxStrDigits) throw strDigitsError();
    return s;
  }
  return v.toString(base);
}

// ---- rounding, gcd, isqrt --------------------------------------------------------------------------

/** round(v, ndigits) for an int: v itself when ndigits >= 0, else half-even to a multiple of 10**-ndigits. */
export function intRound(v: PyInt, ndigits: PyInt): PyInt {
  if (ndigits >= 0 || v === 0) return v;
  // A value with fewer than -ndigits digits is below half the unit, so it rounds to 0. (CPython would
  // first compute 10**-ndigits, which for a huge ndigits never finishes; the answer is the same.)
  if (typeof ndigits === 'bigint' || -ndigits > intBitLength(v) * 0.30103 + 1) return 0;
  const k = -ndigits;
  if (typeof v === 'number' && k <= 15) {
    const unit = 10 ** k; // exact up to 10**22
    let r = v % unit;
    if (r < 0) r += unit;
    // The multiple of unit at or below v. It may pass -2**53, but stays exact: it is even and below 2**54.
    let result = v - r;
    const twice = 2 * r;
    if (twice > unit || (twice === unit && (result / unit) % 2 !== 0)) result += unit;
    return result <= MAX_SAFE && result >= -MAX_SAFE ? result + 0 : BigInt(result);
  }
  const x = BigInt(v);
  const unit = 10n ** BigInt(k);
  let r = x % unit;
  if (r < 0n) r += unit;
  const down = x - r;
  const twice = 2n * r;
  if (twice > unit || (twice === unit && ((down / unit) & 1n) === 1n)) return normalizeBigInt(down + unit);
  return normalizeBigInt(down);
}

/** math.gcd of two ints: always >= 0. */
export function intGcd(a: PyInt, b: PyInt): PyInt {
  if (typeof a === 'number' && typeof b === 'number') {
    let x = a < 0 ? -a : a;
    let y = b < 0 ? -b : b;
    while (y !== 0) {
      const t = x % y;
      x = y;
      y = t;
    }
    return x;
  }
  let x = BigInt(a);
  let y = BigInt(b);
  if (x < 0n) x = -x;
  if (y < 0n) y = -y;
  while (y !== 0n) {
    if (y <= MAX_SAFE_BIG && x <= MAX_SAFE_BIG) return intGcd(Number(x), Number(y));
    const t = x % y;
    x = y;
    y = t;
  }
  return normalizeBigInt(x);
}

/** math.isqrt(n): the floor of the square root. */
export function intIsqrt(n: PyInt): PyInt {
  if (n < 0) throw valueError('isqrt() argument must be nonnegative');
  if (typeof n === 'number') {
    let r = Math.floor(Math.sqrt(n));
    while (r * r > n) r--;
    while ((r + 1) * (r + 1) <= n) r++;
    return r;
  }
  // Newton's iteration from above: starts at a power of two >= sqrt(n) and decreases monotonically.
  let x = 1n << BigInt((bigBitLength(n) + 1) >> 1);
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) return normalizeBigInt(x);
    x = y;
  }
}

// ---- bytes -------------------------------------------------------------------------------------------

function checkByteorder(byteorder: string): boolean {
  if (byteorder === 'little') return true;
  if (byteorder === 'big') return false;
  throw valueError("byteorder must be either 'little' or 'big'");
}

/** int.to_bytes(length, byteorder, *, signed). */
export function intToBytes(v: PyInt, length: number, byteorder: string, signed: boolean): Uint8Array {
  const little = checkByteorder(byteorder);
  if (length < 0) throw valueError('length argument must be non-negative');
  if (!signed && v < 0) throw overflowError("can't convert negative int to unsigned");
  let out: Uint8Array;
  try {
    out = new Uint8Array(length);
  } catch (e) {
    throw bigLimit(e);
  }
  if (typeof v === 'number' && v >= 0 && v < 4294967296) {
    // common case: small non-negative value, no BigInt
    let x = v;
    for (let i = 0; i < length && x !== 0; i++) {
      out[little ? i : length - 1 - i] = x & 0xff;
      x >>>= 8;
    }
    if (x !== 0 || (signed && length > 0 && out[little ? length - 1 : 0] & 0x80)) {
      throw overflowError('int too big to convert');
    }
    return out;
  }
  const bits = BigInt(length * 8);
  let x = BigInt(v);
  const fits = signed
    ? length > 0 && x >= -(1n << (bits - 1n)) && x < 1n << (bits - 1n)
    : x < 1n << bits;
  if (!fits && !(x === 0n)) throw overflowError('int too big to convert');
  if (x < 0n) x += 1n << bits; // two's complement
  for (let i = 0; i < length; i++) {
    out[little ? i : length - 1 - i] = Number(x & 0xffn);
    x >>= 8n;
  }
  return out;
}

/** int.from_bytes(bytes, byteorder, *, signed). */
export function intFromBytes(bytes: ArrayLike<number>, byteorder: string, signed: boolean): PyInt {
  const little = checkByteorder(byteorder);
  const n = bytes.length;
  if (n <= 6) {
    let x = 0;
    for (let i = 0; i < n; i++) x = x * 256 + bytes[little ? n - 1 - i : i];
    if (signed && n > 0 && x >= 2 ** (8 * n - 1)) x -= 2 ** (8 * n);
    return x;
  }
  let hex = '';
  for (let i = 0; i < n; i++) {
    const byte = bytes[little ? n - 1 - i : i];
    hex += (byte < 16 ? '0' : '') + byte.toString(16);
  }
  let x = BigInt('0x' + hex);
  if (signed && bytes[little ? n - 1 : 0] >= 0x80) x -= 1n << BigInt(8 * n);
  return normalizeBigInt(x);
}
