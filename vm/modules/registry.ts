// The native modules pyrewind implements in TypeScript (CPython's C modules), by name, and the list of
// CPython's C module names, so that importing one pyrewind lacks says so plainly.

import type { PyModule } from '../objects/module.js';
import type { Interpreter } from '../runtime/interpreter.js';

export type ModuleFactory = (interp: Interpreter) => PyModule;

const factories = new Map<string, ModuleFactory>();

export function registerNativeModule(name: string, factory: ModuleFactory): void {
  factories.set(name, factory);
}

export function nativeModuleFactory(name: string): ModuleFactory | undefined {
  return factories.get(name);
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
