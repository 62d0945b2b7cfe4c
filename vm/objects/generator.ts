// Generator objects (and the coroutine types built the same way): a suspended frame plus its state.
//
// Resuming runs the frame in the eval loop (runtime/interpreter.ts); this file holds only state.

import { PyObject, PyValue, makeBuiltinType } from './object.js';
import { None } from './singletons.js';

export const generatorType = makeBuiltinType('generator');
generatorType.isBaseType = false;
export const coroutineType = makeBuiltinType('coroutine');
coroutineType.isBaseType = false;
export const asyncGeneratorType = makeBuiltinType('async_generator');
asyncGeneratorType.isBaseType = false;

export class PyGenerator extends PyObject {
  /** Not started: the frame is at its first instruction after RETURN_GENERATOR. */
  started = false;
  running = false;
  finished = false;
  /** The handled exception (sys.exc_info) inside the generator while suspended. */
  excState: PyValue = None;

  constructor(
    readonly frame: import('../runtime/frame.js').Frame,
    readonly name: string,
    readonly qualname: string,
    cls = generatorType,
  ) {
    super(cls);
  }
}
