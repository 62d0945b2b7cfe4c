// The Host for Node: files, standard streams, clock, randomness, environment, the compiler, and the
// operating-system calls of the posix module (stat, listdir, mkdir, rename, chdir, ...).
//
// The VM core reaches the outside world only through vm/host.ts; this is its command-line side.
// Everything is synchronous (fs *Sync calls; the compiler blocks on its worker). Node has no lseek, so
// the position of each seekable descriptor is kept here and reads/writes use pread/pwrite at it, as the
// OS would. OS failures are thrown as HostOSError with POSIX errno numbers and CPython's strerror texts. Paths that run through
// a .zip file on disk (the stdlib's python_stdlib.zip) are served from inside the archive, read-only.

import {
  accessSync, chmodSync, closeSync, constants as fsConstants, fstatSync, ftruncateSync, linkSync, lstatSync,
  lutimesSync, mkdirSync, openSync, readdirSync, readFileSync, readlinkSync, readSync, renameSync, rmdirSync,
  statSync, symlinkSync, truncateSync, unlinkSync, utimesSync, writeSync,
} from 'node:fs';
import type { BigIntStats } from 'node:fs';
import { availableParallelism, hostname, machine, release, type as osType, version as osVersion } from 'node:os';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { randomFillSync } from 'node:crypto';
import { isatty } from 'node:tty';
import type {
  CompileRequest, Host, HostDirEntry, HostProcessIds, HostStatResult, HostUname,
} from '../../vm/host.js';
import { HostOSError, STDERR_FD, STDIN_FD, STDOUT_FD } from '../../vm/host.js';
import { Compiler } from './compiler.js';
import type { CompileOutput } from './compiler.js';
import { fromNodeError, hostOSError, nodeErrorCode } from './os_errors.js';
import { plainBytes } from './plain_bytes.js';
import { withProgramText } from './program_text.js';
import { ZipArchive, stdlibZipPath } from './stdlib_zip.js';
import { NodeSqlite } from './sqlite_engine.js';

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

/** lseek's whence values (Linux numbering, as the VM's os.SEEK_* constants). */
const SEEK_SET = 0;
const SEEK_CUR = 1;
const SEEK_END = 2;
const SEEK_DATA = 3;
const SEEK_HOLE = 4;
const O_APPEND = 0o2000;

/**
 * The file position of a seekable descriptor. `device` marks a character device such as /dev/null,
 * which Linux lets seek but which has no position (lseek always answers 0; reads/writes ignore it).
 */
interface FilePosition {
  pos: number;
  append: boolean;
  device: boolean;
}

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
  /** Positions of the descriptors that can seek (regular files, block devices, directories); pipes,
   *  terminals and sockets have none, and the standard streams are treated as such (ESPIPE). */
  private readonly positions = new Map<number, FilePosition>();
  /** The current directory set by chdir(), or null while it is the process's own. */
  private workDir: string | null = null;
  /** The umask the program set; starts as the conventional 022 (the real one cannot be read in a worker). */
  private fileMask = 0o022;
  /** Zip archives met on paths, by absolute path; a null value marks a file that is not a usable zip. */
  private readonly archives = new Map<string, ZipArchive | null>();

  /** SQLite for the _sqlite3 module, on better-sqlite3; database paths follow chdir(). */
  readonly sqlite = new NodeSqlite(() => this.cwd());

  constructor(options: NodeHostOptions = {}) {
    this.environment = options.env ?? process.env;
    this.compiler = options.compiler ?? new Compiler({ env: this.environment });
    this.interruptFlag = options.interruptFlag ?? null;
    this.stdinData = options.stdin ?? null;
    this.onStdout = options.onStdout ?? null;
    this.onStderr = options.onStderr ?? null;
  }

  // ---- time ----

  sleep(seconds: number): void {
    const end = performance.now() + seconds * 1000;
    const flag = this.interruptFlag;
    for (;;) {
      const left = end - performance.now();
      if (left <= 0) return;
      if (flag !== null && flag[0] !== 0) return;
      // Waiting on the interrupt flag itself wakes at once when Ctrl-C sets it (and notifies).
      Atomics.wait(flag ?? sleepCell, 0, 0, Math.min(left, 100));
    }
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
    const zipped = this.inArchive(this.inWorkDir(path));
    if (zipped !== null) return zipped.archive.readFile(zipped.inner);
    try {
      return plainBytes(readFileSync(this.inWorkDir(path)));
    } catch (e) {
      const code = nodeErrorCode(e);
      if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR') return null;
      throw fromNodeError(e, path);
    }
  }

  stat(path: string): 'file' | 'dir' | null {
    const zipped = this.inArchive(this.inWorkDir(path));
    if (zipped !== null) return zipped.archive.stat(zipped.inner);
    try {
      const stats = statSync(this.inWorkDir(path), { throwIfNoEntry: false });
      if (stats === undefined) return null;
      return stats.isDirectory() ? 'dir' : 'file';
    } catch {
      return null; // ENOTDIR, EACCES on a parent...: as absent, like the import system's stat checks.
    }
  }

  resolvePath(path: string): string {
    return this.workDir === null ? resolve(path) : resolve(this.workDir, path);
  }

  cwd(): string {
    return this.workDir ?? process.cwd();
  }

  /**
   * A path as the program means it: relative paths are relative to the directory chdir() chose. Node's
   * own process.chdir() is not used (it is unavailable in the worker thread that runs the VM).
   */
  private inWorkDir(path: string): string {
    return this.workDir === null || path === '' || path.startsWith('/') ? path : resolve(this.workDir, path);
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
      osFd = openSync(this.inWorkDir(path), nodeFlags, 0o666);
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
    return this.addFile(osFd, flags.startsWith('a'));
  }

  /** Number a new OS descriptor like POSIX (lowest free from 3) and note whether it can seek. */
  private addFile(osFd: number, append: boolean): number {
    let fd = FIRST_FILE_FD;
    while (this.files.has(fd)) fd++;
    this.files.set(fd, osFd);
    let kind: 'seekable' | 'device' | 'stream' = 'seekable';
    try {
      const st = fstatSync(osFd);
      if (st.isFIFO() || st.isSocket()) kind = 'stream';
      else if (st.isCharacterDevice()) kind = isatty(osFd) ? 'stream' : 'device';
    } catch {
      // As above: keep the default.
    }
    if (kind !== 'stream') this.positions.set(fd, { pos: 0, append, device: kind === 'device' });
    return fd;
  }

  read(fd: number, maxBytes: number): Uint8Array {
    if (fd === STDIN_FD && this.stdinData !== null) return this.readRedirectedStdin(maxBytes);
    // A redirected output stream has no descriptor behind it to read from.
    if ((fd === STDOUT_FD && this.onStdout !== null) || (fd === STDERR_FD && this.onStderr !== null)) throw hostOSError('EBADF');
    const osFd = this.osFd(fd);
    const p = this.positions.get(fd);
    if (p === undefined || p.device) return this.readOs(osFd, maxBytes, null);
    const data = this.readOs(osFd, maxBytes, p.pos);
    p.pos += data.length;
    return data;
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
    const osFd = this.osFd(fd);
    const p = this.positions.get(fd);
    if (p === undefined || p.device) {
      this.writeOs(osFd, data, null);
    } else if (p.append) {
      // O_APPEND writes at the end whatever the position, which then is the end.
      this.writeOs(osFd, data, null);
      p.pos = this.sizeOf(osFd);
    } else {
      this.writeOs(osFd, data, p.pos);
      p.pos += data.length;
    }
  }

  seek(fd: number, offset: number, whence: number): number {
    const osFd = this.osFd(fd);
    const p = this.positions.get(fd);
    if (p === undefined) throw hostOSError('ESPIPE');
    if (p.device) return 0;
    let target: number;
    switch (whence) {
      case SEEK_SET:
        target = offset;
        break;
      case SEEK_CUR:
        target = p.pos + offset;
        break;
      case SEEK_END:
        target = this.sizeOf(osFd) + offset;
        break;
      case SEEK_DATA:
      case SEEK_HOLE: {
        // No sparse-file information through Node: the whole file is one block of data.
        const size = this.sizeOf(osFd);
        if (offset < 0) throw hostOSError('EINVAL');
        if (offset >= size) throw hostOSError('ENXIO');
        target = whence === SEEK_DATA ? offset : size;
        break;
      }
      default:
        throw hostOSError('EINVAL');
    }
    if (target < 0 || !Number.isSafeInteger(target)) throw hostOSError('EINVAL');
    p.pos = target;
    return target;
  }

  private sizeOf(osFd: number): number {
    try {
      return fstatSync(osFd).size;
    } catch (e) {
      throw fromNodeError(e);
    }
  }

  close(fd: number): void {
    // The standard streams stay open (CPython's sys.std* do not own their descriptors either).
    if (fd === STDIN_FD || fd === STDOUT_FD || fd === STDERR_FD) return;
    const osFd = this.files.get(fd);
    if (osFd === undefined) throw hostOSError('EBADF');
    this.files.delete(fd);
    this.positions.delete(fd);
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

  /** read(2), or pread(2) at `position` when it is not null. */
  private readOs(osFd: number, maxBytes: number, position: number | null): Uint8Array {
    if (maxBytes <= 0) return new Uint8Array(0);
    const size = Math.min(maxBytes, MAX_READ);
    const buffer = Buffer.allocUnsafeSlow(size);
    let n: number;
    for (;;) {
      try {
        n = readSync(osFd, buffer, 0, size, position);
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

  /** write(2) of all of data, or pwrite(2) at `position` when it is not null. */
  private writeOs(osFd: number, data: Uint8Array, position: number | null): void {
    let done = 0;
    while (done < data.length) {
      try {
        done += writeSync(osFd, data, done, data.length - done, position === null ? null : position + done);
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

  // ---- the operating system (the posix module) ----

  fileStat(target: string | number, followSymlinks: boolean): HostStatResult {
    let st: BigIntStats;
    try {
      if (typeof target === 'number') st = fstatSync(this.osFd(target), { bigint: true });
      else if (followSymlinks) st = statSync(this.inWorkDir(target), { bigint: true });
      else st = lstatSync(this.inWorkDir(target), { bigint: true });
    } catch (e) {
      throw fromNodeError(e, typeof target === 'string' ? target : null);
    }
    return {
      mode: Number(st.mode),
      ino: smallInt(st.ino),
      dev: smallInt(st.dev),
      nlink: Number(st.nlink),
      uid: Number(st.uid),
      gid: Number(st.gid),
      size: smallInt(st.size),
      atimeNs: st.atimeNs,
      mtimeNs: st.mtimeNs,
      ctimeNs: st.ctimeNs,
      blksize: Number(st.blksize),
      blocks: smallInt(st.blocks),
      rdev: smallInt(st.rdev),
    };
  }

  listDir(path: string): HostDirEntry[] {
    try {
      return readdirSync(this.inWorkDir(path), { withFileTypes: true }).map((d) => ({
        name: d.name,
        kind: d.isFile() ? 'file' : d.isDirectory() ? 'dir' : d.isSymbolicLink() ? 'symlink' : 'other',
      }));
    } catch (e) {
      throw fromNodeError(e, path);
    }
  }

  makeDir(path: string, mode: number): void {
    this.fsCall(path, () => mkdirSync(this.inWorkDir(path), { mode }));
  }

  removeDir(path: string): void {
    this.fsCall(path, () => rmdirSync(this.inWorkDir(path)));
  }

  unlink(path: string): void {
    this.fsCall(path, () => unlinkSync(this.inWorkDir(path)));
  }

  rename(src: string, dst: string): void {
    this.fsCall(src, () => renameSync(this.inWorkDir(src), this.inWorkDir(dst)));
  }

  chdir(path: string): void {
    const target = this.inWorkDir(path);
    let stats;
    try {
      stats = statSync(target);
    } catch (e) {
      throw fromNodeError(e, path);
    }
    if (!stats.isDirectory()) throw hostOSError('ENOTDIR', path);
    this.fsCall(path, () => accessSync(target, fsConstants.X_OK));
    this.workDir = resolve(this.cwd(), target);
  }

  access(path: string, mode: number): boolean {
    try {
      accessSync(this.inWorkDir(path), mode);
      return true;
    } catch {
      return false;
    }
  }

  chmod(path: string, mode: number, followSymlinks: boolean): void {
    // Linux has no lchmod(2): CPython reports it as not implemented for symlinks.
    if (!followSymlinks) throw hostOSError('EOPNOTSUPP', path);
    this.fsCall(path, () => chmodSync(this.inWorkDir(path), mode));
  }

  readLink(path: string): string {
    return this.fsCall(path, () => readlinkSync(this.inWorkDir(path), 'utf8'));
  }

  symlink(target: string, linkPath: string): void {
    this.fsCall(target, () => symlinkSync(target, this.inWorkDir(linkPath)));
  }

  link(src: string, dst: string): void {
    this.fsCall(src, () => linkSync(this.inWorkDir(src), this.inWorkDir(dst)));
  }

  setTimes(path: string, atimeNs: bigint, mtimeNs: bigint, followSymlinks: boolean): void {
    // Node takes seconds as a double: sub-microsecond precision is lost, as with utimes(2).
    const at = Number(atimeNs) / 1e9;
    const mt = Number(mtimeNs) / 1e9;
    const real = this.inWorkDir(path);
    this.fsCall(path, () => (followSymlinks ? utimesSync(real, at, mt) : lutimesSync(real, at, mt)));
  }

  truncate(target: string | number, length: number): void {
    if (typeof target === 'number') this.fsCall(null, () => ftruncateSync(this.osFd(target), length));
    else this.fsCall(target, () => truncateSync(this.inWorkDir(target), length));
  }

  openFd(path: string, flags: number, mode: number): number {
    let nodeFlags = 0;
    for (const [bit, name] of LINUX_OPEN_FLAGS) {
      if ((flags & bit) !== bit) continue;
      const value = (fsConstants as Record<string, number | undefined>)[name];
      if (value !== undefined) nodeFlags |= value;
    }
    nodeFlags |= [fsConstants.O_RDONLY, fsConstants.O_WRONLY, fsConstants.O_RDWR][flags & 3] ?? 0;
    const osFd = this.fsCall(path, () => openSync(this.inWorkDir(path), nodeFlags, mode));
    return this.addFile(osFd, (flags & O_APPEND) !== 0);
  }

  processIds(): HostProcessIds {
    const id = (f: (() => number) | undefined): number => (f === undefined ? 0 : f());
    return {
      pid: process.pid,
      ppid: process.ppid,
      uid: id(process.getuid),
      euid: id(process.geteuid),
      gid: id(process.getgid),
      egid: id(process.getegid),
    };
  }

  uname(): HostUname {
    return { sysname: osType(), nodename: hostname(), release: release(), version: osVersion(), machine: machine() };
  }

  cpuCount(): number | null {
    return availableParallelism();
  }

  umask(mask: number): number {
    // process.umask(mask) is unavailable in worker threads (where the CLI runs programs): there the
    // mask is only remembered, so umask() round-trips but does not change the modes of new files.
    const previous = this.fileMask;
    this.fileMask = mask & 0o777;
    try {
      return process.umask(this.fileMask);
    } catch {
      return previous;
    }
  }

  setEnv(name: string, value: string | null): void {
    if (value === null) delete this.environment[name];
    else this.environment[name] = value;
  }

  terminalSize(fd: number): { columns: number; lines: number } {
    const stream = fd === STDOUT_FD ? process.stdout : fd === STDERR_FD ? process.stderr : null;
    if (stream === null || !this.isatty(fd) || !stream.isTTY) throw hostOSError('ENOTTY');
    return { columns: stream.columns, lines: stream.rows };
  }

  /** Run a Node fs call, turning its error into a HostOSError naming `path`. */
  private fsCall<T>(path: string | null, f: () => T): T {
    try {
      return f();
    } catch (e) {
      throw fromNodeError(e, path);
    }
  }
}

/** Linux's O_* bits (what the VM's os.O_* constants are) and Node's names for them. */
const LINUX_OPEN_FLAGS: readonly [number, string][] = [
  [0o100, 'O_CREAT'], [0o200, 'O_EXCL'], [0o400, 'O_NOCTTY'], [0o1000, 'O_TRUNC'], [0o2000, 'O_APPEND'],
  [0o4000, 'O_NONBLOCK'], [0o10000, 'O_DSYNC'], [0o200000, 'O_DIRECTORY'], [0o400000, 'O_NOFOLLOW'],
  [0o4010000, 'O_SYNC'], [0o1000000, 'O_NOATIME'],
];

/** A bigint stat field as a number when it is a safe integer (the VM's int representation). */
function smallInt(v: bigint): number | bigint {
  return v >= -9007199254740991n && v <= 9007199254740991n ? Number(v) : v;
}

export { HostOSError };
