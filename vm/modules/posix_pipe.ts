// os.pipe() for a VM that runs one thread: the pipe is a byte buffer inside the VM, behind two
// descriptors of the VM's descriptor table (vm_descriptors.ts), which every descriptor call asks first
// (os.read/write/close/fstat/lseek/isatty, io's FileIO so that os.fdopen and open(fd) work, select).
//
// The Host interface has no pipe(2), and a pipe between two threads of one process is all a program
// running alone could use it for. The ends take the lowest free numbers, as pipe(2) gives (see
// vm_descriptors.ts for how they are kept from colliding with the Host's files).
//
// Linux semantics: a 64 KiB capacity, EOF (b'') once every write end is closed and the buffer is empty,
// EBADF for a read on the write end or the reverse, EPIPE (BrokenPipeError; Python ignores SIGPIPE)
// for a write with no read end open, ESPIPE for lseek, EINVAL for ftruncate, S_IFIFO|0o600 and size 0
// from fstat, select() readiness as Linux's pipe_poll. Where CPython would block forever because no
// other thread exists to unblock it (reading an empty pipe whose write end is open, writing more than
// the free capacity), this raises RuntimeError saying so instead of hanging, as _thread's locks do.
// Non-blocking mode (os.set_blocking) is not supported.

import { Host, HostOSError, HostStatResult } from '../host.js';
import { runtimeError } from '../runtime/raise.js';
import { errnoNumber, strerror } from './errno.js';
import { processOwner, VmDescriptors, VmFile } from './vm_descriptors.js';

const EBADF = errnoNumber('EBADF')!;
const EPIPE = errnoNumber('EPIPE')!;

/** Linux's default pipe capacity (16 pages). */
export const PIPE_CAPACITY = 65536;
/** Writes up to this size are atomic; select() calls a pipe writable when this much room is free. */
const PIPE_BUF = 4096;
const S_IFIFO = 0o010000;

class Pipe {
  buf = new Uint8Array(PIPE_CAPACITY);
  /** Bytes buffered, from buf[0]. */
  size = 0;
  readers = 0;
  writers = 0;

  constructor(
    readonly ino: number,
    readonly createdNs: bigint,
  ) {}
}

/** The next pipe inode number of each Host (pipes of one Host are numbered 1, 2, ...). */
const nextIno = new WeakMap<Host, number>();

function hostError(errno: number): HostOSError {
  return new HostOSError(errno, strerror(errno));
}

/** One end of a pipe: what its descriptor refers to. */
class PipeEnd implements VmFile {
  constructor(
    readonly pipe: Pipe,
    readonly writing: boolean,
  ) {}

  read(maxBytes: number): Uint8Array {
    if (this.writing) throw hostError(EBADF);
    const p = this.pipe;
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
  }

  write(data: Uint8Array): void {
    if (!this.writing) throw hostError(EBADF);
    const p = this.pipe;
    if (p.readers === 0) throw hostError(EPIPE);
    if (p.size + data.length > PIPE_CAPACITY) {
      throw runtimeError(
        `pyrewind runs one thread: writing ${data.length} bytes to a pipe holding ${p.size} of its ` +
          `${PIPE_CAPACITY} would block forever (nothing can read the pipe meanwhile)`,
      );
    }
    p.buf.set(data, p.size);
    p.size += data.length;
  }

  stat(host: Host): HostStatResult {
    const { uid, gid } = processOwner(host);
    const p = this.pipe;
    const t = p.createdNs;
    return {
      mode: S_IFIFO | 0o600, ino: p.ino, dev: 0, nlink: 1, uid, gid, size: 0,
      atimeNs: t, mtimeNs: t, ctimeNs: t, blksize: 4096, blocks: 0, rdev: 0,
    };
  }

  // Linux's pipe_poll: a read end is readable with bytes or once no writer is left (POLLHUP); a write
  // end is writable with PIPE_BUF bytes free, and both readable and writable (POLLERR) with no reader.
  readyToRead(): boolean {
    const p = this.pipe;
    return this.writing ? p.readers === 0 : p.size > 0 || p.writers === 0;
  }

  readyToWrite(): boolean {
    const p = this.pipe;
    return this.writing && (p.readers === 0 || PIPE_CAPACITY - p.size >= PIPE_BUF);
  }

  retain(): void {
    if (this.writing) this.pipe.writers++;
    else this.pipe.readers++;
  }

  release(): void {
    if (this.writing) this.pipe.writers--;
    else this.pipe.readers--;
  }
}

/** pipe(2): the read and the write descriptor of a new pipe. */
export function makePipe(fds: VmDescriptors): [number, number] {
  const host = fds.host;
  const ino = nextIno.get(host) ?? 1;
  nextIno.set(host, ino + 1);
  const pipe = new Pipe(ino, BigInt(Math.round(host.timeSeconds() * 1e6)) * 1000n);
  const r = fds.open(new PipeEnd(pipe, false), 'host');
  const w = fds.open(new PipeEnd(pipe, true), 'host');
  return [r, w];
}
