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
  /** CPython 3.14's SyntaxError._metadata: the (line, offset, source) the parser started from, if set. */
  metadata?: { line: number; offset: number; source: string | null } | null;
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

  /**
   * An SQLite engine, for the _sqlite3 module. Optional: without it `import _sqlite3` raises ImportError
   * saying the host provides no SQLite.
   */
  readonly sqlite?: HostSqlite;
}

// ---- SQLite (the _sqlite3 module) ----

/**
 * A value crossing the SQLite boundary, tagged by its JS type as SQLite's storage classes: INTEGER is a
 * bigint (always, so that 1 and 1.0 stay apart), REAL a number, TEXT a string, BLOB a Uint8Array, NULL null.
 */
export type HostSqliteValue = bigint | number | string | Uint8Array | null;

/** An error SQLite reported: its message (sqlite3_errmsg), extended result code and that code's name. */
export class HostSqliteError extends Error {
  constructor(
    message: string,
    /**
     * The extended result code (e.g. 2067); -1 when the engine itself refuses something SQLite would do
     * (the VM raises NotImplementedError with the message).
     */
    readonly code: number,
    /** The extended result code's name, e.g. "SQLITE_CONSTRAINT_UNIQUE". */
    readonly codeName: string,
  ) {
    super(message);
  }
}

export interface HostSqlite {
  /** The engine's SQLite version, as sqlite3_libversion() ("3.45.1"). */
  readonly version: string;
  /**
   * Open (creating if needed) a database file relative to the host's current directory, or an in-memory
   * one for ':memory:' or ''. `timeoutSeconds` is how long to wait on a locked database. Throws
   * HostSqliteError (e.g. SQLITE_CANTOPEN).
   */
  open(path: string, timeoutSeconds: number): HostSqliteDatabase;
}

/** A user-defined SQL function's body: called with the arguments, returns the result (or throws). */
export type HostSqliteFunction = (args: HostSqliteValue[]) => HostSqliteValue;

/**
 * A user-defined aggregate: a fresh state per group (made at its first row), a step per row, and the
 * final result. A group without rows is NULL and calls none of them (SQLite's aggregate context).
 */
export interface HostSqliteAggregate {
  start(): unknown;
  step(state: unknown, args: HostSqliteValue[]): void;
  result(state: unknown): HostSqliteValue;
}

export interface HostSqliteDatabase {
  /**
   * Compile one SQL statement (sqlite3_prepare_v2). Returns null when `sql` holds no statement (only
   * blanks and comments); returns 'multiple' when more SQL follows the first statement. Throws
   * HostSqliteError for SQL SQLite rejects.
   */
  prepare(sql: string): HostSqliteStatement | null | 'multiple';
  /** Run a script of statements one after another (sqlite3_exec). Throws HostSqliteError. */
  exec(sql: string): void;
  /** Whether a transaction is open (!sqlite3_get_autocommit). */
  inTransaction(): boolean;
  /** sqlite3_changes() and sqlite3_total_changes(): rows the last statement / the connection changed. */
  changes(): number;
  totalChanges(): number;
  /** sqlite3_last_insert_rowid(). */
  lastInsertRowid(): bigint;
  /** sqlite3_close(): statements of this database may not be used afterwards. */
  close(): void;
  /**
   * Register (or with `fn` null, remove) a SQL function taking `nargs` arguments (-1: any number). An
   * exception thrown by `fn` makes the statement running it fail with that same exception.
   */
  createFunction(name: string, nargs: number, deterministic: boolean, fn: HostSqliteFunction | null): void;
  /** Register a SQL aggregate function; exceptions propagate as for createFunction. */
  createAggregate(name: string, nargs: number, aggregate: HostSqliteAggregate): void;
}

export interface HostSqliteStatement {
  /**
   * The statement's parameters in order of index (sqlite3_bind_parameter_count entries): each one's name
   * with its prefix (":name", "@name", "$name", "?3") or null for a nameless "?".
   */
  readonly parameterNames: readonly (string | null)[];
  /** sqlite3_stmt_readonly(): the statement does not write to the database. */
  readonly readonly: boolean;
  /** The result columns (empty for statements that return none): sqlite3_column_name, and column_decltype or null. */
  readonly columnNames: readonly string[];
  readonly declaredTypes: readonly (string | null)[];
  /**
   * Bind `params` (one per parameter, in index order) and step the statement to its end, returning every
   * row. Throws HostSqliteError when a step fails, or the exception a user function threw.
   */
  run(params: readonly HostSqliteValue[]): HostSqliteValue[][];
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
