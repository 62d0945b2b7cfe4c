// The VM's socket descriptors: a table from descriptor numbers to in-memory socket endpoints, the
// kernel side of what _socket.socketpair() creates (two connected stream sockets whose bytes never
// leave the VM). select and _signal (set_wakeup_fd) look descriptors up here.
//
// Descriptor numbers start at SOCKET_FD_BASE: the Host numbers its files from 3 upwards, lowest free
// first, so the two ranges cannot meet. Nothing here blocks, sleeps or raises Python exceptions: a
// full or empty stream is reported to the caller, which decides whether to wait (see fd_wait.ts).

import type { Interpreter } from '../runtime/interpreter.js';

/** The first socket descriptor number (2**30): far above any descriptor the Host hands out. */
export const SOCKET_FD_BASE = 0x40000000;

/**
 * How many unread bytes a stream holds before send() must wait, about what Linux allows a Unix
 * stream socket by default (net.core.wmem_default).
 */
export const STREAM_CAPACITY = 212992;

/** One end of a socket: what an open file description of a socket is in the kernel. */
export class SocketEnd {
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
}

const tables = new WeakMap<Interpreter, Map<number, SocketEnd>>();

/** The socket descriptors of an interpreter. */
export function socketTable(interp: Interpreter): Map<number, SocketEnd> {
  let t = tables.get(interp);
  if (t === undefined) {
    t = new Map();
    tables.set(interp, t);
  }
  return t;
}

/** Whether a descriptor number is in the socket range (whether or not it is open). */
export function isSocketFd(fd: number): boolean {
  return fd >= SOCKET_FD_BASE;
}

/** A new descriptor for an end, the lowest free one, as the kernel picks. */
export function openSocketFd(interp: Interpreter, end: SocketEnd): number {
  const t = socketTable(interp);
  let fd = SOCKET_FD_BASE;
  while (t.has(fd)) fd++;
  t.set(fd, end);
  end.refs++;
  return fd;
}

/** close(2) of a socket descriptor; false if it is not open. The last close ends the connection. */
export function closeSocketFd(interp: Interpreter, fd: number): boolean {
  const t = socketTable(interp);
  const end = t.get(fd);
  if (end === undefined) return false;
  t.delete(fd);
  if (--end.refs === 0) {
    end.discard();
    end.writeShut = true;
    const p = end.peer;
    if (p !== null) p.peerDone = true;
  }
  return true;
}

/** Two connected stream ends (socketpair(2)). */
export function connectedPair(family: number, type: number, proto: number): [SocketEnd, SocketEnd] {
  const a = new SocketEnd(family, type, proto);
  const b = new SocketEnd(family, type, proto);
  a.peer = b;
  b.peer = a;
  return [a, b];
}
