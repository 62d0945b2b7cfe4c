// Arithmetic kernels of Python's float, exactly as CPython 3.14 computes them: //, %, divmod, /, **,
// round(), math.fmod, is_integer, as_integer_ratio, hex/fromhex, and the float -> int conversions.
//
// Everything takes and returns raw JS numbers (or PyInt where Python returns an int); boxing into float
// objects, operand coercion and NotImplemented belong to the operator layer, not here.
//
// JS's own Math.pow is not used: V8's (fdlibm's) pow differs in the last bit from the C library's for
// about one input in ten. floatPow uses a port of the C library's pow instead (numeric/libm_pow.ts).

import { zeroDivisionError, valueError, overflowError } from '../runtime/raise.js';
import { PyBaseException, exceptionType } from '../objects/exceptions.js';
// int_math.ts imports this file too; the cycle is safe because neither calls the other while loading.
import { type PyInt, floatToInt, intLshift, pow2, roundScaledToFloat } from './int_math.js';
import { libmPow } from './libm_pow.js';

/**
 * The OverflowError text of a float power whose result is out of range. CPython raises it from errno
 * ERANGE, so the text is the platform's strerror: this is Linux's. (Pyodide, built by Emscripten,
 * says "(68, 'Result not representable')" instead.)
 */
export const POW_OVERFLOW_MESSAGE = "(34, 'Numerical result out of range')";

/** The OverflowError itself: like CPython's, its args are (errno, strerror), not one message. */
function powOverflow(): PyBaseException {
  return new PyBaseException(exceptionType('OverflowError'), [34, 'Numerical result out of range']);
}

// ---- the bits of a double --------------------------------------------------------------------------

const bitsView = new DataView(new ArrayBuffer(8));
// Output registers of decompose(): |x| == mant * 2 ** exp, with mant a safe integer (no allocation).
let mant = 0;
let exp = 0;

/** Splits finite, non-zero |x| into mant * 2**exp, mant < 2**53. */
function decompose(x: number): void {
  bitsView.setFloat64(0, x);
  const hi = bitsView.getUint32(0);
  const lo = bitsView.getUint32(4);
  const biased = (hi >>> 20) & 0x7ff;
  const frac = (hi & 0xfffff) * 4294967296 + lo;
  if (biased === 0) {
    mant = frac;
    exp = -1074;
  } else {
    mant = frac + 4503599627370496; // the implicit leading bit, 2**52
    exp = biased - 1075;
  }
}

/** Like decompose, then shifts trailing zero bits out of mant (so mant is odd). */
function decomposeOdd(x: number): void {
  decompose(x);
  while (mant % 2 === 0) {
    mant /= 2;
    exp++;
  }
}

// ---- division ----------------------------------------------------------------------------------------

function divisionByZero(): unknown {
  return zeroDivisionError('division by zero');
}

/** a / b */
export function floatTrueDiv(a: number, b: number): number {
  if (b === 0) throw divisionByZero();
  return a / b;
}

/** a % b with the sign of b, as CPython's float_rem (JS % is C's fmod). */
export function floatMod(a: number, b: number): number {
  if (b === 0) throw divisionByZero();
  let mod = a % b;
  if (mod !== 0) {
    if (b < 0 !== mod < 0) mod += b;
  } else {
    mod = b < 0 ? -0 : 0; // a zero remainder takes the sign of the divisor
  }
  return mod;
}

// The quotient half of CPython's _float_div_mod, given the already-adjusted remainder's raw fmod.
function floorDivFrom(a: number, b: number, rawMod: number): number {
  let div = (a - rawMod) / b;
  if (rawMod !== 0 && b < 0 !== rawMod < 0) div -= 1;
  if (div !== 0) {
    let floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1; // div was computed inexactly just below an integer
    return floordiv;
  }
  return a / b < 0 || Object.is(a / b, -0) ? -0 : 0; // zero quotient: the sign of the true quotient
}

/** a // b, as CPython's float_floor_div. */
export function floatFloorDiv(a: number, b: number): number {
  if (b === 0) throw divisionByZero();
  return floorDivFrom(a, b, a % b);
}

/** divmod(a, b) as [a // b, a % b]. */
export function floatDivMod(a: number, b: number): [number, number] {
  if (b === 0) throw divisionByZero();
  const raw = a % b;
  const div = floorDivFrom(a, b, raw);
  let mod = raw;
  if (mod !== 0) {
    if (b < 0 !== mod < 0) mod += b;
  } else {
    mod = b < 0 ? -0 : 0;
  }
  return [div, mod];
}

/** math.fmod(x, y): C fmod, with ValueError where it would produce a NaN from non-NaN inputs. */
export function floatFmod(x: number, y: number): number {
  const r = x % y; // fmod; an infinite y with finite x gives x, as CPython special-cases
  if (r !== r && x === x && y === y) throw valueError('math domain error');
  return r;
}

// ---- float -> int ------------------------------------------------------------------------------------

export function floatTrunc(x: number): PyInt {
  return floatToInt(x);
}

export function floatFloor(x: number): PyInt {
  return floatToInt(Math.floor(x));
}

export function floatCeil(x: number): PyInt {
  return floatToInt(Math.ceil(x));
}

/** float.is_integer() */
export function floatIsInteger(x: number): boolean {
  return Math.floor(x) === x && x !== Infinity && x !== -Infinity;
}

/** float.as_integer_ratio(): the exact value as [numerator, denominator] in lowest terms. */
export function floatAsIntegerRatio(x: number): [PyInt, PyInt] {
  if (x === Infinity || x === -Infinity) throw overflowError('cannot convert Infinity to integer ratio');
  if (x !== x) throw valueError('cannot convert NaN to integer ratio');
  if (x === 0) return [0, 1];
  decomposeOdd(x);
  const num = x < 0 ? -mant : mant;
  if (exp >= 0) return [intLshift(num, exp), 1];
  return [num, -exp <= 52 ? pow2(-exp) : 1n << BigInt(-exp)];
}

const POW10 = new Float64Array(23); // exact powers of ten, 1 .. 1e22
for (let i = 0, p = 1; i < 23; i++, p *= 10) POW10[i] = p;

// ---- round() -----------------------------------------------------------------------------------------

/** round(x) with no ndigits: the nearest int, ties to even. NaN and infinities raise. */
export function floatRoundToInt(x: number): PyInt {
  let f = Math.floor(x);
  // Exact, except for x in (-0.5, 0), where the rounding of 1 + x cannot carry it below 0.5.
  const d = x - f;
  if (d > 0.5 || (d === 0.5 && f % 2 !== 0)) f += 1;
  return floatToInt(f);
}

/**
 * round(x, ndigits): x rounded to a multiple of 10**-ndigits, correctly (the exact binary value is
 * rounded half-even in decimal, then converted back to the nearest double), as CPython's double_round.
 */
export function floatRound(x: number, ndigits: PyInt): number {
  if (x !== x || x === Infinity || x === -Infinity || x === 0) return x;
  // CPython's bounds: past 323 digits every double rounds to itself; below -308 every one to 0.
  if (ndigits > 323) return x;
  if (ndigits < -308) return x < 0 ? -0 : 0;
  const nd = Number(ndigits);
  if (nd >= -22 && nd <= 22) {
    // Fast path. y is x * 10**nd with one rounding (10**nd <= 1e22 is exact), so it is within |y| * 2**-53
    // of the exact product. Unless that leaves the exact product possibly on the other side of a tie, the
    // nearest integer n is known, and n / 10**nd is then one correctly rounded operation, like strtod.
    const p = POW10[nd < 0 ? -nd : nd];
    const ay = Math.abs(nd >= 0 ? x * p : x / p);
    if (ay < 4503599627370496) {
      const f = Math.floor(ay);
      const d = ay - f; // exact for non-negative ay
      if (Math.abs(d - 0.5) > ay * 4.5e-16 + 1e-300) {
        const n = d > 0.5 ? f + 1 : f;
        const r = nd >= 0 ? n / p : n * p;
        return x < 0 ? -r : r;
      }
    }
  }
  decomposeOdd(x);
  // x * 10**nd is an integer, so rounding changes nothing.
  if (nd >= 0 && nd >= -exp) return x;
  let num = BigInt(mant);
  let den = 1n;
  if (exp > 0) num <<= BigInt(exp);
  else den <<= BigInt(-exp);
  if (nd > 0) num *= 10n ** BigInt(nd);
  else den *= 10n ** BigInt(-nd);
  let q = num / den;
  const twice = 2n * (num - q * den);
  if (twice > den || (twice === den && (q & 1n) === 1n)) q += 1n;
  if (q === 0n) return x < 0 ? -0 : 0;
  // JS's string-to-number conversion is correctly rounded, like CPython's _Py_dg_strtod.
  const r = Number((x < 0 ? '-' : '') + q.toString() + 'e' + -nd);
  if (r === Infinity || r === -Infinity) throw overflowError('rounded value too large to represent');
  return r;
}

// ---- power -------------------------------------------------------------------------------------------

const isOddInteger = (y: number): boolean => Math.abs(y) % 2 === 1;

/**
 * x ** y as CPython's float_pow, including its special cases and errors. Returns null when x is negative
 * and y is not an integer: Python then computes complex(x) ** complex(y), which is the caller's job.
 */
export function floatPow(x: number, y: number): number | null {
  if (y === 0) return 1; // even 0**0 and nan**0
  if (x !== x) return x;
  if (y !== y) return x === 1 ? 1 : y;
  if (y === Infinity || y === -Infinity) {
    const ax = Math.abs(x);
    if (ax === 1) return 1;
    return y > 0 === ax > 1 ? Infinity : 0;
  }
  if (x === Infinity || x === -Infinity) {
    const odd = isOddInteger(y);
    if (y > 0) return odd ? x : Infinity;
    return odd ? (x < 0 ? -0 : 0) : 0;
  }
  if (x === 0) {
    if (y < 0) throw zeroDivisionError('zero to a negative power');
    return isOddInteger(y) ? x : 0;
  }
  if (x === 1) return 1;
  let negate = false;
  if (x < 0) {
    if (Math.floor(y) !== y) return null;
    x = -x;
    negate = isOddInteger(y);
  }
  if (x === 1) return negate ? -1 : 1;
  const r = libmPow(x, y);
  if (r === Infinity) throw powOverflow();
  return negate ? -r : r;
}

// ---- hex -----------------------------------------------------------------------------------------------

/** float.hex() */
export function floatHex(x: number): string {
  if (x !== x) return 'nan';
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  if (x === 0) return Object.is(x, -0) ? '-0x0.0p+0' : '0x0.0p+0';
  bitsView.setFloat64(0, x);
  const hi = bitsView.getUint32(0);
  const lo = bitsView.getUint32(4);
  const biased = (hi >>> 20) & 0x7ff;
  const digits = (hi & 0xfffff).toString(16).padStart(5, '0') + lo.toString(16).padStart(8, '0');
  const sign = x < 0 ? '-' : '';
  if (biased === 0) return `${sign}0x0.${digits}p-1022`;
  const e = biased - 1023;
  return `${sign}0x1.${digits}p${e < 0 ? '' : '+'}${e}`;
}

function isAsciiSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

function hexValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 102) return c - 87;
  if (c >= 65 && c <= 70) return c - 55;
  return -1;
}

// Case-insensitive match of an ASCII lowercase word at s[i].
function matchWord(s: string, i: number, word: string): boolean {
  if (i + word.length > s.length) return false;
  for (let j = 0; j < word.length; j++) {
    if ((s.charCodeAt(i + j) | 0x20) !== word.charCodeAt(j)) return false;
  }
  return true;
}

function invalidHex(): unknown {
  return valueError('invalid hexadecimal floating-point string');
}

/** float.fromhex(s): [ws] [sign] ( inf | infinity | nan | [0x] hexdigits[.hexdigits] [p[sign]digits] ) [ws] */
export function floatFromHex(s: string): number {
  const n = s.length;
  let i = 0;
  while (i < n && isAsciiSpace(s.charCodeAt(i))) i++;
  let negative = false;
  const c0 = s.charCodeAt(i);
  if (c0 === 45 || c0 === 43) {
    negative = c0 === 45;
    i++;
  }
  let result: number;
  if (matchWord(s, i, 'inf')) {
    i += 3;
    if (matchWord(s, i, 'inity')) i += 5;
    result = negative ? -Infinity : Infinity;
  } else if (matchWord(s, i, 'nan')) {
    i += 3;
    result = negative ? -NaN : NaN;
  } else {
    if (s.charCodeAt(i) === 48 && (s.charCodeAt(i + 1) | 0x20) === 120) i += 2; // 0x / 0X
    let digits = '';
    const intStart = i;
    while (i < n && hexValue(s.charCodeAt(i)) >= 0) i++;
    digits = s.slice(intStart, i);
    let fracDigits = 0;
    if (s.charCodeAt(i) === 46) {
      i++;
      const fracStart = i;
      while (i < n && hexValue(s.charCodeAt(i)) >= 0) i++;
      fracDigits = i - fracStart;
      digits += s.slice(fracStart, i);
    }
    if (digits.length === 0) throw invalidHex();
    let e = 0;
    if ((s.charCodeAt(i) | 0x20) === 112) {
      i++;
      let expNegative = false;
      const c = s.charCodeAt(i);
      if (c === 45 || c === 43) {
        expNegative = c === 45;
        i++;
      }
      const expStart = i;
      while (i < n && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) {
        // Saturate: past 1e15 the result is 0 or an overflow whatever the coefficient's length.
        if (e < 1e15) e = e * 10 + (s.charCodeAt(i) - 48);
        i++;
      }
      if (i === expStart) throw invalidHex();
      if (expNegative) e = -e;
    }
    const coefficient = BigInt('0x' + digits);
    const magnitude = roundScaledToFloat(coefficient, e - 4 * fracDigits, false);
    if (magnitude === Infinity) throw overflowError('hexadecimal value too large to represent as a float');
    result = negative ? -magnitude : magnitude;
  }
  while (i < n && isAsciiSpace(s.charCodeAt(i))) i++;
  if (i !== n) throw invalidHex();
  return result;
}
