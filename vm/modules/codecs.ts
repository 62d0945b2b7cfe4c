// The _codecs module (CPython's Modules/_codecsmodule.c and Python/codecs.c): the codec search
// registry that codecs.py and the `encodings` package build on, the error handler registry with the
// standard handlers as callables, and the codec primitives (utf-8/16/32, ascii, latin-1, the escape
// codecs and charmap) with CPython's (result, consumed) return shapes.
//
// The text codecs reuse bytes_methods.ts (str.encode/bytes.decode share them); this file must not
// keep a second UTF-8 implementation. Error handlers other than the built-in names are honoured by
// the escape and charmap codecs (which call handlers through the registry), not by the UTF codecs.

import { PyObject, PyValue, typeName, strType, isInstance } from '../objects/object.js';
import { PyModule } from '../objects/module.js';
import { PyNativeFunction, bindArgs } from '../objects/native.js';
import { PyTuple } from '../objects/tuple.js';
import { PyBytes } from '../objects/bytes.js';
import { PyDict } from '../objects/dict.js';
import { None } from '../objects/singletons.js';
import {
  PyBaseException, UnicodeDecodeError, UnicodeEncodeError, UnicodeTranslateError, LookupError as LookupErrorType,
  excGetAttr, badCharEscape,
} from '../objects/exceptions.js';
import { newUnicodeDecodeError, newUnicodeEncodeError } from '../objects/unicode_errors.js';
import { codePointArray } from '../objects/code_point_array.js';
import { concatStr } from '../objects/str_surrogates.js';
import { encodeString, decodeBytes, bytesLikeData, installCodecRegistry } from '../objects/bytes_methods.js';
import { truthy, getItem, asIndex, strValue } from '../runtime/protocols.js';
import { callObject, isCallable } from '../runtime/call.js';
import { importModule } from '../runtime/import.js';
import { typeError, valueError, lookupError, indexError } from '../runtime/raise.js';
import { currentInterpreter, type Interpreter } from '../runtime/interpreter.js';
import { codePointForName, unicodeTables } from './unicodedata/module.js';
import { characterName } from './unicodedata/names.js';
import { PyMemoryView, newMemoryView, memoryviewData } from '../objects/memoryview.js';
import { getAttrOrUndefined } from '../runtime/attributes.js';
import { registerNativeModule } from './registry.js';
import { addLifetimeRoots } from '../runtime/lifetime/lifetime.js';

type Args = PyValue[];
type Kw = Map<string, PyValue> | null;

// ---- small argument helpers --------------------------------------------------------------------------

function isStr(v: PyValue): boolean {
  return typeof v === 'string' || isInstance(v, strType);
}

function asStr(v: PyValue): string {
  return typeof v === 'string' ? v : strValue(v as PyObject);
}

function strArg(fname: string, v: PyValue): string {
  if (!isStr(v)) throw typeError(`${fname}() argument 1 must be str, not ${typeName(v)}`);
  return asStr(v);
}

function bytesArg(v: PyValue): Uint8Array {
  const d = bytesLikeData(v) ?? memoryviewData(v);
  if (d === null) throw typeError(`a bytes-like object is required, not '${typeName(v)}'`);
  return d;
}

/** Bytes, or a str taken as its UTF-8 bytes (the escape decoders accept both, as CPython's "s*"). */
function bytesOrStrArg(v: PyValue): Uint8Array {
  if (isStr(v)) return encodeString(asStr(v), 'utf-8', 'surrogatepass');
  return bytesArg(v);
}

function errorsArg(fname: string, v: PyValue | undefined): string {
  if (v === undefined || v === None) return 'strict';
  if (!isStr(v)) throw typeError(`${fname}() argument 2 must be str or None, not ${typeName(v)}`);
  return asStr(v);
}

/** Length in code points (Python's len) of a JS string. */
function cpLen(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length - 1; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}

function hex(n: number, w: number): string {
  return n.toString(16).padStart(w, '0');
}

const pair = (a: PyValue, b: PyValue) => new PyTuple([a, b]);

// ---- Unicode error objects: reading their fields -----------------------------------------------------

function intAttr(e: PyBaseException, name: string): number {
  return Number(asIndex(excGetAttr(e, name)));
}

// ---- the error handler registry ---------------------------------------------------------------------

/** The built-in error handlers; a program's own (register_error) are in its interpreter's Registry. */
const errorHandlers = new Map<string, PyValue>();

function kindOf(exc: PyValue): 'encode' | 'decode' | 'translate' | null {
  if (!(exc instanceof PyBaseException)) return null;
  if (exc.cls.isSubtypeOf(UnicodeEncodeError)) return 'encode';
  if (exc.cls.isSubtypeOf(UnicodeDecodeError)) return 'decode';
  if (exc.cls.isSubtypeOf(UnicodeTranslateError)) return 'translate';
  return null;
}

function cantHandle(exc: PyValue): PyBaseException {
  return typeError(`don't know how to handle ${typeName(exc)} in error callback`);
}

/** The [start, end) code points of a UnicodeEncodeError's (or TranslateError's) object. */
function excCodePoints(e: PyBaseException): [number[], number, number] {
  const cps = codePointArray(asStr(excGetAttr(e, 'object')));
  return [cps, intAttr(e, 'start'), intAttr(e, 'end')];
}

function excBytes(e: PyBaseException): [Uint8Array, number, number] {
  return [bytesArg(excGetAttr(e, 'object')), intAttr(e, 'start'), intAttr(e, 'end')];
}

function strictErrors(exc: PyValue): PyValue {
  if (exc instanceof PyBaseException) throw exc;
  throw typeError('codec must pass exception instance');
}

function ignoreErrors(exc: PyValue): PyValue {
  if (kindOf(exc) === null) throw cantHandle(exc);
  return pair('', intAttr(exc as PyBaseException, 'end'));
}

function replaceErrors(exc: PyValue): PyValue {
  const kind = kindOf(exc);
  if (kind === null) throw cantHandle(exc);
  const e = exc as PyBaseException;
  const start = intAttr(e, 'start');
  const end = intAttr(e, 'end');
  if (kind === 'decode') return pair('\ufffd', end);
  return pair((kind === 'encode' ? '?' : '\ufffd').repeat(Math.max(0, end - start)), end);
}

function backslashReplaceErrors(exc: PyValue): PyValue {
  const kind = kindOf(exc);
  if (kind === null) throw cantHandle(exc);
  const e = exc as PyBaseException;
  let s = '';
  if (kind === 'decode') {
    const [data, start, end] = excBytes(e);
    for (let k = start; k < end; k++) s += '\\x' + hex(data[k], 2);
    return pair(s, end);
  }
  const [cps, start, end] = excCodePoints(e);
  for (let k = start; k < end; k++) s += badCharEscape(cps[k]);
  return pair(s, end);
}

function xmlCharRefReplaceErrors(exc: PyValue): PyValue {
  if (kindOf(exc) !== 'encode') throw cantHandle(exc);
  const [cps, start, end] = excCodePoints(exc as PyBaseException);
  let s = '';
  for (let k = start; k < end; k++) s += `&#${cps[k]};`;
  return pair(s, end);
}

/** \N{NAME} from the Unicode database; a code point without a name gets its \x/\u/\U escape. */
function nameReplaceErrors(exc: PyValue): PyValue {
  if (kindOf(exc) !== 'encode') throw cantHandle(exc);
  const [cps, start, end] = excCodePoints(exc as PyBaseException);
  const tables = unicodeTables(currentInterpreter());
  let s = '';
  for (let k = start; k < end; k++) {
    const name = characterName(tables, cps[k], false);
    s += name === null ? badCharEscape(cps[k]) : `\\N{${name}}`;
  }
  return pair(s, end);
}

function surrogateEscapeErrors(exc: PyValue): PyValue {
  const kind = kindOf(exc);
  const e = exc as PyBaseException;
  if (kind === 'decode') {
    const [data, start, end] = excBytes(e);
    let s = '';
    // At most 4 bytes are replaced, and an ASCII byte in the range makes the handler refuse.
    for (let k = start; k < end && k < start + 4; k++) {
      if (data[k] < 0x80) throw e;
      s += String.fromCharCode(0xdc00 + data[k]);
    }
    if (s === '') throw e;
    return pair(s, start + s.length);
  }
  if (kind === 'encode') {
    const [cps, start, end] = excCodePoints(e);
    const out = new Uint8Array(Math.max(0, end - start));
    for (let k = start; k < end; k++) {
      if (cps[k] < 0xdc80 || cps[k] > 0xdcff) throw e;
      out[k - start] = cps[k] - 0xdc00;
    }
    return pair(new PyBytes(out), end);
  }
  throw cantHandle(exc);
}

/** Surrogates through UTF-8 (the other UTF encodings are handled inside their codecs). */
function surrogatePassErrors(exc: PyValue): PyValue {
  const kind = kindOf(exc);
  const e = exc as PyBaseException;
  if (kind === 'encode') {
    const enc = asStr(excGetAttr(e, 'encoding')).toLowerCase().replace(/[-_]/g, '');
    if (enc !== 'utf8') throw e;
    const [cps, start, end] = excCodePoints(e);
    const out: number[] = [];
    for (let k = start; k < end; k++) {
      const c = cps[k];
      if (c < 0xd800 || c > 0xdfff) throw e;
      out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f));
    }
    return pair(new PyBytes(Uint8Array.from(out)), end);
  }
  if (kind === 'decode') {
    const [data, start] = excBytes(e);
    if (start + 2 < data.length && data[start] === 0xed && (data[start + 1] & 0xe0) === 0xa0 && (data[start + 2] & 0xc0) === 0x80) {
      const c = 0xd000 | ((data[start + 1] & 0x3f) << 6) | (data[start + 2] & 0x3f);
      return pair(String.fromCharCode(c), start + 3);
    }
    throw e;
  }
  throw cantHandle(exc);
}

function defHandler(mod: PyModule | null, reg: string, pyName: string, fn: (exc: PyValue) => PyValue): void {
  errorHandlers.set(reg, new PyNativeFunction(pyName, (args: Args, kw: Kw) => {
    const [exc] = bindArgs(pyName, ['exc'], args, kw, 1, 1);
    return fn(exc!);
  }, mod));
}

defHandler(null, 'strict', 'strict_errors', strictErrors);
defHandler(null, 'ignore', 'ignore_errors', ignoreErrors);
defHandler(null, 'replace', 'replace_errors', replaceErrors);
defHandler(null, 'backslashreplace', 'backslashreplace_errors', backslashReplaceErrors);
defHandler(null, 'xmlcharrefreplace', 'xmlcharrefreplace_errors', xmlCharRefReplaceErrors);
defHandler(null, 'namereplace', 'namereplace_errors', nameReplaceErrors);
defHandler(null, 'surrogateescape', 'surrogateescape', surrogateEscapeErrors);
defHandler(null, 'surrogatepass', 'surrogatepass', surrogatePassErrors);

// The handlers bytes_methods.ts applies itself (namereplace is not one: it needs the name database,
// so its encoders send it here, to the handler below).
const BUILTIN_HANDLERS = new Set([...errorHandlers.keys()].filter((name) => name !== 'namereplace'));

export function lookupErrorHandler(name: string): PyValue {
  const h = registryOf(currentInterpreter()).errorHandlers.get(name) ?? errorHandlers.get(name);
  if (h === undefined) throw lookupError(`unknown error handler name '${name}'`);
  return h;
}

/** Calls the named handler on `exc`; returns its (replacement, new position) checked as CPython does. */
function callHandler(errors: string, exc: PyBaseException, limit: number, encoding: boolean): [PyValue, number] {
  if (errors === 'strict') throw exc;
  const res = callObject(lookupErrorHandler(errors), [exc]);
  const ok = res instanceof PyTuple && res.items.length === 2 &&
    (encoding ? isStr(res.items[0]) || res.items[0] instanceof PyBytes : isStr(res.items[0]));
  if (!ok) {
    throw typeError(encoding
      ? 'encoding error handler must return (str/bytes, int) tuple'
      : 'decoding error handler must return (str, int) tuple');
  }
  let pos = Number(asIndex(res.items[1]));
  if (pos < 0) pos += limit;
  if (pos < 0 || pos > limit) throw newIndexError(pos);
  return [res.items[0], pos];
}

function newIndexError(pos: number): PyBaseException {
  return indexError(`position ${pos} from error handler out of bounds`);
}

function decodeFailure(errors: string, enc: string, obj: PyValue, data: Uint8Array, start: number, end: number, reason: string): [string, number] {
  const [rep, pos] = callHandler(errors, newUnicodeDecodeError(enc, obj, data, start, end, reason), data.length, false);
  return [asStr(rep), pos];
}

// ---- the shared text codecs with any error handler ---------------------------------------------------

function isUnicodeError(e: unknown, t: typeof UnicodeDecodeError): e is PyBaseException {
  return e instanceof PyBaseException && e.cls.isSubtypeOf(t);
}

/**
 * bytes_methods' decoder under any error handler: built-in handler names go straight through; for a
 * registered one, decode strictly up to each error and let the handler say what replaces it.
 */
function decodeWith(data: Uint8Array, enc: string, errors: string, obj: PyValue): string {
  if (BUILTIN_HANDLERS.has(errors)) return decodeBytes(data, enc, errors, obj);
  let out = '';
  let pos = 0;
  for (;;) {
    // A handler's replacement may end or start with a lone surrogate: every seam is checked.
    try {
      return concatStr(out, decodeBytes(data.subarray(pos), enc, 'strict', obj));
    } catch (e) {
      if (!isUnicodeError(e, UnicodeDecodeError)) throw e;
      const start = pos + intAttr(e, 'start');
      const end = pos + intAttr(e, 'end');
      out = concatStr(out, decodeBytes(data.subarray(pos, start), enc, 'strict', obj));
      const name = asStr(excGetAttr(e, 'encoding'));
      const [rep, next] = decodeFailure(errors, name, obj, data, start, end, asStr(excGetAttr(e, 'reason')));
      out = concatStr(out, rep);
      pos = next;
    }
  }
}

/**
 * A handler's str replacement, encoded strictly. As in CPython, the UTF codecs take only ASCII there,
 * and a replacement the codec cannot encode re-raises the error about the original characters.
 */
function encodeReplacement(rep: string, enc: string, exc: PyBaseException): Uint8Array {
  if (enc.startsWith('utf-')) {
    for (let i = 0; i < rep.length; i++) if (rep.charCodeAt(i) > 0x7f) throw exc;
  }
  try {
    return encodeString(rep, enc, 'strict');
  } catch (e) {
    if (isUnicodeError(e, UnicodeEncodeError)) throw exc;
    throw e;
  }
}

/** encodeString under any error handler, as decodeWith; a BOM-writing codec writes its BOM once. */
function encodeWith(s: string, enc: string, errors: string): Uint8Array {
  if (BUILTIN_HANDLERS.has(errors)) return encodeString(s, enc, errors);
  let bom: Uint8Array | null = null;
  if (enc === 'utf-16' || enc === 'utf-32') {
    bom = enc === 'utf-16' ? Uint8Array.of(0xff, 0xfe) : Uint8Array.of(0xff, 0xfe, 0, 0);
    enc += '-le';
  }
  const chars = Array.from(s);
  const cps = codePointArray(s);
  const parts: Uint8Array[] = bom === null ? [] : [bom];
  let pos = 0;
  for (;;) {
    try {
      parts.push(encodeString(chars.slice(pos).join(''), enc, 'strict'));
      break;
    } catch (e) {
      if (!isUnicodeError(e, UnicodeEncodeError)) throw e;
      const start = pos + intAttr(e, 'start');
      const end = pos + intAttr(e, 'end');
      parts.push(encodeString(chars.slice(pos, start).join(''), enc, 'strict'));
      const exc = newUnicodeEncodeError(asStr(excGetAttr(e, 'encoding')), s, cps[start], start, end, asStr(excGetAttr(e, 'reason')));
      const [rep, next] = callHandler(errors, exc, cps.length, true);
      parts.push(rep instanceof PyBytes ? rep.data : encodeReplacement(asStr(rep), enc, exc));
      pos = next;
    }
  }
  let n = 0;
  for (const p of parts) n += p.length;
  const out = new Uint8Array(n);
  n = 0;
  for (const p of parts) {
    out.set(p, n);
    n += p.length;
  }
  return out;
}

// ---- unicode_escape / raw_unicode_escape ------------------------------------------------------------

function hexVal(b: number): number {
  if (b >= 48 && b <= 57) return b - 48;
  if (b >= 97 && b <= 102) return b - 87;
  if (b >= 65 && b <= 70) return b - 55;
  return -1;
}

const SIMPLE_ESCAPES: Record<number, string> = {
  0x5c: '\\', 0x27: "'", 0x22: '"', 0x62: '\b', 0x66: '\f', 0x74: '\t', 0x6e: '\n', 0x72: '\r', 0x76: '\v', 0x61: '\x07',
};

function unicodeEscapeDecode(data: Uint8Array, errors: string, final: boolean, obj: PyValue): [string, number] {
  const n = data.length;
  let out = '';
  let i = 0;
  while (i < n) {
    const b = data[i];
    if (b !== 0x5c) {
      out += String.fromCharCode(b);
      i++;
      continue;
    }
    const start = i;
    if (i + 1 >= n) {
      if (!final) return [out, start];
      const [rep, pos] = decodeFailure(errors, 'unicodeescape', obj, data, start, n, '\\ at end of string');
      out = concatStr(out, rep);
      i = pos;
      continue;
    }
    const c = data[i + 1];
    i += 2;
    if (c === 0x0a) continue;
    const simple = SIMPLE_ESCAPES[c];
    if (simple !== undefined) {
      out += simple;
      continue;
    }
    if (c >= 0x30 && c <= 0x37) {
      let v = c - 0x30;
      for (let k = 0; k < 2 && i < n && data[i] >= 0x30 && data[i] <= 0x37; k++) v = v * 8 + data[i++] - 0x30;
      out += String.fromCharCode(v);
      continue;
    }
    const digits = c === 0x78 ? 2 : c === 0x75 ? 4 : c === 0x55 ? 8 : 0;
    if (digits > 0) {
      let v = 0;
      let k = 0;
      for (; k < digits && i < n; k++) {
        const h = hexVal(data[i]);
        if (h < 0) break;
        v = v * 16 + h;
        i++;
      }
      if (k < digits) {
        if (!final && i >= n) return [out, start];
        const what = c === 0x78 ? '\\xXX' : c === 0x75 ? '\\uXXXX' : '\\UXXXXXXXX';
        const [rep, pos] = decodeFailure(errors, 'unicodeescape', obj, data, start, i, `truncated ${what} escape`);
        out = concatStr(out, rep);
        i = pos;
        continue;
      }
      if (v > 0x10ffff) {
        const [rep, pos] = decodeFailure(errors, 'unicodeescape', obj, data, start, i, 'illegal Unicode character');
        out = concatStr(out, rep);
        i = pos;
        continue;
      }
      out = concatStr(out, String.fromCodePoint(v));
      continue;
    }
    if (c === 0x4e) {
      // \N{name}: looked up in the unicodedata module's name database (aliases included).
      let message = 'malformed \\N character escape';
      if (i < n && data[i] === 0x7b) {
        const nameStart = i + 1;
        let j = nameStart;
        while (j < n && data[j] !== 0x7d) j++;
        if (j < n) {
          if (j > nameStart) {
            const cp = codePointForName(currentInterpreter(), latin1(data.subarray(nameStart, j)));
            if (cp >= 0) {
              out += String.fromCodePoint(cp);
              i = j + 1;
              continue;
            }
            message = 'unknown Unicode character name';
            i = j + 1;
          } else {
            i = j;
          }
        } else {
          if (!final) return [out, start];
          i = n;
        }
      } else if (i >= n && !final) {
        return [out, start];
      }
      const [rep, pos] = decodeFailure(errors, 'unicodeescape', obj, data, start, i, message);
      out = concatStr(out, rep);
      i = pos;
      continue;
    }
    // An unknown escape stays as written (CPython also warns).
    out += '\\' + String.fromCharCode(c);
  }
  return [out, n];
}

function unicodeEscapeEncode(s: string): Uint8Array {
  const out: number[] = [];
  const push = (t: string) => {
    for (let k = 0; k < t.length; k++) out.push(t.charCodeAt(k));
  };
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (cp === 0x5c) push('\\\\');
    else if (cp === 0x09) push('\\t');
    else if (cp === 0x0a) push('\\n');
    else if (cp === 0x0d) push('\\r');
    else if (cp >= 0x20 && cp < 0x7f) out.push(cp);
    else push(badCharEscape(cp));
  }
  return Uint8Array.from(out);
}

function rawUnicodeEscapeDecode(data: Uint8Array, errors: string, final: boolean, obj: PyValue): [string, number] {
  const n = data.length;
  let out = '';
  let i = 0;
  while (i < n) {
    if (data[i] !== 0x5c) {
      out += String.fromCharCode(data[i++]);
      continue;
    }
    const run = i;
    while (i < n && data[i] === 0x5c) {
      out += '\\';
      i++;
    }
    // Only an odd run of backslashes escapes the following u/U.
    if (((i - run) & 1) === 0) continue;
    if (i >= n) {
      if (!final) return [out.slice(0, -1), i - 1];
      continue;
    }
    const c = data[i];
    if (c !== 0x75 && c !== 0x55) continue;
    out = out.slice(0, -1);
    const start = i - 1;
    const digits = c === 0x75 ? 4 : 8;
    i++;
    let v = 0;
    let k = 0;
    for (; k < digits && i < n; k++) {
      const h = hexVal(data[i]);
      if (h < 0) break;
      v = v * 16 + h;
      i++;
    }
    let reason = '';
    if (k < digits) {
      if (!final && i >= n) return [out, start];
      reason = `truncated ${c === 0x75 ? '\\uXXXX' : '\\UXXXXXXXX'} escape`;
    } else if (v > 0x10ffff) {
      reason = '\\Uxxxxxxxx out of range';
    }
    if (reason !== '') {
      const [rep, pos] = decodeFailure(errors, 'rawunicodeescape', obj, data, start, i, reason);
      out = concatStr(out, rep);
      i = pos;
      continue;
    }
    out = concatStr(out, String.fromCodePoint(v));
  }
  return [out, n];
}

function rawUnicodeEscapeEncode(s: string): Uint8Array {
  const out: number[] = [];
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x100) out.push(cp);
    else {
      const t = badCharEscape(cp);
      for (let k = 0; k < t.length; k++) out.push(t.charCodeAt(k));
    }
  }
  return Uint8Array.from(out);
}

// ---- escape_encode / escape_decode (bytes to bytes, as in bytes literals) --------------------------

function escapeEncode(data: Uint8Array): Uint8Array {
  const out: number[] = [];
  const push = (t: string) => {
    for (let k = 0; k < t.length; k++) out.push(t.charCodeAt(k));
  };
  for (let i = 0; i < data.length; i++) {
    const b = data[i];
    if (b === 0x27 || b === 0x5c) out.push(0x5c, b);
    else if (b === 0x09) push('\\t');
    else if (b === 0x0a) push('\\n');
    else if (b === 0x0d) push('\\r');
    else if (b < 0x20 || b >= 0x7f) push('\\x' + hex(b, 2));
    else out.push(b);
  }
  return Uint8Array.from(out);
}

function escapeDecode(data: Uint8Array, errors: string): Uint8Array {
  const n = data.length;
  const out: number[] = [];
  let i = 0;
  while (i < n) {
    const b = data[i];
    if (b !== 0x5c) {
      out.push(b);
      i++;
      continue;
    }
    const start = i;
    if (i + 1 >= n) throw valueError('Trailing \\ in string');
    const c = data[i + 1];
    i += 2;
    if (c === 0x0a) continue;
    const simple = SIMPLE_ESCAPES[c];
    if (simple !== undefined) {
      out.push(simple.charCodeAt(0));
      continue;
    }
    if (c >= 0x30 && c <= 0x37) {
      let v = c - 0x30;
      for (let k = 0; k < 2 && i < n && data[i] >= 0x30 && data[i] <= 0x37; k++) v = v * 8 + data[i++] - 0x30;
      out.push(v & 0xff);
      continue;
    }
    if (c === 0x78) {
      const h1 = i < n ? hexVal(data[i]) : -1;
      const h2 = i + 1 < n ? hexVal(data[i + 1]) : -1;
      if (h1 >= 0 && h2 >= 0) {
        out.push(h1 * 16 + h2);
        i += 2;
        continue;
      }
      if (errors === 'strict') throw valueError(`invalid \\x escape at position ${start}`);
      if (errors === 'replace') out.push(0x3f);
      else if (errors !== 'ignore') throw valueError(`decoding error; unknown error handling code: ${errors}`);
      // Skip the hex digits that were there.
      if (h1 >= 0) i++;
      continue;
    }
    out.push(0x5c, c);
  }
  return Uint8Array.from(out);
}

// ---- charmap ----------------------------------------------------------------------------------------

function charmapDecode(data: Uint8Array, errors: string, mapping: PyValue, obj: PyValue): string {
  if (mapping === None) return decodeWith(data, 'latin-1', errors, obj);
  const table = isStr(mapping) ? asStr(mapping) : null;
  const tableCps = table === null ? null : codePointArray(table);
  let out = '';
  let i = 0;
  while (i < data.length) {
    const b = data[i];
    let piece: string | null = null;
    if (tableCps !== null) {
      const cp = b < tableCps.length ? tableCps[b] : 0xfffe;
      if (cp !== 0xfffe) piece = String.fromCodePoint(cp);
    } else {
      let v: PyValue | undefined;
      try {
        v = getItem(mapping, b);
      } catch (e) {
        if (!(e instanceof PyBaseException && e.cls.isSubtypeOf(LookupErrorType))) throw e;
        v = undefined;
      }
      if (v === undefined || v === None) piece = null;
      else if (typeof v === 'number' || typeof v === 'bigint') {
        const cp = Number(v);
        if (cp < 0 || cp > 0x10ffff) throw typeError('character mapping must be in range(0x110000)');
        piece = cp === 0xfffe ? null : String.fromCodePoint(cp);
      } else if (isStr(v)) {
        const s = asStr(v);
        piece = s === '\ufffe' ? null : s;
      } else {
        throw typeError('character mapping must return integer, None or str');
      }
    }
    if (piece !== null) {
      out = concatStr(out, piece);
      i++;
      continue;
    }
    const [rep, pos] = decodeFailure(errors, 'charmap', obj, data, i, i + 1, 'character maps to <undefined>');
    out = concatStr(out, rep);
    i = pos;
  }
  return out;
}

/** The byte(s) for one code point under an encoding map, or null when it is unmapped. */
function charmapLookup(mapping: PyValue, cp: number): number[] | null {
  let v: PyValue;
  try {
    v = getItem(mapping, cp);
  } catch (e) {
    if (e instanceof PyBaseException && e.cls.isSubtypeOf(LookupErrorType)) return null;
    throw e;
  }
  if (v === None) return null;
  if (typeof v === 'number' || typeof v === 'bigint') {
    const b = Number(v);
    if (b < 0 || b > 255) throw typeError('character mapping must be in range(256)');
    return [b];
  }
  if (v instanceof PyBytes) return Array.from(v.data);
  throw typeError('character mapping must return integer, bytes or None, not ' + typeName(v));
}

function charmapEncode(s: string, errors: string, mapping: PyValue): Uint8Array {
  if (mapping === None) return encodeWith(s, 'latin-1', errors);
  const cps = codePointArray(s);
  const out: number[] = [];
  let i = 0;
  while (i < cps.length) {
    const hit = charmapLookup(mapping, cps[i]);
    if (hit !== null) {
      for (const b of hit) out.push(b);
      i++;
      continue;
    }
    let end = i + 1;
    while (end < cps.length && charmapLookup(mapping, cps[end]) === null) end++;
    const exc = newUnicodeEncodeError('charmap', s, cps[i], i, end, 'character maps to <undefined>');
    const [rep, pos] = callHandler(errors, exc, cps.length, true);
    if (rep instanceof PyBytes) {
      for (const b of rep.data) out.push(b);
    } else {
      // A str replacement is itself encoded through the map; unmappable characters there are fatal.
      for (const ch of asStr(rep)) {
        const r = charmapLookup(mapping, ch.codePointAt(0)!);
        if (r === null) throw exc;
        for (const b of r) out.push(b);
      }
    }
    i = pos;
  }
  return Uint8Array.from(out);
}

function charmapBuild(table: string): PyDict {
  const d = new PyDict();
  const cps = codePointArray(table);
  for (let i = 0; i < cps.length; i++) d.set(cps[i], i);
  return d;
}

// ---- UTF decoders with `final` ----------------------------------------------------------------------

/** Length of the valid-so-far incomplete UTF-8 sequence at the end of data (0 if none). */
function utf8IncompleteTail(data: Uint8Array): number {
  const n = data.length;
  for (let back = 1; back <= 3 && back <= n; back++) {
    const b = data[n - back];
    if ((b & 0xc0) === 0x80) continue;
    const need = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (need <= back) return 0;
    if (back >= 2) {
      const c = data[n - back + 1];
      if (b === 0xe0 && c < 0xa0) return 0;
      // ED A0..BF is a truncated encoded surrogate: CPython waits for its third byte whatever the
      // error handler (surrogatepass may then decode it).
      if (b === 0xed && c > 0x9f && back !== 2) return 0;
      if (b === 0xf0 && c < 0x90) return 0;
      if (b === 0xf4 && c > 0x8f) return 0;
    }
    return back;
  }
  return 0;
}

function utf8Decode(v: PyValue, errors: string, final: boolean): PyTuple {
  let data = bytesArg(v);
  if (!final) data = data.subarray(0, data.length - utf8IncompleteTail(data));
  return pair(decodeWith(data, 'utf-8', errors, v), data.length);
}

/**
 * UTF-16/32 decoding with an optional byte order mark. `order` is -1 (little), 1 (big) or 0 (detect
 * from a BOM, else little-endian). Returns the text, bytes consumed and the byte order found.
 */
function utfNDecode(v: PyValue, width: 2 | 4, errors: string, order: number, final: boolean): [string, number, number] {
  const all = bytesArg(v);
  let data = all;
  let skip = 0;
  if (order === 0 && data.length >= width) {
    if (width === 2 && data[0] === 0xff && data[1] === 0xfe) order = -1;
    else if (width === 2 && data[0] === 0xfe && data[1] === 0xff) order = 1;
    else if (width === 4 && data[0] === 0xff && data[1] === 0xfe && data[2] === 0 && data[3] === 0) order = -1;
    else if (width === 4 && data[0] === 0 && data[1] === 0 && data[2] === 0xfe && data[3] === 0xff) order = 1;
    if (order !== 0) skip = width;
  }
  data = data.subarray(skip);
  if (!final) {
    let keep = data.length - (data.length % width);
    // A trailing high surrogate waits for its partner.
    if (width === 2 && keep >= 2) {
      const u = order === 1 ? (data[keep - 2] << 8) | data[keep - 1] : data[keep - 2] | (data[keep - 1] << 8);
      if (u >= 0xd800 && u <= 0xdbff) keep -= 2;
    }
    data = data.subarray(0, keep);
  }
  const name = width === 2 ? (order === 1 ? 'utf-16-be' : 'utf-16-le') : order === 1 ? 'utf-32-be' : 'utf-32-le';
  const text = decodeWith(data, name, errors, v);
  return [text, skip + data.length, order];
}

// ---- the search registry ----------------------------------------------------------------------------

/** Python/codecs.c's normalisation: lower case, spaces and hyphens become underscores. */
function normalizeEncodingName(name: string): string {
  let out = '';
  for (let i = 0; i < name.length; i++) {
    const ch = name[i];
    if (ch === ' ' || ch === '-') out += '_';
    else out += ch.toLowerCase();
  }
  return out;
}

/** One interpreter's codec registry: its search functions and the cache of their answers. */
interface Registry {
  searchFunctions: PyValue[];
  /** Handlers registered by the program (they replace built-in ones of the same name). */
  errorHandlers: Map<string, PyValue>;
  cache: Map<string, PyValue>;
  encodingsImported: boolean;
}

const registries = new WeakMap<Interpreter, Registry>();

function registryOf(interp: Interpreter): Registry {
  let r = registries.get(interp);
  if (r === undefined) {
    r = { searchFunctions: [], errorHandlers: new Map(), cache: new Map(), encodingsImported: false };
    registries.set(interp, r);
  }
  return r;
}
addLifetimeRoots((interp) => registries.get(interp));

/** codecs.lookup(): the CodecInfo for an encoding name; the `encodings` package is imported first. */
function lookupCodecInfo(interp: Interpreter, encoding: string): PyTuple {
  const reg = registryOf(interp);
  if (!reg.encodingsImported) {
    reg.encodingsImported = true;
    importModule(interp, 'encodings');
  }
  const norm = normalizeEncodingName(encoding);
  const hit = reg.cache.get(norm);
  if (hit !== undefined) return hit as PyTuple;
  for (const f of reg.searchFunctions) {
    const r = callObject(f, [norm]);
    if (r === None) continue;
    if (!(r instanceof PyTuple) || r.items.length !== 4) throw typeError('codec search functions must return 4-tuples');
    reg.cache.set(norm, r);
    return r;
  }
  throw lookupError(`unknown encoding: ${encoding}`);
}

/** The codec of a str.encode/bytes.decode call; LookupError unless it is a text encoding. */
function textCodec(encoding: string, action: 'encode' | 'decode'): PyTuple {
  const info = lookupCodecInfo(currentInterpreter(), encoding);
  const flag = getAttrOrUndefined(info, '_is_text_encoding');
  if (flag !== undefined && !truthy(flag)) {
    throw lookupError(`'${encoding}' is not a text encoding; use codecs.${action}() to handle arbitrary codecs`);
  }
  return info;
}

/**
 * str.encode() for an encoding bytes_methods.ts does not implement itself (unicode_escape, cp1252,
 * codecs registered from Python): CPython's path through the codec registry, with its checks.
 */
export function encodeViaRegistry(s: string, encoding: string, errors: string): PyBytes {
  const info = textCodec(encoding, 'encode');
  const r = callObject(info.items[0], [s, errors]);
  if (!(r instanceof PyTuple) || r.items.length !== 2) throw typeError('encoder must return a tuple (object, integer)');
  const v = r.items[0];
  if (v instanceof PyBytes) return v;
  const ba = bytesLikeData(v);
  if (ba !== null && !(v instanceof PyMemoryView)) return new PyBytes(ba.slice());
  throw typeError(`'${encoding}' encoder returned '${typeName(v)}' instead of 'bytes'; use codecs.encode() to encode to arbitrary types`);
}

/** bytes.decode() for an encoding bytes_methods.ts does not implement itself (see encodeViaRegistry). */
export function decodeViaRegistry(obj: PyValue, encoding: string, errors: string): string {
  const info = textCodec(encoding, 'decode');
  const r = callObject(info.items[1], [newMemoryView(obj), errors]);
  if (!(r instanceof PyTuple) || r.items.length !== 2) throw typeError('decoder must return a tuple (object,integer)');
  const v = r.items[0];
  if (!isStr(v)) {
    throw typeError(`'${encoding}' decoder returned '${typeName(v)}' instead of 'str'; use codecs.decode() to decode to arbitrary types`);
  }
  return asStr(v);
}

installCodecRegistry({
  encode: (s, encoding, errors) => encodeViaRegistry(s, encoding, errors).data,
  decode: (_data, obj, encoding, errors) => decodeViaRegistry(obj, encoding, errors),
});

function makeCodecs(interp: Interpreter): PyModule {
  const mod = new PyModule('_codecs');
  const d = mod.dict;
  const reg = registryOf(interp);
  const searchFunctions = reg.searchFunctions;
  const cache = reg.cache;

  const def = (name: string, fn: (args: Args, kw: Kw) => PyValue): void => {
    d.setStr(name, new PyNativeFunction(name, fn, mod));
  };

  const lookup = (encoding: string): PyValue => lookupCodecInfo(interp, encoding);

  const nameArg = (fname: string, v: PyValue): string => {
    if (!isStr(v)) throw typeError(`${fname}() argument must be str, not ${typeName(v)}`);
    return asStr(v);
  };

  def('register', (args, kw) => {
    const [f] = bindArgs('register', ['search_function'], args, kw, 1, 1);
    if (!isCallable(f!)) throw typeError('argument must be callable');
    searchFunctions.push(f!);
    return None;
  });
  def('unregister', (args, kw) => {
    const [f] = bindArgs('unregister', ['search_function'], args, kw, 1, 1);
    const i = searchFunctions.indexOf(f!);
    if (i >= 0) {
      searchFunctions.splice(i, 1);
      cache.clear();
    }
    return None;
  });
  def('lookup', (args, kw) => {
    const [enc] = bindArgs('lookup', ['encoding'], args, kw, 1, 1);
    return lookup(nameArg('lookup', enc!));
  });
  def('_forget_codec', (args, kw) => {
    const [enc] = bindArgs('_forget_codec', ['encoding'], args, kw, 1, 1);
    cache.delete(normalizeEncodingName(nameArg('_forget_codec', enc!)));
    return None;
  });
  const codecCall = (fname: string, index: number, args: Args, kw: Kw): PyValue => {
    const [obj, encArg, errArg] = bindArgs(fname, ['obj', 'encoding', 'errors'], args, kw, 1);
    const encoding = encArg === undefined ? 'utf-8' : nameArg(fname, encArg);
    const errors = errArg === undefined ? 'strict' : nameArg(fname, errArg);
    const info = lookup(encoding) as PyTuple;
    const r = callObject(info.items[index], [obj!, errors]);
    if (!(r instanceof PyTuple) || r.items.length !== 2) {
      throw typeError(index === 0 ? 'encoder must return a tuple (object, integer)' : 'decoder must return a tuple (object,integer)');
    }
    return r.items[0];
  };
  def('encode', (args, kw) => codecCall('encode', 0, args, kw));
  def('decode', (args, kw) => codecCall('decode', 1, args, kw));

  def('register_error', (args, kw) => {
    const [name, handler] = bindArgs('register_error', ['errors', 'handler'], args, kw, 2, 2);
    const n = nameArg('register_error', name!);
    if (!isCallable(handler!)) throw typeError('handler must be callable');
    registryOf(interp).errorHandlers.set(n, handler!);
    return None;
  });
  def('lookup_error', (args, kw) => {
    const [name] = bindArgs('lookup_error', ['name'], args, kw, 1, 1);
    return lookupErrorHandler(nameArg('lookup_error', name!));
  });
  def('_unregister_error', (args, kw) => {
    const [name] = bindArgs('_unregister_error', ['errors'], args, kw, 1, 1);
    const n = nameArg('_unregister_error', name!);
    if (errorHandlers.has(n)) throw valueError(`cannot un-register built-in error handler '${n}'`);
    return registryOf(interp).errorHandlers.delete(n);
  });

  // Encoders: (str, errors=None) -> (bytes, len(str)).
  const defEncoder = (name: string, enc: (s: string, errors: string) => Uint8Array): void => {
    def(name, (args, kw) => {
      const [s, e] = bindArgs(name, ['str', 'errors'], args, kw, 1, 2);
      const text = strArg(name, s!);
      return pair(new PyBytes(enc(text, errorsArg(name, e))), cpLen(text));
    });
  };
  defEncoder('utf_8_encode', (s, e) => encodeWith(s, 'utf-8', e));
  defEncoder('ascii_encode', (s, e) => encodeWith(s, 'ascii', e));
  defEncoder('latin_1_encode', (s, e) => encodeWith(s, 'latin-1', e));
  defEncoder('utf_16_le_encode', (s, e) => encodeWith(s, 'utf-16-le', e));
  defEncoder('utf_16_be_encode', (s, e) => encodeWith(s, 'utf-16-be', e));
  defEncoder('utf_32_le_encode', (s, e) => encodeWith(s, 'utf-32-le', e));
  defEncoder('utf_32_be_encode', (s, e) => encodeWith(s, 'utf-32-be', e));
  defEncoder('unicode_escape_encode', (s) => unicodeEscapeEncode(s));
  defEncoder('raw_unicode_escape_encode', (s) => rawUnicodeEscapeEncode(s));
  for (const [name, base] of [['utf_16_encode', 'utf-16'], ['utf_32_encode', 'utf-32']] as const) {
    def(name, (args, kw) => {
      const [s, e, bo] = bindArgs(name, ['str', 'errors', 'byteorder'], args, kw, 1, 3);
      const text = strArg(name, s!);
      const order = bo === undefined ? 0 : Number(asIndex(bo));
      const enc = order === 0 ? base : order < 0 ? base + '-le' : base + '-be';
      return pair(new PyBytes(encodeWith(text, enc, errorsArg(name, e))), cpLen(text));
    });
  }

  // Decoders: (data, errors=None, final=False) -> (str, consumed).
  const decoderArgs = (name: string, args: Args, kw: Kw, finalDefault: boolean): [PyValue, string, boolean] => {
    const [v, e, f] = bindArgs(name, ['data', 'errors', 'final'], args, kw, 1, 3);
    return [v!, errorsArg(name, e), f === undefined ? finalDefault : truthy(f)];
  };
  def('utf_8_decode', (args, kw) => {
    const [v, e, f] = decoderArgs('utf_8_decode', args, kw, false);
    return utf8Decode(v, e, f);
  });
  for (const [name, enc] of [['ascii_decode', 'ascii'], ['latin_1_decode', 'latin-1']] as const) {
    def(name, (args, kw) => {
      const [v, e] = bindArgs(name, ['data', 'errors'], args, kw, 1, 2);
      const data = bytesArg(v!);
      return pair(decodeWith(data, enc, errorsArg(name, e), v!), data.length);
    });
  }
  for (const [name, width, order] of [
    ['utf_16_decode', 2, 0], ['utf_16_le_decode', 2, -1], ['utf_16_be_decode', 2, 1],
    ['utf_32_decode', 4, 0], ['utf_32_le_decode', 4, -1], ['utf_32_be_decode', 4, 1],
  ] as const) {
    def(name, (args, kw) => {
      const [v, e, f] = decoderArgs(name, args, kw, false);
      // Fixed-order decoders never look for a byte order mark.
      const [text, consumed] = utfNDecode(v, width, e, order, f);
      return pair(text, consumed);
    });
  }
  for (const [name, width] of [['utf_16_ex_decode', 2], ['utf_32_ex_decode', 4]] as const) {
    def(name, (args, kw) => {
      const [v, e, bo, f] = bindArgs(name, ['data', 'errors', 'byteorder', 'final'], args, kw, 1, 4);
      const order = bo === undefined ? 0 : Math.sign(Number(asIndex(bo)));
      const [text, consumed, found] = utfNDecode(v!, width, errorsArg(name, e), order, f === undefined ? false : truthy(f));
      return new PyTuple([text, consumed, found]);
    });
  }
  def('unicode_escape_decode', (args, kw) => {
    const [v, e, f] = decoderArgs('unicode_escape_decode', args, kw, true);
    const [text, consumed] = unicodeEscapeDecode(bytesOrStrArg(v), e, f, v);
    return pair(text, consumed);
  });
  def('raw_unicode_escape_decode', (args, kw) => {
    const [v, e, f] = decoderArgs('raw_unicode_escape_decode', args, kw, true);
    const [text, consumed] = rawUnicodeEscapeDecode(bytesOrStrArg(v), e, f, v);
    return pair(text, consumed);
  });
  def('escape_encode', (args, kw) => {
    const [v, e] = bindArgs('escape_encode', ['data', 'errors'], args, kw, 1, 2);
    if (!(v instanceof PyBytes)) throw typeError(`escape_encode() argument 1 must be bytes, not ${typeName(v!)}`);
    errorsArg('escape_encode', e);
    return pair(new PyBytes(escapeEncode(v.data)), v.data.length);
  });
  def('escape_decode', (args, kw) => {
    const [v, e] = bindArgs('escape_decode', ['data', 'errors'], args, kw, 1, 2);
    const data = bytesOrStrArg(v!);
    return pair(new PyBytes(escapeDecode(data, errorsArg('escape_decode', e))), data.length);
  });
  def('charmap_decode', (args, kw) => {
    const [v, e, m] = bindArgs('charmap_decode', ['data', 'errors', 'mapping'], args, kw, 1, 3);
    const data = bytesArg(v!);
    return pair(charmapDecode(data, errorsArg('charmap_decode', e), m ?? None, v!), data.length);
  });
  def('charmap_encode', (args, kw) => {
    const [s, e, m] = bindArgs('charmap_encode', ['str', 'errors', 'mapping'], args, kw, 1, 3);
    const text = strArg('charmap_encode', s!);
    return pair(new PyBytes(charmapEncode(text, errorsArg('charmap_encode', e), m ?? None)), cpLen(text));
  });
  def('charmap_build', (args, kw) => {
    const [m] = bindArgs('charmap_build', ['map'], args, kw, 1, 1);
    return charmapBuild(strArg('charmap_build', m!));
  });
  def('readbuffer_encode', (args, kw) => {
    const [v, e] = bindArgs('readbuffer_encode', ['data', 'errors'], args, kw, 1, 2);
    errorsArg('readbuffer_encode', e);
    const data = bytesOrStrArg(v!);
    return pair(new PyBytes(data.slice()), data.length);
  });

  return mod;
}

registerNativeModule('_codecs', makeCodecs);

/** Bytes as the Latin-1 string of the same code points (names in \\N{...} are ASCII). */
function latin1(b: Uint8Array): string {
  let t = '';
  for (let k = 0; k < b.length; k++) t += String.fromCharCode(b[k]);
  return t;
}
