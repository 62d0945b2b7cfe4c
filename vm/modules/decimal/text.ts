// Decimal <-> text for the _decimal module: parsing numeric strings (the specification's syntax plus
// Python's underscores and surrounding whitespace) and the to-scientific / to-engineering string forms.
// Must not know about contexts or Python objects.

import { Dec, FINITE, INF, NAN, SNAN, digitCount } from './number.js';

function isSpaceCode(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0x1c || c === 0x1d || c === 0x1e || c === 0x1f ||
    c === 0x85 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 ||
    c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000;
}

/** The digit value of a Unicode decimal digit (Nd), or -1. */
function digitValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c < 0x660) return -1;
  const ch = String.fromCodePoint(c);
  if (!/\p{Nd}/u.test(ch)) return -1;
  // Nd digits come in runs of ten starting at a code point whose value is 0.
  for (let z = c; z > c - 10; z--) {
    const zc = String.fromCodePoint(z - 1);
    if (!/\p{Nd}/u.test(zc)) return c - z;
  }
  return (c - 0x660) % 10;
}

/** Parse a numeric string; null on a syntax error. Exponents beyond a JS safe range saturate. */
export function parseDecimal(text: string): Dec | null {
  let s = text;
  let start = 0;
  let end = s.length;
  while (start < end && isSpaceCode(s.charCodeAt(start))) start++;
  while (end > start && isSpaceCode(s.charCodeAt(end - 1))) end--;
  if (start === end) return null;
  // Normalise non-ASCII digits to ASCII so the rest of the parser is simple; like CPython, drop every
  // underscore (after the surrounding whitespace is stripped).
  let ascii = '';
  for (let i = start; i < end; ) {
    const c = s.codePointAt(i)!;
    i += c > 0xffff ? 2 : 1;
    if (c === 95) continue;
    if (c < 128) ascii += String.fromCharCode(c);
    else {
      const v = digitValue(c);
      if (v < 0) return null;
      ascii += String.fromCharCode(48 + v);
    }
  }
  if (ascii.length === 0) return null;
  s = ascii;
  let i = 0;
  const n = s.length;
  let sign = 0;
  if (s[0] === '+' || s[0] === '-') {
    sign = s[0] === '-' ? 1 : 0;
    i = 1;
  }
  const rest = s.slice(i).toLowerCase();
  if (rest === 'inf' || rest === 'infinity') return new Dec(sign, 0n, 0, INF);
  if (rest.startsWith('nan') || rest.startsWith('snan')) {
    const kind = rest[0] === 's' ? SNAN : NAN;
    const payload = rest.slice(kind === SNAN ? 4 : 3);
    if (payload.length === 0) return new Dec(sign, 0n, 0, kind);
    if (!isDigits(payload)) return null;
    return new Dec(sign, BigInt(payload), 0, kind);
  }
  let intPart = '';
  let fracPart = '';
  let sawDigit = false;
  for (; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      intPart += s[i];
      sawDigit = true;
    } else break;
  }
  if (i < n && s[i] === '.') {
    i++;
    for (; i < n; i++) {
      const c = s.charCodeAt(i);
      if (c >= 48 && c <= 57) {
        fracPart += s[i];
        sawDigit = true;
      } else break;
    }
  }
  if (!sawDigit) return null;
  let exp = 0;
  if (i < n && (s[i] === 'e' || s[i] === 'E')) {
    i++;
    let esign = 1;
    if (s[i] === '+' || s[i] === '-') {
      esign = s[i] === '-' ? -1 : 1;
      i++;
    }
    let e = '';
    for (; i < n; i++) {
      const c = s.charCodeAt(i);
      if (c >= 48 && c <= 57) {
        e += s[i];
      } else break;
    }
    if (e.length === 0) return null;
    const v = Number(e);
    exp = esign * (v > 4e18 ? 4e18 : v);
  }
  if (i !== n) return null;
  const digits = intPart + fracPart;
  return new Dec(sign, BigInt(digits), exp - fracPart.length, FINITE);
}

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isDigits(t: string): boolean {
  for (let i = 0; i < t.length; i++) if (!isDigitCode(t.charCodeAt(i))) return false;
  return true;
}

function expText(e: number, capitals: boolean): string {
  return (capitals ? 'E' : 'e') + (e >= 0 ? '+' : '') + e;
}

/** to-scientific-string (str(Decimal)); engineering notation when `eng`. */
export function toSciString(d: Dec, capitals = true, eng = false): string {
  const sign = d.sign ? '-' : '';
  if (d.kind === INF) return sign + 'Infinity';
  if (d.kind === NAN || d.kind === SNAN) {
    return sign + (d.kind === SNAN ? 'sNaN' : 'NaN') + (d.coeff === 0n ? '' : d.coeff.toString());
  }
  const digits = d.coeff.toString();
  const nd = digits.length;
  const exp = d.exp;
  const adj = exp + nd - 1;
  if (exp <= 0 && adj >= -6) {
    // Plain notation.
    if (exp === 0) return sign + digits;
    const point = nd + exp;
    if (point > 0) return sign + digits.slice(0, point) + '.' + digits.slice(point);
    return sign + '0.' + '0'.repeat(-point) + digits;
  }
  if (!eng) {
    const mant = nd > 1 ? digits[0] + '.' + digits.slice(1) : digits;
    return sign + mant + expText(adj, capitals);
  }
  // Engineering: the exponent is a multiple of three.
  if (d.coeff === 0n) {
    // A zero: adjust the exponent to a multiple of three with 0, 0.0 or 0.00.
    let e = adj;
    let dot = 0;
    const m = ((e % 3) + 3) % 3;
    if (m !== 0) {
      e += 3 - m;
      dot = 3 - m;
    }
    const mant = dot === 0 ? '0' : '0.' + '0'.repeat(dot);
    return sign + mant + (e === 0 ? '' : expText(e, capitals));
  }
  const m = ((adj % 3) + 3) % 3;
  const e = adj - m;
  const intDigits = m + 1;
  let mant: string;
  if (nd <= intDigits) mant = digits + '0'.repeat(intDigits - nd);
  else mant = digits.slice(0, intDigits) + '.' + digits.slice(intDigits);
  return sign + mant + (e === 0 ? '' : expText(e, capitals));
}

export { digitCount };
