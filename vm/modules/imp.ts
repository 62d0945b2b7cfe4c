// The _imp module (CPython's Python/import.c, "(Extremely) low-level import machinery bits as used by
// importlib"): what importlib._bootstrap and _bootstrap_external call to reach the interpreter's own
// import state. Built-in modules are pyrewind's native modules (vm/modules/registry.ts) plus sys and
// builtins; pyrewind has no frozen modules and cannot load C extension modules, and says so.
//
// The import lock is a reentrant counter: pyrewind runs one thread of Python code at a time. Nothing
// here imports a module by itself except create_builtin, which instantiates a native module.

import { PyValue, typeName } from '../objects/object.js';
import { PyModule } from '../objects/module.js';
import { PyList } from '../objects/list.js';
import { PyCode } from '../objects/code.js';
import { PyBytes } from '../objects/bytes.js';
import { bytesLikeData } from '../objects/bytes_methods.js';
import { memoryviewData } from '../objects/memoryview.js';
import { PyNativeFunction, bindArgs, noArgs, oneArg } from '../objects/native.js';
import { None } from '../objects/singletons.js';
import { PyBaseException, ImportError, excSetAttr } from '../objects/exceptions.js';
import { getAttr } from '../runtime/attributes.js';
import { asIndex, repr } from '../runtime/protocols.js';
import { overflowError, runtimeError, typeError } from '../runtime/raise.js';
import { MAGIC_3_14 } from '../marshal/pyc.js';
import type { Interpreter } from '../runtime/interpreter.js';
import { nativeModuleFactory, nativeModuleLoader, registerNativeModule, type NativeModuleLoader } from './registry.js';

type Kw = Map<string, PyValue> | null;

/** importlib.util.MAGIC_NUMBER as the int _bootstrap_external turns into 4 little-endian bytes. */
export const PYC_MAGIC_NUMBER_TOKEN = MAGIC_3_14 | (0x0d << 16) | (0x0a << 24);

/** The modules that exist before any import and cannot be created again (is_builtin() gives -1). */
const CORE_MODULES = new Set(['sys', 'builtins']);

/** Native modules made by create_builtin whose exec phase exec_builtin has not run yet. */
const pendingExec = new WeakMap<PyModule, NativeModuleLoader>();

/** is_builtin(): 1 for a native module, -1 for sys and builtins, 0 for anything else. */
export function builtinStatus(name: string): number {
  if (CORE_MODULES.has(name)) return -1;
  return nativeModuleFactory(name) !== undefined ? 1 : 0;
}

function importError(msg: string, name: PyValue, path: PyValue = None): PyBaseException {
  const e = new PyBaseException(ImportError, [msg]);
  excSetAttr(e, 'msg', msg);
  excSetAttr(e, 'name', name);
  excSetAttr(e, 'path', path);
  excSetAttr(e, 'name_from', None);
  return e;
}

function strArg(fname: string, args: PyValue[], kw: Kw): string {
  const v = oneArg(`_imp.${fname}`, args, kw);
  if (typeof v !== 'string') throw typeError(`${fname}() argument must be str, not ${typeName(v)}`);
  return v;
}

// ---- SipHash-1-3, for source_hash (CPython's _Py_KeyedHash) -------------------------------------------

const MASK64 = (1n << 64n) - 1n;

function rotl(x: bigint, b: bigint): bigint {
  return ((x << b) | (x >> (64n - b))) & MASK64;
}

/** SipHash with one compression and three finalization rounds, keys (k0, k1). */
function siphash13(k0: bigint, k1: bigint, data: Uint8Array): bigint {
  let v0 = k0 ^ 0x736f6d6570736575n;
  let v1 = k1 ^ 0x646f72616e646f6dn;
  let v2 = k0 ^ 0x6c7967656e657261n;
  let v3 = k1 ^ 0x7465646279746573n;
  const round = (): void => {
    v0 = (v0 + v1) & MASK64;
    v1 = rotl(v1, 13n) ^ v0;
    v0 = rotl(v0, 32n);
    v2 = (v2 + v3) & MASK64;
    v3 = rotl(v3, 16n) ^ v2;
    v0 = (v0 + v3) & MASK64;
    v3 = rotl(v3, 21n) ^ v0;
    v2 = (v2 + v1) & MASK64;
    v1 = rotl(v1, 17n) ^ v2;
    v2 = rotl(v2, 32n);
  };
  const n = data.length;
  const whole = n - (n % 8);
  for (let i = 0; i < whole; i += 8) {
    let m = 0n;
    for (let k = 7; k >= 0; k--) m = (m << 8n) | BigInt(data[i + k]);
    v3 ^= m;
    round();
    v0 ^= m;
  }
  // The last word: the remaining bytes, little-endian, with the length in the top byte.
  let b = BigInt(n & 0xff) << 56n;
  for (let k = n - 1; k >= whole; k--) b |= BigInt(data[k]) << BigInt(8 * (k - whole));
  v3 ^= b;
  round();
  v0 ^= b;
  v2 ^= 0xffn;
  round();
  round();
  round();
  return (v0 ^ v1 ^ v2 ^ v3) & MASK64;
}

/** The bytes of a bytes-like object (bytes, bytearray, memoryview), or TypeError. */
function bytesLike(v: PyValue): Uint8Array {
  const data = bytesLikeData(v) ?? memoryviewData(v);
  if (data === null) throw typeError(`a bytes-like object is required, not '${typeName(v)}'`);
  return data;
}

function sourceHash(args: PyValue[], kw: Kw): PyValue {
  const [keyArg, source] = bindArgs('source_hash', ['key', 'source'], args, kw, 2);
  const key = asIndex(keyArg!);
  const k = BigInt(key);
  if (k > 0x7fffffffffffffffn || k < -0x8000000000000000n) throw overflowError('Python int too large to convert to C long');
  const h = siphash13(k & MASK64, 0n, bytesLike(source!));
  const out = new Uint8Array(8);
  for (let i = 0; i < 8; i++) out[i] = Number((h >> BigInt(8 * i)) & 0xffn);
  return new PyBytes(out);
}

// ---- code objects -----------------------------------------------------------------------------------

/** Sets co_filename of `code` and of every code object nested in its constants. */
function setFilename(code: PyCode, oldName: string, newName: string): void {
  if (code.filename !== oldName) return;
  code.filename = newName;
  for (const c of code.consts) if (c instanceof PyCode) setFilename(c, oldName, newName);
}

// ---- the module ---------------------------------------------------------------------------------------

/** Each interpreter's import lock: how many times it is held. */
const lockDepths = new WeakMap<Interpreter, number>();

function makeImp(interp: Interpreter): PyModule {
  const mod = new PyModule('_imp');
  const d = mod.dict;
  d.setStr('__doc__', '(Extremely) low-level import machinery bits as used by importlib.');
  const def = (name: string, fn: (args: PyValue[], kw: Kw) => PyValue): void => {
    d.setStr(name, new PyNativeFunction(name, fn, mod));
  };

  d.setStr('check_hash_based_pycs', 'default');
  d.setStr('pyc_magic_number_token', PYC_MAGIC_NUMBER_TOKEN);

  def('lock_held', (args, kw) => {
    noArgs('_imp.lock_held', args, kw);
    return (lockDepths.get(interp) ?? 0) > 0;
  });
  def('acquire_lock', (args, kw) => {
    noArgs('_imp.acquire_lock', args, kw);
    lockDepths.set(interp, (lockDepths.get(interp) ?? 0) + 1);
    return None;
  });
  def('release_lock', (args, kw) => {
    noArgs('_imp.release_lock', args, kw);
    const depth = lockDepths.get(interp) ?? 0;
    if (depth === 0) throw runtimeError('not holding the import lock');
    lockDepths.set(interp, depth - 1);
    return None;
  });

  def('is_builtin', (args, kw) => builtinStatus(strArg('is_builtin', args, kw)));

  def('create_builtin', (args, kw) => {
    const spec = oneArg('_imp.create_builtin', args, kw);
    const name = getAttr(spec, 'name');
    if (typeof name !== 'string') throw typeError(`name must be string, not ${typeName(name)}`);
    if (CORE_MODULES.has(name)) return interp.modules.getStr(name) ?? None;
    const loader = nativeModuleLoader(name);
    // An unknown name gives None, as CPython's does.
    if (loader === undefined) return None;
    const mod = loader.create(interp);
    pendingExec.set(mod, loader);
    return mod;
  });
  // Runs the module's exec phase once (importlib calls it after putting the module in sys.modules).
  def('exec_builtin', (args, kw) => {
    const mod = oneArg('_imp.exec_builtin', args, kw);
    const loader = mod instanceof PyModule ? pendingExec.get(mod) : undefined;
    if (loader !== undefined) {
      pendingExec.delete(mod as PyModule);
      loader.exec(interp, mod as PyModule);
    }
    return 0;
  });

  // No frozen modules: everything of the standard library is read from its source.
  def('is_frozen', (args, kw) => {
    strArg('is_frozen', args, kw);
    return false;
  });
  const noFrozen = (name: PyValue): PyBaseException => importError(`No such frozen object named ${repr(name)}`, name);
  def('is_frozen_package', (args, kw) => {
    throw noFrozen(strArg('is_frozen_package', args, kw));
  });
  def('find_frozen', (args, kw) => {
    const [name] = bindArgs('find_frozen', ['name', 'withdata'], args, kw, 1, 1, 1);
    if (typeof name !== 'string') throw typeError(`find_frozen() argument 1 must be str, not ${typeName(name!)}`);
    return None;
  });
  def('get_frozen_object', (args, kw) => {
    const [name] = bindArgs('get_frozen_object', ['name', 'data'], args, kw, 1, 2);
    if (typeof name !== 'string') throw typeError(`get_frozen_object() argument 1 must be str, not ${typeName(name!)}`);
    throw noFrozen(name);
  });
  def('init_frozen', (args, kw) => {
    strArg('init_frozen', args, kw);
    return None;
  });
  def('_frozen_module_names', (args, kw) => {
    noArgs('_imp._frozen_module_names', args, kw);
    return new PyList([]);
  });
  def('_override_frozen_modules_for_tests', (args, kw) => {
    asIndex(oneArg('_imp._override_frozen_modules_for_tests', args, kw));
    return None;
  });
  def('_override_multi_interp_extensions_check', (args, kw) => {
    asIndex(oneArg('_imp._override_multi_interp_extensions_check', args, kw));
    throw runtimeError('_imp._override_multi_interp_extensions_check() cannot be used in the main interpreter');
  });

  // C extension modules (.so files) cannot run in pyrewind.
  def('extension_suffixes', (args, kw) => {
    noArgs('_imp.extension_suffixes', args, kw);
    return new PyList([]);
  });
  def('create_dynamic', (args, kw) => {
    const [spec] = bindArgs('create_dynamic', ['spec', 'file'], args, kw, 1, 2);
    const name = getAttr(spec!, 'name');
    const origin = getAttr(spec!, 'origin');
    throw importError(`cannot load C extension module ${repr(name)} from ${repr(origin)}: pyrewind runs Python code only`, name, origin);
  });
  def('exec_dynamic', (args, kw) => {
    oneArg('_imp.exec_dynamic', args, kw);
    return 0;
  });

  def('source_hash', sourceHash);

  def('_fix_co_filename', (args, kw) => {
    if (kw !== null && kw.size > 0) throw typeError('_imp._fix_co_filename() takes no keyword arguments');
    if (args.length !== 2) throw typeError(`_fix_co_filename expected 2 arguments, got ${args.length}`);
    const [code, path] = args;
    if (!(code instanceof PyCode)) throw typeError(`_fix_co_filename() argument 1 must be code, not ${typeName(code)}`);
    if (typeof path !== 'string') throw typeError(`_fix_co_filename() argument 2 must be str, not ${typeName(path)}`);
    setFilename(code, code.filename, path);
    return None;
  });

  return mod;
}

registerNativeModule('_imp', makeImp);
