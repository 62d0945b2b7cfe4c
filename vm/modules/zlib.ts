// The zlib module (CPython's Modules/zlibmodule.c): compress/decompress, Compress and Decompress
// objects, _ZlibDecompressor (which gzip.py uses), crc32/adler32, the constants and zlib.error, with
// CPython's loops around deflate()/inflate() and its error messages.
//
// The compression itself is the npm package pako, a line-by-line port of zlib to JavaScript (it runs
// in browsers). With its legacy hash (zlib's own), pako's deflate produces the same bytes as zlib 1.3.1
// for every level, window size, memLevel and strategy; the corpus program zlib_gzip.py checks that
// against CPython. This file only drives pako's z_stream the way zlibmodule.c drives zlib's.

import { joinByteChunks } from '../objects/byte_chunks.js';
import {
  ZStream, zlibDeflateInit2, zlibDeflate, zlibDeflateEnd, zlibDeflateSetDictionary, zlibInflateInit2, zlibInflate,
  zlibInflateEnd, zlibInflateSetDictionary,
} from 'pako';
import { PyObject, PyType, PyValue, typeName, typeType, makeBuiltinType } from '../objects/object.js';
import { PyModule } from '../objects/module.js';
import { PyBytes } from '../objects/bytes.js';
import { PyNativeFunction, defNew, defMethod, defGetSet, bindArgs, noArgs, argRange } from '../objects/native.js';
import { bytesLikeData } from '../objects/bytes_methods.js';
import { PyBaseException, exceptionType } from '../objects/exceptions.js';
import { None } from '../objects/singletons.js';
import { asIndex } from '../runtime/protocols.js';
import { callObject } from '../runtime/call.js';
import { typeError, valueError, memoryError, eofError } from '../runtime/raise.js';
import { builtinDoc } from '../objects/doc_source.js';
import { registerNativeModule } from './registry.js';

type Args = PyValue[];
type Kw = Map<string, PyValue> | null;

const Z_OK = 0;
const Z_STREAM_END = 1;
const Z_NEED_DICT = 2;
const Z_STREAM_ERROR = -2;
const Z_DATA_ERROR = -3;
const Z_MEM_ERROR = -4;
const Z_BUF_ERROR = -5;
const Z_NO_FLUSH = 0;
const Z_SYNC_FLUSH = 2;
const Z_FINISH = 4;
const DEFLATED = 8;
const MAX_WBITS = 15;
const DEF_MEM_LEVEL = 8;
const DEF_BUF_SIZE = 16384;
const ZLIB_VERSION = '1.3.1';

/** zlib.error. */
export const ZlibError = new PyType(typeType, 'error', [exceptionType('Exception')], 'zlib');
ZlibError.hasInstanceDict = true;

function zlibErrorObj(msg: string): PyBaseException {
  return new PyBaseException(ZlibError, [msg]);
}

/** zlib_error(): "Error <code> <what>[: <zlib's message>]". */
function zlibError(strm: ZStream, err: number, what: string): PyBaseException {
  let zmsg: string | null = strm.msg ? strm.msg : null;
  if (zmsg === null) {
    if (err === Z_BUF_ERROR) zmsg = 'incomplete or truncated stream';
    else if (err === Z_STREAM_ERROR) zmsg = 'inconsistent stream state';
    else if (err === Z_DATA_ERROR) zmsg = 'invalid input data';
  }
  return zlibErrorObj(zmsg === null ? `Error ${err} ${what}` : `Error ${err} ${what}: ${zmsg}`);
}

function bufferArg(v: PyValue): Uint8Array {
  const d = bytesLikeData(v) ?? arrayBytes(v);
  if (d === null) throw typeError(`a bytes-like object is required, not '${typeName(v)}'`);
  return d;
}

/** Objects exporting a buffer through __buffer__ (array.array): their bytes, copied. */
function arrayBytes(v: PyValue): Uint8Array | null {
  const exporter = v instanceof PyObject ? v.cls.lookup('__buffer__') : undefined;
  if (exporter === undefined) return null;
  const d = bytesLikeData(callObject(exporter, [v, 0]));
  return d === null ? null : d.slice();
}


function intArg(v: PyValue | undefined, dflt: number): number {
  if (v === undefined) return dflt;
  const n = asIndex(v);
  return typeof n === 'bigint' ? (n < 0n ? -0x80000000 : 0x7fffffff) : n;
}

function setInput(strm: ZStream, data: Uint8Array): void {
  strm.input = data;
  strm.next_in = 0;
  strm.avail_in = data.length;
}

function newOutput(strm: ZStream, size: number): void {
  strm.output = new Uint8Array(size);
  strm.next_out = 0;
  strm.avail_out = size;
}

function takeOutput(strm: ZStream, chunks: Uint8Array[]): void {
  if (strm.next_out > 0) chunks.push(strm.output.subarray(0, strm.next_out));
}

/**
 * zlib's flush_pending() first moves the whole bytes of its bit buffer into the pending output
 * (_tr_flush_bits); pako's leaves them out, so a compress() call may return one byte less than zlib's
 * and the next call one more. Doing that step after each deflate() restores zlib's output boundaries:
 * bits are only ever added by block flushes, each of which zlib follows with flush_pending(). This
 * reaches into pako's internal deflate state (field names as in zlib's deflate_state).
 */
function flushBitBuffer(strm: ZStream): void {
  const s = strm.state as { bi_valid: number; bi_buf: number; pending: number; pending_out: number; pending_buf: Uint8Array } | null;
  if (s === null || s === undefined || s.bi_valid < 8) return;
  if (s.bi_valid === 16) {
    s.pending_buf[s.pending++] = s.bi_buf & 0xff;
    s.pending_buf[s.pending++] = (s.bi_buf >>> 8) & 0xff;
    s.bi_buf = 0;
    s.bi_valid = 0;
  } else {
    s.pending_buf[s.pending++] = s.bi_buf & 0xff;
    s.bi_buf >>= 8;
    s.bi_valid -= 8;
  }
  let len = s.pending;
  if (len > strm.avail_out) len = strm.avail_out;
  if (len === 0) return;
  strm.output.set(s.pending_buf.subarray(s.pending_out, s.pending_out + len), strm.next_out);
  strm.next_out += len;
  s.pending_out += len;
  strm.total_out += len;
  strm.avail_out -= len;
  s.pending -= len;
  if (s.pending === 0) s.pending_out = 0;
}

/** deflate(flush) until the output is no longer filled; Z_STREAM_ERROR is raised as `what`. */
function deflateAll(strm: ZStream, flush: number, what: string): { out: Uint8Array; err: number } {
  const chunks: Uint8Array[] = [];
  let err: number;
  do {
    newOutput(strm, DEF_BUF_SIZE);
    err = zlibDeflate(strm, flush as 0);
    if (err !== Z_STREAM_ERROR) flushBitBuffer(strm);
    takeOutput(strm, chunks);
    if (err === Z_STREAM_ERROR) throw zlibError(strm, err, what);
  } while (strm.avail_out === 0);
  return { out: joinByteChunks(chunks), err };
}

function newDeflater(level: number, method: number, wbits: number, memLevel: number, strategy: number): [ZStream, number] {
  const strm = new ZStream();
  // The legacy hash is zlib's own; pako's default hash compresses differently.
  const err = zlibDeflateInit2(strm, level, method, wbits, memLevel, strategy as 0, true);
  return [strm, err];
}

// ---- checksums ----------------------------------------------------------------------------------------

let crcTable: Int32Array | null = null;

export function crc32(data: Uint8Array, start: number): number {
  if (crcTable === null) {
    crcTable = new Int32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c;
    }
  }
  const t = crcTable;
  let c = ~start;
  for (let i = 0; i < data.length; i++) c = t[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return ~c >>> 0;
}

export function adler32(data: Uint8Array, start: number): number {
  let a = start & 0xffff;
  let b = (start >>> 16) & 0xffff;
  let i = 0;
  while (i < data.length) {
    // 5552 bytes keep the sums below 2**32 before the modulo (zlib's NMAX).
    const end = Math.min(data.length, i + 5552);
    for (; i < end; i++) {
      a += data[i];
      b += a;
    }
    a %= 65521;
    b %= 65521;
  }
  return ((b << 16) | a) >>> 0;
}

/** The starting value of a checksum: any int, reduced modulo 2**32 as C's unsigned int conversion does. */
function checksumStart(v: PyValue | undefined, dflt: number): number {
  if (v === undefined) return dflt;
  const n = asIndex(v);
  return Number(BigInt.asUintN(32, BigInt(n)));
}

// ---- one-shot compress / decompress -------------------------------------------------------------------

function compress(data: Uint8Array, level: number, wbits: number): PyBytes {
  const [strm, err] = newDeflater(level, DEFLATED, wbits, DEF_MEM_LEVEL, 0);
  if (err === Z_MEM_ERROR) throw memoryError('Out of memory while compressing data');
  if (err === Z_STREAM_ERROR) throw zlibErrorObj('Bad compression level');
  if (err !== Z_OK) throw zlibError(strm, err, 'while compressing data');
  setInput(strm, data);
  const { out, err: e } = deflateAll(strm, Z_FINISH, 'while compressing data');
  zlibDeflateEnd(strm);
  if (e !== Z_STREAM_END) throw zlibError(strm, e, 'while compressing data');
  return new PyBytes(out.slice());
}

function decompress(data: Uint8Array, wbits: number, bufsize: number): PyBytes {
  if (bufsize < 0) throw valueError('bufsize must be non-negative');
  const strm = new ZStream();
  let err = zlibInflateInit2(strm, wbits);
  if (err === Z_MEM_ERROR) throw memoryError('Out of memory while decompressing data');
  if (err !== Z_OK) throw zlibError(strm, err, 'while preparing to decompress data');
  setInput(strm, data);
  const chunks: Uint8Array[] = [];
  const flush = Z_FINISH;
  do {
    newOutput(strm, Math.max(bufsize, DEF_BUF_SIZE));
    err = zlibInflate(strm, flush);
    takeOutput(strm, chunks);
    if (err !== Z_OK && err !== Z_BUF_ERROR && err !== Z_STREAM_END) {
      if (err === Z_MEM_ERROR) throw memoryError('Out of memory while decompressing data');
      throw zlibError(strm, err, 'while decompressing data');
    }
  } while (strm.avail_out === 0 && err !== Z_STREAM_END);
  zlibInflateEnd(strm);
  if (err !== Z_STREAM_END) throw zlibError(strm, err, 'while decompressing data');
  return new PyBytes(joinByteChunks(chunks).slice());
}

// ---- copying a z_stream (Compress.copy, Decompress.copy) ---------------------------------------------

/** A deep copy of pako's stream state: typed arrays copied, shared references kept shared. */
function cloneState<T>(v: T, seen: Map<object, unknown> = new Map()): T {
  if (v === null || typeof v !== 'object') return v;
  const known = seen.get(v as object);
  if (known !== undefined) return known as T;
  if (ArrayBuffer.isView(v)) {
    const c = (v as unknown as Uint8Array).slice();
    seen.set(v as object, c);
    return c as T;
  }
  if (Array.isArray(v)) {
    const c: unknown[] = [];
    seen.set(v, c);
    for (const x of v) c.push(cloneState(x, seen));
    return c as T;
  }
  const c = Object.create(Object.getPrototypeOf(v)) as Record<string, unknown>;
  seen.set(v as object, c);
  for (const k of Object.keys(v as object)) c[k] = cloneState((v as Record<string, unknown>)[k], seen);
  return c as T;
}

// ---- Compress -----------------------------------------------------------------------------------------

const compressType = makeBuiltinType('Compress', undefined, 'zlib');
compressType.isBaseType = false;

class PyCompress extends PyObject {
  initialised = true;
  constructor(public strm: ZStream) {
    super(compressType);
  }
}

const C = (v: PyValue): PyCompress => v as PyCompress;

defNew(compressType, () => {
  throw typeError("cannot create 'zlib.Compress' instances");
});
defMethod(compressType, 'compress', (self, args, kw) => {
  argRange('compress', args, kw, 1, 1);
  const c = C(self);
  const data = bufferArg(args[0]);
  if (!c.initialised) throw zlibErrorObj('Error -2 while compressing data: inconsistent stream state');
  setInput(c.strm, data);
  const { out } = deflateAll(c.strm, Z_NO_FLUSH, 'while compressing data');
  return new PyBytes(out.slice());
});
defMethod(compressType, 'flush', (self, args, kw) => {
  argRange('flush', args, kw, 0, 1);
  const c = C(self);
  const mode = intArg(args[0], Z_FINISH);
  if (mode === Z_NO_FLUSH) return new PyBytes(new Uint8Array(0));
  if (!c.initialised) throw zlibErrorObj('Error -2 while flushing: inconsistent stream state');
  setInput(c.strm, new Uint8Array(0));
  const { out, err } = deflateAll(c.strm, mode, 'while flushing');
  if (err === Z_STREAM_END && mode === Z_FINISH) {
    zlibDeflateEnd(c.strm);
    c.initialised = false;
  } else if (err !== Z_OK && err !== Z_BUF_ERROR) {
    throw zlibError(c.strm, err, 'while flushing');
  }
  return new PyBytes(out.slice());
});
function compressCopy(self: PyValue): PyValue {
  const c = C(self);
  if (!c.initialised) throw valueError('Inconsistent stream state');
  return new PyCompress(cloneState(c.strm));
}
defMethod(compressType, 'copy', (self, args, kw) => {
  noArgs('copy', args, kw);
  return compressCopy(self);
});
defMethod(compressType, '__copy__', (self, args, kw) => {
  noArgs('__copy__', args, kw);
  return compressCopy(self);
});
defMethod(compressType, '__deepcopy__', (self) => compressCopy(self));

function compressobj(args: Args, kw: Kw): PyValue {
  const [level, method, wbits, memLevel, strategy, zdict] = bindArgs(
    'compressobj', ['level', 'method', 'wbits', 'memLevel', 'strategy', 'zdict'], args, kw,
  );
  const dict = zdict === undefined || zdict === None ? null : bufferArg(zdict);
  const [strm, err] = newDeflater(
    intArg(level, -1), intArg(method, DEFLATED), intArg(wbits, MAX_WBITS), intArg(memLevel, DEF_MEM_LEVEL), intArg(strategy, 0),
  );
  if (err === Z_MEM_ERROR) throw memoryError("Can't allocate memory for compression object");
  if (err === Z_STREAM_ERROR) throw valueError('Invalid initialization option');
  if (err !== Z_OK) throw zlibError(strm, err, 'while creating compression object');
  if (dict !== null && zlibDeflateSetDictionary(strm, dict) !== Z_OK) throw valueError('Invalid dictionary');
  return new PyCompress(strm);
}

// ---- Decompress ---------------------------------------------------------------------------------------

const decompressType = makeBuiltinType('Decompress', undefined, 'zlib');
decompressType.isBaseType = false;

const EMPTY = new Uint8Array(0);

class PyDecompress extends PyObject {
  initialised = true;
  eof = false;
  unusedData = new PyBytes(EMPTY);
  unconsumedTail = new PyBytes(EMPTY);
  constructor(public strm: ZStream, readonly zdict: Uint8Array | null) {
    super(decompressType);
  }
}

const D = (v: PyValue): PyDecompress => v as PyDecompress;

function setInflateZdict(d: PyDecompress | PyZlibDecompressor): void {
  const err = zlibInflateSetDictionary(d.strm, d.zdict!);
  if (err !== Z_OK) throw zlibError(d.strm, err, 'while setting zdict');
}

/** save_unconsumed_input: input left after the end goes to unused_data, else to unconsumed_tail. */
function saveUnconsumed(d: PyDecompress, data: Uint8Array, err: number): void {
  const strm = d.strm;
  if (err === Z_STREAM_END && strm.avail_in > 0) {
    const left = data.subarray(strm.next_in, strm.next_in + strm.avail_in);
    const old = d.unusedData.data;
    d.unusedData = new PyBytes(joinByteChunks([old, left]).slice());
    strm.avail_in = 0;
  }
  if (strm.avail_in > 0 || d.unconsumedTail.data.length > 0) {
    d.unconsumedTail = new PyBytes(data.slice(strm.next_in, strm.next_in + strm.avail_in));
  }
}

/**
 * The inflate loop of Decompress.decompress/flush: output grows until inflate stops filling it, or
 * `maxLength` bytes (> 0) are out. Returns the output and the last status.
 */
function inflateLoop(d: PyDecompress | PyZlibDecompressor, flush: number, maxLength: number): { out: Uint8Array; err: number } {
  const strm = d.strm;
  const chunks: Uint8Array[] = [];
  let total = 0;
  let err = Z_OK;
  for (;;) {
    const room = maxLength > 0 ? Math.min(DEF_BUF_SIZE, maxLength - total) : DEF_BUF_SIZE;
    if (room === 0) break;
    newOutput(strm, room);
    err = zlibInflate(strm, flush as 0);
    takeOutput(strm, chunks);
    total += strm.next_out;
    if (err === Z_NEED_DICT && d.zdict !== null) {
      setInflateZdict(d);
      continue;
    }
    if (err !== Z_OK && err !== Z_BUF_ERROR && err !== Z_STREAM_END) break;
    if (strm.avail_out !== 0 || err === Z_STREAM_END) break;
  }
  return { out: joinByteChunks(chunks), err };
}

defNew(decompressType, () => {
  throw typeError("cannot create 'zlib.Decompress' instances");
});
defGetSet(decompressType, 'unused_data', (self) => D(self).unusedData);
defGetSet(decompressType, 'unconsumed_tail', (self) => D(self).unconsumedTail);
defGetSet(decompressType, 'eof', (self) => D(self).eof);
defMethod(decompressType, 'decompress', (self, args, kw) => {
  const [dataArg, maxArg] = bindArgs('decompress', ['data', 'max_length'], args, kw, 1, 1);
  const d = D(self);
  const data = bufferArg(dataArg!);
  const maxLength = intArg(maxArg, 0);
  if (maxLength < 0) throw valueError('max_length must be non-negative');
  setInput(d.strm, data);
  const { out, err } = inflateLoop(d, Z_SYNC_FLUSH, maxLength);
  saveUnconsumed(d, data, err);
  if (err === Z_STREAM_END) d.eof = true;
  else if (err !== Z_OK && err !== Z_BUF_ERROR) throw zlibError(d.strm, err, 'while decompressing data');
  return new PyBytes(out.slice());
});
defMethod(decompressType, 'flush', (self, args, kw) => {
  argRange('flush', args, kw, 0, 1);
  const d = D(self);
  const length = intArg(args[0], DEF_BUF_SIZE);
  if (length <= 0) throw valueError('length must be greater than zero');
  if (!d.initialised) return new PyBytes(EMPTY);
  const data = d.unconsumedTail.data;
  setInput(d.strm, data);
  const { out, err } = inflateLoop(d, Z_FINISH, 0);
  saveUnconsumed(d, data, err);
  if (err === Z_STREAM_END) {
    d.eof = true;
    d.initialised = false;
    zlibInflateEnd(d.strm);
  }
  return new PyBytes(out.slice());
});
function decompressCopy(self: PyValue): PyValue {
  const d = D(self);
  if (!d.initialised) throw valueError('Inconsistent stream state');
  const c = new PyDecompress(cloneState(d.strm), d.zdict);
  c.eof = d.eof;
  c.unusedData = d.unusedData;
  c.unconsumedTail = d.unconsumedTail;
  return c;
}
defMethod(decompressType, 'copy', (self, args, kw) => {
  noArgs('copy', args, kw);
  return decompressCopy(self);
});
defMethod(decompressType, '__copy__', (self, args, kw) => {
  noArgs('__copy__', args, kw);
  return decompressCopy(self);
});
defMethod(decompressType, '__deepcopy__', (self) => decompressCopy(self));

function zdictArg(v: PyValue | undefined): Uint8Array | null {
  if (v === undefined) return null;
  const d = bytesLikeData(v) ?? arrayBytes(v);
  if (d === null) throw typeError('zdict argument must support the buffer protocol');
  return d.slice();
}

function newInflater(wbits: number): ZStream {
  const strm = new ZStream();
  const err = zlibInflateInit2(strm, wbits);
  if (err === Z_STREAM_ERROR) throw valueError('Invalid initialization option');
  if (err === Z_MEM_ERROR) throw memoryError("Can't allocate memory for decompression object");
  if (err !== Z_OK) throw zlibError(strm, err, 'while creating decompression object');
  return strm;
}

function decompressobj(args: Args, kw: Kw): PyValue {
  const [wbits, zdict] = bindArgs('decompressobj', ['wbits', 'zdict'], args, kw);
  const dict = zdictArg(zdict);
  const w = intArg(wbits, MAX_WBITS);
  const d = new PyDecompress(newInflater(w), dict);
  if (dict !== null && w < 0) setInflateZdict(d);
  return d;
}

// ---- _ZlibDecompressor --------------------------------------------------------------------------------

const zlibDecompressorType = makeBuiltinType('_ZlibDecompressor', undefined, 'zlib');

class PyZlibDecompressor extends PyObject {
  eof = false;
  needsInput = true;
  unusedData = new PyBytes(EMPTY);
  /** Input given earlier that the output limit left unread. */
  pending: Uint8Array = EMPTY;
  constructor(cls: PyType, public strm: ZStream, readonly zdict: Uint8Array | null) {
    super(cls);
  }
}

const Z = (v: PyValue): PyZlibDecompressor => v as PyZlibDecompressor;

defNew(zlibDecompressorType, (cls, args, kw) => {
  const [wbits, zdict] = bindArgs('_ZlibDecompressor', ['wbits', 'zdict'], args, kw);
  const dict = zdictArg(zdict);
  const w = intArg(wbits, MAX_WBITS);
  const z = new PyZlibDecompressor(cls, newInflater(w), dict);
  if (dict !== null && w < 0) setInflateZdict(z);
  return z;
});
defGetSet(zlibDecompressorType, 'eof', (self) => Z(self).eof);
defGetSet(zlibDecompressorType, 'needs_input', (self) => Z(self).needsInput);
defGetSet(zlibDecompressorType, 'unused_data', (self) => Z(self).unusedData);
defMethod(zlibDecompressorType, 'decompress', (self, args, kw) => {
  const [dataArg, maxArg] = bindArgs('decompress', ['data', 'max_length'], args, kw, 1);
  const z = Z(self);
  const data = bufferArg(dataArg!);
  const maxLength = intArg(maxArg, -1);
  if (z.eof) throw eofError('End of stream already reached');
  const input = z.pending.length > 0 ? joinByteChunks([z.pending, data]) : data;
  setInput(z.strm, input);
  const chunks: Uint8Array[] = [];
  let err = Z_OK;
  let total = 0;
  if (maxLength !== 0) {
    for (;;) {
      const room = maxLength > 0 ? Math.min(DEF_BUF_SIZE, maxLength - total) : DEF_BUF_SIZE;
      if (room <= 0) break;
      newOutput(z.strm, room);
      err = zlibInflate(z.strm, Z_SYNC_FLUSH);
      takeOutput(z.strm, chunks);
      total += z.strm.next_out;
      if (err === Z_NEED_DICT && z.zdict !== null) {
        setInflateZdict(z);
        continue;
      }
      if (err !== Z_OK && err !== Z_BUF_ERROR && err !== Z_STREAM_END) break;
      if (err === Z_STREAM_END) break;
      if (z.strm.avail_out !== 0 && z.strm.avail_in === 0) break;
      if (z.strm.avail_out !== 0 && err === Z_BUF_ERROR) break;
    }
  }
  const left = input.subarray(z.strm.next_in, z.strm.next_in + z.strm.avail_in);
  if (err === Z_STREAM_END) {
    z.eof = true;
    zlibInflateEnd(z.strm);
  } else if (err !== Z_OK && err !== Z_BUF_ERROR) {
    z.pending = EMPTY;
    throw zlibError(z.strm, err, 'while decompressing data');
  }
  if (z.eof) {
    z.needsInput = false;
    if (left.length > 0) z.unusedData = new PyBytes(left.slice());
    z.pending = EMPTY;
  } else if (left.length === 0) {
    z.pending = EMPTY;
    z.needsInput = true;
  } else {
    z.needsInput = false;
    z.pending = left.slice();
  }
  return new PyBytes(joinByteChunks(chunks).slice());
});

// ---- the module ---------------------------------------------------------------------------------------

function makeZlib(): PyModule {
  const mod = new PyModule('zlib');
  const d = mod.dict;
  const def = (name: string, fn: (args: Args, kw: Kw) => PyValue): void => {
    d.setStr(name, new PyNativeFunction(name, fn, mod));
  };
  const consts: [string, PyValue][] = [
    ['MAX_WBITS', MAX_WBITS], ['DEFLATED', DEFLATED], ['DEF_MEM_LEVEL', DEF_MEM_LEVEL], ['DEF_BUF_SIZE', DEF_BUF_SIZE],
    ['Z_NO_COMPRESSION', 0], ['Z_BEST_SPEED', 1], ['Z_BEST_COMPRESSION', 9], ['Z_DEFAULT_COMPRESSION', -1],
    ['Z_FILTERED', 1], ['Z_HUFFMAN_ONLY', 2], ['Z_RLE', 3], ['Z_FIXED', 4], ['Z_DEFAULT_STRATEGY', 0],
    ['Z_NO_FLUSH', 0], ['Z_PARTIAL_FLUSH', 1], ['Z_SYNC_FLUSH', 2], ['Z_FULL_FLUSH', 3], ['Z_FINISH', 4],
    ['Z_BLOCK', 5], ['Z_TREES', 6], ['ZLIB_VERSION', ZLIB_VERSION], ['ZLIB_RUNTIME_VERSION', ZLIB_VERSION],
  ];
  for (const [k, v] of consts) d.setStr(k, v);
  d.setStr('__doc__', builtinDoc('zlib:') ?? None);
  d.setStr('error', ZlibError);
  d.setStr('_ZlibDecompressor', zlibDecompressorType);
  def('crc32', (args, kw) => {
    argRange('crc32', args, kw, 1, 2);
    return crc32(bufferArg(args[0]), checksumStart(args[1], 0));
  });
  def('adler32', (args, kw) => {
    argRange('adler32', args, kw, 1, 2);
    return adler32(bufferArg(args[0]), checksumStart(args[1], 1));
  });
  def('compress', (args, kw) => {
    const [data, level, wbits] = bindArgs('compress', ['data', 'level', 'wbits'], args, kw, 1, 1);
    return compress(bufferArg(data!), intArg(level, -1), intArg(wbits, MAX_WBITS));
  });
  def('decompress', (args, kw) => {
    const [data, wbits, bufsize] = bindArgs('decompress', ['data', 'wbits', 'bufsize'], args, kw, 1, 1);
    return decompress(bufferArg(data!), intArg(wbits, MAX_WBITS), intArg(bufsize, DEF_BUF_SIZE));
  });
  def('compressobj', compressobj);
  def('decompressobj', decompressobj);
  return mod;
}

registerNativeModule('zlib', makeZlib);
