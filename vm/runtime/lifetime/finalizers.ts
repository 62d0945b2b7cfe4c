// What happens to an object that died (CPython's tp_finalize and PyObject_ClearWeakRefs), for
// lifetime.ts: __del__ of classes that define it, close() of suspended generators, and the weak
// references' part, which the _weakref module registers (setWeakrefClearer).
//
// Failures are reported as unraisable, exactly as CPython words them; nothing here propagates an
// exception into the program.

import { PyObject, typeOf } from '../../objects/object.js';
import { PyGenerator, generatorType } from '../../objects/generator.js';
import { PyBaseException } from '../../objects/exceptions.js';
import { PyMethodDescriptor } from '../../objects/native.js';
import { genClose } from '../../objects/generator_methods.js';
import { writeUnraisable } from '../../modules/unraisable.js';
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
    if (o.cls !== generatorType || !o.started || o.finished) return;
    try {
      genClose(o);
    } catch (e) {
      if (!(e instanceof PyBaseException)) throw e;
      writeUnraisable(interp, e, () => `Exception ignored while closing generator ${repr(o)}`);
    }
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

setFinalizers({
  finalize,
  clearWeakrefs(interp, o, alive) {
    if (weakrefClearer !== null) weakrefClearer(interp, o, alive);
  },
});
