// The gc module (CPython's Modules/gcmodule.c): the interface of CPython's cycle collector.
//
// Objects die by reachability (vm/runtime/lifetime): a finalizer, or a weak reference callback, runs when
// the program can no longer reach its object. Objects that die inside a reference cycle wait, as in
// CPython, for a collection: collect() finalizes them, and returns how many unreachable objects it found
// hanging from them (objects without a finalizer or weak reference that die in a cycle are not watched,
// so they are not counted). Otherwise:
// - no object is ever counted towards a generation, so get_count() is (0, 0, 0), nothing is ever
//   frozen (get_freeze_count() is 0), no automatic collection ever runs (so the callbacks hear only
//   explicit collections) and garbage stays whatever the program put there;
// - enable/disable, the thresholds and the debug flags are kept and reported back (DEBUG_STATS makes
//   collect() print its report; the per-object flags have nothing to print);
// - is_tracked() answers as CPython 3.14 would for the object's type (atomic objects and tuples of
//   them are not tracked), is_finalized() is always False;
// - get_objects(), get_referrers() and get_referents() would need to enumerate every object the program
//   made or the engine's view of references: they raise NotImplementedError saying so.

import { PyValue, PyType, typeOf } from '../objects/object.js';
import { PyModule } from '../objects/module.js';
import { PyList } from '../objects/list.js';
import { PyTuple } from '../objects/tuple.js';
import { PyDict } from '../objects/dict.js';
import { PyNativeFunction, bindArgs, noKwargs } from '../objects/native.js';
import { None } from '../objects/singletons.js';
import { PyBaseException } from '../objects/exceptions.js';
import { asIndex, repr } from '../runtime/protocols.js';
import { callObject } from '../runtime/call.js';
import { getAttr } from '../runtime/attributes.js';
import { notImplementedError, overflowError, typeError, valueError } from '../runtime/raise.js';
import type { Interpreter } from '../runtime/interpreter.js';
import { registerNativeModule } from './registry.js';
import { writeUnraisable } from './unraisable.js';

type Args = PyValue[];
type Kw = Map<string, PyValue> | null;

const NUM_GENERATIONS = 3;
const DEBUG_STATS = 1;
const DEBUG_COLLECTABLE = 2;
const DEBUG_UNCOLLECTABLE = 4;
const DEBUG_SAVEALL = 32;
const DEBUG_LEAK = DEBUG_COLLECTABLE | DEBUG_UNCOLLECTABLE | DEBUG_SAVEALL;

const INT_MIN = -(2 ** 31);
const INT_MAX = 2 ** 31 - 1;

/** Built-in types whose instances CPython never tracks (no Py_TPFLAGS_HAVE_GC). */
const ATOMIC_TYPES = new Set([
  'int', 'bool', 'float', 'complex', 'str', 'bytes', 'bytearray', 'range', 'NoneType', 'ellipsis',
  'NotImplementedType', 'object', 'code',
]);

/** Does CPython's type of `v` support the collector (Py_TPFLAGS_HAVE_GC)? */
function typeHasGC(v: PyValue): boolean {
  if (typeof v !== 'object') return false; // int, bool, str
  if (v instanceof PyType) return v.isUserClass; // static built-in types are not tracked
  const t = typeOf(v);
  if (t.isUserClass) return true;
  return !(t.module === 'builtins' && ATOMIC_TYPES.has(t.name));
}

/** gc.is_tracked(): a tuple is tracked only when it holds an object of a collected type (3.14). */
function isTracked(v: PyValue): boolean {
  if (v instanceof PyTuple && !typeOf(v).isUserClass) return v.items.some(typeHasGC);
  return typeHasGC(v);
}

/** A C int argument: __index__, OverflowError beyond 32 bits. */
function cInt(v: PyValue): number {
  const n = asIndex(v);
  if (typeof n === 'bigint' || n < INT_MIN || n > INT_MAX) throw overflowError('Python int too large to convert to C int');
  return n;
}

/** A C long argument (a threshold): __index__, OverflowError beyond 64 bits. */
function cLong(v: PyValue): number {
  const n = asIndex(v);
  if (typeof n === 'bigint') {
    if (n < -(2n ** 63n) || n >= 2n ** 63n) throw overflowError('Python int too large to convert to C long');
    return Number(n);
  }
  return n;
}

function refuse(name: string, why: string): never {
  throw notImplementedError(`gc.${name}() is not available in pyrewind: ${why}`);
}

const HEAP_WHY = 'Python objects are JavaScript objects, and the JavaScript engine cannot enumerate them';
const REFS_WHY = "the JavaScript engine does not expose which objects refer to which";

export function makeGc(interp: Interpreter): PyModule {
  const mod = new PyModule('gc');
  const d = mod.dict;
  let enabled = true;
  let debug = 0;
  const thresholds = [2000, 10, 0];
  const collections = [0, 0, 0];
  const def = (name: string, fn: (args: Args, kw: Kw) => PyValue): void => {
    d.setStr(name, new PyNativeFunction(name, fn, mod));
  };
  const noArgs = (name: string, args: Args, kw: Kw): void => {
    noKwargs(`gc.${name}`, kw);
    if (args.length !== 0) throw typeError(`gc.${name}() takes no arguments (${args.length} given)`);
  };

  /** PySys_WriteStderr: to sys.stderr, nothing if it is None or missing. */
  const writeStderr = (text: string): void => {
    const err = interp.sys.getStr('stderr');
    if (err === undefined || err === None) return;
    callObject(getAttr(err, 'write'), [text]);
  };

  /** Calls each of gc.callbacks with (phase, info); a failing callback is reported as unraisable. */
  const invokeCallbacks = (phase: string, generation: number): void => {
    const cbs = d.getStr('callbacks');
    if (!(cbs instanceof PyList) || cbs.items.length === 0) return;
    const info = new PyDict();
    info.setStr('generation', generation);
    info.setStr('collected', 0);
    info.setStr('uncollectable', 0);
    for (const cb of cbs.items.slice()) {
      try {
        callObject(cb, [phase, info]);
      } catch (e) {
        if (!(e instanceof PyBaseException)) throw e;
        writeUnraisable(interp, e, () => `Exception ignored while calling GC callback ${repr(cb)}`);
      }
    }
  };

  def('enable', (a, k) => {
    noArgs('enable', a, k);
    enabled = true;
    return None;
  });
  def('disable', (a, k) => {
    noArgs('disable', a, k);
    enabled = false;
    return None;
  });
  def('isenabled', (a, k) => {
    noArgs('isenabled', a, k);
    return enabled;
  });
  def('collect', (a, k) => {
    if (a.length > 1) throw typeError(`collect() takes at most 1 argument (${a.length} given)`);
    const [g] = bindArgs('collect', ['generation'], a, k, 0);
    const generation = g === undefined ? NUM_GENERATIONS - 1 : cInt(g);
    if (generation < 0 || generation >= NUM_GENERATIONS) throw valueError('invalid generation');
    invokeCallbacks('start', generation);
    const stats = (debug & DEBUG_STATS) !== 0;
    const t0 = stats ? interp.host.monotonicNs() : 0n;
    if (stats) {
      writeStderr(
        `gc: collecting generation ${generation}...\n` +
          'gc: objects in each generation: 0 0 0\n' +
          'gc: objects in permanent generation: 0\n',
      );
    }
    collections[generation]++;
    // Finalizers of what died, reference cycles included (vm/runtime/lifetime).
    const found = interp.lifetime.collect();
    if (stats) {
      const secs = Number(interp.host.monotonicNs() - t0) / 1e9;
      writeStderr(`gc: done, ${found} unreachable, 0 uncollectable, ${secs.toFixed(4)}s elapsed\n`);
    }
    invokeCallbacks('stop', generation);
    return found;
  });
  def('get_debug', (a, k) => {
    noArgs('get_debug', a, k);
    return debug;
  });
  def('set_debug', (a, k) => {
    noKwargs('gc.set_debug', k);
    if (a.length !== 1) throw typeError(`gc.set_debug() takes exactly one argument (${a.length} given)`);
    debug = cInt(a[0]);
    return None;
  });
  def('get_threshold', (a, k) => {
    noArgs('get_threshold', a, k);
    return new PyTuple(thresholds.slice());
  });
  def('set_threshold', (a, k) => {
    noKwargs('set_threshold', k);
    if (a.length < 1 || a.length > 3) throw typeError('gc.set_threshold requires 1 to 3 arguments');
    const values = a.map(cLong);
    // CPython 3.14's incremental collector has two thresholds; the third is accepted and ignored.
    thresholds[0] = values[0];
    if (values.length > 1) thresholds[1] = values[1];
    return None;
  });
  def('get_count', (a, k) => {
    noArgs('get_count', a, k);
    return new PyTuple([0, 0, 0]);
  });
  def('get_stats', (a, k) => {
    noArgs('get_stats', a, k);
    return new PyList(
      collections.map((n) => {
        const s = new PyDict();
        s.setStr('collections', n);
        s.setStr('collected', 0);
        s.setStr('uncollectable', 0);
        return s;
      }),
    );
  });
  def('freeze', (a, k) => {
    noArgs('freeze', a, k);
    return None;
  });
  def('unfreeze', (a, k) => {
    noArgs('unfreeze', a, k);
    return None;
  });
  def('get_freeze_count', (a, k) => {
    noArgs('get_freeze_count', a, k);
    return 0;
  });
  def('is_tracked', (a, k) => {
    noKwargs('gc.is_tracked', k);
    if (a.length !== 1) throw typeError(`gc.is_tracked() takes exactly one argument (${a.length} given)`);
    return isTracked(a[0]);
  });
  def('is_finalized', (a, k) => {
    noKwargs('gc.is_finalized', k);
    if (a.length !== 1) throw typeError(`gc.is_finalized() takes exactly one argument (${a.length} given)`);
    return false;
  });
  def('get_objects', () => refuse('get_objects', HEAP_WHY));
  def('get_referrers', () => refuse('get_referrers', REFS_WHY));
  def('get_referents', () => refuse('get_referents', REFS_WHY));

  d.setStr('garbage', new PyList([]));
  d.setStr('callbacks', new PyList([]));
  d.setStr('DEBUG_STATS', DEBUG_STATS);
  d.setStr('DEBUG_COLLECTABLE', DEBUG_COLLECTABLE);
  d.setStr('DEBUG_UNCOLLECTABLE', DEBUG_UNCOLLECTABLE);
  d.setStr('DEBUG_SAVEALL', DEBUG_SAVEALL);
  d.setStr('DEBUG_LEAK', DEBUG_LEAK);
  return mod;
}

registerNativeModule('gc', makeGc);
