// io.TextIOWrapper (CPython's Modules/_io/textio.c): text over a buffered binary stream. Encodes
// writes into a pending list (ASCII text kept as text until then when the codec leaves ASCII as is)
// flushed at 8 KiB, on newlines with line_buffering, at once with write_through; decodes reads chunk
// by chunk (buffer.read1) through an incremental decoder wrapped in universal-newline handling; and
// gives tell()/seek() the opaque cookies CPython computes (a byte position, plus decoder flags, bytes
// to feed and characters to skip when a read stopped mid-chunk).
//
// The buffer is any object with the buffered API, called through its methods (callMethod). Positions
// in decoded text count code points, as Python's do. sys.stdout/sys.stderr's wrapper reports what the
// program writes to an attached tracer as it is written (output_observer.ts), never changing buffering.

import { wrapWatchedFile, unwrapWatchedFile, forgetClosedFile } from './lifetime_watch.js';
import { PyObject, PyType, PyValue, makeBuiltinType, typeName } from '../../objects/object.js';
import { PyBytes } from '../../objects/bytes.js';
import { PyTuple } from '../../objects/tuple.js';
import { None } from '../../objects/singletons.js';
import { PyBaseException, StopIteration, ValueError, exceptionType } from '../../objects/exceptions.js';
import { defMethod, defGetSet, bindArgs, noArgs, argRange, noKwargs } from '../../objects/native.js';
import { strLen, isAstral } from '../../objects/str_core.js';
import { checkJoinSeams, concatStr } from '../../objects/str_surrogates.js';
import { asIndex, truthy, repr, richCompare, withReprGuard } from '../../runtime/protocols.js';
import { getAttr, getAttrOrUndefined } from '../../runtime/attributes.js';
import { callObject } from '../../runtime/call.js';
import { typeError, valueError, attributeError, overflowError } from '../../runtime/raise.js';
import { currentInterpreter } from '../../runtime/interpreter.js';
import { importModule } from '../../runtime/import.js';
import { textIOBaseType, callMethod, tpName } from './iobase.js';
import { unsupported, closedFile, plainOSError, blockingIOError } from './errors.js';
import { optSizeArg, ssizeArg, intArg } from './args.js';
import { readableBuffer } from './buffers.js';
import { TextCodec, IncrementalDecoder, IncrementalEncoder, encodesAsciiAsIs } from './text_codecs.js';
import { NewlineTranslator, UniversalDecoder } from './newline_decoder.js';
import { findLineEnd } from './stringio.js';
import { notePendingOutput, clearPendingOutput, PendingOutput } from './exit_flush.js';
import { reportOutput, beginHandDown, endHandDown } from './output_observer.js';
import { PyBuffered } from './buffered.js';

export const textIOWrapperType = makeBuiltinType('TextIOWrapper', textIOBaseType, '_io');
textIOWrapperType.doc = 'Character and line based layer over a BufferedIOBase object, buffer.';

/** What encoding=None (or 'locale') means: the locale's encoding, UTF-8 as on CPython's usual setups. */
export const LOCALE_ENCODING = 'UTF-8';

const CHUNK_SIZE = 8192;

/** UTF-16 offset after `n` code points of s starting at unit offset `from` (or s.length). */
function advanceCodePoints(s: string, from: number, n: number): number {
  let i = from;
  for (let k = 0; k < n && i < s.length; k++) {
    const c = s.charCodeAt(i);
    i += c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
  }
  return i;
}

function cpLen(s: string): number {
  return isAstral(s) ? strLen(s) : s.length;
}

interface Cookie {
  startPos: bigint;
  decFlags: number;
  bytesToFeed: number;
  charsToSkip: number;
  needEof: boolean;
}

/**
 * The cookie as CPython's C code packs it: the little-endian bytes of start_pos (64 bits), dec_flags,
 * bytes_to_feed, chars_to_skip (32-bit C ints) and need_eof (one byte), read as an unsigned int.
 */
function buildCookie(c: Cookie): PyValue {
  const v =
    BigInt.asUintN(64, c.startPos) |
    (BigInt.asUintN(32, BigInt(c.decFlags)) << 64n) |
    (BigInt.asUintN(32, BigInt(c.bytesToFeed)) << 96n) |
    (BigInt.asUintN(32, BigInt(c.charsToSkip)) << 128n) |
    (c.needEof ? 1n << 160n : 0n);
  return v <= 2n ** 53n - 1n ? Number(v) : v;
}

function parseCookie(v: PyValue): Cookie {
  const n = BigInt(asIndex(v));
  if (n >= 1n << 168n) throw overflowError('int too big to convert');
  const field = (shift: bigint): number => Number(BigInt.asIntN(32, (n >> shift) & 0xffffffffn));
  return {
    startPos: BigInt.asIntN(64, n & 0xffffffffffffffffn),
    decFlags: field(64n),
    bytesToFeed: field(96n),
    charsToSkip: field(128n),
    needEof: ((n >> 160n) & 0xffn) !== 0n,
  };
}

export class PyTextIOWrapper extends PyObject implements PendingOutput {
  readonly layer = 'text';
  ok = false;
  detached = false;
  buffer: PyValue = None;
  encoding = '';
  errors: PyValue = 'strict';
  codec: TextCodec | null = null;
  encoder: IncrementalEncoder | null = null;
  decoder: IncrementalDecoder | null = null;
  /** The newline argument; null for None. */
  readnl: string | null = null;
  readUniversal = false;
  readTranslate = false;
  writeTranslate = false;
  writenl: string | null = null;
  lineBuffering = false;
  writeThrough = false;
  seekable = false;
  telling = false;
  hasRead1 = false;
  finalizing = false;
  chunkSize = CHUNK_SIZE;
  /** Decoded text not yet returned (null: none), and how much of it (UTF-16 units) is used up. */
  decoded: string | null = null;
  decodedUsed = 0;
  snapshot: [number, Uint8Array] | null = null;
  b2cratio = 0;
  /** Output not yet given to the buffer: encoded bytes, or ASCII text when `asciiAsIs` (one byte a character). */
  pending: (Uint8Array | string)[] = [];
  /** Bytes in `pending`. */
  pendingCount = 0;
  /** The encoder writes ASCII unchanged (utf-8, ascii, latin-1). */
  asciiAsIs = false;
  /** 1 or 2 for sys.stdout/sys.stderr as created at startup (writes are reported to a tracer), else 0. */
  observeFd = 0;

  constructor(cls: PyType) {
    super(cls);
  }

  checkInitialized(): void {
    if (!this.ok) throw valueError('I/O operation on uninitialized object');
  }

  checkAttached(): void {
    this.checkInitialized();
    if (this.detached) throw valueError('underlying buffer has been detached');
  }

  closedValue(): PyValue {
    return getAttr(this.buffer, 'closed');
  }

  checkClosed(): void {
    if (this.cls === textIOWrapperType) {
      // The usual buffer, a built-in Buffered*: its state is at hand without an attribute lookup.
      const b = this.buffer;
      if (b instanceof PyBuffered && !b.cls.isHeap && b.ok) {
        if (b.isClosed()) throw closedFile();
      } else if (truthy(this.closedValue())) throw closedFile();
    } else if (truthy(getAttr(this, 'closed'))) {
      throw closedFile();
    }
  }

  // ---- configuration ----

  setNewline(newline: string | null): void {
    this.readnl = newline;
    this.readUniversal = newline === null || newline === '';
    this.readTranslate = newline === null;
    this.writeTranslate = newline === null || newline !== '';
    this.writenl = !this.readUniversal && newline !== null && newline !== '\n' ? newline : null;
  }

  setDecoder(codec: TextCodec, errors: string): void {
    this.decoder = null;
    if (truthy(callMethod(this.buffer, 'readable'))) {
      const inner = codec.newDecoder(errors);
      this.decoder = this.readUniversal ? new UniversalDecoder(inner, new NewlineTranslator(this.readTranslate)) : inner;
    }
  }

  setEncoder(codec: TextCodec, errors: string): void {
    this.encoder = null;
    if (truthy(callMethod(this.buffer, 'writable'))) this.encoder = codec.newEncoder(errors);
    this.asciiAsIs = encodesAsciiAsIs(this.encoder);
  }

  /** No BOM in the middle of a file: if the buffer is not at 0, the encoder starts "not at the start". */
  fixEncoderState(): void {
    if (!this.seekable || this.encoder === null) return;
    const pos = callMethod(this.buffer, 'tell');
    if (!(pos === 0 || pos === false)) this.encoder.setstate(0);
  }

  // ---- decoded text buffer ----

  setDecoded(s: string | null): void {
    this.decoded = s;
    this.decodedUsed = 0;
  }

  /** Up to n code points (all if n < 0) of the decoded text, advancing past them. */
  takeDecoded(n: number): string {
    const d = this.decoded;
    if (d === null) return '';
    const start = this.decodedUsed;
    const end = n < 0 ? d.length : advanceCodePoints(d, start, n);
    this.decodedUsed = end;
    return start === 0 && end === d.length ? d : d.slice(start, end);
  }

  decodedUsedChars(): number {
    const d = this.decoded;
    if (d === null || this.decodedUsed === 0) return 0;
    return cpLen(d.slice(0, this.decodedUsed));
  }

  // ---- writing ----

  writeFlush(): void {
    if (this.pendingCount === 0 && this.pending.length === 0) return;
    const parts = this.pending;
    const total = this.pendingCount;
    this.pending = [];
    this.pendingCount = 0;
    clearPendingOutput(this);
    let b: Uint8Array;
    const first = parts[0];
    if (parts.length === 1 && typeof first !== 'string') b = first;
    else {
      b = new Uint8Array(total);
      let off = 0;
      for (let k = 0; k < parts.length; k++) {
        const p = parts[k];
        if (typeof p === 'string') {
          for (let i = 0; i < p.length; i++) b[off + i] = p.charCodeAt(i);
          off += p.length;
        } else {
          b.set(p, off);
          off += p.length;
        }
      }
    }
    if (this.observeFd === 0) {
      callMethod(this.buffer, 'write', [new PyBytes(b)]);
      return;
    }
    // Reported when write() took it: the layers below must not report it again.
    beginHandDown();
    try {
      callMethod(this.buffer, 'write', [new PyBytes(b)]);
    } finally {
      endHandDown();
    }
  }

  write(text: string): number {
    this.checkAttached();
    this.checkClosed();
    if (this.encoder === null) throw unsupported('not writable');
    let haslf = false;
    if ((this.writeTranslate && this.writenl !== null) || this.lineBuffering) haslf = text.indexOf('\n') >= 0;
    let s = text;
    if (haslf && this.writeTranslate && this.writenl !== null) s = s.split('\n').join(this.writenl);
    const textNeedFlush = this.writeThrough;
    const needFlush = this.lineBuffering && (haslf || s.indexOf('\r') >= 0);
    // ASCII text: its length is its code point and byte count, and it is kept as text until flushed.
    let ascii = true;
    for (let i = 0; i < text.length; i++) {
      if (text.charCodeAt(i) >= 0x80) {
        ascii = false;
        break;
      }
    }
    const textlen = ascii ? text.length : cpLen(text);
    const b: Uint8Array | string = ascii && this.asciiAsIs ? s : this.encoder.encode(s);
    // A piece of a chunk or more goes out on its own (CPython 3.14); smaller ones accumulate past the chunk size.
    if (b.length >= this.chunkSize) this.writeFlush();
    const wasEmpty = this.pendingCount === 0;
    this.pending.push(b);
    this.pendingCount += b.length;
    if (wasEmpty && this.pendingCount > 0) notePendingOutput(this);
    if (this.observeFd !== 0) reportOutput(this.observeFd, b);
    if (this.pendingCount >= this.chunkSize || needFlush || textNeedFlush) this.writeFlush();
    if (needFlush) callMethod(this.buffer, 'flush');
    this.setDecoded(null);
    this.snapshot = null;
    if (this.decoder !== null) this.decoder.reset();
    return textlen;
  }

  flushAtExit(): void {
    if (this.ok && !this.detached) this.writeFlush();
  }

  // ---- reading ----

  /** Read and decode one chunk; false at end of file (when nothing was decoded). */
  readChunk(sizeHint: number): boolean {
    const decoder = this.decoder;
    if (decoder === null) throw unsupported('not readable');
    let decFlags = 0;
    let decBuffer: Uint8Array | null = null;
    if (this.telling) [decBuffer, decFlags] = decoder.getstate();
    let hint = sizeHint;
    if (hint > 0) hint = Math.floor(Math.max(this.b2cratio, 1.0) * hint);
    const chunkSize = Math.max(this.chunkSize, hint);
    const method = this.hasRead1 ? 'read1' : 'read';
    const chunkObj = callMethod(this.buffer, method, [chunkSize]);
    const chunk = readableBuffer(chunkObj);
    if (chunk === null) {
      throw typeError(`underlying ${method}() should have returned a bytes-like object, not '${typeName(chunkObj)}'`);
    }
    let eof = chunk.length === 0;
    const decoded = decoder.decode(chunk, eof);
    this.setDecoded(decoded);
    const nchars = cpLen(decoded);
    this.b2cratio = nchars > 0 ? chunk.length / nchars : 0;
    if (nchars > 0) eof = false;
    if (this.telling) {
      const next = new Uint8Array(decBuffer!.length + chunk.length);
      next.set(decBuffer!);
      next.set(chunk, decBuffer!.length);
      this.snapshot = [decFlags, next];
    }
    return !eof;
  }

  read(n: number): string {
    this.checkAttached();
    this.checkClosed();
    if (this.decoder === null) throw unsupported('not readable');
    this.writeFlush();
    if (n < 0) {
      const bytesObj = callMethod(this.buffer, 'read');
      if (bytesObj === None) throw blockingIOError('Read returned None.');
      const data = readableBuffer(bytesObj);
      if (data === null) throw typeError(`underlying read() should have returned a bytes object, not '${typeName(bytesObj)}'`);
      const decoded = this.decoder.decode(data, true);
      const result = concatStr(this.takeDecoded(-1), decoded);
      this.setDecoded(null);
      this.snapshot = null;
      return result;
    }
    let result = this.takeDecoded(n);
    let remaining = n - cpLen(result);
    while (remaining > 0) {
      if (!this.readChunk(remaining)) break;
      const more = this.takeDecoded(remaining);
      result = concatStr(result, more);
      remaining -= cpLen(more);
    }
    return result;
  }

  readline(limit: number): string {
    this.checkClosed();
    this.writeFlush();
    const chunks: string[] = [];
    let chunked = 0;
    let remaining: string | null = null;
    let line: string | null = null;
    let start = 0;
    let endpos = 0;
    let offsetToBuffer = 0;
    for (;;) {
      let more = true;
      while (this.decoded === null || this.decoded.length === 0) {
        more = this.readChunk(0);
        if (!more) break;
      }
      if (!more) {
        this.setDecoded(null);
        this.snapshot = null;
        line = null;
        break;
      }
      if (remaining === null) {
        line = this.decoded!;
        start = this.decodedUsed;
        offsetToBuffer = 0;
      } else {
        line = concatStr(remaining, this.decoded!);
        start = 0;
        offsetToBuffer = remaining.length;
        remaining = null;
      }
      const found = findLineEnd(line, start, this.readTranslate, this.readUniversal, this.readnl);
      if (found >= 0) {
        endpos = found;
        if (limit >= 0) {
          const lenCp = cpLen(line.slice(start, endpos));
          if (lenCp + chunked >= limit) endpos = advanceCodePoints(line, start, limit - chunked);
        }
        break;
      }
      // No line ending yet: everything but a possible start of a multi-character newline can be set aside.
      endpos = line.length;
      if (!this.readTranslate && !this.readUniversal && this.readnl !== null && this.readnl.length > 1) {
        const lastStart = line.lastIndexOf(this.readnl[0], line.length - 1);
        if (lastStart >= start && lastStart > line.length - this.readnl.length) endpos = lastStart;
      }
      if (limit >= 0) {
        const lenCp = cpLen(line.slice(start, endpos));
        if (lenCp + chunked >= limit) {
          endpos = advanceCodePoints(line, start, limit - chunked);
          break;
        }
      }
      if (endpos > start) {
        const s = line.slice(start, endpos);
        chunks.push(s);
        chunked += cpLen(s);
      }
      if (endpos < line.length) remaining = line.slice(endpos);
      line = null;
      this.setDecoded(null);
    }
    let result = '';
    if (line !== null) {
      this.decodedUsed = endpos - offsetToBuffer;
      result = line.slice(start, endpos);
    }
    if (remaining !== null) chunks.push(remaining);
    if (chunks.length > 0) {
      // Decoded chunks (each its own str) meet here: a lone high surrogate ending one and a lone low
      // one starting the next cannot be joined into a JS string.
      checkJoinSeams(chunks, '');
      return concatStr(chunks.join(''), result);
    }
    return result;
  }

  // ---- positioning ----

  decoderSetState(c: Cookie): void {
    const d = this.decoder!;
    if (c.startPos === 0n && c.decFlags === 0) d.reset();
    else d.setstate(new Uint8Array(0), c.decFlags);
  }

  encoderSetState(c: Cookie): void {
    const e = this.encoder!;
    if (c.startPos === 0n && c.decFlags === 0) e.reset();
    else e.setstate(0);
  }

  tell(): PyValue {
    this.checkAttached();
    this.checkClosed();
    if (!this.seekable) throw unsupported('underlying stream is not seekable');
    if (!this.telling) throw plainOSError('telling position disabled by next() call');
    this.writeFlush();
    callMethod(this, 'flush');
    const posObj = callMethod(this.buffer, 'tell');
    if (this.decoder === null || this.snapshot === null) return posObj;
    const decoder = this.decoder;
    const [snapFlags, nextInput] = this.snapshot;
    const cookie: Cookie = {
      startPos: BigInt(asIndex(posObj)) - BigInt(nextInput.length),
      decFlags: snapFlags,
      bytesToFeed: 0,
      charsToSkip: 0,
      needEof: false,
    };
    let charsToSkip = this.decodedUsedChars();
    if (charsToSkip === 0) return buildCookie(cookie);
    const [savedBuf, savedFlags] = decoder.getstate();
    try {
      // Fast search for a start point close to the position, where the decoder holds nothing back.
      let skipBytes = Math.floor(this.b2cratio * charsToSkip);
      let skipBack = 1;
      while (skipBytes > 0) {
        this.decoderSetState(cookie);
        const got = cpLen(decoder.decode(nextInput.subarray(0, skipBytes), false));
        if (got <= charsToSkip) {
          const [buf, flags] = decoder.getstate();
          if (buf.length === 0) {
            cookie.decFlags = flags;
            charsToSkip -= got;
            break;
          }
          skipBytes -= buf.length;
          skipBack = 1;
        } else {
          skipBytes -= skipBack;
          skipBack *= 2;
        }
      }
      if (skipBytes <= 0) {
        skipBytes = 0;
        this.decoderSetState(cookie);
      }
      cookie.startPos += BigInt(skipBytes);
      cookie.charsToSkip = charsToSkip;
      if (charsToSkip === 0) return buildCookie(cookie);
      // Then one byte at a time, remembering the last point where the decoder held nothing back.
      let charsDecoded = 0;
      let i = skipBytes;
      for (; i < nextInput.length; i++) {
        charsDecoded += cpLen(decoder.decode(nextInput.subarray(i, i + 1), false));
        cookie.bytesToFeed += 1;
        const [buf, flags] = decoder.getstate();
        if (buf.length === 0 && charsDecoded <= charsToSkip) {
          cookie.startPos += BigInt(cookie.bytesToFeed);
          charsToSkip -= charsDecoded;
          cookie.decFlags = flags;
          cookie.bytesToFeed = 0;
          charsDecoded = 0;
        }
        if (charsDecoded >= charsToSkip) break;
      }
      if (i === nextInput.length) {
        charsDecoded += cpLen(decoder.decode(new Uint8Array(0), true));
        cookie.needEof = true;
        if (charsDecoded < charsToSkip) throw plainOSError("can't reconstruct logical file position");
      }
      cookie.charsToSkip = charsToSkip;
      return buildCookie(cookie);
    } finally {
      decoder.setstate(savedBuf, savedFlags);
    }
  }

  seek(cookieObj: PyValue, whence: number): PyValue {
    this.checkAttached();
    this.checkClosed();
    if (!this.seekable) throw unsupported('underlying stream is not seekable');
    let target = cookieObj;
    if (whence === 1) {
      if (!truthy(richCompare(target, 0, 2))) throw unsupported("can't do nonzero cur-relative seeks");
      target = callMethod(this, 'tell');
    } else if (whence === 2) {
      if (!truthy(richCompare(target, 0, 2))) throw unsupported("can't do nonzero end-relative seeks");
      callMethod(this, 'flush');
      this.setDecoded(null);
      this.snapshot = null;
      if (this.decoder !== null) this.decoder.reset();
      const res = callMethod(this.buffer, 'seek', [0, 2]);
      if (this.encoder !== null) {
        if (truthy(richCompare(res, 0, 2))) this.encoder.reset();
        else this.encoder.setstate(0);
      }
      return res;
    } else if (whence !== 0) {
      throw valueError(`invalid whence (${whence}, should be 0, 1 or 2)`);
    }
    if (truthy(richCompare(target, 0, 0))) throw valueError(`negative seek position ${repr(target)}`);
    callMethod(this, 'flush');
    const cookie = parseCookie(target);
    const posObj = cookie.startPos >= -(2n ** 53n) && cookie.startPos <= 2n ** 53n ? Number(cookie.startPos) : cookie.startPos;
    callMethod(this.buffer, 'seek', [posObj]);
    this.setDecoded(null);
    this.snapshot = null;
    if (this.decoder !== null) this.decoderSetState(cookie);
    if (cookie.charsToSkip) {
      const chunkObj = callMethod(this.buffer, 'read', [cookie.bytesToFeed]);
      if (!(chunkObj instanceof PyBytes)) {
        throw typeError(`underlying read() should have returned a bytes object, not '${typeName(chunkObj)}'`);
      }
      this.snapshot = [cookie.decFlags, chunkObj.data];
      const decoded = this.decoder!.decode(chunkObj.data, cookie.needEof);
      this.setDecoded(decoded);
      if (cpLen(decoded) < cookie.charsToSkip) throw plainOSError("can't restore logical file position");
      this.decodedUsed = advanceCodePoints(decoded, 0, cookie.charsToSkip);
    } else {
      this.snapshot = [cookie.decFlags, new Uint8Array(0)];
    }
    if (this.encoder !== null) this.encoderSetState(cookie);
    return target;
  }

  // ---- life cycle ----

  init(buffer: PyValue, encodingArg: PyValue | undefined, errorsArg: PyValue | undefined, newlineArg: PyValue | undefined, lineBuffering: boolean, writeThrough: boolean, fname: string): void {
    this.ok = false;
    this.detached = false;
    const encoding = strOrNone(fname, 'encoding', encodingArg);
    const errors = errorsArg === undefined || errorsArg === None ? 'strict' : errorsArg;
    if (typeof errors !== 'string') throw typeError(`${fname}() argument 'errors' must be str or None, not ${typeName(errors)}`);
    const newline = strOrNone(fname, 'newline', newlineArg);
    validateNewline(newline);
    this.clearState();
    const enc = encoding === null || encoding === 'locale' ? LOCALE_ENCODING : encoding;
    if (enc.indexOf('\0') >= 0) throw valueError('embedded null character');
    const codec = TextCodec.lookup(enc);
    this.encoding = enc;
    this.codec = codec;
    this.errors = errors;
    this.chunkSize = CHUNK_SIZE;
    this.lineBuffering = lineBuffering;
    this.writeThrough = writeThrough;
    this.setNewline(newline);
    this.buffer = buffer;
    this.setDecoder(codec, errors);
    this.setEncoder(codec, errors);
    this.seekable = this.telling = truthy(callMethod(buffer, 'seekable'));
    this.hasRead1 = getAttrOrUndefined(buffer, 'read1') !== undefined;
    this.fixEncoderState();
    this.ok = true;
    wrapWatchedFile(buffer, this);
  }

  clearState(): void {
    this.decoder = null;
    this.encoder = null;
    this.setDecoded(null);
    this.snapshot = null;
    this.pending = [];
    this.pendingCount = 0;
    this.b2cratio = 0;
    clearPendingOutput(this);
  }
}
textIOWrapperType.allocate = (cls) => new PyTextIOWrapper(cls);

function strOrNone(fname: string, pname: string, v: PyValue | undefined): string | null {
  if (v === undefined || v === None) return null;
  if (typeof v !== 'string') throw typeError(`${fname}() argument '${pname}' must be str or None, not ${typeName(v)}`);
  return v;
}

function validateNewline(newline: string | null): void {
  if (newline !== null && newline !== '' && newline !== '\n' && newline !== '\r' && newline !== '\r\n') {
    throw valueError(`illegal newline value: ${newline}`);
  }
}

function T(self: PyValue): PyTextIOWrapper {
  return self as PyTextIOWrapper;
}

function attached(self: PyValue): PyTextIOWrapper {
  const t = self as PyTextIOWrapper;
  t.checkAttached();
  return t;
}

// ---- the Python-visible methods --------------------------------------------------------------------------

defMethod(textIOWrapperType, '__init__', (self, args, kw) => {
  const [buffer, encoding, errors, newline, lineBuffering, writeThrough] = bindArgs(
    'TextIOWrapper',
    ['buffer', 'encoding', 'errors', 'newline', 'line_buffering', 'write_through'],
    args,
    kw,
    1,
  );
  T(self).init(
    buffer!, encoding, errors, newline,
    lineBuffering === undefined ? false : truthy(lineBuffering),
    writeThrough === undefined ? false : truthy(writeThrough),
    'TextIOWrapper',
  );
  return None;
});

defMethod(textIOWrapperType, 'detach', (self, args, kw) => {
  noArgs('TextIOWrapper.detach', args, kw);
  const t = attached(self);
  callMethod(t, 'flush');
  const buffer = t.buffer;
  t.buffer = None;
  unwrapWatchedFile(t, buffer);
  t.detached = true;
  clearPendingOutput(t);
  return buffer;
});

defMethod(textIOWrapperType, 'write', (self, args, kw) => {
  noKwargs('write', kw);
  argRange('write', args, null, 1, 1);
  const text = args[0];
  if (typeof text !== 'string') {
    throw typeError(`write() argument must be str, not ${text === None ? 'None' : typeName(text)}`);
  }
  return T(self).write(text);
});

defMethod(textIOWrapperType, 'read', (self, args, kw) => {
  noKwargs('read', kw);
  argRange('read', args, null, 0, 1);
  const n = optSizeArg(args[0]);
  return T(self).read(n);
});

defMethod(textIOWrapperType, 'readline', (self, args, kw) => {
  noKwargs('readline', kw);
  argRange('readline', args, null, 0, 1);
  const n = args.length === 0 ? -1 : ssizeArg(args[0]);
  return attached(self).readline(n);
});

defMethod(textIOWrapperType, '__next__', (self) => {
  const t = attached(self);
  t.telling = false;
  let line: PyValue;
  try {
    if (t.cls === textIOWrapperType) {
      line = t.readline(-1);
    } else {
      line = callMethod(t, 'readline');
      if (typeof line !== 'string') {
        throw plainOSError(`readline() should have returned a str object, not '${typeName(line)}'`);
      }
    }
  } catch (e) {
    t.snapshot = null;
    t.telling = t.seekable;
    throw e;
  }
  if (line === '') {
    t.snapshot = null;
    t.telling = t.seekable;
    throw new PyBaseException(StopIteration, []);
  }
  return line;
});

defMethod(textIOWrapperType, 'tell', (self, args, kw) => {
  noArgs('TextIOWrapper.tell', args, kw);
  return T(self).tell();
});

defMethod(textIOWrapperType, 'seek', (self, args, kw) => {
  noKwargs('seek', kw);
  argRange('seek', args, null, 1, 2);
  const whence = args.length > 1 ? intArg(args[1]) : 0;
  return T(self).seek(args[0], whence);
});

defMethod(textIOWrapperType, 'truncate', (self, args, kw) => {
  noKwargs('truncate', kw);
  argRange('truncate', args, null, 0, 1);
  const t = attached(self);
  callMethod(t, 'flush');
  return callMethod(t.buffer, 'truncate', [args.length > 0 ? args[0] : None]);
});

defMethod(textIOWrapperType, 'flush', (self, args, kw) => {
  noArgs('TextIOWrapper.flush', args, kw);
  const t = attached(self);
  t.checkClosed();
  t.telling = t.seekable;
  t.writeFlush();
  return callMethod(t.buffer, 'flush');
});

defMethod(textIOWrapperType, 'close', (self, args, kw) => {
  noArgs('TextIOWrapper.close', args, kw);
  const t = attached(self);
  forgetClosedFile(t);
  if (truthy(t.closedValue())) return None;
  if (t.finalizing) {
    const warn = getAttrOrUndefined(t.buffer, '_dealloc_warn');
    if (warn !== undefined) {
      try {
        callObject(warn, [t]);
      } catch (e) {
        if (!(e instanceof PyBaseException)) throw e;
      }
    }
  }
  let flushError: unknown = null;
  try {
    callMethod(t, 'flush');
  } catch (e) {
    flushError = e;
  }
  let res: PyValue;
  try {
    res = callMethod(t.buffer, 'close');
  } catch (e) {
    if (flushError instanceof PyBaseException && e instanceof PyBaseException && e.context === null) e.context = flushError;
    throw e;
  }
  if (flushError !== null) throw flushError;
  return res;
});

for (const name of ['fileno', 'seekable', 'readable', 'writable', 'isatty']) {
  defMethod(textIOWrapperType, name, (self, args, kw) => {
    noArgs(`TextIOWrapper.${name}`, args, kw);
    return callMethod(attached(self).buffer, name);
  });
}

defMethod(textIOWrapperType, 'reconfigure', (self, args, kw) => {
  if (args.length > 0) throw typeError('reconfigure() takes no positional arguments');
  const [encArg, errArg, nlArg, lbArg, wtArg] = bindArgs(
    'reconfigure', ['encoding', 'errors', 'newline', 'line_buffering', 'write_through'], args, kw,
  );
  const t = T(self);
  const encoding = strOrNone('reconfigure', 'encoding', encArg);
  const errors = strOrNone('reconfigure', 'errors', errArg);
  const newlineGiven = nlArg !== undefined;
  const newline = newlineGiven ? strOrNone('reconfigure', 'newline', nlArg) : null;
  if (t.decoded !== null && (encoding !== null || errors !== null || newlineGiven)) {
    throw unsupported('It is not possible to set the encoding or newline of stream after the first read');
  }
  if (newlineGiven) validateNewline(newline);
  const lineBuffering = lbArg === undefined || lbArg === None ? t.lineBuffering : truthy(lbArg);
  const writeThrough = wtArg === undefined || wtArg === None ? t.writeThrough : truthy(wtArg);
  callMethod(t, 'flush');
  t.b2cratio = 0;
  if (newlineGiven) t.setNewline(newline);
  if (encoding !== null || errors !== null || newlineGiven) {
    let enc = t.encoding;
    let err: PyValue = t.errors;
    if (encoding === null) {
      if (errors !== null) err = errors;
    } else {
      enc = encoding === 'locale' ? LOCALE_ENCODING : encoding;
      err = errors ?? 'strict';
    }
    const codec = TextCodec.lookup(enc);
    t.setDecoder(codec, err as string);
    t.setEncoder(codec, err as string);
    t.codec = codec;
    t.encoding = enc;
    t.errors = err;
    t.fixEncoderState();
  }
  t.lineBuffering = lineBuffering;
  t.writeThrough = writeThrough;
  return None;
});

defMethod(textIOWrapperType, '__repr__', (self) => {
  const t = T(self);
  const name = tpName(t.cls);
  return withReprGuard(t, `<${name} ...>`, () => {
    let out = `<${name}`;
    let nameObj: PyValue | undefined;
    try {
      nameObj = getAttrOrUndefined(t, 'name');
    } catch (e) {
      if (!(e instanceof PyBaseException && e.cls.isSubtypeOf(ValueError))) throw e;
    }
    if (nameObj !== undefined) out += ` name=${repr(nameObj)}`;
    const modeObj = getAttrOrUndefined(t, 'mode');
    if (modeObj !== undefined) out += ` mode=${repr(modeObj)}`;
    return `${out} encoding=${repr(t.encoding)}>`;
  });
});

defMethod(textIOWrapperType, '__getstate__', (self) => {
  throw typeError(`cannot pickle '${T(self).cls.name}' instances`);
});

defGetSet(textIOWrapperType, 'encoding', (self) => T(self).encoding);
defGetSet(textIOWrapperType, 'buffer', (self) => T(self).buffer);
defGetSet(textIOWrapperType, 'line_buffering', (self) => T(self).lineBuffering);
defGetSet(textIOWrapperType, 'write_through', (self) => T(self).writeThrough);
defGetSet(textIOWrapperType, '_finalizing', (self) => T(self).finalizing, (self, v) => {
  T(self).finalizing = v !== null && truthy(v);
});
defGetSet(textIOWrapperType, 'errors', (self) => {
  const t = T(self);
  t.checkInitialized();
  return t.errors;
});
defGetSet(textIOWrapperType, 'name', (self) => getAttr(attached(self).buffer, 'name'));
defGetSet(textIOWrapperType, 'closed', (self) => attached(self).closedValue());
defGetSet(textIOWrapperType, 'newlines', (self) => {
  const t = attached(self);
  const d = t.decoder;
  if (d instanceof UniversalDecoder) return d.nl.newlines();
  return None;
});
defGetSet(
  textIOWrapperType,
  '_CHUNK_SIZE',
  (self) => {
    const t = T(self);
    t.checkAttached();
    return t.chunkSize;
  },
  (self, v) => {
    const t = T(self);
    t.checkAttached();
    if (v === null) throw attributeError('cannot delete attribute');
    const n = asIndex(v);
    if (typeof n === 'bigint') throw overflowError('Python int too large to convert to C ssize_t');
    if (n <= 0) throw valueError('a strictly positive integer is required');
    t.chunkSize = n;
  },
);
