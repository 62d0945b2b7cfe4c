// Runs Python programs in pyrewind for the _io, _operator, _heapq and hashlib tests, and checks their
// output line by line against what CPython 3.14 (pyodide 3.14.2) printed for the same program.
//
// Programs run on the Node host extended with lseek (SeekingNodeHost): vm/host.ts has no seek yet, and
// FileIO needs one for seek()/tell(). It tracks a position per descriptor and reads and writes at it
// with pread/pwrite, as an OS does; this is test scaffolding, not the host's implementation. Not a test
// file itself; it must not interpret what the programs print.

import { beforeAll, expect, it } from 'vitest';
import { fstatSync, mkdtempSync, readSync, realpathSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NodeHost } from '../../host/node/node_host.js';
import { HostOSError } from '../../vm/host.js';
import { runMainFile } from '../../vm/index.js';
import { ByteSink } from '../harness/byte_sink.js';

const O_APPEND = 0o2000;

/** The Node host plus seek(fd, offset, whence), for descriptors opened by the program. */
export class SeekingNodeHost extends NodeHost {
  private readonly positions = new Map<number, number>();
  private readonly appending = new Set<number>();

  private os(fd: number): number {
    return (this as unknown as { osFd(fd: number): number }).osFd(fd);
  }

  override open(path: string, flags: 'r' | 'w' | 'a' | 'x' | 'r+' | 'w+' | 'a+' | 'x+'): number {
    const fd = super.open(path, flags);
    this.positions.set(fd, 0);
    if (flags.startsWith('a')) this.appending.add(fd);
    return fd;
  }

  override openFd(path: string, flags: number, mode: number): number {
    const fd = super.openFd(path, flags, mode);
    this.positions.set(fd, 0);
    if (flags & O_APPEND) this.appending.add(fd);
    return fd;
  }

  override close(fd: number): void {
    this.positions.delete(fd);
    this.appending.delete(fd);
    super.close(fd);
  }

  override read(fd: number, maxBytes: number): Uint8Array {
    const pos = this.positions.get(fd);
    if (pos === undefined) return super.read(fd, maxBytes);
    const buf = new Uint8Array(Math.max(0, maxBytes));
    const n = readSync(this.os(fd), buf, 0, buf.length, pos);
    this.positions.set(fd, pos + n);
    return buf.slice(0, n);
  }

  override write(fd: number, data: Uint8Array): void {
    const start = this.positions.get(fd);
    if (start === undefined) {
      super.write(fd, data);
      return;
    }
    const os = this.os(fd);
    const append = this.appending.has(fd);
    let pos = append ? fstatSync(os).size : start;
    for (let done = 0; done < data.length; ) {
      const w = writeSync(os, data, done, data.length - done, pos);
      done += w;
      pos += w;
    }
    this.positions.set(fd, append ? fstatSync(os).size : pos);
  }

  seek(fd: number, offset: number, whence: number): number {
    const pos = this.positions.get(fd);
    if (pos === undefined) throw new HostOSError(29, 'Illegal seek');
    const base = whence === 0 ? 0 : whence === 1 ? pos : whence === 2 ? fstatSync(this.os(fd)).size : NaN;
    const target = base + offset;
    if (Number.isNaN(target) || target < 0) throw new HostOSError(22, 'Invalid argument');
    this.positions.set(fd, target);
    return target;
  }
}

export interface Outcome {
  stdout: string;
  stderr: string;
  status: number;
}

let sharedCompiler: unknown = undefined;

/** Runs `source` as main.py in a fresh directory (also the current directory) on a SeekingNodeHost. */
export function runProgram(source: string, options: { seeking?: boolean; stdin?: string } = {}): Outcome {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), 'pyrewind-io-')));
  const previous = process.cwd();
  const out = new ByteSink();
  const err = new ByteSink();
  try {
    writeFileSync(join(dir, 'main.py'), source);
    process.chdir(dir);
    const Host = options.seeking === false ? NodeHost : SeekingNodeHost;
    const host = new Host({
      stdin: new TextEncoder().encode(options.stdin ?? ''),
      onStdout: (b) => out.push(b),
      onStderr: (b) => err.push(b),
      ...(sharedCompiler === undefined ? {} : { compiler: sharedCompiler as never }),
    });
    sharedCompiler ??= host.compiler;
    const status = runMainFile(host, join(dir, 'main.py'), []);
    return { stdout: out.text(), stderr: err.text(), status };
  } finally {
    process.chdir(previous);
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Runs PROGRAM once; each line of EXPECTED (what CPython printed) is then its own test, so that a
 * failure names the case. Call inside describe().
 */
export function expectLines(program: string, expected: string, options: { seeking?: boolean } = {}): void {
  let result: Outcome | null = null;
  beforeAll(() => {
    result = runProgram(program, options);
  });
  it('runs to the end without an uncaught exception', () => {
    expect(result!.stderr).toBe('');
    expect(result!.status).toBe(0);
  });
  // Blank lines are left out on both sides, so that line numbers stay aligned.
  const lines = expected.split('\n').filter((l) => l !== '');
  const got = (): string[] => result!.stdout.split('\n').filter((l) => l !== '');
  lines.forEach((line, i) => {
    it(`line ${i + 1}: ${line.slice(0, 70)}`, () => {
      expect(got()[i]).toBe(line);
    });
  });
  it('prints nothing more', () => {
    expect(got().length).toBe(lines.length);
  });
}
