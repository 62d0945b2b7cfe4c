// The sys module: interpreter state visible to programs (argv, path, modules, standard streams,
// recursion limit, exception state, version information) and sys.exit.

import { PyValue, PyType, typeName } from '../objects/object.js';
import { simpleNamespace } from '../objects/simple_namespace.js';
import { PyModule } from '../objects/module.js';
import { PyDict } from '../objects/dict.js';
import { PyList } from '../objects/list.js';
import { PyTuple, tuple } from '../objects/tuple.js';
import { PyFloat } from '../objects/float.js';
import { newSet, frozensetType } from '../objects/set.js';
import { PyNativeFunction, argRange, bindArgs, noArgs, oneArg } from '../objects/native.js';
import { None } from '../objects/singletons.js';
import { PyBaseException, SystemExit, excSetAttr } from '../objects/exceptions.js';
import { makeStructSeqType, structSeq } from '../objects/structseq.js';
import { getAsyncGenHooks, setAsyncGenHooks } from '../opcodes/async.js';
import { asIndex, repr } from '../runtime/protocols.js';
import { getAttr } from '../runtime/attributes.js';
import { callObject } from '../runtime/call.js';
import { formatException } from '../runtime/traceback.js';
import { typeError, valueError, overflowError, runtimeError } from '../runtime/raise.js';
import { getIntMaxStrDigits, setIntMaxStrDigits, DEFAULT_MAX_STR_DIGITS } from '../numeric/int_math.js';
import { PYTHON_VERSION } from '../bytecode/opcodes.js';
import { nativeModuleNames } from './registry.js';
import { nativeImporterFor } from './importlib_bridge.js';
import { makeBreakpointHook } from './breakpoint.js';
import { MAIN_THREAD_IDENT } from './thread.js';
import { warnAt } from './warnings.js';
import { asDouble } from '../objects/float_type.js';
import { exceptionType } from '../objects/exceptions.js';
import { invalidateTypeCaches } from '../objects/object.js';
import { defaultHookFor } from './unraisable.js';
import { makeMonitoring, defineTraceFunctions } from './sys_monitoring.js';
import { sizeOf } from './sys_sizeof.js';
import type { Interpreter } from '../runtime/interpreter.js';

const versionInfoType = makeStructSeqType('version_info', 'sys', ['major', 'minor', 'micro', 'releaselevel', 'serial'], {
  constructible: false,
});
// sys.flags: a struct sequence of 18 items; gil, thread_inherit_context and context_aware_warnings are
// fields past n_sequence_fields (attributes only: not in the tuple, its len() or its repr), with the
// values of a GIL build (flags_desc in Python/sysmodule.c).
const flagsType = makeStructSeqType('flags', 'sys', [
  'debug', 'inspect', 'interactive', 'optimize', 'dont_write_bytecode', 'no_user_site', 'no_site',
  'ignore_environment', 'verbose', 'bytes_warning', 'quiet', 'hash_randomization', 'isolated', 'dev_mode',
  'utf8_mode', 'warn_default_encoding', 'safe_path', 'int_max_str_digits',
  'gil', 'thread_inherit_context', 'context_aware_warnings',
], { sequenceFields: 18, constructible: false });
const threadInfoType = makeStructSeqType('thread_info', 'sys', ['name', 'lock', 'version']);
const floatInfoType = makeStructSeqType('float_info', 'sys', [
  'max', 'max_exp', 'max_10_exp', 'min', 'min_exp', 'min_10_exp', 'dig', 'mant_dig', 'epsilon', 'radix', 'rounds',
]);
const hashInfoType = makeStructSeqType('hash_info', 'sys', [
  'width', 'modulus', 'inf', 'nan', 'imag', 'algorithm', 'hash_bits', 'seed_bits', 'cutoff',
]);
const intInfoType = makeStructSeqType('int_info', 'sys', [
  'bits_per_digit', 'sizeof_digit', 'default_max_str_digits', 'str_digits_check_threshold',
]);

/** sys.stdlib_module_names: CPython 3.14's list (traceback's "Did you forget to import" hint reads it). */
const STDLIB_MODULE_NAMES =
  '__future__ _abc _aix_support _android_support _apple_support _ast _ast_unparse _asyncio _bisect _blake2 ' +
  '_bz2 _codecs _codecs_cn _codecs_hk _codecs_iso2022 _codecs_jp _codecs_kr _codecs_tw _collections ' +
  '_collections_abc _colorize _compat_pickle _contextvars _csv _ctypes _curses _curses_panel _datetime _dbm ' +
  '_decimal _elementtree _frozen_importlib _frozen_importlib_external _functools _gdbm _hashlib _heapq ' +
  '_hmac _imp _interpchannels _interpqueues _interpreters _io _ios_support _json _locale _lsprof _lzma ' +
  '_markupbase _md5 _multibytecodec _multiprocessing _opcode _opcode_metadata _operator _osx_support ' +
  '_overlapped _pickle _posixshmem _posixsubprocess _py_abc _py_warnings _pydatetime _pydecimal _pyio ' +
  '_pylong _pyrepl _queue _random _remote_debugging _scproxy _sha1 _sha2 _sha3 _signal _sitebuiltins ' +
  '_socket _sqlite3 _sre _ssl _stat _statistics _string _strptime _struct _suggestions _symtable _sysconfig ' +
  '_thread _threading_local _tkinter _tokenize _tracemalloc _types _typing _uuid _warnings _weakref ' +
  '_weakrefset _winapi _wmi _zoneinfo _zstd abc annotationlib antigravity argparse array ast asyncio atexit ' +
  'base64 bdb binascii bisect builtins bz2 cProfile calendar cmath cmd code codecs codeop collections ' +
  'colorsys compileall compression concurrent configparser contextlib contextvars copy copyreg csv ctypes ' +
  'curses dataclasses datetime dbm decimal difflib dis doctest email encodings ensurepip enum errno ' +
  'faulthandler fcntl filecmp fileinput fnmatch fractions ftplib functools gc genericpath getopt getpass ' +
  'gettext glob graphlib grp gzip hashlib heapq hmac html http idlelib imaplib importlib inspect io ' +
  'ipaddress itertools json keyword linecache locale logging lzma mailbox marshal math mimetypes mmap ' +
  'modulefinder msvcrt multiprocessing netrc nt ntpath nturl2path numbers opcode operator optparse os ' +
  'pathlib pdb pickle pickletools pkgutil platform plistlib poplib posix posixpath pprint profile pstats ' +
  'pty pwd py_compile pyclbr pydoc pydoc_data pyexpat queue quopri random re readline reprlib resource ' +
  'rlcompleter runpy sched secrets select selectors shelve shlex shutil signal site smtplib socket ' +
  'socketserver sqlite3 sre_compile sre_constants sre_parse ssl stat statistics string stringprep struct ' +
  'subprocess symtable sys sysconfig syslog tabnanny tarfile tempfile termios textwrap this threading time ' +
  'timeit tkinter token tokenize tomllib trace traceback tracemalloc tty turtle turtledemo types typing ' +
  'unicodedata unittest urllib uuid venv warnings wave weakref webbrowser winreg winsound wsgiref xml ' +
  'xmlrpc zipapp zipfile zipimport zlib zoneinfo';

export interface SysOptions {
  argv: string[];
  path: string[];
  executable: string;
  stdin: PyValue;
  stdout: PyValue;
  stderr: PyValue;
}

export function makeSys(interp: Interpreter, opts: SysOptions): PyModule {
  const d = new PyDict();
  const mod = new PyModule('sys', d);
  const def = (name: string, fn: (args: PyValue[], kw: Map<string, PyValue> | null) => PyValue): void => {
    d.setStr(name, new PyNativeFunction(name, fn, mod));
  };
  const [maj, min, mic] = PYTHON_VERSION.split('.').map(Number);
  d.setStr('argv', new PyList(opts.argv.slice()));
  d.setStr('orig_argv', new PyList(['python3', ...opts.argv]));
  d.setStr('path', new PyList(opts.path.slice()));
  d.setStr('modules', interp.modules);
  // The finder of the import statement's own importer, so that importlib (import_module, find_spec)
  // finds what `import` finds; importlib's setup puts its BuiltinImporter and FrozenImporter first.
  d.setStr('meta_path', new PyList([nativeImporterFor(interp)]));
  d.setStr('path_hooks', new PyList([]));
  d.setStr('path_importer_cache', new PyDict());
  d.setStr('stdin', opts.stdin);
  d.setStr('stdout', opts.stdout);
  d.setStr('stderr', opts.stderr);
  d.setStr('__stdin__', opts.stdin);
  d.setStr('__stdout__', opts.stdout);
  d.setStr('__stderr__', opts.stderr);
  d.setStr('version', `${PYTHON_VERSION} (pyrewind) [TypeScript]`);
  d.setStr('version_info', structSeq(versionInfoType, [maj, min, mic, 'final', 0]));
  d.setStr('hexversion', (maj << 24) | (min << 16) | (mic << 8) | 0xf0);
  d.setStr('api_version', 1013);
  d.setStr('implementation', simpleNamespace([
    ['name', 'cpython'],
    ['cache_tag', `cpython-${maj}${min}`],
    ['version', structSeq(versionInfoType, [maj, min, mic, 'final', 0])],
    ['hexversion', (maj << 24) | (min << 16) | (mic << 8) | 0xf0],
    ['_multiarch', 'x86_64-linux-gnu'],
    ['supports_isolated_interpreters', true],
  ]));
  d.setStr('maxsize', 9223372036854775807n);
  d.setStr('maxunicode', 0x10ffff);
  d.setStr('byteorder', 'little');
  d.setStr('platform', 'linux');
  d.setStr('executable', opts.executable);
  d.setStr('prefix', '/usr');
  d.setStr('exec_prefix', '/usr');
  d.setStr('base_prefix', '/usr');
  d.setStr('base_exec_prefix', '/usr');
  d.setStr('abiflags', '');
  d.setStr('float_repr_style', 'short');
  d.setStr('dont_write_bytecode', true);
  d.setStr('warnoptions', new PyList([]));
  d.setStr('_xoptions', new PyDict());
  d.setStr('stdlib_module_names', newSet(STDLIB_MODULE_NAMES.split(' '), frozensetType));
  d.setStr('builtin_module_names', tuple(['builtins', 'sys', ...nativeModuleNames()].sort()));
  // Every interpreter starts with CPython's default limit (the setting is process-wide in numeric/).
  setIntMaxStrDigits(DEFAULT_MAX_STR_DIGITS);
  const makeFlags = () => structSeq(flagsType, [
    0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 1, 0, false, 0, 0, false, getIntMaxStrDigits(), 1, 0, 0,
  ]);
  d.setStr('flags', makeFlags());
  // CPython on Linux: POSIX threads, locks on semaphores; the version is glibc's pthread library's
  // (confstr), which pyrewind does not run on: None, as where confstr cannot tell.
  d.setStr('thread_info', structSeq(threadInfoType, ['pthread', 'semaphore', None]));
  d.setStr('float_info', structSeq(floatInfoType, [
    new PyFloat(Number.MAX_VALUE), 1024, 308, new PyFloat(2.2250738585072014e-308), -1021, -307, 15, 53,
    new PyFloat(Number.EPSILON), 2, 1,
  ]));
  d.setStr('hash_info', structSeq(hashInfoType, [64, 2305843009213693951n, 314159, 0, 1000003, 'siphash13', 64, 128, 0]));
  d.setStr('int_info', structSeq(intInfoType, [30, 4, DEFAULT_MAX_STR_DIGITS, 640]));
  // PEP 669's namespace; pyrewind generates no monitoring events (see sys_monitoring.ts).
  d.setStr('monitoring', makeMonitoring());
  // sys.settrace, sys.setprofile and their getters (vm/runtime/sys_trace.ts calls the functions).
  defineTraceFunctions(mod, interp);

  def('exit', (args) => {
    argRange('exit', args, null, 0, 1);
    const e = new PyBaseException(SystemExit, args.slice());
    excSetAttr(e, 'code', args.length === 0 ? None : args[0]);
    throw e;
  });
  def('getrecursionlimit', () => interp.recursionLimit);
  def('get_asyncgen_hooks', () => getAsyncGenHooks());
  def('set_asyncgen_hooks', (args, kw) => setAsyncGenHooks(args, kw));
  def('setrecursionlimit', (args) => {
    const n = asIndex(args[0], () => typeError(`'${typeName(args[0])}' object cannot be interpreted as an integer`));
    if (typeof n === 'bigint' || n < 1) throw valueError('recursion limit must be greater or equal than 1');
    if (n <= interp.depth) {
      throw new PyBaseException(interp.builtins.getStr('RecursionError') as never, [
        `cannot set the recursion limit to ${n} at the recursion depth ${interp.depth}: the limit is too low`,
      ]);
    }
    interp.recursionLimit = n;
    return None;
  });
  def('exception', () => interp.excInfo);
  def('exc_info', () => {
    const e = interp.excInfo;
    if (!(e instanceof PyBaseException)) return new PyTuple([None, None, None]);
    return new PyTuple([e.cls, e, e.traceback ?? None]);
  });
  def('getsizeof', (args, kw) => {
    const [o, dflt] = getsizeofArgs(args, kw);
    if (dflt === undefined) return sizeOf(o);
    try {
      return sizeOf(o);
    } catch (e) {
      // Only a TypeError gives way to the default (sys_getsizeof).
      if (e instanceof PyBaseException && e.cls.isSubtypeOf(exceptionType('TypeError'))) return dflt;
      throw e;
    }
  });
  def('intern', (args) => {
    if (typeof args[0] !== 'string') throw typeError(`intern() argument must be str, not ${typeName(args[0])}`);
    return args[0];
  });
  def('getdefaultencoding', () => 'utf-8');
  def('getfilesystemencoding', () => 'utf-8');
  def('getfilesystemencodeerrors', () => 'surrogateescape');
  def('is_finalizing', () => false);
  def('audit', () => None);
  def('get_int_max_str_digits', (args, kw) => {
    noArgs('sys.get_int_max_str_digits', args, kw);
    return getIntMaxStrDigits();
  });
  def('set_int_max_str_digits', (args, kw) => {
    const fname = 'set_int_max_str_digits';
    if (args.length > 1 || (kw !== null && args.length + kw.size > 1)) {
      throw typeError(`${fname}() takes at most 1 argument (${args.length + (kw?.size ?? 0)} given)`);
    }
    const v = args.length === 1 ? args[0] : kw?.get('maxdigits');
    if (v === undefined) throw typeError(`${fname}() missing required argument 'maxdigits' (pos 1)`);
    const n = asIndex(v, () => typeError(`'${typeName(v)}' object cannot be interpreted as an integer`));
    if (typeof n === 'bigint' || n > 0x7fffffff || n < -0x80000000) throw overflowError('Python int too large to convert to C int');
    setIntMaxStrDigits(n);
    d.setStr('flags', makeFlags());
    return None;
  });
  // The default hooks: what the interactive interpreter does with an expression's value, and the
  // report of an uncaught exception on sys.stderr.
  def('displayhook', (args, kw) => {
    const v = oneArg('sys.displayhook', args, kw);
    if (v === None) return None;
    interp.builtins.setStr('_', None);
    const out = d.getStr('stdout');
    if (out === undefined || out === None) throw runtimeError('lost sys.stdout');
    callObject(getAttr(out, 'write'), [`${repr(v)}\n`]);
    interp.builtins.setStr('_', v);
    return None;
  });
  def('excepthook', (args, kw) => {
    argRange('excepthook', args, kw, 3, 3);
    const value = args[1];
    if (!(value instanceof PyBaseException)) {
      throw typeError(`print_exception(): Exception expected for value, ${typeName(value)} found`);
    }
    const err = d.getStr('stderr');
    if (err === undefined || err === None) throw runtimeError('lost sys.stderr');
    callObject(getAttr(err, 'write'), [formatException(value, interp.host)]);
    return None;
  });
  d.setStr('__displayhook__', d.getStr('displayhook')!);
  d.setStr('__excepthook__', d.getStr('excepthook')!);
  // The default sys.unraisablehook (vm/modules/unraisable.ts writes its report).
  d.setStr('unraisablehook', defaultHookFor(interp));
  d.setStr('__unraisablehook__', defaultHookFor(interp));
  // dataclasses(slots=True) drops the old class's __dict__/__weakref__ descriptors before remaking it.
  def('_clear_type_descriptors', (args, kw) => {
    if ((kw !== null && kw.size > 0) || args.length !== 1) {
      if (kw !== null && kw.size > 0) throw typeError('sys._clear_type_descriptors() takes no keyword arguments');
      throw typeError(`sys._clear_type_descriptors() takes exactly one argument (${args.length} given)`);
    }
    const t = args[0];
    if (!(t instanceof PyType)) throw typeError(`_clear_type_descriptors() argument must be type, not ${typeName(t)}`);
    if (!t.isUserClass) throw typeError('argument is immutable');
    t.deleteAttr('__dict__');
    t.deleteAttr('__weakref__');
    return None;
  });
  const hook = makeBreakpointHook(interp, mod);
  d.setStr('breakpointhook', hook);
  d.setStr('__breakpointhook__', hook);
  d.setStr('pycache_prefix', None);
  d.setStr('platlibdir', 'lib');
  // Where the standard library's modules are read from (pyodide's python_stdlib.zip for the Node host).
  d.setStr('_stdlib_dir', interp.host.stdlibPath ?? None);
  d.setStr('copyright', COPYRIGHT);
  // pyrewind runs only the main thread (vm/modules/thread.ts), so no switch ever happens; the interval
  // is still a setting that a program can set and read back, as in CPython.
  def('getswitchinterval', (args, kw) => {
    noArgs('sys.getswitchinterval', args, kw);
    return new PyFloat(interp.switchInterval);
  });
  def('setswitchinterval', (args, kw) => {
    const v = asDouble(oneArg('sys.setswitchinterval', args, kw));
    if (!(v > 0)) throw valueError('switch interval must be strictly positive');
    // How long a thread runs before another gets its turn (vm/runtime/threads.ts).
    interp.switchInterval = v;
    interp.threads?.setSwitchInterval(v);
    return None;
  });
  def('_is_gil_enabled', (args, kw) => {
    noArgs('sys._is_gil_enabled', args, kw);
    return true;
  });
  // Each thread's topmost frame, and the exception it is handling: newest thread first, as CPython
  // walks its list of thread states.
  const eachThread = (f: (ident: number, frame: PyValue | null, exc: PyValue) => void): void => {
    const threads = interp.threads;
    if (threads === null) {
      f(MAIN_THREAD_IDENT, interp.frame, interp.excInfo);
      return;
    }
    for (let i = threads.live.length - 1; i >= 0; i--) {
      const t = threads.live[i];
      const running = t === threads.current;
      f(t.ident, running ? interp.frame : t.frame, running ? interp.excInfo : t.excInfo);
    }
  };
  def('_current_frames', (args, kw) => {
    noArgs('sys._current_frames', args, kw);
    const frames = new PyDict();
    eachThread((ident, frame) => {
      if (frame !== null) frames.set(ident, frame);
    });
    return frames;
  });
  def('_current_exceptions', (args, kw) => {
    noArgs('sys._current_exceptions', args, kw);
    const excs = new PyDict();
    eachThread((ident, _frame, exc) => excs.set(ident, exc instanceof PyBaseException ? exc : None));
    return excs;
  });
  def('_clear_internal_caches', (args, kw) => {
    noArgs('sys._clear_internal_caches', args, kw);
    invalidateTypeCaches();
    return None;
  });
  def('_clear_type_cache', (args, kw) => {
    noArgs('sys._clear_type_cache', args, kw);
    warnAt(interp, exceptionType('DeprecationWarning'),
      'sys._clear_type_cache() is deprecated and scheduled for removal in a future version. Use sys._clear_internal_caches() instead.');
    invalidateTypeCaches();
    return None;
  });
  // The __name__ of the module of the frame `depth` calls up (None past the outermost), without
  // making a frame object as _getframe does.
  def('_getframemodulename', (args, kw) => {
    const [depthArg] = bindArgs('_getframemodulename', ['depth'], args, kw);
    let depth = depthArg === undefined ? 0 : asIndex(depthArg);
    let f = interp.frame;
    while (f !== null && depth > 0) {
      f = f.back;
      depth = typeof depth === 'bigint' ? depth - 1n : depth - 1;
    }
    if (f === null) return None;
    return f.globals.getStr('__name__') ?? None;
  });
  def('_getframe', (args) => {
    let depth = args.length > 0 ? (asIndex(args[0]) as number) : 0;
    let f = interp.frame;
    while (depth > 0 && f !== null) {
      f = f.back;
      depth--;
    }
    if (f === null) throw valueError('call stack is not deep enough');
    return f;
  });
  return mod;
}

/** getsizeof(object, default=<none>), parsed as PyArg_ParseTupleAndKeywords("O|O:getsizeof") does. */
function getsizeofArgs(args: PyValue[], kw: Map<string, PyValue> | null): [PyValue, PyValue | undefined] {
  const names = ['object', 'default'];
  const total = args.length + (kw?.size ?? 0);
  if (total > 2) throw typeError(`getsizeof() takes at most 2 arguments (${total} given)`);
  const values: (PyValue | undefined)[] = [];
  for (let i = 0; i < names.length; i++) {
    const byName = kw?.get(names[i]);
    if (i < args.length) {
      if (byName !== undefined) {
        throw typeError(`argument for getsizeof() given by name ('${names[i]}') and position (${i + 1})`);
      }
      values.push(args[i]);
    } else {
      if (byName === undefined && i === 0) throw typeError("getsizeof() missing required argument 'object' (pos 1)");
      values.push(byName);
    }
  }
  if (kw !== null) {
    for (const key of kw.keys()) {
      if (!names.includes(key)) throw typeError(`getsizeof() got an unexpected keyword argument '${key}'`);
    }
  }
  return [values[0]!, values[1]];
}

/** sys.copyright, CPython's text. */
const COPYRIGHT =
  'Copyright (c) 2001 Python Software Foundation.\nAll Rights Reserved.\n\n' +
  'Copyright (c) 2000 BeOpen.com.\nAll Rights Reserved.\n\n' +
  'Copyright (c) 1995-2001 Corporation for National Research Initiatives.\nAll Rights Reserved.\n\n' +
  'Copyright (c) 1991-1995 Stichting Mathematisch Centrum, Amsterdam.\nAll Rights Reserved.';
