// Generator objects (and the coroutine and async generator types built the same way): a suspended frame
// plus its state, and the small awaitable objects of async generators (asend/athrow, wrapped values).
//
// Resuming runs the frame in the eval loop (runtime/interpreter.ts); this file holds only state.

import { PyObject, PyValue, makeBuiltinType } from './object.js';
import { None } from './singletons.js';
import { Op } from '../bytecode/opcodes.js';

export const generatorType = makeBuiltinType('generator');
generatorType.isBaseType = false;
export const coroutineType = makeBuiltinType('coroutine');
coroutineType.isBaseType = false;
export const asyncGeneratorType = makeBuiltinType('async_generator');
asyncGeneratorType.isBaseType = false;
export const asyncGenASendType = makeBuiltinType('async_generator_asend');
asyncGenASendType.isBaseType = false;
export const asyncGenAThrowType = makeBuiltinType('async_generator_athrow');
asyncGenAThrowType.isBaseType = false;
export const asyncGenWrappedValueType = makeBuiltinType('async_generator_wrapped_value');
asyncGenWrappedValueType.isBaseType = false;
export const coroutineWrapperType = makeBuiltinType('coroutine_wrapper');
coroutineWrapperType.isBaseType = false;
export const anextAwaitableType = makeBuiltinType('anext_awaitable');
anextAwaitableType.isBaseType = false;

export class PyGenerator extends PyObject {
  /** Not started: the frame is at its first instruction after RETURN_GENERATOR. */
  started = false;
  running = false;
  finished = false;
  /** The handled exception (sys.exc_info) inside the generator while suspended. */
  excState: PyValue = None;
  /** The caller's handled exception, put back when the generator yields or ends. */
  callerExc: PyValue = None;
  // Async generators only (CPython's ag_running_async, ag_closed, ag_hooks_inited, ag_origin_or_finalizer).
  /** An asend/athrow awaitable is driving the generator and has not finished yet. */
  runningAsync = false;
  closed = false;
  hooksInited = false;
  finalizer: PyValue = None;
  /**
   * Watched by the interpreter's Lifetime: its death runs code (suspended inside a try block, an async
   * generator with a finalizer hook: see suspendGenerator), or it is a coroutine not started yet, whose
   * death is a "never awaited" warning (see makeGenerator).
   */
  lifetimeWatched = false;

  constructor(
    readonly frame: import('../runtime/frame.js').Frame,
    readonly name: string,
    readonly qualname: string,
    cls = generatorType,
  ) {
    super(cls);
  }
}

/** What an async generator's `yield v` hands to its driver (INTRINSIC_ASYNC_GEN_WRAP), as opposed to a
 * value an `await` inside it passes up to the event loop. */
export class PyAsyncGenWrappedValue extends PyObject {
  constructor(readonly value: PyValue) {
    super(asyncGenWrappedValueType);
  }
}

/** State of an asend/athrow awaitable (CPython's AWAITABLE_STATE_*). */
export const enum AwaitableState {
  Init = 0,
  Iter = 1,
  Closed = 2,
}

/** The awaitable returned by agen.asend(v) and agen.__anext__(). */
export class PyAsyncGenASend extends PyObject {
  state = AwaitableState.Init;
  /** Watched by the interpreter's Lifetime while in Init: dropped then, it warns "never awaited". */
  lifetimeWatched = false;
  constructor(
    readonly gen: PyGenerator,
    readonly sendValue: PyValue,
  ) {
    super(asyncGenASendType);
  }
}

/** The awaitable returned by agen.athrow(...) and agen.aclose() (args null). */
export class PyAsyncGenAThrow extends PyObject {
  state = AwaitableState.Init;
  /** As PyAsyncGenASend's. */
  lifetimeWatched = false;
  constructor(
    readonly gen: PyGenerator,
    readonly args: PyValue[] | null,
  ) {
    super(asyncGenAThrowType);
  }
}

/** coroutine.__await__(): an iterator over the coroutine. */
export class PyCoroWrapper extends PyObject {
  constructor(readonly coro: PyGenerator) {
    super(coroutineWrapperType);
  }
}

/** sys.set_asyncgen_hooks state (firstiter, finalizer); None when unset. */
export const asyncGenHooks: { firstiter: PyValue; finalizer: PyValue } = { firstiter: None, finalizer: None };

/** 'generator', 'coroutine' or 'async generator', as CPython's messages name them. */
export function generatorKind(g: PyGenerator): string {
  return g.cls === coroutineType ? 'coroutine' : g.cls === asyncGeneratorType ? 'async generator' : 'generator';
}

/** The awaitable anext(aiter, default) returns: aiter.__anext__() with StopAsyncIteration turned into
 * the default (CPython's anext_awaitable). */
export class PyAnextAwaitable extends PyObject {
  /** The iterator driving __anext__()'s awaitable, once started. */
  inner: PyValue | null = null;
  constructor(
    readonly awaitable: PyValue,
    readonly defaultValue: PyValue,
  ) {
    super(anextAwaitableType);
  }
}

/**
 * The iterator a generator suspended in `yield from`/`await` delegates to (CPython's _PyGen_yf): the
 * frame stopped at a YIELD_VALUE with oparg 1 keeps the receiver on top of its stack.
 */
export function delegateOf(g: PyGenerator): PyValue | null {
  if (!g.started || g.running || g.finished) return null;
  const f = g.frame;
  const code = f.code;
  if (f.lasti < 0 || code.ops[f.lasti] !== Op.YIELD_VALUE || code.args[f.lasti] !== 1) return null;
  return f.slots[f.sp - 1] as PyValue;
}
