// What happens to an object that died (CPython's tp_finalize and PyObject_ClearWeakRefs), for
// lifetime.ts: __del__ of classes that define it, close() of suspended generators and coroutines, the
// "never awaited" warnings of coroutines and of async generators' asend/athrow awaitables, the
// sys.set_asyncgen_hooks finalizer of async generators, and the weak references' part, which the
// _weakref module registers (setWeakrefClearer).
//
// Failures are reported as unraisable, exactly as CPython words them; nothing here propagates an
// exception into the program.

import { PyObject, PyValue, typeOf } from '../../objects/object.js';
import {
  PyGenerator, PyAsyncGenASend, PyAsyncGenAThrow, AwaitableState, coroutineType, asyncGeneratorType,
} from '../../objects/generator.js';
import { PyBaseException, ImportError, exceptionType } from '../../objects/exceptions.js';
import { None } from '../../objects/singletons.js';
import { PyMethodDescriptor } from '../../objects/native.js';
import { genClose } from '../../objects/generator_methods.js';
import { writeUnraisable } from '../../modules/unraisable.js';
import { warnAt } from '../../modules/warnings.js';
import { getAttrOrUndefined } from '../attributes.js';
import { importModule } from '../import.js';
import { callObject } from '../call.js';
import { repr } from '../protocols.js';
import { setFinalizers } from './lifetime.js';
import type { Interpreter } from '../interpreter.js';

type WeakrefClearer = (interp: Interpreter, o: PyObject, alive: (x: object) => boolean) => void;
let weakrefClearer: WeakrefClearer | null = null;

/** The _weakref module's part of an object's death: clear its weak references, call their callbacks. */
export function setWeakrefClearer(f: WeakrefClearer): void {
  weakrefClearer = f;
}

function finalize(interp: Interpreter, o: PyObject): void {
  if (o instanceof PyGenerator) {
    finalizeGenerator(interp, o);
    return;
  }
  if (o instanceof PyAsyncGenASend || o instanceof PyAsyncGenAThrow) {
    // An asend/athrow/aclose awaitable dropped before it was first awaited.
    if (o.state !== AwaitableState.Init) return;
    const method = o instanceof PyAsyncGenASend ? 'asend' : o.args === null ? 'aclose' : 'athrow';
    warnUnawaitedAgenMethod(interp, o.gen, method);
    return;
  }
  const del = typeOf(o).lookup('__del__');
  if (del === undefined) return;
  try {
    callObject(del, [o]);
  } catch (e) {
    if (!(e instanceof PyBaseException)) throw e;
    // A native __del__ is _io's iobase_finalize (closing the file); a Python one is slot_tp_finalize's.
    writeUnraisable(interp, e, () =>
      del instanceof PyMethodDescriptor
        ? `Exception ignored while finalizing file ${repr(o)}`
        : `Exception ignored while calling deallocator ${repr(del)}`);
  }
}

/**
 * CPython's _PyGen_Finalize: an async generator with a finalizer hook hands itself to the hook; a
 * coroutine never started warns "never awaited"; anything else suspended is closed (GeneratorExit
 * thrown in: its finally blocks run).
 */
function finalizeGenerator(interp: Interpreter, g: PyGenerator): void {
  if (g.finished) return;
  if (g.cls === asyncGeneratorType && g.finalizer !== None && !g.closed) {
    try {
      callObject(g.finalizer, [g]);
    } catch (e) {
      if (!(e instanceof PyBaseException)) throw e;
      writeUnraisable(interp, e, () => `Exception ignored while finalizing generator ${repr(g)}`);
    }
    return;
  }
  if (g.cls === coroutineType && !g.started) {
    warnUnawaitedCoroutine(interp, g);
    return;
  }
  if (!g.started) return;
  try {
    genClose(g);
  } catch (e) {
    if (!(e instanceof PyBaseException)) throw e;
    writeUnraisable(interp, e, () => `Exception ignored while closing generator ${repr(g)}`);
  }
}

/**
 * "coroutine '...' was never awaited" (CPython's _PyErr_WarnUnawaitedCoroutine): through
 * warnings._warn_unawaited_coroutine, so that the filters apply and the warning's source is the
 * coroutine; a filter turning it into an error makes it an unraisable exception. Only when that function
 * cannot be used is the warning issued here directly.
 */
function warnUnawaitedCoroutine(interp: Interpreter, coro: PyGenerator): void {
  const ignored = (): string => `Exception ignored while finalizing coroutine ${repr(coro)}`;
  let warned = false;
  try {
    const fn = warningsFunction(interp, '_warn_unawaited_coroutine');
    if (fn !== undefined) {
      callObject(fn, [coro]);
      warned = true;
    }
  } catch (e) {
    if (!(e instanceof PyBaseException)) throw e;
    if (e.cls.isSubtypeOf(exceptionType('RuntimeWarning'))) warned = true;
    writeUnraisable(interp, e, ignored);
  }
  if (warned) return;
  try {
    warnAt(interp, exceptionType('RuntimeWarning'), `coroutine '${coro.qualname}' was never awaited`, 1, coro);
  } catch (e) {
    if (!(e instanceof PyBaseException)) throw e;
    writeUnraisable(interp, e, ignored);
  }
}

/** warnings.<name>, importing warnings if needed (undefined when it cannot be imported). */
function warningsFunction(interp: Interpreter, name: string): PyValue | undefined {
  let mod: PyValue;
  try {
    mod = importModule(interp, 'warnings');
  } catch (e) {
    if (e instanceof PyBaseException && e.cls.isSubtypeOf(ImportError)) return undefined;
    throw e;
  }
  return getAttrOrUndefined(mod, name);
}

/** CPython's _PyErr_WarnUnawaitedAgenMethod: an asend()/athrow()/aclose() awaitable never awaited. */
function warnUnawaitedAgenMethod(interp: Interpreter, agen: PyGenerator, method: string): void {
  try {
    warnAt(interp, exceptionType('RuntimeWarning'), `coroutine method ${repr(method)} of ${repr(agen.qualname)} was never awaited`, 1, agen);
  } catch (e) {
    if (!(e instanceof PyBaseException)) throw e;
    writeUnraisable(interp, e, () => `Exception ignored while finalizing async generator ${repr(agen)}`);
  }
}

setFinalizers({
  finalize,
  clearWeakrefs(interp, o, alive) {
    if (weakrefClearer !== null) weakrefClearer(interp, o, alive);
  },
});
