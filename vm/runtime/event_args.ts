// The arguments of tracing events that are read off a frame's value stack around an instruction: the
// callable and first argument of a call, and the StopIteration that ends a loop or a `yield from` without
// being raised to the program. CPython computes them once, in its instrumented instructions, and both its
// legacy tracing (sys.settrace, sys.setprofile) and sys.monitoring's tools receive them; here sys_trace.ts
// and monitoring.ts both read them through this module, so that they agree on the stack layout.
//
// Must only read: it never calls Python code, never changes a frame, and allocates only what it returns.

import { PyValue, PyObject } from '../objects/object.js';
import { None } from '../objects/singletons.js';
import { PyTuple } from '../objects/tuple.js';
import { PyList } from '../objects/list.js';
import { PyFunction, PyMethod } from '../objects/function.js';
import { PyBaseException, StopIteration } from '../objects/exceptions.js';
import { PyGenerator } from '../objects/generator.js';
import { Op } from '../bytecode/opcodes.js';
import { absorbedStopIteration } from './protocols.js';
import type { Frame } from './frame.js';

/** A call about to be made by CALL, CALL_KW, CALL_FUNCTION_EX or LOAD_SUPER_ATTR, as sys.monitoring's CALL event sees it. */
export interface CallSite {
  /** What is called; for CALL and CALL_KW of a bound method, its function (the method's self is `arg0`). */
  callable: PyValue;
  /** The first argument (a bound method's self), or undefined when the call has none. */
  arg0: PyValue | undefined;
  /** The callee does not run as a Python frame: CPython reports how its call ends (C_RETURN, C_RAISE). */
  native: boolean;
}

/**
 * The call that the CALL, CALL_KW or CALL_FUNCTION_EX instruction at `index` of `frame` is about to make
 * (`frame.sp` current). For CALL_FUNCTION_EX the first argument is read from a tuple or list of positional
 * arguments; any other iterable would have to be consumed to know it, so it is reported as none.
 */
export function callSiteAt(frame: Frame, index: number): CallSite {
  const slots = frame.slots;
  const sp = frame.sp;
  const op = frame.code.ops[index];
  if (op === Op.CALL_FUNCTION_EX) {
    const callable = slots[sp - 4] as PyValue;
    const args = slots[sp - 2];
    const arg0 = (args instanceof PyTuple || args instanceof PyList) && args.items.length > 0 ? args.items[0] : undefined;
    // A bound method is called as it is (not split into function and self), and runs a Python frame.
    return { callable, arg0, native: !(callable instanceof PyFunction) && !(callable instanceof PyMethod) };
  }
  const oparg = frame.code.args[index];
  const base = op === Op.CALL_KW ? sp - oparg - 3 : sp - oparg - 2;
  let callable = slots[base] as PyValue;
  const self = slots[base + 1];
  let arg0: PyValue | undefined;
  if (self === null && callable instanceof PyMethod) {
    arg0 = callable.self;
    callable = callable.func;
  } else if (self !== null && self !== undefined) {
    arg0 = self as PyValue;
  } else if (oparg > 0) {
    arg0 = slots[base + 2] as PyValue;
  }
  return { callable, arg0, native: !(callable instanceof PyFunction) };
}

/**
 * The call of super that LOAD_SUPER_ATTR at `index` of `frame` is about to make for `super(...).name`:
 * super itself (a type: its end is reported as a builtin's), with the class as first argument in the
 * two-argument form.
 */
export function superCallAt(frame: Frame, index: number): CallSite {
  const sp = frame.sp;
  const arg0 = (frame.code.args[index] & 2) !== 0 ? (frame.slots[sp - 2] as PyValue) : undefined;
  return { callable: frame.slots[sp - 3] as PyValue, arg0, native: true };
}

/** The StopIteration that carries a generator's return value `value` (no argument for None). */
export function stopIterationOf(value: PyValue): PyBaseException {
  return new PyBaseException(StopIteration, value === None ? [] : [value]);
}

/**
 * At END_FOR or END_SEND about to run: when the iterator below the top of the stack is a generator, it
 * returned the value on top into the loop or the `yield from`; the StopIteration CPython reports for that
 * (it is never raised to the program). Null for any other iterator.
 */
export function generatorReturnAt(frame: Frame): PyBaseException | null {
  const slots = frame.slots;
  if (!(slots[frame.sp - 2] instanceof PyGenerator)) return null;
  return stopIterationOf(slots[frame.sp - 1] as PyValue);
}

/**
 * After a FOR_ITER left its loop (the iterator still on top of the stack): the StopIteration that a
 * `__next__` written in Python raised, which FOR_ITER swallowed and CPython reports; null for generators
 * and native iterators, which just stop.
 */
export function pythonIteratorStopAt(frame: Frame): PyBaseException | null {
  const it = frame.slots[frame.sp - 1];
  if (!(it instanceof PyObject) || it instanceof PyGenerator || !(it.cls.lookup('__next__') instanceof PyFunction)) return null;
  return absorbedStopIteration ?? new PyBaseException(StopIteration, []);
}
