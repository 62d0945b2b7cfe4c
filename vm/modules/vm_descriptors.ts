// The descriptors that live inside the VM (os.pipe() ends, _socket's in-memory sockets): one table per
// Host from descriptor numbers to VM-side files, which hands out their numbers and which every
// descriptor call (os.read/write/close/fstat/lseek/isatty/ftruncate, io.FileIO, select, _socket,
// _signal) asks first: a number the table does not hold goes to the Host untouched. It must not change
// the Host object, and it must not cost more than one Map lookup per call on the Host's own descriptors.
//
// Two ranges of numbers: a pipe end takes the lowest number free in the Host's own table, as pipe(2)
// does, reserved there by opening /dev/null (closed with the end) so that files the program opens next
// cannot collide with it; a Host that cannot open /dev/null (a browser) gets numbers from
// RESERVED_FALLBACK_BASE up instead. Sockets take numbers from VM_ONLY_BASE (2**30) up, far above
// anything the Host hands out, so a closed one is known to be a bad descriptor without asking the Host.

import { Host, HostOSError, HostStatResult } from '../host.js';
import { errnoNumber, strerror } from './errno.js';

const EBADF = errnoNumber('EBADF')!;
const ESPIPE = errnoNumber('ESPIPE')!;
const EINVAL = errnoNumber('EINVAL')!;
const ENOSYS = errnoNumber('ENOSYS')!;

/** The first number of the VM-only range (2**30): far above any descriptor the Host hands out. */
export const VM_ONLY_BASE = 0x40000000;
/** First host-range number used when the Host cannot reserve numbers in its own table. */
export const RESERVED_FALLBACK_BASE = 1000;

/** What a VM-side descriptor refers to: the open file description (shared by dup()ed numbers). */
export interface VmFile {
  /** read(2): up to maxBytes bytes, empty at end of file; throws HostOSError (EBADF, EAGAIN...). */
  read(maxBytes: number): Uint8Array;
  /** write(2) of all of data; throws HostOSError (EBADF, EPIPE...). */
  write(data: Uint8Array): void;
  /** fstat(2). */
  stat(host: Host): HostStatResult;
  /** What select() reports: something to read now (or end of file, or an error pending). */
  readyToRead(): boolean;
  /** What select() reports: a write would not wait. */
  readyToWrite(): boolean;
  /** One more descriptor number refers to this file. */
  retain(): void;
  /** One descriptor number referring to this file was closed. */
  release(): void;
}

/** Where a new descriptor's number comes from. */
export type NumberRange = 'host' | 'vm-only';

interface Slot {
  file: VmFile;
  /** The number is held in the Host's table by a /dev/null descriptor, closed with the slot. */
  reserved: boolean;
}

function hostError(errno: number): HostOSError {
  return new HostOSError(errno, strerror(errno));
}

/**
 * The VM's descriptor table of one Host. Its read/write/close/seek/isatty/fileStat/truncate take the
 * Host's arguments and answer for any descriptor: the VM's own, or else the Host's.
 */
export class VmDescriptors {
  private readonly slots = new Map<number, Slot>();

  constructor(readonly host: Host) {}

  /** The VM-side file of a descriptor, undefined for one the VM does not hold. */
  get(fd: number): VmFile | undefined {
    return this.slots.get(fd)?.file;
  }

  /** Whether a number is in the VM-only range: not the Host's, open or not. */
  isVmOnly(fd: number): boolean {
    return fd >= VM_ONLY_BASE;
  }

  /** A new descriptor for a file: the lowest number free in its range. */
  open(file: VmFile, range: NumberRange): number {
    let fd = -1;
    let reserved = false;
    if (range === 'host' && this.host.openFd !== undefined) {
      try {
        fd = this.host.openFd('/dev/null', 0, 0);
        reserved = true;
      } catch (e) {
        if (!(e instanceof HostOSError)) throw e;
      }
    }
    if (fd < 0) {
      fd = range === 'host' ? RESERVED_FALLBACK_BASE : VM_ONLY_BASE;
      while (this.slots.has(fd)) fd++;
    }
    this.slots.set(fd, { file, reserved });
    file.retain();
    return fd;
  }

  /** A second number for an open VM descriptor (dup(2)); EBADF if it is not one. */
  dup(fd: number, range: NumberRange): number {
    const slot = this.slots.get(fd);
    if (slot === undefined) throw hostError(EBADF);
    return this.open(slot.file, range);
  }

  /** close(2) of a VM descriptor; false (and nothing done) for a number the VM does not hold. */
  closeVm(fd: number): boolean {
    const slot = this.slots.get(fd);
    if (slot === undefined) return false;
    this.slots.delete(fd);
    slot.file.release();
    if (slot.reserved) {
      try {
        this.host.close(fd);
      } catch (e) {
        if (!(e instanceof HostOSError)) throw e;
      }
    }
    return true;
  }

  // ---- the Host's descriptor calls, answered for every descriptor ----

  read(fd: number, maxBytes: number): Uint8Array {
    const slot = this.slots.get(fd);
    return slot === undefined ? this.host.read(fd, maxBytes) : slot.file.read(maxBytes);
  }

  write(fd: number, data: Uint8Array): void {
    const slot = this.slots.get(fd);
    if (slot === undefined) this.host.write(fd, data);
    else slot.file.write(data);
  }

  close(fd: number): void {
    if (!this.closeVm(fd)) this.host.close(fd);
  }

  /** lseek(2): ESPIPE for the VM's descriptors, and for every descriptor of a Host that cannot seek. */
  seek(fd: number, offset: number, whence: number): number {
    const host = this.host;
    if (this.slots.has(fd) || host.seek === undefined) throw hostError(ESPIPE);
    return host.seek(fd, offset, whence);
  }

  isatty(fd: number): boolean {
    return this.slots.has(fd) ? false : this.host.isatty(fd);
  }

  /** stat(2) of a path, or fstat(2) of a descriptor; ENOSYS for the Host's when it has no fileStat. */
  fileStat(target: string | number, followSymlinks: boolean): HostStatResult {
    const slot = typeof target === 'number' ? this.slots.get(target) : undefined;
    if (slot !== undefined) return slot.file.stat(this.host);
    const host = this.host;
    if (host.fileStat === undefined) throw hostError(ENOSYS);
    return host.fileStat(target, followSymlinks);
  }

  /** truncate(2)/ftruncate(2): EINVAL for the VM's descriptors, ENOSYS for a Host without truncate. */
  truncate(target: string | number, length: number): void {
    if (typeof target === 'number' && this.slots.has(target)) throw hostError(EINVAL);
    const host = this.host;
    if (host.truncate === undefined) throw hostError(ENOSYS);
    host.truncate(target, length);
  }
}

const tables = new WeakMap<Host, VmDescriptors>();

/** The VM descriptor table of a Host (made on first use). */
export function vmDescriptors(host: Host): VmDescriptors {
  let t = tables.get(host);
  if (t === undefined) {
    t = new VmDescriptors(host);
    tables.set(host, t);
  }
  return t;
}

/** The owner a descriptor of this process reports in fstat(): the effective uid and gid (0 when unknown). */
export function processOwner(host: Host): { uid: number; gid: number } {
  if (host.processIds === undefined) return { uid: 0, gid: 0 };
  const ids = host.processIds();
  return { uid: ids.euid, gid: ids.egid };
}
