// printf-style formatting, `str % args`, exactly as CPython 3.14's PyUnicode_Format does it: flags
// '-+ #0', width and precision (also '*'), '%(key)' lookups, the ignored 'h'/'l'/'L' length
// modifiers, conversions s r a c d i u o x X e E f F g G and '%%', with CPython's error messages
// and the order in which it raises them.
//
// Python objects are reached only through a PercentOps adapter that the VM creates once, so this
// module needs no knowledge of the object model. Widths and precisions count code points.
// Platform-dependent limits are those of a 64-bit CPython. No Node imports.

import { concatStr } from '../objects/str_surrogates.js';
import { memoryError, overflowError, typeError, valueError } from '../runtime/raise.js';
import { doubleToString, DTSF_ALT } from './float_repr.js';
import { codePointLength, codePointPrefix, intToDecimalString } from './format_spec.js';

/** How percentFormat reaches Python objects. Create one per VM, not per call. */
export interface PercentOps {
  /** The items if `operand` is a tuple (or tuple subclass), else null. */
  tupleItems(operand: unknown): readonly unknown[] | null;
  /** PyMapping_Check: whether a non-tuple operand supports `[key]` (dicts, but also lists...).
   * Must be false for str (JS strings are excluded before this is asked). */
  isMapping(operand: unknown): boolean;
  /** mapping[key], raising KeyError etc. itself. */
  getItem(mapping: unknown, key: string): unknown;
  str(v: unknown): string;
  repr(v: unknown): string;
  ascii(v: unknown): string;
  /** type(v).__name__, for messages. */
  typeName(v: unknown): string;
  /** The value of v if it is an int (int subclass, bool) without any conversion, else null ('*'). */
  intValue(v: unknown): number | bigint | null;
  /** %d %i %u: int(v) for numbers (floats truncate, raising the OverflowError/ValueError of
   * inf/nan); %o %x %X: operator.index(v). Null when v is not a number or the conversion raises
   * TypeError (the caller then reports "%d format: a real number is required, not str" etc.). */
  asIntForFormat(v: unknown, conversion: string): number | bigint | null;
  /** float(v) the way PyFloat_AsDouble does it (__float__, then __index__); null when v has
   * neither (reported as "must be real number, not T"). Other errors are raised directly. */
  asFloatForFormat(v: unknown): number | null;
  /** For %c: the text of v if v is a str, else null. */
  strValue(v: unknown): string | null;
  /** For %c: operator.index(v), or null when v has no __index__. */
  index(v: unknown): number | bigint | null;
}

const F_LJUST = 1;
const F_SIGN = 2;
const F_BLANK = 4;
const F_ALT = 8;
const F_ZERO = 16;

const PY_SSIZE_T_MAX = 9223372036854775807n;
const PY_SSIZE_T_MIN = -9223372036854775808n;
const INT_MAX = 2147483647;
const INT_MAX_BIG = 2147483647n;
const MAX_TEXT = 0x1fffffe8;

/** Where the next positional value comes from: a tuple's items, or the single operand / the value
 * of the last %(key) lookup (arglen -1). argidx -2 means that single value is not used yet. */
interface ArgCursor {
  items: readonly unknown[] | null;
  value: unknown;
  arglen: number;
  argidx: number;
}

function nextArg(c: ArgCursor): unknown {
  const i = c.argidx;
  if (i < c.arglen) {
    c.argidx = i + 1;
    return c.arglen < 0 ? c.value : c.items![i];
  }
  throw typeError('not enough arguments for format string');
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function starWidth(v: unknown, ops: PercentOps): number {
  const w = ops.intValue(v);
  if (w === null) throw typeError('* wants int');
  if (typeof w === 'bigint') {
    if (w > PY_SSIZE_T_MAX || w < PY_SSIZE_T_MIN) throw overflowError('Python int too large to convert to C ssize_t');
    return Number(w);
  }
  return w;
}

function starPrecision(v: unknown, ops: PercentOps): number {
  const p = ops.intValue(v);
  if (p === null) throw typeError('* wants int');
  if (typeof p === 'bigint' || p > INT_MAX || p < -INT_MAX - 1) {
    throw overflowError('Python int too large to convert to C int');
  }
  return p;
}

/** %d %i %u %o %x %X text of an int: sign, '0o'/'0x'/'0X' with '#', digits zero-filled to prec. */
function formatLong(v: number | bigint, conv: number, alt: boolean, prec: number): string {
  const negative = v < 0;
  let digits: string;
  let prefix = '';
  if (conv === 111 /* o */) {
    digits = (negative ? -v : v).toString(8);
    if (alt) prefix = '0o';
  } else if (conv === 120 /* x */ || conv === 88 /* X */) {
    digits = (negative ? -v : v).toString(16);
    if (conv === 88) digits = digits.toUpperCase();
    if (alt) prefix = conv === 88 ? '0X' : '0x';
  } else {
    digits = intToDecimalString(v);
    if (negative) digits = digits.slice(1);
  }
  if (prec > digits.length) {
    if (prec > MAX_TEXT) throw memoryError('');
    digits = '0'.repeat(prec - digits.length) + digits;
  }
  return (negative ? '-' : '') + prefix + digits;
}

/** %c: a one-character str, or an int code point. */
function formatChar(v: unknown, ops: PercentOps): string {
  const s = ops.strValue(v);
  if (s !== null) {
    const len = codePointLength(s);
    if (len === 1) return s;
    throw typeError(`%c requires an int or a unicode character, not a string of length ${len}`);
  }
  const i = ops.index(v);
  if (i === null) throw typeError(`%c requires an int or a unicode character, not ${ops.typeName(v)}`);
  if (typeof i === 'bigint' || i < 0 || i > 0x10ffff) throw overflowError('%c arg not in range(0x110000)');
  return String.fromCodePoint(i);
}

/** Pads one converted value: sign and '0x'/'0o' prefix stay in front of zero padding. */
function pad(text: string, conv: number, flags: number, width: number, prec: number, numeric: boolean): string {
  const isText = conv === 115 || conv === 114 || conv === 97; // s r a
  if (width < 0 && prec < 0 && (flags & (F_SIGN | F_BLANK)) === 0) return text;
  let len = numeric ? text.length : codePointLength(text);
  if ((width === -1 || width <= len) && (prec === -1 || prec >= len) && (flags & (F_SIGN | F_BLANK)) === 0) {
    return text;
  }
  if (isText && prec >= 0 && len > prec) {
    text = codePointPrefix(text, prec);
    len = prec;
  }
  const fill = numeric && flags & F_ZERO ? '0' : ' ';
  let start = 0;
  let sign = numeric;
  let signChar = '';
  if (sign) {
    const c = text.charCodeAt(0);
    if (c === 45 || c === 43) {
      signChar = text[0];
      len--;
      start = 1;
    } else if (flags & F_SIGN) {
      signChar = '+';
    } else if (flags & F_BLANK) {
      signChar = ' ';
    } else {
      sign = false;
    }
  }
  if (width < len) width = len;
  if (width > MAX_TEXT) throw memoryError('');
  let out = '';
  if (sign) {
    if (fill !== ' ') out += signChar;
    if (width > len) width--;
  }
  const prefixed = (flags & F_ALT) !== 0 && (conv === 120 || conv === 88 || conv === 111);
  if (prefixed) {
    if (fill !== ' ') {
      out += text.slice(start, start + 2);
      start += 2;
    }
    width -= 2;
    if (width < 0) width = 0;
    len -= 2;
  }
  if (width > len && (flags & F_LJUST) === 0) {
    out += fill.repeat(width - len);
    width = len;
  }
  if (fill === ' ') {
    if (sign) out += signChar;
    if (prefixed) {
      out += text.slice(start, start + 2);
      start += 2;
    }
  }
  out += start === 0 ? text : text.slice(start);
  if (width > len) out += ' '.repeat(width - len);
  return out;
}

function unsupported(template: string, at: number): unknown {
  const c = template.codePointAt(at)!;
  const shown = c >= 31 && c <= 126 ? String.fromCharCode(c) : '?';
  const index = codePointLength(template.slice(0, at));
  return valueError(`unsupported format character '${shown}' (0x${c.toString(16)}) at index ${index}`);
}

/** Where the run of ASCII digits from template[from] on ends (n at the latest). */
function digitsEnd(template: string, from: number, n: number): number {
  let i = from;
  while (i < n && isDigit(template.charCodeAt(i))) i++;
  return i;
}

/** Value of the decimal digits template[start, end), or throws ValueError(message) above limit. */
function digitRun(template: string, start: number, end: number, limit: bigint, message: string): number {
  if (end - start <= 9) return Number(template.slice(start, end));
  const v = BigInt(template.slice(start, end));
  if (v > limit) throw valueError(message);
  return Number(v);
}

/** `template % operand`. */
export function percentFormat(template: string, operand: unknown, ops: PercentOps): string {
  const items = ops.tupleItems(operand);
  const cursor: ArgCursor = {
    items,
    value: operand,
    arglen: items !== null ? items.length : -1,
    argidx: items !== null ? 0 : -2,
  };
  const isDict = items === null && typeof operand !== 'string' && ops.isMapping(operand);
  const n = template.length;
  let out = '';
  let pos = 0;
  for (;;) {
    const pct = template.indexOf('%', pos);
    if (pct < 0) {
      if (pos < n) out = concatStr(out, pos === 0 ? template : template.slice(pos));
      break;
    }
    if (pct > pos) out = concatStr(out, template.slice(pos, pct));
    pos = pct + 1;
    let ch = pos < n ? template.charCodeAt(pos) : 0;
    if (ch === 37) {
      out += '%';
      pos++;
      continue;
    }

    // %(key): the value comes from the mapping.
    if (ch === 40) {
      if (!isDict) throw typeError('format requires a mapping');
      const keyStart = pos + 1;
      let depth = 1;
      let k = keyStart;
      while (depth > 0 && k < n) {
        ch = template.charCodeAt(k++);
        if (ch === 41) depth--;
        else if (ch === 40) depth++;
      }
      if (depth > 0) throw valueError('incomplete format key');
      cursor.value = ops.getItem(operand, template.slice(keyStart, k - 1));
      cursor.arglen = -1;
      cursor.argidx = -2;
      pos = k;
    }

    let flags = 0;
    let exhausted = true;
    while (pos < n) {
      ch = template.charCodeAt(pos++);
      if (ch === 45) flags |= F_LJUST;
      else if (ch === 43) flags |= F_SIGN;
      else if (ch === 32) flags |= F_BLANK;
      else if (ch === 35) flags |= F_ALT;
      else if (ch === 48) flags |= F_ZERO;
      else {
        exhausted = false;
        break;
      }
    }
    if (exhausted) throw valueError('incomplete format');

    let width = -1;
    if (ch === 42) {
      width = starWidth(nextArg(cursor), ops);
      if (width < 0) {
        flags |= F_LJUST;
        width = -width;
      }
      if (pos < n) ch = template.charCodeAt(pos++);
      else exhausted = true;
    } else if (isDigit(ch)) {
      const end = digitsEnd(template, pos, n);
      width = digitRun(template, pos - 1, end, PY_SSIZE_T_MAX, 'width too big');
      pos = end;
      if (pos < n) ch = template.charCodeAt(pos++);
      else exhausted = true;
    }

    let prec = -1;
    if (!exhausted && ch === 46) {
      prec = 0;
      if (pos < n) {
        ch = template.charCodeAt(pos++);
        if (ch === 42) {
          prec = starPrecision(nextArg(cursor), ops);
          if (prec < 0) prec = 0;
          if (pos < n) ch = template.charCodeAt(pos++);
          else exhausted = true;
        } else if (isDigit(ch)) {
          const end = digitsEnd(template, pos, n);
          prec = digitRun(template, pos - 1, end, INT_MAX_BIG, 'precision too big');
          pos = end;
          if (pos < n) ch = template.charCodeAt(pos++);
          else exhausted = true;
        }
      } else {
        exhausted = true;
      }
    }

    // Length modifiers are accepted and ignored.
    if (!exhausted && (ch === 104 || ch === 108 || ch === 76)) {
      if (pos < n) ch = template.charCodeAt(pos++);
      else exhausted = true;
    }
    if (exhausted) throw valueError('incomplete format');

    const v = nextArg(cursor);
    let text: string;
    let numeric = false;
    switch (ch) {
      case 115: // s
        text = typeof v === 'string' ? v : ops.str(v);
        break;
      case 114: // r
        text = ops.repr(v);
        break;
      case 97: // a
        text = ops.ascii(v);
        break;
      case 100: // d
      case 105: // i
      case 117: // u
      case 111: // o
      case 120: // x
      case 88: {
        // X
        const conv = String.fromCharCode(ch);
        const iv = ops.asIntForFormat(v, conv);
        if (iv === null) {
          const what = ch === 111 || ch === 120 || ch === 88 ? 'an integer' : 'a real number';
          throw typeError(`%${conv} format: ${what} is required, not ${ops.typeName(v)}`);
        }
        text = formatLong(iv, ch, (flags & F_ALT) !== 0, prec);
        numeric = true;
        break;
      }
      case 101: // e
      case 69: // E
      case 102: // f
      case 70: // F
      case 103: // g
      case 71: {
        // G
        const x = ops.asFloatForFormat(v);
        if (x === null) throw typeError(`must be real number, not ${ops.typeName(v)}`);
        text = doubleToString(x, String.fromCharCode(ch), prec < 0 ? 6 : prec, flags & F_ALT ? DTSF_ALT : 0);
        numeric = true;
        break;
      }
      case 99: // c
        text = formatChar(v, ops);
        break;
      default:
        throw unsupported(template, pos - 1);
    }
    out = concatStr(out, pad(text, ch, flags, width, prec, numeric));
  }
  if (cursor.argidx < cursor.arglen && !isDict) {
    throw typeError('not all arguments converted during string formatting');
  }
  return out;
}
