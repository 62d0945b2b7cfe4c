// Decimal text of binary64 floats, exactly as CPython 3.14 writes it: repr()/str() of a float and the
// digit strings behind every float format ('e', 'f', 'g', 'r' and their upper-case forms).
//
// Digits are produced in two ways. The fast way asks the JS engine (toExponential/toFixed), which
// rounds correctly except that it breaks exact ties upwards where CPython's dtoa rounds half to even;
// ties are detected exactly from the binary value and then, like large precisions, go the slow way:
// the exact decimal expansion of the double (always finite, computed with BigInt) rounded half-even.
//
// This module knows nothing of format specs, padding or Python objects: it takes and returns raw JS
// numbers and strings. It must not import Node modules.

import { memoryError } from '../runtime/raise.js';

/** A decimal digit string d1 d2 ... dn (no trailing zeros) and the position of the decimal point:
 * the value is 0.d1d2...dn * 10**decpt. Zero is digits '0', decpt 1; a value rounded away to zero by
 * fixedDigits is digits '' with decpt = -ndigits (the layout the formatter expects, as dtoa does). */
export interface DecimalDigits {
  readonly digits: string;
  readonly decpt: number;
}

/** Flags for doubleToString (the same meaning as CPython's Py_DTSF_* flags). */
export const DTSF_SIGN = 1; // always write a sign ('+' for non-negative)
export const DTSF_ADD_DOT_0 = 2; // integral results in fixed notation get '.0' (repr)
export const DTSF_ALT = 4; // alternate form: keep the decimal point and (for 'g') trailing zeros
export const DTSF_NO_NEG_0 = 8; // a negative value that rounds to zero loses its sign ('z')

/** Longest string we agree to build; beyond it CPython would merely need a lot of memory, we cannot. */
const MAX_TEXT = 0x1fffffe8;

// ---------------------------------------------------------------------------------------------
// Binary decomposition: x = M * 2**E with M odd. Shared scratch, so no allocation per call.

const scratch = new DataView(new ArrayBuffer(8));
let splitM = 0;
let splitE = 0;
const TWO32 = 4294967296;

function ctz32(v: number): number {
  return 31 - Math.clz32(v & -v);
}

/** Sets splitM (odd integer, < 2**53) and splitE so that x = splitM * 2**splitE; x finite, > 0. */
function split(x: number): void {
  scratch.setFloat64(0, x);
  const hi = scratch.getUint32(0);
  const lo = scratch.getUint32(4);
  const biased = (hi >>> 20) & 0x7ff;
  let mhi = hi & 0xfffff;
  let e: number;
  if (biased === 0) {
    e = -1074;
  } else {
    mhi |= 0x100000;
    e = biased - 1075;
  }
  let tz: number;
  if (lo !== 0) tz = ctz32(lo);
  else tz = 32 + ctz32(mhi);
  splitM = (mhi * TWO32 + lo) / Math.pow(2, tz);
  splitE = e + tz;
}

const POW5: number[] = [];
for (let i = 0, p = 1; i <= 22; i++, p *= 5) POW5.push(p);
// Exact powers of two up to 2**430: enough for every tie test the fast paths make (k >= -429).
const POW2: number[] = [];
for (let i = 0, p = 1; i <= 430; i++, p *= 2) POW2.push(p);

/** Whether the exact value of x (> 0, finite) lies exactly halfway between two multiples of 10**k
 * (k >= -429). Writing x = M * 2**E with M odd, that is E = k - 1 and, for k > 0, 5**k dividing M;
 * so x * 2**(1 - k) must be an odd integer (a multiple of 5**k when k > 0). */
function isTieAt(x: number, k: number): boolean {
  const y = k <= 1 ? x * POW2[1 - k] : x / POW2[k - 1];
  if (y % 2 !== 1) return false; // also false for non-integers and for y >= 2**53 (all even)
  return k <= 0 || (k <= 22 && y % POW5[k] === 0);
}

// ---------------------------------------------------------------------------------------------
// Digit strings.

function stripTrailingZeros(s: string): string {
  let end = s.length;
  while (end > 1 && s.charCodeAt(end - 1) === 48) end--;
  return end === s.length ? s : s.slice(0, end);
}

/** Parses the engine's exponential notation 'd.ddde+N' into digits (trailing zeros removed). */
function fromExponential(s: string): DecimalDigits {
  const e = s.indexOf('e');
  const digits = e > 1 ? s[0] + s.slice(2, e) : s[0];
  return { digits: stripTrailingZeros(digits), decpt: Number(s.slice(e + 1)) + 1 };
}

/** The exact decimal expansion of x (finite, > 0). Every double has a finite one. */
export function exactDigits(x: number): DecimalDigits {
  split(x);
  if (splitE >= 0) {
    const s = (BigInt(splitM) << BigInt(splitE)).toString();
    return { digits: stripTrailingZeros(s), decpt: s.length };
  }
  // M * 2**E = M * 5**-E / 10**-E; M and 5**-E are odd, so the product has no trailing zero.
  const s = (BigInt(splitM) * 5n ** BigInt(-splitE)).toString();
  return { digits: s, decpt: s.length + splitE };
}

/** Keeps the first `keep` digits of an exact digit string (no trailing zeros), rounding half to even. */
function roundDigits(d: DecimalDigits, keep: number, zeroDecpt: number): DecimalDigits {
  const s = d.digits;
  const n = s.length;
  if (keep >= n) return d;
  if (keep < 0) return { digits: '', decpt: zeroDecpt };
  const c = s.charCodeAt(keep);
  let up: boolean;
  if (c !== 53) up = c > 53;
  else if (keep + 1 < n) up = true; // more non-zero digits follow the 5
  else up = keep > 0 && (s.charCodeAt(keep - 1) & 1) === 1; // exact tie: to even
  if (!up) {
    if (keep === 0) return { digits: '', decpt: zeroDecpt };
    return { digits: stripTrailingZeros(s.slice(0, keep)), decpt: d.decpt };
  }
  let i = keep - 1;
  while (i >= 0 && s.charCodeAt(i) === 57) i--;
  if (i < 0) return { digits: '1', decpt: d.decpt + 1 };
  return { digits: s.slice(0, i) + String.fromCharCode(s.charCodeAt(i) + 1), decpt: d.decpt };
}

const ZERO: DecimalDigits = { digits: '0', decpt: 1 };

/** Shortest digits that read back as x (what repr uses); x finite, >= 0 (sign ignored). */
export function shortestDigits(x: number): DecimalDigits {
  if (x === 0) return ZERO;
  return fromExponential((x < 0 ? -x : x).toExponential());
}

/** |x| correctly rounded (half to even on the exact binary value) to `ndigits` >= 1 significant digits. */
export function significantDigits(x: number, ndigits: number): DecimalDigits {
  if (x < 0) x = -x;
  if (x === 0) return ZERO;
  if (ndigits <= 101) {
    const d = fromExponential(x.toExponential(ndigits - 1));
    // The engine breaks exact ties upwards. If it carried into a new decade the lower neighbour
    // ended in 9, so half-even agrees; any other tie is redone exactly.
    if (!isTieAt(x, d.decpt - ndigits)) return d;
  }
  return roundDigits(exactDigits(x), ndigits, 0);
}

/** |x| correctly rounded (half to even on the exact binary value) to `ndigits` >= 0 digits after the
 * decimal point. A result of zero is digits '' with decpt = -ndigits. */
export function fixedDigits(x: number, ndigits: number): DecimalDigits {
  if (x < 0) x = -x;
  if (x === 0) return ZERO;
  if (ndigits <= 100 && x < 1e21 && !isTieAt(x, -ndigits)) {
    const s = x.toFixed(ndigits);
    const dot = s.indexOf('.');
    const all = dot < 0 ? s : s.slice(0, dot) + s.slice(dot + 1);
    const intLen = dot < 0 ? s.length : dot;
    let lead = 0;
    while (lead < all.length && all.charCodeAt(lead) === 48) lead++;
    if (lead === all.length) return { digits: '', decpt: 0 - ndigits };
    return { digits: stripTrailingZeros(lead === 0 ? all : all.slice(lead)), decpt: intLen - lead };
  }
  const exact = exactDigits(x);
  return roundDigits(exact, exact.decpt + ndigits, 0 - ndigits);
}

// ---------------------------------------------------------------------------------------------
// Layout (the rules of CPython's PyOS_double_to_string).

/** Text of x for format code 'e' 'E' 'f' 'F' 'g' 'G' or 'r' (repr; precision must be 0), with the
 * DTSF_* flags. No padding, grouping or '%': that is the format-spec layer's business. */
export function doubleToString(x: number, code: string, precision: number, flags: number): string {
  // Upper-case codes differ only in 'E', 'INF' and 'NAN'.
  const upper = code === 'E' || code === 'F' || code === 'G';
  const type = upper ? code.toLowerCase() : code;
  switch (type) {
    case 'e':
      precision++;
      break;
    case 'g':
      if (precision === 0) precision = 1;
      break;
    case 'f':
    case 'r':
      break;
    default:
      throw new Error(`doubleToString: bad format code ${code}`);
  }
  if (x !== x) return (flags & DTSF_SIGN ? '+' : '') + (upper ? 'NAN' : 'nan');
  let neg = x < 0 || (x === 0 && 1 / x < 0);
  if (x === Infinity || x === -Infinity) {
    return (neg ? '-' : flags & DTSF_SIGN ? '+' : '') + (upper ? 'INF' : 'inf');
  }
  const ax = neg ? -x : x;
  // Fast paths: the engine's fixed and exponential notation are CPython's once ties are excluded.
  if (type === 'f' && precision <= 100 && ax < 1e21 && !isTieAt(ax, -precision)) {
    let s = ax.toFixed(precision);
    if (neg && flags & DTSF_NO_NEG_0 && isZeroText(s)) neg = false;
    if (precision === 0 && flags & DTSF_ALT) s += '.';
    return (neg ? '-' : flags & DTSF_SIGN ? '+' : '') + s;
  }
  if (type === 'e' && precision <= 101) {
    const s = ax.toExponential(precision - 1);
    const e = s.indexOf('e');
    const exp = Number(s.slice(e + 1));
    if (ax === 0 || !isTieAt(ax, exp + 1 - precision)) {
      if (ax === 0 && flags & DTSF_NO_NEG_0) neg = false;
      const a = exp < 0 ? -exp : exp;
      return (
        (neg ? '-' : flags & DTSF_SIGN ? '+' : '') +
        s.slice(0, e) +
        (precision === 1 && flags & DTSF_ALT ? '.' : '') +
        (upper ? 'E' : 'e') +
        (exp < 0 ? '-' : '+') +
        (a < 10 ? '0' : '') +
        a
      );
    }
  }
  let d: DecimalDigits;
  if (type === 'r') d = shortestDigits(ax);
  else if (type === 'f') d = fixedDigits(ax, precision);
  else d = significantDigits(ax, precision);
  const digits = d.digits;
  let decpt = d.decpt;
  if (neg && flags & DTSF_NO_NEG_0 && (digits === '' || digits === '0')) neg = false;

  const alt = (flags & DTSF_ALT) !== 0;
  const addDot0 = (flags & DTSF_ADD_DOT_0) !== 0;
  const n = digits.length;
  // Output the slice [vstart, vend) of the digits padded with zeros on both sides, with the point at decpt.
  let vend = n;
  let useExp = false;
  switch (type) {
    case 'e':
      useExp = true;
      vend = precision;
      break;
    case 'f':
      vend = decpt + precision;
      break;
    case 'g':
      if (decpt <= -4 || decpt > (addDot0 ? precision - 1 : precision)) useExp = true;
      if (alt) vend = precision;
      break;
    default: // 'r'
      if (decpt <= -4 || decpt > 16) useExp = true;
  }
  let exp = 0;
  if (useExp) {
    exp = decpt - 1;
    decpt = 1;
  }
  if (!useExp && addDot0) {
    if (vend <= decpt) vend = decpt + 1;
  } else if (vend < decpt) {
    vend = decpt;
  }
  if (vend - n > MAX_TEXT) throw memoryError('');

  let out = neg ? '-' : flags & DTSF_SIGN ? '+' : '';
  if (decpt <= 0) {
    out += '0.';
    if (decpt < 0) out += '0'.repeat(-decpt);
    out += digits;
    if (vend > n) out += '0'.repeat(vend - n);
  } else if (decpt <= n) {
    out += digits.slice(0, decpt) + '.' + digits.slice(decpt);
    if (vend > n) out += '0'.repeat(vend - n);
  } else {
    out += digits + '0'.repeat(decpt - n) + '.';
    if (vend > decpt) out += '0'.repeat(vend - decpt);
  }
  if (!alt && out.charCodeAt(out.length - 1) === 46) out = out.slice(0, -1);
  if (useExp) {
    const a = exp < 0 ? -exp : exp;
    out += (upper ? 'E' : 'e') + (exp < 0 ? '-' : '+') + (a < 10 ? '0' : '') + a;
  }
  return out;
}

/** repr(x) == str(x) for a Python float: shortest round-trip digits, exponent form below 1e-4 and
 * from 1e16 on ('1e+16', '1e-05'), '.0' on integral values, 'inf', '-inf', 'nan', '-0.0'. */
export function floatRepr(x: number): string {
  // In this range the engine's shortest digits and fixed notation are exactly CPython's.
  if ((x >= 1e-4 && x < 1e16) || (x <= -1e-4 && x > -1e16)) {
    const s = String(x);
    return Number.isInteger(x) ? s + '.0' : s;
  }
  if (x !== x) return 'nan';
  if (x === 0) return 1 / x < 0 ? '-0.0' : '0.0';
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  // Outside it CPython uses exponent notation with the same digits, and at least two exponent digits.
  const s = x.toExponential();
  const e = s.indexOf('e');
  return s.length - e === 3 ? s.slice(0, e + 2) + '0' + s.slice(e + 2) : s;
}

function isZeroText(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c !== 48 && c !== 46) return false;
  }
  return true;
}
