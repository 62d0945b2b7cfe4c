// The native modules pyrewind implements in TypeScript (CPython's C modules), by name, and the list of
// CPython's C module names, so that importing one pyrewind lacks says so plainly.
//
// Every native module gets the attributes CPython gives a built-in module (__doc__, __package__,
// __spec__, __loader__) from the hook vm/modules/importlib_bridge.ts installs, which knows importlib.
// This file imports nothing at run time: it is loaded before almost everything else.

import type { PyModule } from '../objects/module.js';
import type { Interpreter } from '../runtime/interpreter.js';

export type ModuleFactory = (interp: Interpreter) => PyModule;

const factories = new Map<string, ModuleFactory>();

export function registerNativeModule(name: string, factory: ModuleFactory): void {
  factories.set(name, factory);
}

export function nativeModuleFactory(name: string): ModuleFactory | undefined {
  const make = factories.get(name);
  if (make === undefined) return undefined;
  return (interp) => {
    const mod = make(interp);
    initBuiltinModuleAttrs(interp, name, mod);
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
