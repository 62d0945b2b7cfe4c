// File and console streams: the objects behind sys.stdout/stderr/stdin and open().
//
// A TextStream (io.TextIOWrapper) encodes UTF-8 and buffers writes like CPython: line-buffered when
// the descriptor is a terminal, block-buffered otherwise; stderr is always line-buffered. A
// BinaryStream (io.BufferedReader/Writer) moves bytes. All I/O goes through the Host; nothing here
// touches the file system directly.

import { PyObject, PyType, PyValue, makeBuiltinType, typeName, typeType } from '../objects/object.js';
import { defMethod, defGetSet, bindArgs } from '../objects/native.js';
import { PyBytes, PyByteArray } from '../objects/bytes.js';
import { PyList } from '../objects/list.js';
import { None } from '../objects/singletons.js';
import { PyBaseException, StopIteration, exceptionType } from '../objects/exceptions.js';
import { Host, HostOSError } from '../host.js';
import { asIndex, str, toArray, repr } from '../runtime/protocols.js';
import { typeError, valueError } from '../runtime/raise.js';

export const textIOType = makeBuiltinType('TextIOWrapper', undefined, '_io');
export const bufferedType = makeBuiltinType('BufferedIOBase', undefined, '_io');
/** io.UnsupportedOperation: both an OSError and a ValueError. */
export const UnsupportedOperation = new PyType(typeType, 'UnsupportedOperation', [exceptionType('OSError'), exceptionType('ValueError')], 'io');
UnsupportedOperation.hasInstanceDict = true;

const encoder = new TextEncoder();
const BLOCK = 8192;

/** The OSError subclass for a host errno, as CPython maps them. */
export function osErrorFrom(e: HostOSError): PyBaseException {
  const byErrno: Record<number, string> = {
    2: 'FileNotFoundError', 13: 'PermissionError', 1: 'PermissionError', 17: 'FileExistsError',
    21: 'IsADirectoryError', 20: 'NotADirectoryError', 32: 'BrokenPipeError', 11: 'BlockingIOError',
    4: 'InterruptedError', 110: 'TimeoutError',
  };
  const cls = exceptionType(byErrno[e.errno] ?? 'OSError');
  const args: PyValue[] = e.filename === null ? [e.errno, e.strerror] : [e.errno, e.strerror, e.filename];
  const exc = new PyBaseException(cls, args);
  exc.args = [e.errno, e.strerror];
  setOsFields(exc, e);
  return exc;
}

import { excSetAttr } from '../objects/exceptions.js';
function setOsFields(exc: PyBaseException, e: HostOSError): void {
  excSetAttr(exc, 'errno', e.errno);
  excSetAttr(exc, 'strerror', e.strerror);
  excSetAttr(exc, 'filename', e.filename ?? None);
}

export function hostCall<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof HostOSError) throw osErrorFrom(e);
    throw e;
  }
}

abstract class Stream extends PyObject {
  closed = false;
  constructor(
    cls: import('../objects/object.js').PyType,
    readonly host: Host,
    readonly fd: number,
    readonly name: PyValue,
    readonly mode: string,
    readonly readable: boolean,
    readonly writable: boolean,
    /** Close the fd when the stream is closed (false for the standard streams). */
    readonly ownsFd: boolean,
  ) {
    super(cls);
  }
  protected checkOpen(): void {
    if (this.closed) throw valueError('I/O operation on closed file.');
  }
  protected checkReadable(): void {
    this.checkOpen();
    if (!this.readable) throw new PyBaseException(UnsupportedOperation, ['not readable']);
  }
  protected checkWritable(): void {
    this.checkOpen();
    if (!this.writable) throw new PyBaseException(UnsupportedOperation, ['not writable']);
  }

  // ---- raw byte buffers shared by both kinds ----
  private out: Uint8Array[] = [];
  private outSize = 0;
  private inBuf: Uint8Array = new Uint8Array(0);
  private inPos = 0;
  private eof = false;

  protected writeBytes(b: Uint8Array, lineBuffered: boolean): void {
    this.out.push(b);
    this.outSize += b.length;
    if (this.outSize >= BLOCK || (lineBuffered && b.includes(10))) this.flushBytes();
  }

  flushBytes(): void {
    if (this.outSize === 0) return;
    const all = new Uint8Array(this.outSize);
    let off = 0;
    for (const c of this.out) {
      all.set(c, off);
      off += c.length;
    }
    this.out = [];
    this.outSize = 0;
    hostCall(() => this.host.write(this.fd, all));
  }

  /** Fill the input buffer; false at EOF. */
  private fill(): boolean {
    if (this.eof) return false;
    const chunk = hostCall(() => this.host.read(this.fd, 65536));
    if (chunk.length === 0) {
      this.eof = true;
      return false;
    }
    const rest = this.inBuf.subarray(this.inPos);
    const merged = new Uint8Array(rest.length + chunk.length);
    merged.set(rest);
    merged.set(chunk, rest.length);
    this.inBuf = merged;
    this.inPos = 0;
    return true;
  }

  protected readAllBytes(): Uint8Array {
    while (this.fill()) { /* read to EOF */ }
    const r = this.inBuf.slice(this.inPos);
    this.inPos = this.inBuf.length;
    return r;
  }

  protected readBytes(n: number): Uint8Array {
    while (this.inBuf.length - this.inPos < n && this.fill()) { /* more */ }
    const end = Math.min(this.inBuf.length, this.inPos + n);
    const r = this.inBuf.slice(this.inPos, end);
    this.inPos = end;
    return r;
  }

  /** Bytes up to and including the next '\n' (or to EOF). */
  protected readLineBytes(limit = -1): Uint8Array {
    for (;;) {
      const nl = this.inBuf.indexOf(10, this.inPos);
      if (nl >= 0 && (limit < 0 || nl - this.inPos < limit)) {
        const r = this.inBuf.slice(this.inPos, nl + 1);
        this.inPos = nl + 1;
        return r;
      }
      if (limit >= 0 && this.inBuf.length - this.inPos >= limit) return this.readBytes(limit);
      if (!this.fill()) {
        const r = this.inBuf.slice(this.inPos);
        this.inPos = this.inBuf.length;
        return r;
      }
    }
  }

  close(): void {
    if (this.closed) return;
    try {
      this.flushBytes();
    } finally {
      this.closed = true;
      if (this.ownsFd) hostCall(() => this.host.close(this.fd));
    }
  }
}

export class TextStream extends Stream {
  private readonly decoder = new TextDecoder('utf-8');
  private pendingCR = false;
  constructor(
    host: Host,
    fd: number,
    name: PyValue,
    mode: string,
    readable: boolean,
    writable: boolean,
    ownsFd: boolean,
    readonly lineBuffered: boolean,
    readonly encoding = 'utf-8',
  ) {
    super(textIOType, host, fd, name, mode, readable, writable, ownsFd);
  }

  write(s: string): number {
    this.checkWritable();
    this.writeBytes(encoder.encode(s), this.lineBuffered);
    return [...s].length;
  }

  /** Universal newlines: \r\n and \r become \n on input. */
  private translate(s: string): string {
    if (this.pendingCR) {
      this.pendingCR = false;
      if (s.startsWith('\n')) s = s.slice(1);
    }
    if (s.endsWith('\r')) {
      this.pendingCR = true;
      s = s.slice(0, -1) + '\n';
    }
    return s.replace(/\r\n?/g, '\n');
  }

  read(n: number): string {
    this.checkReadable();
    if (n < 0) return this.translate(this.decoder.decode(this.readAllBytes()));
    let out = '';
    while ([...out].length < n) {
      const b = this.readBytes(1);
      if (b.length === 0) break;
      out += this.decoder.decode(b, { stream: true });
    }
    return this.translate(out);
  }

  readline(limit = -1): string {
    this.checkReadable();
    const b = this.readLineBytes(limit);
    return this.translate(this.decoder.decode(b));
  }
}

export class BinaryStream extends Stream {
  constructor(host: Host, fd: number, name: PyValue, mode: string, readable: boolean, writable: boolean, ownsFd: boolean) {
    super(bufferedType, host, fd, name, mode, readable, writable, ownsFd);
  }
  write(b: Uint8Array): number {
    this.checkWritable();
    this.writeBytes(b.slice(), false);
    return b.length;
  }
  read(n: number): Uint8Array {
    this.checkReadable();
    return n < 0 ? this.readAllBytes() : this.readBytes(n);
  }
  readline(limit = -1): Uint8Array {
    this.checkReadable();
    return this.readLineBytes(limit);
  }
}

function bytesOf(v: PyValue): Uint8Array {
  if (v instanceof PyBytes) return v.data;
  if (v instanceof PyByteArray) return v.view();
  throw typeError(`a bytes-like object is required, not '${typeName(v)}'`);
}

function sizeArg(v: PyValue | undefined): number {
  if (v === undefined || v === None) return -1;
  const n = asIndex(v);
  return typeof n === 'bigint' ? Number.MAX_SAFE_INTEGER : n;
}

// ---- Python-visible methods ----

const ts = (v: PyValue): TextStream => v as TextStream;
defMethod(textIOType, 'write', (self, args) => {
  const s = args[0];
  if (typeof s !== 'string') throw typeError(`write() argument must be str, not ${typeName(s)}`);
  return ts(self).write(s);
});
defMethod(textIOType, 'read', (self, args, kw) => ts(self).read(sizeArg(bindArgs('read', ['size'], args, kw)[0])));
defMethod(textIOType, 'readline', (self, args, kw) => ts(self).readline(sizeArg(bindArgs('readline', ['size'], args, kw)[0])));
defMethod(textIOType, 'readlines', (self) => {
  const out: PyValue[] = [];
  for (;;) {
    const l = ts(self).readline();
    if (l === '') return new PyList(out);
    out.push(l);
  }
});
defMethod(textIOType, 'writelines', (self, args) => {
  for (const l of toArray(args[0])) ts(self).write(str(l));
  return None;
});
defMethod(textIOType, '__iter__', (self) => self);
defMethod(textIOType, '__next__', (self) => {
  const l = ts(self).readline();
  if (l === '') throw new PyBaseException(StopIteration, []);
  return l;
});
defMethod(textIOType, '__repr__', (self) => `<_io.TextIOWrapper name=${repr(ts(self).name)} mode=${repr(ts(self).mode)} encoding='${ts(self).encoding}'>`);

const bs = (v: PyValue): BinaryStream => v as BinaryStream;
defMethod(bufferedType, 'write', (self, args) => bs(self).write(bytesOf(args[0])));
defMethod(bufferedType, 'read', (self, args, kw) => new PyBytes(bs(self).read(sizeArg(bindArgs('read', ['size'], args, kw)[0]))));
defMethod(bufferedType, 'readline', (self, args, kw) => new PyBytes(bs(self).readline(sizeArg(bindArgs('readline', ['size'], args, kw)[0]))));
defMethod(bufferedType, '__iter__', (self) => self);
defMethod(bufferedType, '__next__', (self) => {
  const l = bs(self).readline();
  if (l.length === 0) throw new PyBaseException(StopIteration, []);
  return new PyBytes(l);
});

for (const t of [textIOType, bufferedType]) {
  const st = (v: PyValue): Stream => v as Stream;
  defMethod(t, 'flush', (self) => {
    if (st(self).closed) throw valueError('I/O operation on closed file.');
    st(self).flushBytes();
    return None;
  });
  defMethod(t, 'close', (self) => {
    st(self).close();
    return None;
  });
  defMethod(t, '__enter__', (self) => {
    if (st(self).closed) throw valueError('I/O operation on closed file.');
    return self;
  });
  defMethod(t, '__exit__', (self) => {
    st(self).close();
    return None;
  });
  defMethod(t, 'fileno', (self) => st(self).fd);
  defMethod(t, 'isatty', (self) => st(self).host.isatty(st(self).fd));
  defMethod(t, 'readable', (self) => st(self).readable);
  defMethod(t, 'writable', (self) => st(self).writable);
  defMethod(t, 'seekable', () => false);
  defGetSet(t, 'closed', (s) => st(s).closed);
  defGetSet(t, 'name', (s) => st(s).name);
  defGetSet(t, 'mode', (s) => st(s).mode);
}
defGetSet(textIOType, 'encoding', (s) => ts(s).encoding);
defGetSet(textIOType, 'errors', () => 'strict');
