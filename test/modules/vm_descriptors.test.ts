// The VM's descriptor table (vm/modules/vm_descriptors.ts) on its own, against a fake Host that records
// its calls: how numbers are allocated in both ranges and reused after close, that a number the table
// does not hold reaches the Host unchanged, and that the Host object itself is never modified.

import { describe, expect, it } from 'vitest';
import { Host, HostOSError, HostStatResult } from '../../vm/host.js';
import { VmDescriptors, VmFile, VM_ONLY_BASE, RESERVED_FALLBACK_BASE, vmDescriptors } from '../../vm/modules/vm_descriptors.js';
import { errnoNumber } from '../../vm/modules/errno.js';
import { makePipe } from '../../vm/modules/posix_pipe.js';

const STAT: HostStatResult = {
  mode: 0o100644, ino: 7, dev: 1, nlink: 1, uid: 0, gid: 0, size: 3,
  atimeNs: 0n, mtimeNs: 0n, ctimeNs: 0n, blksize: 4096, blocks: 0, rdev: 0,
};

/** A Host with a descriptor table of its own (lowest free from 3), recording every descriptor call. */
function fakeHost(withOpenFd: boolean): { host: Host; calls: string[]; open: Set<number> } {
  const calls: string[] = [];
  const open = new Set<number>();
  const host = {
    read: (fd: number, n: number) => (calls.push(`read ${fd} ${n}`), new Uint8Array([1, 2])),
    write: (fd: number, d: Uint8Array) => void calls.push(`write ${fd} ${d.length}`),
    close: (fd: number) => {
      calls.push(`close ${fd}`);
      if (!open.delete(fd)) throw new HostOSError(errnoNumber('EBADF')!, 'Bad file descriptor');
    },
    seek: (fd: number, off: number, whence: number) => (calls.push(`seek ${fd} ${off} ${whence}`), 42),
    isatty: (fd: number) => (calls.push(`isatty ${fd}`), true),
    fileStat: (t: string | number, follow: boolean) => (calls.push(`fileStat ${t} ${follow}`), STAT),
    truncate: (t: string | number, len: number) => void calls.push(`truncate ${t} ${len}`),
    timeSeconds: () => 1.5,
    ...(withOpenFd
      ? {
          openFd: (path: string) => {
            calls.push(`openFd ${path}`);
            let fd = 3;
            while (open.has(fd)) fd++;
            open.add(fd);
            return fd;
          },
        }
      : {}),
  };
  return { host: host as unknown as Host, calls, open };
}

/** A VM file that counts its descriptors and echoes what it is asked. */
class CountingFile implements VmFile {
  refs = 0;
  written: number[] = [];
  read(n: number): Uint8Array {
    return new Uint8Array(n).fill(9);
  }
  write(d: Uint8Array): void {
    this.written.push(d.length);
  }
  stat(): HostStatResult {
    return { ...STAT, mode: 0o010600, ino: 99 };
  }
  readyToRead(): boolean {
    return true;
  }
  readyToWrite(): boolean {
    return false;
  }
  retain(): void {
    this.refs++;
  }
  release(): void {
    this.refs--;
  }
}

function hostErrno(f: () => unknown): string | undefined {
  try {
    f();
  } catch (e) {
    if (e instanceof HostOSError) return ['EBADF', 'ESPIPE', 'EINVAL', 'ENOSYS'].find((k) => errnoNumber(k) === e.errno);
    throw e;
  }
  return undefined;
}

describe('VmDescriptors', () => {
  it('numbers the VM-only range from 2**30, lowest free first, and reuses a closed number', () => {
    const { host, calls } = fakeHost(true);
    const t = new VmDescriptors(host);
    const a = new CountingFile();
    const b = new CountingFile();
    expect(t.open(a, 'vm-only')).toBe(VM_ONLY_BASE);
    expect(t.open(b, 'vm-only')).toBe(VM_ONLY_BASE + 1);
    expect(t.dup(VM_ONLY_BASE, 'vm-only')).toBe(VM_ONLY_BASE + 2);
    expect(a.refs).toBe(2);
    expect(t.closeVm(VM_ONLY_BASE)).toBe(true);
    expect(a.refs).toBe(1);
    expect(t.get(VM_ONLY_BASE)).toBeUndefined();
    expect(t.get(VM_ONLY_BASE + 2)).toBe(a);
    expect(t.open(new CountingFile(), 'vm-only')).toBe(VM_ONLY_BASE);
    expect(t.closeVm(VM_ONLY_BASE + 7)).toBe(false);
    expect(t.isVmOnly(VM_ONLY_BASE + 7)).toBe(true);
    expect(t.isVmOnly(VM_ONLY_BASE - 1)).toBe(false);
    // The VM-only range never touches the Host's table.
    expect(calls).toEqual([]);
  });

  it('reserves host-range numbers in the Host (the lowest free there) and frees them on close', () => {
    const { host, calls, open } = fakeHost(true);
    open.add(3); // a file the program has open
    const t = new VmDescriptors(host);
    const f = new CountingFile();
    expect(t.open(f, 'host')).toBe(4);
    expect(t.open(f, 'host')).toBe(5);
    expect(calls).toEqual(['openFd /dev/null', 'openFd /dev/null']);
    t.close(4);
    expect(open.has(4)).toBe(false);
    expect(f.refs).toBe(1);
    // The Host's next file gets the freed number; the VM's next descriptor the one after.
    expect(host.openFd!('x', 0, 0)).toBe(4);
    expect(t.open(f, 'host')).toBe(6);
  });

  it('numbers the host range from RESERVED_FALLBACK_BASE when the Host cannot open /dev/null', () => {
    const { host, calls } = fakeHost(false);
    const t = new VmDescriptors(host);
    const f = new CountingFile();
    expect(t.open(f, 'host')).toBe(RESERVED_FALLBACK_BASE);
    expect(t.open(f, 'host')).toBe(RESERVED_FALLBACK_BASE + 1);
    t.close(RESERVED_FALLBACK_BASE);
    expect(t.open(f, 'host')).toBe(RESERVED_FALLBACK_BASE);
    expect(calls).toEqual([]);
  });

  it('passes every call on a number it does not hold to the Host unchanged', () => {
    const { host, calls } = fakeHost(true);
    const t = new VmDescriptors(host);
    t.open(new CountingFile(), 'vm-only');
    const data = new Uint8Array(5);
    expect(Array.from(t.read(3, 10))).toEqual([1, 2]);
    t.write(3, data);
    expect(t.seek(3, 8, 1)).toBe(42);
    expect(t.isatty(3)).toBe(true);
    expect(t.fileStat(3, true)).toBe(STAT);
    expect(t.fileStat('some/path', false)).toBe(STAT);
    t.truncate(3, 0);
    t.truncate('some/path', 1);
    expect(hostErrno(() => t.close(3))).toBe('EBADF');
    expect(calls).toEqual([
      'read 3 10', 'write 3 5', 'seek 3 8 1', 'isatty 3', 'fileStat 3 true', 'fileStat some/path false',
      'truncate 3 0', 'truncate some/path 1', 'close 3',
    ]);
  });

  it('answers for its own descriptors without asking the Host', () => {
    const { host, calls } = fakeHost(true);
    const t = new VmDescriptors(host);
    const f = new CountingFile();
    const fd = t.open(f, 'vm-only');
    expect(Array.from(t.read(fd, 2))).toEqual([9, 9]);
    t.write(fd, new Uint8Array(4));
    expect(f.written).toEqual([4]);
    expect(t.isatty(fd)).toBe(false);
    expect(t.fileStat(fd, true).ino).toBe(99);
    expect(hostErrno(() => t.seek(fd, 0, 0))).toBe('ESPIPE');
    expect(hostErrno(() => t.truncate(fd, 0))).toBe('EINVAL');
    t.close(fd);
    expect(f.refs).toBe(0);
    expect(calls).toEqual([]);
  });

  it('never modifies the Host object, and keeps one table per Host', () => {
    const { host } = fakeHost(true);
    const before = Object.entries(host);
    const t = vmDescriptors(host);
    expect(vmDescriptors(host)).toBe(t);
    expect(vmDescriptors(fakeHost(true).host)).not.toBe(t);
    const [r, w] = makePipe(t);
    t.write(w, new Uint8Array([7, 8]));
    expect(Array.from(t.read(r, 5))).toEqual([7, 8]);
    t.close(w);
    expect(t.read(r, 5).length).toBe(0);
    t.close(r);
    expect(Object.entries(host)).toEqual(before);
  });
});
