// Opcode helpers for async/await: GET_AWAITABLE, GET_AITER, GET_ANEXT, GET_YIELD_FROM_ITER's coroutine
// check, END_ASYNC_FOR's test and INTRINSIC_ASYNC_GEN_WRAP, plus the builtins aiter()/anext() and
// sys.get/set_asyncgen_hooks, which share their protocol checks. Behaviour and messages are those of
// CPython's Python/ceval.c and Objects/genobject.c. The methods of the objects made here are registered
// by objects/generator_methods.ts (this file registers nothing while modules load).
//
// These run only for async code; they must not be called from the generic path of other opcodes.

import { PyValue, PyType, typeOf, typeName } from '../objects/object.js';
import { PyTuple } from '../objects/tuple.js';
import { makeStructSeqType, structSeq } from '../objects/structseq.js';
import { defMethod } from '../objects/native.js';
import {
  PyGenerator, coroutineType, generatorType, asyncGeneratorType, PyAsyncGenWrappedValue, PyAsyncGenASend,
  PyAnextAwaitable, PyAsyncGenAThrow, AwaitableState, delegateOf, asyncGenHooks,
} from '../objects/generator.js';
import { Op } from '../bytecode/opcodes.js';
import { CO_ITERABLE_COROUTINE, CO_COROUTINE } from '../objects/code.js';
import { PyBaseException, StopAsyncIteration, StopIteration, excSetAttr } from '../objects/exceptions.js';
import { None } from '../objects/singletons.js';
import { callSpecial } from '../runtime/attributes.js';
import { callObject, isCallable } from '../runtime/call.js';
import { isIterator, repr, getIter } from '../runtime/protocols.js';
import { typeError, runtimeError } from '../runtime/raise.js';
import { sendGeneric } from './generators.js';
import { currentInterpreter } from '../runtime/interpreter.js';

/** A coroutine, or a generator made awaitable by @types.coroutine (CO_ITERABLE_COROUTINE). */
function isCoroutineLike(v: PyValue): v is PyGenerator {
  return v instanceof PyGenerator &&
    (v.cls === coroutineType || (v.cls === generatorType && (v.frame.code.flags & CO_ITERABLE_COROUTINE) !== 0));
}

/** _PyCoro_GetAwaitableIter: the iterator `await v` drives, or null when v has no __await__. */
function awaitableIter(v: PyValue): PyValue | null {
  if (isCoroutineLike(v)) return v;
  if (typeOf(v).lookup('__await__') === undefined) return null;
  const res = callSpecial(v, '__await__', [])!;
  if (isCoroutineLike(res)) throw typeError('__await__() returned a coroutine');
  if (!isIterator(res)) throw typeError(`__await__() returned non-iterator of type '${typeName(res)}'`);
  return res;
}

/** GET_AWAITABLE: oparg 1 and 2 name the __aenter__/__aexit__ of an `async with` in the message. */
export function getAwaitable(v: PyValue, oparg: number): PyValue {
  const it = awaitableIter(v);
  if (it === null) {
    if (oparg === 1) {
      throw typeError(`'async with' received an object from __aenter__ that does not implement __await__: ${typeName(v)}`);
    }
    if (oparg === 2) {
      throw typeError(`'async with' received an object from __aexit__ that does not implement __await__: ${typeName(v)}`);
    }
    throw typeError(`'${typeName(v)}' object can't be awaited`);
  }
  if (it instanceof PyGenerator && it.cls === coroutineType && delegateOf(it) !== null) {
    throw runtimeError('coroutine is being awaited already');
  }
  return it;
}

/** GET_YIELD_FROM_ITER for anything but a plain generator: a coroutine only inside a coroutine. */
export function yieldFromIter(v: PyValue, codeFlags: number): PyValue {
  if (v instanceof PyGenerator && v.cls === coroutineType) {
    if (!(codeFlags & (CO_COROUTINE | CO_ITERABLE_COROUTINE))) {
      throw typeError("cannot 'yield from' a coroutine object in a non-coroutine generator");
    }
    return v;
  }
  return getIter(v);
}

/** GET_AITER: obj.__aiter__(), which must have __anext__. */
export function getAIter(obj: PyValue): PyValue {
  if (typeOf(obj).lookup('__aiter__') === undefined) {
    throw typeError(`'async for' requires an object with __aiter__ method, got ${typeName(obj)}`);
  }
  const it = callSpecial(obj, '__aiter__', [])!;
  if (typeOf(it).lookup('__anext__') === undefined) {
    throw typeError(`'async for' received an object from __aiter__ that does not implement __anext__: ${typeName(it)}`);
  }
  return it;
}

/** GET_ANEXT: the awaitable of aiter.__anext__(). */
export function getANext(aiter: PyValue): PyValue {
  if (aiter instanceof PyGenerator && aiter.cls === asyncGeneratorType) return asyncGenAnext(aiter);
  if (typeOf(aiter).lookup('__anext__') === undefined) {
    throw typeError(`'async for' requires an iterator with __anext__ method, got ${typeName(aiter)}`);
  }
  const next = callSpecial(aiter, '__anext__', [])!;
  let it: PyValue | null;
  try {
    it = awaitableIter(next);
  } catch (e) {
    if (!(e instanceof PyBaseException)) throw e;
    throw invalidAnext(next, e);
  }
  if (it === null) throw invalidAnext(next, typeError(`'${typeName(next)}' object can't be awaited`));
  return it;
}

/** The TypeError for an __anext__ result that cannot be awaited, chained from the reason. */
function invalidAnext(next: PyValue, cause: PyBaseException): PyBaseException {
  const e = typeError(`'async for' received an invalid object from __anext__: ${typeName(next)}`);
  e.cause = cause;
  e.context = cause;
  e.suppressContext = true;
  return e;
}

/** END_ASYNC_FOR: true when the exception ends the loop (StopAsyncIteration); else it is re-raised. */
export function endsAsyncFor(exc: PyValue): boolean {
  return exc instanceof PyBaseException && exc.cls.isSubtypeOf(StopAsyncIteration);
}

/** StopIteration carrying a value (what a finished awaitable raises). */
export function stopIteration(value: PyValue): PyBaseException {
  const e = new PyBaseException(StopIteration, value === None ? [] : [value]);
  excSetAttr(e, 'value', value);
  return e;
}

/** async_gen_init_hooks: on the first asend/athrow/aclose, remember the finalizer and call firstiter. */
export function initAsyncGenHooks(g: PyGenerator): void {
  if (g.hooksInited) return;
  g.hooksInited = true;
  if (asyncGenHooks.finalizer !== None) g.finalizer = asyncGenHooks.finalizer;
  if (asyncGenHooks.firstiter !== None) callObject(asyncGenHooks.firstiter, [g]);
}

/** agen.__anext__() (also what GET_ANEXT uses, with `watch` false: it is awaited at once). */
export function asyncGenAnext(g: PyGenerator, watch = false): PyAsyncGenASend {
  initAsyncGenHooks(g);
  const o = new PyAsyncGenASend(g, None);
  if (watch) watchUntilAwaited(o);
  return o;
}

/**
 * An asend/athrow/aclose awaitable made by a method call: dropped before it is first awaited, it warns
 * "never awaited" (vm/runtime/lifetime/finalizers.ts), so its death must be noticed until then
 * (awaitableStarted). Not when the calling code awaits it at once (`await agen.asend(v)`): nothing can
 * drop it before it starts.
 */
export function watchUntilAwaited(o: PyAsyncGenASend | PyAsyncGenAThrow): void {
  const interp = currentInterpreter();
  const f = interp.frame;
  if (f !== null && f.code.ops[f.pc] === Op.GET_AWAITABLE) return;
  o.lifetimeWatched = true;
  interp.lifetime.watch(o);
}

/** The awaitable left its Init state (or may have): no "never awaited" warning any more. */
export function awaitableStarted(o: PyAsyncGenASend | PyAsyncGenAThrow): void {
  if (o.state === AwaitableState.Init) return;
  o.lifetimeWatched = false;
  currentInterpreter().lifetime.unwatch(o);
}

/** INTRINSIC_ASYNC_GEN_WRAP: mark a value yielded by an async generator's `yield`. */
export function asyncGenWrap(v: PyValue): PyValue {
  return new PyAsyncGenWrappedValue(v);
}

// ---- the builtins aiter() and anext() ----------------------------------------------------------------

/** aiter(obj) */
export function builtinAiter(args: PyValue[]): PyValue {
  if (args.length !== 1) throw typeError(`aiter expected 1 argument, got ${args.length}`);
  const obj = args[0];
  if (typeOf(obj).lookup('__aiter__') === undefined) throw typeError(`'${typeName(obj)}' object is not an async iterable`);
  const it = callSpecial(obj, '__aiter__', [])!;
  if (typeOf(it).lookup('__anext__') === undefined) {
    throw typeError(`aiter() returned not an async iterator of type '${typeName(it)}'`);
  }
  return it;
}

/** anext(aiter[, default]) */
export function builtinAnext(args: PyValue[]): PyValue {
  if (args.length < 1) throw typeError(`anext expected at least 1 argument, got ${args.length}`);
  if (args.length > 2) throw typeError(`anext expected at most 2 arguments, got ${args.length}`);
  const aiter = args[0];
  if (typeOf(aiter).lookup('__anext__') === undefined) throw typeError(`'${typeName(aiter)}' object is not an async iterator`);
  const awaitable = callSpecial(aiter, '__anext__', [])!;
  if (args.length === 1) return awaitable;
  return new PyAnextAwaitable(awaitable, args[1]);
}

export function anextInner(o: PyAnextAwaitable): PyValue {
  if (o.inner === null) {
    const it = awaitableIter(o.awaitable);
    if (it === null) throw typeError(`'${typeName(o.awaitable)}' object can't be awaited`);
    o.inner = it;
  }
  return o.inner;
}

/** One step of the anext awaitable; StopAsyncIteration from the iterator becomes StopIteration(default). */
export function anextStep(o: PyAnextAwaitable, step: (inner: PyValue) => PyValue): PyValue {
  try {
    return step(anextInner(o));
  } catch (e) {
    if (e instanceof PyBaseException && e.cls.isSubtypeOf(StopAsyncIteration)) throw stopIteration(o.defaultValue);
    throw e;
  }
}

export function sendTo(inner: PyValue, v: PyValue): PyValue {
  const r = sendGeneric(currentInterpreter(), inner, v);
  if (r.done) throw stopIteration(r.value);
  return r.value;
}

// ---- sys.set_asyncgen_hooks / sys.get_asyncgen_hooks -------------------------------------------------

let hooksType: PyType | null = null;

/** sys.get_asyncgen_hooks(): asyncgen_hooks(firstiter=..., finalizer=...). */
export function getAsyncGenHooks(): PyValue {
  if (hooksType === null) {
    // Made on first use: struct sequence types register methods, which must not run while modules load.
    hooksType = makeStructSeqType('asyncgen_hooks', 'builtins', ['firstiter', 'finalizer']);
    defMethod(hooksType, '__repr__', (self) => {
      const items = (self as PyTuple).items;
      return `asyncgen_hooks(firstiter=${repr(items[0])}, finalizer=${repr(items[1])})`;
    });
  }
  return structSeq(hooksType, [asyncGenHooks.firstiter, asyncGenHooks.finalizer]);
}

/** sys.set_asyncgen_hooks([firstiter] [, finalizer]): each hook given is set (None clears it). */
export function setAsyncGenHooks(args: PyValue[], kwargs: Map<string, PyValue> | null): PyValue {
  if (args.length + (kwargs?.size ?? 0) > 2) {
    throw typeError(`function takes at most 2 arguments (${args.length + (kwargs?.size ?? 0)} given)`);
  }
  let firstiter: PyValue | undefined = args[0];
  let finalizer: PyValue | undefined = args[1];
  for (const [k, v] of kwargs ?? []) {
    if (k === 'firstiter' && args.length < 1) firstiter = v;
    else if (k === 'finalizer' && args.length < 2) finalizer = v;
    else if (k === 'firstiter' || k === 'finalizer') {
      throw typeError(`argument for set_asyncgen_hooks() given by name ('${k}') and position (${k === 'firstiter' ? 1 : 2})`);
    } else throw typeError(`set_asyncgen_hooks() got an unexpected keyword argument '${k}'`);
  }
  if (finalizer !== undefined && finalizer !== None && !isCallable(finalizer)) {
    throw typeError(`callable finalizer expected, got ${typeName(finalizer)}`);
  }
  if (firstiter !== undefined && firstiter !== None && !isCallable(firstiter)) {
    throw typeError(`callable firstiter expected, got ${typeName(firstiter)}`);
  }
  if (finalizer !== undefined) asyncGenHooks.finalizer = finalizer;
  if (firstiter !== undefined) asyncGenHooks.firstiter = firstiter;
  return None;
}
