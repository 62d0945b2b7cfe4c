// NodeHost's operating-system methods, the ones the posix module (os.stat, os.listdir, os.mkdir, ...)
// is built on: full stat results, directory listing, creating/removing/renaming, chdir (a per-host
// current directory that the path methods follow), permissions, links, times, raw open(2) flags,
// process identity and the environment. Errors must be HostOSErrors with Linux errno numbers.

import { lstatSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { NodeHost } from '../../host/node/node_host.js';
import { hostOSError } from './host_os_error.js';

let dir: string;
const text = (b: Uint8Array): string => new TextDecoder().decode(b);

beforeEach(() => {
  if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
  dir = mkdtempSync(join(tmpdir(), 'pyrewind-host-os-'));
  writeFileSync(join(dir, 'file.txt'), 'hello\n');
  mkdirSync(join(dir, 'sub'));
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('fileStat', () => {
  it('reports what stat(2) does, sizes and times included', () => {
    const host = new NodeHost();
    const st = host.fileStat(join(dir, 'file.txt'), true);
    const real = statSync(join(dir, 'file.txt'), { bigint: true });
    expect(st.size).toBe(6);
    expect(st.mode).toBe(Number(real.mode));
    expect(BigInt(st.ino)).toBe(real.ino);
    expect(st.mtimeNs).toBe(real.mtimeNs);
    expect(st.nlink).toBe(1);
    expect((st.mode & 0o170000) === 0o100000).toBe(true);
    expect((host.fileStat(join(dir, 'sub'), true).mode & 0o170000) === 0o040000).toBe(true);
  });

  it('lstat sees the link itself, stat its target', () => {
    const host = new NodeHost();
    symlinkSync('file.txt', join(dir, 'link'));
    expect(host.fileStat(join(dir, 'link'), false).mode & 0o170000).toBe(0o120000);
    expect(host.fileStat(join(dir, 'link'), true).mode & 0o170000).toBe(0o100000);
    expect(host.fileStat(join(dir, 'link'), false).size).toBe(lstatSync(join(dir, 'link')).size);
  });

  it('fstat of an open descriptor', () => {
    const host = new NodeHost();
    const fd = host.open(join(dir, 'file.txt'), 'r');
    expect(host.fileStat(fd, true).size).toBe(6);
    host.close(fd);
  });

  it('missing paths are ENOENT naming the path', () => {
    const e = hostOSError(() => new NodeHost().fileStat(join(dir, 'missing'), true));
    expect([e.errno, e.strerror, e.filename]).toEqual([2, 'No such file or directory', join(dir, 'missing')]);
  });
});

describe('directories', () => {
  it('lists entries with their kinds, without . and ..', () => {
    const host = new NodeHost();
    symlinkSync('sub', join(dir, 'dirlink'));
    const entries = host.listDir(dir).sort((a, b) => (a.name < b.name ? -1 : 1));
    expect(entries).toEqual([
      { name: 'dirlink', kind: 'symlink' },
      { name: 'file.txt', kind: 'file' },
      { name: 'sub', kind: 'dir' },
    ]);
  });

  it('makeDir, removeDir and their errors', () => {
    const host = new NodeHost();
    host.makeDir(join(dir, 'new'), 0o755);
    expect(statSync(join(dir, 'new')).isDirectory()).toBe(true);
    expect(hostOSError(() => host.makeDir(join(dir, 'new'), 0o777)).errno).toBe(17);
    writeFileSync(join(dir, 'new', 'x'), '');
    expect(hostOSError(() => host.removeDir(join(dir, 'new'))).errno).toBe(39);
    expect(hostOSError(() => host.removeDir(join(dir, 'file.txt'))).errno).toBe(20);
    host.unlink(join(dir, 'new', 'x'));
    host.removeDir(join(dir, 'new'));
    expect(hostOSError(() => host.listDir(join(dir, 'new'))).errno).toBe(2);
  });

  it('unlink refuses directories; rename replaces', () => {
    const host = new NodeHost();
    expect(hostOSError(() => host.unlink(join(dir, 'sub'))).errno).toBe(21);
    writeFileSync(join(dir, 'other.txt'), 'other');
    host.rename(join(dir, 'other.txt'), join(dir, 'file.txt'));
    expect(readFileSync(join(dir, 'file.txt'), 'utf8')).toBe('other');
    expect(hostOSError(() => host.rename(join(dir, 'gone'), join(dir, 'x'))).errno).toBe(2);
  });
});

describe('chdir', () => {
  it('moves the host current directory, which relative paths then follow', () => {
    const host = new NodeHost();
    const before = process.cwd();
    host.chdir(dir);
    expect(host.cwd()).toBe(dir);
    expect(process.cwd()).toBe(before);
    expect(host.resolvePath('file.txt')).toBe(join(dir, 'file.txt'));
    expect(text(host.readFile('file.txt')!)).toBe('hello\n');
    expect(host.stat('sub')).toBe('dir');
    expect(host.fileStat('file.txt', true).size).toBe(6);
    host.chdir('sub');
    expect(host.cwd()).toBe(join(dir, 'sub'));
    host.makeDir('inner', 0o777);
    expect(statSync(join(dir, 'sub', 'inner')).isDirectory()).toBe(true);
    const fd = host.open('../file.txt', 'r');
    expect(text(host.read(fd, 100))).toBe('hello\n');
    host.close(fd);
  });

  it('fails on missing paths and files', () => {
    const host = new NodeHost();
    expect(hostOSError(() => host.chdir(join(dir, 'missing'))).errno).toBe(2);
    const e = hostOSError(() => host.chdir(join(dir, 'file.txt')));
    expect([e.errno, e.strerror]).toEqual([20, 'Not a directory']);
    expect(host.cwd()).toBe(process.cwd());
  });
});

describe('permissions, links and times', () => {
  it('access and chmod', () => {
    const host = new NodeHost();
    expect(host.access(join(dir, 'file.txt'), 0)).toBe(true);
    expect(host.access(join(dir, 'missing'), 0)).toBe(false);
    host.chmod(join(dir, 'file.txt'), 0o600, true);
    expect(statSync(join(dir, 'file.txt')).mode & 0o777).toBe(0o600);
    expect(hostOSError(() => host.chmod(join(dir, 'file.txt'), 0o600, false)).errno).toBe(95);
  });

  it('symlink, readLink and link', () => {
    const host = new NodeHost();
    host.symlink('file.txt', join(dir, 'l'));
    expect(host.readLink(join(dir, 'l'))).toBe('file.txt');
    expect(hostOSError(() => host.readLink(join(dir, 'file.txt'))).errno).toBe(22);
    host.link(join(dir, 'file.txt'), join(dir, 'hard'));
    expect(statSync(join(dir, 'file.txt')).nlink).toBe(2);
  });

  it('setTimes to the microsecond, truncate by path and by descriptor', () => {
    const host = new NodeHost();
    host.setTimes(join(dir, 'file.txt'), 5_000_000_000n, 1_700_000_000_123_456_000n, true);
    const st = statSync(join(dir, 'file.txt'), { bigint: true });
    expect(st.mtimeNs).toBe(1_700_000_000_123_456_000n);
    expect(st.atimeNs).toBe(5_000_000_000n);
    host.truncate(join(dir, 'file.txt'), 2);
    expect(readFileSync(join(dir, 'file.txt'), 'utf8')).toBe('he');
    const fd = host.open(join(dir, 'file.txt'), 'r+');
    host.truncate(fd, 1);
    host.close(fd);
    expect(readFileSync(join(dir, 'file.txt'), 'utf8')).toBe('h');
  });
});

describe('openFd', () => {
  const O_WRONLY = 1;
  const O_RDWR = 2;
  const O_CREAT = 0o100;
  const O_EXCL = 0o200;
  const O_TRUNC = 0o1000;
  const O_APPEND = 0o2000;

  it('creates, truncates and appends with Linux flag bits', () => {
    const host = new NodeHost();
    const path = join(dir, 'raw.bin');
    let fd = host.openFd(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644);
    expect(fd).toBeGreaterThanOrEqual(3);
    host.write(fd, new TextEncoder().encode('abc'));
    host.close(fd);
    fd = host.openFd(path, O_WRONLY | O_APPEND, 0);
    host.write(fd, new TextEncoder().encode('de'));
    host.close(fd);
    expect(readFileSync(path, 'utf8')).toBe('abcde');
    fd = host.openFd(path, 0, 0);
    expect(text(host.read(fd, 2))).toBe('ab');
    host.close(fd);
    expect(hostOSError(() => host.openFd(path, O_RDWR | O_CREAT | O_EXCL, 0o600)).errno).toBe(17);
    expect(hostOSError(() => host.openFd(join(dir, 'missing'), 0, 0)).errno).toBe(2);
  });
});

describe('process and environment', () => {
  it('process ids and uname', () => {
    const host = new NodeHost();
    const ids = host.processIds();
    expect(ids.pid).toBe(process.pid);
    expect(ids.ppid).toBe(process.ppid);
    expect(ids.uid).toBe(process.getuid!());
    expect(host.uname().sysname).toBe('Linux');
    expect(host.cpuCount()).toBeGreaterThan(0);
  });

  it('umask round-trips', () => {
    const host = new NodeHost();
    const old = host.umask(0o027);
    expect(host.umask(old)).toBe(0o027);
  });

  it('setEnv changes what env() reports, and only this host’s environment', () => {
    const env: Record<string, string | undefined> = { A: '1' };
    const host = new NodeHost({ env });
    host.setEnv('B', '2');
    host.setEnv('A', null);
    expect(host.env()).toEqual({ B: '2' });
    expect(process.env.B).toBeUndefined();
  });

  it('terminalSize of a redirected stream is ENOTTY', () => {
    const host = new NodeHost({ onStdout: () => {} });
    const e = hostOSError(() => host.terminalSize(1));
    expect([e.errno, e.strerror]).toEqual([25, 'Inappropriate ioctl for device']);
  });
});
