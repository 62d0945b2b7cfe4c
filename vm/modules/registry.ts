// The native modules pyrewind implements in TypeScript (CPython's C modules), by name, and the list of
// CPython's C module names, so that importing one pyrewind lacks says so plainly.
//
// Every native module gets the attributes CPython gives a built-in module (__doc__, __package__,
// __spec__, __loader__) from the hook vm/modules/importlib_bridge.ts installs, which knows importlib.
// This file imports nothing at run time: it is loaded before almost everything else.

import type { PyModule } from '../objects/module.js';
import type { Interpreter } from '../runtime/interpreter.js';

export type ModuleFactory = (interp: Interpreter) => PyModule;
/**
 * The part of a module's setup that may import other modules (CPython's Py_mod_exec slot): it runs
 * once the module is in sys.modules, so that an import of the module from those imports finds it
 * (Lib/zoneinfo/__init__.py imports _zoneinfo while _zoneinfo's setup imports zoneinfo._tzpath).
 */
export type ModuleExec = (interp: Interpreter, mod: PyModule) => void;

/** How a native module is made: `create` builds it (its doc, spec...), `exec` completes it. */
export interface NativeModuleLoader {
  /**
   * Builds the module; `publish`, if given, receives it before its attributes are completed (the
   * import system puts it in sys.modules there: completing them may set up importlib, which imports
   * some native modules, _imp among them, while they are being created).
   */
  create(interp: Interpreter, publish?: (mod: PyModule) => void): PyModule;
  exec(interp: Interpreter, mod: PyModule): void;
}

const factories = new Map<string, { make: ModuleFactory; exec: ModuleExec | null }>();

/** The modules whose factory is running, per interpreter: a factory must not be re-entered. */
const creating = new WeakMap<Interpreter, Set<string>>();

/**
 * Registers a native module. A factory that imports modules which may import this one back must do
 * those imports in `exec`, not in `factory`.
 */
export function registerNativeModule(name: string, factory: ModuleFactory, exec: ModuleExec | null = null): void {
  factories.set(name, { make: factory, exec });
}

/** The two phases of creating native module `name`, for the import system; undefined if there is none. */
export function nativeModuleLoader(name: string): NativeModuleLoader | undefined {
  const entry = factories.get(name);
  if (entry === undefined) return undefined;
  return {
    create: (interp, publish) => {
      let names = creating.get(interp);
      if (names === undefined) creating.set(interp, (names = new Set()));
      // Re-entering would run the setup twice: a factory importing its own importers is a pyrewind bug
      // (those imports belong in its exec function). Plain Error: this file imports nothing at run time.
      if (names.has(name)) throw new Error(`native module '${name}' was imported again by its own factory; move those imports to its exec function`);
      names.add(name);
      let mod: PyModule;
      try {
        mod = entry.make(interp);
      } finally {
        names.delete(name);
      }
      publish?.(mod);
      initBuiltinModuleAttrs(interp, name, mod);
      return mod;
    },
    exec: (interp, mod) => {
      if (entry.exec !== null) entry.exec(interp, mod);
    },
  };
}

/** A complete native module `name` (both phases, outside sys.modules), or undefined if there is none. */
export function nativeModuleFactory(name: string): ModuleFactory | undefined {
  const loader = nativeModuleLoader(name);
  if (loader === undefined) return undefined;
  return (interp) => {
    const mod = loader.create(interp);
    loader.exec(interp, mod);
    return mod;
  };
}

export type ModuleInit = (interp: Interpreter, name: string, mod: PyModule) => void;
let initBuiltinModuleAttrs: ModuleInit = () => {};

/** Installs what completes each new native module's attributes (importlib_bridge.ts does). */
export function setBuiltinModuleInit(init: ModuleInit): void {
  initBuiltinModuleAttrs = init;
}

export type SourceModuleInit = (interp: Interpreter, mod: PyModule) => void;
let initSourceModuleAttrs: SourceModuleInit = () => {};

/** Installs what gives a source module the import statement creates its __spec__ and __loader__. */
export function setSourceModuleInit(init: SourceModuleInit): void {
  initSourceModuleAttrs = init;
}

/** __spec__ and __loader__ of a source module (its __file__, and __path__ for a package, already set). */
export function initSourceModule(interp: Interpreter, mod: PyModule): void {
  initSourceModuleAttrs(interp, mod);
}

export function nativeModuleNames(): string[] {
  return [...factories.keys()].sort();
}

/** CPython 3.14's C modules (built in or in lib-dynload); importing a missing one is explained. */
export const CPYTHON_C_MODULES: ReadonlySet<string> = new Set([
  '_abc', '_asyncio', '_bisect', '_blake2', '_bz2', '_codecs', '_collections', '_contextvars', '_csv',
  '_ctypes', '_datetime', '_decimal', '_elementtree', '_functools', '_hashlib', '_heapq', '_imp', '_io',
  '_json', '_locale', '_lsprof', '_lzma', '_md5', '_multibytecodec', '_opcode', '_operator', '_pickle',
  '_posixsubprocess', '_queue', '_random', '_sha1', '_sha2', '_sha3', '_signal', '_socket', '_sqlite3',
  '_sre', '_ssl', '_stat', '_statistics', '_string', '_struct', '_symtable', '_thread', '_tokenize',
  '_tracemalloc', '_typing', '_warnings', '_weakref', '_zoneinfo', 'array', 'atexit', 'binascii', 'cmath',
  'errno', 'faulthandler', 'fcntl', 'gc', 'grp', 'itertools', 'marshal', 'math', 'mmap', 'posix', 'pwd',
  'pyexpat', 'readline', 'resource', 'select', 'syslog', 'termios', 'time', 'unicodedata', 'zlib', '_ast',
  '_interpreters', '_suggestions', '_sysconfig', '_types', '_uuid', '_curses', '_dbm', '_gdbm', '_tkinter',
]);
