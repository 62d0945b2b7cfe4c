// The posix module (CPython's Modules/posixmodule.c), what os.py builds os on: file and directory
// operations (stat, listdir, scandir, mkdir, rmdir, unlink, rename, chdir, open/read/write/close, ...),
// process identity, the environment as bytes (posix.environ), urandom, strerror, fspath, and the
// struct sequences stat_result, uname_result, terminal_size and times_result.
//
// Everything that touches the OS goes through the Host's optional OS methods; a host without one (a
// browser) makes the call fail with OSError(ENOSYS), as on a platform that lacks the function. Paths are
// converted like CPython's path_t: str, bytes or os.PathLike (and a file descriptor where allowed),
// with its messages; results are bytes when the path was bytes. OSErrors carry the path objects the
// program passed (filename, filename2). Known differences: dir_fd arguments are not supported
// (NotImplementedError, as on platforms without *at() calls), listdir/scandir of a descriptor are not
// supported. _exit() ends the program through ProcessExit (the VM cannot end its host process).
// pipe() makes a pipe inside the VM (posix_pipe.ts says how, and where it differs from a real one).

import { PyObject, PyValue, makeBuiltinType, objectType, typeName, typeOf } from '../objects/object.js';
import { PyModule } from '../objects/module.js';
import {
  PyNativeFunction, defMethod, defNew, defGetSet, defClassMethod, bindArgs, argRange, noArgs, noKwargs, oneArg,
} from '../objects/native.js';
import { PyDict } from '../objects/dict.js';
import { PyList } from '../objects/list.js';
import { PyTuple } from '../objects/tuple.js';
import { PyBytes } from '../objects/bytes.js';
import { PyFloat } from '../objects/float.js';
import { None } from '../objects/singletons.js';
import { PyIterator } from '../objects/iterators.js';
import { PyBaseException, StopIteration, exceptionType, excSetAttr } from '../objects/exceptions.js';
import { PyStructSeq, makeStructSeqType, structSeq, structSeqNewOf } from '../objects/structseq.js';
import { asStr } from '../objects/str_methods.js';
import { encodeString, decodeBytes, bytesLikeData } from '../objects/bytes_methods.js';
import { asIndex, repr, truthy } from '../runtime/protocols.js';
import { callSpecial } from '../runtime/attributes.js';
import { notImplementedError, overflowError, typeError, valueError } from '../runtime/raise.js';
import { Host, HostOSError, HostStatResult, HostDirEntry } from '../host.js';
import { strerror, errnoNumber } from './errno.js';
import { S_IFMT, S_IFDIR, S_IFREG, S_IFLNK } from './stat.js';
import { genericAlias } from './collections.js';
import { registerNativeModule } from './registry.js';
import type { Interpreter } from '../runtime/interpreter.js';
import { ProcessExit } from '../runtime/process_exit.js';
import { reportOutput } from './io/output_observer.js';
import { makePipe } from './posix_pipe.js';
import { vmDescriptors } from './vm_descriptors.js';
import { defineChildProcessFunctions } from './posix_children.js';

type Args = PyValue[];
type Kw = Map<string, PyValue> | null;

const ENOSYS = errnoNumber('ENOSYS')!;
const EINVAL = errnoNumber('EINVAL')!;
const ENOTTY = errnoNumber('ENOTTY')!;

// ---- OSError ---------------------------------------------------------------------------------------

/** CPython's errno -> OSError subclass table (Objects/exceptions.c), by Linux errno name. */
const ERRNO_EXCEPTION_NAMES: readonly [string, string][] = [
  ['EAGAIN', 'BlockingIOError'], ['EALREADY', 'BlockingIOError'], ['EINPROGRESS', 'BlockingIOError'],
  ['EWOULDBLOCK', 'BlockingIOError'], ['EPIPE', 'BrokenPipeError'], ['ESHUTDOWN', 'BrokenPipeError'],
  ['ECHILD', 'ChildProcessError'], ['ECONNABORTED', 'ConnectionAbortedError'],
  ['ECONNREFUSED', 'ConnectionRefusedError'], ['ECONNRESET', 'ConnectionResetError'],
  ['EEXIST', 'FileExistsError'], ['ENOENT', 'FileNotFoundError'], ['EISDIR', 'IsADirectoryError'],
  ['ENOTDIR', 'NotADirectoryError'], ['EINTR', 'InterruptedError'], ['EACCES', 'PermissionError'],
  ['EPERM', 'PermissionError'], ['ESRCH', 'ProcessLookupError'], ['ETIMEDOUT', 'TimeoutError'],
];
const ERRNO_EXCEPTIONS = new Map<number, string>();
for (const [name, exc] of ERRNO_EXCEPTION_NAMES) ERRNO_EXCEPTIONS.set(errnoNumber(name)!, exc);

/** The OSError (subclass) CPython raises for an errno, with the paths the call was given. */
export function posixError(errno: number, message: string, filename: PyValue = None, filename2: PyValue = None): PyBaseException {
  const cls = exceptionType(ERRNO_EXCEPTIONS.get(errno) ?? 'OSError');
  const e = new PyBaseException(cls, [errno, message]);
  excSetAttr(e, 'errno', errno);
  excSetAttr(e, 'strerror', message);
  excSetAttr(e, 'filename', filename);
  excSetAttr(e, 'filename2', filename2);
  return e;
}

/** Run a host call, turning a HostOSError into the OSError naming the call's path arguments. */
function osCall<T>(f: () => T, filename: PyValue = None, filename2: PyValue = None): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof HostOSError) throw posixError(e.errno, e.strerror, filename, filename2);
    throw e;
  }
}

/** A host OS method, or OSError(ENOSYS) if this host has no such facility. */
function need<K extends keyof Host>(host: Host, name: K, filename: PyValue = None): NonNullable<Host[K]> {
  const f = host[name];
  if (typeof f !== 'function') throw posixError(ENOSYS, strerror(ENOSYS), filename);
  return (f as (...a: unknown[]) => unknown).bind(host) as NonNullable<Host[K]>;
}

// ---- paths (CPython's path_t converter) --------------------------------------------------------------

interface PathArg {
  /** The path as the host takes it (bytes decoded as UTF-8 with surrogateescape). */
  text: string;
  /** What the program passed, for OSError.filename. */
  obj: PyValue;
  /** Results that are names or paths are bytes when the argument was. */
  isBytes: boolean;
  /** A file descriptor, where the function accepts one instead of a path. */
  fd: number | null;
}

interface PathOptions {
  allowFd?: boolean;
  nullable?: boolean;
}

function describeAccepted(o: PathOptions): string {
  if (o.allowFd && o.nullable) return 'string, bytes, os.PathLike, integer or None';
  if (o.allowFd) return 'string, bytes, os.PathLike or integer';
  if (o.nullable) return 'string, bytes, os.PathLike or None';
  return 'string, bytes or os.PathLike';
}

/** os.fspath(): str and bytes as they are, else the result of __fspath__; null if neither applies. */
function fspathOrNull(v: PyValue): PyValue | null {
  if (asStr(v) !== null || v instanceof PyBytes) return v;
  if (typeof v !== 'object' || typeOf(v).lookup('__fspath__') === undefined) return null;
  const r = callSpecial(v, '__fspath__', [])!;
  if (asStr(r) === null && !(r instanceof PyBytes)) {
    throw typeError(`expected ${typeName(v)}.__fspath__() to return str or bytes, not ${typeName(r)}`);
  }
  return r;
}

export function fspath(v: PyValue): PyValue {
  const r = fspathOrNull(v);
  if (r === null) throw typeError(`expected str, bytes or os.PathLike object, not ${typeName(v)}`);
  return r;
}

const textDecoderFatal = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** A filesystem name from bytes: UTF-8, with undecodable bytes kept as surrogates (surrogateescape). */
export function fsDecode(b: Uint8Array): string {
  try {
    return textDecoderFatal.decode(b);
  } catch {
    return decodeBytes(b, 'utf-8', 'surrogateescape');
  }
}

export function fsEncode(s: string): Uint8Array {
  return encodeString(s, 'utf-8', 'surrogateescape');
}

function pathArg(fname: string, argname: string, v: PyValue, o: PathOptions = {}): PathArg {
  if (o.nullable && v === None) return { text: '.', obj: None, isBytes: false, fd: null };
  if (o.allowFd && (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean')) {
    return { text: '', obj: v, isBytes: false, fd: fdValue(v) };
  }
  const p = fspathOrNull(v);
  if (p === null) {
    if (o.allowFd && typeof v === 'object' && typeOf(v).lookup('__index__') !== undefined) {
      return { text: '', obj: v, isBytes: false, fd: fdValue(v) };
    }
    throw typeError(`${fname}: ${argname} should be ${describeAccepted(o)}, not ${typeName(v)}`);
  }
  const s = asStr(p);
  let text: string;
  let isBytes = false;
  if (s !== null) {
    text = s;
  } else {
    const data = (p as PyBytes).data;
    if (data.includes(0)) throw valueError(`${fname}: embedded null character in ${argname}`);
    text = fsDecode(data);
    isBytes = true;
  }
  if (text.includes('\0')) throw valueError(`${fname}: embedded null character in ${argname}`);
  // OSError.filename is the str or bytes path (what __fspath__ returned for a path-like object).
  return { text, obj: p, isBytes, fd: null };
}

/** A C int file descriptor argument. */
function fdValue(v: PyValue): number {
  const n = asIndex(v);
  if (typeof n === 'bigint' || n > 2147483647) throw overflowError('fd is greater than maximum');
  if (n < -2147483648) throw overflowError('fd is less than minimum');
  return n;
}

/** A name or path result in the argument's flavour: str, or bytes for a bytes argument. */
function pathResult(s: string, asBytes: boolean): PyValue {
  return asBytes ? new PyBytes(fsEncode(s)) : s;
}

/**
 * Argument Clinic binding with its positional-count messages ("stat() takes exactly 1 positional
 * argument (2 given)", "is_dir() takes no positional arguments"), then bindArgs for the rest.
 */
function clinicBind(
  fname: string,
  names: readonly string[],
  args: Args,
  kwargs: Kw,
  required = 0,
  posOnly = 0,
  kwOnlyFrom = names.length,
): (PyValue | undefined)[] {
  if (args.length > kwOnlyFrom) {
    if (kwOnlyFrom === 0) throw typeError(`${fname}() takes no positional arguments`);
    const how = Math.min(required, kwOnlyFrom) === kwOnlyFrom ? 'exactly' : 'at most';
    const s = kwOnlyFrom === 1 ? '' : 's';
    throw typeError(`${fname}() takes ${how} ${kwOnlyFrom} positional argument${s} (${args.length} given)`);
  }
  return bindArgs(fname, names, args, kwargs, required, posOnly, kwOnlyFrom);
}

function noDirFd(v: PyValue | undefined, name = 'dir_fd'): void {
  if (v !== undefined && v !== None) throw notImplementedError(`${name} unavailable on this platform`);
}

function boolArg(v: PyValue | undefined, dflt: boolean): boolean {
  return v === undefined ? dflt : truthy(v);
}

function intArg(v: PyValue): number {
  const n = asIndex(v);
  if (typeof n === 'bigint') throw overflowError('Python int too large to convert to C int');
  return n;
}

// ---- stat_result -----------------------------------------------------------------------------------

/**
 * os.stat_result: a struct sequence whose tuple part is (mode, ino, dev, nlink, uid, gid, size) and the
 * int atime/mtime/ctime as three unnamed fields; the float times, nanosecond times, blksize, blocks and
 * rdev are reachable by name only. (Indexing gives the int time, the attribute the float one.)
 */
export const statResultType = makeStructSeqType('stat_result', 'os', [
  'st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid', 'st_size', null, null, null,
  'st_atime', 'st_mtime', 'st_ctime', 'st_atime_ns', 'st_mtime_ns', 'st_ctime_ns', 'st_blksize', 'st_blocks',
  'st_rdev',
], { sequenceFields: 10 });
// statresult_new: the generic constructor, then float times not given default to the int ones.
defNew(statResultType, (cls, args, kwargs) => {
  const r = structSeqNewOf(cls, args, kwargs);
  for (let i = 0; i < 3; i++) if (r.hidden[i] === None) r.hidden[i] = r.items[7 + i];
  return r;
});

const NS_PER_S = 1000000000n;

function intOf(v: number | bigint): PyValue {
  if (typeof v === 'number') return v;
  return v >= -9007199254740991n && v <= 9007199254740991n ? Number(v) : v;
}

function statResult(st: HostStatResult): PyStructSeq {
  const secs = (ns: bigint): PyValue => intOf(ns >= 0n ? ns / NS_PER_S : -((-ns + NS_PER_S - 1n) / NS_PER_S));
  const float = (ns: bigint): PyFloat => {
    // Whole seconds plus the fraction, as CPython computes st_atime from tv_sec and tv_nsec.
    const s = ns >= 0n ? ns / NS_PER_S : -((-ns + NS_PER_S - 1n) / NS_PER_S);
    return new PyFloat(Number(s) + Number(ns - s * NS_PER_S) * 1e-9);
  };
  return structSeq(statResultType, [
    st.mode, intOf(st.ino), intOf(st.dev), st.nlink, st.uid, st.gid, intOf(st.size),
    secs(st.atimeNs), secs(st.mtimeNs), secs(st.ctimeNs),
    float(st.atimeNs), float(st.mtimeNs), float(st.ctimeNs), intOf(st.atimeNs), intOf(st.mtimeNs),
    intOf(st.ctimeNs), st.blksize, intOf(st.blocks), intOf(st.rdev),
  ]);
}

// ---- other struct sequences --------------------------------------------------------------------------

const unameResultType = makeStructSeqType('uname_result', 'posix', ['sysname', 'nodename', 'release', 'version', 'machine']);
const terminalSizeType = makeStructSeqType('terminal_size', 'os', ['columns', 'lines']);
const timesResultType = makeStructSeqType('times_result', 'posix', ['user', 'system', 'children_user', 'children_system', 'elapsed']);

// ---- DirEntry and scandir ----------------------------------------------------------------------------

const dirEntryType = makeBuiltinType('DirEntry', objectType, 'posix');
dirEntryType.isBaseType = false;
const scandirIteratorType = makeBuiltinType('ScandirIterator', objectType, 'posix');
scandirIteratorType.isBaseType = false;

class PyDirEntry extends PyObject {
  private statFollow: PyStructSeq | null = null;
  private statNoFollow: PyStructSeq | null = null;
  constructor(
    readonly host: Host,
    readonly name: PyValue,
    readonly path: PyValue,
    readonly hostPath: string,
    readonly kind: HostDirEntry['kind'],
  ) {
    super(dirEntryType);
  }

  stat(followSymlinks: boolean): PyStructSeq {
    if (followSymlinks && this.isSymlink()) {
      this.statFollow ??= statResult(osCall(() => need(this.host, 'fileStat', this.path)(this.hostPath, true), this.path));
      return this.statFollow;
    }
    this.statNoFollow ??= statResult(osCall(() => need(this.host, 'fileStat', this.path)(this.hostPath, false), this.path));
    return this.statNoFollow;
  }

  isSymlink(): boolean {
    if (this.kind !== 'unknown') return this.kind === 'symlink';
    return ((this.stat(false).items[0] as number) & S_IFMT) === S_IFLNK;
  }

  /** is_dir()/is_file(): from the directory's record when it is enough, else by stat (missing: False). */
  testMode(followSymlinks: boolean, want: number): boolean {
    if (this.kind !== 'unknown' && !(followSymlinks && this.kind === 'symlink')) {
      return want === S_IFDIR ? this.kind === 'dir' : this.kind === 'file';
    }
    let st: PyStructSeq;
    try {
      st = this.stat(followSymlinks);
    } catch (e) {
      if (e instanceof PyBaseException && e.cls === exceptionType('FileNotFoundError')) return false;
      throw e;
    }
    return ((st.items[0] as number) & S_IFMT) === want;
  }
}

const de = (v: PyValue): PyDirEntry => v as PyDirEntry;

function followArg(fname: string, args: Args, kwargs: Kw): boolean {
  const [follow] = clinicBind(fname, ['follow_symlinks'], args, kwargs, 0, 0, 0);
  return boolArg(follow, true);
}

defNew(dirEntryType, () => {
  throw typeError("cannot create 'posix.DirEntry' instances");
});
defGetSet(dirEntryType, 'name', (self) => de(self).name);
defGetSet(dirEntryType, 'path', (self) => de(self).path);
defMethod(dirEntryType, 'is_dir', (self, args, kw) => de(self).testMode(followArg('is_dir', args, kw), S_IFDIR));
defMethod(dirEntryType, 'is_file', (self, args, kw) => de(self).testMode(followArg('is_file', args, kw), S_IFREG));
defMethod(dirEntryType, 'is_symlink', (self, args, kw) => {
  noArgs('is_symlink', args, kw);
  return de(self).isSymlink();
});
defMethod(dirEntryType, 'is_junction', (self, args, kw) => {
  noArgs('is_junction', args, kw);
  return false;
});
defMethod(dirEntryType, 'stat', (self, args, kw) => de(self).stat(followArg('stat', args, kw)));
defMethod(dirEntryType, 'inode', (self, args, kw) => {
  noArgs('inode', args, kw);
  return de(self).stat(false).items[1];
});
defMethod(dirEntryType, '__fspath__', (self) => de(self).path);
defMethod(dirEntryType, '__repr__', (self) => `<DirEntry ${repr(de(self).name)}>`);
defClassMethod(dirEntryType, '__class_getitem__', (cls, args) => genericAlias(cls, oneArg('__class_getitem__', args, null)));

class ScandirIterator extends PyIterator {
  private i = 0;
  private closed = false;
  constructor(
    private readonly entries: PyDirEntry[],
  ) {
    super(scandirIteratorType);
  }
  next(): PyValue | undefined {
    if (this.closed || this.i >= this.entries.length) {
      this.closed = true;
      return undefined;
    }
    return this.entries[this.i++];
  }
  close(): void {
    this.closed = true;
  }
}
const si = (v: PyValue): ScandirIterator => v as ScandirIterator;
defMethod(scandirIteratorType, '__iter__', (self) => self);
defMethod(scandirIteratorType, '__next__', (self) => {
  const v = si(self).next();
  if (v === undefined) throw new PyBaseException(StopIteration, []);
  return v;
});
defMethod(scandirIteratorType, 'close', (self) => {
  si(self).close();
  return None;
});
defMethod(scandirIteratorType, '__enter__', (self) => self);
defMethod(scandirIteratorType, '__exit__', (self) => {
  si(self).close();
  return None;
});
defNew(scandirIteratorType, () => {
  throw typeError("cannot create 'posix.ScandirIterator' instances");
});

function joinPath(dir: string, name: string): string {
  return dir.endsWith('/') ? dir + name : `${dir}/${name}`;
}

// ---- constants -------------------------------------------------------------------------------------

/** Linux's values of the posix module's integer constants. */
const CONSTANTS: readonly [string, number][] = [
  ['CLD_CONTINUED', 6], ['CLD_DUMPED', 3], ['CLD_EXITED', 1], ['CLD_KILLED', 2], ['CLD_STOPPED', 5],
  ['CLD_TRAPPED', 4], ['EX_CANTCREAT', 73], ['EX_CONFIG', 78], ['EX_DATAERR', 65], ['EX_IOERR', 74],
  ['EX_NOHOST', 68], ['EX_NOINPUT', 66], ['EX_NOPERM', 77], ['EX_NOUSER', 67], ['EX_OK', 0], ['EX_OSERR', 71],
  ['EX_OSFILE', 72], ['EX_PROTOCOL', 76], ['EX_SOFTWARE', 70], ['EX_TEMPFAIL', 75], ['EX_UNAVAILABLE', 69],
  ['EX_USAGE', 64], ['F_LOCK', 1], ['F_OK', 0], ['F_TEST', 3], ['F_TLOCK', 2], ['F_ULOCK', 0], ['NGROUPS_MAX',
  65536], ['O_ACCMODE', 3], ['O_APPEND', 1024], ['O_ASYNC', 8192], ['O_CLOEXEC', 524288], ['O_CREAT', 64],
  ['O_DIRECT', 16384], ['O_DIRECTORY', 65536], ['O_DSYNC', 4096], ['O_EXCL', 128], ['O_LARGEFILE', 0],
  ['O_NDELAY', 2048], ['O_NOATIME', 262144], ['O_NOCTTY', 256], ['O_NOFOLLOW', 131072], ['O_NONBLOCK', 2048],
  ['O_PATH', 2097152], ['O_RDONLY', 0], ['O_RDWR', 2], ['O_RSYNC', 1052672], ['O_SYNC', 1052672],
  ['O_TMPFILE', 4259840], ['O_TRUNC', 512], ['O_WRONLY', 1], ['POSIX_FADV_DONTNEED', 4],
  ['POSIX_FADV_NOREUSE', 5], ['POSIX_FADV_NORMAL', 0], ['POSIX_FADV_RANDOM', 1], ['POSIX_FADV_SEQUENTIAL', 2],
  ['POSIX_FADV_WILLNEED', 3], ['PRIO_PGRP', 1], ['PRIO_PROCESS', 0], ['PRIO_USER', 2], ['P_ALL', 0],
  ['P_PGID', 2], ['P_PID', 1], ['RTLD_GLOBAL', 256], ['RTLD_LAZY', 1], ['RTLD_LOCAL', 0], ['RTLD_NODELETE',
  4096], ['RTLD_NOLOAD', 4], ['RTLD_NOW', 2], ['RWF_APPEND', 16], ['RWF_DSYNC', 2], ['RWF_HIPRI', 1],
  ['RWF_NOWAIT', 8], ['RWF_SYNC', 4], ['R_OK', 4], ['SCHED_BATCH', 3], ['SCHED_FIFO', 1], ['SCHED_IDLE', 5],
  ['SCHED_OTHER', 0], ['SCHED_RESET_ON_FORK', 1073741824], ['SCHED_RR', 2], ['ST_APPEND', 256],
  ['ST_MANDLOCK', 64], ['ST_NOATIME', 1024], ['ST_NODEV', 4], ['ST_NODIRATIME', 2048], ['ST_NOEXEC', 8],
  ['ST_NOSUID', 2], ['ST_RDONLY', 1], ['ST_RELATIME', 4096], ['ST_SYNCHRONOUS', 16], ['ST_WRITE', 128],
  ['TMP_MAX', 238328], ['WCONTINUED', 8], ['WEXITED', 4], ['WNOHANG', 1], ['WNOWAIT', 16777216], ['WSTOPPED',
  2], ['WUNTRACED', 2], ['W_OK', 2], ['X_OK', 1]
];

/** What os.py looks for in _have_functions: only what this module really supports. */
const HAVE_FUNCTIONS = ['HAVE_LSTAT', 'HAVE_FTRUNCATE'];

// ---- the module --------------------------------------------------------------------------------------

function makePosix(interp: Interpreter): PyModule {
  const host = interp.host;
  // Descriptor calls go through the VM's descriptor table (pipes, sockets), which passes the rest on.
  const fds = vmDescriptors(host);
  const mod = new PyModule('posix');
  const d = mod.dict;
  const def = (name: string, fn: (args: Args, kw: Kw) => PyValue): void => {
    d.setStr(name, new PyNativeFunction(name, fn, mod));
  };

  for (const [name, value] of CONSTANTS) d.setStr(name, value);
  d.setStr('error', exceptionType('OSError'));
  d.setStr('stat_result', statResultType);
  d.setStr('uname_result', unameResultType);
  d.setStr('terminal_size', terminalSizeType);
  d.setStr('times_result', timesResultType);
  d.setStr('DirEntry', dirEntryType);
  d.setStr('_have_functions', new PyList(HAVE_FUNCTIONS.slice()));
  d.setStr('environ', environDict(host));
  def('_create_environ', (args, kw) => {
    noArgs('_create_environ', args, kw);
    return environDict(host);
  });

  // -- stat --
  const statCall = (fname: string, args: Args, kw: Kw, lstat: boolean): PyValue => {
    const names = lstat ? ['path', 'dir_fd'] : ['path', 'dir_fd', 'follow_symlinks'];
    const [p, dirFd, follow] = clinicBind(fname, names, args, kw, 1, 0, 1);
    noDirFd(dirFd);
    const path = pathArg(fname, 'path', p!, { allowFd: !lstat });
    const target = path.fd !== null ? path.fd : path.text;
    const fileStat = path.fd !== null && fds.get(path.fd) !== undefined ? fds.fileStat.bind(fds) : need(host, 'fileStat', path.obj);
    return statResult(osCall(() => fileStat(target, lstat ? false : boolArg(follow, true)), path.obj));
  };
  def('stat', (args, kw) => statCall('stat', args, kw, false));
  def('lstat', (args, kw) => statCall('lstat', args, kw, true));
  def('fstat', (args, kw) => {
    const [fd] = clinicBind('fstat', ['fd'], args, kw, 1);
    const n = fdValue(fd!);
    return statResult(osCall(() => (fds.get(n) !== undefined ? fds.fileStat(n, true) : need(host, 'fileStat')(n, true))));
  });

  // -- directories --
  const listing = (fname: string, args: Args, kw: Kw): [PathArg, HostDirEntry[]] => {
    const [p] = clinicBind(fname, ['path'], args, kw, 0);
    const path = pathArg(fname, 'path', p ?? None, { allowFd: true, nullable: true });
    if (path.fd !== null) throw notImplementedError(`pyrewind: ${fname}() of a file descriptor is not supported yet`);
    const listDir = need(host, 'listDir', path.obj);
    return [path, osCall(() => listDir(path.text), path.obj)];
  };
  def('listdir', (args, kw) => {
    const [path, entries] = listing('listdir', args, kw);
    return new PyList(entries.map((e) => pathResult(e.name, path.isBytes)));
  });
  def('scandir', (args, kw) => {
    const [path, entries] = listing('scandir', args, kw);
    const base = path.obj === None ? '.' : path.text;
    return new ScandirIterator(entries.map((e) => {
      const full = joinPath(base, e.name);
      return new PyDirEntry(host, pathResult(e.name, path.isBytes), pathResult(full, path.isBytes), full, e.kind);
    }));
  });
  def('mkdir', (args, kw) => {
    const [p, mode, dirFd] = clinicBind('mkdir', ['path', 'mode', 'dir_fd'], args, kw, 1, 0, 2);
    noDirFd(dirFd);
    const path = pathArg('mkdir', 'path', p!);
    const m = mode === undefined ? 0o777 : intArg(mode);
    const makeDir = need(host, 'makeDir', path.obj);
    osCall(() => makeDir(path.text, m), path.obj);
    return None;
  });
  const onePathCall = (fname: string, method: 'removeDir' | 'unlink' | 'chdir'): void => {
    const hasDirFd = method !== 'chdir';
    def(fname, (args, kw) => {
      const [p, dirFd] = clinicBind(fname, hasDirFd ? ['path', 'dir_fd'] : ['path'], args, kw, 1, 0, 1);
      noDirFd(dirFd);
      const path = pathArg(fname, 'path', p!, { allowFd: method === 'chdir' });
      if (path.fd !== null) throw notImplementedError(`pyrewind: ${fname}() of a file descriptor is not supported yet`);
      const f = need(host, method, path.obj);
      osCall(() => f(path.text), path.obj);
      return None;
    });
  };
  onePathCall('rmdir', 'removeDir');
  onePathCall('unlink', 'unlink');
  onePathCall('remove', 'unlink');
  onePathCall('chdir', 'chdir');
  const renameCall = (fname: string): void => {
    def(fname, (args, kw) => {
      const [s, t, sfd, tfd] = clinicBind(fname, ['src', 'dst', 'src_dir_fd', 'dst_dir_fd'], args, kw, 2, 0, 2);
      noDirFd(sfd, 'src_dir_fd');
      noDirFd(tfd, 'dst_dir_fd');
      const src = pathArg(fname, 'src', s!);
      const dst = pathArg(fname, 'dst', t!);
      const rename = need(host, 'rename', src.obj);
      osCall(() => rename(src.text, dst.text), src.obj, dst.obj);
      return None;
    });
  };
  renameCall('rename');
  renameCall('replace');
  def('getcwd', (args, kw) => {
    noArgs('getcwd', args, kw);
    return host.cwd();
  });
  def('getcwdb', (args, kw) => {
    noArgs('getcwdb', args, kw);
    return new PyBytes(fsEncode(host.cwd()));
  });
  def('access', (args, kw) => {
    const [p, mode, dirFd, effective, follow] = clinicBind(
      'access', ['path', 'mode', 'dir_fd', 'effective_ids', 'follow_symlinks'], args, kw, 2, 0, 2,
    );
    noDirFd(dirFd);
    if (boolArg(effective, false)) throw notImplementedError('effective_ids unavailable on this platform');
    if (!boolArg(follow, true)) throw notImplementedError('follow_symlinks unavailable on this platform');
    const path = pathArg('access', 'path', p!);
    return need(host, 'access', path.obj)(path.text, intArg(mode!));
  });
  def('chmod', (args, kw) => {
    const [p, mode, dirFd, follow] = clinicBind('chmod', ['path', 'mode', 'dir_fd', 'follow_symlinks'], args, kw, 2, 0, 2);
    noDirFd(dirFd);
    const path = pathArg('chmod', 'path', p!, { allowFd: true });
    if (path.fd !== null) throw notImplementedError('pyrewind: chmod() of a file descriptor is not supported yet');
    const m = intArg(mode!);
    const chmod = need(host, 'chmod', path.obj);
    osCall(() => chmod(path.text, m, boolArg(follow, true)), path.obj);
    return None;
  });
  def('readlink', (args, kw) => {
    const [p, dirFd] = clinicBind('readlink', ['path', 'dir_fd'], args, kw, 1, 0, 1);
    noDirFd(dirFd);
    const path = pathArg('readlink', 'path', p!);
    const readLink = need(host, 'readLink', path.obj);
    return pathResult(osCall(() => readLink(path.text), path.obj), path.isBytes);
  });
  def('symlink', (args, kw) => {
    const [s, t, , dirFd] = clinicBind('symlink', ['src', 'dst', 'target_is_directory', 'dir_fd'], args, kw, 2, 0, 3);
    noDirFd(dirFd);
    const src = pathArg('symlink', 'src', s!);
    const dst = pathArg('symlink', 'dst', t!);
    const symlink = need(host, 'symlink', src.obj);
    osCall(() => symlink(src.text, dst.text), src.obj, dst.obj);
    return None;
  });
  def('link', (args, kw) => {
    // follow_symlinks is accepted and ignored: Linux's link(2) does not follow a symlink source either.
    const [s, t, sfd, tfd] = clinicBind(
      'link', ['src', 'dst', 'src_dir_fd', 'dst_dir_fd', 'follow_symlinks'], args, kw, 2, 0, 2,
    );
    noDirFd(sfd, 'src_dir_fd');
    noDirFd(tfd, 'dst_dir_fd');
    const src = pathArg('link', 'src', s!);
    const dst = pathArg('link', 'dst', t!);
    const link = need(host, 'link', src.obj);
    osCall(() => link(src.text, dst.text), src.obj, dst.obj);
    return None;
  });
  def('utime', (args, kw) => {
    const [p, times, ns, dirFd, follow] = clinicBind('utime', ['path', 'times', 'ns', 'dir_fd', 'follow_symlinks'], args, kw, 1, 0, 2);
    noDirFd(dirFd);
    const path = pathArg('utime', 'path', p!, { allowFd: true });
    if (path.fd !== null) throw notImplementedError('pyrewind: utime() of a file descriptor is not supported yet');
    const [atime, mtime] = utimeTimes(host, times, ns);
    const setTimes = need(host, 'setTimes', path.obj);
    osCall(() => setTimes(path.text, atime, mtime, boolArg(follow, true)), path.obj);
    return None;
  });
  def('truncate', (args, kw) => {
    const [p, length] = clinicBind('truncate', ['path', 'length'], args, kw, 2);
    const path = pathArg('truncate', 'path', p!, { allowFd: true });
    const n = lengthArg(length!, path.fd === null ? path.obj : None);
    const truncate = path.fd !== null && fds.get(path.fd) !== undefined ? fds.truncate.bind(fds) : need(host, 'truncate', path.obj);
    osCall(() => truncate(path.fd ?? path.text, n), path.obj);
    return None;
  });
  def('ftruncate', (args, kw) => {
    const [fd, length] = clinicBind('ftruncate', ['fd', 'length'], args, kw, 2);
    const n = fdValue(fd!);
    const len = lengthArg(length!);
    osCall(() => (fds.get(n) !== undefined ? fds.truncate(n, len) : need(host, 'truncate')(n, len)));
    return None;
  });

  // -- file descriptors --
  def('open', (args, kw) => {
    const [p, flags, mode, dirFd] = clinicBind('open', ['path', 'flags', 'mode', 'dir_fd'], args, kw, 2, 0, 3);
    noDirFd(dirFd);
    const path = pathArg('open', 'path', p!);
    const f = intArg(flags!);
    const m = mode === undefined ? 0o777 : intArg(mode);
    const openFd = need(host, 'openFd', path.obj);
    return osCall(() => openFd(path.text, f, m), path.obj);
  });
  def('close', (args, kw) => {
    const [fd] = clinicBind('close', ['fd'], args, kw, 1);
    const n = fdValue(fd!);
    osCall(() => fds.close(n));
    return None;
  });
  def('closerange', (args, kw) => {
    argRange('closerange', args, kw, 2, 2);
    const lo = fdValue(args[0]);
    const hi = fdValue(args[1]);
    for (let fd = Math.max(lo, 0); fd < hi && fd < lo + 65536; fd++) {
      try {
        fds.close(fd);
      } catch (e) {
        if (!(e instanceof HostOSError)) throw e;
      }
    }
    return None;
  });
  def('read', (args, kw) => {
    argRange('read', args, kw, 2, 2);
    const fd = fdValue(args[0]);
    const n = asIndex(args[1]);
    if (typeof n === 'bigint' || n < 0) {
      if (typeof n === 'bigint' && n > 0n) throw overflowError('Python int too large to convert to C ssize_t');
      throw posixError(EINVAL, strerror(EINVAL));
    }
    return new PyBytes(osCall(() => fds.read(fd, n)));
  });
  def('write', (args, kw) => {
    argRange('write', args, kw, 2, 2);
    const fd = fdValue(args[0]);
    const data = bytesLikeData(args[1]);
    if (data === null) throw typeError(`a bytes-like object is required, not '${typeName(args[1])}'`);
    const copy = data.slice();
    osCall(() => fds.write(fd, copy));
    // A tracer (the recorder) sees what the program writes to stdout/stderr as it writes it.
    if (fd === 1 || fd === 2) reportOutput(fd, copy);
    return copy.length;
  });
  def('pipe', (args, kw) => {
    noArgs('posix.pipe', args, kw);
    const [r, w] = osCall(() => makePipe(fds));
    return new PyTuple([r, w]);
  });
  def('lseek', (args, kw) => {
    noKwargs('posix.lseek', kw);
    if (args.length !== 3) throw typeError(`lseek expected 3 arguments, got ${args.length}`);
    const fd = fdValue(args[0]);
    const pos = asIndex(args[1]);
    if (typeof pos === 'bigint') throw overflowError('Python int too large to convert to C long');
    const how = asIndex(args[2]);
    if (typeof how === 'bigint' || how > 2147483647 || how < -2147483648) {
      throw overflowError('Python int too large to convert to C int');
    }
    return osCall(() => fds.seek(fd, pos, how));
  });
  def('isatty', (args, kw) => {
    const fd = fdValue(oneArg('isatty', args, kw));
    return fds.isatty(fd);
  });
  def('fsync', (args, kw) => {
    oneArg('fsync', args, kw);
    return None;
  });
  def('device_encoding', (args, kw) => {
    const [fd] = clinicBind('device_encoding', ['fd'], args, kw, 1);
    return fds.isatty(fdValue(fd!)) ? 'utf-8' : None;
  });
  def('get_terminal_size', (args, kw) => {
    argRange('get_terminal_size', args, kw, 0, 1);
    const fd = args.length > 0 ? fdValue(args[0]) : 1;
    const size = osCall(() => {
      if (host.terminalSize === undefined) throw new HostOSError(ENOTTY, strerror(ENOTTY));
      return host.terminalSize(fd);
    });
    return structSeq(terminalSizeType, [size.columns, size.lines]);
  });

  // -- process --
  const ids = (): ReturnType<NonNullable<Host['processIds']>> => need(host, 'processIds')();
  const idCall = (name: string, pick: (i: ReturnType<typeof ids>) => number): void => {
    def(name, (args, kw) => {
      noArgs(name, args, kw);
      return pick(ids());
    });
  };
  idCall('getpid', (i) => i.pid);
  idCall('getppid', (i) => i.ppid);
  idCall('getuid', (i) => i.uid);
  idCall('geteuid', (i) => i.euid);
  idCall('getgid', (i) => i.gid);
  idCall('getegid', (i) => i.egid);
  def('uname', (args, kw) => {
    noArgs('uname', args, kw);
    const u = need(host, 'uname')();
    return structSeq(unameResultType, [u.sysname, u.nodename, u.release, u.version, u.machine]);
  });
  // times(): the host has no CPU-time clock, so user time is the monotonic time since this module was
  // set up (as time.process_time measures it here), system and children times 0, and elapsed the
  // monotonic clock itself (CPython's times(2) ticks since an arbitrary point in the past).
  const timesStart = host.monotonicNs();
  def('times', (args, kw) => {
    noArgs('times', args, kw);
    const now = host.monotonicNs();
    const user = new PyFloat(Number(now - timesStart) / 1e9);
    return structSeq(timesResultType, [user, new PyFloat(0), new PyFloat(0), new PyFloat(0), new PyFloat(Number(now) / 1e9)]);
  });
  def('cpu_count', (args, kw) => {
    noArgs('cpu_count', args, kw);
    const n = host.cpuCount === undefined ? null : host.cpuCount();
    return n === null ? None : n;
  });
  def('umask', (args, kw) => {
    const mask = intArg(oneArg('umask', args, kw));
    return need(host, 'umask')(mask);
  });
  def('_exit', (args, kw) => {
    const [status] = clinicBind('_exit', ['status'], args, kw, 1);
    throw new ProcessExit(intArg(status!) & 0xff);
  });
  waitStatusFunctions(def);

  // -- environment --
  def('putenv', (args, kw) => {
    argRange('putenv', args, kw, 2, 2);
    const name = envName(args[0]);
    const value = envText(args[1]);
    need(host, 'setEnv')(name, value);
    return None;
  });
  def('unsetenv', (args, kw) => {
    const name = envName(oneArg('unsetenv', args, kw));
    need(host, 'setEnv')(name, null);
    return None;
  });

  // -- misc --
  def('urandom', (args, kw) => {
    const [size] = clinicBind('urandom', ['size'], args, kw, 1);
    const n = asIndex(size!);
    if (typeof n === 'bigint') {
      if (n < 0n) throw valueError('negative argument not allowed');
      throw overflowError('Python int too large to convert to C ssize_t');
    }
    if (n < 0) throw valueError('negative argument not allowed');
    return new PyBytes(n === 0 ? new Uint8Array(0) : host.randomBytes(n));
  });
  def('strerror', (args, kw) => {
    const [code] = clinicBind('strerror', ['code'], args, kw, 1);
    return strerror(intArg(code!));
  });
  def('fspath', (args, kw) => {
    const [path] = clinicBind('fspath', ['path'], args, kw, 1);
    return fspath(path!);
  });
  defineChildProcessFunctions(mod);
  return mod;
}

/** posix.environ: the host's environment as a dict of bytes to bytes. */
function environDict(host: Host): PyDict {
  const d = new PyDict();
  for (const [k, v] of Object.entries(host.env())) d.set(new PyBytes(fsEncode(k)), new PyBytes(fsEncode(v)));
  return d;
}

/** A putenv/unsetenv argument: str or bytes (PyUnicode_FSConverter), no NUL. */
function envText(v: PyValue): string {
  const p = fspathOrNull(v);
  if (p === null) throw typeError(`expected str, bytes or os.PathLike object, not ${typeName(v)}`);
  const s = asStr(p) ?? fsDecode((p as PyBytes).data);
  if (s.includes('\0')) throw valueError('embedded null byte');
  return s;
}

/** A file length; negative ones fail as truncate(2) does, with EINVAL naming the path. */
/** A variable name for putenv/unsetenv: '=' is refused by CPython, '' by setenv(3) itself. */
function envName(v: PyValue): string {
  const name = envText(v);
  if (name.includes('=')) throw valueError('illegal environment variable name');
  if (name.length === 0) throw posixError(EINVAL, strerror(EINVAL));
  return name;
}

function lengthArg(v: PyValue, filename: PyValue = None): number {
  const n = asIndex(v);
  if (typeof n === 'bigint') throw overflowError('Python int too large to convert to C long');
  if (n < 0) throw posixError(EINVAL, strerror(EINVAL), filename);
  return n;
}

/** utime()'s times=(atime, mtime) in seconds or ns=(atime_ns, mtime_ns), or now. In nanoseconds. */
function utimeTimes(host: Host, times: PyValue | undefined, ns: PyValue | undefined): [bigint, bigint] {
  const hasTimes = times !== undefined && times !== None;
  if (hasTimes && ns !== undefined) throw valueError("utime: you may specify either 'times' or 'ns' but not both");
  if (hasTimes) {
    if (!(times instanceof PyTuple) || times.items.length !== 2) {
      throw typeError("utime: 'times' must be either a tuple of two ints or None");
    }
    return [secondsToNs(times.items[0]), secondsToNs(times.items[1])];
  }
  if (ns !== undefined) {
    if (!(ns instanceof PyTuple) || ns.items.length !== 2) throw typeError("utime: 'ns' must be a tuple of two ints");
    const conv = (v: PyValue): bigint => {
      if (typeof v !== 'number' && typeof v !== 'bigint') throw typeError(`'${typeName(v)}' object cannot be interpreted as an integer`);
      return BigInt(v);
    };
    return [conv(ns.items[0]), conv(ns.items[1])];
  }
  const now = BigInt(Math.round(host.timeSeconds() * 1e6)) * 1000n;
  return [now, now];
}

function secondsToNs(v: PyValue): bigint {
  if (v instanceof PyFloat) {
    if (!Number.isFinite(v.value)) throw valueError('Invalid value NaN (not a number)');
    return BigInt(Math.round(v.value * 1e9));
  }
  if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean') return BigInt(asIndex(v)) * NS_PER_S;
  throw typeError(`'${typeName(v)}' object cannot be interpreted as an integer or float`);
}

/** The wait-status macros (WIFEXITED, WEXITSTATUS, ...) and waitstatus_to_exitcode. */
function waitStatusFunctions(def: (name: string, fn: (args: Args, kw: Kw) => PyValue) => void): void {
  const macro = (name: string, f: (s: number) => PyValue): void => {
    def(name, (args, kw) => {
      const [status] = clinicBind(name, ['status'], args, kw, 1);
      return f(intArg(status!));
    });
  };
  macro('WIFEXITED', (s) => (s & 0x7f) === 0);
  macro('WEXITSTATUS', (s) => (s >> 8) & 0xff);
  macro('WIFSIGNALED', (s) => (s & 0x7f) !== 0 && (s & 0x7f) !== 0x7f);
  macro('WTERMSIG', (s) => s & 0x7f);
  macro('WIFSTOPPED', (s) => (s & 0xff) === 0x7f);
  macro('WSTOPSIG', (s) => (s >> 8) & 0xff);
  macro('WCOREDUMP', (s) => (s & 0x80) !== 0);
  macro('WIFCONTINUED', (s) => s === 0xffff);
  macro('waitstatus_to_exitcode', (s) => {
    if ((s & 0x7f) === 0) return (s >> 8) & 0xff;
    if ((s & 0x7f) !== 0x7f) return -(s & 0x7f);
    throw valueError(`invalid WEXITSTATUS: ${s}`);
  });
}

registerNativeModule('posix', makePosix);
