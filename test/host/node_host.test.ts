// NodeHost's files, errors, standard streams, zip paths, clock and environment.
// (Its compile() is tested with the shared compiler in compiler.test.ts.)

import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HostOSError } from '../../vm/host.js';
import { NodeHost } from '../../host/node/node_host.js';
import { hostOSError } from './host_os_error.js';
import { fromNodeError } from '../../host/node/os_errors.js';
import { packageRoot } from '../../host/node/package_paths.js';
import { withProgramText } from '../../host/node/program_text.js';
import { stdlibZipPath } from '../../host/node/stdlib_zip.js';
import { requireFreshBuild } from './fresh_build.js';

let dir: string;
const host = new NodeHost({ env: { ONLY: 'this' } });
const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);
const text = (b: Uint8Array): string => new TextDecoder().decode(b);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'pyrewind-host-test-'));
  writeFileSync(join(dir, 'file.txt'), 'hello\n');
  mkdirSync(join(dir, 'sub'));
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('file errors map to errno and CPython strerror', () => {
  it('ENOENT', () => {
    const path = join(dir, 'missing.txt');
    const e = hostOSError(() => host.open(path, 'r'));
    expect([e.errno, e.strerror, e.filename]).toEqual([2, 'No such file or directory', path]);
  });

  it('EISDIR, reading or writing a directory', () => {
    for (const flags of ['r', 'w', 'r+'] as const) {
      const e = hostOSError(() => host.open(join(dir, 'sub'), flags));
      expect([e.errno, e.strerror, e.filename]).toEqual([21, 'Is a directory', join(dir, 'sub')]);
    }
  });

  it('EEXIST, exclusive creation of an existing file', () => {
    const e = hostOSError(() => host.open(join(dir, 'file.txt'), 'x'));
    expect([e.errno, e.strerror]).toEqual([17, 'File exists']);
  });

  it('ENOTDIR, a path through a file', () => {
    const e = hostOSError(() => host.open(join(dir, 'file.txt', 'inner'), 'r'));
    expect([e.errno, e.strerror]).toEqual([20, 'Not a directory']);
  });

  it.skipIf(process.getuid?.() === 0)('EACCES, an unreadable file', () => {
    const path = join(dir, 'locked.txt');
    writeFileSync(path, 'secret');
    chmodSync(path, 0o000);
    const e = hostOSError(() => host.open(path, 'r'));
    expect([e.errno, e.strerror]).toEqual([13, 'Permission denied']);
  });

  it('EACCES and other codes from Node errors', () => {
    // Root bypasses permission checks, so the mapping is also checked on a synthetic fs error.
    const nodeError = Object.assign(new Error("EACCES: permission denied, open 'f'"), { code: 'EACCES', errno: -13 });
    const e = fromNodeError(nodeError, 'f') as HostOSError;
    expect([e.errno, e.strerror, e.filename]).toEqual([13, 'Permission denied', 'f']);
    const notOs = new TypeError('a bug');
    expect(fromNodeError(notOs)).toBe(notOs);
  });

  it('EBADF, an unknown or closed descriptor', () => {
    const e = hostOSError(() => host.read(99, 10));
    expect([e.errno, e.strerror, e.filename]).toEqual([9, 'Bad file descriptor', null]);
    const fd = host.open(join(dir, 'file.txt'), 'r');
    host.close(fd);
    expect(hostOSError(() => host.close(fd)).errno).toBe(9);
    expect(hostOSError(() => host.write(fd, bytes('x'))).errno).toBe(9);
  });
});

describe('file descriptors', () => {
  it('write, append, read back', () => {
    const path = join(dir, 'rw.txt');
    let fd = host.open(path, 'w');
    host.write(fd, bytes('one\n'));
    host.close(fd);
    fd = host.open(path, 'a');
    host.write(fd, bytes('two\n'));
    host.close(fd);
    expect(readFileSync(path, 'utf8')).toBe('one\ntwo\n');
    fd = host.open(path, 'r');
    expect(text(host.read(fd, 3))).toBe('one');
    expect(text(host.read(fd, 100))).toBe('\ntwo\n');
    expect(host.read(fd, 100).length).toBe(0);
    host.close(fd);
  });

  it('w truncates, x creates, r+ updates in place', () => {
    const path = join(dir, 'modes.txt');
    let fd = host.open(path, 'x');
    host.write(fd, bytes('abcdef'));
    host.close(fd);
    fd = host.open(path, 'r+');
    host.write(fd, bytes('XY'));
    host.close(fd);
    expect(readFileSync(path, 'utf8')).toBe('XYcdef');
    fd = host.open(path, 'w');
    host.close(fd);
    expect(readFileSync(path, 'utf8')).toBe('');
  });

  it('are numbered from 3, lowest free first, as POSIX does', () => {
    const a = host.open(join(dir, 'file.txt'), 'r');
    const b = host.open(join(dir, 'file.txt'), 'r');
    expect([a, b]).toEqual([3, 4]);
    host.close(a);
    const c = host.open(join(dir, 'file.txt'), 'r');
    expect(c).toBe(3);
    host.close(b);
    host.close(c);
  });

  it('reads return plain Uint8Arrays', () => {
    const fd = host.open(join(dir, 'file.txt'), 'r');
    const data = host.read(fd, 1 << 20);
    host.close(fd);
    expect(text(data)).toBe('hello\n');
    expect(Buffer.isBuffer(data)).toBe(false);
  });

  it('a file is not a terminal', () => {
    const fd = host.open(join(dir, 'file.txt'), 'r');
    expect(host.isatty(fd)).toBe(false);
    host.close(fd);
    expect(host.isatty(123)).toBe(false);
  });
});

describe('paths', () => {
  it('readFile and stat on the real file system', () => {
    expect(text(host.readFile(join(dir, 'file.txt'))!)).toBe('hello\n');
    expect(host.readFile(join(dir, 'missing.txt'))).toBeNull();
    expect(host.readFile(join(dir, 'sub'))).toBeNull();
    expect(host.readFile(join(dir, 'file.txt', 'x'))).toBeNull();
    expect(host.stat(join(dir, 'file.txt'))).toBe('file');
    expect(host.stat(join(dir, 'sub'))).toBe('dir');
    expect(host.stat(join(dir, 'missing'))).toBeNull();
    expect(host.stat(join(dir, 'file.txt', 'x'))).toBeNull();
  });

  it('looks inside the stdlib zip', () => {
    const zip = stdlibZipPath();
    expect(host.stat(zip)).toBe('dir');
    expect(host.stat(`${zip}/json`)).toBe('dir');
    expect(host.stat(`${zip}/json/__init__.py`)).toBe('file');
    expect(host.stat(`${zip}/random.py`)).toBe('file');
    expect(host.stat(`${zip}/nope.py`)).toBeNull();
    expect(text(host.readFile(`${zip}/random.py`)!)).toContain('class Random(_random.Random):');
    expect(host.readFile(`${zip}/nope.py`)).toBeNull();
    expect(host.readFile(zip)).toBeNull();
  });

  it('treats a directory named *.zip as a directory', () => {
    const fake = join(dir, 'pkg.zip');
    mkdirSync(fake);
    writeFileSync(join(fake, 'm.py'), 'x = 1\n');
    expect(host.stat(fake)).toBe('dir');
    expect(text(host.readFile(join(fake, 'm.py'))!)).toBe('x = 1\n');
  });

  it('treats a regular file named *.zip that is not a zip as a plain file', () => {
    const notZip = join(dir, 'notes.zip');
    writeFileSync(notZip, 'plain text');
    expect(host.stat(notZip)).toBe('file');
    expect(text(host.readFile(notZip)!)).toBe('plain text');
    expect(host.stat(join(notZip, 'inner.py'))).toBeNull();
  });

  it('open() cannot see into a zip, as in CPython', () => {
    expect(hostOSError(() => host.open(`${stdlibZipPath()}/random.py`, 'r')).errno).toBe(20);
  });

  it('resolves against the current directory', () => {
    expect(host.cwd()).toBe(process.cwd());
    expect(host.resolvePath('a/../b/./c')).toBe(join(process.cwd(), 'b', 'c'));
    expect(host.resolvePath('/x/y/../z/')).toBe('/x/z');
  });
});

describe('standard streams', () => {
  it('can be redirected for in-process runs', () => {
    const out: Uint8Array[] = [];
    const err: Uint8Array[] = [];
    const redirected = new NodeHost({
      stdin: bytes('line 1\nline 2\n'),
      onStdout: (b) => out.push(b),
      onStderr: (b) => err.push(b),
      env: {},
    });
    expect(text(redirected.read(0, 7))).toBe('line 1\n');
    expect(text(redirected.read(0, 100))).toBe('line 2\n');
    expect(redirected.read(0, 100).length).toBe(0);
    const data = bytes('to stdout\n');
    redirected.write(1, data);
    data.fill(0); // The host must have copied it.
    redirected.write(2, bytes('to stderr\n'));
    expect(out.map(text)).toEqual(['to stdout\n']);
    expect(err.map(text)).toEqual(['to stderr\n']);
    expect([redirected.isatty(0), redirected.isatty(1), redirected.isatty(2)]).toEqual([false, false, false]);
    expect(hostOSError(() => redirected.write(0, bytes('x'))).errno).toBe(9);
    expect(hostOSError(() => redirected.read(1, 10)).errno).toBe(9);
    redirected.close(1); // The standard streams stay usable.
    redirected.write(1, bytes('again'));
    expect(out.length).toBe(2);
  });

  it('a closed stdout pipe becomes EPIPE (BrokenPipeError), not a crash', () => {
    requireFreshBuild();
    const module = pathToFileURL(join(packageRoot(), 'dist', 'host', 'node', 'node_host.js')).href;
    const script = `
      const { NodeHost } = await import(${JSON.stringify(module)});
      const host = new NodeHost();
      const chunk = new TextEncoder().encode('x'.repeat(4096) + '\\n');
      try {
        for (let i = 0; i < 100000; i++) host.write(1, chunk);
        host.write(2, new TextEncoder().encode('no error\\n'));
      } catch (e) {
        host.write(2, new TextEncoder().encode(e.constructor.name + ' ' + e.errno + ' ' + e.strerror + '\\n'));
      }
    `;
    const run = spawnSync('sh', ['-c', `"${process.execPath}" --input-type=module -e "$SCRIPT" | head -c 1 >/dev/null`], {
      env: { ...process.env, SCRIPT: script },
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(run.stderr).toBe('HostOSError 32 Broken pipe\n');
  });
});

describe('clock, randomness, environment', () => {
  it('time.time() in seconds, with sub-millisecond resolution', () => {
    const t = host.timeSeconds();
    expect(Math.abs(t - Date.now() / 1000)).toBeLessThan(1);
    expect(Number.isInteger(t * 1000)).toBe(false);
  });

  it('a monotonic nanosecond clock', () => {
    const a = host.monotonicNs();
    const b = host.monotonicNs();
    expect(typeof a).toBe('bigint');
    expect(b >= a).toBe(true);
  });

  it('random bytes', () => {
    const a = host.randomBytes(32);
    expect(a.length).toBe(32);
    expect(a.some((x) => x !== 0)).toBe(true);
    expect(Buffer.from(a).equals(Buffer.from(host.randomBytes(32)))).toBe(false);
    expect(host.randomBytes(0).length).toBe(0);
  });

  it('the environment it was given, or the process one', () => {
    expect(host.env()).toEqual({ ONLY: 'this' });
    expect(new NodeHost().env().PATH).toBe(process.env.PATH);
  });

  it('the interrupt flag it was given, or none', () => {
    const flag = new Int32Array(new SharedArrayBuffer(4));
    expect(new NodeHost({ interruptFlag: flag }).interruptFlag).toBe(flag);
    expect(host.interruptFlag).toBeNull();
  });
});

describe('source lines for syntax errors found after parsing', () => {
  const base = { type: 'SyntaxError', msg: "'return' outside function", offset: 1, text: null, endLineno: null, endOffset: null };

  function lineFrom(content: Buffer | string, lineno: number): string | null {
    const file = join(dir, `text-${lineno}-${Math.random().toString(36).slice(2)}.py`);
    writeFileSync(file, content);
    return withProgramText({ ...base, filename: file, lineno }).text;
  }

  it('takes the line, with universal newlines', () => {
    expect(lineFrom('a\r\nb\rreturn 1\r\nc\n', 3)).toBe('return 1\n');
    expect(lineFrom('a\nreturn 1', 2)).toBe('return 1');
  });

  it('keeps at most 999 bytes of the line, as CPython\'s line buffer does', () => {
    expect(lineFrom(`${'a'.repeat(2000)}\nreturn ${'b'.repeat(1200)}\n`, 2)).toBe(`return ${'b'.repeat(992)}`);
    expect(lineFrom(`${'c'.repeat(998)}\n`, 1)).toBe(`${'c'.repeat(998)}\n`);
    expect(lineFrom(`${'c'.repeat(999)}\n`, 1)).toBe('c'.repeat(999));
  });

  it('skips a UTF-8 BOM on the first line', () => {
    expect(lineFrom('\ufeffreturn 1\n', 1)).toBe('return 1\n');
  });

  it('decodes per the coding cookie', () => {
    expect(lineFrom(Buffer.from('# -*- coding: latin-1 -*-\nreturn "\xe9"\n', 'latin1'), 2)).toBe('return "\u00e9"\n');
    expect(lineFrom(Buffer.from('return "\u00e9"\n', 'utf8'), 1)).toBe('return "\u00e9"\n');
  });

  it('leaves text alone past the end, for pseudo-files and when already set', () => {
    expect(lineFrom('x\n', 5)).toBeNull();
    expect(withProgramText({ ...base, filename: '<string>', lineno: 1 }).text).toBeNull();
    const given = { ...base, filename: join(dir, 'file.txt'), lineno: 1, text: 'kept' };
    expect(withProgramText(given)).toBe(given);
  });
});
