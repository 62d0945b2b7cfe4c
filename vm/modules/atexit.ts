// The atexit module (CPython's Modules/atexitmodule.c): functions registered to run when the program
// ends, and runAtexit(), which the runner calls once the main module has finished (normally, by an
// uncaught exception or by SystemExit), before the standard streams are flushed, as Py_FinalizeEx does.
//
// Semantics are CPython 3.14's: callbacks run last registered first, over a snapshot of the list taken
// when the run starts (a callback registered or unregistered meanwhile does not change that run), and
// the list is empty afterwards. An exception raised by a callback, SystemExit and KeyboardInterrupt
// included, is reported through sys.unraisablehook ("Exception ignored in atexit callback ...") and
// the remaining callbacks still run. Nothing here decides the exit status.

import { PyValue } from '../objects/object.js';
import { PyModule } from '../objects/module.js';
import { PyNativeFunction, noArgs } from '../objects/native.js';
import { None } from '../objects/singletons.js';
import { PyBaseException } from '../objects/exceptions.js';
import { callObject, isCallable } from '../runtime/call.js';
import { eq, repr } from '../runtime/protocols.js';
import { typeError } from '../runtime/raise.js';
import type { Interpreter } from '../runtime/interpreter.js';
import { registerNativeModule } from './registry.js';
import { writeUnraisable } from './unraisable.js';
import { addLifetimeRoots } from '../runtime/lifetime/lifetime.js';

type Kw = Map<string, PyValue> | null;

interface ExitCallback {
  readonly func: PyValue;
  readonly args: PyValue[];
  readonly kwargs: Kw;
}

/** Each interpreter's callbacks, in registration order. */
const registries = new WeakMap<Interpreter, ExitCallback[]>();

function callbacksOf(interp: Interpreter): ExitCallback[] {
  let list = registries.get(interp);
  if (list === undefined) {
    list = [];
    registries.set(interp, list);
  }
  return list;
}
addLifetimeRoots((interp) => registries.get(interp));

/**
 * Run the registered callbacks, last registered first, then forget them all. Called by the runner at
 * exit and by atexit._run_exitfuncs(). Never throws a Python exception.
 */
export function runAtexit(interp: Interpreter): void {
  const list = registries.get(interp);
  if (list === undefined || list.length === 0) return;
  const snapshot = list.slice();
  for (let i = snapshot.length - 1; i >= 0; i--) {
    const cb = snapshot[i];
    try {
      callObject(cb.func, cb.args, cb.kwargs);
    } catch (e) {
      if (!(e instanceof PyBaseException)) throw e;
      writeUnraisable(interp, e, () => `Exception ignored in atexit callback ${repr(cb.func)}`);
    }
  }
  list.length = 0;
}

const DOC =
  'allow programmer to define multiple exit functions to be executed\n' +
  'upon normal program termination.\n\n' +
  'Two public functions, register and unregister, are defined.\n';

/** The module object for one interpreter (exported for tests that install it by hand). */
export function makeAtexitModule(interp: Interpreter): PyModule {
  const mod = new PyModule('atexit');
  const d = mod.dict;
  d.setStr('__doc__', DOC);
  const def = (name: string, fn: (args: PyValue[], kwargs: Kw) => PyValue): void => {
    d.setStr(name, new PyNativeFunction(name, fn, mod));
  };

  def('register', (args, kwargs) => {
    if (args.length === 0) throw typeError('register() takes at least 1 argument (0 given)');
    const func = args[0];
    if (!isCallable(func)) throw typeError('the first argument must be callable');
    const kw = kwargs !== null && kwargs.size > 0 ? new Map(kwargs) : null;
    callbacksOf(interp).push({ func, args: args.slice(1), kwargs: kw });
    return func;
  });

  def('unregister', (args, kwargs) => {
    if (kwargs !== null && kwargs.size > 0) throw typeError('atexit.unregister() takes no keyword arguments');
    if (args.length !== 1) throw typeError(`atexit.unregister() takes exactly one argument (${args.length} given)`);
    const func = args[0];
    const list = callbacksOf(interp);
    // Front to back with the length read each time: __eq__ may run Python code that changes the list.
    for (let i = 0; i < list.length; i++) {
      if (eq(func, list[i].func)) {
        list.splice(i, 1);
        i--;
      }
    }
    return None;
  });

  def('_clear', (args, kwargs) => {
    noArgs('atexit._clear', args, kwargs);
    callbacksOf(interp).length = 0;
    return None;
  });

  def('_ncallbacks', (args, kwargs) => {
    noArgs('atexit._ncallbacks', args, kwargs);
    return callbacksOf(interp).length;
  });

  def('_run_exitfuncs', (args, kwargs) => {
    noArgs('atexit._run_exitfuncs', args, kwargs);
    runAtexit(interp);
    return None;
  });

  return mod;
}

registerNativeModule('atexit', makeAtexitModule);
