// Character predicates and case mappings of the SRE engine: the ASCII, "locale" and Unicode variants
// of digit/space/word/linebreak, the category test, and the lower/upper mappings the IGNORECASE
// opcodes use (CPython's Modules/_sre/sre.c helpers, same behaviour).
//
// Unicode properties come from the JS engine's tables (\p{...} and toLowerCase), cached per BMP code
// point so that the matcher's inner loops do not run a regex per character. Nothing here allocates per
// call once a code point has been seen. The "locale" variants behave as in the C locale (ASCII only),
// which is what CPython does unless a program calls locale.setlocale.

import {
  CATEGORY_DIGIT, CATEGORY_NOT_DIGIT, CATEGORY_SPACE, CATEGORY_NOT_SPACE, CATEGORY_WORD, CATEGORY_NOT_WORD,
  CATEGORY_LINEBREAK, CATEGORY_NOT_LINEBREAK, CATEGORY_LOC_WORD, CATEGORY_LOC_NOT_WORD, CATEGORY_UNI_DIGIT,
  CATEGORY_UNI_NOT_DIGIT, CATEGORY_UNI_SPACE, CATEGORY_UNI_NOT_SPACE, CATEGORY_UNI_WORD, CATEGORY_UNI_NOT_WORD,
  CATEGORY_UNI_LINEBREAK, CATEGORY_UNI_NOT_LINEBREAK,
} from './constants.js';

// ---- ASCII ------------------------------------------------------------------------------------------

export function isAsciiDigit(ch: number): boolean {
  return ch >= 0x30 && ch <= 0x39;
}

/** Py_ISSPACE restricted to ch <= ' ': space, \t \n \v \f \r. */
export function isAsciiSpace(ch: number): boolean {
  return ch === 0x20 || (ch >= 0x09 && ch <= 0x0d);
}

export function isAsciiAlnum(ch: number): boolean {
  return (ch >= 0x30 && ch <= 0x39) || (ch >= 0x41 && ch <= 0x5a) || (ch >= 0x61 && ch <= 0x7a);
}

export function isAsciiWord(ch: number): boolean {
  return isAsciiAlnum(ch) || ch === 0x5f;
}

export function isAsciiAlpha(ch: number): boolean {
  return (ch >= 0x41 && ch <= 0x5a) || (ch >= 0x61 && ch <= 0x7a);
}

/** sre_lower_ascii: only A-Z change. */
export function lowerAscii(ch: number): number {
  return ch >= 0x41 && ch <= 0x5a ? ch + 32 : ch;
}

// ---- "locale" (C locale: the same as ASCII for the bytes 0..255) -------------------------------------

export function lowerLocale(ch: number): number {
  return ch >= 0x41 && ch <= 0x5a ? ch + 32 : ch;
}

export function upperLocale(ch: number): number {
  return ch >= 0x61 && ch <= 0x7a ? ch - 32 : ch;
}

export function isLocaleWord(ch: number): boolean {
  return isAsciiWord(ch);
}

/** char_loc_ignore: the pattern character equals ch, its lower or its upper form. */
export function charLocIgnore(pattern: number, ch: number): boolean {
  return ch === pattern || lowerLocale(ch) === pattern || upperLocale(ch) === pattern;
}

// ---- Unicode ----------------------------------------------------------------------------------------

const F_KNOWN = 1;
const F_DECIMAL = 2;
const F_SPACE = 4;
const F_ALNUM = 8;

const RE_DECIMAL = /\p{Nd}/u;
const RE_ALNUM = /[\p{L}\p{N}]/u;

/** Flags of BMP code points, filled in on first use. */
let bmpFlags: Uint8Array | null = null;

/** Py_UNICODE_ISSPACE: bidirectional WS/B/S or category Zs; all such code points are in the BMP. */
function computeSpace(ch: number): boolean {
  if (ch < 0x80) return ch === 0x20 || (ch >= 0x09 && ch <= 0x0d) || (ch >= 0x1c && ch <= 0x1f);
  return ch === 0x85 || ch === 0xa0 || ch === 0x1680 || (ch >= 0x2000 && ch <= 0x200a) || ch === 0x2028 ||
    ch === 0x2029 || ch === 0x202f || ch === 0x205f || ch === 0x3000;
}

function computeFlags(ch: number): number {
  const s = String.fromCodePoint(ch);
  let f = F_KNOWN;
  if (RE_DECIMAL.test(s)) f |= F_DECIMAL;
  if (computeSpace(ch)) f |= F_SPACE;
  // Py_UNICODE_ISALNUM is alpha (L*) or decimal/digit/numeric; every code point with a numeric value
  // outside category N is a Han ideograph (category Lo), so L|N is the same set.
  if (RE_ALNUM.test(s)) f |= F_ALNUM;
  return f;
}

function flagsOf(ch: number): number {
  if (ch > 0xffff) return computeFlags(ch);
  let t = bmpFlags;
  if (t === null) t = bmpFlags = new Uint8Array(0x10000);
  let f = t[ch];
  if (f === 0) f = t[ch] = computeFlags(ch);
  return f;
}

export function isUniDigit(ch: number): boolean {
  if (ch < 0x80) return ch >= 0x30 && ch <= 0x39;
  return (flagsOf(ch) & F_DECIMAL) !== 0;
}

export function isUniSpace(ch: number): boolean {
  if (ch < 0x80) return ch === 0x20 || (ch >= 0x09 && ch <= 0x0d) || (ch >= 0x1c && ch <= 0x1f);
  return ch <= 0x3000 && (flagsOf(ch) & F_SPACE) !== 0;
}

/** Py_UNICODE_ISLINEBREAK: the line boundaries of str.splitlines. */
export function isUniLinebreak(ch: number): boolean {
  return (ch >= 0x0a && ch <= 0x0d) || (ch >= 0x1c && ch <= 0x1e) || ch === 0x85 || ch === 0x2028 || ch === 0x2029;
}

export function isUniAlnum(ch: number): boolean {
  if (ch < 0x80) return isAsciiAlnum(ch);
  return (flagsOf(ch) & F_ALNUM) !== 0;
}

export function isUniWord(ch: number): boolean {
  if (ch < 0x80) return isAsciiWord(ch);
  return (flagsOf(ch) & F_ALNUM) !== 0;
}

/** Lower and upper forms of BMP code points, -1 until computed. */
let bmpLower: Int32Array | null = null;
let bmpUpper: Int32Array | null = null;

function firstCodePoint(s: string): number {
  return s.codePointAt(0) ?? 0;
}

/**
 * Py_UNICODE_TOLOWER: the simple lowercase mapping, or for characters with a special (multi-character)
 * mapping its first character, which is what toLowerCase()'s first code point gives.
 */
export function lowerUnicode(ch: number): number {
  if (ch < 0x80) return ch >= 0x41 && ch <= 0x5a ? ch + 32 : ch;
  if (ch > 0xffff) return ch > 0x10ffff ? ch : firstCodePoint(String.fromCodePoint(ch).toLowerCase());
  let t = bmpLower;
  if (t === null) {
    t = bmpLower = new Int32Array(0x10000);
    t.fill(-1);
  }
  let r = t[ch];
  if (r < 0) r = t[ch] = ch >= 0xd800 && ch <= 0xdfff ? ch : firstCodePoint(String.fromCharCode(ch).toLowerCase());
  return r;
}

/** Py_UNICODE_TOUPPER, as lowerUnicode ('ß' gives 'S', the first letter of 'SS'). */
export function upperUnicode(ch: number): number {
  if (ch < 0x80) return ch >= 0x61 && ch <= 0x7a ? ch - 32 : ch;
  if (ch > 0xffff) return ch > 0x10ffff ? ch : firstCodePoint(String.fromCodePoint(ch).toUpperCase());
  let t = bmpUpper;
  if (t === null) {
    t = bmpUpper = new Int32Array(0x10000);
    t.fill(-1);
  }
  let r = t[ch];
  if (r < 0) r = t[ch] = ch >= 0xd800 && ch <= 0xdfff ? ch : firstCodePoint(String.fromCharCode(ch).toUpperCase());
  return r;
}

/** sre_category: is ch in the category with this code? */
export function inCategory(category: number, ch: number): boolean {
  switch (category) {
    case CATEGORY_DIGIT:
      return ch >= 0x30 && ch <= 0x39;
    case CATEGORY_NOT_DIGIT:
      return !(ch >= 0x30 && ch <= 0x39);
    case CATEGORY_SPACE:
      return isAsciiSpace(ch);
    case CATEGORY_NOT_SPACE:
      return !isAsciiSpace(ch);
    case CATEGORY_WORD:
      return isAsciiWord(ch);
    case CATEGORY_NOT_WORD:
      return !isAsciiWord(ch);
    case CATEGORY_LINEBREAK:
      return ch === 0x0a;
    case CATEGORY_NOT_LINEBREAK:
      return ch !== 0x0a;
    case CATEGORY_LOC_WORD:
      return isLocaleWord(ch);
    case CATEGORY_LOC_NOT_WORD:
      return !isLocaleWord(ch);
    case CATEGORY_UNI_DIGIT:
      return isUniDigit(ch);
    case CATEGORY_UNI_NOT_DIGIT:
      return !isUniDigit(ch);
    case CATEGORY_UNI_SPACE:
      return isUniSpace(ch);
    case CATEGORY_UNI_NOT_SPACE:
      return !isUniSpace(ch);
    case CATEGORY_UNI_WORD:
      return isUniWord(ch);
    case CATEGORY_UNI_NOT_WORD:
      return !isUniWord(ch);
    case CATEGORY_UNI_LINEBREAK:
      return isUniLinebreak(ch);
    case CATEGORY_UNI_NOT_LINEBREAK:
      return !isUniLinebreak(ch);
  }
  return false;
}
