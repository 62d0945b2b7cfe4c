// The host interface: everything the VM needs from the world outside it.
//
// The VM core (vm/) must run in a browser as well as in Node, so it never imports a Node module.
// Files, the console, the clock, the compiler and interrupts all reach it through this interface;
// host/node/ implements it for the command line. Every method here is synchronous: the eval loop is
// synchronous, and a host that needs to wait (compiling through pyodide in a worker, say) blocks.

/** What CPython's compile() reports for a syntax error; the VM turns it into a SyntaxError object. */
export interface SyntaxErrorInfo {
  /**
   * 'SyntaxError', 'IndentationError', 'TabError' or another SyntaxError subclass name; for a tree sent
   * in CompileRequest.ast also another builtin exception class (TypeError...), carrying only `msg`.
   */
  type: string;
  msg: string;
  filename: string;
  lineno: number | null;
  /** 1-based column, as CPython's SyntaxError.offset. */
  offset: number | null;
  text: string | null;
  endLineno: number | null;
  endOffset: number | null;
}

export interface CompileRequest {
  /** The source text; ignored (send '') when `ast` is given. */
  source: string;
  /**
   * compile() of an AST object instead of source: marshal bytes of the program's tree as
   * vm/runtime/ast_to_host.ts writes it (a flat token list). The host rebuilds it out of its CPython's
   * real `ast` nodes and passes that tree to compile() with the other fields, so CPython converts,
   * validates and compiles it itself; a tree it rejects comes back as an error whose `type` may then be
   * TypeError, ValueError, OverflowError or RecursionError as well as SyntaxError (its msg is str() of
   * the exception, the position fields null). A host that caches results must key on these bytes.
   */
  ast?: Uint8Array;
  filename: string;
  /**
   * 'func_type' is only valid with PyCF_ONLY_AST, as in CPython. 'tokenize' is not a compile() mode: it
   * asks for the tokens of CPython's _tokenize.TokenizerIter (flags bit 0: extra_tokens; bit 1: `source`
   * is a JSON list of the lines exactly as readline returned them, for chunks that are not plain lines);
   * the result is always ok and its `marshal` holds them with the tokenizer's error, as
   * vm/modules/tokenize_native.ts reads.
   */
  mode: 'exec' | 'eval' | 'single' | 'func_type' | 'tokenize';
  /**
   * compile()'s flags argument. PyCF_ONLY_AST (0x400, also part of PyCF_OPTIMIZED_AST) asks for the
   * syntax tree instead of code: the result's `marshal` then holds marshal bytes of the tree made by
   * CPython's own ast module, flattened as vm/runtime/ast_from_host.ts describes and reads.
   */
  flags: number;
  /** compile()'s optimize argument; -1 means the interpreter's level. */
  optimize: number;
}

/**
 * A warning CPython's compiler issued (SyntaxWarning for `x is 1` or "\d", ...). The host records it
 * instead of printing it; the VM passes it through its own warnings filters, as CPython's compiler does.
 */
export interface CompileWarningInfo {
  /** The warning class name, e.g. "SyntaxWarning". */
  category: string;
  message: string;
  filename: string;
  lineno: number;
}

/**
 * Either the marshalled code object (marshal.dumps of what compile() returned) or the syntax error,
 * with the warnings issued while compiling, in order (also when compiling then failed). A host that
 * caches compile results must replay the warnings on a cache hit: each compile() warns again in CPython.
 */
export type CompileResult =
  | { ok: true; marshal: Uint8Array; warnings?: CompileWarningInfo[] }
  | { ok: false; error: SyntaxErrorInfo; warnings?: CompileWarningInfo[] };

/** An OS-level failure, raised by the host and turned into the matching OSError subclass by the VM. */
export class HostOSError extends Error {
  constructor(
    readonly errno: number,
    readonly strerror: string,
    readonly filename: string | null = null,
  ) {
    super(strerror);
  }
}

export interface Host {
  /** Compile Python source with CPython 3.14's own compiler. Synchronous; may block on first use. */
  compile(request: CompileRequest): CompileResult;
  /** A short name of the compiler in use, for messages and cache keys (e.g. "pyodide 314.0.7 / CPython 3.14.2"). */
  readonly compilerVersion: string;
  /** Where CPython's pure-Python standard library is (a directory or a .zip), for sys.path; null if none. */
  readonly stdlibPath: string | null;

  /** Whole-file read; null if the path does not exist or is not a regular file. Paths may point
   *  inside a zip archive on sys.path (".../python_stdlib.zip/random.py"), as with CPython's zipimport. */
  readFile(path: string): Uint8Array | null;
  /** 'file', 'dir' or null (missing). */
  stat(path: string): 'file' | 'dir' | null;
  /** Absolute, normalised form of a path, relative to the current directory. */
  resolvePath(path: string): string;
  /** The current working directory. */
  cwd(): string;

  /** File handles for open(). Errors are thrown as HostOSError. */
  open(path: string, flags: 'r' | 'w' | 'a' | 'x' | 'r+' | 'w+' | 'a+' | 'x+'): number;
  read(fd: number, maxBytes: number): Uint8Array;
  write(fd: number, data: Uint8Array): void;
  close(fd: number): void;
  /**
   * lseek(2): move a descriptor's position (whence 0 SEEK_SET, 1 SEEK_CUR, 2 SEEK_END, 3 SEEK_DATA,
   * 4 SEEK_HOLE) and return the new one; reads and writes happen at it. Throws HostOSError ESPIPE for
   * descriptors that cannot seek (pipes, terminals). Optional: without it every file is unseekable.
   */
  seek?(fd: number, offset: number, whence: number): number;
  /** Whether a descriptor is a terminal (CPython line-buffers stdout only then). */
  isatty(fd: number): boolean;

  /** Seconds since the epoch, as time.time(). */
  timeSeconds(): number;
  /** Monotonic nanoseconds, as time.perf_counter_ns()/monotonic_ns(). */
  monotonicNs(): bigint;
  /** Cryptographically random bytes, for os.urandom and random's default seed. */
  randomBytes(n: number): Uint8Array;
  /** Environment variables, as os.environ. */
  env(): Record<string, string>;

  /**
   * Ctrl-C. The VM polls this at backward jumps and calls (CPython's eval breaker) and raises
   * KeyboardInterrupt when element 0 is non-zero, resetting it to 0. Null when there is no interrupt
   * source. An Int32Array so that another thread can set it (Atomics.store) while the VM runs.
   */
  readonly interruptFlag: Int32Array | null;
  /**
   * Block for `seconds` (time.sleep). Returns early once the interrupt flag is set (Ctrl-C), so that
   * the VM can raise KeyboardInterrupt at once. Optional: without it time.sleep is an error.
   */
  sleep?(seconds: number): void;

  // ---- the operating system, for the posix module (os.stat, os.listdir, os.mkdir, ...) ----
  // Optional: a host without a file system (a browser) leaves them out, and the calls then fail with
  // OSError(ENOSYS) as on a platform lacking them. Errors are thrown as HostOSError; the VM puts the
  // path objects the program passed into the exception, so their `filename` may be null.

  /** stat(2)/lstat(2) of a path, or fstat(2) of a descriptor returned by open()/openFd(). */
  fileStat?(target: string | number, followSymlinks: boolean): HostStatResult;
  /** The entries of a directory, without '.' and '..', in the order the OS gives them. */
  listDir?(path: string): HostDirEntry[];
  makeDir?(path: string, mode: number): void;
  removeDir?(path: string): void;
  /** unlink(2): remove a file (not a directory). */
  unlink?(path: string): void;
  /** rename(2): atomically replaces an existing destination. */
  rename?(src: string, dst: string): void;
  /** chdir(2); cwd() and resolvePath() follow it. */
  chdir?(path: string): void;
  /** access(2) with F_OK/R_OK/W_OK/X_OK bits; false instead of an error. */
  access?(path: string, mode: number): boolean;
  chmod?(path: string, mode: number, followSymlinks: boolean): void;
  readLink?(path: string): string;
  symlink?(target: string, linkPath: string): void;
  link?(src: string, dst: string): void;
  /** Set access and modification times, in nanoseconds since the epoch. */
  setTimes?(path: string, atimeNs: bigint, mtimeNs: bigint, followSymlinks: boolean): void;
  truncate?(target: string | number, length: number): void;
  /** open(2) with Linux O_* flag bits and a permission mode; returns a descriptor for read/write/close. */
  openFd?(path: string, flags: number, mode: number): number;
  /** Process identity, as getpid(), getppid(), getuid(), geteuid(), getgid(), getegid(). */
  processIds?(): HostProcessIds;
  /** uname(2). */
  uname?(): HostUname;
  /** Logical CPUs; null if unknown. */
  cpuCount?(): number | null;
  /** umask(2): sets the mask and returns the previous one. */
  umask?(mask: number): number;
  /** putenv/unsetenv (value null) on the process environment. */
  setEnv?(name: string, value: string | null): void;
  /** The size of the terminal on a descriptor; throws HostOSError (ENOTTY) if it is not one. */
  terminalSize?(fd: number): { columns: number; lines: number };
}

/** What os.stat() reports. Large numbers (inodes, sizes, devices) may be bigints. */
export interface HostStatResult {
  mode: number;
  ino: number | bigint;
  dev: number | bigint;
  nlink: number;
  uid: number;
  gid: number;
  size: number | bigint;
  atimeNs: bigint;
  mtimeNs: bigint;
  ctimeNs: bigint;
  blksize: number;
  blocks: number | bigint;
  rdev: number | bigint;
}

/** One directory entry, with its type as the directory itself records it (no stat needed). */
export interface HostDirEntry {
  name: string;
  /** 'symlink' for a link whatever it points to; 'unknown' when the OS did not say. */
  kind: 'file' | 'dir' | 'symlink' | 'other' | 'unknown';
}

export interface HostProcessIds {
  pid: number;
  ppid: number;
  uid: number;
  euid: number;
  gid: number;
  egid: number;
}

export interface HostUname {
  sysname: string;
  nodename: string;
  release: string;
  version: string;
  machine: string;
}

/** File descriptors of the standard streams, as in POSIX. */
export const STDIN_FD = 0;
export const STDOUT_FD = 1;
export const STDERR_FD = 2;
