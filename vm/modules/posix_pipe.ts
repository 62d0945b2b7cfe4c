// os.pipe() for a VM that runs one thread: the pipe is a byte buffer inside the VM, behind two file
// descriptors that every descriptor call sees (os.read/write/close/fstat/lseek/isatty, and io's FileIO,
// so os.fdopen and open(fd) work on them).
//
// The Host interface has no pipe(2), and a pipe between two threads of one process is all a program
// running alone could use it for. So the pipe lives here, and the host's descriptor methods are
// wrapped, on the host object itself and only once, to send these descriptors to it (every other
// descriptor goes to the host untouched). Their numbers are reserved in the host's own table by opening
// /dev/null there (closed with the pipe end), so that they are the lowest free ones, as pipe(2) gives,
// and never collide with files the program opens; a host that cannot open /dev/null (a browser) gets
// numbers from PIPE_FD_BASE up instead.
//
// Linux semantics: a 64 KiB capacity, EOF (b'') once every write end is closed and the buffer is empty,
// EBADF for a read on the write end or the reverse, EPIPE (BrokenPipeError; Python ignores SIGPIPE)
// for a write with no read end open, ESPIPE for lseek, S_IFIFO|0o600 and size 0 from fstat. Where
// CPython would block forever because no other thread exists to unblock it (reading an empty pipe
// whose write end is open, writing more than the free capacity), this raises RuntimeError saying so
// instead of hanging, as _thread's locks do. Non-blocking mode (os.set_blocking) is not supported.

import { Host, HostOSError, HostStatResult } from '../host.js';
import { runtimeError } from '../runtime/raise.js';
import { errnoNumber, strerror } from './errno.js';

const EBADF = errnoNumber('EBADF')!;
const EPIPE = errnoNumber('EPIPE')!;
const ESPIPE = errnoNumber('ESPIPE')!;
const EINVAL = errnoNumber('EINVAL')!;

/** Linux's default pipe capacity (16 pages). */
export const PIPE_CAPACITY = 65536;
/** First descriptor number used when the host cannot reserve numbers in its own table. */
export const PIPE_FD_BASE = 1000;
const S_IFIFO = 0o010000;

class Pipe {
  buf = new Uint8Array(PIPE_CAPACITY);
  /** Bytes buffered, from buf[0]. */
  size = 0;
  readers = 1;
  writers = 1;

  constructor(
    readonly ino: number,
    readonly createdNs: bigint,
  ) {}
}

interface PipeEnd {
  pipe: Pipe;
  writing: boolean;
  /** Whether the number is held in the host's table by a /dev/null descriptor, closed with the end. */
  reserved: boolean;
}

interface PipeTable {
  ends: Map<number, PipeEnd>;
  nextIno: number;
}

const tables = new WeakMap<Host, PipeTable>();

function hostError(errno: number): HostOSError {
  return new HostOSError(errno, strerror(errno));
}

function endOf(table: PipeTable, fd: number, writing: boolean): PipeEnd {
  const end = table.ends.get(fd)!;
  if (end.writing !== writing) throw hostError(EBADF);
  return end;
}

/** Wraps the host's descriptor methods so that the table's descriptors reach the pipes. */
function install(host: Host): PipeTable {
  const table: PipeTable = { ends: new Map(), nextIno: 1 };
  tables.set(host, table);
  const ends = table.ends;
  const read = host.read.bind(host);
  const write = host.write.bind(host);
  const close = host.close.bind(host);
  const isatty = host.isatty.bind(host);
  const seek = host.seek?.bind(host);
  const fileStat = host.fileStat?.bind(host);
  const truncate = host.truncate?.bind(host);

  host.read = (fd, maxBytes) => {
    if (!ends.has(fd)) return read(fd, maxBytes);
    const p = endOf(table, fd, false).pipe;
    if (maxBytes === 0) return new Uint8Array(0);
    if (p.size === 0) {
      if (p.writers === 0) return new Uint8Array(0);
      throw runtimeError(
        'pyrewind runs one thread: reading from an empty pipe whose write end is still open would block forever',
      );
    }
    const n = Math.min(maxBytes, p.size);
    const out = p.buf.slice(0, n);
    p.buf.copyWithin(0, n, p.size);
    p.size -= n;
    return out;
  };
  host.write = (fd, data) => {
    if (!ends.has(fd)) return write(fd, data);
    const p = endOf(table, fd, true).pipe;
    if (p.readers === 0) throw hostError(EPIPE);
    if (p.size + data.length > PIPE_CAPACITY) {
      throw runtimeError(
        `pyrewind runs one thread: writing ${data.length} bytes to a pipe holding ${p.size} of its ` +
          `${PIPE_CAPACITY} would block forever (nothing can read the pipe meanwhile)`,
      );
    }
    p.buf.set(data, p.size);
    p.size += data.length;
  };
  host.close = (fd) => {
    const end = ends.get(fd);
    if (end === undefined) return close(fd);
    ends.delete(fd);
    if (end.writing) end.pipe.writers--;
    else end.pipe.readers--;
    if (end.reserved) {
      try {
        close(fd);
      } catch (e) {
        if (!(e instanceof HostOSError)) throw e;
      }
    }
  };
  host.isatty = (fd) => (ends.has(fd) ? false : isatty(fd));
  host.seek = (fd, offset, whence) => {
    if (ends.has(fd)) throw hostError(ESPIPE);
    if (seek === undefined) throw hostError(ESPIPE);
    return seek(fd, offset, whence);
  };
  if (fileStat !== undefined) {
    host.fileStat = (target, followSymlinks) => {
      const end = typeof target === 'number' ? ends.get(target) : undefined;
      return end === undefined ? fileStat(target, followSymlinks) : pipeStat(host, end.pipe);
    };
  }
  if (truncate !== undefined) {
    host.truncate = (target, length) => {
      if (typeof target === 'number' && ends.has(target)) throw hostError(EINVAL);
      truncate(target, length);
    };
  }
  return table;
}

function pipeStat(host: Host, p: Pipe): HostStatResult {
  let uid = 0;
  let gid = 0;
  if (host.processIds !== undefined) {
    const ids = host.processIds();
    uid = ids.euid;
    gid = ids.egid;
  }
  const t = p.createdNs;
  return {
    mode: S_IFIFO | 0o600, ino: p.ino, dev: 0, nlink: 1, uid, gid, size: 0,
    atimeNs: t, mtimeNs: t, ctimeNs: t, blksize: 4096, blocks: 0, rdev: 0,
  };
}

/** A descriptor number for a new pipe end: reserved in the host's table when it can, else our own. */
function allocate(host: Host, table: PipeTable): [number, boolean] {
  if (host.openFd !== undefined) {
    try {
      return [host.openFd('/dev/null', 0, 0), true];
    } catch (e) {
      if (!(e instanceof HostOSError)) throw e;
    }
  }
  let fd = PIPE_FD_BASE;
  while (table.ends.has(fd)) fd++;
  return [fd, false];
}

/** pipe(2): the read and the write descriptor of a new pipe. */
export function makePipe(host: Host): [number, number] {
  const table = tables.get(host) ?? install(host);
  const pipe = new Pipe(table.nextIno++, BigInt(Math.round(host.timeSeconds() * 1e6)) * 1000n);
  const [r, rReserved] = allocate(host, table);
  table.ends.set(r, { pipe, writing: false, reserved: rReserved });
  const [w, wReserved] = allocate(host, table);
  table.ends.set(w, { pipe, writing: true, reserved: wReserved });
  return [r, w];
}
