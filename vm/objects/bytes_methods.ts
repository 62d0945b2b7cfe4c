// The methods of bytes and bytearray, the text codecs they share with str (utf-8, ascii, latin-1 and
// their aliases, with the standard error handlers and CPython's UnicodeError messages), and the
// Argument Clinic keyword parser that str's and bytes' methods use for CPython's exact messages.
//
// Both types are byte strings over a Uint8Array; one implementation serves both, and a result has
// the kind of its receiver (bytes methods return bytes, bytearray methods a new bytearray; subclass
// receivers get the base type, as in CPython). str_methods.ts and this file import each other (str
// needs the codecs, bytes % reuses str's PercentOps adapter): neither may use the other's exports at
// module evaluation time, only inside functions. Python code is called only through the protocols.

import { PyObject, PyType, PyValue, typeName, typeOf, strType, makeBuiltinType } from './object.js';
import { memoryviewData, newMemoryView, PyMemoryView } from './memoryview.js';
import {
  defMethod, defNew, defClassMethod, noArgs, oneArg, argRange, noKwargs, PyNativeFunction,
} from './native.js';
import { PyBytes, PyByteArray, bytesType, bytearrayType } from './bytes.js';
import { PyList } from './list.js';
import { PyTuple } from './tuple.js';
import { PySlice } from './slice.js';
import { None, NotImplemented } from './singletons.js';
import { PyStaticMethod } from './descriptors.js';
import { bytesIteratorType } from './iterators.js';
import { PyIterator } from './iterator_base.js';
import { PyBaseException, StopIteration, badCharEscape } from './exceptions.js';
import { newUnicodeDecodeError, newUnicodeEncodeError } from './unicode_errors.js';
import { sequenceFast } from './sequence_fast.js';
import { codePointArray } from './code_point_array.js';
import { concatStr } from './str_surrogates.js';
import { sliceIndices, sliceIndexValue } from './slice_indices.js';
import { asIndex, getIter, iterNext, getItem, repr } from '../runtime/protocols.js';
import { asciiEscape } from './str_core.js';
import { percentFormat, PercentOps } from '../numeric/percent_format.js';
import { percentOps } from './str_methods.js';
import { lookupSpecial } from '../runtime/attributes.js';
import { unexpectedKeywordMessage } from '../runtime/keyword_suggestion.js';
import { callObject } from '../runtime/call.js';
import {
  typeError, valueError, indexError, overflowError, lookupError, memoryError,
} from '../runtime/raise.js';

export type KwArgs = Map<string, PyValue> | null;

// ---- Argument Clinic keyword parsing ----------------------------------------------------------------

/**
 * Binds positional and keyword arguments the way Argument Clinic's _PyArg_UnpackKeywords does, with
 * its messages ("split() takes at most 2 arguments (3 given)", "replace() takes at least 2 positional
 * arguments (0 given)"). `names` lists every parameter; the first `posOnly` cannot be passed by
 * keyword, at least `minPos` are required and at most `maxPos` may be positional. Missing optional
 * arguments are undefined. Without keywords the positional array itself is returned (no copy).
 */
export function clinicArgs(
  fname: string,
  names: readonly string[],
  posOnly: number,
  minPos: number,
  maxPos: number,
  args: PyValue[],
  kwargs: KwArgs,
): (PyValue | undefined)[] {
  const nargs = args.length;
  let nkw = kwargs === null ? 0 : kwargs.size;
  if (nkw === 0 && minPos <= nargs && nargs <= maxPos) return args;
  const maxArgs = names.length;
  if (nargs + nkw > maxArgs) {
    throw typeError(
      `${fname}() takes at most ${maxArgs} ${nargs === 0 ? 'keyword ' : ''}argument${maxArgs === 1 ? '' : 's'} (${nargs + nkw} given)`,
    );
  }
  if (nargs > maxPos) {
    if (maxPos === 0) throw typeError(`${fname}() takes no positional arguments`);
    throw typeError(
      `${fname}() takes ${minPos < maxPos ? 'at most' : 'exactly'} ${maxPos} positional argument${maxPos === 1 ? '' : 's'} (${nargs} given)`,
    );
  }
  const minPosOnly = Math.min(posOnly, minPos);
  if (nargs < minPosOnly) {
    throw typeError(
      `${fname}() takes ${minPosOnly < maxPos ? 'at least' : 'exactly'} ${minPosOnly} positional argument${minPosOnly === 1 ? '' : 's'} (${nargs} given)`,
    );
  }
  const buf: (PyValue | undefined)[] = args.slice();
  for (let i = Math.max(nargs, posOnly); i < maxArgs; i++) {
    let cur: PyValue | undefined;
    if (nkw > 0) cur = kwargs!.get(names[i]);
    else if (i >= minPos) break;
    buf[i] = cur;
    if (cur !== undefined) nkw--;
    else if (i < minPos) throw typeError(`${fname}() missing required argument '${names[i]}' (pos ${i + 1})`);
  }
  if (nkw > 0) {
    for (let i = posOnly; i < nargs; i++) {
      if (kwargs!.has(names[i])) {
        throw typeError(`argument for ${fname}() given by name ('${names[i]}') and position (${i + 1})`);
      }
    }
    for (const k of kwargs!.keys()) {
      const at = names.indexOf(k);
      if (at < posOnly) throw typeError(unexpectedKeywordMessage(`${fname}()`, k, names.slice(posOnly)));
    }
    throw typeError(`invalid keyword argument for ${fname}()`);
  }
  return buf;
}

/** The text of a str or str-subclass instance, or null. */
function textOf(v: PyValue): string | null {
  if (typeof v === 'string') return v;
  if (v instanceof PyObject && v.cls.isSubtypeOf(strType)) {
    const s = (v as unknown as { value?: unknown }).value;
    if (typeof s === 'string') return s;
  }
  return null;
}

/** A clinic `str` parameter: "encode() argument 'encoding' must be str, not int". */
export function strParam(fname: string, pname: string, v: PyValue): string {
  const s = textOf(v);
  if (s === null) throw typeError(`${fname}() argument ${pname} must be str, not ${v === None ? 'None' : typeName(v)}`);
  return s;
}

/** A Py_ssize_t parameter (width, count...): __index__, with OverflowError past 64 bits. */
export function ssizeParam(v: PyValue): number {
  if (typeof v === 'number') return v;
  const i = asIndex(v);
  if (typeof i === 'number') return i;
  throw overflowError('Python int too large to convert to C ssize_t');
}

/** The optional start/end of find(), count(), startswith()...: None or absent means `dflt`. */
export function rangeParam(v: PyValue | undefined, dflt: number): number {
  return v === undefined || v === None ? dflt : sliceIndexValue(v);
}

// ---- codecs -----------------------------------------------------------------------------------------

const enum Codec {
  Utf8,
  Utf8Sig,
  Ascii,
  Latin1,
  Utf16,
  Utf16LE,
  Utf16BE,
  Utf32,
  Utf32LE,
  Utf32BE,
}

const CODEC_NAMES = [
  'utf-8', 'utf-8', 'ascii', 'latin-1', 'utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-32-be',
];

const ALIASES = new Map<string, Codec>();
for (const n of ['utf_8', 'utf8', 'u8', 'utf', 'utf8_ucs2', 'utf8_ucs4', 'cp65001']) ALIASES.set(n, Codec.Utf8);
ALIASES.set('utf_8_sig', Codec.Utf8Sig);
for (const n of ['utf_16', 'u16', 'utf16']) ALIASES.set(n, Codec.Utf16);
for (const n of ['utf_16_le', 'utf_16le', 'unicodelittleunmarked']) ALIASES.set(n, Codec.Utf16LE);
for (const n of ['utf_16_be', 'utf_16be', 'unicodebigunmarked']) ALIASES.set(n, Codec.Utf16BE);
for (const n of ['utf_32', 'u32', 'utf32']) ALIASES.set(n, Codec.Utf32);
for (const n of ['utf_32_le', 'utf_32le']) ALIASES.set(n, Codec.Utf32LE);
for (const n of ['utf_32_be', 'utf_32be']) ALIASES.set(n, Codec.Utf32BE);
for (const n of [
  'ascii', '646', 'ansi_x3.4_1968', 'ansi_x3_4_1968', 'ansi_x3.4_1986', 'cp367', 'csascii', 'ibm367',
  'iso646_us', 'iso_646.irv_1991', 'iso_ir_6', 'us', 'us_ascii',
]) {
  ALIASES.set(n, Codec.Ascii);
}
for (const n of [
  'latin_1', 'latin1', 'latin', 'l1', '8859', 'cp819', 'csisolatin1', 'ibm819', 'iso8859', 'iso8859_1',
  'iso_8859_1', 'iso_8859_1_1987', 'iso_ir_100',
]) {
  ALIASES.set(n, Codec.Latin1);
}

/**
 * The codec registry of the `_codecs` module (vm/modules/codecs.ts installs it when loaded): encodings
 * not built in here (unicode_escape, cp1252, codecs registered from Python) go through it, as in CPython.
 */
export interface CodecRegistry {
  encode(s: string, encoding: string, errors: string): Uint8Array;
  decode(data: Uint8Array, obj: PyValue, encoding: string, errors: string): string;
}
let registry: CodecRegistry | null = null;
export function installCodecRegistry(r: CodecRegistry): void {
  registry = r;
}

/** The error handlers the codecs here apply themselves; any other name (codecs.register_error) goes
 * through the registry, whose codec functions call the registered handler. So does 'namereplace':
 * the Unicode name database it reads belongs to the unicodedata module. */
const NATIVE_ERROR_HANDLERS = new Set([
  'strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace', 'surrogateescape', 'surrogatepass',
]);

/** The built-in codec for an encoding name, or undefined if it is not one of those implemented here. */
function lookupCodec(encoding: string): Codec | undefined {
  switch (encoding) {
    case 'utf-8':
    case 'utf8':
    case 'UTF-8':
      return Codec.Utf8;
    case 'ascii':
      return Codec.Ascii;
    case 'latin-1':
    case 'latin1':
      return Codec.Latin1;
  }
  // encodings.normalize_encoding: runs of punctuation become one '_', then the alias table.
  let norm = '';
  let punct = false;
  for (const ch of encoding.toLowerCase()) {
    const c = ch.charCodeAt(0);
    const alnum = (c >= 48 && c <= 57) || (c >= 97 && c <= 122);
    if (alnum || ch === '.') {
      if (punct && norm.length > 0) norm += '_';
      norm += ch;
      punct = false;
    } else if (c < 128) {
      punct = true;
    }
  }
  return ALIASES.get(norm) ?? ALIASES.get(norm.replace(/\./g, '_'));
}

function hex(n: number, width: number): string {
  return n.toString(16).padStart(width, '0');
}

function unknownHandler(errors: string): PyBaseException {
  return lookupError(`unknown error handler name '${errors}'`);
}

function encodeError(codec: Codec, s: string, start: number, end: number, reason: string): PyBaseException {
  const cp = end === start + 1 ? codePointAtIndex(s, start) : 0;
  return newUnicodeEncodeError(CODEC_NAMES[codec], s, cp, start, end, reason);
}

/** The code point at code-point index `i` (only used to build error messages). */
function codePointAtIndex(s: string, i: number): number {
  let k = 0;
  for (const ch of s) {
    if (k === i) return ch.codePointAt(0)!;
    k++;
  }
  return 0;
}

/** A growable byte buffer for the slow encoding paths. */
class ByteSink {
  buf = new Uint8Array(64);
  n = 0;
  push(b: number): void {
    if (this.n === this.buf.length) {
      const nb = new Uint8Array(this.buf.length * 2);
      nb.set(this.buf);
      this.buf = nb;
    }
    this.buf[this.n++] = b;
  }
  pushLatin1(s: string): void {
    for (let i = 0; i < s.length; i++) this.push(s.charCodeAt(i));
  }
  pushUtf8(cp: number): void {
    if (cp < 0x80) this.push(cp);
    else if (cp < 0x800) {
      this.push(0xc0 | (cp >> 6));
      this.push(0x80 | (cp & 0x3f));
    } else if (cp < 0x10000) {
      this.push(0xe0 | (cp >> 12));
      this.push(0x80 | ((cp >> 6) & 0x3f));
      this.push(0x80 | (cp & 0x3f));
    } else {
      this.push(0xf0 | (cp >> 18));
      this.push(0x80 | ((cp >> 12) & 0x3f));
      this.push(0x80 | ((cp >> 6) & 0x3f));
      this.push(0x80 | (cp & 0x3f));
    }
  }
  result(): Uint8Array {
    return this.buf.slice(0, this.n);
  }
}

const textEncoder = new TextEncoder();
const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** str.encode(encoding, errors). */
export function encodeString(s: string, encoding: string, errors: string): Uint8Array {
  const codec = lookupCodec(encoding);
  if (codec === undefined || (errors !== 'strict' && registry !== null && !NATIVE_ERROR_HANDLERS.has(errors))) {
    if (registry !== null) return registry.encode(s, encoding, errors);
    throw lookupError(`unknown encoding: ${encoding}`);
  }
  const n = s.length;
  // Fast paths: all ASCII encodes the same in every codec here.
  let i = 0;
  let maxUnit = 0;
  let lone = false;
  for (; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c > maxUnit) maxUnit = c;
    if (c >= 0xd800 && c <= 0xdfff) {
      if (c <= 0xdbff && i + 1 < n) {
        const d = s.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) {
          i++;
          continue;
        }
      }
      lone = true;
    }
  }
  if (codec >= Codec.Utf16) return encodeSlow(s, codec, errors);
  if (maxUnit < 0x80 && codec !== Codec.Utf8Sig) {
    const out = new Uint8Array(n);
    for (let k = 0; k < n; k++) out[k] = s.charCodeAt(k);
    return out;
  }
  if ((codec === Codec.Utf8 || codec === Codec.Utf8Sig) && !lone) {
    const body = textEncoder.encode(s);
    if (codec === Codec.Utf8) return body;
    const out = new Uint8Array(body.length + 3);
    out[0] = 0xef;
    out[1] = 0xbb;
    out[2] = 0xbf;
    out.set(body, 3);
    return out;
  }
  if (codec === Codec.Latin1 && maxUnit < 0x100) {
    const out = new Uint8Array(n);
    for (let k = 0; k < n; k++) out[k] = s.charCodeAt(k);
    return out;
  }
  return encodeSlow(s, codec, errors);
}

/** Writes one code point (or, for surrogatepass, one surrogate) in the codec's byte form. */
function emitCodePoint(sink: ByteSink, codec: Codec, cp: number): void {
  switch (codec) {
    case Codec.Utf8:
    case Codec.Utf8Sig:
      sink.pushUtf8(cp);
      return;
    case Codec.Ascii:
    case Codec.Latin1:
      sink.push(cp);
      return;
    case Codec.Utf16:
    case Codec.Utf16LE:
    case Codec.Utf16BE: {
      const be = codec === Codec.Utf16BE;
      if (cp > 0xffff) {
        const c = cp - 0x10000;
        emitUnit16(sink, 0xd800 | (c >> 10), be);
        emitUnit16(sink, 0xdc00 | (c & 0x3ff), be);
      } else {
        emitUnit16(sink, cp, be);
      }
      return;
    }
    default:
      if (codec === Codec.Utf32BE) {
        sink.push(cp >>> 24);
        sink.push((cp >> 16) & 0xff);
        sink.push((cp >> 8) & 0xff);
        sink.push(cp & 0xff);
      } else {
        sink.push(cp & 0xff);
        sink.push((cp >> 8) & 0xff);
        sink.push((cp >> 16) & 0xff);
        sink.push(cp >>> 24);
      }
  }
}

function emitUnit16(sink: ByteSink, u: number, be: boolean): void {
  if (be) {
    sink.push(u >> 8);
    sink.push(u & 0xff);
  } else {
    sink.push(u & 0xff);
    sink.push(u >> 8);
  }
}

function emitText(sink: ByteSink, codec: Codec, text: string): void {
  for (let i = 0; i < text.length; i++) emitCodePoint(sink, codec, text.charCodeAt(i));
}

function encodeSlow(s: string, codec: Codec, errors: string): Uint8Array {
  const cps = codePointArray(s);
  const sink = new ByteSink();
  // Byte order marks: utf-8-sig always, utf-16/utf-32 in the native (little-endian) order.
  if (codec === Codec.Utf8Sig) sink.pushLatin1('\xef\xbb\xbf');
  else if (codec === Codec.Utf16) sink.pushLatin1('\xff\xfe');
  else if (codec === Codec.Utf32) sink.pushLatin1('\xff\xfe\x00\x00');
  const unicode = codec !== Codec.Ascii && codec !== Codec.Latin1;
  const limit = codec === Codec.Ascii ? 0x80 : 0x100;
  const reason = unicode ? 'surrogates not allowed' : `ordinal not in range(${limit})`;
  const bad = (cp: number) => (unicode ? cp >= 0xd800 && cp <= 0xdfff : cp >= limit);
  for (let i = 0; i < cps.length; ) {
    const cp = cps[i];
    if (!bad(cp)) {
      emitCodePoint(sink, codec, cp);
      i++;
      continue;
    }
    let end = i + 1;
    while (end < cps.length && bad(cps[end])) end++;
    switch (errors) {
      case 'strict':
        throw encodeError(codec, s, i, end, reason);
      case 'ignore':
        break;
      case 'replace':
        for (let k = i; k < end; k++) emitCodePoint(sink, codec, 0x3f);
        break;
      case 'backslashreplace':
        for (let k = i; k < end; k++) emitText(sink, codec, badCharEscape(cps[k]));
        break;
      case 'xmlcharrefreplace':
        for (let k = i; k < end; k++) emitText(sink, codec, `&#${cps[k]};`);
        break;
      case 'surrogateescape':
        // The escaped bytes are single bytes, which UTF-16/32 output cannot hold.
        for (let k = i; k < end; k++) {
          if (cps[k] < 0xdc80 || cps[k] > 0xdcff || codec >= Codec.Utf16) throw encodeError(codec, s, i, end, reason);
        }
        for (let k = i; k < end; k++) sink.push(cps[k] - 0xdc00);
        break;
      case 'surrogatepass':
        if (!unicode) throw encodeError(codec, s, i, end, reason);
        for (let k = i; k < end; k++) emitCodePoint(sink, codec, cps[k]);
        break;
      default:
        throw unknownHandler(errors);
    }
    i = end;
  }
  return sink.result();
}

/** Latin-1 text of bytes (every byte one code point), in chunks to keep argument lists short. */
export function latin1Text(b: Uint8Array): string {
  if (b.length <= 4096) return String.fromCharCode.apply(null, b as unknown as number[]);
  let s = '';
  for (let i = 0; i < b.length; i += 4096) {
    s += String.fromCharCode.apply(null, b.subarray(i, i + 4096) as unknown as number[]);
  }
  return s;
}

function isAsciiBytes(b: Uint8Array): boolean {
  for (let i = 0; i < b.length; i++) if (b[i] >= 0x80) return false;
  return true;
}

/** bytes.decode(encoding, errors); `obj` becomes the UnicodeDecodeError's `object`. */
export function decodeBytes(data: Uint8Array, encoding: string, errors: string, obj: PyValue | null = null): string {
  const codec = lookupCodec(encoding);
  if (codec === undefined || (errors !== 'strict' && registry !== null && !NATIVE_ERROR_HANDLERS.has(errors))) {
    if (registry !== null) return registry.decode(data, obj ?? new PyBytes(data), encoding, errors);
    throw lookupError(`unknown encoding: ${encoding}`);
  }
  if (codec === Codec.Latin1) return latin1Text(data);
  if (codec >= Codec.Utf32) return decodeUtf32(data, codec, errors, obj ?? new PyBytes(data));
  if (codec >= Codec.Utf16) return decodeUtf16(data, codec, errors, obj ?? new PyBytes(data));
  if (codec === Codec.Utf8Sig && data.length >= 3 && data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf) {
    data = data.subarray(3);
  }
  if (isAsciiBytes(data)) return latin1Text(data);
  const source = obj ?? new PyBytes(data);
  if (codec === Codec.Ascii) {
    let out = '';
    for (let i = 0; i < data.length; i++) {
      const b = data[i];
      if (b < 0x80) {
        out += String.fromCharCode(b);
        continue;
      }
      out += decodeErrorText('ascii', source, data, i, i + 1, 'ordinal not in range(128)', errors);
    }
    return out;
  }
  try {
    return strictUtf8.decode(data);
  } catch {
    return decodeUtf8Slow(data, errors, source);
  }
}

/**
 * Where decoding resumes after the last decodeErrorText: the error's end, except after surrogateescape
 * took only the leading non-ASCII bytes of the range (then the codec decodes again from there, and may
 * report a new error, as CPython's does). A module variable rather than a returned pair: no allocation.
 */
let decodeResume = 0;

/**
 * The args of the first error the UTF-16/32 decoders handed to surrogateescape in the current decode
 * call, or null. CPython makes one exception object per call and only moves its start/end for later
 * errors, so the error surrogateescape finally re-raises keeps the first error's args.
 */
let firstEscapedArgs: PyValue[] | null = null;

/** What an error handler puts in place of data[start:end] when decoding, or raises. */
function decodeErrorText(
  enc: string, obj: PyValue, data: Uint8Array, start: number, end: number, reason: string, errors: string,
): string {
  decodeResume = end;
  switch (errors) {
    case 'strict':
      throw newUnicodeDecodeError(enc, obj, data, start, end, reason);
    case 'ignore':
      return '';
    case 'replace':
      return '\ufffd';
    case 'backslashreplace': {
      let s = '';
      for (let k = start; k < end; k++) s += '\\x' + hex(data[k], 2);
      return s;
    }
    case 'surrogateescape': {
      // The handler escapes the bytes >= 0x80 at the start of the range (at most 4) and stops at an
      // ASCII byte; with none to escape it re-raises the error.
      let s = '';
      let k = start;
      while (k < end && k - start < 4 && data[k] >= 0x80) {
        s += String.fromCharCode(0xdc00 + data[k]);
        k++;
      }
      if (k === start) {
        const exc = newUnicodeDecodeError(enc, obj, data, start, end, reason);
        if (firstEscapedArgs !== null) exc.args = firstEscapedArgs;
        throw exc;
      }
      if (firstEscapedArgs === null) firstEscapedArgs = newUnicodeDecodeError(enc, obj, data, start, end, reason).args;
      decodeResume = k;
      return s;
    }
    case 'surrogatepass':
      // Only UTF-8 encoded surrogates pass, and decodeUtf8Slow handles those before coming here.
      throw newUnicodeDecodeError(enc, obj, data, start, end, reason);
    case 'xmlcharrefreplace':
    case 'namereplace':
      throw typeError("don't know how to handle UnicodeDecodeError in error callback");
    default:
      throw unknownHandler(errors);
  }
}

/** UTF-16 decoding; without a byte order mark 'utf-16' is little-endian, and errors name the order. */
function decodeUtf16(data: Uint8Array, codec: Codec, errors: string, obj: PyValue): string {
  const n = data.length;
  let i = 0;
  let be = codec === Codec.Utf16BE;
  if (codec === Codec.Utf16 && n >= 2) {
    if (data[0] === 0xff && data[1] === 0xfe) i = 2;
    else if (data[0] === 0xfe && data[1] === 0xff) {
      i = 2;
      be = true;
    }
  }
  const enc = be ? 'utf-16-be' : 'utf-16-le';
  firstEscapedArgs = null;
  let out = '';
  while (i < n) {
    if (i + 1 >= n) {
      out += decodeErrorText(enc, obj, data, i, n, 'truncated data', errors);
      i = decodeResume;
      continue;
    }
    const u = be ? (data[i] << 8) | data[i + 1] : data[i] | (data[i + 1] << 8);
    if (u < 0xd800 || u > 0xdfff) {
      out += String.fromCharCode(u);
      i += 2;
      continue;
    }
    let end: number;
    let reason: string;
    if (u >= 0xdc00) {
      end = i + 2;
      reason = 'illegal encoding';
    } else if (i + 3 >= n) {
      end = n;
      reason = 'unexpected end of data';
    } else {
      const u2 = be ? (data[i + 2] << 8) | data[i + 3] : data[i + 2] | (data[i + 3] << 8);
      if (u2 >= 0xdc00 && u2 <= 0xdfff) {
        out += String.fromCharCode(u, u2);
        i += 4;
        continue;
      }
      end = i + 2;
      reason = 'illegal UTF-16 surrogate';
    }
    if (errors === 'surrogatepass' && end === i + 2) {
      out += String.fromCharCode(u);
      i = end;
    } else {
      out += decodeErrorText(enc, obj, data, i, end, reason, errors);
      i = decodeResume;
    }
  }
  return out;
}

/** UTF-32 decoding, with the byte order mark rules of UTF-16. */
function decodeUtf32(data: Uint8Array, codec: Codec, errors: string, obj: PyValue): string {
  const n = data.length;
  let i = 0;
  let be = codec === Codec.Utf32BE;
  if (codec === Codec.Utf32 && n >= 4) {
    if (data[0] === 0xff && data[1] === 0xfe && data[2] === 0 && data[3] === 0) i = 4;
    else if (data[0] === 0 && data[1] === 0 && data[2] === 0xfe && data[3] === 0xff) {
      i = 4;
      be = true;
    }
  }
  const enc = be ? 'utf-32-be' : 'utf-32-le';
  firstEscapedArgs = null;
  let out = '';
  while (i < n) {
    if (i + 3 >= n) {
      out += decodeErrorText(enc, obj, data, i, n, 'truncated data', errors);
      i = decodeResume;
      continue;
    }
    const cp = be
      ? ((data[i] << 24) | (data[i + 1] << 16) | (data[i + 2] << 8) | data[i + 3]) >>> 0
      : ((data[i + 3] << 24) | (data[i + 2] << 16) | (data[i + 1] << 8) | data[i]) >>> 0;
    if (cp > 0x10ffff) {
      out += decodeErrorText(enc, obj, data, i, i + 4, 'code point not in range(0x110000)', errors);
      i = decodeResume;
      continue;
    } else if (cp >= 0xd800 && cp <= 0xdfff && errors !== 'surrogatepass') {
      out += decodeErrorText(enc, obj, data, i, i + 4, 'code point in surrogate code point range(0xd800, 0xe000)', errors);
      i = decodeResume;
      continue;
    } else if (cp >= 0xdc00 && cp <= 0xdfff) {
      // surrogatepass: a low surrogate right after a passed high one cannot be a JS string.
      out = concatStr(out, String.fromCharCode(cp));
    } else {
      out += String.fromCodePoint(cp);
    }
    i += 4;
  }
  return out;
}

function isCont(b: number): boolean {
  return (b & 0xc0) === 0x80;
}

/** UTF-8 decoding that reports each maximal invalid subpart as CPython's decoder does. */
function decodeUtf8Slow(data: Uint8Array, errors: string, obj: PyValue): string {
  const n = data.length;
  let out = '';
  let runStart = 0;
  let i = 0;
  while (i < n) {
    const b = data[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    let need = 0;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0;
      else if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90;
      else if (b === 0xf4) hi = 0x8f;
    }
    let errEnd = -1;
    let reason = '';
    if (need === 0) {
      errEnd = i + 1;
      reason = 'invalid start byte';
    } else {
      for (let k = 1; k <= need; k++) {
        if (i + k >= n) {
          errEnd = n;
          reason = 'unexpected end of data';
          break;
        }
        const c = data[i + k];
        const ok = k === 1 ? c >= lo && c <= hi : isCont(c);
        if (!ok) {
          errEnd = i + k;
          reason = 'invalid continuation byte';
          break;
        }
      }
    }
    if (errEnd < 0) {
      i += need + 1;
      continue;
    }
    // surrogatepass: a UTF-8 encoded surrogate (ED A0..BF 80..BF) decodes to the lone surrogate.
    if (errors === 'surrogatepass' && b === 0xed && i + 2 < n && data[i + 1] >= 0xa0 && data[i + 1] <= 0xbf && isCont(data[i + 2])) {
      out += strictUtf8.decode(data.subarray(runStart, i));
      // Two encoded surrogates in a row, high then low, stay two code points in CPython.
      out = concatStr(out, String.fromCharCode(((b & 0x0f) << 12) | ((data[i + 1] & 0x3f) << 6) | (data[i + 2] & 0x3f)));
      i += 3;
      runStart = i;
      continue;
    }
    out += strictUtf8.decode(data.subarray(runStart, i));
    out += decodeErrorText('utf-8', obj, data, i, errEnd, reason, errors);
    i = errEnd;
    runStart = i;
  }
  out += strictUtf8.decode(data.subarray(runStart, n));
  return out;
}

// ---- bytes-like values ------------------------------------------------------------------------------

/** The bytes of a bytes-like object (bytes, bytearray and their subclasses), or null. */
export function bytesLikeData(v: PyValue): Uint8Array | null {
  if (v instanceof PyBytes) return v.data;
  if (v instanceof PyByteArray) return v.view();
  return memoryviewData(v);
}

function selfData(self: PyValue): Uint8Array {
  if (self instanceof PyBytes) return self.data;
  if (self instanceof PyByteArray) return self.view();
  throw typeError(`descriptor requires a 'bytes' object but received '${typeName(self)}'`);
}

/** A result of the receiver's base kind: bytearray for bytearrays, else bytes. */
function like(self: PyValue, data: Uint8Array): PyBytes | PyByteArray {
  return self instanceof PyByteArray ? new PyByteArray(data) : new PyBytes(data);
}

function kindName(self: PyValue): string {
  return self instanceof PyByteArray ? 'bytearray' : 'bytes';
}

function needBytes(v: PyValue): Uint8Array {
  const d = bytesLikeData(v);
  if (d === null) throw typeError(`a bytes-like object is required, not '${typeName(v)}'`);
  return d;
}

/** _getbytevalue: an int in range(256) through __index__. */
function byteValue(v: PyValue): number {
  const i = typeof v === 'number' ? v : asIndex(v);
  if (typeof i !== 'number' || i < 0 || i > 255) throw valueError('byte must be in range(0, 256)');
  return i;
}

/** The sub argument of find/count/index: bytes-like, or an int naming one byte. */
function subArg(v: PyValue): Uint8Array | number {
  const d = bytesLikeData(v);
  if (d !== null) return d;
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint' || hasIndex(v)) {
    const i = asIndex(v);
    if (typeof i !== 'number' || i < 0 || i > 255) throw valueError('byte must be in range(0, 256)');
    return i;
  }
  throw typeError(`argument should be integer or bytes-like object, not '${typeName(v)}'`);
}

function hasIndex(v: PyValue): boolean {
  return typeof v === 'object' && v.cls.lookup('__index__') !== undefined;
}

function concatBytes(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

export function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    if (a[i] !== b[i]) return a[i] - b[i];
  }
  return a.length - b.length;
}

/**
 * repr() of bytes content: b'...' with CPython's quote choice and escapes. bytearray's repr escapes
 * a single quote even inside double quotes (`alwaysEscapeSingle`), as CPython's does.
 */
export function bytesRepr(data: Uint8Array, alwaysEscapeSingle = false): string {
  let hasSingle = false;
  let hasDouble = false;
  for (let i = 0; i < data.length; i++) {
    if (data[i] === 0x27) hasSingle = true;
    else if (data[i] === 0x22) hasDouble = true;
  }
  const quote = hasSingle && !hasDouble ? 0x22 : 0x27;
  let out = quote === 0x22 ? 'b"' : "b'";
  for (let i = 0; i < data.length; i++) {
    const c = data[i];
    if (c === quote || c === 0x5c || (c === 0x27 && alwaysEscapeSingle)) out += '\\' + String.fromCharCode(c);
    else if (c === 0x09) out += '\\t';
    else if (c === 0x0a) out += '\\n';
    else if (c === 0x0d) out += '\\r';
    else if (c < 0x20 || c >= 0x7f) out += '\\x' + hex(c, 2);
    else out += String.fromCharCode(c);
  }
  return out + (quote === 0x22 ? '"' : "'");
}

/** A deterministic hash, equal to the str hash of the same latin-1 text (as in CPython). */
export function bytesHash(data: Uint8Array): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < data.length; i++) {
    h ^= data[i];
    h = Math.imul(h, 0x01000193);
  }
  const v = h | 0;
  return v === -1 ? -2 : v;
}

// ---- searching --------------------------------------------------------------------------------------

/** First index of `sub` in h[from:to], or -1. */
function indexIn(h: Uint8Array, sub: Uint8Array | number, from: number, to: number): number {
  if (typeof sub === 'number') {
    const i = h.indexOf(sub, from);
    return i >= 0 && i < to ? i : -1;
  }
  const m = sub.length;
  if (m === 0) return from <= to ? from : -1;
  const first = sub[0];
  const last = to - m;
  for (let i = from; i <= last; i++) {
    if (h[i] !== first) continue;
    let k = 1;
    while (k < m && h[i + k] === sub[k]) k++;
    if (k === m) return i;
  }
  return -1;
}

/** Last index of `sub` in h[from:to], or -1. */
function lastIndexIn(h: Uint8Array, sub: Uint8Array | number, from: number, to: number): number {
  if (typeof sub === 'number') {
    for (let i = to - 1; i >= from; i--) if (h[i] === sub) return i;
    return -1;
  }
  const m = sub.length;
  if (m === 0) return from <= to ? to : -1;
  for (let i = to - m; i >= from; i--) {
    let k = 0;
    while (k < m && h[i + k] === sub[k]) k++;
    if (k === m) return i;
  }
  return -1;
}

function subLength(sub: Uint8Array | number): number {
  return typeof sub === 'number' ? 1 : sub.length;
}

/** ADJUST_INDICES of stringlib: clip end, make negative indices relative. Returns [start, end]. */
function adjust(start: number, end: number, len: number): [number, number] {
  if (end > len) end = len;
  else if (end < 0) {
    end += len;
    if (end < 0) end = 0;
  }
  if (start < 0) {
    start += len;
    if (start < 0) start = 0;
  }
  return [start, end];
}

function findCommon(self: PyValue, args: PyValue[], kwargs: KwArgs, name: string, reverse: boolean): number {
  noKwargs(`${kindName(self)}.${name}`, kwargs);
  argRange(name, args, null, 1, 3);
  const h = selfData(self);
  const sub = subArg(args[0]);
  const [start, end] = adjust(rangeParam(args[1], 0), rangeParam(args[2], h.length), h.length);
  if (end - start < subLength(sub)) return -1;
  return reverse ? lastIndexIn(h, sub, start, end) : indexIn(h, sub, start, end);
}

function countIn(h: Uint8Array, sub: Uint8Array | number, start: number, end: number): number {
  const m = subLength(sub);
  if (end - start < m) return 0;
  if (m === 0) return end - start + 1;
  let n = 0;
  let i = start;
  for (;;) {
    const j = indexIn(h, sub, i, end);
    if (j < 0) return n;
    n++;
    i = j + m;
  }
}

function tailMatch(h: Uint8Array, sub: Uint8Array, start: number, end: number, atEnd: boolean): boolean {
  [start, end] = adjust(start, end, h.length);
  end -= sub.length;
  if (end < start) return false;
  if (sub.length === 0) return true;
  const at = atEnd ? end : start;
  for (let k = 0; k < sub.length; k++) if (h[at + k] !== sub[k]) return false;
  return true;
}

function startsEnds(self: PyValue, args: PyValue[], kwargs: KwArgs, name: string, atEnd: boolean): boolean {
  noKwargs(`${kindName(self)}.${name}`, kwargs);
  argRange(name, args, null, 1, 3);
  const h = selfData(self);
  const start = rangeParam(args[1], 0);
  const end = rangeParam(args[2], 0x7fffffffffffffff);
  const p = args[0];
  if (p instanceof PyTuple) {
    for (const item of p.items) {
      if (tailMatch(h, needBytes(item), start, end, atEnd)) return true;
    }
    return false;
  }
  const d = bytesLikeData(p);
  if (d === null) {
    throw typeError(`${name} first arg must be bytes or a tuple of bytes, not ${typeName(p)}`);
  }
  return tailMatch(h, d, start, end, atEnd);
}

// ---- character classes (ASCII only, as bytes methods are) -------------------------------------------

function isSpaceByte(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d);
}
function isLowerByte(c: number): boolean {
  return c >= 0x61 && c <= 0x7a;
}
function isUpperByte(c: number): boolean {
  return c >= 0x41 && c <= 0x5a;
}
function isAlphaByte(c: number): boolean {
  return isLowerByte(c) || isUpperByte(c);
}
function isDigitByte(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

function allBytes(self: PyValue, pred: (c: number) => boolean): boolean {
  const d = selfData(self);
  if (d.length === 0) return false;
  for (let i = 0; i < d.length; i++) if (!pred(d[i])) return false;
  return true;
}

/** islower/isupper: at least one byte of the case, and none of the other. */
function onlyCase(self: PyValue, isCase: (c: number) => boolean, isOtherCase: (c: number) => boolean): boolean {
  const d = selfData(self);
  let cased = false;
  for (let i = 0; i < d.length; i++) {
    if (isOtherCase(d[i])) return false;
    if (isCase(d[i])) cased = true;
  }
  return cased;
}

function mapBytes(self: PyValue, f: (c: number) => number): PyValue {
  const d = selfData(self);
  const out = new Uint8Array(d.length);
  for (let i = 0; i < d.length; i++) out[i] = f(d[i]);
  return like(self, out);
}

function toUpperByte(c: number): number {
  return isLowerByte(c) ? c - 32 : c;
}
function toLowerByte(c: number): number {
  return isUpperByte(c) ? c + 32 : c;
}
function swapByte(c: number): number {
  return isLowerByte(c) ? c - 32 : isUpperByte(c) ? c + 32 : c;
}

// ---- splitting and stripping ------------------------------------------------------------------------

function splitWhitespace(self: PyValue, d: Uint8Array, maxsplit: number): PyValue[] {
  const out: PyValue[] = [];
  const n = d.length;
  let i = 0;
  while (maxsplit-- !== 0) {
    while (i < n && isSpaceByte(d[i])) i++;
    if (i === n) return out;
    const j = i;
    i++;
    while (i < n && !isSpaceByte(d[i])) i++;
    out.push(like(self, d.slice(j, i)));
  }
  while (i < n && isSpaceByte(d[i])) i++;
  if (i < n) out.push(like(self, d.slice(i)));
  return out;
}

function rsplitWhitespace(self: PyValue, d: Uint8Array, maxsplit: number): PyValue[] {
  const out: PyValue[] = [];
  let i = d.length - 1;
  while (maxsplit-- !== 0) {
    while (i >= 0 && isSpaceByte(d[i])) i--;
    if (i < 0) break;
    const j = i;
    i--;
    while (i >= 0 && !isSpaceByte(d[i])) i--;
    out.push(like(self, d.slice(i + 1, j + 1)));
  }
  if (i >= 0) {
    while (i >= 0 && isSpaceByte(d[i])) i--;
    if (i >= 0) out.push(like(self, d.slice(0, i + 1)));
  }
  out.reverse();
  return out;
}

const SPLIT_NAMES = ['sep', 'maxsplit'];

function splitArgs(args: PyValue[], kwargs: KwArgs, fname: string): [PyValue, number] {
  const a = clinicArgs(fname, SPLIT_NAMES, 0, 0, 2, args, kwargs);
  const sep = a[0] === undefined ? None : a[0];
  const maxsplit = a[1] === undefined ? -1 : ssizeParam(a[1]);
  return [sep, maxsplit < 0 ? -1 : maxsplit];
}

function split(self: PyValue, args: PyValue[], kwargs: KwArgs): PyValue {
  const [sepv, maxsplit] = splitArgs(args, kwargs, 'split');
  const d = selfData(self);
  if (sepv === None) return new PyList(splitWhitespace(self, d, maxsplit));
  const sep = needBytes(sepv);
  if (sep.length === 0) throw valueError('empty separator');
  const out: PyValue[] = [];
  let i = 0;
  let left = maxsplit;
  while (left-- !== 0) {
    const j = indexIn(d, sep, i, d.length);
    if (j < 0) break;
    out.push(like(self, d.slice(i, j)));
    i = j + sep.length;
  }
  out.push(like(self, d.slice(i)));
  return new PyList(out);
}

function rsplit(self: PyValue, args: PyValue[], kwargs: KwArgs): PyValue {
  const [sepv, maxsplit] = splitArgs(args, kwargs, 'rsplit');
  const d = selfData(self);
  if (sepv === None) return new PyList(rsplitWhitespace(self, d, maxsplit));
  const sep = needBytes(sepv);
  if (sep.length === 0) throw valueError('empty separator');
  const out: PyValue[] = [];
  let j = d.length;
  let left = maxsplit;
  while (left-- !== 0) {
    const i = lastIndexIn(d, sep, 0, j);
    if (i < 0) break;
    out.push(like(self, d.slice(i + sep.length, j)));
    j = i;
  }
  out.push(like(self, d.slice(0, j)));
  out.reverse();
  return new PyList(out);
}

function stripImpl(self: PyValue, args: PyValue[], kwargs: KwArgs, name: string, left: boolean, right: boolean): PyValue {
  noKwargs(`${kindName(self)}.${name}`, kwargs);
  argRange(name, args, null, 0, 1);
  const d = selfData(self);
  const charsv = args.length > 0 ? args[0] : None;
  const chars = charsv === None ? null : needBytes(charsv);
  let i = 0;
  let j = d.length;
  if (left) {
    while (i < j && (chars === null ? isSpaceByte(d[i]) : chars.indexOf(d[i]) >= 0)) i++;
  }
  if (right) {
    while (j > i && (chars === null ? isSpaceByte(d[j - 1]) : chars.indexOf(d[j - 1]) >= 0)) j--;
  }
  return like(self, d.slice(i, j));
}

const SPLITLINES_NAMES = ['keepends'];

function splitlines(self: PyValue, args: PyValue[], kwargs: KwArgs): PyValue {
  const a = clinicArgs('splitlines', SPLITLINES_NAMES, 0, 0, 1, args, kwargs);
  const keepends = a[0] === undefined ? false : asIndex(a[0]) !== 0;
  const d = selfData(self);
  const out: PyValue[] = [];
  const n = d.length;
  let i = 0;
  while (i < n) {
    const j0 = i;
    while (i < n && d[i] !== 0x0a && d[i] !== 0x0d) i++;
    let eol = i;
    if (i < n) {
      if (d[i] === 0x0d && i + 1 < n && d[i + 1] === 0x0a) i += 2;
      else i++;
      if (keepends) eol = i;
    }
    out.push(like(self, d.slice(j0, eol)));
  }
  return new PyList(out);
}

function partitionImpl(self: PyValue, sepv: PyValue, reverse: boolean): PyValue {
  const d = selfData(self);
  const sep = needBytes(sepv);
  if (sep.length === 0) throw valueError('empty separator');
  const i = reverse ? lastIndexIn(d, sep, 0, d.length) : indexIn(d, sep, 0, d.length);
  if (i < 0) {
    const empty = like(self, new Uint8Array(0));
    return reverse
      ? new PyTuple([empty, like(self, new Uint8Array(0)), like(self, d.slice())])
      : new PyTuple([like(self, d.slice()), empty, like(self, new Uint8Array(0))]);
  }
  return new PyTuple([like(self, d.slice(0, i)), like(self, sep.slice()), like(self, d.slice(i + sep.length))]);
}

function replaceImpl(d: Uint8Array, old: Uint8Array, rep: Uint8Array, count: number): Uint8Array {
  if (count < 0) count = 0x7fffffff;
  const parts: Uint8Array[] = [];
  let total = 0;
  if (old.length === 0) {
    // Insert `rep` before every byte (and at the end), up to count times.
    let i = 0;
    for (; i <= d.length && count > 0; i++, count--) {
      parts.push(rep);
      total += rep.length;
      if (i < d.length) {
        parts.push(d.subarray(i, i + 1));
        total++;
      }
    }
    if (i < d.length) {
      parts.push(d.subarray(i));
      total += d.length - i;
    }
  } else {
    let i = 0;
    while (count > 0) {
      const j = indexIn(d, old, i, d.length);
      if (j < 0) break;
      parts.push(d.subarray(i, j), rep);
      total += j - i + rep.length;
      i = j + old.length;
      count--;
    }
    parts.push(d.subarray(i));
    total += d.length - i;
  }
  const out = new Uint8Array(total);
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

// ---- padding ----------------------------------------------------------------------------------------

function fillArg(self: PyValue, name: string, v: PyValue | undefined): number {
  if (v === undefined) return 0x20;
  const d = bytesLikeData(v);
  if (d === null) {
    throw typeError(`${name}() argument 2 must be a byte string of length 1, not ${v === None ? 'None' : typeName(v)}`);
  }
  if (d.length !== 1) {
    throw typeError(`${name}(): argument 2 must be a byte string of length 1, not a ${typeName(v)} object of length ${d.length}`);
  }
  return d[0];
}

/** A new byte buffer, with MemoryError where CPython would fail to allocate instead of a RangeError. */
function allocBytes(n: number): Uint8Array {
  if (n > 0x7fffffff) throw memoryError('');
  return new Uint8Array(n);
}

function pad(self: PyValue, d: Uint8Array, left: number, right: number, fill: number): PyValue {
  if (left < 0) left = 0;
  if (right < 0) right = 0;
  const out = allocBytes(left + d.length + right);
  out.fill(fill, 0, left);
  out.set(d, left);
  out.fill(fill, left + d.length);
  return like(self, out);
}

function justify(self: PyValue, args: PyValue[], kwargs: KwArgs, name: string): PyValue {
  noKwargs(`${kindName(self)}.${name}`, kwargs);
  argRange(name, args, null, 1, 2);
  const width = ssizeParam(args[0]);
  const fill = fillArg(self, name, args[1]);
  const d = selfData(self);
  const marg = width - d.length;
  if (marg <= 0) return like(self, d.slice());
  if (name === 'ljust') return pad(self, d, 0, marg, fill);
  if (name === 'rjust') return pad(self, d, marg, 0, fill);
  const left = Math.floor(marg / 2) + (marg & width & 1);
  return pad(self, d, left, marg - left, fill);
}

// ---- hex --------------------------------------------------------------------------------------------

const HEX_NAMES = ['sep', 'bytes_per_sep'];

function hexMethod(self: PyValue, args: PyValue[], kwargs: KwArgs): PyValue {
  const a = clinicArgs('hex', HEX_NAMES, 0, 0, 2, args, kwargs);
  const d = selfData(self);
  let sep = '';
  if (a[0] !== undefined) {
    const sv = a[0];
    const t = textOf(sv);
    const b = bytesLikeData(sv);
    if (t !== null) sep = t;
    else if (b !== null) sep = latin1Text(b);
    else throw typeError(`object of type '${typeName(sv)}' has no len()`);
    if ([...sep].length !== 1) throw valueError('sep must be length 1.');
    if (sep.charCodeAt(0) > 0x7f) throw valueError('sep must be ASCII.');
  }
  const per = a[1] === undefined ? 1 : ssizeParam(a[1]);
  let out = '';
  if (sep === '' || per === 0 || d.length === 0) {
    for (let i = 0; i < d.length; i++) out += hex(d[i], 2);
    return out;
  }
  const group = Math.abs(per);
  for (let i = 0; i < d.length; i++) {
    // Groups count from the right for a positive bytes_per_sep, from the left for a negative one.
    if (i > 0) {
      const boundary = per > 0 ? (d.length - i) % group === 0 : i % group === 0;
      if (boundary) out += sep;
    }
    out += hex(d[i], 2);
  }
  return out;
}

function hexDigit(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 102) return c - 87;
  if (c >= 65 && c <= 70) return c - 55;
  return -1;
}

function fromHex(cls: PyType, args: PyValue[], kwargs: KwArgs): PyValue {
  const base = cls.isSubtypeOf(bytearrayType) ? 'bytearray' : 'bytes';
  const v = oneArg(`${base}.fromhex`, args, kwargs);
  let codes: ArrayLike<number>;
  const t = textOf(v);
  if (t !== null) {
    codes = Array.from(t, (ch) => ch.codePointAt(0)!);
  } else {
    const b = bytesLikeData(v);
    if (b === null) throw typeError(`fromhex() argument must be str or bytes-like, not ${typeName(v)}`);
    codes = b;
  }
  const out: number[] = [];
  const n = codes.length;
  let i = 0;
  while (i < n) {
    if (isSpaceByte(codes[i])) {
      i++;
      continue;
    }
    const top = hexDigit(codes[i]);
    if (top < 0) throw valueError(`non-hexadecimal number found in fromhex() arg at position ${i}`);
    i++;
    if (i >= n) throw valueError('fromhex() arg must contain an even number of hexadecimal digits');
    const bot = hexDigit(codes[i]);
    if (bot < 0) {
      throw valueError(`non-hexadecimal number found in fromhex() arg at position ${i}`);
    }
    i++;
    out.push((top << 4) | bot);
  }
  const data = Uint8Array.from(out);
  if (cls === bytesType) return new PyBytes(data);
  if (cls === bytearrayType) return new PyByteArray(data);
  return callObject(cls, [base === 'bytes' ? new PyBytes(data) : new PyByteArray(data)]);
}

// ---- construction -----------------------------------------------------------------------------------

/** Bytes from a list/tuple/iterable of ints; `msg` is the out-of-range message of the caller. */
function bytesFromInts(v: PyValue, rangeMsg: string, what: string): Uint8Array {
  let items: PyValue[] | null = null;
  if (v instanceof PyList || v instanceof PyTuple) items = v.items;
  const out: number[] = [];
  const push = (x: PyValue) => {
    const i = typeof x === 'number' ? x : asIndex(x);
    if (typeof i !== 'number' || i < 0 || i > 255) throw valueError(rangeMsg);
    out.push(i);
  };
  if (items !== null) {
    for (let k = 0; k < items.length; k++) push(items[k]);
    return Uint8Array.from(out);
  }
  let it: PyValue;
  try {
    it = getIter(v);
  } catch (e) {
    if (e instanceof PyBaseException && e.cls.name === 'TypeError') {
      throw typeError(`cannot convert '${typeName(v)}' object to ${what}`);
    }
    throw e;
  }
  for (;;) {
    const x = iterNext(it);
    if (x === undefined) break;
    push(x);
  }
  return Uint8Array.from(out);
}

const NEW_NAMES = ['source', 'encoding', 'errors'];

function bytesNew(cls: PyType, args: PyValue[], kwargs: KwArgs): PyValue {
  const a = clinicArgs('bytes', NEW_NAMES, 0, 0, 3, args, kwargs);
  const x = a[0];
  const encoding = a[1] === undefined ? undefined : strParam('bytes', "'encoding'", a[1]);
  const errors = a[2] === undefined ? undefined : strParam('bytes', "'errors'", a[2]);
  const data = bytesSource(x, encoding, errors);
  return new PyBytes(data, cls);
}

function bytesSource(x: PyValue | undefined, encoding: string | undefined, errors: string | undefined): Uint8Array {
  const text = x === undefined ? null : textOf(x);
  if (encoding !== undefined) {
    if (text === null) throw typeError('encoding without a string argument');
    return encodeString(text, encoding, errors ?? 'strict');
  }
  if (errors !== undefined) {
    throw typeError(text !== null ? 'string argument without an encoding' : 'errors without a string argument');
  }
  if (x === undefined) return new Uint8Array(0);
  if (x instanceof PyBytes) return x.cls === bytesType ? x.data : x.data.slice();
  if (typeof x === 'object' && !(x instanceof PyByteArray)) {
    const f = lookupSpecial(x, '__bytes__');
    if (f !== undefined) {
      const r = callObject(f, []);
      if (!(r instanceof PyBytes)) throw typeError(`__bytes__ returned non-bytes (type ${typeName(r)})`);
      return r.data;
    }
  }
  if (text !== null) throw typeError('string argument without an encoding');
  const size = sizeArg(x);
  if (size !== null) return new Uint8Array(size);
  const buf = bytesLikeData(x);
  if (buf !== null) return buf.slice();
  return bytesFromInts(x, 'bytes must be in range(0, 256)', 'bytes');
}

/** An int used as a size (bytes(3), bytearray(3)); null when x is not an integer. */
function sizeArg(x: PyValue): number | null {
  if (typeof x !== 'number' && typeof x !== 'bigint' && typeof x !== 'boolean' && !hasIndex(x)) return null;
  const n = asIndex(x);
  if (typeof n === 'bigint') throw overflowError("cannot fit 'int' into an index-sized integer");
  if (n < 0) throw valueError('negative count');
  if (n > 0x7fffffff) throw memoryError('');
  return n;
}

function bytearrayInit(self: PyValue, args: PyValue[], kwargs: KwArgs): PyValue {
  const ba = self as PyByteArray;
  const a = clinicArgs('bytearray', NEW_NAMES, 0, 0, 3, args, kwargs);
  const x = a[0];
  const encoding = a[1] === undefined ? undefined : strParam('bytearray', "'encoding'", a[1]);
  const errors = a[2] === undefined ? undefined : strParam('bytearray', "'errors'", a[2]);
  let data: Uint8Array;
  if (x === undefined) {
    if (encoding !== undefined || errors !== undefined) {
      throw typeError(encoding !== undefined ? 'encoding without a string argument' : 'errors without a string argument');
    }
    data = new Uint8Array(0);
  } else {
    const text = textOf(x);
    if (text !== null) {
      if (encoding === undefined) throw typeError('string argument without an encoding');
      data = encodeString(text, encoding, errors ?? 'strict');
    } else if (encoding !== undefined || errors !== undefined) {
      throw typeError(encoding !== undefined ? 'encoding without a string argument' : 'errors without a string argument');
    } else {
      const size = sizeArg(x);
      if (size !== null) data = new Uint8Array(size);
      else {
        const buf = bytesLikeData(x);
        data = buf !== null ? buf.slice() : bytesFromInts(x, 'byte must be in range(0, 256)', 'bytearray');
      }
    }
  }
  ba.data = data;
  ba.length = data.length;
  return None;
}

// ---- printf-style formatting (bytes % args) ----------------------------------------------------------
//
// percentFormat works on text: the template and every %s/%b/%c result are latin-1 text (one char per
// byte) and the result is turned back into bytes. str operands are wrapped so that %s rejects them
// as CPython does while %r, %a and messages still see a str.

class StrOperand {
  constructor(readonly s: string) {}
}

function wrapStr(v: PyValue): unknown {
  return typeof v === 'string' ? new StrOperand(v) : v;
}

function unwrap(v: unknown): PyValue {
  return v instanceof StrOperand ? v.s : (v as PyValue);
}

function latin1Bytes(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

const C_MESSAGE = '%c requires an integer in range(256) or a single byte';

let bytesOps: PercentOps | null = null;

/** The PercentOps of bytes formatting: str's adapter with bytes' rules for %s %b %c and mappings. */
function bytesPercentOps(): PercentOps {
  if (bytesOps !== null) return bytesOps;
  const base = percentOps;
  bytesOps = {
    tupleItems: (v) => (v instanceof PyTuple ? v.items.map(wrapStr) : null),
    isMapping: (v) => !(v instanceof PyBytes || v instanceof PyByteArray || v instanceof StrOperand) && base.isMapping(v),
    getItem: (m, key) => wrapStr(getItem(m as PyValue, new PyBytes(latin1Bytes(key)))),
    str(v) {
      const d = v instanceof StrOperand ? null : bytesLikeData(v as PyValue);
      if (d !== null) return latin1Text(d);
      if (v instanceof PyObject && !(v instanceof StrOperand)) {
        const f = lookupSpecial(v, '__bytes__');
        if (f !== undefined) {
          const r = callObject(f, []);
          if (!(r instanceof PyBytes)) throw typeError(`__bytes__ returned non-bytes (type ${typeName(r)})`);
          return latin1Text(r.data);
        }
      }
      throw typeError(
        `%b requires a bytes-like object, or an object that implements __bytes__, not '${base.typeName(unwrap(v))}'`,
      );
    },
    repr: (v) => asciiEscape(repr(unwrap(v))),
    ascii: (v) => asciiEscape(repr(unwrap(v))),
    typeName: (v) => base.typeName(unwrap(v)),
    intValue: (v) => (v instanceof StrOperand ? null : base.intValue(v)),
    asIntForFormat: (v, conversion) => (v instanceof StrOperand ? null : base.asIntForFormat(v, conversion)),
    asFloatForFormat: (v) => (v instanceof StrOperand ? null : base.asFloatForFormat(v)),
    strValue(v) {
      if (v instanceof StrOperand) throw typeError(`${C_MESSAGE}, not str`);
      const d = bytesLikeData(v as PyValue);
      if (d === null) return null;
      if (d.length !== 1) throw typeError(`${C_MESSAGE}, not a ${typeName(v as PyValue)} object of length ${d.length}`);
      return String.fromCharCode(d[0]);
    },
    index(v) {
      const i = base.index(v);
      if (i === null) throw typeError(`${C_MESSAGE}, not ${base.typeName(v)}`);
      if (typeof i === 'bigint' || i < 0 || i > 255) throw overflowError('%c arg not in range(256)');
      return i;
    },
  };
  return bytesOps;
}

/** The template with each %b conversion turned into the equivalent %s, which percentFormat knows. */
function bAsS(t: string): string {
  if (t.indexOf('b') < 0) return t;
  let out = '';
  let last = 0;
  const n = t.length;
  for (let i = t.indexOf('%'); i >= 0 && i < n; i = t.indexOf('%', i)) {
    i++;
    if (i < n && t.charCodeAt(i) === 0x25) {
      i++;
      continue;
    }
    if (i < n && t.charCodeAt(i) === 0x28) {
      let depth = 1;
      for (i++; i < n && depth > 0; i++) {
        const c = t.charCodeAt(i);
        if (c === 0x28) depth++;
        else if (c === 0x29) depth--;
      }
    }
    while (i < n && '-+ #0'.indexOf(t[i]) >= 0) i++;
    while (i < n && (t[i] === '*' || (t[i] >= '0' && t[i] <= '9'))) i++;
    if (i < n && t[i] === '.') {
      i++;
      while (i < n && (t[i] === '*' || (t[i] >= '0' && t[i] <= '9'))) i++;
    }
    while (i < n && 'hlL'.indexOf(t[i]) >= 0) i++;
    if (i < n && t[i] === 'b') {
      out += t.slice(last, i) + 's';
      last = i + 1;
    }
    if (i < n) i++;
  }
  return last === 0 ? t : out + t.slice(last);
}

/** `template % operand` for bytes templates. */
export function bytesPercentFormat(template: Uint8Array, operand: PyValue): Uint8Array {
  try {
    return latin1Bytes(percentFormat(bAsS(latin1Text(template)), wrapStr(operand), bytesPercentOps()));
  } catch (e) {
    if (e instanceof PyBaseException && e.cls.name === 'TypeError' && e.args[0] === 'not all arguments converted during string formatting') {
      throw typeError('not all arguments converted during bytes formatting');
    }
    throw e;
  }
}

// ---- bytearray storage ------------------------------------------------------------------------------

function ensureCapacity(ba: PyByteArray, n: number): void {
  if (ba.data.length >= n) return;
  const nd = new Uint8Array(Math.max(n, ba.data.length * 2, 16));
  nd.set(ba.data.subarray(0, ba.length));
  ba.data = nd;
}

function setContent(ba: PyByteArray, data: Uint8Array): void {
  ba.data = data;
  ba.length = data.length;
}

/** Replace ba[start:stop] (step 1) by `bytes`. */
function setSliceLinear(ba: PyByteArray, start: number, stop: number, bytes: Uint8Array): void {
  if (stop < start) stop = start;
  const old = ba.view();
  const out = new Uint8Array(old.length - (stop - start) + bytes.length);
  out.set(old.subarray(0, start));
  out.set(bytes, start);
  out.set(old.subarray(stop), start + bytes.length);
  setContent(ba, out);
}

function asByteArray(self: PyValue): PyByteArray {
  if (self instanceof PyByteArray) return self;
  throw typeError(`descriptor requires a 'bytearray' object but received '${typeName(self)}'`);
}

// ---- iteration --------------------------------------------------------------------------------------

export const bytearrayIteratorType = makeBuiltinType('bytearray_iterator');
bytearrayIteratorType.isBaseType = false;

/** Iterates the bytes of a bytes (fixed) or bytearray (re-read each step, as it may change). */
export class BytesIterator extends PyIterator {
  private i = 0;
  constructor(private seq: PyBytes | PyByteArray | null) {
    super(seq instanceof PyByteArray ? bytearrayIteratorType : bytesIteratorType);
  }
  next(): PyValue | undefined {
    const s = this.seq;
    if (s === null) return undefined;
    const n = s instanceof PyByteArray ? s.length : s.data.length;
    if (this.i < n) return s.data[this.i++];
    this.seq = null;
    return undefined;
  }
  /** striter_len / bytearrayiter_length_hint: what is left, 0 once exhausted (or overrun by a shrink). */
  lengthHint(): number {
    const s = this.seq;
    if (s === null) return 0;
    const n = s instanceof PyByteArray ? s.length : s.data.length;
    return n > this.i ? n - this.i : 0;
  }
}

// PEP 688: bytes and bytearray export their buffer through __buffer__(flags) (a memoryview of
// themselves); bytearray, whose buffer has a release hook, also has __release_buffer__(view).
for (const t of [bytesType, bytearrayType]) {
  defMethod(t, '__buffer__', (self, args) => {
    if (args.length !== 1) throw typeError(`__buffer__ expected 1 argument, got ${args.length}`);
    asIndex(args[0]);
    return newMemoryView(self);
  });
}
// bytearray.__alloc__(): the allocated size. pyrewind keeps no allocation history, so this is what one
// made at its current length in one step has (length + 1, 0 when empty), as __sizeof__ also assumes.
defMethod(bytearrayType, '__alloc__', (self, args, kwargs) => {
  noArgs('__alloc__', args, kwargs);
  const n = (self as PyByteArray).length;
  return n === 0 ? 0 : n + 1;
});
defMethod(bytearrayType, '__release_buffer__', (self, args) => {
  if (args.length !== 1) throw typeError(`__release_buffer__ expected 1 argument, got ${args.length}`);
  const view = args[0];
  if (!(view instanceof PyMemoryView)) throw typeError('expected a memoryview object');
  if (view.released) return None;
  if (view.exporter !== self) throw valueError("memoryview's buffer is not this object");
  view.released = true;
  return None;
});

// bytes_iterator's comes with the other iterators (iterator_methods.ts), from lengthHint().
defMethod(bytearrayIteratorType, '__length_hint__', (self, args, kwargs) => {
  noArgs('bytearray_iterator.__length_hint__', args, kwargs);
  return (self as BytesIterator).lengthHint();
});

for (const t of [bytesIteratorType, bytearrayIteratorType]) {
  if (!t.attrs.has('__iter__')) defMethod(t, '__iter__', (self) => self);
  if (!t.attrs.has('__next__')) {
    defMethod(t, '__next__', (self) => {
      const v = (self as PyIterator).next();
      if (v === undefined) throw new PyBaseException(StopIteration, []);
      return v;
    });
  }
}

// ---- registration: methods common to bytes and bytearray --------------------------------------------

function heapWithReflected(v: PyValue, name: string): boolean {
  return typeof v === 'object' && v.cls.isHeap && v.cls.lookup(name) !== undefined;
}

function registerCommon(type: PyType): void {
  const tn = type.name;

  defMethod(type, '__len__', (self) => selfData(self).length);
  defMethod(type, '__iter__', (self) => new BytesIterator(self as PyBytes | PyByteArray));

  defMethod(type, '__getitem__', (self, args) => {
    const key = args[0];
    const d = selfData(self);
    if (key instanceof PySlice) {
      const [start, , step, count] = sliceIndices(key, d.length);
      if (step === 1) return like(self, d.slice(start, start + count));
      const out = new Uint8Array(count);
      for (let k = 0, i = start; k < count; k++, i += step) out[k] = d[i];
      return like(self, out);
    }
    let i: number;
    if (typeof key === 'number') i = key;
    else if (typeof key === 'boolean' || typeof key === 'bigint' || hasIndex(key)) {
      const n = asIndex(key);
      if (typeof n === 'bigint') throw indexError("cannot fit 'int' into an index-sized integer");
      i = n;
    } else {
      throw typeError(
        self instanceof PyByteArray
          ? `bytearray indices must be integers or slices, not ${typeName(key)}`
          : `byte indices must be integers or slices, not ${typeName(key)}`,
      );
    }
    if (i < 0) i += d.length;
    if (i < 0 || i >= d.length) {
      throw indexError(self instanceof PyByteArray ? 'bytearray index out of range' : 'index out of range');
    }
    return d[i];
  });

  defMethod(type, '__contains__', (self, args) => {
    const v = args[0];
    const d = selfData(self);
    const b = bytesLikeData(v);
    if (b !== null) return indexIn(d, b, 0, d.length) >= 0;
    if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint' || hasIndex(v)) {
      const i = asIndex(v);
      if (typeof i !== 'number' || i < 0 || i > 255) throw valueError('byte must be in range(0, 256)');
      return d.indexOf(i) >= 0;
    }
    throw typeError(`a bytes-like object is required, not '${typeName(v)}'`);
  });

  defMethod(type, '__add__', (self, args) => {
    const other = args[0];
    const b = bytesLikeData(other);
    if (b === null) {
      if (heapWithReflected(other, '__radd__')) return NotImplemented;
      throw typeError(`can't concat ${typeName(other)} to ${kindName(self)}`);
    }
    return like(self, concatBytes(selfData(self), b));
  });

  const repeat = (self: PyValue, args: PyValue[], reflected: boolean): PyValue => {
    const n = args[0];
    if (typeof n !== 'number' && typeof n !== 'boolean' && typeof n !== 'bigint' && !hasIndex(n)) {
      if (!reflected && heapWithReflected(n, '__rmul__')) return NotImplemented;
      throw typeError(`can't multiply sequence by non-int of type '${typeName(n)}'`);
    }
    const count = asIndex(n);
    const d = selfData(self);
    if (typeof count === 'bigint') throw overflowError("cannot fit 'int' into an index-sized integer");
    if (count <= 0 || d.length === 0) return like(self, new Uint8Array(0));
    if (count * d.length > 0x7fffffff) throw memoryError('');
    const out = new Uint8Array(d.length * count);
    // Doubling copies, not one set() per repetition: re's compiler makes b'\0' * 0xff00 for every
    // case-insensitive character class that holds a non-Latin-1 case variant.
    out.set(d, 0);
    for (let filled = d.length; filled < out.length; filled *= 2) out.copyWithin(filled, 0, Math.min(filled, out.length - filled));
    return like(self, out);
  };
  defMethod(type, '__mul__', (self, args) => repeat(self, args, false));
  defMethod(type, '__rmul__', (self, args) => repeat(self, args, true));

  // bytes compares only with bytes (a bytearray operand answers through its reflected method);
  // bytearray compares with any bytes-like object.
  const operand = type === bytesType
    ? (v: PyValue): Uint8Array | null => (v instanceof PyBytes ? v.data : null)
    : bytesLikeData;
  const cmp = (op: (c: number) => boolean) => (self: PyValue, args: PyValue[]): PyValue => {
    const b = operand(args[0]);
    if (b === null) return NotImplemented;
    return op(compareBytes(selfData(self), b));
  };
  defMethod(type, '__eq__', (self, args) => {
    const b = operand(args[0]);
    if (b === null) return NotImplemented;
    const a = selfData(self);
    if (a.length !== b.length) return false;
    return compareBytes(a, b) === 0;
  });
  defMethod(type, '__ne__', (self, args) => {
    const b = operand(args[0]);
    if (b === null) return NotImplemented;
    const a = selfData(self);
    if (a.length !== b.length) return true;
    return compareBytes(a, b) !== 0;
  });
  defMethod(type, '__lt__', cmp((c) => c < 0));
  defMethod(type, '__le__', cmp((c) => c <= 0));
  defMethod(type, '__gt__', cmp((c) => c > 0));
  defMethod(type, '__ge__', cmp((c) => c >= 0));

  defMethod(type, '__mod__', (self, args) => like(self, bytesPercentFormat(selfData(self), args[0])));
  defMethod(type, '__rmod__', (self, args) => {
    const template = args[0];
    if (!(type === bytesType ? template instanceof PyBytes : template instanceof PyByteArray)) return NotImplemented;
    return like(template, bytesPercentFormat(selfData(template), self));
  });

  defMethod(type, 'decode', (self, args, kwargs) => {
    const a = clinicArgs('decode', ['encoding', 'errors'], 0, 0, 2, args, kwargs);
    const encoding = a[0] === undefined ? 'utf-8' : strParam('decode', "'encoding'", a[0]);
    const errors = a[1] === undefined ? 'strict' : strParam('decode', "'errors'", a[1]);
    return decodeBytes(selfData(self), encoding, errors, self);
  });

  defMethod(type, 'hex', hexMethod);
  defClassMethod(type, 'fromhex', fromHex);

  defMethod(type, 'count', (self, args, kwargs) => {
    noKwargs(`${tn}.count`, kwargs);
    argRange('count', args, null, 1, 3);
    const h = selfData(self);
    const sub = subArg(args[0]);
    const [start, end] = adjust(rangeParam(args[1], 0), rangeParam(args[2], h.length), h.length);
    return countIn(h, sub, start, end);
  });
  defMethod(type, 'find', (self, args, kwargs) => findCommon(self, args, kwargs, 'find', false));
  defMethod(type, 'rfind', (self, args, kwargs) => findCommon(self, args, kwargs, 'rfind', true));
  defMethod(type, 'index', (self, args, kwargs) => {
    const i = findCommon(self, args, kwargs, 'index', false);
    if (i < 0) throw valueError('subsection not found');
    return i;
  });
  defMethod(type, 'rindex', (self, args, kwargs) => {
    const i = findCommon(self, args, kwargs, 'rindex', true);
    if (i < 0) throw valueError('subsection not found');
    return i;
  });
  defMethod(type, 'startswith', (self, args, kwargs) => startsEnds(self, args, kwargs, 'startswith', false));
  defMethod(type, 'endswith', (self, args, kwargs) => startsEnds(self, args, kwargs, 'endswith', true));

  defMethod(type, 'join', (self, args, kwargs) => {
    const iterable = oneArg(`${tn}.join`, args, kwargs);
    const sep = selfData(self);
    const items = sequenceFast(iterable, 'can only join an iterable');
    let total = 0;
    const parts: Uint8Array[] = new Array(items.length);
    for (let k = 0; k < items.length; k++) {
      const b = bytesLikeData(items[k]);
      if (b === null) {
        throw typeError(`sequence item ${k}: expected a bytes-like object, ${typeName(items[k])} found`);
      }
      parts[k] = b;
      total += b.length + (k > 0 ? sep.length : 0);
    }
    const out = new Uint8Array(total);
    let o = 0;
    for (let k = 0; k < parts.length; k++) {
      if (k > 0) {
        out.set(sep, o);
        o += sep.length;
      }
      out.set(parts[k], o);
      o += parts[k].length;
    }
    return like(self, out);
  });

  defMethod(type, 'split', split);
  defMethod(type, 'rsplit', rsplit);
  defMethod(type, 'splitlines', splitlines);
  defMethod(type, 'strip', (self, args, kwargs) => stripImpl(self, args, kwargs, 'strip', true, true));
  defMethod(type, 'lstrip', (self, args, kwargs) => stripImpl(self, args, kwargs, 'lstrip', true, false));
  defMethod(type, 'rstrip', (self, args, kwargs) => stripImpl(self, args, kwargs, 'rstrip', false, true));
  defMethod(type, 'partition', (self, args, kwargs) => partitionImpl(self, oneArg(`${tn}.partition`, args, kwargs), false));
  defMethod(type, 'rpartition', (self, args, kwargs) => partitionImpl(self, oneArg(`${tn}.rpartition`, args, kwargs), true));
  defMethod(type, 'removeprefix', (self, args, kwargs) => {
    const p = needBytes(oneArg(`${tn}.removeprefix`, args, kwargs));
    const d = selfData(self);
    if (p.length <= d.length && tailMatch(d, p, 0, p.length, false)) return like(self, d.slice(p.length));
    return like(self, d.slice());
  });
  defMethod(type, 'removesuffix', (self, args, kwargs) => {
    const p = needBytes(oneArg(`${tn}.removesuffix`, args, kwargs));
    const d = selfData(self);
    if (p.length > 0 && p.length <= d.length && tailMatch(d, p, d.length - p.length, d.length, true)) {
      return like(self, d.slice(0, d.length - p.length));
    }
    return like(self, d.slice());
  });
  defMethod(type, 'replace', (self, args, kwargs) => {
    noKwargs(`${tn}.replace`, kwargs);
    argRange('replace', args, null, 2, 3);
    const old = needBytes(args[0]);
    const rep = needBytes(args[1]);
    const count = args.length > 2 ? ssizeParam(args[2]) : -1;
    return like(self, replaceImpl(selfData(self), old, rep, count));
  });

  defMethod(type, 'center', (self, args, kwargs) => justify(self, args, kwargs, 'center'));
  defMethod(type, 'ljust', (self, args, kwargs) => justify(self, args, kwargs, 'ljust'));
  defMethod(type, 'rjust', (self, args, kwargs) => justify(self, args, kwargs, 'rjust'));
  defMethod(type, 'zfill', (self, args, kwargs) => {
    const width = ssizeParam(oneArg(`${tn}.zfill`, args, kwargs));
    const d = selfData(self);
    if (d.length >= width) return like(self, d.slice());
    const fill = width - d.length;
    const out = allocBytes(width);
    out.fill(0x30, 0, fill);
    out.set(d, fill);
    if (d.length > 0 && (d[0] === 0x2b || d[0] === 0x2d)) {
      out[0] = d[0];
      out[fill] = 0x30;
    }
    return like(self, out);
  });
  defMethod(type, 'expandtabs', (self, args, kwargs) => {
    const a = clinicArgs('expandtabs', ['tabsize'], 0, 0, 1, args, kwargs);
    const tabsize = a[0] === undefined ? 8 : ssizeParam(a[0]);
    const d = selfData(self);
    const out: number[] = [];
    let col = 0;
    for (let i = 0; i < d.length; i++) {
      const c = d[i];
      if (c === 0x09) {
        if (tabsize > 0) {
          const incr = tabsize - (col % tabsize);
          col += incr;
          if (out.length + incr > 0x7fffffff) throw memoryError('');
          for (let k = 0; k < incr; k++) out.push(0x20);
        }
      } else {
        col++;
        out.push(c);
        if (c === 0x0a || c === 0x0d) col = 0;
      }
    }
    return like(self, Uint8Array.from(out));
  });

  defMethod(type, 'translate', (self, args, kwargs) => {
    const a = clinicArgs('translate', ['table', 'delete'], 1, 1, 2, args, kwargs);
    const tablev = a[0]!;
    let table: Uint8Array | null = null;
    if (tablev !== None) {
      table = needBytes(tablev);
      if (table.length !== 256) throw valueError('translation table must be 256 characters long');
    }
    const del = a[1] === undefined ? null : needBytes(a[1]);
    const d = selfData(self);
    const out: number[] = [];
    for (let i = 0; i < d.length; i++) {
      const c = d[i];
      if (del !== null && del.indexOf(c) >= 0) continue;
      out.push(table === null ? c : table[c]);
    }
    return like(self, Uint8Array.from(out));
  });
  type.attrs.set(
    'maketrans',
    new PyStaticMethod(new PyNativeFunction('maketrans', (args, kwargs) => {
      noKwargs(`${tn}.maketrans`, kwargs);
      argRange('maketrans', args, null, 2, 2);
      const frm = needBytes(args[0]);
      const to = needBytes(args[1]);
      if (frm.length !== to.length) throw valueError('maketrans arguments must have same length');
      const out = new Uint8Array(256);
      for (let i = 0; i < 256; i++) out[i] = i;
      for (let i = 0; i < frm.length; i++) out[frm[i]] = to[i];
      return new PyBytes(out);
    }, null, `${tn}.maketrans`)),
  );

  const pred = (name: string, f: (c: number) => boolean) =>
    defMethod(type, name, (self, args, kwargs) => {
      noArgs(`${tn}.${name}`, args, kwargs);
      return allBytes(self, f);
    });
  pred('isalnum', (c) => isAlphaByte(c) || isDigitByte(c));
  pred('isalpha', isAlphaByte);
  pred('isdigit', isDigitByte);
  pred('isspace', isSpaceByte);
  defMethod(type, 'isascii', (self, args, kwargs) => {
    noArgs(`${tn}.isascii`, args, kwargs);
    return isAsciiBytes(selfData(self));
  });
  const casePred = (name: string, isCase: (c: number) => boolean, isOtherCase: (c: number) => boolean) =>
    defMethod(type, name, (self, args, kwargs) => {
      noArgs(`${tn}.${name}`, args, kwargs);
      return onlyCase(self, isCase, isOtherCase);
    });
  casePred('islower', isLowerByte, isUpperByte);
  casePred('isupper', isUpperByte, isLowerByte);
  defMethod(type, 'istitle', (self, args, kwargs) => {
    noArgs(`${tn}.istitle`, args, kwargs);
    const d = selfData(self);
    let cased = false;
    let prevCased = false;
    for (let i = 0; i < d.length; i++) {
      const c = d[i];
      if (isUpperByte(c)) {
        if (prevCased) return false;
        prevCased = true;
        cased = true;
      } else if (isLowerByte(c)) {
        if (!prevCased) return false;
        prevCased = true;
        cased = true;
      } else {
        prevCased = false;
      }
    }
    return cased;
  });

  const mapper = (name: string, f: (c: number) => number) =>
    defMethod(type, name, (self, args, kwargs) => {
      noArgs(`${tn}.${name}`, args, kwargs);
      return mapBytes(self, f);
    });
  mapper('upper', toUpperByte);
  mapper('lower', toLowerByte);
  mapper('swapcase', swapByte);
  defMethod(type, 'capitalize', (self, args, kwargs) => {
    noArgs(`${tn}.capitalize`, args, kwargs);
    const d = selfData(self);
    const out = new Uint8Array(d.length);
    for (let i = 0; i < d.length; i++) out[i] = i === 0 ? toUpperByte(d[i]) : toLowerByte(d[i]);
    return like(self, out);
  });
  defMethod(type, 'title', (self, args, kwargs) => {
    noArgs(`${tn}.title`, args, kwargs);
    const d = selfData(self);
    const out = new Uint8Array(d.length);
    let prevCased = false;
    for (let i = 0; i < d.length; i++) {
      const c = d[i];
      out[i] = prevCased ? toLowerByte(c) : toUpperByte(c);
      prevCased = isAlphaByte(c);
    }
    return like(self, out);
  });
}

registerCommon(bytesType);
registerCommon(bytearrayType);

// ---- bytes only -------------------------------------------------------------------------------------

defNew(bytesType, bytesNew);
defMethod(bytesType, '__repr__', (self) => bytesRepr(selfData(self)));
defMethod(bytesType, '__str__', (self) => bytesRepr(selfData(self)));
defMethod(bytesType, '__hash__', (self) => bytesHash(selfData(self)));
defMethod(bytesType, '__bytes__', (self, args, kwargs) => {
  noArgs('bytes.__bytes__', args, kwargs);
  return self instanceof PyBytes && self.cls === bytesType ? self : new PyBytes(selfData(self).slice());
});
defMethod(bytesType, '__getnewargs__', (self) => new PyTuple([new PyBytes(selfData(self).slice())]));

// ---- bytearray only ---------------------------------------------------------------------------------

defNew(bytearrayType, (cls) => new PyByteArray(new Uint8Array(0), 0, cls));
defMethod(bytearrayType, '__init__', bytearrayInit);
bytearrayType.attrs.set('__hash__', None);
defMethod(bytearrayType, '__repr__', (self) => `${typeOf(self).name}(${bytesRepr(selfData(self), true)})`);
defMethod(bytearrayType, '__str__', (self) => `${typeOf(self).name}(${bytesRepr(selfData(self), true)})`);

defMethod(bytearrayType, '__setitem__', (self, args) => {
  const ba = asByteArray(self);
  const [key, value] = args;
  if (key instanceof PySlice) {
    assignSlice(ba, key, value);
    return None;
  }
  const i = itemIndex(ba, key);
  ba.data[i] = byteValue(value);
  return None;
});

defMethod(bytearrayType, '__delitem__', (self, args) => {
  const ba = asByteArray(self);
  const key = args[0];
  if (key instanceof PySlice) {
    deleteSlice(ba, key);
    return None;
  }
  const i = itemIndex(ba, key);
  ba.data.copyWithin(i, i + 1, ba.length);
  ba.length--;
  return None;
});

function itemIndex(ba: PyByteArray, key: PyValue): number {
  let i: number;
  if (typeof key === 'number') i = key;
  else if (typeof key === 'boolean' || typeof key === 'bigint' || hasIndex(key)) {
    const n = asIndex(key);
    if (typeof n === 'bigint') throw indexError("cannot fit 'int' into an index-sized integer");
    i = n;
  } else {
    throw typeError(`bytearray indices must be integers or slices, not ${typeName(key)}`);
  }
  if (i < 0) i += ba.length;
  if (i < 0 || i >= ba.length) throw indexError('bytearray index out of range');
  return i;
}

function deleteSlice(ba: PyByteArray, key: PySlice): void {
  const [start, stop, step, count] = sliceIndices(key, ba.length);
  if (count === 0) return;
  if (step === 1) {
    setSliceLinear(ba, start, stop, new Uint8Array(0));
    return;
  }
  const d = ba.view();
  const drop = new Uint8Array(d.length);
  for (let k = 0, i = start; k < count; k++, i += step) drop[i] = 1;
  let o = 0;
  for (let i = 0; i < d.length; i++) if (drop[i] === 0) d[o++] = d[i];
  ba.length = o;
}

function assignSlice(ba: PyByteArray, key: PySlice, value: PyValue): void {
  let bytes = bytesLikeData(value);
  if (bytes === null || value === ba) {
    if (bytes === null) {
      const isNumber = typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean' ||
        (typeof value === 'object' && (value.cls.lookup('__index__') !== undefined || value.cls.lookup('__float__') !== undefined || value.cls.lookup('__int__') !== undefined));
      if (isNumber || textOf(value) !== null) {
        throw typeError('can assign only bytes, buffers, or iterables of ints in range(0, 256)');
      }
      bytes = bytesFromInts(value, 'byte must be in range(0, 256)', 'bytearray');
    } else {
      bytes = bytes.slice();
    }
  }
  let [start, stop, step, count] = sliceIndices(key, ba.length);
  if ((step < 0 && start < stop) || (step > 0 && start > stop)) stop = start;
  if (step === 1) {
    setSliceLinear(ba, start, stop, bytes);
    return;
  }
  if (bytes.length === 0) {
    deleteSlice(ba, key);
    return;
  }
  if (bytes.length !== count) {
    throw valueError(`attempt to assign bytes of size ${bytes.length} to extended slice of size ${count}`);
  }
  for (let k = 0, i = start; k < count; k++, i += step) ba.data[i] = bytes[k];
}

defMethod(bytearrayType, '__iadd__', (self, args) => {
  const ba = asByteArray(self);
  const other = args[0];
  const b = bytesLikeData(other);
  if (b === null) {
    if (heapWithReflected(other, '__radd__')) return NotImplemented;
    throw typeError(`can't concat ${typeName(other)} to bytearray`);
  }
  const add = b.slice();
  ensureCapacity(ba, ba.length + add.length);
  ba.data.set(add, ba.length);
  ba.length += add.length;
  return ba;
});

defMethod(bytearrayType, '__imul__', (self, args) => {
  const ba = asByteArray(self);
  const n = args[0];
  if (typeof n !== 'number' && typeof n !== 'boolean' && typeof n !== 'bigint' && !hasIndex(n)) {
    if (heapWithReflected(n, '__rmul__')) return NotImplemented;
    throw typeError(`can't multiply sequence by non-int of type '${typeName(n)}'`);
  }
  const count = asIndex(n);
  const d = ba.view().slice();
  if (typeof count === 'bigint' ? count <= 0n : count <= 0) {
    ba.length = 0;
    return ba;
  }
  if (typeof count === 'bigint' || count * d.length > 0x7fffffff) throw memoryError('');
  const out = new Uint8Array(d.length * count);
  for (let k = 0; k < count; k++) out.set(d, k * d.length);
  setContent(ba, out);
  return ba;
});

defMethod(bytearrayType, 'append', (self, args, kwargs) => {
  const ba = asByteArray(self);
  const v = byteValue(oneArg('bytearray.append', args, kwargs));
  ensureCapacity(ba, ba.length + 1);
  ba.data[ba.length++] = v;
  return None;
});

defMethod(bytearrayType, 'extend', (self, args, kwargs) => {
  const ba = asByteArray(self);
  const v = oneArg('bytearray.extend', args, kwargs);
  let add = bytesLikeData(v);
  if (add !== null) add = add.slice();
  else {
    if (textOf(v) !== null) throw typeError(`expected iterable of integers; got: '${typeName(v)}'`);
    let it: PyValue;
    try {
      it = getIter(v);
    } catch (e) {
      if (e instanceof PyBaseException && e.cls.name === 'TypeError') {
        throw typeError(`can't extend bytearray with ${typeName(v)}`);
      }
      throw e;
    }
    const out: number[] = [];
    for (;;) {
      const x = iterNext(it);
      if (x === undefined) break;
      out.push(byteValue(x));
    }
    add = Uint8Array.from(out);
  }
  ensureCapacity(ba, ba.length + add.length);
  ba.data.set(add, ba.length);
  ba.length += add.length;
  return None;
});

defMethod(bytearrayType, 'pop', (self, args, kwargs) => {
  const ba = asByteArray(self);
  noKwargs('bytearray.pop', kwargs);
  argRange('pop', args, null, 0, 1);
  let i = args.length > 0 ? ssizeParam(args[0]) : -1;
  if (ba.length === 0) throw indexError('pop from empty bytearray');
  if (i < 0) i += ba.length;
  if (i < 0 || i >= ba.length) throw indexError('pop index out of range');
  const v = ba.data[i];
  ba.data.copyWithin(i, i + 1, ba.length);
  ba.length--;
  return v;
});

defMethod(bytearrayType, 'insert', (self, args, kwargs) => {
  const ba = asByteArray(self);
  noKwargs('bytearray.insert', kwargs);
  argRange('insert', args, null, 2, 2);
  let i = ssizeParam(args[0]);
  const v = byteValue(args[1]);
  const n = ba.length;
  if (i < 0) {
    i += n;
    if (i < 0) i = 0;
  } else if (i > n) i = n;
  ensureCapacity(ba, n + 1);
  ba.data.copyWithin(i + 1, i, n);
  ba.data[i] = v;
  ba.length = n + 1;
  return None;
});

defMethod(bytearrayType, 'remove', (self, args, kwargs) => {
  const ba = asByteArray(self);
  const v = byteValue(oneArg('bytearray.remove', args, kwargs));
  const i = ba.view().indexOf(v);
  if (i < 0) throw valueError('value not found in bytearray');
  ba.data.copyWithin(i, i + 1, ba.length);
  ba.length--;
  return None;
});

defMethod(bytearrayType, 'clear', (self, args, kwargs) => {
  noArgs('bytearray.clear', args, kwargs);
  setContent(asByteArray(self), new Uint8Array(0));
  return None;
});

defMethod(bytearrayType, 'copy', (self, args, kwargs) => {
  noArgs('bytearray.copy', args, kwargs);
  return new PyByteArray(asByteArray(self).view().slice());
});

defMethod(bytearrayType, 'reverse', (self, args, kwargs) => {
  noArgs('bytearray.reverse', args, kwargs);
  asByteArray(self).view().reverse();
  return None;
});

defMethod(bytearrayType, 'resize', (self, args, kwargs) => {
  const ba = asByteArray(self);
  const size = ssizeParam(oneArg('bytearray.resize', args, kwargs));
  if (size < 0) throw valueError(`Can only resize to positive sizes, got ${size}`);
  if (size > 0x7fffffff) throw memoryError('');
  if (size <= ba.length) {
    ba.length = size;
  } else {
    ensureCapacity(ba, size);
    ba.data.fill(0, ba.length, size);
    ba.length = size;
  }
  return None;
});
