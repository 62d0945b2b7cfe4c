// The _tracemalloc module (CPython's Python/tracemalloc.c and Modules/_tracemalloc.c), behind
// Lib/tracemalloc.py.
//
// pyrewind's objects are JavaScript objects: the engine allocates them, and no allocator hook can see
// where each was made or how many bytes it takes. So tracing is never on: is_tracing() is False, there
// are no traces and no object tracebacks (what CPython answers before start()), and the warnings module
// then suggests "Enable tracemalloc to get the object allocation traceback" as CPython's does. start()
// raises NotImplementedError saying so, rather than pretending to trace and finding nothing.
// Must not: keep any per-object state.

import { PyValue } from '../objects/object.js';
import { PyModule } from '../objects/module.js';
import { PyList } from '../objects/list.js';
import { PyTuple } from '../objects/tuple.js';
import { PyNativeFunction, noArgs } from '../objects/native.js';
import { None } from '../objects/singletons.js';
import { asIndex } from '../runtime/protocols.js';
import { notImplementedError, typeError, valueError } from '../runtime/raise.js';
import { registerNativeModule } from './registry.js';

type Kw = Map<string, PyValue> | null;

/** CPython's MAX_NFRAME: start()'s limit on frames kept per trace. */
const MAX_NFRAME = 65535;

/** Positional-only arguments (Argument Clinic's messages). */
function positional(fname: string, args: PyValue[], kw: Kw, min: number, max: number): void {
  if (kw !== null && kw.size > 0) throw typeError(`${fname}() takes no keyword arguments`);
  if (args.length < min || args.length > max) {
    const n = min === max ? `exactly ${min} argument${min === 1 ? '' : 's'}` : `at most ${max} argument${max === 1 ? '' : 's'}`;
    throw typeError(`${fname}() takes ${args.length < min && min !== max ? `at least ${min} argument${min === 1 ? '' : 's'}` : n} (${args.length} given)`);
  }
}

function makeModule(): PyModule {
  const mod = new PyModule('_tracemalloc');
  const d = mod.dict;
  d.setStr('__doc__', 'Debug module to trace memory blocks allocated by Python.');
  const def = (name: string, fn: (args: PyValue[], kw: Kw) => PyValue): void => {
    d.setStr(name, new PyNativeFunction(name, fn, mod));
  };
  const none = (name: string, result: () => PyValue): void =>
    def(name, (args, kw) => {
      noArgs(`_tracemalloc.${name}`, args, kw);
      return result();
    });
  none('is_tracing', () => false);
  none('clear_traces', () => None);
  none('stop', () => None);
  none('reset_peak', () => None);
  none('get_traced_memory', () => new PyTuple([0, 0]));
  none('get_tracemalloc_memory', () => 0);
  none('get_traceback_limit', () => 1);
  none('_get_traces', () => new PyList([]));
  def('_get_object_traceback', (args, kw) => {
    positional('_get_object_traceback', args, kw, 1, 1);
    return None;
  });
  def('start', (args, kw) => {
    positional('start', args, kw, 0, 1);
    if (args.length === 1) {
      const n = asIndex(args[0]);
      if (typeof n === 'bigint' || n < 1 || n > MAX_NFRAME) {
        throw valueError(`the number of frames must be in range [1; ${MAX_NFRAME}]`);
      }
    }
    throw notImplementedError('tracemalloc.start(): pyrewind cannot trace memory allocations (its objects are JavaScript objects)');
  });
  return mod;
}

registerNativeModule('_tracemalloc', makeModule);
