// NodeHost.seek (lseek): positions that reads and writes follow (pread/pwrite underneath, as Node has
// no lseek), O_APPEND writes at the end, SEEK_END/SEEK_DATA/SEEK_HOLE, and the errors an OS gives:
// EINVAL for a negative result or bad whence, ENXIO past the data, ESPIPE for the standard streams,
// EBADF for a descriptor that is not open; /dev/null seeks to 0 like Linux.

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { constants } from 'node:os';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HostOSError } from '../../vm/host.js';
import { NodeHost } from '../../host/node/node_host.js';

let dir: string;
const host = new NodeHost({});
const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);
const text = (b: Uint8Array): string => new TextDecoder().decode(b);
const O_WRONLY = 1;
const O_RDWR = 2;
const O_CREAT = 0o100;
const O_APPEND = 0o2000;

function errnoOf(f: () => unknown): number | string {
  try {
    f();
    return 'no error';
  } catch (e) {
    if (e instanceof HostOSError) return e.errno;
    throw e;
  }
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'pyrewind-host-seek-'));
  writeFileSync(join(dir, 'data.txt'), '0123456789');
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('NodeHost.seek', () => {
  it('moves the position that read() follows', () => {
    const fd = host.open(join(dir, 'data.txt'), 'r');
    try {
      expect(text(host.read(fd, 3))).toBe('012');
      expect(host.seek(fd, 0, 1)).toBe(3);
      expect(host.seek(fd, 7, 0)).toBe(7);
      expect(text(host.read(fd, 10))).toBe('789');
      expect(host.seek(fd, -4, 2)).toBe(6);
      expect(text(host.read(fd, 2))).toBe('67');
      expect(host.seek(fd, -2, 1)).toBe(6);
      expect(host.seek(fd, 100, 0)).toBe(100);
      expect(host.read(fd, 5).length).toBe(0);
    } finally {
      host.close(fd);
    }
  });

  it('writes at the position, extending the file past its end with zeros', () => {
    const path = join(dir, 'rw.bin');
    const fd = host.open(path, 'w+');
    try {
      host.write(fd, bytes('hello world'));
      expect(host.seek(fd, 0, 1)).toBe(11);
      host.seek(fd, 6, 0);
      host.write(fd, bytes('WORLD'));
      expect(host.seek(fd, 0, 1)).toBe(11);
      host.seek(fd, 13, 0);
      host.write(fd, bytes('!'));
      host.seek(fd, 0, 0);
      expect(Array.from(host.read(fd, 100))).toEqual([...bytes('hello WORLD'), 0, 0, ...bytes('!')]);
    } finally {
      host.close(fd);
    }
  });

  it('appends at the end whatever the position, and the position follows the end', () => {
    const path = join(dir, 'append.txt');
    writeFileSync(path, 'abc');
    const fd = host.open(path, 'a+');
    try {
      expect(host.seek(fd, 0, 1)).toBe(0);
      host.write(fd, bytes('def'));
      expect(host.seek(fd, 0, 1)).toBe(6);
      host.seek(fd, 1, 0);
      expect(text(host.read(fd, 2))).toBe('bc');
      host.write(fd, bytes('g'));
      expect(host.seek(fd, 0, 1)).toBe(7);
    } finally {
      host.close(fd);
    }
    const fd2 = host.openFd!(path, O_WRONLY | O_APPEND, 0o666);
    try {
      host.write(fd2, bytes('h'));
      expect(host.seek(fd2, 0, 1)).toBe(8);
    } finally {
      host.close(fd2);
    }
    expect(readFileSync(path, 'utf8')).toBe('abcdefgh');
  });

  it('answers SEEK_DATA and SEEK_HOLE as for a file without holes', () => {
    const fd = host.openFd!(join(dir, 'data.txt'), O_RDWR | O_CREAT, 0o666);
    try {
      expect(host.seek(fd, 4, 3)).toBe(4);
      expect(host.seek(fd, 4, 4)).toBe(10);
      expect(errnoOf(() => host.seek(fd, 10, 3))).toBe(constants.errno.ENXIO);
      expect(errnoOf(() => host.seek(fd, 12, 4))).toBe(constants.errno.ENXIO);
    } finally {
      host.close(fd);
    }
  });

  it('refuses negative positions and unknown whence values with EINVAL, keeping the position', () => {
    const fd = host.open(join(dir, 'data.txt'), 'r');
    try {
      host.seek(fd, 5, 0);
      expect(errnoOf(() => host.seek(fd, -1, 0))).toBe(constants.errno.EINVAL);
      expect(errnoOf(() => host.seek(fd, -20, 2))).toBe(constants.errno.EINVAL);
      expect(errnoOf(() => host.seek(fd, 0, 7))).toBe(constants.errno.EINVAL);
      expect(host.seek(fd, 0, 1)).toBe(5);
    } finally {
      host.close(fd);
    }
  });

  it('gives ESPIPE for the standard streams, EBADF for closed descriptors, 0 for /dev/null', () => {
    for (const fd of [0, 1, 2]) expect(errnoOf(() => host.seek(fd, 0, 1))).toBe(constants.errno.ESPIPE);
    const fd = host.open(join(dir, 'data.txt'), 'r');
    host.close(fd);
    expect(errnoOf(() => host.seek(fd, 0, 1))).toBe(constants.errno.EBADF);
    const devnull = host.open('/dev/null', 'w');
    try {
      host.write(devnull, bytes('gone'));
      expect(host.seek(devnull, 10, 0)).toBe(0);
    } finally {
      host.close(devnull);
    }
  });

  it('keeps positions per descriptor', () => {
    const a = host.open(join(dir, 'data.txt'), 'r');
    const b = host.open(join(dir, 'data.txt'), 'r');
    try {
      host.seek(a, 8, 0);
      expect(text(host.read(b, 2))).toBe('01');
      expect(text(host.read(a, 2))).toBe('89');
    } finally {
      host.close(a);
      host.close(b);
    }
  });
});
