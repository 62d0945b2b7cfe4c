// The Host for Node: files, standard streams, clock, randomness, environment and the compiler.
//
// The VM core reaches the outside world only through vm/host.ts; this is its command-line side.
// Everything is synchronous (fs *Sync calls; the compiler blocks on its worker). OS failures are
// thrown as HostOSError with POSIX errno numbers and CPython's strerror texts. Paths that run through
// a .zip file on disk (the stdlib's python_stdlib.zip) are served from inside the archive, read-only.

import { closeSync, fstatSync, openSync, readFileSync, readSync, statSync, writeSync } from 'node:fs';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { randomFillSync } from 'node:crypto';
import { isatty } from 'node:tty';
import type { CompileRequest, Host } from '../../vm/host.js';
import { HostOSError, STDERR_FD, STDIN_FD, STDOUT_FD } from '../../vm/host.js';
import { Compiler } from './compiler.js';
import type { CompileOutput } from './compiler.js';
import { fromNodeError, hostOSError, nodeErrorCode } from './os_errors.js';
import { plainBytes } from './plain_bytes.js';
import { withProgramText } from './program_text.js';
import { ZipArchive, stdlibZipPath } from './stdlib_zip.js';

export interface NodeHostOptions {
  /** Bytes served as standard input instead of the real fd 0 (then isatty(0) is false). */
  stdin?: Uint8Array;
  /** Receives what the program writes to fd 1 instead of the real stdout (a copy, safe to keep). */
  onStdout?: (bytes: Uint8Array) => void;
  /** Receives what the program writes to fd 2 instead of the real stderr (a copy, safe to keep). */
  onStderr?: (bytes: Uint8Array) => void;
  /** Ctrl-C flag polled by the VM; whoever owns it sets element 0 (see Host.interruptFlag). */
  interruptFlag?: Int32Array;
  /** The compiler to use; share one between hosts to share its cache and statistics. */
  compiler?: Compiler;
  /** os.environ, and where the default compiler reads its settings; defaults to process.env. */
  env?: Record<string, string | undefined>;
}

type OpenFlags = 'r' | 'w' | 'a' | 'x' | 'r+' | 'w+' | 'a+' | 'x+';

/** open()'s modes as open(2) flags: 'x' is O_CREAT|O_EXCL, which Node spells with a 'x' after 'w'. */
const NODE_OPEN_FLAGS: Record<OpenFlags, string> = {
  r: 'r',
  w: 'w',
  a: 'a',
  x: 'wx',
  'r+': 'r+',
  'w+': 'w+',
  'a+': 'a+',
  'x+': 'wx+',
};

/** Largest single read; bigger requests return short, as read(2) may (callers loop until b''). */
const MAX_READ = 64 * 1024 * 1024;
/** Pause before retrying a non-blocking descriptor that reported EAGAIN. */
const EAGAIN_PAUSE_MS = 5;
const FIRST_FILE_FD = 3;

const sleepCell = new Int32Array(new SharedArrayBuffer(4));
function pause(ms: number): void {
  Atomics.wait(sleepCell, 0, 0, ms);
}

export class NodeHost implements Host {
  readonly interruptFlag: Int32Array | null;
  readonly compiler: Compiler;
  private readonly environment: Record<string, string | undefined>;
  private readonly stdinData: Uint8Array | null;
  private stdinPos = 0;
  private readonly onStdout: ((bytes: Uint8Array) => void) | null;
  private readonly onStderr: ((bytes: Uint8Array) => void) | null;
  /** open() descriptors handed to the VM -> OS descriptors. Numbered like POSIX: lowest free from 3. */
  private readonly files = new Map<number, number>();
  /** Zip archives met on paths, by absolute path; a null value marks a file that is not a usable zip. */
  private readonly archives = new Map<string, ZipArchive | null>();

  constructor(options: NodeHostOptions = {}) {
    this.environment = options.env ?? process.env;
    this.compiler = options.compiler ?? new Compiler({ env: this.environment });
    this.interruptFlag = options.interruptFlag ?? null;
    this.stdinData = options.stdin ?? null;
    this.onStdout = options.onStdout ?? null;
    this.onStderr = options.onStderr ?? null;
  }

  // ---- compiler ----

  compile(request: CompileRequest): CompileOutput {
    const output = this.compiler.compile(request);
    if (output.ok) return output;
    const error = withProgramText(output.error);
    return error === output.error ? output : { ok: false, error, warnings: output.warnings };
  }

  get compilerVersion(): string {
    return this.compiler.version;
  }

  /** CPython's standard library as pyodide ships it (python_stdlib.zip, like CPython's python314.zip). */
  get stdlibPath(): string | null {
    return stdlibZipPath();
  }

  // ---- paths ----

  readFile(path: string): Uint8Array | null {
    const zipped = this.inArchive(path);
    if (zipped !== null) return zipped.archive.readFile(zipped.inner);
    try {
      return plainBytes(readFileSync(path));
    } catch (e) {
      const code = nodeErrorCode(e);
      if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR') return null;
      throw fromNodeError(e, path);
    }
  }

  stat(path: string): 'file' | 'dir' | null {
    const zipped = this.inArchive(path);
    if (zipped !== null) return zipped.archive.stat(zipped.inner);
    try {
      const stats = statSync(path, { throwIfNoEntry: false });
      if (stats === undefined) return null;
      return stats.isDirectory() ? 'dir' : 'file';
    } catch {
      return null; // ENOTDIR, EACCES on a parent...: as absent, like the import system's stat checks.
    }
  }

  resolvePath(path: string): string {
    return resolve(path);
  }

  cwd(): string {
    return process.cwd();
  }

  /**
   * The archive and the path inside it, when some prefix of `path` ending in ".zip" is a zip file.
   * The archive itself then counts as a directory (as a zip on sys.path does for imports).
   */
  private inArchive(path: string): { archive: ZipArchive; inner: string } | null {
    for (let i = path.indexOf('.zip'); i >= 0; i = path.indexOf('.zip', i + 1)) {
      const end = i + 4;
      if (end !== path.length && path.charCodeAt(end) !== 47) continue;
      const archive = this.archiveAt(path.slice(0, end));
      if (archive !== null) return { archive, inner: path.slice(end + 1) };
    }
    return null;
  }

  private archiveAt(path: string): ZipArchive | null {
    // Only absolute paths are keys, so an absolute path (the usual case: sys.path entries) is found
    // without resolving it; a relative one means something else after a chdir and is resolved first.
    const known = this.archives.get(path);
    if (known !== undefined) return known;
    const absolute = resolve(path);
    if (absolute !== path) {
      const found = this.archives.get(absolute);
      if (found !== undefined) return found;
    }
    let stats;
    try {
      stats = statSync(absolute, { throwIfNoEntry: false });
    } catch {
      stats = undefined;
    }
    // Missing or a directory named *.zip: not remembered, it may appear later.
    if (stats === undefined || !stats.isFile()) return null;
    let archive: ZipArchive | null;
    try {
      archive = ZipArchive.open(absolute);
    } catch {
      archive = null; // A regular file that is not a zip: remembered, so it is not parsed again.
    }
    this.archives.set(absolute, archive);
    return archive;
  }

  // ---- file descriptors ----

  open(path: string, flags: OpenFlags): number {
    const nodeFlags = NODE_OPEN_FLAGS[flags];
    if (nodeFlags === undefined) throw hostOSError('EINVAL', path);
    let osFd: number;
    try {
      osFd = openSync(path, nodeFlags, 0o666);
    } catch (e) {
      throw fromNodeError(e, path);
    }
    // open(2) accepts a directory for reading; CPython's open() then fails with EISDIR.
    let isDir = false;
    try {
      isDir = fstatSync(osFd).isDirectory();
    } catch {
      // fstat on a just-opened descriptor does not fail in practice; leave it open as a file.
    }
    if (isDir) {
      closeSync(osFd);
      throw hostOSError('EISDIR', path);
    }
    let fd = FIRST_FILE_FD;
    while (this.files.has(fd)) fd++;
    this.files.set(fd, osFd);
    return fd;
  }

  read(fd: number, maxBytes: number): Uint8Array {
    if (fd === STDIN_FD && this.stdinData !== null) return this.readRedirectedStdin(maxBytes);
    // A redirected output stream has no descriptor behind it to read from.
    if ((fd === STDOUT_FD && this.onStdout !== null) || (fd === STDERR_FD && this.onStderr !== null)) throw hostOSError('EBADF');
    return this.readOs(this.osFd(fd), maxBytes);
  }

  write(fd: number, data: Uint8Array): void {
    if (fd === STDOUT_FD && this.onStdout !== null) {
      this.onStdout(data.slice());
      return;
    }
    if (fd === STDERR_FD && this.onStderr !== null) {
      this.onStderr(data.slice());
      return;
    }
    if (fd === STDIN_FD && this.stdinData !== null) throw hostOSError('EBADF');
    this.writeOs(this.osFd(fd), data);
  }

  close(fd: number): void {
    // The standard streams stay open (CPython's sys.std* do not own their descriptors either).
    if (fd === STDIN_FD || fd === STDOUT_FD || fd === STDERR_FD) return;
    const osFd = this.files.get(fd);
    if (osFd === undefined) throw hostOSError('EBADF');
    this.files.delete(fd);
    try {
      closeSync(osFd);
    } catch (e) {
      throw fromNodeError(e);
    }
  }

  isatty(fd: number): boolean {
    if (fd === STDIN_FD && this.stdinData !== null) return false;
    if (fd === STDOUT_FD && this.onStdout !== null) return false;
    if (fd === STDERR_FD && this.onStderr !== null) return false;
    const osFd = fd <= STDERR_FD && fd >= 0 ? fd : this.files.get(fd);
    return osFd !== undefined && isatty(osFd);
  }

  /** The OS descriptor behind a VM descriptor; the standard streams map to themselves. */
  private osFd(fd: number): number {
    if (fd === STDIN_FD || fd === STDOUT_FD || fd === STDERR_FD) return fd;
    const osFd = this.files.get(fd);
    if (osFd === undefined) throw hostOSError('EBADF');
    return osFd;
  }

  private readRedirectedStdin(maxBytes: number): Uint8Array {
    const data = this.stdinData!;
    const end = Math.min(data.length, this.stdinPos + Math.max(0, maxBytes));
    const chunk = data.slice(this.stdinPos, end);
    this.stdinPos = end;
    return chunk;
  }

  private readOs(osFd: number, maxBytes: number): Uint8Array {
    if (maxBytes <= 0) return new Uint8Array(0);
    const size = Math.min(maxBytes, MAX_READ);
    const buffer = Buffer.allocUnsafeSlow(size);
    let n: number;
    for (;;) {
      try {
        n = readSync(osFd, buffer, 0, size, null);
        break;
      } catch (e) {
        const code = nodeErrorCode(e);
        if (code === 'EOF') {
          n = 0; // Windows reports end of a pipe this way.
          break;
        }
        // A non-blocking stdin (set so by a parent or by Node itself) has no data yet: wait for it,
        // unless Ctrl-C arrived, which the VM handles on EINTR as CPython does (PEP 475).
        if (code !== 'EAGAIN') throw fromNodeError(e);
        if (this.interruptFlag !== null && Atomics.load(this.interruptFlag, 0) !== 0) throw hostOSError('EINTR');
        pause(EAGAIN_PAUSE_MS);
      }
    }
    // Do not pin a large buffer for a short read.
    if (n < size >>> 1 && size > 4096) return new Uint8Array(buffer.subarray(0, n));
    return plainBytes(buffer.subarray(0, n));
  }

  private writeOs(osFd: number, data: Uint8Array): void {
    let done = 0;
    while (done < data.length) {
      try {
        done += writeSync(osFd, data, done, data.length - done);
      } catch (e) {
        // A non-blocking stdout/pipe that is full: wait until the reader catches up.
        if (nodeErrorCode(e) === 'EAGAIN') {
          pause(EAGAIN_PAUSE_MS);
          continue;
        }
        // EPIPE (reader gone) becomes BrokenPipeError in the VM, as in CPython, not a Node crash.
        throw fromNodeError(e);
      }
    }
  }

  // ---- clock, randomness, environment ----

  timeSeconds(): number {
    // timeOrigin + now() has sub-millisecond resolution, unlike Date.now().
    return (performance.timeOrigin + performance.now()) / 1000;
  }

  monotonicNs(): bigint {
    return process.hrtime.bigint();
  }

  randomBytes(n: number): Uint8Array {
    return randomFillSync(new Uint8Array(n));
  }

  env(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const [name, value] of Object.entries(this.environment)) {
      if (value !== undefined) out[name] = value;
    }
    return out;
  }
}

export { HostOSError };
