// Arithmetic kernels of Python's float, exactly as CPython 3.14 computes them: //, %, divmod, /, **,
// round(), math.fmod, is_integer, as_integer_ratio, hex/fromhex, and the float -> int conversions.
//
// Everything takes and returns raw JS numbers (or PyInt where Python returns an int); boxing into float
// objects, operand coercion and NotImplemented belong to the operator layer, not here.
//
// JS's own Math.pow is not used: V8's (fdlibm's) pow differs in the last bit from the C library's for
// about one input in ten. floatPow ports the C library's pow instead (see below).

import { zeroDivisionError, valueError, overflowError } from '../runtime/raise.js';
// int_math.ts imports this file too; the cycle is safe because neither calls the other while loading.
import { type PyInt, floatToInt, intLshift, pow2, roundScaledToFloat } from './int_math.js';

/**
 * The OverflowError text of a float power whose result is out of range. CPython raises it from errno
 * ERANGE, so the text is the platform's strerror: this is Linux's. (Pyodide, built by Emscripten,
 * says "(68, 'Result not representable')" instead.)
 */
export const POW_OVERFLOW_MESSAGE = "(34, 'Numerical result out of range')";

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
  if (r === Infinity) throw overflowError(POW_OVERFLOW_MESSAGE);
  return negate ? -r : r;
}

// ---- the C library's pow ---------------------------------------------------------------------------------
//
// CPython hands the remaining cases to the C library's pow(). That is not correctly rounded (0.52 ulp at
// worst), so to give the same last bit this is a faithful port of the pow in musl (as built into Pyodide
// by Emscripten, without fma), which is ARM's optimized-routines pow: Copyright (c) 2018, Arm Limited,
// SPDX-License-Identifier: MIT. glibc >= 2.28 uses the same algorithm (its fma build can differ in the
// last bit on rare inputs). The 64-bit integer manipulations of the C code are done on 32-bit halves.

const wordsView = new DataView(new ArrayBuffer(8));

function highWord(x: number): number {
  wordsView.setFloat64(0, x);
  return wordsView.getUint32(0);
}

function lowWord(x: number): number {
  wordsView.setFloat64(0, x);
  return wordsView.getUint32(4);
}

function fromWords(hi: number, lo: number): number {
  wordsView.setUint32(0, hi >>> 0);
  wordsView.setUint32(4, lo >>> 0);
  return wordsView.getFloat64(0);
}

// The log part: log(x) = k ln2 + log(c) + log1p(z/c - 1), with a 128-entry table of
// [1/c, log(c) rounded to 43 bits, the rest of log(c)] and a degree-8 polynomial.
const LOG_LN2_HI = 0.6931471805598903;
const LOG_LN2_LO = 5.497923018708371e-14;
const LA0 = -0.5;
const LA1 = -0.6666666666666679;
const LA2 = 0.5000000000000007;
const LA3 = 0.7999999995323976;
const LA4 = -0.6666666663487739;
const LA5 = -1.142909628459501;
const LA6 = 1.0000415263675542;
// The exp part: exp(x) = 2^(k/128) exp(r), with a table of 2^(i/128) as a tail and a scale's bits.
const EXP_INV_LN2_N = 184.6649652337873;
const EXP_NEG_LN2_HI_N = -0.005415212348111709;
const EXP_NEG_LN2_LO_N = -1.2864023111638346e-14;
const EXP_SHIFT = 6755399441055744; // 0x1.8p52: adding it rounds to an integer in the low bits
const EC2 = 0.49999999999996786;
const EC3 = 0.16666666666665886;
const EC4 = 0.0416666808410674;
const EC5 = 0.008333335853059549;
const TWO_POW_1009 = fromWords(0x7f000000, 0);
const TWO_POW_M1022 = fromWords(0x00100000, 0);

let logTail = 0; // second output of libmLog

/** log(x) as y + logTail, where (ixHi, ixLo) are x's bits (a subnormal pre-normalised). */
function libmLog(ixHi: number, ixLo: number): number {
  const tmpHi = (ixHi - 0x3fe69555) | 0; // ix - OFF; OFF's low word is 0
  const i = (tmpHi >>> 13) & 127;
  const k = tmpHi >> 20;
  const izHi = (ixHi - (tmpHi & 0xfff00000)) >>> 0;
  const z = fromWords(izHi, ixLo);
  const kd = k;
  const t = i * 3;
  const invc = POW_LOG_TABLE[t];
  const logc = POW_LOG_TABLE[t + 1];
  const logctail = POW_LOG_TABLE[t + 2];
  // Split z so that rhi, rlo and rhi*rhi are exact (the C code's non-fma branch).
  const zhi = fromWords(izHi + (ixLo >= 0x80000000 ? 1 : 0), 0);
  const zlo = z - zhi;
  const rhi = zhi * invc - 1.0;
  const rlo = zlo * invc;
  const r = rhi + rlo;
  const t1 = kd * LOG_LN2_HI + logc;
  const t2 = t1 + r;
  const lo1 = kd * LOG_LN2_LO + logctail;
  const lo2 = t1 - t2 + r;
  const ar = LA0 * r;
  const ar2 = r * ar;
  const ar3 = r * ar2;
  const arhi = LA0 * rhi;
  const arhi2 = rhi * arhi;
  const hi = t2 + arhi2;
  const lo3 = rlo * (ar + arhi);
  const lo4 = t2 - hi + arhi2;
  const p = ar3 * (LA1 + r * LA2 + ar2 * (LA3 + r * LA4 + ar2 * (LA5 + r * LA6)));
  const lo = lo1 + lo2 + lo3 + lo4 + p;
  const y = hi + lo;
  logTail = hi - y + lo;
  return y;
}

/** exp(x + xtail) for the pow kernel (positive results only). */
function libmExp(x: number, xtail: number): number {
  let abstop = (highWord(x) >>> 20) & 0x7ff;
  if (((abstop - 0x3c9) >>> 0) >= 0x408 - 0x3c9) {
    if (((abstop - 0x3c9) >>> 0) >= 0x80000000) return 1.0 + x; // tiny x
    if (abstop >= 0x409) return x < 0 ? 0 : Infinity; // |x| >= 1024: underflow or overflow
    abstop = 0; // large |x|: the scale may leave the exponent range, see below
  }
  const z = EXP_INV_LN2_N * x;
  let kd = z + EXP_SHIFT;
  const ki = lowWord(kd); // the rounded k sits in the low bits
  kd -= EXP_SHIFT;
  let r = x + kd * EXP_NEG_LN2_HI_N + kd * EXP_NEG_LN2_LO_N;
  r += xtail;
  const idx = ki & 127;
  const tail = EXP_TAIL[idx];
  // sbits = T[2 idx + 1] + (ki << 45): only the high word changes.
  const sbitsHi = (EXP_SCALE_BITS[2 * idx] + (ki << 13)) >>> 0;
  const sbitsLo = EXP_SCALE_BITS[2 * idx + 1];
  const r2 = r * r;
  const tmp = tail + r + r2 * (EC2 + r * EC3) + r2 * r2 * (EC4 + r * EC5);
  if (abstop === 0) return libmExpSpecial(tmp, sbitsHi, sbitsLo, ki);
  const scale = fromWords(sbitsHi, sbitsLo);
  return scale + scale * tmp;
}

/** scale * (1 + tmp) when the scale's exponent over- or underflowed, rounding subnormals once. */
function libmExpSpecial(tmp: number, sbitsHi: number, sbitsLo: number, ki: number): number {
  if ((ki & 0x80000000) === 0) {
    const scale = fromWords(sbitsHi - (1009 << 20), sbitsLo);
    return TWO_POW_1009 * (scale + scale * tmp);
  }
  const hiWordScaled = (sbitsHi + (1022 << 20)) >>> 0;
  const scale = fromWords(hiWordScaled, sbitsLo);
  let y = scale + scale * tmp;
  if (Math.abs(y) < 1.0) {
    const one = y < 0.0 ? -1.0 : 1.0;
    let lo = scale - y + scale * tmp;
    const hi = one + y;
    lo = one - hi + y + lo;
    y = hi + lo - one;
    if (y === 0) y = hiWordScaled & 0x80000000 ? -0 : 0;
  }
  return TWO_POW_M1022 * y;
}

/** The C library's pow(x, y) for finite x > 0, x != 1 and finite y != 0 (CPython's remaining case). */
function libmPow(x: number, y: number): number {
  let ixHi = highWord(x);
  let ixLo = lowWord(x);
  const iyHi = highWord(y);
  const iyLo = lowWord(y);
  const topx = ixHi >>> 20;
  const topy = iyHi >>> 20;
  if (topx === 0 || (((topy & 0x7ff) - 0x3be) >>> 0) >= 0x43e - 0x3be) {
    if ((((topy & 0x7ff) - 0x3be) >>> 0) >= 0x43e - 0x3be) {
      // |y| < 2**-65: x**y ~= 1 + y log(x). |y| >= 2**63: certain overflow or underflow.
      if ((topy & 0x7ff) < 0x3be) return x > 1 ? 1.0 + y : 1.0 - y;
      return x > 1 === topy < 0x800 ? Infinity : 0;
    }
    // Subnormal x: normalise, letting the exponent go negative (it wraps into the sign bit).
    const xs = x * 4503599627370496;
    ixHi = ((highWord(xs) & 0x7fffffff) - (52 << 20)) >>> 0;
    ixLo = lowWord(xs);
  }
  const hi = libmLog(ixHi, ixLo);
  const lo = logTail;
  // y * log(x) as ehi + elo, splitting both factors at 26 bits (the non-fma branch).
  const yhi = fromWords(iyHi, iyLo & 0xf8000000);
  const ylo = y - yhi;
  const lhi = fromWords(highWord(hi), lowWord(hi) & 0xf8000000);
  const llo = hi - lhi + lo;
  const ehi = yhi * lhi;
  const elo = ylo * lhi + y * llo;
  return libmExp(ehi, elo);
}

// prettier-ignore
const POW_LOG_TABLE = new Float64Array([
  1.4140625, -0.3464667673462145, 5.929407345889625e-15,
  1.40625, -0.34092658697056777, -2.544157440035963e-14,
  1.3984375, -0.3353555419211034, -3.443525940775045e-14,
  1.390625, -0.3297532863724655, -2.500123826022799e-15,
  1.3828125, -0.32411946865420305, -8.929337133850617e-15,
  1.375, -0.31845373111855224, 1.7625431312172662e-14,
  1.3671875, -0.31275571000389846, 1.5688303180062087e-15,
  1.359375, -0.3070250352949415, 2.9655274673691784e-14,
  1.3515625, -0.3012613305781997, 3.7923164802093147e-14,
  1.34375, -0.2954642128938758, 3.993416384387844e-14,
  1.3359375, -0.28963329258306203, 1.9352855826489123e-14,
  1.3359375, -0.28963329258306203, 1.9352855826489123e-14,
  1.328125, -0.28376817313062475, -1.9852665484979036e-14,
  1.3203125, -0.27786845100342816, -2.814323765595281e-14,
  1.3125, -0.2719337154836694, 2.7643769993528702e-14,
  1.3046875, -0.2659635484970977, -4.025092402293806e-14,
  1.296875, -0.25995752443691345, -1.2621729398885316e-14,
  1.2890625, -0.25391520998095984, -3.600176732637335e-15,
  1.2890625, -0.25391520998095984, -3.600176732637335e-15,
  1.28125, -0.2478361639045943, 1.3029797173308663e-14,
  1.2734375, -0.2417199368871934, 4.8230289429940886e-14,
  1.265625, -0.23556607131274632, -2.0592242769647135e-14,
  1.2578125, -0.22937410106487732, 3.149265065191484e-14,
  1.25, -0.22314355131425145, 4.169796584527195e-14,
  1.25, -0.22314355131425145, 4.169796584527195e-14,
  1.2421875, -0.21687393830063684, 2.2477465222466186e-14,
  1.234375, -0.21056476910735, 3.6507188831790577e-16,
  1.2265625, -0.2042155414286526, -3.827767260205414e-14,
  1.2265625, -0.2042155414286526, -3.827767260205414e-14,
  1.21875, -0.19782574332987224, -4.7641388950792196e-14,
  1.2109375, -0.19139485299967873, 4.9278276214647115e-14,
  1.203125, -0.18492233849406148, 4.9485167661250996e-14,
  1.203125, -0.18492233849406148, 4.9485167661250996e-14,
  1.1953125, -0.1784076574728033, -1.5003333854266542e-14,
  1.1875, -0.17185025692663203, -2.7194441649495324e-14,
  1.1875, -0.17185025692663203, -2.7194441649495324e-14,
  1.1796875, -0.1652495728952772, -2.99659267292569e-14,
  1.171875, -0.15860503017665906, 2.0472357800461955e-14,
  1.171875, -0.15860503017665906, 2.0472357800461955e-14,
  1.1640625, -0.15191604202584585, 3.879296723063646e-15,
  1.15625, -0.1451820098444614, -3.6506824353335045e-14,
  1.1484375, -0.13840232285906495, -5.4183331379008994e-14,
  1.1484375, -0.13840232285906495, -5.4183331379008994e-14,
  1.140625, -0.131576357788731, 1.1729485484531301e-14,
  1.140625, -0.131576357788731, 1.1729485484531301e-14,
  1.1328125, -0.12470347850091912, -3.811763084710266e-14,
  1.125, -0.11778303565643, 4.654729747598445e-14,
  1.125, -0.11778303565643, 4.654729747598445e-14,
  1.1171875, -0.11081436634026431, -2.5799991283069902e-14,
  1.109375, -0.10379679368168127, 3.7700471749674615e-14,
  1.109375, -0.10379679368168127, 3.7700471749674615e-14,
  1.1015625, -0.09672962645856842, 1.7306161136093256e-14,
  1.1015625, -0.09672962645856842, 1.7306161136093256e-14,
  1.09375, -0.089612158689647, -4.012913552726574e-14,
  1.0859375, -0.08244366921110213, 2.7541708360737882e-14,
  1.0859375, -0.08244366921110213, 2.7541708360737882e-14,
  1.078125, -0.07522342123763792, 5.0396178134370583e-14,
  1.078125, -0.07522342123763792, 5.0396178134370583e-14,
  1.0703125, -0.06795066190852594, 1.8195060030168815e-14,
  1.0625, -0.06062462181648698, 5.213620639136504e-14,
  1.0625, -0.06062462181648698, 5.213620639136504e-14,
  1.0546875, -0.053244514518837605, 2.532168943117445e-14,
  1.0546875, -0.053244514518837605, 2.532168943117445e-14,
  1.046875, -0.045809536031242715, -5.148849572685811e-14,
  1.046875, -0.045809536031242715, -5.148849572685811e-14,
  1.0390625, -0.038318864302141264, 4.6652946995830086e-15,
  1.0390625, -0.038318864302141264, 4.6652946995830086e-15,
  1.03125, -0.03077165866670839, -4.529814257790929e-14,
  1.03125, -0.03077165866670839, -4.529814257790929e-14,
  1.0234375, -0.023167059281490765, -4.361324067851568e-14,
  1.015625, -0.015504186535963527, -1.7274567499706107e-15,
  1.015625, -0.015504186535963527, -1.7274567499706107e-15,
  1.0078125, -0.0077821404420319595, -2.298941004620351e-14,
  1.0078125, -0.0077821404420319595, -2.298941004620351e-14,
  1.0, 0.0, 0.0,
  1.0, 0.0, 0.0,
  0.9921875, 0.007843177461040796, -1.4902732911301337e-14,
  0.984375, 0.01574835696817445, -3.527980389655325e-14,
  0.9765625, 0.023716526617363343, -4.730054772033249e-14,
  0.96875, 0.03174869831457272, 7.580310369375161e-15,
  0.9609375, 0.039845908547249564, -4.9893776716773285e-14,
  0.953125, 0.048009219186383234, -2.262629393030674e-14,
  0.9453125, 0.056239718322899535, -2.345674491018699e-14,
  0.94140625, 0.06038051098892083, -1.3352588834854848e-14,
  0.93359375, 0.06871389254808946, -3.765296820388875e-14,
  0.92578125, 0.07711730334438016, 5.1128335719851986e-14,
  0.91796875, 0.08559193033545398, -5.046674438470119e-14,
  0.9140625, 0.08985632912185793, 3.1218748807418837e-15,
  0.90625, 0.09844007281321865, 3.3871241029241416e-14,
  0.8984375, 0.10709813555638448, -1.7376727386423858e-14,
  0.89453125, 0.11145544092528326, 3.957125899799804e-14,
  0.88671875, 0.12022742699821265, -5.2849453521890294e-14,
  0.8828125, 0.12464244520731427, -3.767012502308738e-14,
  0.875, 0.13353139262449076, 3.1859736349078334e-14,
  0.87109375, 0.13800567301939282, 5.0900642926060466e-14,
  0.86328125, 0.14701474296180095, 8.710783796122478e-15,
  0.859375, 0.15154989812720032, 6.157896229122976e-16,
  0.8515625, 0.16068238169043525, 3.821577743916796e-14,
  0.84765625, 0.16528009093906348, 3.9440046718453496e-14,
  0.83984375, 0.17453941635187675, 2.2924522154618074e-14,
  0.8359375, 0.17920142945774842, -3.742530094732263e-14,
  0.83203125, 0.18388527877016259, -2.5223102140407338e-14,
  0.82421875, 0.1933193110035063, -1.0320443688698849e-14,
  0.8203125, 0.19806991376208316, 1.0634128304268335e-14,
  0.8125, 0.20763936477828793, -4.3425422595242564e-14,
  0.80859375, 0.21245865121420593, -1.2527395755711364e-14,
  0.8046875, 0.21730127569003344, -5.204008743405884e-14,
  0.80078125, 0.22216746534115828, -3.979844515951702e-15,
  0.79296875, 0.2319714654378231, -4.7955860343296286e-14,
  0.7890625, 0.2369097470783572, 5.015686013791602e-16,
  0.78515625, 0.24187253642048745, -7.252318953240293e-16,
  0.78125, 0.2468600779315011, 2.4688324156011588e-14,
  0.7734375, 0.2569104137850218, 5.465121253624792e-15,
  0.76953125, 0.26197371574153294, 4.102651071698446e-14,
  0.765625, 0.2670627852490952, -4.996736502345936e-14,
  0.76171875, 0.27217788591576664, 4.903580708156347e-14,
  0.7578125, 0.27731928541618345, 5.089628039500759e-14,
  0.75390625, 0.28248725557466514, 1.1782016386565151e-14,
  0.74609375, 0.29290401643288533, 4.727452940514406e-14,
  0.7421875, 0.29815337231912054, -4.4204083338755686e-14,
  0.73828125, 0.3034304294199046, 1.548345993498083e-14,
  0.734375, 0.30873548164959175, 2.1522127491642888e-14,
  0.73046875, 0.3140688276249648, 1.1054030169005386e-14,
  0.7265625, 0.31943077076641657, -5.534326352070679e-14,
  0.72265625, 0.3248216194012912, -5.351646604259541e-14,
  0.71875, 0.33024168687052224, 5.4612144489920215e-14,
  0.71484375, 0.3356912916381134, 2.8136969901227338e-14,
  0.7109375, 0.3411707574027787, -1.156568624616423e-14,
]);
// prettier-ignore
const EXP_TAIL = new Float64Array([
  0.0, 9.447885451727066e-17, -1.507066976926039e-17, -5.679155082825012e-17,
  4.9997448722726326e-17, -4.823683599994895e-17, 7.357846871247418e-18, 5.773230223741951e-17,
  8.189317638195515e-17, 5.326891139980878e-17, 1.6665881442326747e-18, -1.128113245461828e-17,
  -7.402825309426177e-17, -3.578659767309563e-18, -6.170654745608695e-17, 2.919139999949279e-17,
  -2.7939114859515733e-17, -5.399285355184285e-17, 4.776959425256223e-17, -7.927701432338473e-17,
  9.341710609905046e-17, -5.534520675707472e-17, 4.585670326662351e-17, 2.8582430411116143e-17,
  7.826573258636076e-17, 4.053626906769216e-17, 2.823784425951061e-17, -7.882802262487991e-17,
  3.2904726646008416e-17, -1.5792094703347882e-18, 4.721368121170128e-17, 1.3045277096919659e-17,
  3.3484623336251524e-17, 3.8611199774925664e-17, 5.527550048505249e-17, -3.927184172445234e-17,
  -6.346552106729483e-17, -8.684417614865944e-17, -1.5456342819397733e-17, -8.70763476495455e-17,
  3.750854201303127e-17, -6.616854503526488e-17, -5.346099009198751e-18, -2.443726321015018e-17,
  2.1023049675215714e-18, 7.771067937501065e-17, 1.3357510088834541e-17, 6.938291696959204e-17,
  1.9572585293112036e-17, 6.632256961675804e-17, -5.478069123926778e-17, -4.140839310392624e-17,
  -2.1571477251208752e-17, -3.8287766552120535e-17, 6.663804589232195e-17, 2.3936187400285282e-17,
  5.68648095791174e-17, 1.1264523354521684e-18, 7.007875046906994e-17, -5.0119214278381254e-17,
  -4.8923067513522756e-17, -3.5260089953269434e-17, -6.872303720902018e-17, 5.001446664133532e-18,
  -6.835808657661922e-17, -1.1307344092910212e-17, -8.416011634717156e-18, -2.9247977035436566e-17,
  -2.092304381843353e-17, -3.9778645875427124e-17, -3.833464968654295e-17, 5.763611164480894e-17,
  -2.3591094770850053e-17, 7.260074661098575e-17, 9.50689710108796e-18, -4.272956133839906e-17,
  -6.735219232374683e-17, -2.8396044410430936e-17, -7.226635472101257e-17, 5.786121003395918e-17,
  5.1548301170786783e-17, -9.416257568878152e-18, 2.4253985766689806e-17, -6.604314051707707e-17,
  -6.432131775424189e-18, -1.2204007601863921e-17, -6.336161863401293e-17, -3.7800879246373815e-17,
  1.5341410053603723e-17, 1.2932855580427452e-17, -4.123367330661149e-17, 4.703083974463456e-17,
  -6.152602891550265e-17, 5.827849326195279e-17, 3.540948262646183e-17, -3.2741571320938764e-17,
  4.875160526227062e-17, -5.718569790077838e-17, -4.719539664590972e-18, -5.773451958805706e-17,
  -1.0772487078934056e-17, -6.221808618533911e-17, 1.821405440362259e-17, -6.155536546227639e-17,
  1.685487290628973e-17, 5.3581249177694816e-17, 3.621615935336894e-17, 8.588379527574144e-18,
  1.01562190116415e-17, -2.869134889187244e-17, -5.495118966122005e-17, -5.56965572431627e-17,
  1.790126907604513e-17, -3.2211766346200164e-17, 5.265370768556274e-17, 3.5089866402403033e-17,
  -3.266924100901318e-17, -4.3657593008079375e-17, 1.7963932659833022e-17, 3.4300925275214166e-17,
  -5.545065618639427e-17, -5.149009745457733e-17, 5.336805878514151e-17, 3.498978661192973e-17,
  4.5784915277060095e-17, -5.241934575393899e-17, 2.0414278897578303e-17, 4.124842848606488e-18,
]);
// prettier-ignore
const EXP_SCALE_BITS = new Uint32Array([
  0x3ff00000, 0x00000000, 0x3feff63d, 0xa9fb3335, 0x3fefec9a, 0x3e778061, 0x3fefe315, 0xe86e7f85,
  0x3fefd9b0, 0xd3158574, 0x3fefd06b, 0x29ddf6de, 0x3fefc745, 0x18759bc8, 0x3fefbe3e, 0xcac6f383,
  0x3fefb558, 0x6cf9890f, 0x3fefac92, 0x2b7247f7, 0x3fefa3ec, 0x32d3d1a2, 0x3fef9b66, 0xaffed31b,
  0x3fef9301, 0xd0125b51, 0x3fef8abd, 0xc06c31cc, 0x3fef829a, 0xaea92de0, 0x3fef7a98, 0xc8a58e51,
  0x3fef72b8, 0x3c7d517b, 0x3fef6af9, 0x388c8dea, 0x3fef635b, 0xeb6fcb75, 0x3fef5be0, 0x84045cd4,
  0x3fef5487, 0x3168b9aa, 0x3fef4d50, 0x22fcd91d, 0x3fef463b, 0x88628cd6, 0x3fef3f49, 0x917ddc96,
  0x3fef387a, 0x6e756238, 0x3fef31ce, 0x4fb2a63f, 0x3fef2b45, 0x65e27cdd, 0x3fef24df, 0xe1f56381,
  0x3fef1e9d, 0xf51fdee1, 0x3fef187f, 0xd0dad990, 0x3fef1285, 0xa6e4030b, 0x3fef0caf, 0xa93e2f56,
  0x3fef06fe, 0x0a31b715, 0x3fef0170, 0xfc4cd831, 0x3feefc08, 0xb26416ff, 0x3feef6c5, 0x5f929ff1,
  0x3feef1a7, 0x373aa9cb, 0x3feeecae, 0x6d05d866, 0x3feee7db, 0x34e59ff7, 0x3feee32d, 0xc313a8e5,
  0x3feedea6, 0x4c123422, 0x3feeda45, 0x04ac801c, 0x3feed60a, 0x21f72e2a, 0x3feed1f5, 0xd950a897,
  0x3feece08, 0x6061892d, 0x3feeca41, 0xed1d0057, 0x3feec6a2, 0xb5c13cd0, 0x3feec32a, 0xf0d7d3de,
  0x3feebfda, 0xd5362a27, 0x3feebcb2, 0x99fddd0d, 0x3feeb9b2, 0x769d2ca7, 0x3feeb6da, 0xa2cf6642,
  0x3feeb42b, 0x569d4f82, 0x3feeb1a4, 0xca5d920f, 0x3feeaf47, 0x36b527da, 0x3feead12, 0xd497c7fd,
  0x3feeab07, 0xdd485429, 0x3feea926, 0x8a5946b7, 0x3feea76f, 0x15ad2148, 0x3feea5e1, 0xb976dc09,
  0x3feea47e, 0xb03a5585, 0x3feea346, 0x34ccc320, 0x3feea238, 0x82552225, 0x3feea155, 0xd44ca973,
  0x3feea09e, 0x667f3bcd, 0x3feea012, 0x750bdabf, 0x3fee9fb2, 0x3c651a2f, 0x3fee9f7d, 0xf9519484,
  0x3fee9f75, 0xe8ec5f74, 0x3fee9f9a, 0x48a58174, 0x3fee9feb, 0x564267c9, 0x3feea069, 0x4fde5d3f,
  0x3feea114, 0x73eb0187, 0x3feea1ed, 0x0130c132, 0x3feea2f3, 0x36cf4e62, 0x3feea427, 0x543e1a12,
  0x3feea589, 0x994cce13, 0x3feea71a, 0x4623c7ad, 0x3feea8d9, 0x9b4492ed, 0x3feeaac7, 0xd98a6699,
  0x3feeace5, 0x422aa0db, 0x3feeaf32, 0x16b5448c, 0x3feeb1ae, 0x99157736, 0x3feeb45b, 0x0b91ffc6,
  0x3feeb737, 0xb0cdc5e5, 0x3feeba44, 0xcbc8520f, 0x3feebd82, 0x9fde4e50, 0x3feec0f1, 0x70ca07ba,
  0x3feec491, 0x82a3f090, 0x3feec863, 0x19e32323, 0x3feecc66, 0x7b5de565, 0x3feed09b, 0xec4a2d33,
  0x3feed503, 0xb23e255d, 0x3feed99e, 0x1330b358, 0x3feede6b, 0x5579fdbf, 0x3feee36b, 0xbfd3f37a,
  0x3feee89f, 0x995ad3ad, 0x3feeee07, 0x298db666, 0x3feef3a2, 0xb84f15fb, 0x3feef972, 0x8de5593a,
  0x3feeff76, 0xf2fb5e47, 0x3fef05b0, 0x30a1064a, 0x3fef0c1e, 0x904bc1d2, 0x3fef12c2, 0x5bd71e09,
  0x3fef199b, 0xdd85529c, 0x3fef20ab, 0x5fffd07a, 0x3fef27f1, 0x2e57d14b, 0x3fef2f6d, 0x9406e7b5,
  0x3fef3720, 0xdcef9069, 0x3fef3f0b, 0x555dc3fa, 0x3fef472d, 0x4a07897c, 0x3fef4f87, 0x080d89f2,
  0x3fef5818, 0xdcfba487, 0x3fef60e3, 0x16c98398, 0x3fef69e6, 0x03db3285, 0x3fef7321, 0xf301b460,
  0x3fef7c97, 0x337b9b5f, 0x3fef8646, 0x14f5a129, 0x3fef902e, 0xe78b3ff6, 0x3fef9a51, 0xfbc74c83,
  0x3fefa4af, 0xa2a490da, 0x3fefaf48, 0x2d8e67f1, 0x3fefba1b, 0xee615a27, 0x3fefc52b, 0x376bba97,
  0x3fefd076, 0x5b6e4540, 0x3fefdbfd, 0xad9cbe14, 0x3fefe7c1, 0x819e90d8, 0x3feff3c2, 0x2b8f71f1,
]);

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
