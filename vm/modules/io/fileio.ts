// io.FileIO (CPython's Modules/_io/fileio.c): the raw, unbuffered file on a descriptor. It parses the
// raw mode ('r', 'w', 'x', 'a', '+', 'b'), opens the path through the Host (open(2) flags via
// Host.openFd, or an opener callable), refuses directories, and reads/writes/seeks the descriptor.
//
// Every descriptor operation goes through the VM's descriptor table (vm_descriptors.ts), which answers
// for the VM's own descriptors (os.pipe() ends, sockets) and passes the rest to the Host. Seeking uses
// Host.seek (lseek); a host without one makes every FileIO unseekable (seek/tell raise OSError ESPIPE,
// as on a pipe).

import { watchOpenedFile, forgetClosedFile } from './lifetime_watch.js';
import { joinByteChunks } from '../../objects/byte_chunks.js';
import { PyObject, PyType, PyValue, makeBuiltinType, typeName, intType } from '../../objects/object.js';
import { PyBytes } from '../../objects/bytes.js';
import { None } from '../../objects/singletons.js';
import { PyDict } from '../../objects/dict.js';
import { defMethod, defGetSet, bindArgs, noArgs, argRange, noKwargs, oneArg } from '../../objects/native.js';
import { Host, HostOSError } from '../../host.js';
import { truthy, repr, asIndex, withReprGuard } from '../../runtime/protocols.js';
import { getAttrOrUndefined, getAttr } from '../../runtime/attributes.js';
import { callObject } from '../../runtime/call.js';
import { typeError, valueError, overflowError } from '../../runtime/raise.js';
import { currentInterpreter } from '../../runtime/interpreter.js';
import { runPendingSignals } from '../../runtime/signals.js';
import { importModule } from '../../runtime/import.js';
import { exceptionType, PyBaseException } from '../../objects/exceptions.js';
import { posixError, fspath, fsDecode } from '../posix.js';
import { rawIOBaseType, ioBaseType, tpName, DEFAULT_BUFFER_SIZE } from './iobase.js';
import { unsupported, closedFile, osError, EISDIR, ESPIPE, EBADF } from './errors.js';
import { bytesArg, writableBuffer } from './buffers.js';
import { optSizeArg, offsetArg, intArg } from './args.js';
import { reportOutput } from './output_observer.js';
import { VmDescriptors, vmDescriptors } from '../vm_descriptors.js';

export const fileIOType = makeBuiltinType('FileIO', rawIOBaseType, '_io');
fileIOType.doc = 'Open a file.';

// open(2) flags as Linux numbers them (what Host.openFd takes).
const O_RDONLY = 0;
const O_WRONLY = 1;
const O_RDWR = 2;
const O_CREAT = 0o100;
const O_EXCL = 0o200;
const O_TRUNC = 0o1000;
const O_APPEND = 0o2000;
const O_CLOEXEC = 0o2000000;
const S_IFMT = 0o170000;
const S_IFDIR = 0o040000;

const CLOSED = 'I/O operation on closed file';

export class PyFileIO extends PyObject {
  fd = -1;
  readable = false;
  writable = false;
  appending = false;
  created = false;
  closefd = true;
  /** -1 unknown, 0 no, 1 yes (lseek(fd, 0, SEEK_CUR) answered). */
  seekableState = -1;
  blksize = DEFAULT_BUFFER_SIZE;
  finalizing = false;
  constructor(cls: PyType) {
    super(cls);
  }

  /** The host of the interpreter that opened the file (set by __init__). */
  private hostRef: Host | null = null;

  get host(): Host {
    return this.hostRef ?? currentInterpreter().host;
  }

  set host(h: Host) {
    this.hostRef = h;
    this.fdsRef = null;
  }

  private fdsRef: VmDescriptors | null = null;

  /** The host's descriptor calls, through the VM's descriptor table (os.pipe() ends, sockets). */
  get fds(): VmDescriptors {
    return (this.fdsRef ??= vmDescriptors(this.host));
  }

  modeString(): string {
    if (this.created) return this.readable ? 'xb+' : 'xb';
    if (this.appending) return this.readable ? 'ab+' : 'ab';
    if (this.readable) return this.writable ? 'rb+' : 'rb';
    return 'wb';
  }

  checkOpen(): void {
    if (this.fd < 0) throw closedFile(CLOSED);
  }

  checkReadable(): void {
    if (!this.readable) throw unsupported('File not open for reading');
  }

  checkWritable(): void {
    if (!this.writable) throw unsupported('File not open for writing');
  }

  /** Up to n bytes from the descriptor (one read(2)). */
  readSome(n: number): Uint8Array {
    return hostIO(() => this.fds.read(this.fd, n));
  }

  /** Everything up to end of file. */
  readAll(): Uint8Array {
    const chunks: Uint8Array[] = [];
    let total = 0;
    for (;;) {
      const c = hostIO(() => this.fds.read(this.fd, 65536));
      if (c.length === 0) break;
      chunks.push(c);
      total += c.length;
    }
    return joinByteChunks(chunks, total);
  }

  writeBytes(data: Uint8Array): number {
    // Copy: the host may keep the array, and the caller's buffer may change afterwards.
    const copy = data.slice();
    hostIO(() => this.fds.write(this.fd, copy));
    if (this.fd === 1 || this.fd === 2) reportOutput(this.fd, copy);
    return copy.length;
  }

  /** lseek(2); OSError(ESPIPE) on a host that cannot seek. */
  seekTo(offset: number, whence: number): number {
    const host = this.host;
    if (host.seek === undefined) throw osError(ESPIPE, 'Illegal seek');
    const fd = this.fd;
    const fds = this.fds;
    const r = hostIO(() => fds.seek(fd, offset, whence));
    this.seekableState = 1;
    return r;
  }

  isSeekable(): boolean {
    if (this.seekableState < 0) {
      try {
        this.seekTo(0, 1);
        this.seekableState = 1;
      } catch (e) {
        if (!(e instanceof PyBaseException)) throw e;
        this.seekableState = 0;
      }
    }
    return this.seekableState === 1;
  }

  closeFd(): void {
    const fd = this.fd;
    this.fd = -1;
    hostIO(() => this.fds.close(fd));
  }
}
fileIOType.allocate = (cls) => new PyFileIO(cls);

/** A host call with its HostOSError turned into the matching OSError. */
/** EINTR: the host's call was interrupted by a signal (Ctrl-C). */
const EINTR = 4;

/**
 * A host I/O call, its OSError turned into Python's. A call interrupted by a signal runs the Python
 * signal handlers and is retried, as CPython does since PEP 475: a handler that raises (the default
 * SIGINT handler raises KeyboardInterrupt) ends the call; one that returns lets the read go on.
 */
function hostIO<T>(f: () => T, filename: PyValue = None): T {
  for (;;) {
    try {
      return f();
    } catch (e) {
      if (!(e instanceof HostOSError)) throw e;
      if (e.errno !== EINTR) throw posixError(e.errno, e.strerror, filename);
      runPendingSignals(currentInterpreter());
    }
  }
}

function fio(self: PyValue): PyFileIO {
  return self as PyFileIO;
}

function openFio(self: PyValue): PyFileIO {
  const f = self as PyFileIO;
  f.checkOpen();
  return f;
}

interface RawMode {
  readable: boolean;
  writable: boolean;
  appending: boolean;
  created: boolean;
  flags: number;
}

/** Parse a FileIO mode with CPython's rules and messages. */
export function parseRawMode(mode: string): RawMode {
  const bad = (): never => {
    throw valueError('Must have exactly one of create/read/write/append mode and at most one plus');
  };
  let rwa = false;
  let plus = false;
  const m: RawMode = { readable: false, writable: false, appending: false, created: false, flags: 0 };
  for (const c of mode) {
    switch (c) {
      case 'x':
        if (rwa) bad();
        rwa = true;
        m.created = true;
        m.writable = true;
        m.flags |= O_EXCL | O_CREAT;
        break;
      case 'r':
        if (rwa) bad();
        rwa = true;
        m.readable = true;
        break;
      case 'w':
        if (rwa) bad();
        rwa = true;
        m.writable = true;
        m.flags |= O_CREAT | O_TRUNC;
        break;
      case 'a':
        if (rwa) bad();
        rwa = true;
        m.writable = true;
        m.appending = true;
        m.flags |= O_APPEND | O_CREAT;
        break;
      case 'b':
        break;
      case '+':
        if (plus) bad();
        m.readable = true;
        m.writable = true;
        plus = true;
        break;
      default:
        throw valueError(`invalid mode: ${mode}`);
    }
  }
  if (!rwa) bad();
  m.flags |= m.readable && m.writable ? O_RDWR : m.readable ? O_RDONLY : O_WRONLY;
  m.flags |= O_CLOEXEC;
  return m;
}

/** open(2) through the host: Host.openFd when there is one, else Host.open with a mode word. */
function hostOpen(host: Host, path: string, m: RawMode): number {
  if (host.openFd !== undefined) return host.openFd(path, m.flags, 0o666);
  const base = m.created ? 'x' : m.appending ? 'a' : m.readable && !m.writable ? 'r' : (m.flags & O_TRUNC) !== 0 ? 'w' : 'r';
  const flags = (m.readable && m.writable ? `${base}+` : base) as 'r' | 'w' | 'a' | 'x' | 'r+' | 'w+' | 'a+' | 'x+';
  return host.open(path, flags);
}

function warn(message: string, category: string): void {
  const warnings = importModule(currentInterpreter(), 'warnings');
  callObject(getAttr(warnings, 'warn'), [message, exceptionType(category), 2]);
}

/** FileIO.__init__(file, mode='r', closefd=True, opener=None). */
export function fileIOInit(self: PyFileIO, file: PyValue, mode: PyValue, closefdArg: PyValue, opener: PyValue): void {
  if (self.fd >= 0) {
    if (self.closefd) self.closeFd();
    else self.fd = -1;
  }
  const host = currentInterpreter().host;
  self.host = host;
  if (typeof file === 'boolean') warn('bool is used as a file descriptor', 'RuntimeWarning');
  let fd = -1;
  let fdGiven = false;
  if (typeof file === 'number' || typeof file === 'bigint' || typeof file === 'boolean' || (file instanceof PyObject && file.cls.isSubtypeOf(intType))) {
    const n = asIndex(file);
    if (typeof n === 'bigint' || n > 2147483647 || n < -2147483648) throw overflowError('Python int too large to convert to C int');
    if (n < 0) throw valueError('negative file descriptor');
    fd = n;
    fdGiven = true;
  }
  let pathText = '';
  if (!fdGiven) {
    const p = fspath(file);
    pathText = typeof p === 'string' ? p : fsDecode((p as PyBytes).data);
    if (pathText.indexOf('\0') >= 0) throw valueError('embedded null byte');
  }
  if (typeof mode !== 'string') throw typeError(`FileIO() argument 'mode' must be str, not ${typeName(mode)}`);
  const m = parseRawMode(mode);
  const closefd = truthy(closefdArg);
  self.readable = m.readable;
  self.writable = m.writable;
  self.appending = m.appending;
  self.created = m.created;
  self.seekableState = -1;
  if (fdGiven) {
    self.fd = fd;
    self.closefd = closefd;
  } else {
    self.closefd = true;
    if (!closefd) throw valueError('Cannot use closefd=False with file name');
    if (opener === None) {
      self.fd = hostIO(() => hostOpen(host, pathText, m), file);
    } else {
      const r = callObject(opener, [file, m.flags]);
      if (typeof r !== 'number' && typeof r !== 'bigint' && typeof r !== 'boolean' && !(r instanceof PyObject && r.cls.isSubtypeOf(intType))) {
        throw typeError('expected integer from opener');
      }
      const n = asIndex(r);
      if (typeof n === 'bigint') throw overflowError('Python int too large to convert to C int');
      if (n < 0) throw valueError(`opener returned ${n}`);
      self.fd = n;
    }
  }
  self.blksize = DEFAULT_BUFFER_SIZE;
  try {
    if (host.fileStat !== undefined) {
      let st: import('../../host.js').HostStatResult | null = null;
      try {
        st = self.fds.fileStat(self.fd, true);
      } catch (e) {
        // Only a bad descriptor is an error; other fstat failures are tolerated, as CPython does.
        if (!(e instanceof HostOSError)) throw e;
        if (e.errno === EBADF) throw posixError(e.errno, e.strerror);
      }
      if (st !== null && (st.mode & S_IFMT) === S_IFDIR) throw posixError(EISDIR, 'Is a directory', file);
      if (st !== null && st.blksize > 1) self.blksize = st.blksize;
    }
    // `name` is an ordinary attribute: programs may replace it.
    setName(self, file);
    if (self.appending) {
      // Explicitly at the end, so that tell() is right before the first write (errors ignored, as for pipes).
      try {
        self.seekTo(0, 2);
      } catch (e) {
        if (!(e instanceof PyBaseException)) throw e;
      }
    }
  } catch (e) {
    if (!fdGiven || closefd) {
      try {
        self.closeFd();
      } catch {
        /* the first error is the one to report */
      }
    } else {
      self.fd = -1;
    }
    throw e;
  }
  if (self.closefd && self.fd >= 0) watchOpenedFile(self);
}

function setName(self: PyFileIO, name: PyValue): void {
  if (self.dict === null) self.dict = new PyDict();
  self.dict.setStr('name', name);
}

defMethod(fileIOType, '__init__', (self, args, kw) => {
  const [file, mode, closefd, opener] = bindArgs('FileIO', ['file', 'mode', 'closefd', 'opener'], args, kw, 1);
  fileIOInit(fio(self), file!, mode ?? 'r', closefd ?? true, opener ?? None);
  return None;
});

defMethod(fileIOType, 'read', (self, args, kw) => {
  noKwargs('read', kw);
  argRange('read', args, null, 0, 1);
  const n = optSizeArg(args[0]);
  const f = openFio(self);
  f.checkReadable();
  if (n < 0) return new PyBytes(f.readAll());
  return new PyBytes(f.readSome(n));
});

defMethod(fileIOType, 'readall', (self, args, kw) => {
  noArgs('FileIO.readall', args, kw);
  const f = openFio(self);
  f.checkReadable();
  return new PyBytes(f.readAll());
});

defMethod(fileIOType, 'readinto', (self, args, kw) => {
  const dest = writableBuffer('readinto', oneArg('readinto', args, kw));
  const f = openFio(self);
  f.checkReadable();
  const data = f.readSome(dest.length);
  dest.set(data);
  return data.length;
});

defMethod(fileIOType, 'write', (self, args, kw) => {
  const data = bytesArg(oneArg('write', args, kw));
  const f = openFio(self);
  f.checkWritable();
  return f.writeBytes(data);
});

defMethod(fileIOType, 'seek', (self, args, kw) => {
  const [pos, whenceArg] = bindArgs('seek', ['pos', 'whence'], args, kw, 1, 2);
  const whence = whenceArg === undefined ? 0 : intArg(whenceArg);
  const f = openFio(self);
  return f.seekTo(offsetArg(pos!), whence);
});

defMethod(fileIOType, 'tell', (self, args, kw) => {
  noArgs('FileIO.tell', args, kw);
  return openFio(self).seekTo(0, 1);
});

defMethod(fileIOType, 'truncate', (self, args, kw) => {
  noKwargs('truncate', kw);
  argRange('truncate', args, null, 0, 1);
  const f = openFio(self);
  f.checkWritable();
  const size = args.length === 0 || args[0] === None ? f.seekTo(0, 1) : offsetArg(args[0]);
  const host = f.host;
  if (host.truncate === undefined) throw osError(22, 'Invalid argument');
  hostIO(() => f.fds.truncate(f.fd, size));
  return size;
});

defMethod(fileIOType, 'readable', (self, args, kw) => {
  noArgs('FileIO.readable', args, kw);
  return openFio(self).readable;
});
defMethod(fileIOType, 'writable', (self, args, kw) => {
  noArgs('FileIO.writable', args, kw);
  return openFio(self).writable;
});
defMethod(fileIOType, 'seekable', (self, args, kw) => {
  noArgs('FileIO.seekable', args, kw);
  return openFio(self).isSeekable();
});
defMethod(fileIOType, 'fileno', (self, args, kw) => {
  noArgs('FileIO.fileno', args, kw);
  return openFio(self).fd;
});
defMethod(fileIOType, 'isatty', (self, args, kw) => {
  noArgs('FileIO.isatty', args, kw);
  const f = openFio(self);
  return f.fds.isatty(f.fd);
});
defMethod(fileIOType, '_isatty_open_only', (self, args, kw) => {
  noArgs('FileIO._isatty_open_only', args, kw);
  const f = openFio(self);
  return f.fds.isatty(f.fd);
});

/** FileIO.close(): _IOBase.close() (flush, mark closed), then close(2) unless closefd is false. */
defMethod(fileIOType, 'close', (self, args, kw) => {
  noArgs('FileIO.close', args, kw);
  const f = fio(self);
  forgetClosedFile(f);
  let flushError: unknown = null;
  try {
    const baseClose = ioBaseType.attrs.get('close') as import('../../objects/native.js').PyMethodDescriptor;
    baseClose.fn(f, [], null);
  } catch (e) {
    flushError = e;
  }
  if (!f.closefd) {
    f.fd = -1;
  } else if (f.fd >= 0) {
    try {
      f.closeFd();
    } catch (e) {
      if (flushError !== null && e instanceof PyBaseException && flushError instanceof PyBaseException) e.context = flushError;
      throw e;
    }
  }
  if (flushError !== null) throw flushError;
  return None;
});

defGetSet(fileIOType, 'closed', (self) => fio(self).fd < 0);
defGetSet(fileIOType, 'closefd', (self) => fio(self).closefd);
defGetSet(fileIOType, 'mode', (self) => fio(self).modeString());
defGetSet(fileIOType, '_blksize', (self) => fio(self).blksize);
defGetSet(fileIOType, '_finalizing', (self) => fio(self).finalizing);
defMethod(fileIOType, '_dealloc_warn', () => None);

defMethod(fileIOType, '__getstate__', (self) => {
  throw typeError(`cannot pickle '${fio(self).cls.name}' instances`);
});

defMethod(fileIOType, '__repr__', (self) => {
  const f = fio(self);
  const name = tpName(f.cls);
  if (f.fd < 0) return `<${name} [closed]>`;
  const closefd = f.closefd ? 'True' : 'False';
  const nameObj = getAttrOrUndefined(f, 'name');
  if (nameObj === undefined) return `<${name} fd=${f.fd} mode='${f.modeString()}' closefd=${closefd}>`;
  return withReprGuard(f, `<${name} ...>`, () => `<${name} name=${repr(nameObj)} mode='${f.modeString()}' closefd=${closefd}>`);
});

export { hostIO };
