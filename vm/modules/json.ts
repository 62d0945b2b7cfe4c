// The _json module (CPython's Modules/_json.c), reduced to scanstring: json.decoder uses it over its
// pure-Python py_scanstring, whose error messages and positions differ from the C scanner's
// ("Invalid \escape" at the backslash, "Invalid control character at" at the character, where the
// Python version names the character and points after it). Programs print these messages when they
// report a bad JSON document, so the C behaviour is what must run.
//
// encode_basestring and encode_basestring_ascii, which json.encoder calls for every string it writes,
// are native too (the Python fallbacks run a regex substitution with a Python callback per string).
// make_scanner and make_encoder are not provided: json.scanner and json.encoder import each of them in
// their own try block and fall back to Python versions that behave the same as the C ones.
// Indexes are code points (Python's), not UTF-16 units.

import { PyValue, typeName } from '../objects/object.js';
import { PyModule } from '../objects/module.js';
import { PyNativeFunction, noKwargs } from '../objects/native.js';
import { PyTuple } from '../objects/tuple.js';
import { PyBaseException } from '../objects/exceptions.js';
import { isAstral } from '../objects/str_core.js';
import { concatStr } from '../objects/str_surrogates.js';
import { asStr } from '../objects/str_methods.js';
import { asIndex, truthy } from '../runtime/protocols.js';
import { getAttr } from '../runtime/attributes.js';
import { callObject } from '../runtime/call.js';
import { importModule } from '../runtime/import.js';
import { currentInterpreter } from '../runtime/interpreter.js';
import { typeError, valueError } from '../runtime/raise.js';
import { registerNativeModule } from './registry.js';

/**
 * Code-point access to a document. Documents without surrogate pairs are read directly; for the others,
 * the code unit offset of every code point is computed once per document (scanstring is called for every
 * string of one document in turn).
 */
let offsetsOf: string | null = null;
let offsets: Int32Array | null = null;

function unitOffsets(s: string): Int32Array | null {
  if (!isAstral(s)) return null;
  if (offsetsOf === s) return offsets;
  const out = new Int32Array(s.length + 1);
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    out[n++] = i;
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
  }
  out[n] = s.length;
  offsetsOf = s;
  offsets = out.subarray(0, n + 1);
  return offsets;
}

function decodeError(msg: string, doc: string, pos: number): PyBaseException {
  const decoder = importModule(currentInterpreter(), 'json.decoder');
  return callObject(getAttr(decoder, 'JSONDecodeError'), [msg, doc, pos]) as PyBaseException;
}

function hexValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x61 && c <= 0x66) return c - 0x61 + 10;
  if (c >= 0x41 && c <= 0x46) return c - 0x41 + 10;
  return -1;
}

/** scanstring_unicode: the string whose opening quote is just before `end`; returns [value, index after the closing quote]. */
export function scanString(s: string, end: number, strict: boolean): [string, number] {
  const offs = unitOffsets(s);
  const len = offs === null ? s.length : offs.length - 1;
  const at = offs === null ? (i: number) => s.charCodeAt(i) : (i: number) => s.codePointAt(offs[i])!;
  const slice = offs === null ? (a: number, b: number) => s.slice(a, b) : (a: number, b: number) => s.slice(offs[a], offs[b]);
  const begin = end - 1;
  if (end < 0 || len < end) throw valueError('end is out of bounds');
  let out = '';
  for (;;) {
    // Up to the closing quote or the next escape.
    let next = end;
    let c = 0;
    for (; next < len; next++) {
      c = at(next);
      if (c === 0x22 || c === 0x5c) break;
      if (c <= 0x1f && strict) throw decodeError('Invalid control character at', s, next);
    }
    if (next >= len || (c !== 0x22 && c !== 0x5c)) throw decodeError('Unterminated string starting at', s, begin);
    if (next !== end) out = concatStr(out, slice(end, next));
    next++;
    if (c === 0x22) {
      end = next;
      break;
    }
    if (next === len) throw decodeError('Unterminated string starting at', s, begin);
    c = at(next);
    let ch: number;
    if (c !== 0x75 /* u */) {
      end = next + 1;
      switch (c) {
        case 0x22: case 0x5c: case 0x2f: ch = c; break;
        case 0x62: ch = 0x08; break;
        case 0x66: ch = 0x0c; break;
        case 0x6e: ch = 0x0a; break;
        case 0x72: ch = 0x0d; break;
        case 0x74: ch = 0x09; break;
        default: throw decodeError('Invalid \\escape', s, end - 2);
      }
    } else {
      next++;
      end = next + 4;
      if (end >= len) throw decodeError('Invalid \\uXXXX escape', s, next - 1);
      ch = 0;
      for (; next < end; next++) {
        const d = hexValue(at(next));
        if (d < 0) throw decodeError('Invalid \\uXXXX escape', s, end - 5);
        ch = (ch << 4) | d;
      }
      // A high surrogate escape followed by a low one is one character.
      if (ch >= 0xd800 && ch <= 0xdbff && end + 6 < len && at(next) === 0x5c && at(next + 1) === 0x75) {
        next += 2;
        end += 6;
        let ch2 = 0;
        for (; next < end; next++) {
          const d = hexValue(at(next));
          if (d < 0) throw decodeError('Invalid \\uXXXX escape', s, end - 5);
          ch2 = (ch2 << 4) | d;
        }
        if (ch2 >= 0xdc00 && ch2 <= 0xdfff) ch = 0x10000 + ((ch - 0xd800) << 10) + (ch2 - 0xdc00);
        else end -= 6;
      }
    }
    out = concatStr(out, String.fromCodePoint(ch));
  }
  return [out, end];
}

function scanstringFn(args: PyValue[], kwargs: Map<string, PyValue> | null): PyValue {
  noKwargs('scanstring', kwargs);
  if (args.length < 2) throw typeError(`scanstring() takes at least 2 arguments (${args.length} given)`);
  if (args.length > 3) throw typeError(`scanstring() takes at most 3 arguments (${args.length} given)`);
  const s = args[0];
  if (typeof s !== 'string') throw typeError(`first argument must be a string, not ${typeName(s)}`);
  const e = asIndex(args[1]);
  const end = typeof e === 'bigint' ? (e < 0n ? -1 : Number.MAX_SAFE_INTEGER) : e;
  const strict = args.length > 2 ? truthy(args[2]) : true;
  const [value, next] = scanString(s, end, strict);
  return new PyTuple([value, next]);
}

const HEX_DIGITS = '0123456789abcdef';

/** The JSON escape of one UTF-16 unit: a short form, or \uXXXX (an astral character is two of them). */
function escapeUnit(c: number): string {
  switch (c) {
    case 0x22: return '\\"';
    case 0x5c: return '\\\\';
    case 0x08: return '\\b';
    case 0x0c: return '\\f';
    case 0x0a: return '\\n';
    case 0x0d: return '\\r';
    case 0x09: return '\\t';
    default:
      return '\\u' + HEX_DIGITS[(c >> 12) & 15] + HEX_DIGITS[(c >> 8) & 15] + HEX_DIGITS[(c >> 4) & 15] + HEX_DIGITS[c & 15];
  }
}

/**
 * The quoted JSON string of `s`. With `ascii`, everything outside ' '..'~' is escaped (astral characters
 * as their surrogate pair, as CPython writes them); otherwise only '"', '\\' and control characters.
 */
function quoteJsonString(s: string, ascii: boolean): string {
  let out = '"';
  let run = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x20 && c !== 0x22 && c !== 0x5c && (!ascii || c <= 0x7e)) continue;
    out += s.slice(run, i) + escapeUnit(c);
    run = i + 1;
  }
  return out + s.slice(run) + '"';
}

function encodeBasestringFn(name: string, ascii: boolean) {
  return (args: PyValue[], kwargs: Map<string, PyValue> | null): PyValue => {
    noKwargs(`_json.${name}`, kwargs);
    if (args.length !== 1) throw typeError(`_json.${name}() takes exactly one argument (${args.length} given)`);
    const s = asStr(args[0]);
    if (s === null) throw typeError(`first argument must be a string, not ${typeName(args[0])}`);
    return quoteJsonString(s, ascii);
  };
}

export function makeJson(): PyModule {
  const mod = new PyModule('_json');
  mod.dict.setStr('__doc__', 'json speedups\n');
  mod.dict.setStr('scanstring', new PyNativeFunction('scanstring', scanstringFn, mod));
  for (const [name, ascii] of [['encode_basestring_ascii', true], ['encode_basestring', false]] as const) {
    mod.dict.setStr(name, new PyNativeFunction(name, encodeBasestringFn(name, ascii), mod));
  }
  return mod;
}

registerNativeModule('_json', makeJson);
