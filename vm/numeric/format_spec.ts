// The format-spec mini-language of format(), str.format() and f-strings, as CPython 3.14 implements it
// for int, bool, float, complex and str: [[fill]align][sign][z][#][0][width][grouping][.[precision][grouping]][type].
//
// Outputs and error types/messages follow CPython exactly, including its quirks (zero padding that is
// grouped, '=' alignment, fill characters outside the BMP, Unicode digits in widths). Widths and
// precisions count code points, not UTF-16 units. Platform-dependent limits are those of a 64-bit
// CPython (C long and Py_ssize_t of 64 bits). The locale is the C locale, so 'n' never groups.
//
// This module takes raw JS values (number/bigint ints, number floats, JS strings); it does not look up
// __format__ or know about subclasses beyond the type name used in messages. No Node imports.

import { memoryError, overflowError, valueError } from '../runtime/raise.js';
import { doubleToString, DTSF_ADD_DOT_0, DTSF_ALT, DTSF_NO_NEG_0, DTSF_SIGN, floatRepr } from './float_repr.js';
// The one int max-str-digits limit lives in int_math.ts; re-exported for this module's callers.
import { intToString, getIntMaxStrDigits, setIntMaxStrDigits } from './int_math.js';
import { decimalDigitValue } from './unicode_decimal.js';
import { codePointArray } from '../objects/code_point_array.js';
import { checkSeam } from '../objects/str_surrogates.js';
export { getIntMaxStrDigits, setIntMaxStrDigits };

/** A parsed format spec. Absent width/precision are -1; absent type is ''. */
export interface FormatSpec {
  readonly fill: string; // one code point (may be two UTF-16 units)
  readonly align: string; // '<' '>' '=' '^'
  readonly sign: string; // '' '+' '-' ' '
  readonly noNeg0: boolean; // 'z'
  readonly alternate: boolean; // '#'
  readonly width: number;
  readonly thousands: string; // '' ',' '_' : separator for the integer part
  readonly precision: number;
  readonly fracThousands: string; // '' ',' '_' : separator for fraction digits (new in 3.14)
  readonly type: string; // one code point, or '' (also for an explicit NUL, as in CPython)
}

const PY_SSIZE_T_MAX = 9223372036854775807n;
const INT_MAX = 2147483647;
/** Longest string we agree to build; beyond it CPython would merely need a lot of memory, we cannot. */
const MAX_TEXT = 0x1fffffe8;

// ---------------------------------------------------------------------------------------------
// Code points.

/** Number of code points of s (a surrogate pair counts once, a lone surrogate once). */
export function codePointLength(s: string): number {
  const n = s.length;
  let count = n;
  for (let i = 0; i < n - 1; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        count--;
        i++;
      }
    }
  }
  return count;
}

/** The first `count` code points of s. */
export function codePointPrefix(s: string, count: number): string {
  const n = s.length;
  let i = 0;
  while (count > 0 && i < n) {
    const c = s.charCodeAt(i);
    i++;
    if (c >= 0xd800 && c <= 0xdbff && i < n) {
      const d = s.charCodeAt(i);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    count--;
  }
  return i >= n ? s : s.slice(0, i);
}

// ---------------------------------------------------------------------------------------------
// Parsing.

function isAlign(c: number): boolean {
  return c === 60 || c === 62 || c === 61 || c === 94; // < > = ^
}

function presentationText(type: string): string {
  const c = type === '' ? 0 : type.codePointAt(0)!;
  return c > 32 && c < 128 ? type : '\\x' + c.toString(16);
}

function invalidSeparator(sep: string, type: string): unknown {
  return valueError(`Cannot specify '${sep}' with '${presentationText(type)}'.`);
}

function unknownPresentation(type: string, typeName: string): unknown {
  return valueError(`Unknown format code '${presentationText(type)}' for object of type '${typeName}'`);
}

const bothSeparators = () => valueError("Cannot specify both ',' and '_'.");

// Result of readInteger, kept in module state to avoid allocating a pair.
let intValue = 0;

/** Reads decimal digits (any Unicode Nd) at cps[pos...]; returns how many, value in intValue. */
function readInteger(cps: number[], pos: number): number {
  let acc = 0;
  let big: bigint | null = null;
  let n = 0;
  for (; pos < cps.length; pos++, n++) {
    const d = decimalDigitValue(cps[pos]);
    if (d < 0) break;
    if (big === null && acc < 9e14) {
      acc = acc * 10 + d;
    } else {
      big = (big ?? BigInt(acc)) * 10n + BigInt(d);
      if (big > PY_SSIZE_T_MAX) throw valueError('Too many decimal digits in format string');
      acc = Number(big);
    }
  }
  intValue = acc;
  return n;
}

/** Parses a format spec the way CPython does for a type whose default presentation type is
 * `defaultType` ('' for float and complex, 'd' for int, 's' for str) and default alignment
 * `defaultAlign` ('>' for numbers, '<' for str). `typeName` appears in error messages. */
export function parseFormatSpec(
  spec: string,
  defaultType = '',
  defaultAlign = '>',
  typeName = 'object',
): FormatSpec {
  const cps = codePointArray(spec);
  const end = cps.length;
  let pos = 0;
  let fill = ' ';
  let align = defaultAlign;
  let alignSpecified = false;
  let fillSpecified = false;
  if (end >= 2 && isAlign(cps[1])) {
    align = String.fromCharCode(cps[1]);
    fill = String.fromCodePoint(cps[0]);
    fillSpecified = alignSpecified = true;
    pos = 2;
  } else if (end >= 1 && isAlign(cps[0])) {
    align = String.fromCharCode(cps[0]);
    alignSpecified = true;
    pos = 1;
  }
  let sign = '';
  if (pos < end && (cps[pos] === 43 || cps[pos] === 45 || cps[pos] === 32)) {
    sign = String.fromCharCode(cps[pos]);
    pos++;
  }
  let noNeg0 = false;
  if (pos < end && cps[pos] === 122) {
    noNeg0 = true;
    pos++;
  }
  let alternate = false;
  if (pos < end && cps[pos] === 35) {
    alternate = true;
    pos++;
  }
  if (!fillSpecified && pos < end && cps[pos] === 48) {
    fill = '0';
    if (!alignSpecified && defaultAlign === '>') align = '=';
    pos++;
  }
  let consumed = readInteger(cps, pos);
  pos += consumed;
  const width = consumed === 0 ? -1 : intValue;

  let thousands = '';
  if (pos < end && cps[pos] === 44) {
    thousands = ',';
    pos++;
  }
  if (pos < end && cps[pos] === 95) {
    if (thousands !== '') throw bothSeparators();
    thousands = '_';
    pos++;
  }
  if (pos < end && cps[pos] === 44 && thousands === '_') throw bothSeparators();

  let precision = -1;
  let fracThousands = '';
  if (pos < end && cps[pos] === 46) {
    pos++;
    consumed = readInteger(cps, pos);
    pos += consumed;
    if (consumed > 0) precision = intValue;
    if (pos < end && cps[pos] === 44) {
      fracThousands = ',';
      pos++;
      consumed++;
    }
    if (pos < end && cps[pos] === 95) {
      if (fracThousands !== '') throw bothSeparators();
      fracThousands = '_';
      pos++;
      consumed++;
    }
    if (pos < end && cps[pos] === 44 && fracThousands === '_') throw bothSeparators();
    if (consumed === 0) throw valueError('Format specifier missing precision');
  }

  if (end - pos > 1) {
    throw valueError(`Invalid format specifier '${spec}' for object of type '${typeName}'`);
  }
  let type = defaultType;
  if (end - pos === 1) type = cps[pos] === 0 ? '' : String.fromCodePoint(cps[pos]);

  if (thousands !== '') {
    switch (type) {
      case 'd':
      case 'e':
      case 'f':
      case 'g':
      case 'E':
      case 'G':
      case '%':
      case 'F':
      case '':
        break;
      case 'b':
      case 'o':
      case 'x':
      case 'X':
        // Underscores group bin/oct/hex digits by four; commas are not allowed there.
        if (thousands === '_') break;
        throw invalidSeparator(thousands, type);
      default:
        throw invalidSeparator(thousands, type);
    }
  }
  if (type === 'n' && fracThousands !== '') throw invalidSeparator(fracThousands, type);

  return { fill, align, sign, noNeg0, alternate, width, thousands, precision, fracThousands, type };
}

// Parsed specs per default (type, align); only successful parses are cached.
const intSpecs = new Map<string, FormatSpec>();
const floatSpecs = new Map<string, FormatSpec>();
const strSpecs = new Map<string, FormatSpec>();

function cachedSpec(
  cache: Map<string, FormatSpec>,
  spec: string,
  defaultType: string,
  defaultAlign: string,
  typeName: string,
): FormatSpec {
  let f = cache.get(spec);
  if (f === undefined) {
    f = parseFormatSpec(spec, defaultType, defaultAlign, typeName);
    if (cache.size >= 512) cache.clear();
    cache.set(spec, f);
  }
  return f;
}

// ---------------------------------------------------------------------------------------------
// Number layout: <lpad><sign><prefix><spad><grouped digits><tail><rpad>, where tail is the decimal
// point, fraction digits and exponent/'%'/'inf' text. Zero padding ('0' fill with '=' alignment)
// is done by the grouping itself, so the padding zeros get separators too.

function repeatFill(fill: string, n: number): string {
  if (n > MAX_TEXT) throw memoryError('');
  return fill.repeat(n);
}

/**
 * Refuses padding that would put a lone-surrogate fill against a lone surrogate of the body
 * (format('\udc00', '\ud800>3')): CPython gives the two code points, which a JS string would read as
 * one astral character (see vm/objects/str_surrogates.ts). `left`/`right` say where fill touches body.
 */
function checkFillSeams(fill: string, body: string, left: boolean, right: boolean): void {
  if (fill.length !== 1) return;
  const c = fill.charCodeAt(0);
  if (c < 0xd800 || c > 0xdfff) return;
  if (left) checkSeam(fill, body);
  if (right) checkSeam(body, fill);
}

/** Inserts `sep` every `group` digits from the right, first left-padding with zeros (which are
 * grouped too) until the result is at least minWidth long. group 0 means no grouping. */
function groupDigits(digits: string, minWidth: number, sep: string, group: number): string {
  const n = digits.length;
  if (group === 0 || sep === '') {
    return minWidth > n ? repeatFill('0', minWidth - n) + digits : digits;
  }
  if (minWidth > MAX_TEXT) throw memoryError('');
  let out = '';
  let end = n;
  let remaining = n;
  let first = true;
  for (;;) {
    const len = Math.min(group, Math.max(remaining, minWidth, 1));
    const nChars = Math.min(remaining, len);
    const nZeros = len - nChars;
    let piece = digits.slice(end - nChars, end);
    if (nZeros > 0) piece = '0'.repeat(nZeros) + piece;
    out = first ? piece : piece + sep + out;
    first = false;
    end -= nChars;
    remaining -= nChars;
    minWidth -= len;
    if (remaining <= 0 && minWidth <= 0) return out;
    minWidth -= sep.length;
  }
}

/** Inserts `sep` every three fraction digits from the left (3.14 fractional grouping). */
function groupFraction(frac: string, sep: string): string {
  if (frac.length <= 3) return frac;
  let out = frac.slice(0, 3);
  for (let i = 3; i < frac.length; i += 3) out += sep + frac.slice(i, i + 3);
  return out;
}

function layoutNumber(
  signMode: string,
  fill: string,
  align: string,
  width: number,
  negative: boolean,
  prefix: string,
  digits: string,
  tail: string,
  tailLen: number,
  sep: string,
  group: number,
): string {
  const signText = negative ? '-' : signMode === '+' ? '+' : signMode === ' ' ? ' ' : '';
  const fixedLen = signText.length + prefix.length + tailLen;
  let grouped = '';
  if (digits.length > 0) {
    const minWidth = fill === '0' && align === '=' ? width - fixedLen : 0;
    grouped = group === 0 && minWidth <= digits.length ? digits : groupDigits(digits, minWidth, sep, group);
  }
  const pad = width - (fixedLen + grouped.length);
  if (pad <= 0) return signText + prefix + grouped + tail;
  // Only a 'c' char (in tail, alone) can be a surrogate in a number's text.
  if (tail.length === 1) checkFillSeams(fill, tail, align !== '<' && (align !== '^' || pad > 1), align === '<' || align === '^');
  switch (align) {
    case '<':
      return signText + prefix + grouped + tail + repeatFill(fill, pad);
    case '^': {
      const left = Math.floor(pad / 2);
      return repeatFill(fill, left) + signText + prefix + grouped + tail + repeatFill(fill, pad - left);
    }
    case '=':
      return signText + prefix + repeatFill(fill, pad) + grouped + tail;
    default:
      return repeatFill(fill, pad) + signText + prefix + grouped + tail;
  }
}

/** Lays out the text of a float (as doubleToString made it, maybe with '%') per the spec's sign,
 * width, fill, alignment and grouping. `signMode`/`width` are passed separately for complex parts. */
function layoutFloatText(
  s: string,
  signMode: string,
  fill: string,
  align: string,
  width: number,
  sep: string,
  fracSep: string,
): string {
  const n = s.length;
  let i = 0;
  const negative = s.charCodeAt(0) === 45;
  if (negative) i = 1;
  let j = i;
  while (j < n && isDigit(s.charCodeAt(j))) j++;
  let tail: string;
  if (fracSep !== '' && j < n && s.charCodeAt(j) === 46) {
    let k = j + 1;
    while (k < n && isDigit(s.charCodeAt(k))) k++;
    tail = '.' + groupFraction(s.slice(j + 1, k), fracSep) + s.slice(k);
  } else {
    tail = s.slice(j);
  }
  return layoutNumber(signMode, fill, align, width, negative, '', s.slice(i, j), tail, tail.length, sep, sep === '' ? 0 : 3);
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

// ---------------------------------------------------------------------------------------------
// int

/** str(int) / repr(int) / format(int, ''): decimal digits, honouring sys.get_int_max_str_digits(). */
export function intToDecimalString(v: number | bigint): string {
  return typeof v === 'number' ? String(v) : intToString(v, 10);
}

/** A Python int as a float (PyNumber_Float): exact for safe ints, correctly rounded for bigints. */
function intToFloat(v: number | bigint): number {
  if (typeof v === 'number') return v;
  const x = Number(v);
  if (x === Infinity || x === -Infinity) throw overflowError('int too large to convert to float');
  return x;
}

const LONG_MAX = 9223372036854775807n;
const LONG_MIN = -9223372036854775808n;

function formatIntPresentation(v: number | bigint, f: FormatSpec): string {
  if (f.precision !== -1) throw valueError('Precision not allowed in integer format specifier');
  if (f.noNeg0) throw valueError('Negative zero coercion (z) not allowed in integer format specifier');
  const type = f.type;
  if (type === 'c') {
    if (f.sign !== '') throw valueError("Sign not allowed with integer format specifier 'c'");
    if (f.alternate) throw valueError("Alternate form (#) not allowed with integer format specifier 'c'");
    if (typeof v === 'bigint' && (v > LONG_MAX || v < LONG_MIN)) {
      throw overflowError('Python int too large to convert to C long');
    }
    if (typeof v === 'bigint' || v < 0 || v > 0x10ffff) throw overflowError('%c arg not in range(0x110000)');
    const ch = String.fromCodePoint(v);
    return layoutNumber(f.sign, f.fill, f.align, f.width, false, '', '', ch, 1, '', 0);
  }
  let base = 10;
  let prefix = '';
  switch (type) {
    case 'b':
      base = 2;
      prefix = '0b';
      break;
    case 'o':
      base = 8;
      prefix = '0o';
      break;
    case 'x':
      base = 16;
      prefix = '0x';
      break;
    case 'X':
      base = 16;
      prefix = '0X';
      break;
  }
  const negative = v < 0;
  let digits: string;
  if (base === 10) {
    digits = intToDecimalString(v);
    if (negative) digits = digits.slice(1);
  } else {
    digits = (negative ? -v : v).toString(base);
    if (type === 'X') digits = digits.toUpperCase();
  }
  if (!f.alternate) prefix = '';
  let sep = '';
  let group = 0;
  if (f.thousands !== '' && type !== 'n') {
    sep = f.thousands;
    group = base === 10 ? 3 : 4;
  }
  if (f.width === -1 && f.sign !== '+' && f.sign !== ' ' && group === 0) {
    return negative ? '-' + prefix + digits : prefix + digits;
  }
  return layoutNumber(f.sign, f.fill, f.align, f.width, negative, prefix, digits, '', 0, sep, group);
}

/** format(v, spec) for a Python int (v normalised: number when safe, else bigint). `typeName` is the
 * object's type for messages ('bool' for True/False, whose value the caller passes as 1/0; note
 * format(True, '') is str(True), which the caller handles). */
export function formatInt(v: number | bigint, spec: string, typeName = 'int'): string {
  if (spec.length === 0) return intToDecimalString(v);
  const f = cachedSpec(intSpecs, spec, 'd', '>', typeName);
  switch (f.type) {
    case 'd':
    case 'b':
    case 'c':
    case 'o':
    case 'x':
    case 'X':
    case 'n':
      return formatIntPresentation(v, f);
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G':
    case '%':
      return formatFloatPresentation(intToFloat(v), f);
    default:
      throw unknownPresentation(f.type, typeName);
  }
}

// ---------------------------------------------------------------------------------------------
// float

function formatFloatPresentation(x: number, f: FormatSpec): string {
  if (f.precision > INT_MAX) throw valueError('precision too big');
  let type: string = f.type;
  let precision = f.precision;
  let flags = 0;
  let defaultPrecision = 6;
  if (f.alternate) flags |= DTSF_ALT;
  if (f.noNeg0) flags |= DTSF_NO_NEG_0;
  if (type === '') {
    // Like repr without a precision; with one, like 'g' but always with a digit after the point.
    flags |= DTSF_ADD_DOT_0;
    type = 'r';
    defaultPrecision = 0;
  } else if (type === 'n') {
    type = 'g';
  }
  let percent = false;
  if (type === '%') {
    type = 'f';
    x *= 100;
    percent = true;
  }
  if (precision < 0) precision = defaultPrecision;
  else if (type === 'r') type = 'g';
  let s = doubleToString(x, type, precision, flags);
  if (percent) s += '%';
  if (f.sign !== '+' && f.sign !== ' ' && f.width === -1 && f.thousands === '' && f.fracThousands === '') {
    return s;
  }
  // 'n' uses the C locale: no grouping.
  const sep = f.type === 'n' ? '' : f.thousands;
  return layoutFloatText(s, f.sign, f.fill, f.align, f.width, sep, f.fracThousands);
}

/** format(x, spec) for a Python float. `typeName` is used in error messages. */
export function formatFloat(x: number, spec: string, typeName = 'float'): string {
  if (spec.length === 0) return floatRepr(x);
  const f = cachedSpec(floatSpecs, spec, '', '>', typeName);
  switch (f.type) {
    case '':
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G':
    case 'n':
    case '%':
      return formatFloatPresentation(x, f);
    default:
      throw unknownPresentation(f.type, typeName);
  }
}

// ---------------------------------------------------------------------------------------------
// complex

/** repr(complex) == str(complex): '(1+2j)', '2j', '(-0-1j)', '(nan+infj)'. */
export function complexRepr(re: number, im: number): string {
  if (re === 0 && 1 / re > 0) return doubleToString(im, 'r', 0, 0) + 'j';
  return '(' + doubleToString(re, 'r', 0, 0) + doubleToString(im, 'r', 0, DTSF_SIGN) + 'j)';
}

/** format(complex(re, im), spec). `typeName` is used in error messages. */
export function formatComplex(re: number, im: number, spec: string, typeName = 'complex'): string {
  if (spec.length === 0) return complexRepr(re, im);
  const f = cachedSpec(floatSpecs, spec, '', '>', typeName);
  switch (f.type) {
    case '':
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G':
    case 'n':
      break;
    default:
      throw unknownPresentation(f.type, typeName);
  }
  if (f.precision > INT_MAX) throw valueError('precision too big');
  if (f.fill === '0') throw valueError('Zero padding is not allowed in complex format specifier');
  if (f.align === '=') throw valueError("'=' alignment flag is not allowed in complex format specifier");
  let type: string = f.type;
  let precision = f.precision;
  let flags = 0;
  let defaultPrecision = 6;
  let skipRe = false;
  let parens = false;
  if (f.alternate) flags |= DTSF_ALT;
  if (f.noNeg0) flags |= DTSF_NO_NEG_0;
  if (type === '') {
    // Like str(): the real part is left out when it is +0, otherwise parentheses.
    type = 'r';
    defaultPrecision = 0;
    if (re === 0 && 1 / re > 0) skipRe = true;
    else parens = true;
  } else if (type === 'n') {
    type = 'g';
  }
  if (precision < 0) precision = defaultPrecision;
  else if (type === 'r') type = 'g';
  const sep = f.type === 'n' ? '' : f.thousands;
  const imText = layoutFloatText(
    doubleToString(im, type, precision, flags),
    skipRe ? f.sign : '+',
    '',
    '<',
    -1,
    sep,
    f.fracThousands,
  );
  let body = imText + 'j';
  if (!skipRe) {
    body = layoutFloatText(doubleToString(re, type, precision, flags), f.sign, '', '<', -1, sep, f.fracThousands) + body;
  }
  if (parens) body = '(' + body + ')';
  const pad = f.width - body.length;
  if (pad <= 0) return body;
  switch (f.align) {
    case '<':
      return body + repeatFill(f.fill, pad);
    case '^': {
      const left = Math.floor(pad / 2);
      return repeatFill(f.fill, left) + body + repeatFill(f.fill, pad - left);
    }
    default:
      return repeatFill(f.fill, pad) + body;
  }
}

// ---------------------------------------------------------------------------------------------
// str

/** format(s, spec) for a Python str. Width and precision count code points. */
export function formatStr(s: string, spec: string, typeName = 'str'): string {
  if (spec.length === 0) return s;
  const f = cachedSpec(strSpecs, spec, 's', '<', typeName);
  if (f.type !== 's') throw unknownPresentation(f.type, typeName);
  if (f.sign !== '') {
    throw valueError(
      f.sign === ' ' ? 'Space not allowed in string format specifier' : 'Sign not allowed in string format specifier',
    );
  }
  if (f.noNeg0) throw valueError('Negative zero coercion (z) not allowed in string format specifier');
  if (f.alternate) throw valueError('Alternate form (#) not allowed in string format specifier');
  if (f.align === '=') throw valueError("'=' alignment not allowed in string format specifier");
  if (f.width < 0 && f.precision < 0) return s;
  let len = codePointLength(s);
  if (f.width <= len && (f.precision < 0 || f.precision >= len)) return s;
  let body = s;
  if (f.precision >= 0 && len > f.precision) {
    body = codePointPrefix(s, f.precision);
    len = f.precision;
  }
  const pad = f.width - len;
  if (pad <= 0) return body;
  checkFillSeams(f.fill, body, f.align === '>' || (f.align === '^' && pad > 1), f.align === '<' || f.align === '^');
  switch (f.align) {
    case '>':
      return repeatFill(f.fill, pad) + body;
    case '^': {
      const left = Math.floor(pad / 2);
      return repeatFill(f.fill, left) + body + repeatFill(f.fill, pad - left);
    }
    default:
      return body + repeatFill(f.fill, pad);
  }
}
