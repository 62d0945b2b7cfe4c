// The kernel side of the VM's sockets: in-memory socket endpoints, such as the two connected stream
// sockets _socket.socketpair() creates (whose bytes never leave the VM). Their descriptors are in the
// VM's descriptor table (vm_descriptors.ts), in its VM-only range; select and _signal (set_wakeup_fd)
// find the ends there. Nothing here sleeps or raises Python exceptions other than the RuntimeError of
// a read or write that would wait forever: a full or empty stream is reported to the caller, which
// decides whether to wait (see fd_wait.ts).

import { Host, HostOSError, HostStatResult } from '../host.js';
import { runtimeError } from '../runtime/raise.js';
import { errnoNumber, strerror } from './errno.js';
import { processOwner, type VmFile } from './vm_descriptors.js';

const EAGAIN = errnoNumber('EAGAIN')!;
const EPIPE = errnoNumber('EPIPE')!;
const ENOTCONN = errnoNumber('ENOTCONN')!;
const S_IFSOCK = 0o140000;

function hostError(errno: number): HostOSError {
  return new HostOSError(errno, strerror(errno));
}

let nextIno = 1;

/**
 * How many unread bytes a stream holds before send() must wait, about what Linux allows a Unix
 * stream socket by default (net.core.wmem_default).
 */
export const STREAM_CAPACITY = 212992;

/** One end of a socket: what an open file description of a socket is in the kernel. */
export class SocketEnd implements VmFile {
  /** Bytes sent by the peer and not yet received here, as a queue of chunks. */
  private chunks: Uint8Array[] = [];
  private head = 0;
  /** Unread bytes. */
  size = 0;
  /** The connected peer (socketpair); null for a socket that was never connected. */
  peer: SocketEnd | null = null;
  /** The peer has closed or shut down writing: after the queued bytes, reads see end of file. */
  peerDone = false;
  /** shutdown(SHUT_WR) (or closed): this end sends no more. */
  writeShut = false;
  /** shutdown(SHUT_RD): reads return end of file at once. */
  readShut = false;
  /** O_NONBLOCK of the descriptor (shared by dup()s, as the flag lives on the file description). */
  nonblocking = false;
  /** Descriptors referring to this end (dup() adds one); the end closes when the last one goes. */
  refs = 0;
  /** Options set with setsockopt(), by (level << 16) | option. */
  readonly options = new Map<number, number | Uint8Array>();
  /** fstat's st_ino. */
  readonly ino = nextIno++;

  constructor(
    readonly family: number,
    readonly type: number,
    readonly proto: number,
  ) {}

  /** Something to read now: bytes, or end of file. */
  readable(): boolean {
    return this.size > 0 || this.peerDone || this.readShut;
  }

  /** A send() would not have to wait: room in the peer's queue, or an error to report (EPIPE). */
  writable(): boolean {
    const p = this.peer;
    if (p === null) return false;
    return this.writeShut || p.readShut || p.refs === 0 || p.size < STREAM_CAPACITY;
  }

  /** Queue bytes for the peer; how many fit (0 when full). The caller checks writeShut/peer first. */
  sendTo(data: Uint8Array): number {
    const p = this.peer!;
    const n = Math.min(data.length, STREAM_CAPACITY - p.size);
    if (n <= 0) return 0;
    // Bytes sent to a reader that shut down reading are dropped (Linux accepts them).
    if (p.readShut) return n;
    p.chunks.push(data.slice(0, n));
    p.size += n;
    return n;
  }

  /** Take (or with peek, copy) up to n queued bytes. */
  receive(n: number, peek: boolean): Uint8Array {
    const take = Math.min(n, this.size);
    const out = new Uint8Array(take);
    let at = 0;
    let i = 0;
    let head = this.head;
    while (at < take) {
      const c = this.chunks[i];
      const k = Math.min(c.length - head, take - at);
      out.set(c.subarray(head, head + k), at);
      at += k;
      head += k;
      if (head === c.length) {
        i++;
        head = 0;
      }
    }
    if (!peek) {
      this.chunks.splice(0, i);
      this.head = head;
      this.size -= take;
    }
    return out;
  }

  /** Forget unread bytes (when this end closes). */
  discard(): void {
    this.chunks = [];
    this.head = 0;
    this.size = 0;
  }

  // ---- as a descriptor (os.read/os.write/os.fstat on the socket's number, select) ----

  /** read(2): recv() without flags, that cannot wait (one thread: nothing would wake it). */
  read(maxBytes: number): Uint8Array {
    if (this.peer === null) throw hostError(ENOTCONN);
    if (maxBytes === 0 || this.readShut) return new Uint8Array(0);
    if (!this.readable()) {
      if (this.nonblocking) throw hostError(EAGAIN);
      throw runtimeError('pyrewind runs one thread: reading from an empty socket whose peer is still open would block forever');
    }
    return this.receive(maxBytes, false);
  }

  /** write(2): send() of all of data, that cannot wait. */
  write(data: Uint8Array): void {
    const p = this.peer;
    if (p === null) throw hostError(ENOTCONN);
    if (this.writeShut || p.refs === 0) throw hostError(EPIPE);
    if (data.length > STREAM_CAPACITY - p.size) {
      if (this.nonblocking) throw hostError(EAGAIN);
      throw runtimeError('pyrewind runs one thread: writing to a full socket would block forever (nothing can read it meanwhile)');
    }
    this.sendTo(data);
  }

  stat(host: Host): HostStatResult {
    const { uid, gid } = processOwner(host);
    return {
      mode: S_IFSOCK | 0o777, ino: this.ino, dev: 0, nlink: 1, uid, gid, size: 0,
      atimeNs: 0n, mtimeNs: 0n, ctimeNs: 0n, blksize: 4096, blocks: 0, rdev: 0,
    };
  }

  readyToRead(): boolean {
    return this.readable();
  }

  readyToWrite(): boolean {
    return this.writable();
  }

  retain(): void {
    this.refs++;
  }

  /** The last close ends the connection: the peer reads end of file after what is queued. */
  release(): void {
    if (--this.refs === 0) {
      this.discard();
      this.writeShut = true;
      const p = this.peer;
      if (p !== null) p.peerDone = true;
    }
  }
}

/** Two connected stream ends (socketpair(2)). */
export function connectedPair(family: number, type: number, proto: number): [SocketEnd, SocketEnd] {
  const a = new SocketEnd(family, type, proto);
  const b = new SocketEnd(family, type, proto);
  a.peer = b;
  b.peer = a;
  return [a, b];
}
