// io.BufferedReader, io.BufferedWriter and io.BufferedRandom (CPython's Modules/_io/bufferedio.c).
//
// The three share one buffer for reading and writing, with CPython's bookkeeping (pos, raw_pos,
// read_end, write_pos, write_end and the cached absolute raw position), so that they call their raw
// stream's readinto/write/seek/tell in the same order, with the same sizes, as CPython does: that is
// visible to Python raw classes and decides when bytes reach a file. A raw stream that is exactly a
// FileIO is driven directly; any other is called through its Python methods.

import { wrapWatchedFile, unwrapWatchedFile, forgetClosedFile } from './lifetime_watch.js';
import { joinByteChunks } from '../../objects/byte_chunks.js';
import { PyObject, PyType, PyValue, makeBuiltinType, typeName } from '../../objects/object.js';
import { PyBytes, PyByteArray } from '../../objects/bytes.js';
import { None } from '../../objects/singletons.js';
import { PyBaseException, StopIteration, ValueError } from '../../objects/exceptions.js';
import { defMethod, defGetSet, bindArgs, noArgs, argRange, noKwargs, oneArg } from '../../objects/native.js';
import { newMemoryView } from '../../objects/memoryview.js';
import { asIndex, repr, withReprGuard, truthy } from '../../runtime/protocols.js';
import { getAttr, getAttrOrUndefined } from '../../runtime/attributes.js';
import { callObject } from '../../runtime/call.js';
import { typeError, valueError } from '../../runtime/raise.js';
import { bufferedIOBaseType, callMethod, tpName, DEFAULT_BUFFER_SIZE } from './iobase.js';
import { unsupported, plainOSError, blockingIOError } from './errors.js';
import { reportOutput, beginHandDown, endHandDown } from './output_observer.js';
import { bytesArg, writableBuffer, memoryviewOf } from './buffers.js';
import { optSizeArg, ssizeArg, intArg } from './args.js';
import { PyFileIO, fileIOType } from './fileio.js';
import { notePendingOutput, clearPendingOutput, PendingOutput } from './exit_flush.js';

export const bufferedReaderType = makeBuiltinType('BufferedReader', bufferedIOBaseType, '_io');
bufferedReaderType.doc = 'Create a new buffered reader using the given readable raw IO object.';
export const bufferedWriterType = makeBuiltinType('BufferedWriter', bufferedIOBaseType, '_io');
bufferedWriterType.doc =
  'A buffer for a writeable sequential RawIO object.\n\nThe constructor creates a BufferedWriter for the given writeable raw\nstream. If the buffer_size is not given, it defaults to\nDEFAULT_BUFFER_SIZE.';
export const bufferedRandomType = makeBuiltinType('BufferedRandom', bufferedIOBaseType, '_io');
bufferedRandomType.doc =
  'A buffered interface to random access streams.\n\nThe constructor creates a reader and writer for a seekable stream,\nraw, given in the first argument. If the buffer_size is omitted it\ndefaults to DEFAULT_BUFFER_SIZE.';

const SEEK_DATA = 3;
const SEEK_HOLE = 4;

/** A raw stream we may drive directly: exactly a FileIO, without instance overrides. */
function directFileIO(raw: PyValue): PyFileIO | null {
  if (!(raw instanceof PyFileIO) || raw.cls !== fileIOType) return null;
  const d = raw.dict;
  // FileIO keeps `name` in its dict; any other entry might shadow a method.
  if (d !== null && d.size > 1) {
    for (const k of ['readinto', 'write', 'seek', 'tell', 'readall', 'close', 'closed']) if (d.getStr(k) !== undefined) return null;
  }
  return raw;
}

export class PyBuffered extends PyObject implements PendingOutput {
  readonly layer = 'binary';
  raw: PyValue = None;
  /** 1 or 2 for sys.stdout/sys.stderr's buffer as created at startup (writes are reported to a tracer), else 0. */
  observeFd = 0;
  ok = false;
  detached = false;
  readable = false;
  writable = false;
  finalizing = false;
  bufferSize = 0;
  bufferMask = 0;
  /** null once closed (CPython frees the buffer). */
  buffer: Uint8Array | null = null;
  pos = 0;
  rawPos = 0;
  readEnd = -1;
  writePos = 0;
  writeEnd = -1;
  absPos = -1;

  constructor(cls: PyType) {
    super(cls);
  }

  // ---- CPython's macros ----

  validRead(): boolean {
    return this.readable && this.readEnd !== -1;
  }
  validWrite(): boolean {
    return this.writable && this.writeEnd !== -1;
  }
  readahead(): number {
    return this.readable && this.validRead() ? this.readEnd - this.pos : 0;
  }
  rawOffset(): number {
    return (this.validRead() || this.validWrite()) && this.rawPos >= 0 ? this.rawPos - this.pos : 0;
  }
  adjustPosition(p: number): void {
    this.pos = p;
    if (this.validRead() && this.readEnd < this.pos) this.readEnd = this.pos;
  }
  minusLastBlock(size: number): number {
    return this.bufferMask !== 0 ? size & ~this.bufferMask : this.bufferSize * Math.floor(size / this.bufferSize);
  }
  resetReadBuf(): void {
    this.readEnd = -1;
  }
  resetWriteBuf(): void {
    this.writePos = 0;
    this.writeEnd = -1;
    clearPendingOutput(this);
  }

  checkInitialized(): void {
    if (!this.ok) {
      throw valueError(this.detached ? 'raw stream has been detached' : 'I/O operation on uninitialized object');
    }
  }

  isClosed(): boolean {
    if (this.buffer === null) return true;
    const f = directFileIO(this.raw);
    if (f !== null) return f.fd < 0;
    return truthy(getAttr(this.raw, 'closed'));
  }

  /** CHECK_CLOSED: only an error when nothing is left to read from the buffer. */
  checkClosed(msg: string): void {
    if (this.isClosed() && this.readahead() === 0) throw valueError(msg);
  }

  // ---- talking to the raw stream ----

  rawTell(): number {
    const f = directFileIO(this.raw);
    const r = f !== null ? (f.checkOpen(), f.seekTo(0, 1)) : offsetResult(callMethod(this.raw, 'tell'));
    if (r < 0) throw plainOSError(`Raw stream returned invalid position ${r}`);
    this.absPos = r;
    return r;
  }

  rawTellCached(): number {
    return this.absPos !== -1 ? this.absPos : this.rawTell();
  }

  rawSeek(target: number, whence: number): number {
    const f = directFileIO(this.raw);
    const r = f !== null ? (f.checkOpen(), f.seekTo(target, whence)) : offsetResult(callMethod(this.raw, 'seek', [target, whence]));
    if (r < 0) throw plainOSError(`Raw stream returned invalid position ${r}`);
    this.absPos = r;
    return r;
  }

  /** raw.readinto() of len bytes at dest[off]: bytes read, 0 at EOF, -2 if it would block (None). */
  rawRead(dest: Uint8Array, off: number, len: number): number {
    let n: number;
    const f = directFileIO(this.raw);
    if (f !== null) {
      f.checkOpen();
      f.checkReadable();
      const data = f.readSome(len);
      dest.set(data, off);
      n = data.length;
    } else {
      const window = new PyByteArray(dest.subarray(off, off + len), len);
      const res = callMethod(this.raw, 'readinto', [newMemoryView(window)]);
      if (res === None) return -2;
      n = ssizeResult(res, 'raw readinto() failed');
      if (n < 0 || n > len) {
        throw plainOSError(`raw readinto() returned invalid length ${n} (should have been between 0 and ${len})`);
      }
    }
    if (n > 0 && this.absPos !== -1) this.absPos += n;
    return n;
  }

  /** raw.write() of data: bytes written, or -2 if it would block (None). */
  rawWrite(data: Uint8Array): number {
    if (this.observeFd === 0) return this.rawWriteUnobserved(data);
    // Reported when write() took them: the raw layer must not report these bytes again.
    beginHandDown();
    try {
      return this.rawWriteUnobserved(data);
    } finally {
      endHandDown();
    }
  }

  private rawWriteUnobserved(data: Uint8Array): number {
    let n: number;
    const f = directFileIO(this.raw);
    if (f !== null) {
      f.checkOpen();
      f.checkWritable();
      n = f.writeBytes(data);
    } else {
      const res = callMethod(this.raw, 'write', [memoryviewOf(data)]);
      if (res === None) return -2;
      n = ssizeResult(res, null);
      if (n < 0 || n > data.length) {
        throw plainOSError(`raw write() returned invalid length ${n} (should have been between 0 and ${data.length})`);
      }
    }
    if (n > 0 && this.absPos !== -1) this.absPos += n;
    return n;
  }

  // ---- reading ----

  fillBuffer(): number {
    const start = this.validRead() ? this.readEnd : 0;
    const n = this.rawRead(this.buffer!, start, this.bufferSize - start);
    if (n <= 0) return n;
    this.readEnd = start + n;
    this.rawPos = start + n;
    return n;
  }

  readFast(n: number): Uint8Array | null {
    if (n <= this.readahead()) {
      const out = this.buffer!.slice(this.pos, this.pos + n);
      this.pos += n;
      return out;
    }
    return null;
  }

  /** read(n) past what is buffered: whole blocks straight from the raw stream, the rest through the buffer. */
  readGeneric(n: number): Uint8Array | null {
    const current = this.readahead();
    if (n <= current) return this.readFast(n);
    const out = new Uint8Array(n);
    let remaining = n;
    let written = 0;
    if (current > 0) {
      out.set(this.buffer!.subarray(this.pos, this.pos + current));
      remaining -= current;
      written += current;
      this.pos += current;
    }
    if (this.writable) this.flushAndRewind();
    this.resetReadBuf();
    while (remaining > 0) {
      let r = this.minusLastBlock(remaining);
      if (r === 0) break;
      r = this.rawRead(out, written, r);
      if (r === 0 || r === -2) {
        if (r === 0 || written > 0) return out.slice(0, written);
        return null;
      }
      remaining -= r;
      written += r;
    }
    this.pos = 0;
    this.rawPos = 0;
    this.readEnd = 0;
    while (remaining > 0 && this.readEnd < this.bufferSize) {
      const r = this.fillBuffer();
      if (r === 0 || r === -2) {
        if (r === 0 || written > 0) return out.slice(0, written);
        return null;
      }
      const k = remaining > r ? r : remaining;
      out.set(this.buffer!.subarray(this.pos, this.pos + k), written);
      written += k;
      this.pos += k;
      remaining -= k;
    }
    return out;
  }

  /** read() to the end: what is buffered, then raw.readall() (or raw.read() until EOF). */
  readAll(): PyValue {
    const current = this.readahead();
    let data: Uint8Array | null = null;
    if (current > 0) {
      data = this.buffer!.slice(this.pos, this.pos + current);
      this.pos += current;
    }
    if (this.writable) this.flushAndRewind();
    this.resetReadBuf();
    const f = directFileIO(this.raw);
    if (f !== null) {
      f.checkOpen();
      f.checkReadable();
      const rest = f.readAll();
      if (this.absPos !== -1) this.absPos += rest.length;
      return new PyBytes(data === null ? rest : joinByteChunks([data, rest], data.length + rest.length));
    }
    const readall = getAttrOrUndefined(this.raw, 'readall');
    if (readall !== undefined) {
      const tmp = callObject(readall, []);
      if (tmp !== None && !(tmp instanceof PyBytes)) throw typeError('readall() should return bytes');
      if (current === 0) return tmp;
      if (tmp === None) return new PyBytes(data!);
      return new PyBytes(joinByteChunks([data!, (tmp as PyBytes).data], data!.length + (tmp as PyBytes).data.length));
    }
    const chunks: Uint8Array[] = data === null ? [] : [data];
    let total = current;
    for (;;) {
      const d = callMethod(this.raw, 'read');
      if (d !== None && !(d instanceof PyBytes)) throw typeError('read() should return bytes');
      if (d === None || (d as PyBytes).data.length === 0) {
        if (current === 0 && chunks.length === 0) return d;
        return new PyBytes(joinByteChunks(chunks, total));
      }
      chunks.push((d as PyBytes).data);
      total += (d as PyBytes).data.length;
      if (this.absPos !== -1) this.absPos += (d as PyBytes).data.length;
    }
  }

  peekUnlocked(): Uint8Array {
    const have = this.readahead();
    if (have > 0) return this.buffer!.slice(this.pos, this.pos + have);
    this.resetReadBuf();
    let r = this.fillBuffer();
    if (r === -2) r = 0;
    this.pos = 0;
    return this.buffer!.slice(0, r);
  }

  readline(limitIn: number): Uint8Array {
    this.checkClosed('readline of closed file');
    let limit = limitIn;
    let n = this.readahead();
    if (limit >= 0 && n > limit) n = limit;
    const buf = this.buffer!;
    const start = this.pos;
    const nl = n > 0 ? buf.subarray(start, start + n).indexOf(10) : -1;
    if (nl >= 0) {
      this.pos += nl + 1;
      return buf.slice(start, start + nl + 1);
    }
    if (n === limit) {
      this.pos += n;
      return buf.slice(start, start + n);
    }
    const chunks: Uint8Array[] = [];
    let total = 0;
    if (n > 0) {
      chunks.push(buf.slice(start, start + n));
      total += n;
      this.pos += n;
      if (limit >= 0) limit -= n;
    }
    if (this.writable) this.flushAndRewind();
    for (;;) {
      this.resetReadBuf();
      let k = this.fillBuffer();
      if (k <= 0) break;
      if (limit >= 0 && k > limit) k = limit;
      const b = this.buffer!;
      const idx = b.subarray(0, k).indexOf(10);
      if (idx >= 0) {
        chunks.push(b.slice(0, idx + 1));
        total += idx + 1;
        this.pos = idx + 1;
        break;
      }
      chunks.push(b.slice(0, k));
      total += k;
      if (k === limit) {
        this.pos = k;
        break;
      }
      if (limit >= 0) limit -= k;
    }
    return joinByteChunks(chunks, total);
  }

  readinto(dest: Uint8Array, once: boolean): PyValue {
    this.checkClosed('readinto of closed file');
    let written = 0;
    const n = this.readahead();
    if (n > 0) {
      if (n >= dest.length) {
        dest.set(this.buffer!.subarray(this.pos, this.pos + dest.length));
        this.pos += dest.length;
        return dest.length;
      }
      dest.set(this.buffer!.subarray(this.pos, this.pos + n));
      this.pos += n;
      written = n;
    }
    if (this.writable) this.flushAndRewind();
    this.resetReadBuf();
    this.pos = 0;
    let remaining = dest.length - written;
    while (remaining > 0) {
      let k: number;
      if (remaining > this.bufferSize) {
        k = this.rawRead(dest, written, remaining);
      } else if (!(once && written > 0)) {
        k = this.fillBuffer();
        if (k > 0) {
          if (k > remaining) k = remaining;
          dest.set(this.buffer!.subarray(this.pos, this.pos + k), written);
          this.pos += k;
          written += k;
          remaining -= k;
          continue;
        }
      } else {
        k = 0;
      }
      if (k === 0 || (k === -2 && written > 0)) break;
      if (k < 0) return None;
      if (once) {
        written += k;
        break;
      }
      written += k;
      remaining -= k;
    }
    return written;
  }

  // ---- writing ----

  flushUnlocked(): void {
    if (!this.validWrite() || this.writePos === this.writeEnd) {
      this.resetWriteBuf();
      return;
    }
    const rewind = this.rawOffset() + (this.pos - this.writePos);
    if (rewind !== 0) {
      this.rawSeek(-rewind, 1);
      this.rawPos -= rewind;
    }
    while (this.writePos < this.writeEnd) {
      const n = this.rawWrite(this.buffer!.subarray(this.writePos, this.writeEnd));
      if (n === -2) throw blockingIOError('write could not complete without blocking', 0);
      this.writePos += n;
      this.rawPos = this.writePos;
    }
    this.resetWriteBuf();
  }

  flushAndRewind(): void {
    this.flushUnlocked();
    if (this.readable) {
      try {
        this.rawSeek(-this.rawOffset(), 1);
      } finally {
        this.resetReadBuf();
      }
    }
  }

  write(data: Uint8Array): number {
    if (this.isClosed()) throw valueError('write to closed file');
    if (!this.validRead() && !this.validWrite()) {
      this.pos = 0;
      this.rawPos = 0;
    }
    const buf = this.buffer!;
    const avail = this.bufferSize - this.pos;
    const len = data.length;
    if (len <= avail && len < this.bufferSize) {
      buf.set(data, this.pos);
      if (!this.validWrite() || this.writePos > this.pos) this.writePos = this.pos;
      this.adjustPosition(this.pos + len);
      if (this.pos > this.writeEnd) this.writeEnd = this.pos;
      if (this.writeEnd > this.writePos) notePendingOutput(this);
      return len;
    }
    this.flushUnlocked();
    const offset = this.rawOffset();
    if (offset !== 0) {
      this.rawSeek(-offset, 1);
      this.rawPos -= offset;
    }
    let remaining = len;
    let written = 0;
    while (remaining >= this.bufferSize) {
      const n = this.rawWrite(data.subarray(written));
      if (n === -2) {
        if (remaining > this.bufferSize) {
          buf.set(data.subarray(written, written + this.bufferSize));
          this.rawPos = 0;
          this.adjustPosition(this.bufferSize);
          this.writeEnd = this.bufferSize;
          written += this.bufferSize;
          notePendingOutput(this);
          throw blockingIOError('write could not complete without blocking', written);
        }
        break;
      }
      written += n;
      remaining -= n;
    }
    if (this.readable) this.resetReadBuf();
    if (remaining > 0) {
      buf.set(data.subarray(written, written + remaining));
      written += remaining;
    }
    this.writePos = 0;
    this.writeEnd = remaining;
    this.adjustPosition(remaining);
    this.rawPos = 0;
    if (remaining > 0) notePendingOutput(this);
    return written;
  }

  flushAtExit(): void {
    if (this.ok && this.buffer !== null && this.validWrite()) this.flushUnlocked();
  }

  // ---- positioning ----

  tell(): number {
    let pos = this.rawTell() - this.rawOffset();
    if (pos < 0) pos = 0;
    return pos;
  }

  seek(targetObj: PyValue, whence: number): number {
    if ((whence < 0 || whence > 2) && whence !== SEEK_HOLE && whence !== SEEK_DATA) {
      throw valueError(`whence value ${whence} unsupported`);
    }
    this.checkClosed('seek of closed file');
    if (callMethod(this.raw, 'seekable') !== true) throw unsupported('File or stream is not seekable.');
    let target = offsetOf(targetObj);
    if ((whence === 0 || whence === 1) && this.readable) {
      const current = this.rawTellCached();
      const avail = this.readahead();
      if (avail > 0) {
        const offset = whence === 0 ? target - (current - this.rawOffset()) : target;
        if (offset >= -this.pos && offset <= avail) {
          this.pos += offset;
          return Math.max(0, current - avail + offset);
        }
      }
    }
    if (this.writable) this.flushUnlocked();
    if (whence === 1) target -= this.rawOffset();
    const n = this.rawSeek(target, whence);
    this.rawPos = -1;
    if (this.readable) this.resetReadBuf();
    return n;
  }

  // ---- life cycle ----

  init(raw: PyValue, bufferSize: number, readable: boolean, writable: boolean): void {
    this.ok = false;
    this.detached = false;
    if (readable && writable) checkRaw(raw, 'seekable', 'seekable');
    if (readable) checkRaw(raw, 'readable', 'readable');
    if (writable) checkRaw(raw, 'writable', 'writable');
    this.raw = raw;
    this.bufferSize = bufferSize;
    this.readable = readable;
    this.writable = writable;
    if (bufferSize <= 0) throw valueError('buffer size must be strictly positive');
    this.buffer = new Uint8Array(bufferSize);
    let n = bufferSize - 1;
    while (n & 1) n >>= 1;
    this.bufferMask = n === 0 ? bufferSize - 1 : 0;
    this.absPos = -1;
    try {
      this.rawTell();
    } catch (e) {
      if (!(e instanceof PyBaseException)) throw e;
    }
    if (readable) this.resetReadBuf();
    if (writable) {
      this.resetWriteBuf();
      this.pos = 0;
    }
    this.ok = true;
    wrapWatchedFile(raw, this);
  }

  close(): PyValue {
    this.checkInitialized();
    forgetClosedFile(this);
    if (this.isClosed()) return None;
    let flushError: unknown = null;
    try {
      callMethod(this, 'flush');
    } catch (e) {
      flushError = e;
    }
    let res: PyValue = None;
    try {
      res = callMethod(this.raw, 'close');
    } catch (e) {
      if (flushError instanceof PyBaseException && e instanceof PyBaseException && e.context === null) e.context = flushError;
      this.buffer = null;
      throw e;
    }
    this.buffer = null;
    clearPendingOutput(this);
    this.readEnd = 0;
    this.pos = 0;
    if (flushError !== null) throw flushError;
    return res;
  }
}


/** _PyIOBase_check_readable/writable/seekable: raw.readable() etc. must return True. */
function checkRaw(raw: PyValue, method: string, what: string): void {
  const r = callMethod(raw, method);
  if (r !== true) throw unsupported(`File or stream is not ${what}.`);
}

/** A position returned by raw.tell()/seek() (PyNumber_AsOff_t with ValueError for overflow). */
function offsetResult(v: PyValue): number {
  const n = asIndex(v);
  if (typeof n === 'bigint') throw valueError(`cannot fit '${typeName(v)}' into an offset-sized integer`);
  return n;
}

/** A seek target (PyNumber_AsOff_t). */
function offsetOf(v: PyValue): number {
  const n = asIndex(v);
  if (typeof n === 'bigint') throw valueError(`cannot fit '${typeName(v)}' into an offset-sized integer`);
  return n;
}

/** A byte count returned by raw.readinto()/write(). */
function ssizeResult(v: PyValue, failMessage: string | null): number {
  try {
    const n = asIndex(v);
    if (typeof n === 'bigint') throw valueError(`cannot fit '${typeName(v)}' into an index-sized integer`);
    return n;
  } catch (e) {
    if (failMessage !== null && e instanceof PyBaseException) {
      const err = plainOSError(failMessage);
      err.cause = e;
      err.suppressContext = true;
      throw err;
    }
    throw e;
  }
}

function B(self: PyValue): PyBuffered {
  const b = self as PyBuffered;
  b.checkInitialized();
  return b;
}

// ---- the Python-visible methods --------------------------------------------------------------------------

const all = [bufferedReaderType, bufferedWriterType, bufferedRandomType];
const readers = [bufferedReaderType, bufferedRandomType];
const writers = [bufferedWriterType, bufferedRandomType];

for (const t of all) t.allocate = (cls) => new PyBuffered(cls);

for (const [t, readable, writable] of [
  [bufferedReaderType, true, false],
  [bufferedWriterType, false, true],
  [bufferedRandomType, true, true],
] as const) {
  defMethod(t, '__init__', (self, args, kw) => {
    const [raw, size] = bindArgs(t.name, ['raw', 'buffer_size'], args, kw, 1);
    const bufferSize = size === undefined ? DEFAULT_BUFFER_SIZE : ssizeArg(size);
    (self as PyBuffered).init(raw!, bufferSize, readable, writable);
    return None;
  });
}

for (const t of all) {
  defMethod(t, 'detach', (self, args, kw) => {
    noArgs(`${t.name}.detach`, args, kw);
    const b = B(self);
    callMethod(b, 'flush');
    const raw = b.raw;
    b.raw = None;
    unwrapWatchedFile(b, raw);
    b.detached = true;
    b.ok = false;
    clearPendingOutput(b);
    return raw;
  });
  defMethod(t, 'close', (self, args, kw) => {
    noArgs(`${t.name}.close`, args, kw);
    return (self as PyBuffered).close();
  });
  for (const name of ['seekable', 'fileno', 'isatty']) {
    defMethod(t, name, (self, args, kw) => {
      noArgs(`${t.name}.${name}`, args, kw);
      return callMethod(B(self).raw, name);
    });
  }
  defMethod(t, '_dealloc_warn', (self, args, kw) => {
    const source = oneArg('_dealloc_warn', args, kw);
    const b = self as PyBuffered;
    if (b.ok) {
      const f = getAttrOrUndefined(b.raw, '_dealloc_warn');
      if (f !== undefined) {
        try {
          callObject(f, [source]);
        } catch (e) {
          if (!(e instanceof PyBaseException)) throw e;
        }
      }
    }
    return None;
  });
  defMethod(t, 'tell', (self, args, kw) => {
    noArgs(`${t.name}.tell`, args, kw);
    return B(self).tell();
  });
  defMethod(t, 'seek', (self, args, kw) => {
    noKwargs('seek', kw);
    argRange('seek', args, null, 1, 2);
    const whence = args.length > 1 ? intArg(args[1]) : 0;
    return B(self).seek(args[0], whence);
  });
  defMethod(t, 'truncate', (self, args, kw) => {
    noKwargs('truncate', kw);
    argRange('truncate', args, null, 0, 1);
    const b = B(self);
    b.checkClosed('truncate of closed file');
    if (!b.writable) throw unsupported('truncate');
    b.flushAndRewind();
    const res = callMethod(b.raw, 'truncate', [args.length > 0 ? args[0] : None]);
    try {
      b.rawTell();
    } catch (e) {
      if (!(e instanceof PyBaseException)) throw e;
    }
    return res;
  });
  defMethod(t, '__sizeof__', (self) => {
    const b = self as PyBuffered;
    return 96 + (b.buffer === null ? 0 : b.bufferSize);
  });
  defMethod(t, '__getstate__', (self) => {
    throw typeError(`cannot pickle '${(self as PyBuffered).cls.name}' instances`);
  });
  defMethod(t, '__repr__', (self) => {
    const b = self as PyBuffered;
    const name = tpName(b.cls);
    let nameObj: PyValue | undefined;
    try {
      nameObj = getAttrOrUndefined(b, 'name');
    } catch (e) {
      if (!(e instanceof PyBaseException && e.cls.isSubtypeOf(ValueError))) throw e;
    }
    if (nameObj === undefined) return `<${name}>`;
    return withReprGuard(b, `<${name}>`, () => `<${name} name=${repr(nameObj!)}>`);
  });
  defGetSet(t, 'raw', (self) => (self as PyBuffered).raw);
  defGetSet(t, 'closed', (self) => getAttr(B(self).raw, 'closed'));
  defGetSet(t, 'name', (self) => getAttr(B(self).raw, 'name'));
  defGetSet(t, 'mode', (self) => getAttr(B(self).raw, 'mode'));
  defGetSet(t, '_finalizing', (self) => (self as PyBuffered).finalizing, (self, v) => {
    (self as PyBuffered).finalizing = v !== null && truthy(v);
  });
}

defMethod(bufferedReaderType, 'flush', (self, args, kw) => {
  noArgs('BufferedReader.flush', args, kw);
  return callMethod(B(self).raw, 'flush');
});
for (const t of writers) {
  defMethod(t, 'flush', (self, args, kw) => {
    noArgs(`${t.name}.flush`, args, kw);
    const b = B(self);
    b.checkClosed('flush of closed file');
    b.flushAndRewind();
    return None;
  });
  defMethod(t, 'writable', (self, args, kw) => {
    noArgs(`${t.name}.writable`, args, kw);
    return callMethod(B(self).raw, 'writable');
  });
  defMethod(t, 'write', (self, args, kw) => {
    const data = bytesArg(oneArg('write', args, kw));
    const b = B(self);
    const n = b.write(data);
    if (b.observeFd !== 0) reportOutput(b.observeFd, data);
    return n;
  });
}

for (const t of readers) {
  defMethod(t, 'readable', (self, args, kw) => {
    noArgs(`${t.name}.readable`, args, kw);
    return callMethod(B(self).raw, 'readable');
  });
  defMethod(t, 'read', (self, args, kw) => {
    noKwargs('read', kw);
    argRange('read', args, null, 0, 1);
    const n = optSizeArg(args[0]);
    const b = B(self);
    if (n < -1) throw valueError('read length must be non-negative or -1');
    b.checkClosed('read of closed file');
    if (n === -1) return b.readAll();
    const fast = b.readFast(n);
    if (fast !== null) return new PyBytes(fast);
    const r = b.readGeneric(n);
    return r === null ? None : new PyBytes(r);
  });
  defMethod(t, 'read1', (self, args, kw) => {
    noKwargs('read1', kw);
    argRange('read1', args, null, 0, 1);
    let n = args.length === 0 ? -1 : ssizeArg(args[0]);
    const b = B(self);
    if (n < 0) n = b.bufferSize;
    b.checkClosed('read of closed file');
    if (n === 0) return new PyBytes(new Uint8Array(0));
    const have = b.readahead();
    if (have > 0) return new PyBytes(b.readFast(Math.min(have, n))!);
    if (b.writable) b.flushAndRewind();
    b.resetReadBuf();
    const out = new Uint8Array(n);
    let r = b.rawRead(out, 0, n);
    if (r === -2) r = 0;
    return new PyBytes(r === n ? out : out.slice(0, r));
  });
  defMethod(t, 'peek', (self, args, kw) => {
    noKwargs('peek', kw);
    argRange('peek', args, null, 0, 1);
    if (args.length > 0) ssizeArg(args[0]);
    const b = B(self);
    b.checkClosed('peek of closed file');
    if (b.writable) b.flushAndRewind();
    return new PyBytes(b.peekUnlocked());
  });
  defMethod(t, 'readinto', (self, args, kw) => {
    const dest = writableBuffer('readinto', oneArg('readinto', args, kw));
    return B(self).readinto(dest, false);
  });
  defMethod(t, 'readinto1', (self, args, kw) => {
    const dest = writableBuffer('readinto1', oneArg('readinto1', args, kw));
    return B(self).readinto(dest, true);
  });
  defMethod(t, 'readline', (self, args, kw) => {
    noKwargs('readline', kw);
    argRange('readline', args, null, 0, 1);
    const n = optSizeArg(args[0]);
    return new PyBytes(B(self).readline(n));
  });
  defMethod(t, '__next__', (self) => {
    const b = B(self);
    let line: PyValue;
    if (b.cls === bufferedReaderType || b.cls === bufferedRandomType) {
      line = new PyBytes(b.readline(-1));
    } else {
      line = callMethod(b, 'readline');
      if (!(line instanceof PyBytes)) {
        throw plainOSError(`readline() should have returned a bytes object, not '${typeName(line)}'`);
      }
    }
    if ((line as PyBytes).data.length === 0) throw new PyBaseException(StopIteration, []);
    return line;
  });
}

