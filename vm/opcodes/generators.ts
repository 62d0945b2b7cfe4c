// Opcode helpers for generators and coroutines: RETURN_GENERATOR, the bookkeeping when a generator
// frame yields, returns or dies, and SEND to a non-generator iterator.

import { PyValue } from '../objects/object.js';
import { PyGenerator, generatorType, coroutineType, asyncGeneratorType } from '../objects/generator.js';
import { CO_COROUTINE, CO_ASYNC_GENERATOR, CO_ITERABLE_COROUTINE } from '../objects/code.js';
import { None } from '../objects/singletons.js';
import { PyBaseException, StopIteration, excGetAttr } from '../objects/exceptions.js';
import { Frame } from '../runtime/frame.js';
import { callSpecial } from '../runtime/attributes.js';
import { iterNext } from '../runtime/protocols.js';
import type { Interpreter } from '../runtime/interpreter.js';

export function makeGenerator(frame: Frame): PyGenerator {
  const code = frame.code;
  const cls = code.flags & CO_COROUTINE ? coroutineType : code.flags & CO_ASYNC_GENERATOR ? asyncGeneratorType : generatorType;
  const name = frame.func?.name ?? code.name;
  const qualname = frame.func?.qualname ?? code.qualname;
  const gen = new PyGenerator(frame, name, qualname, cls);
  void CO_ITERABLE_COROUTINE;
  frame.generator = gen;
  return gen;
}

export function suspendGenerator(frame: Frame): void {
  const gen = frame.generator as PyGenerator | null;
  if (gen !== null) gen.running = false;
}

export function finishGenerator(frame: Frame): void {
  const gen = frame.generator as PyGenerator;
  gen.running = false;
  gen.finished = true;
}

export function abandonGenerator(frame: Frame): void {
  const gen = frame.generator as PyGenerator;
  gen.running = false;
  gen.finished = true;
}

/** SEND to something other than a generator we can push: iter.send(v) or next(iter). */
export function sendGeneric(interp: Interpreter, receiver: PyValue, v: PyValue): { done: boolean; value: PyValue } {
  if (receiver instanceof PyGenerator) {
    return interp.resumeGenerator(receiver, v, null);
  }
  try {
    let r: PyValue | undefined;
    if (v === None) {
      r = iterNext(receiver);
      if (r === undefined) return { done: true, value: None };
      return { done: false, value: r };
    }
    r = callSpecial(receiver, 'send', [v]);
    return { done: false, value: r! };
  } catch (e) {
    if (e instanceof PyBaseException && e.cls.isSubtypeOf(StopIteration)) {
      return { done: true, value: stopIterationValue(e) };
    }
    throw e;
  }
}

export function stopIterationValue(e: PyBaseException): PyValue {
  return excGetAttr(e, 'value');
}
