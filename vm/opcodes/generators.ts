// Opcode helpers for generators and coroutines: RETURN_GENERATOR, the bookkeeping when a generator
// frame yields, returns or dies, and SEND to a non-generator iterator. Nothing here runs on the
// generic path of other opcodes.

import { PyValue } from '../objects/object.js';
import { PyGenerator, generatorType, coroutineType, asyncGeneratorType } from '../objects/generator.js';
import { currentInterpreter } from '../runtime/interpreter.js';
import { CO_COROUTINE, CO_ASYNC_GENERATOR } from '../objects/code.js';
import { None } from '../objects/singletons.js';
import { PyBaseException, StopIteration, excGetAttr } from '../objects/exceptions.js';
import { Frame } from '../runtime/frame.js';
import { callSpecial, getAttr } from '../runtime/attributes.js';
import { isIterator } from '../runtime/protocols.js';
import { callObject } from '../runtime/call.js';
import { PyIterator } from '../objects/iterators.js';
import { Op } from '../bytecode/opcodes.js';
import type { Interpreter } from '../runtime/interpreter.js';

export function makeGenerator(frame: Frame): PyGenerator {
  const code = frame.code;
  const cls = code.flags & CO_COROUTINE ? coroutineType : code.flags & CO_ASYNC_GENERATOR ? asyncGeneratorType : generatorType;
  const name = frame.func?.name ?? code.name;
  const qualname = frame.func?.qualname ?? code.qualname;
  const gen = new PyGenerator(frame, name, qualname, cls);
  frame.generator = gen;
  if (cls === coroutineType) {
    if (!awaitedAtOnce(frame)) {
      // Dropped before it starts, it warns "never awaited" (vm/runtime/lifetime/finalizers.ts), so its
      // death must be noticed. Once started it stays watched (in its place in the order of watching,
      // the order of creation that CPython's cycle collector finalizes in) until its first suspension
      // decides (suspendGenerator).
      gen.lifetimeWatched = true;
      const interp = currentInterpreter();
      interp.lifetime.watch(gen);
      if (interp.runLevel > 1 && frame.back !== null) interp.lifetime.watchYoung(gen, frame.back);
    }
  } else if (cls === asyncGeneratorType) {
    // Inside a task (a nested run), its death can be noticed where it happens (Lifetime.watchYoung).
    const interp = currentInterpreter();
    if (interp.runLevel > 1 && frame.back !== null) interp.lifetime.watchYoung(gen, frame.back);
  }
  return gen;
}

/**
 * Is the coroutine made by `frame` awaited by the very next instruction of its caller (`await f()`)?
 * Then nothing can drop it before SEND starts it, and watching it would only slow the eval loop down.
 */
function awaitedAtOnce(frame: Frame): boolean {
  const caller = frame.back;
  return caller !== null && caller.code.ops[caller.pc] === Op.GET_AWAITABLE;
}

/*
 * The handled exception (sys.exception()) while a generator runs. CPython gives each generator its own
 * exc_info entry, stacked on its caller's; sys.exception() shows the innermost one that is not None.
 * The interpreter has a single excInfo slot, so entering a generator installs the generator's own
 * handled exception (if any) over the caller's, and leaving it puts the caller's back.
 */

/** Called when a generator frame is resumed (by resumeGenerator, FOR_ITER or SEND). */
export function enterGenerator(interp: Interpreter, gen: PyGenerator): void {
  gen.callerExc = interp.excInfo;
  if (gen.excState !== None) interp.excInfo = gen.excState;
}

/** PUSH_EXC_INFO in a generator frame: the generator's own handled exception, None if it is the caller's. */
export function generatorOwnExc(interp: Interpreter, frame: Frame): PyValue {
  const gen = frame.generator as PyGenerator;
  return interp.excInfo === gen.callerExc ? None : interp.excInfo;
}

/** POP_EXCEPT restoring None in a generator frame: what its current caller is handling. */
export function generatorCallerExc(frame: Frame): PyValue {
  return (frame.generator as PyGenerator).callerExc;
}

export function suspendGenerator(interp: Interpreter, frame: Frame): void {
  const gen = frame.generator as PyGenerator | null;
  if (gen !== null) {
    gen.running = false;
    // YIELD_VALUE has just popped the value yielded: it is still in the slot above the stack.
    if (interp.lifetime.checksNested) interp.lifetime.frameLeft(frame, frame.slots[frame.sp]);
    gen.excState = interp.excInfo === gen.callerExc ? None : interp.excInfo;
    interp.excInfo = gen.callerExc;
    // Suspended inside a try or with block (its RESUME's exception depth is not 1): closing it when it
    // dies runs code, so its death must be noticed (vm/runtime/lifetime). So must an async generator's
    // with a finalizer hook (sys.set_asyncgen_hooks), which is called wherever it is suspended.
    const code = frame.code;
    const watch = (code.ops[frame.pc] === Op.RESUME && (code.args[frame.pc] & RESUME_OPARG_DEPTH1_MASK) === 0) ||
      (gen.finalizer !== None && !gen.closed);
    if (watch !== gen.lifetimeWatched) {
      gen.lifetimeWatched = watch;
      if (watch) interp.lifetime.watch(gen);
      else interp.lifetime.unwatch(gen);
    }
  }
}

/** CPython's RESUME oparg bit: the instruction is outside every try block but the implicit one. */
const RESUME_OPARG_DEPTH1_MASK = 4;

export function finishGenerator(interp: Interpreter, frame: Frame): void {
  const gen = frame.generator as PyGenerator;
  gen.running = false;
  gen.finished = true;
  gen.excState = None;
  interp.excInfo = gen.callerExc;
  if (interp.lifetime.checksNested) interp.lifetime.frameLeft(frame, undefined);
  if (gen.lifetimeWatched) {
    gen.lifetimeWatched = false;
    interp.lifetime.unwatch(gen);
  }
}

export function abandonGenerator(interp: Interpreter, frame: Frame): void {
  finishGenerator(interp, frame);
}

/**
 * SEND to something other than a generator we can push: next(iter) when sending None to an iterator,
 * else iter.send(v). A StopIteration ends the delegation with its value (as SEND does in CPython).
 */
export function sendGeneric(interp: Interpreter, receiver: PyValue, v: PyValue): { done: boolean; value: PyValue } {
  if (receiver instanceof PyGenerator && receiver.cls !== asyncGeneratorType) {
    return interp.resumeGenerator(receiver, v, null);
  }
  try {
    let r: PyValue | undefined;
    if (v === None && isIterator(receiver)) {
      if (receiver instanceof PyIterator && !receiver.cls.isHeap) {
        r = receiver.next();
        if (r === undefined) return { done: true, value: None };
        return { done: false, value: r };
      }
      r = callSpecial(receiver, '__next__', []);
      return { done: false, value: r! };
    }
    r = callMethod(receiver, 'send', [v]);
    return { done: false, value: r };
  } catch (e) {
    if (e instanceof PyBaseException && e.cls.isSubtypeOf(StopIteration)) {
      return { done: true, value: stopIterationValue(e) };
    }
    throw e;
  }
}

/** receiver.send(v) as CPython's PyObject_CallMethodOneArg does it (an instance attribute counts). */
function callMethod(receiver: PyValue, name: string, args: PyValue[]): PyValue {
  return callObject(getAttr(receiver, name), args);
}

export function stopIterationValue(e: PyBaseException): PyValue {
  return excGetAttr(e, 'value');
}
