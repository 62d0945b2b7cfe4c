// The methods of str: construction (str(x), str(bytes, encoding)), the sequence and comparison
// dunders, printf-style `%` and __format__, and every public str method of CPython 3.14 including
// the str.format / format_map field parser, with CPython's results and error messages.
//
// A str is a JS string, or for instances of subclasses (class S(str)) a PyStrSubclassInstance whose
// `value` is the string; every method accepts both through strOf(). Python indexes by code point:
// index arithmetic uses str_core.ts and converts to UTF-16 offsets only for strings holding astral
// characters. Unicode classes come from JS regex property escapes plus the few tables CPython's
// Unicode database disagrees with them on (the JS engine's Unicode version is used as is).
// Every method that joins pieces checks the seams (str_surrogates.ts): a lone high surrogate meeting
// a lone low one cannot be a JS string, and raises NotImplementedError instead.
// This file and bytes_methods.ts import each other: neither may use the other's exports at module
// evaluation time, only inside functions. No Node modules.

import { sequenceFast } from './sequence_fast.js';
import { fieldInteger } from '../numeric/unicode_decimal.js';
import { PyInstance, PyObject, PyType, PyValue, strType, intType, typeOf, typeName } from './object.js';
import { defMethod, defNew, noArgs, oneArg, argRange, noKwargs, PyNativeFunction } from './native.js';
import { PyStaticMethod } from './descriptors.js';
import { PyTuple } from './tuple.js';
import { PyList } from './list.js';
import { PyDict, dictType } from './dict.js';
import { PySlice } from './slice.js';
import { PyFloat } from './float.js';
import { None, NotImplemented } from './singletons.js';
import { StrIterator } from './iterators.js';
import { PyBaseException, LookupError, newException } from './exceptions.js';
import { strLen, isAstral, strRepr, strHash, strSlice, isPrintableChar, asciiEscape } from './str_core.js';
import { sliceIndices } from './slice_indices.js';
import { checkJoinSeams, checkSeam, concatStr } from './str_surrogates.js';
import { unicode16Class, LOWERCASE_IN_16_ONLY, isCaseFrozen, RE_HAS_CASE_FROZEN } from './str_unicode16.js';
import {
  clinicArgs, strParam, ssizeParam, rangeParam, encodeString, decodeBytes, bytesLikeData, KwArgs,
} from './bytes_methods.js';
import { PyBytes } from './bytes.js';
import { repr, str as strOfValue, getItem, getIter, iterNext, asIndex, truthy } from '../runtime/protocols.js';
import { getAttr, callSpecial } from '../runtime/attributes.js';
import { formatValue } from '../opcodes/formatting.js';
import { percentFormat, PercentOps } from '../numeric/percent_format.js';
import { formatStr } from '../numeric/format_spec.js';
import { typeError, valueError, indexError, overflowError, memoryError } from '../runtime/raise.js';

// ---- the value of a str -----------------------------------------------------------------------------

/** An instance of a subclass of str: the Python object carrying its string value. */
export class PyStrSubclassInstance extends PyInstance {
  constructor(
    cls: PyType,
    public value: string,
  ) {
    super(cls);
  }
}
strType.allocate = (cls) => new PyStrSubclassInstance(cls, '');

/** The string of a str or str-subclass receiver. */
export function strOf(self: PyValue): string {
  if (typeof self === 'string') return self;
  if (self instanceof PyStrSubclassInstance) return self.value;
  throw typeError(`descriptor requires a 'str' object but received '${typeName(self)}'`);
}

/** The string of a str argument (exact or subclass), or null for anything else. */
export function asStr(v: PyValue): string | null {
  if (typeof v === 'string') return v;
  if (v instanceof PyStrSubclassInstance) return v.value;
  return null;
}

/** The type name in an Argument Clinic "argument must be X, not Y" message (None is named as such). */
export function clinicTypeName(v: PyValue): string {
  return v === None ? 'None' : typeName(v);
}

/** A str argument; `prefix` names a clinic-checked argument ("count() argument 1 "), else ''. */
function mustBeStr(v: PyValue, prefix: string): string {
  const s = asStr(v);
  if (s === null) throw typeError(`${prefix}must be str, not ${prefix === '' ? typeName(v) : clinicTypeName(v)}`);
  return s;
}

// ---- code points ------------------------------------------------------------------------------------

function isHigh(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}
function isLow(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/** UTF-16 offset of code point index `cp` (clamped to the string) in an astral string. */
function unitOffset(s: string, cp: number): number {
  let u = 0;
  for (let k = 0; k < cp && u < s.length; k++) {
    u += isHigh(s.charCodeAt(u)) && u + 1 < s.length && isLow(s.charCodeAt(u + 1)) ? 2 : 1;
  }
  return u;
}

/** Code point index of UTF-16 offset `u` in an astral string. */
function cpIndex(s: string, u: number): number {
  let n = 0;
  for (let i = 0; i < u; i++) {
    if (isHigh(s.charCodeAt(i)) && i + 1 < s.length && isLow(s.charCodeAt(i + 1))) i++;
    n++;
  }
  return n;
}

/** ADJUST_INDICES: clip end to len, make negative start/end relative. Results in module state. */
let adjStart = 0;
let adjEnd = 0;
function adjust(start: number, end: number, len: number): void {
  if (end > len) end = len;
  else if (end < 0) {
    end += len;
    if (end < 0) end = 0;
  }
  if (start < 0) {
    start += len;
    if (start < 0) start = 0;
  }
  adjStart = start;
  adjEnd = end;
}

/** Code-point order comparison of two JS strings (UTF-16 order differs above U+E000). */
export function compareStr(a: string, b: string): number {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    let x = a.charCodeAt(i);
    let y = b.charCodeAt(i);
    if (x !== y) {
      // Surrogates (astral characters) sort after every BMP unit when compared by code point.
      if (x >= 0xd800) x = x >= 0xe000 ? x - 0x800 : x + 0x2000;
      if (y >= 0xd800) y = y >= 0xe000 ? y - 0x800 : y + 0x2000;
      return x - y;
    }
  }
  return a.length - b.length;
}

// ---- Unicode character classes ----------------------------------------------------------------------

/** Py_UNICODE_ISSPACE for a UTF-16 unit (all whitespace is in the BMP). */
export function isSpaceUnit(c: number): boolean {
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d) || (c >= 0x1c && c <= 0x1f);
  return c === 0x85 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 ||
    c === 0x202f || c === 0x205f || c === 0x3000;
}

/** Line boundaries of str.splitlines (all BMP). */
function isLineBreak(c: number): boolean {
  return (c >= 0x0a && c <= 0x0d) || (c >= 0x1c && c <= 0x1e) || c === 0x85 || c === 0x2028 || c === 0x2029;
}

// Built as set differences (`v` flag) with the characters Unicode 17.0 added, so that they answer
// as CPython 3.14's Unicode 16.0 tables do whatever the JS engine's version (see str_unicode16.ts).
const RE_ALPHA = new RegExp(`^${unicode16Class('\\p{L}')}+$`, 'v');
const RE_DECIMAL = new RegExp(`^${unicode16Class('\\p{Nd}')}+$`, 'v');
const RE_ND = new RegExp(unicode16Class('\\p{Nd}'), 'v');
const RE_N = new RegExp(unicode16Class('\\p{N}'), 'v');
const RE_L = new RegExp(unicode16Class('\\p{L}'), 'v');
const RE_UPPER = new RegExp(unicode16Class('\\p{Uppercase}'), 'v');
const RE_LOWER = new RegExp(unicode16Class('\\p{Lowercase}', LOWERCASE_IN_16_ONLY), 'v');
const RE_LT = new RegExp(unicode16Class('\\p{Lt}'), 'v');
const RE_CASED = new RegExp(unicode16Class('\\p{Cased}', LOWERCASE_IN_16_ONLY), 'v');
const RE_CASE_IGNORABLE = new RegExp(unicode16Class('\\p{Case_Ignorable}'), 'v');
const RE_IDENTIFIER = new RegExp(
  `^[${unicode16Class('\\p{XID_Start}')}_]${unicode16Class('\\p{XID_Continue}')}*$`, 'v');

/** Code points with Numeric_Type=Digit that are not decimal (superscripts, circled digits...). */
const DIGIT_RANGES = [
  0xb2, 0xb3, 0xb9, 0xb9, 0x1369, 0x1371, 0x19da, 0x19da, 0x2070, 0x2070, 0x2074, 0x2079, 0x2080, 0x2089,
  0x2460, 0x2468, 0x2474, 0x247c, 0x2488, 0x2490, 0x24ea, 0x24ea, 0x24f5, 0x24fd, 0x24ff, 0x24ff,
  0x2776, 0x277e, 0x2780, 0x2788, 0x278a, 0x2792, 0x10a40, 0x10a43, 0x10e60, 0x10e68, 0x11052, 0x1105a,
  0x1f100, 0x1f10a,
];

/** Numeric CJK ideographs (Numeric_Type=Numeric but general category Lo). */
const HAN_NUMERIC = new Set([
  0x3405, 0x3483, 0x382a, 0x3b4d, 0x4e00, 0x4e03, 0x4e07, 0x4e09, 0x4e24, 0x4e5d, 0x4e8c, 0x4e94, 0x4e96,
  0x4eac, 0x4ebf, 0x4ec0, 0x4edf, 0x4ee8, 0x4f0d, 0x4f70, 0x4fe9, 0x5006, 0x5104, 0x5146, 0x5169, 0x516b,
  0x516d, 0x5341, 0x5343, 0x5344, 0x5345, 0x534c, 0x53c1, 0x53c2, 0x53c3, 0x53c4, 0x56db, 0x58f1, 0x58f9,
  0x5e7a, 0x5efe, 0x5eff, 0x5f0c, 0x5f0d, 0x5f0e, 0x5f10, 0x62d0, 0x62fe, 0x634c, 0x67d2, 0x6d1e, 0x6f06,
  0x7396, 0x767e, 0x7695, 0x79ed, 0x8086, 0x842c, 0x8cae, 0x8cb3, 0x8d30, 0x920e, 0x94a9, 0x9621, 0x9646,
  0x964c, 0x9678, 0x96f6, 0xf96b, 0xf973, 0xf978, 0xf9b2, 0xf9d1, 0xf9d3, 0xf9fd, 0x20001, 0x20064,
  0x200e2, 0x20121, 0x2092a, 0x20983, 0x2098c, 0x2099c, 0x20aea, 0x20afd, 0x20b19, 0x22390, 0x22998,
  0x23b1b, 0x2626d, 0x2f890,
]);

function inRanges(cp: number, ranges: readonly number[]): boolean {
  for (let i = 0; i < ranges.length; i += 2) {
    if (cp < ranges[i]) return false;
    if (cp <= ranges[i + 1]) return true;
  }
  return false;
}

function isDigitChar(ch: string, cp: number): boolean {
  return RE_ND.test(ch) || inRanges(cp, DIGIT_RANGES);
}

function isNumericChar(ch: string, cp: number): boolean {
  return RE_N.test(ch) || HAN_NUMERIC.has(cp);
}

function isAsciiString(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 0x80) return false;
  return true;
}

// ---- case mapping -----------------------------------------------------------------------------------

/** _PyUnicode_ToTitleFull for one code point. */
function titleChar(ch: string, cp: number): string {
  if (cp < 0x80) return cp >= 0x61 && cp <= 0x7a ? String.fromCharCode(cp - 32) : ch;
  if (cp >= 0x10d0 && cp <= 0x10ff) return ch; // Georgian Mkhedruli has no titlecase form.
  if (isCaseFrozen(cp)) return ch;
  if (cp >= 0x1c4 && cp <= 0x1cc) return String.fromCharCode(0x1c5 + 3 * Math.floor((cp - 0x1c4) / 3));
  if (cp >= 0x1f1 && cp <= 0x1f3) return '\u01f2';
  if (cp >= 0x1f80 && cp <= 0x1faf) return String.fromCharCode(cp | 8);
  if (cp === 0x1fb3 || cp === 0x1fc3 || cp === 0x1ff3) return String.fromCharCode(cp + 9);
  if (cp === 0x1fbc || cp === 0x1fcc || cp === 0x1ffc) return ch;
  const up = ch.toUpperCase();
  if (up.length === ch.length) return up;
  if (cp >= 0x1fb0 && cp <= 0x1fff && up.charCodeAt(up.length - 1) === 0x399) {
    // Iota subscript stays a combining ypogegrammeni in titlecase.
    return up.slice(0, -1) + '\u0345';
  }
  if (cp === 0xdf || cp === 0x587 || (cp >= 0xfb00 && cp <= 0xfb06) || (cp >= 0xfb13 && cp <= 0xfb17)) {
    // Ligatures: only the first letter is capital ('ß' -> 'Ss', 'ﬁ' -> 'Fi').
    const first = String.fromCodePoint(up.codePointAt(0)!);
    return first + up.slice(first.length).toLowerCase();
  }
  return up;
}

/** Case folding of one code point (str.casefold), where it differs from lower(upper(c)). */
function foldChar(ch: string, cp: number): string {
  if (cp < 0x80) return cp >= 0x41 && cp <= 0x5a ? String.fromCharCode(cp + 32) : ch;
  if (cp === 0x131 || isCaseFrozen(cp)) return ch;
  if (cp === 0x1e9e) return 'ss';
  if (cp >= 0x13a0 && cp <= 0x13f5) return ch; // Cherokee folds to its uppercase letters.
  if (cp >= 0x13f8 && cp <= 0x13fd) return String.fromCharCode(cp - 8);
  if (cp >= 0xab70 && cp <= 0xabbf) return String.fromCharCode(cp - 0xab70 + 0x13a0);
  return ch.toUpperCase().toLowerCase();
}

/** Final_Sigma: U+03A3 at unit offset i of s lowercases to 'ς' at the end of a word, else 'σ'. */
function lowerSigma(s: string, i: number): string {
  let j = i - 1;
  let cased = false;
  while (j >= 0) {
    let start = j;
    if (isLow(s.charCodeAt(j)) && j > 0 && isHigh(s.charCodeAt(j - 1))) start = j - 1;
    const ch = s.slice(start, j + 1);
    if (!RE_CASE_IGNORABLE.test(ch)) {
      cased = RE_CASED.test(ch);
      break;
    }
    j = start - 1;
  }
  if (!cased) return '\u03c3';
  let k = i + 1;
  while (k < s.length) {
    const cp = s.codePointAt(k)!;
    const ch = String.fromCodePoint(cp);
    if (!RE_CASE_IGNORABLE.test(ch)) return RE_CASED.test(ch) ? '\u03c3' : '\u03c2';
    k += ch.length;
  }
  return '\u03c2';
}

/** lower() of the code point at unit offset i of s, with the Final_Sigma context. */
function lowerAt(s: string, i: number, ch: string, cp: number): string {
  if (cp < 0x80) return cp >= 0x41 && cp <= 0x5a ? String.fromCharCode(cp + 32) : ch;
  if (cp === 0x3a3) return lowerSigma(s, i);
  if (isCaseFrozen(cp)) return ch;
  return ch.toLowerCase();
}

function upperChar(ch: string, cp: number): string {
  if (cp < 0x80) return cp >= 0x61 && cp <= 0x7a ? String.fromCharCode(cp - 32) : ch;
  if (isCaseFrozen(cp)) return ch;
  return ch.toUpperCase();
}

function isUpperChar(ch: string, cp: number): boolean {
  if (cp < 0x80) return cp >= 0x41 && cp <= 0x5a;
  return RE_UPPER.test(ch);
}
function isLowerChar(ch: string, cp: number): boolean {
  if (cp < 0x80) return cp >= 0x61 && cp <= 0x7a;
  return RE_LOWER.test(ch);
}
function isTitleChar(ch: string, cp: number): boolean {
  return cp >= 0x80 && RE_LT.test(ch);
}
function isCasedChar(ch: string, cp: number): boolean {
  if (cp < 0x80) return (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a);
  return RE_CASED.test(ch);
}

/** upper()/lower() of a string holding characters whose 17.0 case pairs CPython lacks: those stay. */
function mapKeepingFrozen(s: string, upper: boolean): string {
  let out = '';
  let run = 0;
  for (let i = 0; i < s.length; ) {
    const cp = s.codePointAt(i)!;
    const n = cp > 0xffff ? 2 : 1;
    if (isCaseFrozen(cp)) {
      // The run before it is mapped as a whole, so that Final_Sigma sees its context.
      const part = s.slice(run, i);
      out += (upper ? part.toUpperCase() : part.toLowerCase()) + s.slice(i, i + n);
      run = i + n;
    }
    i += n;
  }
  const rest = s.slice(run);
  return out + (upper ? rest.toUpperCase() : rest.toLowerCase());
}

function strCapitalize(s: string): string {
  if (s.length === 0) return s;
  const cp = s.codePointAt(0)!;
  const first = String.fromCodePoint(cp);
  let out = titleChar(first, cp);
  for (let i = first.length; i < s.length; ) {
    const c = s.codePointAt(i)!;
    const ch = c > 0xffff ? s.slice(i, i + 2) : s[i];
    out += lowerAt(s, i, ch, c);
    i += ch.length;
  }
  return out;
}

function strTitle(s: string): string {
  let out = '';
  let prevCased = false;
  for (let i = 0; i < s.length; ) {
    const c = s.codePointAt(i)!;
    const ch = c > 0xffff ? s.slice(i, i + 2) : s[i];
    out += prevCased ? lowerAt(s, i, ch, c) : titleChar(ch, c);
    prevCased = isCasedChar(ch, c);
    i += ch.length;
  }
  return out;
}

function strSwapcase(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; ) {
    const c = s.codePointAt(i)!;
    const ch = c > 0xffff ? s.slice(i, i + 2) : s[i];
    if (isUpperChar(ch, c)) out += lowerAt(s, i, ch, c);
    else if (isLowerChar(ch, c)) out += upperChar(ch, c);
    else out += ch;
    i += ch.length;
  }
  return out;
}

function strCasefold(s: string): string {
  if (isAsciiString(s)) return s.toLowerCase();
  let out = '';
  for (const ch of s) out += foldChar(ch, ch.codePointAt(0)!);
  return out;
}

// ---- predicates -------------------------------------------------------------------------------------

function everyChar(s: string, pred: (ch: string, cp: number) => boolean): boolean {
  if (s.length === 0) return false;
  for (const ch of s) if (!pred(ch, ch.codePointAt(0)!)) return false;
  return true;
}

function strIsAlpha(s: string): boolean {
  if (s.length === 0) return false;
  if (isAsciiString(s)) {
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i) | 0x20;
      if (c < 0x61 || c > 0x7a) return false;
    }
    return true;
  }
  return RE_ALPHA.test(s);
}

function strIsDecimal(s: string): boolean {
  if (s.length === 0) return false;
  if (isAsciiString(s)) {
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c < 0x30 || c > 0x39) return false;
    }
    return true;
  }
  return RE_DECIMAL.test(s);
}

function isAlnumChar(ch: string, cp: number): boolean {
  if (cp < 0x80) return (cp >= 0x30 && cp <= 0x39) || ((cp | 0x20) >= 0x61 && (cp | 0x20) <= 0x7a);
  return RE_L.test(ch) || isNumericChar(ch, cp);
}

function strIsLower(s: string): boolean {
  let cased = false;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (isUpperChar(ch, cp) || isTitleChar(ch, cp)) return false;
    if (!cased && isLowerChar(ch, cp)) cased = true;
  }
  return cased;
}

function strIsUpper(s: string): boolean {
  let cased = false;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (isLowerChar(ch, cp) || isTitleChar(ch, cp)) return false;
    if (!cased && isUpperChar(ch, cp)) cased = true;
  }
  return cased;
}

function strIsTitle(s: string): boolean {
  let cased = false;
  let prevCased = false;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (isUpperChar(ch, cp) || isTitleChar(ch, cp)) {
      if (prevCased) return false;
      prevCased = true;
      cased = true;
    } else if (isLowerChar(ch, cp)) {
      if (!prevCased) return false;
      prevCased = true;
      cased = true;
    } else {
      prevCased = false;
    }
  }
  return cased;
}

function strIsSpace(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) if (!isSpaceUnit(s.charCodeAt(i))) return false;
  return true;
}

function strIsPrintable(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x20 && c < 0x7f) continue;
    if (c < 0xa0) return false;
    for (const ch of s.slice(i)) if (!isPrintableChar(ch)) return false;
    return true;
  }
  return true;
}

// ---- searching --------------------------------------------------------------------------------------

/** Index (code points) of sub in s[start:end] from the left or right, or -1 (stringlib find). */
function findIn(s: string, sub: string, startArg: PyValue | undefined, endArg: PyValue | undefined, reverse: boolean): number {
  const astral = isAstral(s);
  const len = astral ? strLen(s) : s.length;
  adjust(rangeParam(startArg, 0), rangeParam(endArg, len), len);
  const start = adjStart;
  const end = adjEnd;
  const subLen = astral || isAstral(sub) ? strLen(sub) : sub.length;
  if (end - start < subLen) return -1;
  if (!astral) {
    if (reverse) {
      const i = s.lastIndexOf(sub, end - sub.length);
      return i >= start ? i : -1;
    }
    const i = s.indexOf(sub, start);
    return i >= 0 && i + sub.length <= end ? i : -1;
  }
  const us = unitOffset(s, start);
  const ue = unitOffset(s, end);
  let i: number;
  if (reverse) {
    i = s.lastIndexOf(sub, ue - sub.length);
    if (i < us) return -1;
  } else {
    i = s.indexOf(sub, us);
    if (i < 0 || i + sub.length > ue) return -1;
  }
  return cpIndex(s, i);
}

function countIn(s: string, sub: string, startArg: PyValue | undefined, endArg: PyValue | undefined): number {
  const astral = isAstral(s);
  const len = astral ? strLen(s) : s.length;
  adjust(rangeParam(startArg, 0), rangeParam(endArg, len), len);
  let start = adjStart;
  let end = adjEnd;
  const subLen = astral || isAstral(sub) ? strLen(sub) : sub.length;
  if (end - start < subLen) return 0;
  if (subLen === 0) return end - start + 1;
  if (astral) {
    start = unitOffset(s, start);
    end = unitOffset(s, end);
  }
  let n = 0;
  for (let i = s.indexOf(sub, start); i >= 0 && i + sub.length <= end; i = s.indexOf(sub, i + sub.length)) n++;
  return n;
}

/** startswith/endswith of one prefix within s[start:end]. */
function tailMatch(s: string, sub: string, startArg: PyValue | undefined, endArg: PyValue | undefined, atEnd: boolean): boolean {
  const astral = isAstral(s);
  const len = astral ? strLen(s) : s.length;
  adjust(rangeParam(startArg, 0), rangeParam(endArg, 0x7fffffffffffffff), len);
  let start = adjStart;
  let end = adjEnd;
  const subLen = astral || isAstral(sub) ? strLen(sub) : sub.length;
  end -= subLen;
  if (end < start) return false;
  if (subLen === 0) return true;
  if (astral) {
    start = unitOffset(s, start);
    end = unitOffset(s, end);
  }
  return s.startsWith(sub, atEnd ? end : start);
}

function startsEnds(self: PyValue, args: PyValue[], kwargs: KwArgs, name: string, atEnd: boolean): boolean {
  noKwargs(`str.${name}`, kwargs);
  argRange(name, args, null, 1, 3);
  const s = strOf(self);
  const p = args[0];
  if (p instanceof PyTuple) {
    for (const item of p.items) {
      const t = asStr(item);
      if (t === null) throw typeError(`tuple for ${name} must only contain str, not ${typeName(item)}`);
      if (tailMatch(s, t, args[1], args[2], atEnd)) return true;
    }
    return false;
  }
  const t = asStr(p);
  if (t === null) throw typeError(`${name} first arg must be str or a tuple of str, not ${typeName(p)}`);
  return tailMatch(s, t, args[1], args[2], atEnd);
}

function findMethod(self: PyValue, args: PyValue[], kwargs: KwArgs, name: string, reverse: boolean): number {
  noKwargs(`str.${name}`, kwargs);
  argRange(name, args, null, 1, 3);
  const sub = mustBeStr(args[0], `${name}() argument 1 `);
  return findIn(strOf(self), sub, args[1], args[2], reverse);
}

// ---- splitting, stripping, replacing ----------------------------------------------------------------

const SPLIT_NAMES = ['sep', 'maxsplit'];

/** The (sep, maxsplit) of split/rsplit; maxsplit -1 means no limit. */
function splitArgs(args: PyValue[], kwargs: KwArgs, fname: string): [string | null, number] {
  const a = clinicArgs(fname, SPLIT_NAMES, 0, 0, 2, args, kwargs);
  let sep: string | null = null;
  if (a[0] !== undefined && a[0] !== None) {
    sep = asStr(a[0]);
    if (sep === null) throw typeError(`must be str or None, not ${typeName(a[0])}`);
    if (sep.length === 0) throw valueError('empty separator');
  }
  const m = a[1] === undefined ? -1 : ssizeParam(a[1]);
  return [sep, m < 0 ? -1 : m];
}

function splitWhitespace(s: string, maxsplit: number): PyValue[] {
  const out: PyValue[] = [];
  const n = s.length;
  let i = 0;
  while (maxsplit-- !== 0) {
    while (i < n && isSpaceUnit(s.charCodeAt(i))) i++;
    if (i === n) return out;
    const j = i;
    i++;
    while (i < n && !isSpaceUnit(s.charCodeAt(i))) i++;
    out.push(j === 0 && i === n ? s : s.slice(j, i));
  }
  while (i < n && isSpaceUnit(s.charCodeAt(i))) i++;
  if (i < n) out.push(s.slice(i));
  return out;
}

function rsplitWhitespace(s: string, maxsplit: number): PyValue[] {
  const out: PyValue[] = [];
  let i = s.length - 1;
  while (maxsplit-- !== 0) {
    while (i >= 0 && isSpaceUnit(s.charCodeAt(i))) i--;
    if (i < 0) break;
    const j = i;
    i--;
    while (i >= 0 && !isSpaceUnit(s.charCodeAt(i))) i--;
    out.push(s.slice(i + 1, j + 1));
  }
  if (i >= 0) {
    while (i >= 0 && isSpaceUnit(s.charCodeAt(i))) i--;
    if (i >= 0) out.push(s.slice(0, i + 1));
  }
  out.reverse();
  return out;
}

function strSplit(self: PyValue, args: PyValue[], kwargs: KwArgs): PyValue {
  const [sep, maxsplit] = splitArgs(args, kwargs, 'split');
  const s = strOf(self);
  if (sep === null) return new PyList(splitWhitespace(s, maxsplit));
  const out: PyValue[] = [];
  let i = 0;
  let left = maxsplit;
  while (left-- !== 0) {
    const j = s.indexOf(sep, i);
    if (j < 0) break;
    out.push(s.slice(i, j));
    i = j + sep.length;
  }
  out.push(i === 0 ? s : s.slice(i));
  return new PyList(out);
}

function strRsplit(self: PyValue, args: PyValue[], kwargs: KwArgs): PyValue {
  const [sep, maxsplit] = splitArgs(args, kwargs, 'rsplit');
  const s = strOf(self);
  if (sep === null) return new PyList(rsplitWhitespace(s, maxsplit));
  const out: PyValue[] = [];
  let j = s.length;
  let left = maxsplit;
  while (left-- !== 0) {
    if (j < sep.length) break;
    const i = s.lastIndexOf(sep, j - sep.length);
    if (i < 0) break;
    out.push(s.slice(i + sep.length, j));
    j = i;
  }
  out.push(s.slice(0, j));
  out.reverse();
  return new PyList(out);
}

function strSplitlines(self: PyValue, args: PyValue[], kwargs: KwArgs): PyValue {
  const a = clinicArgs('splitlines', ['keepends'], 0, 0, 1, args, kwargs);
  const keepends = a[0] === undefined ? false : truthy(a[0]);
  const s = strOf(self);
  const out: PyValue[] = [];
  const n = s.length;
  let i = 0;
  while (i < n) {
    const j = i;
    while (i < n && !isLineBreak(s.charCodeAt(i))) i++;
    let eol = i;
    if (i < n) {
      if (s.charCodeAt(i) === 0x0d && i + 1 < n && s.charCodeAt(i + 1) === 0x0a) i += 2;
      else i++;
      if (keepends) eol = i;
    }
    out.push(s.slice(j, eol));
  }
  return new PyList(out);
}

function strStrip(self: PyValue, args: PyValue[], kwargs: KwArgs, name: string, left: boolean, right: boolean): PyValue {
  noKwargs(`str.${name}`, kwargs);
  argRange(name, args, null, 0, 1);
  const s = strOf(self);
  let i = 0;
  let j = s.length;
  const cv = args.length > 0 ? args[0] : None;
  if (cv === None) {
    if (left) while (i < j && isSpaceUnit(s.charCodeAt(i))) i++;
    if (right) while (j > i && isSpaceUnit(s.charCodeAt(j - 1))) j--;
    return i === 0 && j === s.length ? s : s.slice(i, j);
  }
  const chars = asStr(cv);
  if (chars === null) throw typeError(`${name} arg must be None or str`);
  if (!isAstral(chars) && !isAstral(s)) {
    if (left) while (i < j && chars.indexOf(s[i]) >= 0) i++;
    if (right) while (j > i && chars.indexOf(s[j - 1]) >= 0) j--;
    return i === 0 && j === s.length ? s : s.slice(i, j);
  }
  const set = new Set(Array.from(chars));
  const cps = Array.from(s);
  let a = 0;
  let b = cps.length;
  if (left) while (a < b && set.has(cps[a])) a++;
  if (right) while (b > a && set.has(cps[b - 1])) b--;
  return cps.slice(a, b).join('');
}

function strPartition(self: PyValue, args: PyValue[], kwargs: KwArgs, name: string, reverse: boolean): PyValue {
  const sepv = oneArg(`str.${name}`, args, kwargs);
  const s = strOf(self);
  const sep = mustBeStr(sepv, '');
  if (sep.length === 0) throw valueError('empty separator');
  const i = reverse ? s.lastIndexOf(sep) : s.indexOf(sep);
  if (i < 0) return reverse ? new PyTuple(['', '', s]) : new PyTuple([s, '', '']);
  return new PyTuple([s.slice(0, i), sep, s.slice(i + sep.length)]);
}

/** str.replace with CPython's count semantics (count < 0: all; '' inserts between code points). */
export function strReplace(s: string, old: string, rep: string, count: number): string {
  if (count < 0) count = Infinity;
  if (count === 0) return s;
  if (old.length === 0) {
    let out = '';
    let i = 0;
    const n = s.length;
    while (i < n && count > 0) {
      out = concatStr(out, rep);
      const step = isHigh(s.charCodeAt(i)) && i + 1 < n && isLow(s.charCodeAt(i + 1)) ? 2 : 1;
      out = concatStr(out, s.slice(i, i + step));
      i += step;
      count--;
    }
    if (i < n) return concatStr(out, s.slice(i));
    if (count > 0) out = concatStr(out, rep);
    return out;
  }
  let out = '';
  let i = 0;
  while (count > 0) {
    const j = s.indexOf(old, i);
    if (j < 0) break;
    out = concatStr(concatStr(out, s.slice(i, j)), rep);
    i = j + old.length;
    count--;
  }
  if (i === 0) return s;
  return concatStr(out, s.slice(i));
}

// ---- padding ----------------------------------------------------------------------------------------

function fillChar(v: PyValue | undefined): string {
  if (v === undefined) return ' ';
  const s = asStr(v);
  if (s === null) throw typeError(`The fill character must be a unicode character, not ${typeName(v)}`);
  if (s.length === 0 || s.length > 2 || (s.length === 2 && !(isHigh(s.charCodeAt(0)) && isLow(s.charCodeAt(1))))) {
    throw typeError('The fill character must be exactly one character long');
  }
  return s;
}

function repeatStr(s: string, n: number): string {
  if (n <= 0) return '';
  if (n * s.length > 0x1fffffe8) throw memoryError('');
  return s.repeat(n);
}

function strJustify(self: PyValue, args: PyValue[], kwargs: KwArgs, name: string): string {
  noKwargs(`str.${name}`, kwargs);
  argRange(name, args, null, 1, 2);
  const width = ssizeParam(args[0]);
  const fill = fillChar(args[1]);
  const s = strOf(self);
  const len = strLen(s);
  const marg = width - len;
  if (marg <= 0) return s;
  if (name === 'ljust') return concatStr(s, repeatStr(fill, marg));
  if (name === 'rjust') return concatStr(repeatStr(fill, marg), s);
  const left = Math.floor(marg / 2) + (marg & width & 1);
  return concatStr(concatStr(repeatStr(fill, left), s), repeatStr(fill, marg - left));
}

function strZfill(s: string, width: number): string {
  const len = strLen(s);
  if (len >= width) return s;
  const fill = width - len;
  const c = s.charCodeAt(0);
  if (c === 0x2b || c === 0x2d) return s[0] + repeatStr('0', fill) + s.slice(1);
  return repeatStr('0', fill) + s;
}

function strExpandtabs(s: string, tabsize: number): string {
  if (s.indexOf('\t') < 0) return s;
  let out = '';
  let col = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x09) {
      if (tabsize > 0) {
        const incr = tabsize - (col % tabsize);
        col += incr;
        out += repeatStr(' ', incr);
      }
    } else {
      // A surrogate pair is one column.
      if (!(isLow(c) && i > 0 && isHigh(s.charCodeAt(i - 1)))) {
        col++;
        // A lone low surrogate can meet a lone high one across a tab that tabsize 0 removed.
        if (isLow(c)) checkSeam(out, s[i]);
      }
      out += s[i];
      if (c === 0x0a || c === 0x0d) col = 0;
    }
  }
  return out;
}

// ---- join, translate, maketrans ---------------------------------------------------------------------

export function strJoin(sep: string, iterable: PyValue): string {
  const items = sequenceFast(iterable, 'can only join an iterable');
  const n = items.length;
  if (n === 0) return '';
  let allPlain = true;
  for (let k = 0; k < n; k++) {
    if (typeof items[k] !== 'string') {
      allPlain = false;
      break;
    }
  }
  if (allPlain) {
    checkJoinSeams(items as string[], sep);
    return (items as string[]).join(sep);
  }
  let out = '';
  for (let k = 0; k < n; k++) {
    const x = items[k];
    const t = typeof x === 'string' ? x : asStr(x);
    if (t === null) throw typeError(`sequence item ${k}: expected str instance, ${typeName(x)} found`);
    out = k === 0 ? t : concatStr(concatStr(out, sep), t);
  }
  return out;
}

function isLookupError(e: unknown): boolean {
  return e instanceof PyBaseException && e.cls.isSubtypeOf(LookupError);
}

function translateValue(v: PyValue): string | null {
  if (v === None) return '';
  const t = asStr(v);
  if (t !== null) return t;
  if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean' || (v instanceof PyObject && v.cls.isSubtypeOf(intType))) {
    const i = asIndex(v);
    if (typeof i !== 'number' || i < 0 || i > 0x10ffff) throw valueError('character mapping must be in range(0x110000)');
    return String.fromCodePoint(i);
  }
  throw typeError('character mapping must return integer, None or str');
}

function strTranslate(s: string, table: PyValue): string {
  // Only an exact dict may be read directly: a subclass's __getitem__/__missing__ (defaultdict) must run.
  const dict = table instanceof PyDict && table.cls === dictType ? table : null;
  let out = '';
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    let v: PyValue | undefined;
    if (dict !== null) v = dict.get(cp);
    else {
      try {
        v = getItem(table, cp);
      } catch (e) {
        if (!isLookupError(e)) throw e;
        v = undefined;
      }
    }
    out = concatStr(out, v === undefined ? ch : (translateValue(v) as string));
  }
  return out;
}

function strMaketrans(args: PyValue[], kwargs: KwArgs): PyValue {
  noKwargs('str.maketrans', kwargs);
  argRange('maketrans', args, null, 1, 3);
  const out = new PyDict();
  const x = args[0];
  if (args.length === 1) {
    if (!(x instanceof PyDict)) throw typeError('if you give only one argument to maketrans it must be a dict');
    for (const [k, v] of x.entries()) {
      const ks = asStr(k);
      if (ks !== null) {
        if (strLen(ks) !== 1) throw valueError('string keys in translate table must be of length 1');
        out.set(ks.codePointAt(0)!, v);
      } else if (typeof k === 'number' || typeof k === 'bigint' || typeof k === 'boolean' || (k instanceof PyObject && k.cls.isSubtypeOf(intType))) {
        out.set(asIndex(k), v);
      } else {
        throw typeError('keys in translate table must be strings or integers');
      }
    }
    return out;
  }
  const xs = asStr(x);
  if (xs === null) throw typeError('first maketrans argument must be a string if there is a second argument');
  const ys = asStr(args[1]);
  if (ys === null) throw typeError(`maketrans() argument 2 must be str, not ${clinicTypeName(args[1])}`);
  let zs: string | null = null;
  if (args.length > 2) {
    zs = asStr(args[2]);
    if (zs === null) throw typeError(`maketrans() argument 3 must be str, not ${clinicTypeName(args[2])}`);
  }
  const xc = Array.from(xs);
  const yc = Array.from(ys);
  if (xc.length !== yc.length) throw valueError('the first two maketrans arguments must have equal length');
  for (let i = 0; i < xc.length; i++) out.set(xc[i].codePointAt(0)!, yc[i].codePointAt(0)!);
  if (zs !== null) for (const ch of zs) out.set(ch.codePointAt(0)!, None);
  return out;
}

// ---- str.format / format_map ------------------------------------------------------------------------

const AUTO_INIT = 0;
const AUTO_AUTO = 1;
const AUTO_MANUAL = 2;

/** Where replacement fields get their values, and the auto-numbering state shared with nested specs. */
interface FormatSource {
  args: PyValue[] | null;
  kwargs: KwArgs;
  mapping: PyValue | null;
  autoState: number;
  autoNext: number;
}

function fieldValue(name: string, src: FormatSource): PyValue {
  let k = 0;
  while (k < name.length && name.charCodeAt(k) !== 0x2e && name.charCodeAt(k) !== 0x5b) k++;
  const first = name.slice(0, k);
  let index = Number(fieldInteger(first));
  const empty = first.length === 0;
  const numeric = empty || index !== -1;
  if (numeric) {
    if (src.autoState === AUTO_INIT) src.autoState = empty ? AUTO_AUTO : AUTO_MANUAL;
    if (src.autoState === AUTO_MANUAL) {
      if (empty) throw valueError('cannot switch from manual field specification to automatic field numbering');
    } else if (!empty) {
      throw valueError('cannot switch from automatic field numbering to manual field specification');
    }
    if (empty) index = src.autoNext++;
  }
  let obj: PyValue;
  if (index === -1) {
    const m = src.mapping;
    if (m instanceof PyDict && m.cls === dictType) {
      const v = m.get(first);
      if (v === undefined) throw newException('KeyError', first);
      obj = v;
    } else if (m !== null) obj = getItem(m, first);
    else {
      const v = src.kwargs === null ? undefined : src.kwargs.get(first);
      if (v === undefined) throw newException('KeyError', first);
      obj = v;
    }
  } else {
    if (src.args === null) throw valueError('Format string contains positional fields');
    if (index >= src.args.length) {
      throw indexError(`Replacement index ${index} out of range for positional args tuple`);
    }
    obj = src.args[index];
  }
  // The rest: .attr and [key] lookups.
  let i = k;
  const n = name.length;
  while (i < n) {
    const c = name.charCodeAt(i++);
    let part: string;
    if (c === 0x2e) {
      const st = i;
      while (i < n && name.charCodeAt(i) !== 0x2e && name.charCodeAt(i) !== 0x5b) i++;
      part = name.slice(st, i);
      if (part.length === 0) throw valueError('Empty attribute in format string');
      obj = getAttr(obj, part);
    } else if (c === 0x5b) {
      const st = i;
      while (i < n && name.charCodeAt(i) !== 0x5d) i++;
      if (i >= n) throw valueError("Missing ']' in format string");
      part = name.slice(st, i);
      i++;
      if (part.length === 0) throw valueError('Empty attribute in format string');
      const idx = Number(fieldInteger(part));
      obj = getItem(obj, idx === -1 ? part : idx);
    } else {
      throw valueError("Only '.' or '[' may follow ']' in format field specifier");
    }
  }
  return obj;
}

function convertField(v: PyValue, conversion: number): PyValue {
  switch (conversion) {
    case 0x72: // r
      return repr(v);
    case 0x73: // s
      return strOfValue(v);
    case 0x61: // a
      return asciiEscape(repr(v));
  }
  if (conversion > 32 && conversion < 127) {
    throw valueError(`Unknown conversion specifier ${String.fromCharCode(conversion)}`);
  }
  throw valueError(`Unknown conversion specifier \\x${conversion.toString(16)}`);
}

/** build_string: expand `fmt` with values from `src`; `depth` limits nested specs to two levels. */
function buildFormatString(fmt: string, src: FormatSource, depth: number): string {
  if (depth <= 0) throw valueError('Max string recursion exceeded');
  const n = fmt.length;
  let out = '';
  let i = 0;
  while (i < n) {
    const litStart = i;
    let c = 0;
    let markup = false;
    while (i < n) {
      c = fmt.charCodeAt(i++);
      if (c === 0x7b || c === 0x7d) {
        markup = true;
        break;
      }
    }
    let litEnd = i;
    if (markup) {
      const atEnd = i >= n;
      if (c === 0x7d && (atEnd || fmt.charCodeAt(i) !== 0x7d)) {
        throw valueError("Single '}' encountered in format string");
      }
      if (atEnd && c === 0x7b) throw valueError("Single '{' encountered in format string");
      if (fmt.charCodeAt(i) === c) {
        // An escaped '{{' or '}}': the literal keeps one brace.
        litEnd = i;
        i++;
        markup = false;
      } else {
        litEnd = i - 1;
      }
    }
    if (litEnd > litStart) out = concatStr(out, fmt.slice(litStart, litEnd));
    if (!markup) continue;

    // A replacement field: name, then optional !conversion and :spec.
    const nameStart = i;
    c = 0;
    while (i < n) {
      c = fmt.charCodeAt(i++);
      if (c === 0x7b) throw valueError("unexpected '{' in field name");
      if (c === 0x5b) {
        while (i < n && fmt.charCodeAt(i) !== 0x5d) i++;
        continue;
      }
      if (c === 0x7d || c === 0x3a || c === 0x21) break;
    }
    const name = fmt.slice(nameStart, i - 1);
    let conversion = 0;
    let spec = '';
    let specNeedsExpanding = false;
    if (c === 0x21 || c === 0x3a) {
      let done = false;
      if (c === 0x21) {
        if (i >= n) throw valueError('end of string while looking for conversion specifier');
        conversion = fmt.codePointAt(i)!;
        i += conversion > 0xffff ? 2 : 1;
        if (i < n) {
          const c2 = fmt.charCodeAt(i++);
          if (c2 === 0x7d) done = true;
          else if (c2 !== 0x3a) throw valueError("expected ':' after conversion specifier");
        }
      }
      if (!done) {
        const specStart = i;
        let count = 1;
        while (i < n) {
          const c3 = fmt.charCodeAt(i++);
          if (c3 === 0x7b) {
            specNeedsExpanding = true;
            count++;
          } else if (c3 === 0x7d) {
            count--;
            if (count === 0) {
              spec = fmt.slice(specStart, i - 1);
              done = true;
              break;
            }
          }
        }
        if (!done) throw valueError("unmatched '{' in format spec");
      }
    } else if (c !== 0x7d) {
      throw valueError("expected '}' before end of string");
    }

    let value = fieldValue(name, src);
    if (conversion !== 0) value = convertField(value, conversion);
    if (specNeedsExpanding) spec = buildFormatString(spec, src, depth - 1);
    out = concatStr(out, typeof value === 'string' && spec.length === 0 ? value : formatValue(value, spec));
  }
  return out;
}

/** str.format(*args, **kwargs). */
export function strFormat(fmt: string, args: PyValue[], kwargs: KwArgs): string {
  if (fmt.indexOf('{') < 0 && fmt.indexOf('}') < 0) return fmt;
  return buildFormatString(fmt, { args, kwargs, mapping: null, autoState: AUTO_INIT, autoNext: 0 }, 2);
}

// ---- printf-style formatting ------------------------------------------------------------------------

function intOf(v: PyValue): number | bigint | null {
  switch (typeof v) {
    case 'number':
    case 'bigint':
      return v;
    case 'boolean':
      return v ? 1 : 0;
    case 'string':
      return null;
  }
  if (v.cls.isSubtypeOf(intType)) {
    const inner = (v as unknown as { value?: unknown }).value;
    if (typeof inner === 'number' || typeof inner === 'bigint') return inner;
  }
  return null;
}

function hasSpecial(v: PyValue, name: string): boolean {
  return typeOf(v).lookup(name) !== undefined;
}

function floatToInt(x: number): number | bigint {
  if (Number.isNaN(x)) throw valueError('cannot convert float NaN to integer');
  if (!Number.isFinite(x)) throw overflowError('cannot convert float infinity to integer');
  const t = Math.trunc(x);
  return Number.isSafeInteger(t) ? t + 0 : BigInt(t);
}

/** The PercentOps adapter through which percentFormat reaches Python objects (bytes % builds on it). */
export const percentOps: PercentOps = {
  tupleItems: (v) => (v instanceof PyTuple ? v.items : null),
  isMapping: (v) => v instanceof PyDict || v instanceof PyList || (v instanceof PyObject && !(v instanceof PyTuple) && hasSpecial(v, '__getitem__')),
  getItem(m, key) {
    // An exact dict is read directly; any subclass (defaultdict's __missing__) goes through __getitem__.
    if (m instanceof PyDict && m.cls === dictType) {
      const v = m.get(key);
      if (v === undefined) throw newException('KeyError', key);
      return v;
    }
    return getItem(m as PyValue, key);
  },
  str: (v) => strOfValue(v as PyValue),
  repr: (v) => repr(v as PyValue),
  ascii: (v) => asciiEscape(repr(v as PyValue)),
  typeName: (v) => typeName(v as PyValue),
  intValue: (v) => intOf(v as PyValue),
  asIntForFormat(v, conversion) {
    const pv = v as PyValue;
    const i = intOf(pv);
    if (i !== null) return i;
    if (typeof pv !== 'object') return null;
    if (conversion === 'o' || conversion === 'x' || conversion === 'X') {
      return hasSpecial(pv, '__index__') ? asIndex(pv) : null;
    }
    if (pv instanceof PyFloat) return floatToInt(pv.value);
    if (hasSpecial(pv, '__int__')) {
      const r = callSpecial(pv, '__int__', [])!;
      const ri = intOf(r);
      if (ri === null) throw typeError(`__int__ returned non-int (type ${typeName(r)})`);
      return ri;
    }
    if (hasSpecial(pv, '__index__')) return asIndex(pv);
    return null;
  },
  asFloatForFormat(v) {
    const pv = v as PyValue;
    if (pv instanceof PyFloat) return pv.value;
    const i = intOf(pv);
    if (i !== null) return intToFloat(i);
    if (typeof pv !== 'object') return null;
    if (hasSpecial(pv, '__float__')) {
      const r = callSpecial(pv, '__float__', [])!;
      if (!(r instanceof PyFloat)) {
        throw typeError(`${typeName(pv)}.__float__ returned non-float (type ${typeName(r)})`);
      }
      return r.value;
    }
    if (hasSpecial(pv, '__index__')) return intToFloat(asIndex(pv));
    return null;
  },
  strValue: (v) => asStr(v as PyValue),
  index(v) {
    const pv = v as PyValue;
    const i = intOf(pv);
    if (i !== null) return i;
    return typeof pv === 'object' && hasSpecial(pv, '__index__') ? asIndex(pv) : null;
  },
};

function intToFloat(i: number | bigint): number {
  if (typeof i === 'number') return i;
  const x = Number(i);
  if (!Number.isFinite(x)) throw overflowError('int too large to convert to float');
  return x;
}

// ---- construction -----------------------------------------------------------------------------------

const NEW_NAMES = ['object', 'encoding', 'errors'];

defNew(strType, (cls, args, kwargs) => {
  if ((kwargs === null || kwargs.size === 0) && args.length > 3) {
    throw typeError(`str expected at most 3 arguments, got ${args.length}`);
  }
  const a = clinicArgs('str', NEW_NAMES, 0, 0, 3, args, kwargs);
  const x = a[0];
  let value: string;
  if (a[1] === undefined && a[2] === undefined) {
    value = x === undefined ? '' : strOfValue(x);
  } else {
    const encoding = a[1] === undefined ? 'utf-8' : strParam('str', "'encoding'", a[1]);
    const errors = a[2] === undefined ? 'strict' : strParam('str', "'errors'", a[2]);
    if (x === undefined) value = '';
    else {
      if (asStr(x) !== null) throw typeError('decoding str is not supported');
      const data = bytesLikeData(x);
      if (data === null) throw typeError(`decoding to str: need a bytes-like object, ${typeName(x)} found`);
      value = decodeBytes(data, encoding, errors, x);
    }
  }
  return cls === strType ? value : new PyStrSubclassInstance(cls, value);
});

// ---- dunders ----------------------------------------------------------------------------------------

function heapWithReflected(v: PyValue, name: string): boolean {
  return typeof v === 'object' && v.cls.isHeap && v.cls.lookup(name) !== undefined;
}

defMethod(strType, '__repr__', (self) => strRepr(strOf(self)));
defMethod(strType, '__str__', (self) => strOf(self));
defMethod(strType, '__hash__', (self) => strHash(strOf(self)));
defMethod(strType, '__len__', (self) => strLen(strOf(self)));
defMethod(strType, '__iter__', (self) => new StrIterator(strOf(self), typeof self === 'string'));
defMethod(strType, '__getnewargs__', (self) => new PyTuple([strOf(self)]));

let lastIndexed = '';
let lastCodePoints: string[] = [];

defMethod(strType, '__getitem__', (self, args) => {
  const s = strOf(self);
  const key = args[0];
  let i: number;
  if (typeof key === 'number') i = key;
  else if (key instanceof PySlice) {
    const [start, stop, step, count] = sliceIndices(key, strLen(s));
    return strSlice(s, start, stop, step, count);
  } else if (typeof key === 'boolean' || typeof key === 'bigint' || (typeof key === 'object' && hasSpecial(key, '__index__'))) {
    const n = asIndex(key);
    if (typeof n === 'bigint') throw indexError("cannot fit 'int' into an index-sized integer");
    i = n;
  } else {
    throw typeError(`string indices must be integers, not '${typeName(key)}'`);
  }
  if (!isAstral(s)) {
    if (i < 0) i += s.length;
    if (i < 0 || i >= s.length) throw indexError('string index out of range');
    return s[i];
  }
  // Loops indexing one astral string keep its code points from the previous call.
  if (s !== lastIndexed) {
    lastIndexed = s;
    lastCodePoints = Array.from(s);
  }
  const cps = lastCodePoints;
  if (i < 0) i += cps.length;
  if (i < 0 || i >= cps.length) throw indexError('string index out of range');
  return cps[i];
});

defMethod(strType, '__contains__', (self, args) => {
  const sub = asStr(args[0]);
  if (sub === null) throw typeError(`'in <string>' requires string as left operand, not ${typeName(args[0])}`);
  return strOf(self).includes(sub);
});

defMethod(strType, '__add__', (self, args) => {
  const other = args[0];
  const o = asStr(other);
  if (o === null) {
    if (heapWithReflected(other, '__radd__')) return NotImplemented;
    throw typeError(`can only concatenate str (not "${typeName(other)}") to str`);
  }
  return concatStr(strOf(self), o);
});

function strRepeat(self: PyValue, n: PyValue, reflected: boolean): PyValue {
  if (typeof n !== 'number' && typeof n !== 'boolean' && typeof n !== 'bigint' && !hasSpecial(n, '__index__')) {
    if (!reflected && heapWithReflected(n, '__rmul__')) return NotImplemented;
    throw typeError(`can't multiply sequence by non-int of type '${typeName(n)}'`);
  }
  const count = asIndex(n);
  if (typeof count === 'bigint') throw overflowError("cannot fit 'int' into an index-sized integer");
  const s = strOf(self);
  if (count <= 0 || s.length === 0) return '';
  if (count === 1) return s;
  if (s.length * count > 9223372036854775807) throw overflowError('repeated string is too long');
  checkSeam(s, s);
  return repeatStr(s, count);
}
defMethod(strType, '__mul__', (self, args) => strRepeat(self, args[0], false));
defMethod(strType, '__rmul__', (self, args) => strRepeat(self, args[0], true));

defMethod(strType, '__mod__', (self, args) => percentFormat(strOf(self), args[0], percentOps) as PyValue);
defMethod(strType, '__rmod__', (self, args) => {
  const other = asStr(args[0]);
  if (other === null) return NotImplemented;
  return percentFormat(other, self, percentOps);
});

defMethod(strType, '__format__', (self, args, kwargs) => {
  const spec = oneArg('str.__format__', args, kwargs);
  const sp = asStr(spec);
  if (sp === null) throw typeError(`__format__() argument must be str, not ${clinicTypeName(spec)}`);
  return formatStr(strOf(self), sp, typeName(self));
});

function compareMethod(test: (c: number) => boolean) {
  return (self: PyValue, args: PyValue[]): PyValue => {
    const o = asStr(args[0]);
    if (o === null) return NotImplemented;
    return test(compareStr(strOf(self), o));
  };
}
defMethod(strType, '__eq__', (self, args) => {
  const o = asStr(args[0]);
  if (o === null) return NotImplemented;
  return strOf(self) === o;
});
defMethod(strType, '__ne__', (self, args) => {
  const o = asStr(args[0]);
  if (o === null) return NotImplemented;
  return strOf(self) !== o;
});
defMethod(strType, '__lt__', compareMethod((c) => c < 0));
defMethod(strType, '__le__', compareMethod((c) => c <= 0));
defMethod(strType, '__gt__', compareMethod((c) => c > 0));
defMethod(strType, '__ge__', compareMethod((c) => c >= 0));

// ---- public methods ---------------------------------------------------------------------------------

function defNoArgs(name: string, fn: (s: string) => PyValue): void {
  const fname = `str.${name}`;
  defMethod(strType, name, (self, args, kwargs) => {
    if (args.length !== 0 || kwargs !== null) noArgs(fname, args, kwargs);
    return fn(strOf(self));
  });
}

defNoArgs('lower', (s) => (RE_HAS_CASE_FROZEN.test(s) ? mapKeepingFrozen(s, false) : s.toLowerCase()));
defNoArgs('upper', (s) => (RE_HAS_CASE_FROZEN.test(s) ? mapKeepingFrozen(s, true) : s.toUpperCase()));
defNoArgs('casefold', strCasefold);
defNoArgs('capitalize', strCapitalize);
defNoArgs('title', strTitle);
defNoArgs('swapcase', strSwapcase);
defNoArgs('isalpha', strIsAlpha);
defNoArgs('isalnum', (s) => everyChar(s, isAlnumChar));
defNoArgs('isdecimal', strIsDecimal);
defNoArgs('isdigit', (s) => everyChar(s, isDigitChar));
defNoArgs('isnumeric', (s) => everyChar(s, isNumericChar));
defNoArgs('isascii', isAsciiString);
defNoArgs('islower', strIsLower);
defNoArgs('isupper', strIsUpper);
defNoArgs('istitle', strIsTitle);
defNoArgs('isspace', strIsSpace);
defNoArgs('isprintable', strIsPrintable);
defNoArgs('isidentifier', (s) => RE_IDENTIFIER.test(s));

defMethod(strType, 'count', (self, args, kwargs) => {
  noKwargs('str.count', kwargs);
  argRange('count', args, null, 1, 3);
  const sub = mustBeStr(args[0], 'count() argument 1 ');
  return countIn(strOf(self), sub, args[1], args[2]);
});
defMethod(strType, 'find', (self, args, kwargs) => findMethod(self, args, kwargs, 'find', false));
defMethod(strType, 'rfind', (self, args, kwargs) => findMethod(self, args, kwargs, 'rfind', true));
defMethod(strType, 'index', (self, args, kwargs) => {
  const i = findMethod(self, args, kwargs, 'index', false);
  if (i < 0) throw valueError('substring not found');
  return i;
});
defMethod(strType, 'rindex', (self, args, kwargs) => {
  const i = findMethod(self, args, kwargs, 'rindex', true);
  if (i < 0) throw valueError('substring not found');
  return i;
});
defMethod(strType, 'startswith', (self, args, kwargs) => startsEnds(self, args, kwargs, 'startswith', false));
defMethod(strType, 'endswith', (self, args, kwargs) => startsEnds(self, args, kwargs, 'endswith', true));

defMethod(strType, 'split', strSplit);
defMethod(strType, 'rsplit', strRsplit);
defMethod(strType, 'splitlines', strSplitlines);
defMethod(strType, 'strip', (self, args, kwargs) => strStrip(self, args, kwargs, 'strip', true, true));
defMethod(strType, 'lstrip', (self, args, kwargs) => strStrip(self, args, kwargs, 'lstrip', true, false));
defMethod(strType, 'rstrip', (self, args, kwargs) => strStrip(self, args, kwargs, 'rstrip', false, true));
defMethod(strType, 'partition', (self, args, kwargs) => strPartition(self, args, kwargs, 'partition', false));
defMethod(strType, 'rpartition', (self, args, kwargs) => strPartition(self, args, kwargs, 'rpartition', true));

defMethod(strType, 'removeprefix', (self, args, kwargs) => {
  const p = mustBeStr(oneArg('str.removeprefix', args, kwargs), 'removeprefix() argument ');
  const s = strOf(self);
  return p.length > 0 && s.startsWith(p) ? s.slice(p.length) : s;
});
defMethod(strType, 'removesuffix', (self, args, kwargs) => {
  const p = mustBeStr(oneArg('str.removesuffix', args, kwargs), 'removesuffix() argument ');
  const s = strOf(self);
  return p.length > 0 && s.endsWith(p) ? s.slice(0, s.length - p.length) : s;
});

const REPLACE_NAMES = ['old', 'new', 'count'];
defMethod(strType, 'replace', (self, args, kwargs) => {
  const a = clinicArgs('replace', REPLACE_NAMES, 2, 2, 3, args, kwargs);
  const old = mustBeStr(a[0]!, 'replace() argument 1 ');
  const rep = mustBeStr(a[1]!, 'replace() argument 2 ');
  const count = a[2] === undefined ? -1 : ssizeParam(a[2]);
  return strReplace(strOf(self), old, rep, count);
});

defMethod(strType, 'join', (self, args, kwargs) => strJoin(strOf(self), oneArg('str.join', args, kwargs)));

defMethod(strType, 'center', (self, args, kwargs) => strJustify(self, args, kwargs, 'center'));
defMethod(strType, 'ljust', (self, args, kwargs) => strJustify(self, args, kwargs, 'ljust'));
defMethod(strType, 'rjust', (self, args, kwargs) => strJustify(self, args, kwargs, 'rjust'));
defMethod(strType, 'zfill', (self, args, kwargs) => strZfill(strOf(self), ssizeParam(oneArg('str.zfill', args, kwargs))));
defMethod(strType, 'expandtabs', (self, args, kwargs) => {
  const a = clinicArgs('expandtabs', ['tabsize'], 0, 0, 1, args, kwargs);
  return strExpandtabs(strOf(self), a[0] === undefined ? 8 : ssizeParam(a[0]));
});

const ENCODE_NAMES = ['encoding', 'errors'];
defMethod(strType, 'encode', (self, args, kwargs) => {
  const a = clinicArgs('encode', ENCODE_NAMES, 0, 0, 2, args, kwargs);
  const encoding = a[0] === undefined ? 'utf-8' : strParam('encode', "'encoding'", a[0]);
  const errors = a[1] === undefined ? 'strict' : strParam('encode', "'errors'", a[1]);
  return new PyBytes(encodeString(strOf(self), encoding, errors));
});

defMethod(strType, 'translate', (self, args, kwargs) => strTranslate(strOf(self), oneArg('str.translate', args, kwargs)));
strType.attrs.set('maketrans', new PyStaticMethod(new PyNativeFunction('maketrans', strMaketrans, null, 'str.maketrans')));

defMethod(strType, 'format', (self, args, kwargs) => strFormat(strOf(self), args, kwargs));
defMethod(strType, 'format_map', (self, args, kwargs) => {
  const mapping = oneArg('str.format_map', args, kwargs);
  return buildFormatString(strOf(self), { args: null, kwargs: null, mapping, autoState: AUTO_INIT, autoNext: 0 }, 2);
});
