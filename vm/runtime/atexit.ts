// Functions registered to run when the interpreter shuts down: the atexit module (CPython's
// Modules/atexitmodule.c) and the call made at the end of a run, after the report of an uncaught
// exception and before the standard streams are flushed (as Py_FinalizeEx does).
//
// The registry belongs to one interpreter. This file never decides the exit status: an exception
// raised by a callback is reported as "ignored" and the remaining callbacks still run.

import { PyValue, typeName } from '../objects/object.js';
import { PyModule } from '../objects/module.js';
import { PyNativeFunction } from '../objects/native.js';
import { None } from '../objects/singletons.js';
import { PyBaseException } from '../objects/exceptions.js';
import { registerNativeModule } from '../modules/registry.js';
import { callObject, isCallable } from './call.js';
import { eq, repr } from './protocols.js';
import { typeError } from './raise.js';
import { getAttr } from './attributes.js';
import { formatException } from './traceback.js';
import type { Interpreter } from './interpreter.js';

interface ExitCallback {
  func: PyValue;
  args: PyValue[];
  kwargs: Map<string, PyValue> | null;
}

const registries = new WeakMap<Interpreter, ExitCallback[]>();

function registryOf(interp: Interpreter): ExitCallback[] {
  let r = registries.get(interp);
  if (r === undefined) {
    r = [];
    registries.set(interp, r);
  }
  return r;
}

/**
 * Runs (and forgets) the registered callbacks, last registered first. An exception a callback raises is
 * printed to sys.stderr as sys.unraisablehook would, and the others still run.
 */
export function runExitCallbacks(interp: Interpreter): void {
  const r = registryOf(interp);
  while (r.length > 0) {
    const cb = r.pop()!;
    try {
      callObject(cb.func, cb.args, cb.kwargs);
    } catch (e) {
      if (!(e instanceof PyBaseException)) throw e;
      reportIgnored(interp, e, cb.func);
    }
  }
}

function reportIgnored(interp: Interpreter, e: PyBaseException, func: PyValue): void {
  let what: string;
  try {
    what = repr(func);
  } catch {
    what = `<${typeName(func)} object>`;
  }
  const text = `Exception ignored in atexit callback ${what}:\n${formatException(e, interp.host)}`;
  try {
    const err = interp.sys.getStr('stderr');
    if (err !== undefined && err !== None) callObject(getAttr(err, 'write'), [text]);
  } catch {
    /* nowhere left to report it */
  }
}

function makeAtexitModule(interp: Interpreter): PyModule {
  const mod = new PyModule('atexit');
  const d = mod.dict;
  const def = (name: string, fn: (args: PyValue[], kwargs: Map<string, PyValue> | null) => PyValue): void => {
    d.setStr(name, new PyNativeFunction(name, fn, mod));
  };
  d.setStr('__doc__', 'allow programmer to define multiple exit functions to be executed\nupon normal program termination.\n\nTwo public functions, register and unregister, are defined.\n');
  def('register', (args, kwargs) => {
    if (args.length === 0) throw typeError('register() takes at least 1 argument (0 given)');
    const func = args[0];
    if (!isCallable(func)) throw typeError('the first argument must be callable');
    registryOf(interp).push({ func, args: args.slice(1), kwargs: kwargs !== null && kwargs.size > 0 ? new Map(kwargs) : null });
    return func;
  });
  def('unregister', (args, kwargs) => {
    if (kwargs !== null && kwargs.size > 0) throw typeError('atexit.unregister() takes no keyword arguments');
    if (args.length !== 1) throw typeError(`atexit.unregister() takes exactly one argument (${args.length} given)`);
    const r = registryOf(interp);
    for (let i = r.length - 1; i >= 0; i--) if (eq(r[i].func, args[0])) r.splice(i, 1);
    return None;
  });
  def('_clear', () => {
    registryOf(interp).length = 0;
    return None;
  });
  def('_ncallbacks', () => registryOf(interp).length);
  def('_run_exitfuncs', () => {
    runExitCallbacks(interp);
    return None;
  });
  return mod;
}

registerNativeModule('atexit', makeAtexitModule);

