// int(str, base) and float(str): parsing text into numbers exactly as CPython 3.14 accepts and rejects it,
// including its error messages and the sys.set_int_max_str_digits() limit.
//
// A str is first reduced to ASCII the way CPython's _PyUnicode_TransformDecimalAndSpaceToASCII does it:
// Unicode decimal digits (category Nd, e.g. Arabic-Indic) become '0'..'9', Unicode whitespace becomes a
// space, and any other non-ASCII character ends the text (so the parse fails). Text that came from
// bytes skips that step (CPython parses the raw bytes).
//
// Not here: accepting objects (__int__, __index__, __float__, buffers), int and float formatting.

import { valueError } from '../runtime/raise.js';
import { strRepr } from '../objects/str_core.js';
import { type PyInt, normalizeBigInt, getIntMaxStrDigits } from './int_math.js';

// ---- Unicode -> ASCII ----------------------------------------------------------------------------------

// The zero of every run of ten Unicode decimal digits (Unicode 16.0, as Python 3.14): a code point c is
// the digit c - z when z is the greatest zero <= c and c - z < 10.
// prettier-ignore
const DIGIT_ZEROS = [
  0x30, 0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66, 0xde6, 0xe50,
  0xed0, 0xf20, 0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0, 0x1a80, 0x1a90, 0x1b50, 0x1bb0, 0x1c40,
  0x1c50, 0xa620, 0xa8d0, 0xa900, 0xa9d0, 0xa9f0, 0xaa50, 0xabf0, 0xff10, 0x104a0, 0x10d30, 0x10d40,
  0x11066, 0x110f0, 0x11136, 0x111d0, 0x112f0, 0x11450, 0x114d0, 0x11650, 0x116c0, 0x116d0, 0x116da,
  0x11730, 0x118e0, 0x11950, 0x11bf0, 0x11c50, 0x11d50, 0x11da0, 0x11f50, 0x16130, 0x16a60, 0x16ac0,
  0x16b50, 0x16d70, 0x1ccf0, 0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec, 0x1d7f6, 0x1e140, 0x1e2f0, 0x1e4f0,
  0x1e5f1, 0x1e950, 0x1fbf0,
];

/** The decimal value of a non-ASCII code point, or -1. */
function unicodeDecimal(cp: number): number {
  let lo = 0;
  let hi = DIGIT_ZEROS.length - 1;
  if (cp < DIGIT_ZEROS[0]) return -1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (DIGIT_ZEROS[mid] <= cp) lo = mid;
    else hi = mid - 1;
  }
  const d = cp - DIGIT_ZEROS[lo];
  return d < 10 ? d : -1;
}

/** str.isspace() for a code point >= 128. */
function isUnicodeSpace(cp: number): boolean {
  return (
    cp === 0x85 || cp === 0xa0 || cp === 0x1680 || (cp >= 0x2000 && cp <= 0x200a) || cp === 0x2028 ||
    cp === 0x2029 || cp === 0x202f || cp === 0x205f || cp === 0x3000
  );
}

/** The ASCII text CPython's number parsers see for a str. */
function toAsciiForm(text: string): string {
  let i = 0;
  const n = text.length;
  while (i < n && text.charCodeAt(i) < 127) i++;
  if (i === n) return text; // the common case: nothing to transform
  let out = text.slice(0, i);
  while (i < n) {
    const cp = text.codePointAt(i)!;
    i += cp > 0xffff ? 2 : 1;
    if (cp < 127) {
      out += String.fromCharCode(cp);
    } else if (isUnicodeSpace(cp)) {
      out += ' ';
    } else {
      const d = unicodeDecimal(cp);
      if (d < 0) return out + '?'; // CPython stops here; '?' makes every parse fail
      out += String.fromCharCode(48 + d);
    }
  }
  return out;
}

/** Py_ISSPACE: the ASCII whitespace of C's isspace(). */
function isAsciiSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

/** The value of an ASCII digit or letter as a digit (a-z and A-Z are 10..35), or 99. */
function digitValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  const l = c | 0x20;
  if (l >= 97 && l <= 122) return l - 87;
  return 99;
}

// ---- int() ---------------------------------------------------------------------------------------------

/** The first 200 characters of a repr, as CPython's "%.200R". */
function truncatedRepr(r: string): string {
  if (r.length <= 200) return r;
  return Array.from(r).slice(0, 200).join('');
}

/**
 * How an error message shows the object int() or float() parsed: by default the repr of the text; for
 * bytes, a function that makes their repr, called only when there is an error (re's compiler parses
 * bytes with int() in a loop).
 */
export type LiteralRepr = (() => string) | undefined;

function shownRepr(text: string, repr: LiteralRepr): string {
  return repr === undefined ? strRepr(text) : repr();
}

function invalidIntLiteral(base: number, text: string, repr: LiteralRepr): unknown {
  return valueError(`invalid literal for int() with base ${base}: ${truncatedRepr(shownRepr(text, repr))}`);
}

/**
 * int(text, base). `repr` makes the repr shown in the error message (of the original object,
 * computed from `text` when omitted); `fromBytes` says the text is bytes decoded as Latin-1, which are
 * parsed as raw ASCII (no Unicode digits or spaces).
 */
export function parseIntLiteral(text: string, base: number, repr?: LiteralRepr, fromBytes = false): PyInt {
  if ((base !== 0 && base < 2) || base > 36) throw valueError('int() base must be >= 2 and <= 36, or 0');
  const s = fromBytes ? text : toAsciiForm(text);
  const n = s.length;
  let i = 0;
  while (i < n && isAsciiSpace(s.charCodeAt(i))) i++;
  let negative = false;
  let c = s.charCodeAt(i);
  if (c === 43 || c === 45) {
    negative = c === 45;
    c = s.charCodeAt(++i);
  }
  let b = base;
  let errorIfNonzero = false;
  const prefix = s.charCodeAt(i + 1) | 0x20;
  if (b === 0) {
    if (c !== 48) b = 10;
    else if (prefix === 120) b = 16;
    else if (prefix === 111) b = 8;
    else if (prefix === 98) b = 2;
    else {
      // "Old" C-style octal such as 0777 is invalid, but any number of zeros is fine.
      errorIfNonzero = true;
      b = 10;
    }
  }
  if (c === 48 && ((b === 16 && prefix === 120) || (b === 8 && prefix === 111) || (b === 2 && prefix === 98))) {
    i += 2;
    if (s.charCodeAt(i) === 95) i++; // one underscore may follow the prefix
  }
  if (s.charCodeAt(i) === 95) throw invalidIntLiteral(base, text, repr);

  // Digits, with single underscores between them. Small values accumulate exactly in a double.
  const start = i;
  let digits = 0;
  let underscores = false;
  let prev = 0;
  let acc = 0;
  let big = false;
  for (; i < n; i++) {
    const ch = s.charCodeAt(i);
    if (ch === 95) {
      if (prev === 95) throw invalidIntLiteral(base, text, repr);
      underscores = true;
    } else {
      const d = digitValue(ch);
      if (d >= b) break;
      digits++;
      if (!big) {
        // Rounding is monotonic: a result that should pass 2**53-1 cannot round back below it.
        const next = acc * b + d;
        if (next > 9007199254740991) big = true;
        else acc = next;
      }
    }
    prev = ch;
  }
  if (prev === 95 || digits === 0) throw invalidIntLiteral(base, text, repr);
  const end = i;
  while (i < n && isAsciiSpace(s.charCodeAt(i))) i++;
  if (i !== n) throw invalidIntLiteral(base, text, repr);

  if ((b & (b - 1)) !== 0) {
    const limit = getIntMaxStrDigits();
    if (limit > 0 && digits > limit) {
      throw valueError(
        `Exceeds the limit (${limit} digits) for integer string conversion: value has ${digits} digits; ` +
          'use sys.set_int_max_str_digits() to increase the limit',
      );
    }
  }

  let value: PyInt;
  if (!big) {
    value = negative ? -acc : acc;
  } else {
    let body = s.slice(start, end);
    if (underscores) body = body.replace(/_/g, '');
    const big = digitsToBigInt(body, b);
    value = normalizeBigInt(negative ? -big : big);
  }
  if (errorIfNonzero && value !== 0) throw invalidIntLiteral(base, text, repr);
  return value === 0 ? 0 : value;
}

/** Valid digits (no sign, no underscores) in base b to a bigint. */
function digitsToBigInt(body: string, b: number): bigint {
  if (b === 10) return BigInt(body);
  if (b === 16) return BigInt('0x' + body);
  if (b === 8) return BigInt('0o' + body);
  if (b === 2) return BigInt('0b' + body);
  // Other bases: chunks of k digits whose value fits a double exactly, combined in BigInt.
  let k = 1;
  while (b ** (k + 1) < 9007199254740991) k++;
  const bk = BigInt(b ** k);
  let result = 0n;
  let i = 0;
  const first = body.length % k || k;
  for (let end = first; i < body.length; end += k) {
    let chunk = 0;
    for (; i < end; i++) chunk = chunk * b + digitValue(body.charCodeAt(i));
    result = (end === first ? 0n : result * bk) + BigInt(chunk);
  }
  return result;
}

// ---- float() -------------------------------------------------------------------------------------------

function invalidFloat(text: string, repr: LiteralRepr): unknown {
  return valueError(`could not convert string to float: ${shownRepr(text, repr)}`);
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

// Case-insensitive match of an ASCII lowercase word at s[i].
function matchWord(s: string, i: number, word: string): boolean {
  if (i + word.length > s.length) return false;
  for (let j = 0; j < word.length; j++) {
    if ((s.charCodeAt(i + j) | 0x20) !== word.charCodeAt(j)) return false;
  }
  return true;
}

/**
 * float(text): optional whitespace, sign, then a decimal number (underscores only between digits) or
 * inf / infinity / nan in any case. Hexadecimal is not accepted. `repr` and `fromBytes` as for
 * parseIntLiteral.
 */
export function parseFloatLiteral(text: string, repr?: LiteralRepr, fromBytes = false): number {
  let s = fromBytes ? text : toAsciiForm(text);
  if (s.indexOf('_') >= 0) {
    // An underscore must sit between two digits; then it is dropped.
    let out = '';
    let prev = 0;
    for (let j = 0; j < s.length; j++) {
      const c = s.charCodeAt(j);
      if (c === 95) {
        if (!isDigit(prev)) throw invalidFloat(text, repr);
      } else {
        if (prev === 95 && !isDigit(c)) throw invalidFloat(text, repr);
        out += s[j];
      }
      prev = c;
    }
    if (prev === 95) throw invalidFloat(text, repr);
    s = out;
  }
  let i = 0;
  let n = s.length;
  while (i < n && isAsciiSpace(s.charCodeAt(i))) i++;
  while (n > i && isAsciiSpace(s.charCodeAt(n - 1))) n--;
  if (i === n) throw invalidFloat(text, repr);

  const start = i;
  let c = s.charCodeAt(i);
  const negative = c === 45;
  if (c === 43 || c === 45) c = s.charCodeAt(++i);
  let mantissaDigits = 0;
  while (i < n && isDigit(s.charCodeAt(i))) {
    i++;
    mantissaDigits++;
  }
  if (i < n && s.charCodeAt(i) === 46) {
    i++;
    while (i < n && isDigit(s.charCodeAt(i))) {
      i++;
      mantissaDigits++;
    }
  }
  if (mantissaDigits === 0) {
    // Not a number: perhaps inf, infinity or nan, after the sign.
    let value: number;
    if (matchWord(s, i, 'inf')) {
      i += matchWord(s, i + 3, 'inity') ? 8 : 3;
      value = negative ? -Infinity : Infinity;
    } else if (matchWord(s, i, 'nan')) {
      i += 3;
      value = negative ? -NaN : NaN;
    } else {
      throw invalidFloat(text, repr);
    }
    if (i !== n) throw invalidFloat(text, repr);
    return value;
  }
  if (i < n && (s.charCodeAt(i) | 0x20) === 101) {
    i++;
    const e = s.charCodeAt(i);
    if (e === 43 || e === 45) i++;
    const expStart = i;
    while (i < n && isDigit(s.charCodeAt(i))) i++;
    if (i === expStart) throw invalidFloat(text, repr);
  }
  if (i !== n) throw invalidFloat(text, repr);
  // The text is now a plain decimal literal, which JS converts with correct rounding, like CPython.
  return Number(s.slice(start, n));
}
