// The interpreter: the eval loop that executes CPython 3.14 bytecode, frame by frame.
//
// One `run(entry)` executes until `entry` returns or yields. Calls from Python to Python functions push
// a frame inside the same loop (no JS recursion), as do generators resumed by FOR_ITER and SEND; calls
// from native code into Python (a key function, __repr__, ...) start a nested run(). Exceptions are JS
// throws of PyBaseException; the catch block finds the handler in the exception table or unwinds.
//
// Each case is one opcode, with its stack effect as in Python/bytecodes.c. Short handlers are inline;
// longer ones live in vm/opcodes/*.ts. This file must stay free of per-instruction allocation.

import { concatStr } from '../objects/str_surrogates.js';
import { PyValue, PyType, typeOf, typeName } from '../objects/object.js';
import { Op, CACHE_ENTRIES, OPNAMES } from '../bytecode/opcodes.js';
import { findHandler } from '../bytecode/exception_table.js';
import { PyCode, CO_GENERATOR, CO_COROUTINE, CO_ASYNC_GENERATOR, CO_ITERABLE_COROUTINE } from '../objects/code.js';
import { PyDict } from '../objects/dict.js';
import { dictSet } from '../objects/dict_keys.js';
import { PyFunction, PyMethod } from '../objects/function.js';
import { PyCell } from '../objects/cell.js';
import { PyTuple, tuple } from '../objects/tuple.js';
import { PyList } from '../objects/list.js';
import { PySet } from '../objects/set.js';
import { PyFloat } from '../objects/float.js';
import { None, NotImplemented } from '../objects/singletons.js';
import { PyGenerator, generatorType, coroutineType, asyncGeneratorType, generatorKind } from '../objects/generator.js';
import { PyIterator } from '../objects/iterators.js';
import { PyTraceback } from '../objects/traceback.js';
import {
  PyBaseException, StopIteration, GeneratorExit, RecursionError, SystemError,
  exceptionType,
} from '../objects/exceptions.js';
import { PyNativeFunction, PyMethodDescriptor } from '../objects/native.js';
import { Frame, Slot } from './frame.js';
import { bindArguments, bindArgumentsKw } from './arguments.js';
import { getAttr, loadMethodInto, setAttr, delAttr } from './attributes.js';
import {
  truthy, getIter, iterNext, callNext, contains, getItem, setItem, delItem, richCompare, Cmp, str, repr,
} from './protocols.js';
import { binaryOp, unaryNegative, unaryInvert, unaryPositive } from './operators.js';
import { typeError, runtimeError, valueError, nameError, systemError } from './raise.js';
import { Host } from '../host.js';
import { buildInterpolation, buildTemplate } from '../objects/template.js';
import { PyModule } from '../objects/module.js';
import * as ops from '../opcodes/index.js';
import { Tracer, HaltExecution } from './tracer.js';
import type { SysTrace } from './sys_trace.js';
import { runPendingSignals } from './signals.js';
import { Lifetime } from './lifetime/lifetime.js';
import type { Threads } from './threads.js';

let current: Interpreter | null = null;

/** The interpreter running on this thread (one at a time). */
export function currentInterpreter(): Interpreter {
  if (current === null) throw new Error('no interpreter is running');
  return current;
}

export const GENERATOR_FLAGS = CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR | CO_ITERABLE_COROUTINE;

export type { Tracer } from './tracer.js';

export class Interpreter {
  readonly host: Host;
  builtins: PyDict = new PyDict();
  /** The builtins module object (what __builtins__ names in module globals). */
  builtinsModule!: PyModule;
  /** The sys module's dict. */
  sys: PyDict = new PyDict();
  /** sys.modules */
  readonly modules = new PyDict();
  /** The exception currently being handled (sys.exception()), or None. */
  excInfo: PyValue = None;
  /** The innermost executing frame. */
  frame: Frame | null = null;
  /** Python call depth, compared with the recursion limit. */
  depth = 0;
  recursionLimit = 1000;
  tracer: Tracer | null = null;
  /**
   * The Python-level trace/profile functions (sys.settrace, sys.setprofile), or null. When set, it is
   * also `tracer` (wrapping the recorder, if any), so the eval loop's one tracer check covers both.
   */
  sysTrace: SysTrace | null = null;
  /** Finalizers and weak reference deaths (lifetime/lifetime.ts). */
  readonly lifetime: Lifetime;
  /**
   * How many run() calls are active: 1 in the outermost one (the script's), more inside calls from
   * native code, whose JavaScript variables may hold objects (no lifetime checks there).
   */
  runLevel = 0;
  /** sys.getswitchinterval(): how long a thread runs before another gets its turn (threads.ts). */
  switchInterval = 0.005;
  /** The threads besides the main one (threads.ts), from when the program first starts one. */
  threads: Threads | null = null;
  /** Set by RERAISE: the next catch must not add a traceback entry. */
  private reraising = false;
  private nativeDepth = 0;

  constructor(host: Host) {
    this.host = host;
    this.lifetime = new Lifetime(this);
    current = this;
  }

  activate(): void {
    current = this;
  }

  // ---- calls from native code ------------------------------------------------------------------------

  callFunction(func: PyFunction, args: PyValue[], kwargs: Map<string, PyValue> | null): PyValue {
    const frame = this.makeFrame(func, args, kwargs);
    return this.runNested(frame);
  }

  makeFrame(func: PyFunction, args: PyValue[], kwargs: Map<string, PyValue> | null): Frame {
    const code = func.code;
    const frame = new Frame(code, func.globals, func.builtins, null, func);
    bindArguments(func, frame.slots, args, kwargs);
    return frame;
  }

  /** Run a frame from native code, guarding the JS stack. */
  runNested(frame: Frame): PyValue {
    if (++this.nativeDepth > 200 + this.recursionLimit) {
      this.nativeDepth--;
      throw new PyBaseException(RecursionError, ['maximum recursion depth exceeded']);
    }
    try {
      return this.run(frame);
    } finally {
      this.nativeDepth--;
    }
  }

  /** next() on any iterator, generators included; undefined when exhausted. */
  iterNextGeneric(it: PyValue): PyValue | undefined {
    if (it instanceof PyGenerator && it.cls === generatorType) {
      const r = this.resumeGenerator(it, None, null);
      return r.done ? undefined : r.value;
    }
    return callNext(it);
  }

  // ---- generators ------------------------------------------------------------------------------------

  /** Resume a generator with a value to send, or an exception to throw into it. */
  resumeGenerator(gen: PyGenerator, value: PyValue, exc: PyBaseException | null): { done: boolean; value: PyValue } {
    if (gen.running) throw valueError(`${generatorKind(gen)} already executing`);
    if (gen.finished) {
      if (gen.cls === coroutineType) throw runtimeError('cannot reuse already awaited coroutine');
      if (exc !== null) throw exc;
      return { done: true, value: None };
    }
    const frame = gen.frame;
    if (!gen.started && value !== None && exc === null) {
      throw typeError(`can't send non-None value to a just-started ${generatorKind(gen)}`);
    }
    if (!gen.started && exc !== null) {
      // Throwing into a generator that has not started: it finishes without running.
      gen.finished = true;
      throw exc;
    }
    gen.started = true;
    ops.enterGenerator(this, gen);
    gen.running = true;
    frame.yielded = false;
    frame.returnTarget = -1;
    if (exc === null) frame.slots[frame.sp++] = value;
    let result: PyValue;
    try {
      result = this.run(frame, exc);
    } catch (e) {
      gen.running = false;
      gen.finished = true;
      this.excInfo = gen.callerExc; // also when the frame never started (recursion limit)
      if (e instanceof PyBaseException && e.cls.isSubtypeOf(StopIteration) && !this.isStopIterationFromReturn(e)) {
        throw e;
      }
      throw e;
    }
    gen.running = false;
    if (frame.yielded) return { done: false, value: result };
    gen.finished = true;
    return { done: true, value: result };
  }

  private isStopIterationFromReturn(_e: PyBaseException): boolean {
    return false;
  }

  // ---- the eval loop ---------------------------------------------------------------------------------

  run(entry: Frame, throwIn: PyBaseException | null = null): PyValue {
    if (++this.runLevel === 1) this.lifetime.baseFrame = entry;
    const threads = this.threads;
    if (threads !== null) threads.loopOwners.push(threads.current);
    try {
      return this.evalLoop(entry, throwIn);
    } finally {
      this.runLevel--;
      // The threads may have been created inside this loop: they then counted it as the main thread's.
      if (this.threads !== null) this.threads.loopOwners.pop();
    }
  }

  /** Signal handlers run in the main thread only, as CPython's do. */
  private onMainThread(): boolean {
    return this.threads === null || this.threads.current === this.threads.main;
  }

  /**
   * Run thread `threads.current` (made current by threads.ts, its innermost frame this.frame) in a nested
   * loop until its slice ends, it waits or it ends: what threads.ts does while another thread waits
   * inside native code.
   */
  runSlice(resumeError: PyBaseException | null): void {
    const threads = this.threads!;
    this.runLevel++;
    threads.loopOwners.push(threads.current);
    try {
      this.evalLoop(null, resumeError);
    } finally {
      this.runLevel--;
      threads.loopOwners.pop();
    }
  }

  /** `entry` null: a thread's slice (runSlice), which returns at a switch instead of switching. */
  private evalLoop(entry: Frame | null, throwIn: PyBaseException | null): PyValue {
    const host = this.host;
    const interrupt = host.interruptFlag;
    let frame: Frame;
    if (entry === null) {
      frame = this.frame!;
    } else {
      entry.back = this.frame;
      frame = entry;
      if (++this.depth > this.recursionLimit) {
        this.depth--;
        entry.back = null;
        throw new PyBaseException(RecursionError, ['maximum recursion depth exceeded']);
      }
      frame.depth = this.depth;
      this.frame = frame;
      if (this.tracer !== null) this.tracer.enter(entry);
    }
    let code: PyCode = frame.code;
    let opsArr = code.ops;
    let argsArr = code.args;
    let nexts = code.nexts;
    let consts = code.consts;
    let names = code.names;
    let slots: Slot[] = frame.slots;
    let sp = frame.sp;
    let pc = frame.pc;
    let here = frame.lasti;
    let pending: unknown = throwIn;
    if (this.sysTrace !== null && entry !== null) {
      // Python trace functions: the entry frame's first instruction is reported before it runs (what a
      // trace function raises is thrown from there), or the exception thrown in is.
      if (throwIn !== null) {
        pending = this.sysTrace.throwInto(frame, throwIn);
      } else {
        frame.sp = sp;
        here = pc;
        pending = this.sysTrace.beforeCatching(frame, pc, frame.lasti);
      }
    }

    for (;;) {
      try {
        if (pending !== null) {
          const p = pending;
          pending = null;
          throw p;
        }
        for (;;) {
          here = pc;
          const execFrame = frame;
          const op = opsArr[pc];
          const oparg = argsArr[pc];
          pc = nexts[pc];
          switch (op) {
            case Op.NOP:
            case Op.NOT_TAKEN:
            case Op.EXTENDED_ARG:
              break;

            case Op.RESUME: // (--)
              if (interrupt !== null && interrupt[0] !== 0 && this.onMainThread()) {
                // A signal (Ctrl-C) arrived: run its Python handler here, as CPython's eval breaker does.
                frame.lasti = here;
                frame.sp = sp;
                runPendingSignals(this);
              }
              break;

            // ---- locals and constants ----
            case Op.LOAD_FAST: // (-- value)
            case Op.LOAD_FAST_BORROW:
              slots[sp++] = slots[oparg];
              break;
            case Op.LOAD_FAST_CHECK: { // (-- value)
              const v = slots[oparg];
              if (v === undefined) throw unboundLocal(code, oparg);
              slots[sp++] = v;
              break;
            }
            case Op.LOAD_FAST_LOAD_FAST: // (-- value1, value2)
            case Op.LOAD_FAST_BORROW_LOAD_FAST_BORROW:
              slots[sp++] = slots[oparg >> 4];
              slots[sp++] = slots[oparg & 15];
              break;
            case Op.LOAD_FAST_AND_CLEAR: // (-- value)
              slots[sp++] = slots[oparg];
              slots[oparg] = undefined;
              break;
            case Op.STORE_FAST: // (value --)
              slots[oparg] = slots[--sp];
              break;
            case Op.STORE_FAST_LOAD_FAST: // (value1 -- value2)
              slots[oparg >> 4] = slots[sp - 1];
              slots[sp - 1] = slots[oparg & 15];
              break;
            case Op.STORE_FAST_STORE_FAST: // (value2, value1 --)
              slots[oparg >> 4] = slots[sp - 1];
              slots[oparg & 15] = slots[sp - 2];
              sp -= 2;
              break;
            case Op.DELETE_FAST: // (--)
              if (slots[oparg] === undefined) throw unboundLocal(code, oparg);
              slots[oparg] = undefined;
              break;
            case Op.LOAD_CONST: // (-- value)
              slots[sp++] = consts[oparg];
              break;
            case Op.LOAD_SMALL_INT: // (-- value)
              slots[sp++] = oparg;
              break;
            case Op.LOAD_COMMON_CONSTANT: // (-- value)
              slots[sp++] = ops.commonConstant(this, oparg);
              break;

            // ---- stack manipulation ----
            case Op.POP_TOP: // (value --)
            case Op.END_FOR:
            case Op.POP_ITER:
              slots[--sp] = undefined;
              break;
            case Op.PUSH_NULL: // (-- null)
              slots[sp++] = null;
              break;
            case Op.END_SEND: // (receiver, value -- value)
              slots[sp - 2] = slots[sp - 1];
              slots[--sp] = undefined;
              break;
            case Op.COPY: // (bottom, unused[oparg-1] -- bottom, unused[oparg-1], top)
              slots[sp] = slots[sp - oparg];
              sp++;
              break;
            case Op.SWAP: { // (bottom, unused[oparg-2], top -- top, unused[oparg-2], bottom)
              const t = slots[sp - 1];
              slots[sp - 1] = slots[sp - oparg];
              slots[sp - oparg] = t;
              break;
            }

            // ---- unary and binary operators ----
            case Op.UNARY_NEGATIVE: // (value -- res)
              slots[sp - 1] = unaryNegative(slots[sp - 1] as PyValue);
              break;
            case Op.UNARY_INVERT: // (value -- res)
              slots[sp - 1] = unaryInvert(slots[sp - 1] as PyValue);
              break;
            case Op.UNARY_NOT: // (value -- res)
              slots[sp - 1] = slots[sp - 1] !== true;
              break;
            case Op.TO_BOOL: { // (value -- res)
              const v = slots[sp - 1] as PyValue;
              if (typeof v !== 'boolean') slots[sp - 1] = truthy(v);
              break;
            }
            case Op.BINARY_OP: { // (lhs, rhs -- res)
              const rhs = slots[--sp] as PyValue;
              const lhs = slots[sp - 1] as PyValue;
              slots[sp] = undefined;
              if (typeof lhs === 'number' && typeof rhs === 'number') {
                const r = ops.smallIntBinary(oparg, lhs, rhs);
                if (r !== undefined) {
                  slots[sp - 1] = r;
                  break;
                }
              }
              slots[sp - 1] = binaryOp(oparg, lhs, rhs);
              break;
            }
            case Op.BINARY_SLICE: { // (container, start, stop -- res)
              const stop = slots[--sp] as PyValue;
              const start = slots[--sp] as PyValue;
              slots[sp - 1] = ops.binarySlice(slots[sp - 1] as PyValue, start, stop);
              break;
            }
            case Op.STORE_SLICE: { // (v, container, start, stop --)
              const stop = slots[--sp] as PyValue;
              const start = slots[--sp] as PyValue;
              const container = slots[--sp] as PyValue;
              const v = slots[--sp] as PyValue;
              ops.storeSlice(v, container, start, stop);
              break;
            }
            case Op.STORE_SUBSCR: { // (v, container, sub --)
              const sub = slots[--sp] as PyValue;
              const container = slots[--sp] as PyValue;
              const v = slots[--sp] as PyValue;
              if (container instanceof PyList && typeof sub === 'number' && container.cls.isHeap === false) {
                const items = container.items;
                const i = sub < 0 ? sub + items.length : sub;
                if (i >= 0 && i < items.length) {
                  items[i] = v;
                  break;
                }
              } else if (container instanceof PyDict && !container.cls.isHeap) {
                container.set(sub, v);
                break;
              }
              setItem(container, sub, v);
              break;
            }
            case Op.DELETE_SUBSCR: { // (container, sub --)
              const sub = slots[--sp] as PyValue;
              const container = slots[--sp] as PyValue;
              delItem(container, sub);
              break;
            }
            case Op.COMPARE_OP: { // (left, right -- res)
              const right = slots[--sp] as PyValue;
              const left = slots[sp - 1] as PyValue;
              const cmp = oparg >> 5;
              let r: PyValue;
              if (typeof left === 'number' && typeof right === 'number') {
                r = ops.compareNumbers(cmp, left, right);
              } else {
                r = ops.compare(cmp, left, right);
                if (oparg & 16 && typeof r !== 'boolean') r = truthy(r);
              }
              slots[sp - 1] = r;
              break;
            }
            case Op.IS_OP: { // (left, right -- b)
              const right = slots[--sp];
              const left = slots[sp - 1];
              slots[sp - 1] = (left === right || ops.sameFloat(left, right)) !== (oparg === 1);
              break;
            }
            case Op.CONTAINS_OP: { // (left, right -- b)
              const right = slots[--sp] as PyValue;
              const left = slots[sp - 1] as PyValue;
              slots[sp - 1] = contains(right, left) !== (oparg === 1);
              break;
            }

            // ---- jumps ----
            case Op.POP_JUMP_IF_FALSE: // (cond --)
              if (slots[--sp] === false) pc += oparg;
              break;
            case Op.POP_JUMP_IF_TRUE: // (cond --)
              if (slots[--sp] === true) pc += oparg;
              break;
            case Op.POP_JUMP_IF_NONE: // (value --)
              if (slots[--sp] === None) pc += oparg;
              break;
            case Op.POP_JUMP_IF_NOT_NONE: // (value --)
              if (slots[--sp] !== None) pc += oparg;
              break;
            case Op.JUMP_FORWARD: // (--)
              pc += oparg;
              break;
            case Op.JUMP_BACKWARD: // (--)
              pc -= oparg;
              if (interrupt !== null && interrupt[0] !== 0 && this.onMainThread()) {
                frame.lasti = here;
                frame.sp = sp;
                runPendingSignals(this);
              }
              break;
            case Op.JUMP_BACKWARD_NO_INTERRUPT: // (--)
              pc -= oparg;
              break;

            // ---- iteration ----
            case Op.GET_ITER: // (iterable -- iter)
              slots[sp - 1] = getIter(slots[sp - 1] as PyValue);
              break;
            case Op.GET_YIELD_FROM_ITER: { // (iterable -- iter)
              const v = slots[sp - 1] as PyValue;
              if (!(v instanceof PyGenerator && v.cls === generatorType)) slots[sp - 1] = ops.yieldFromIter(v, code.flags);
              break;
            }
            case Op.FOR_ITER: { // (iter -- iter, next)
              const it = slots[sp - 1] as PyValue;
              // Built-in iterators first: the common case pays one instanceof, not two.
              let v: PyValue | undefined;
              if (it instanceof PyIterator && !it.cls.isHeap) v = it.next();
              else if (it instanceof PyGenerator && it.cls === generatorType && !it.running && !it.finished) {
                // Push the generator's frame here, like FOR_ITER_GEN: a return lands on END_FOR.
                frame.sp = sp;
                frame.pc = pc;
                frame.lasti = here;
                const gf = it.frame;
                if (this.depth + 1 > this.recursionLimit) throw new PyBaseException(RecursionError, ['maximum recursion depth exceeded']);
                it.started = true;
                ops.enterGenerator(this, it);
                it.running = true;
                gf.yielded = false;
                gf.returnTarget = pc + oparg;
                gf.slots[gf.sp++] = None;
                gf.back = frame;
                gf.depth = ++this.depth;
                frame = gf;
                this.frame = frame;
                code = frame.code; opsArr = code.ops; argsArr = code.args; nexts = code.nexts;
                consts = code.consts; names = code.names; slots = frame.slots; sp = frame.sp; pc = frame.pc;
                break;
              } else v = iterNext(it);
              if (v === undefined) {
                pc += oparg + 1; // skip END_FOR; POP_ITER pops the iterator
              } else {
                slots[sp++] = v;
              }
              break;
            }
            case Op.GET_LEN: // (obj -- obj, len)
              slots[sp] = ops.getLen(slots[sp - 1] as PyValue);
              sp++;
              break;

            // ---- building containers ----
            case Op.BUILD_TUPLE: { // (values[oparg] -- tup)
              const items = slots.slice(sp - oparg, sp) as PyValue[];
              sp -= oparg;
              slots[sp++] = tuple(items);
              break;
            }
            case Op.BUILD_LIST: { // (values[oparg] -- list)
              const items = slots.slice(sp - oparg, sp) as PyValue[];
              sp -= oparg;
              slots[sp++] = new PyList(items);
              break;
            }
            case Op.BUILD_SET: { // (values[oparg] -- set)
              const s = new PySet();
              for (let i = sp - oparg; i < sp; i++) s.add(slots[i] as PyValue);
              sp -= oparg;
              slots[sp++] = s;
              break;
            }
            case Op.BUILD_MAP: { // (values[oparg*2] -- map)
              const d = new PyDict();
              d.presize(oparg); // like CPython's _PyDict_FromItems, so later growth happens at the same sizes
              // dictSet: a key whose hash fails gets 3.14's "cannot use 'X' as a dict key (...)".
              for (let i = sp - 2 * oparg; i < sp; i += 2) dictSet(d, slots[i] as PyValue, slots[i + 1] as PyValue);
              sp -= 2 * oparg;
              slots[sp++] = d;
              break;
            }
            case Op.BUILD_INTERPOLATION: { // (value, str, format if oparg & 1 -- interpolation)
              const format = oparg & 1 ? (slots[--sp] as PyValue) : null;
              const expr = slots[--sp] as PyValue;
              slots[sp - 1] = buildInterpolation(slots[sp - 1] as PyValue, expr, oparg >> 2, format);
              break;
            }
            case Op.BUILD_TEMPLATE: { // (strings, interpolations -- template)
              const interps = slots[--sp] as PyValue;
              slots[sp - 1] = buildTemplate(slots[sp - 1] as PyValue, interps);
              break;
            }
            case Op.BUILD_STRING: { // (pieces[oparg] -- str)
              let s = '';
              for (let i = sp - oparg; i < sp; i++) s = concatStr(s, slots[i] as string);
              sp -= oparg;
              slots[sp++] = s;
              break;
            }
            case Op.BUILD_SLICE: { // (start, stop, step if oparg==3 -- slice)
              const step = oparg === 3 ? (slots[--sp] as PyValue) : None;
              const stop = slots[--sp] as PyValue;
              slots[sp - 1] = ops.buildSlice(slots[sp - 1] as PyValue, stop, step);
              break;
            }
            case Op.LIST_APPEND: { // (list, unused[oparg-1], v -- list, unused[oparg-1])
              const v = slots[--sp] as PyValue;
              (slots[sp - oparg] as PyList).items.push(v);
              break;
            }
            case Op.SET_ADD: { // (set, unused[oparg-1], v -- set, unused[oparg-1])
              const v = slots[--sp] as PyValue;
              (slots[sp - oparg] as PySet).add(v);
              break;
            }
            case Op.MAP_ADD: { // (dict, unused[oparg-1], key, value -- dict, unused[oparg-1])
              const v = slots[--sp] as PyValue;
              const k = slots[--sp] as PyValue;
              dictSet(slots[sp - oparg] as PyDict, k, v);
              break;
            }
            case Op.LIST_EXTEND: { // (list, unused[oparg-1], iterable -- list, unused[oparg-1])
              const it = slots[--sp] as PyValue;
              ops.listExtend(slots[sp - oparg] as PyList, it);
              break;
            }
            case Op.SET_UPDATE: { // (set, unused[oparg-1], iterable -- set, unused[oparg-1])
              const it = slots[--sp] as PyValue;
              ops.setUpdate(slots[sp - oparg] as PySet, it);
              break;
            }
            case Op.DICT_UPDATE: { // (dict, unused[oparg-1], update -- dict, unused[oparg-1])
              const upd = slots[--sp] as PyValue;
              ops.dictUpdate(slots[sp - oparg] as PyDict, upd);
              break;
            }
            case Op.DICT_MERGE: { // (callable, unused, unused, dict, unused[oparg-1], update -- ...)
              const upd = slots[--sp] as PyValue;
              ops.dictMerge(slots[sp - oparg] as PyDict, upd, slots[sp - oparg - 3] as PyValue);
              break;
            }
            case Op.CALL_INTRINSIC_1: // (value -- res)
              slots[sp - 1] = ops.callIntrinsic1(this, frame, oparg, slots[sp - 1] as PyValue);
              break;
            case Op.CALL_INTRINSIC_2: { // (value2, value1 -- res)
              const v1 = slots[--sp] as PyValue;
              slots[sp - 1] = ops.callIntrinsic2(this, frame, oparg, slots[sp - 1] as PyValue, v1);
              break;
            }

            // ---- names ----
            case Op.LOAD_NAME: // (-- value)
              slots[sp++] = ops.loadName(frame, names[oparg]);
              break;
            case Op.STORE_NAME: { // (v --)
              const v = slots[--sp] as PyValue;
              const locals = frame.locals;
              if (locals === null) throw systemError(`no locals found when storing '${names[oparg]}'`);
              if (locals.cls.isHeap) setItem(locals, names[oparg], v);
              else locals.setStr(names[oparg], v);
              break;
            }
            case Op.DELETE_NAME:
              ops.deleteName(frame, names[oparg]);
              break;
            case Op.LOAD_GLOBAL: { // (-- res, null if (oparg & 1))
              const name = names[oparg >> 1];
              const globals = frame.globals;
              let v = globals.cls.isHeap ? ops.loadGlobalMapping(frame, name) : globals.getStr(name);
              if (v === undefined) {
                v = frame.builtins.cls.isHeap ? ops.loadGlobalMapping(frame, name) : frame.builtins.getStr(name);
                if (v === undefined) throw ops.nameNotDefined(name);
              }
              slots[sp++] = v;
              if (oparg & 1) slots[sp++] = null;
              break;
            }
            case Op.STORE_GLOBAL: // (v --)
              frame.globals.setStr(names[oparg], slots[--sp] as PyValue);
              break;
            case Op.DELETE_GLOBAL:
              if (!frame.globals.deleteStr(names[oparg])) throw ops.nameNotDefined(names[oparg]);
              break;
            case Op.LOAD_LOCALS: // (-- locals)
              if (frame.locals === null) throw systemError('no locals found');
              slots[sp++] = frame.locals;
              break;
            case Op.LOAD_FROM_DICT_OR_GLOBALS: // (mapping -- v)
              slots[sp - 1] = ops.loadFromDictOrGlobals(frame, slots[sp - 1] as PyValue, names[oparg]);
              break;
            case Op.LOAD_FROM_DICT_OR_DEREF: // (mapping -- v)
              slots[sp - 1] = ops.loadFromDictOrDeref(frame, slots[sp - 1] as PyValue, oparg);
              break;

            // ---- cells ----
            case Op.MAKE_CELL: // (--)
              slots[oparg] = new PyCell(slots[oparg] as PyValue | undefined);
              break;
            case Op.COPY_FREE_VARS: { // (--)
              const closure = frame.func!.closure!;
              const offset = code.nlocalsplus - oparg;
              for (let i = 0; i < oparg; i++) slots[offset + i] = closure[i];
              break;
            }
            case Op.LOAD_DEREF: { // (-- value)
              const v = (slots[oparg] as PyCell).value;
              if (v === undefined) throw ops.unboundDeref(code, oparg);
              slots[sp++] = v;
              break;
            }
            case Op.STORE_DEREF: // (v --)
              (slots[oparg] as PyCell).value = slots[--sp] as PyValue;
              break;
            case Op.DELETE_DEREF: {
              const cell = slots[oparg] as PyCell;
              if (cell.value === undefined) throw ops.unboundDeref(code, oparg);
              cell.value = undefined;
              break;
            }

            // ---- attributes ----
            case Op.LOAD_ATTR: { // (owner -- attr, self_or_null if (oparg & 1))
              const owner = slots[sp - 1] as PyValue;
              const name = names[oparg >> 1];
              if (oparg & 1) {
                loadMethodInto(owner, name, slots, sp - 1); // no [method, self] pair allocated
                sp++;
              } else {
                // A getter may read this frame's position (frame.f_lineno, f_lasti): keep it current.
                frame.lasti = here;
                slots[sp - 1] = getAttr(owner, name);
              }
              break;
            }
            case Op.STORE_ATTR: { // (v, owner --)
              const owner = slots[--sp] as PyValue;
              const v = slots[--sp] as PyValue;
              setAttr(owner, names[oparg], v);
              break;
            }
            case Op.DELETE_ATTR: // (owner --)
              delAttr(slots[--sp] as PyValue, names[oparg]);
              break;
            case Op.LOAD_SUPER_ATTR: { // (global_super, class, self -- attr, self_or_null if (oparg & 1))
              const self = slots[--sp] as PyValue;
              const cls = slots[--sp] as PyValue;
              const sup = slots[sp - 1] as PyValue;
              ops.loadSuperAttrInto(this, slots, sp - 1, sup, cls, self, names[oparg >> 2], (oparg & 1) !== 0, (oparg & 2) !== 0);
              if (oparg & 1) sp++;
              break;
            }
            case Op.LOAD_SPECIAL: { // (owner -- attr, self_or_null)
              const owner = slots[sp - 1] as PyValue;
              const r = ops.loadSpecial(owner, oparg);
              slots[sp - 1] = r[0];
              slots[sp++] = r[1];
              break;
            }

            // ---- functions and calls ----
            case Op.MAKE_FUNCTION: // (codeobj -- func)
              slots[sp - 1] = new PyFunction(slots[sp - 1] as PyCode, frame.globals, frame.builtins);
              break;
            case Op.SET_FUNCTION_ATTRIBUTE: { // (attr, func -- func)
              const func = slots[--sp] as PyFunction;
              ops.setFunctionAttribute(func, oparg, slots[sp - 1] as PyValue);
              slots[sp - 1] = func;
              break;
            }
            case Op.CALL: // (callable, self_or_null, args[oparg] -- res)
            case Op.CALL_KW: { // (callable, self_or_null, args[oparg], kwnames -- res)
              let kwnames: PyTuple | null = null;
              if (op === Op.CALL_KW) kwnames = slots[--sp] as PyTuple;
              const base = sp - oparg - 2;
              let callable = slots[base] as PyValue;
              let argStart = base + 2;
              if (slots[base + 1] !== null) argStart = base + 1;
              else if (!(callable instanceof PyFunction) && callable instanceof PyMethod) {
                // A bound method called as it is (not through LOAD_ATTR's method form): unpack it, as
                // CALL_BOUND_METHOD_EXACT_ARGS does. Functions, the common case, skip this instanceof.
                slots[base + 1] = callable.self;
                callable = callable.func;
                argStart = base + 1;
              }
              let nf: Frame;
              if (callable instanceof PyFunction) {
                // A Python function: its frame is pushed in this loop. The arguments are bound straight
                // from this stack (keyword values stay at its end, bound by name from kwnames): no
                // argument array, no Map.
                const fcode = callable.code;
                const count = sp - argStart;
                nf = new Frame(fcode, callable.globals, callable.builtins, null, callable);
                if (kwnames === null && count === fcode.argcount && fcode.totalArgs === count) {
                  const ns = nf.slots;
                  for (let i = 0; i < count; i++) ns[i] = slots[argStart + i];
                } else {
                  bindArgumentsKw(callable, nf.slots, slots, argStart, count, kwnames === null ? null : kwnames.items);
                }
              } else {
                // A class whose instances are made by object.__new__ + a Python __init__ (like
                // CALL_ALLOC_AND_ENTER_INIT): __init__ runs in this loop, with the new instance in the
                // NULL slot below the arguments; the call evaluates to the instance (RETURN_VALUE).
                const init = callable instanceof PyType && argStart === base + 2 ? ops.pythonInitFor(callable) : null;
                if (init === null) {
                  const args = slots.slice(argStart, sp) as PyValue[];
                  for (let i = base; i < sp; i++) slots[i] = undefined;
                  sp = base;
                  frame.sp = sp;
                  frame.pc = pc;
                  frame.lasti = here;
                  // Context.run(f) or a partial of a Python function: f's frame is pushed here (not
                  // while trace functions watch: they see the native call itself).
                  const forwarded = this.sysTrace === null ? ops.forwardedFrame(this, callable, args, kwnames) : null;
                  if (forwarded === null) {
                    const threads = this.threads;
                    if (threads === null || !threads.active) slots[sp++] = ops.callGeneric(callable, args, kwnames);
                    else {
                      // A blocking call made here may park its thread (threads.ts).
                      slots[sp++] = threads.callDirect(callable, () => ops.callGeneric(callable, kwnames === null ? args : args.slice(), kwnames));
                    }
                    break;
                  }
                  nf = forwarded;
                } else {
                  const self = (callable as PyType).allocate!(callable as PyType);
                  slots[base + 1] = self;
                  const icode = init.code;
                  const count = sp - base - 1;
                  nf = new Frame(icode, init.globals, init.builtins, null, init);
                  if (kwnames === null && count === icode.argcount && icode.totalArgs === count) {
                    const ns = nf.slots;
                    for (let i = 0; i < count; i++) ns[i] = slots[base + 1 + i];
                  } else {
                    bindArgumentsKw(init, nf.slots, slots, base + 1, count, kwnames === null ? null : kwnames.items);
                  }
                  nf.initSelf = self;
                }
              }
              for (let i = base; i < sp; i++) slots[i] = undefined;
              sp = base;
              frame.sp = sp;
              frame.pc = pc;
              frame.lasti = here;
              if (this.depth >= this.recursionLimit) throw new PyBaseException(RecursionError, ['maximum recursion depth exceeded']);
              nf.back = frame;
              nf.depth = ++this.depth;
              frame = nf;
              this.frame = frame;
              code = frame.code; opsArr = code.ops; argsArr = code.args; nexts = code.nexts;
              consts = code.consts; names = code.names; slots = frame.slots; sp = frame.sp; pc = 0;
              break;
            }
            case Op.CALL_FUNCTION_EX: { // (func, unused, callargs, kwargs -- result)
              const kw = slots[--sp];
              const callargs = slots[--sp] as PyValue;
              let self = slots[--sp];
              let func = slots[sp - 1] as PyValue;
              frame.sp = sp;
              frame.pc = pc;
              frame.lasti = here;
              if (func instanceof PyMethod && (self === null || self === undefined) && func.func instanceof PyFunction) {
                // A bound method of a Python function (self._target(*args)): its frame is pushed too.
                self = func.self;
                func = func.func;
              }
              if (!(func instanceof PyFunction)) {
                const threads = this.threads;
                if (threads === null || !threads.active) slots[sp - 1] = ops.callFunctionEx(func, self ?? null, callargs, kw ?? null);
                else {
                  slots[sp - 1] = threads.callDirect(func, () => ops.callFunctionEx(func, self ?? null, callargs, kw ?? null));
                }
                break;
              }
              // A Python function: push its frame in this loop, as CALL does.
              const nf = ops.frameForCallEx(func, self ?? null, callargs, kw ?? null);
              slots[--sp] = undefined;
              frame.sp = sp;
              if (this.depth >= this.recursionLimit) throw new PyBaseException(RecursionError, ['maximum recursion depth exceeded']);
              nf.back = frame;
              nf.depth = ++this.depth;
              frame = nf;
              this.frame = frame;
              code = frame.code; opsArr = code.ops; argsArr = code.args; nexts = code.nexts;
              consts = code.consts; names = code.names; slots = frame.slots; sp = frame.sp; pc = 0;
              break;
            }
            case Op.RETURN_GENERATOR: { // (-- res)
              const gen = ops.makeGenerator(frame);
              if (frame.onExit !== null) this.runFrameExit(frame);
              frame.pc = pc;
              frame.lasti = here;
              frame.sp = sp;
              this.depth--;
              const caller = frame.back;
              frame.back = null;
              if (frame === entry) {
                this.frame = caller;
                if (this.tracer !== null) this.traceEntryExit(frame, here, gen);
                return gen;
              }
              if (caller === null) {
                // A thread's first frame returned (threads.ts): run the next thread.
                if (entry === null) {
                  this.threads!.finishCurrent(null, false);
                  return None;
                }
                frame = this.threads!.finishCurrent(null, true)!;
                code = frame.code; opsArr = code.ops; argsArr = code.args; nexts = code.nexts;
                consts = code.consts; names = code.names; slots = frame.slots; sp = frame.sp; pc = frame.pc;
                here = frame.lasti;
                this.throwResumeError();
                break;
              }
              frame = caller!;
              this.frame = frame;
              code = frame.code; opsArr = code.ops; argsArr = code.args; nexts = code.nexts;
              consts = code.consts; names = code.names; slots = frame.slots; sp = frame.sp; pc = frame.pc;
              slots[sp++] = gen;
              break;
            }
            case Op.RETURN_VALUE: { // (retval -- res)
              let retval = slots[--sp] as PyValue;
              this.depth--;
              const caller = frame.back;
              frame.back = null;
              frame.sp = sp;
              if (frame.generator !== null) ops.finishGenerator(this, frame);
              if (frame.onExit !== null) this.runFrameExit(frame);
              if (frame.initSelf !== null) {
                if (retval !== None) {
                  frame = caller!;
                  this.frame = frame;
                  code = frame.code; opsArr = code.ops; argsArr = code.args; nexts = code.nexts;
                  consts = code.consts; names = code.names; slots = frame.slots; sp = frame.sp; pc = frame.pc;
                  here = frame.lasti;
                  throw typeError(`__init__() should return None, not '${typeName(retval)}'`);
                }
                retval = frame.initSelf;
              }
              if (frame === entry) {
                this.frame = caller;
                if (this.tracer !== null) this.traceEntryExit(frame, here, retval);
                return retval;
              }
              if (caller === null) {
                // A thread's first frame returned (threads.ts): run the next thread.
                if (entry === null) {
                  this.threads!.finishCurrent(null, false);
                  return None;
                }
                frame = this.threads!.finishCurrent(null, true)!;
                code = frame.code; opsArr = code.ops; argsArr = code.args; nexts = code.nexts;
                consts = code.consts; names = code.names; slots = frame.slots; sp = frame.sp; pc = frame.pc;
                here = frame.lasti;
                this.throwResumeError();
                break;
              }
              const target = frame.returnTarget;
              frame = caller!;
              this.frame = frame;
              code = frame.code; opsArr = code.ops; argsArr = code.args; nexts = code.nexts;
              consts = code.consts; names = code.names; slots = frame.slots; sp = frame.sp;
              pc = target >= 0 ? target : frame.pc;
              slots[sp++] = retval;
              break;
            }
            case Op.YIELD_VALUE: { // (retval -- value)
              const v = slots[--sp] as PyValue;
              frame.sp = sp;
              frame.pc = pc;
              frame.lasti = here;
              frame.yielded = true;
              ops.suspendGenerator(this, frame);
              this.depth--;
              const caller = frame.back;
              frame.back = null;
              if (frame === entry) {
                this.frame = caller;
                if (this.tracer !== null) this.traceEntryExit(frame, here, v);
                return v;
              }
              frame = caller!;
              this.frame = frame;
              code = frame.code; opsArr = code.ops; argsArr = code.args; nexts = code.nexts;
              consts = code.consts; names = code.names; slots = frame.slots; sp = frame.sp; pc = frame.pc;
              slots[sp++] = v;
              break;
            }
            case Op.SEND: { // (receiver, v -- receiver, retval)
              const v = slots[sp - 1] as PyValue;
              const receiver = slots[sp - 2] as PyValue;
              if (receiver instanceof PyGenerator && (receiver.cls === generatorType || receiver.cls === coroutineType) && !receiver.running && !receiver.finished) {
                if (!receiver.started && v !== None) throw typeError(`can't send non-None value to a just-started ${generatorKind(receiver)}`);
                sp--;
                frame.sp = sp;
                frame.pc = pc;
                frame.lasti = here;
                const gf = receiver.frame;
                if (this.depth + 1 > this.recursionLimit) throw new PyBaseException(RecursionError, ['maximum recursion depth exceeded']);
                receiver.started = true;
                ops.enterGenerator(this, receiver);
                receiver.running = true;
                gf.yielded = false;
                gf.returnTarget = pc + oparg;
                gf.slots[gf.sp++] = v;
                gf.back = frame;
                gf.depth = ++this.depth;
                frame = gf;
                this.frame = frame;
                code = frame.code; opsArr = code.ops; argsArr = code.args; nexts = code.nexts;
                consts = code.consts; names = code.names; slots = frame.slots; sp = frame.sp; pc = frame.pc;
                break;
              }
              frame.sp = sp;
              frame.lasti = here;
              const r = ops.sendGeneric(this, receiver, v);
              slots[sp - 1] = r.value;
              if (r.done) pc += oparg;
              break;
            }
            case Op.CLEANUP_THROW: { // (sub_iter, last_sent_val, exc_value -- none, value)
              const exc = slots[--sp] as PyValue;
              if (exc instanceof PyBaseException && exc.cls.isSubtypeOf(StopIteration)) {
                sp--;
                slots[sp - 1] = None;
                slots[sp++] = ops.stopIterationValue(exc);
              } else {
                this.reraising = true;
                throw exc;
              }
              break;
            }

            // ---- async/await (helpers in opcodes/async.ts) ----
            case Op.GET_AWAITABLE: // (iterable -- iter)
              slots[sp - 1] = ops.getAwaitable(slots[sp - 1] as PyValue, oparg);
              break;
            case Op.GET_AITER: // (obj -- iter)
              slots[sp - 1] = ops.getAIter(slots[sp - 1] as PyValue);
              break;
            case Op.GET_ANEXT: // (aiter -- aiter, awaitable)
              slots[sp] = ops.getANext(slots[sp - 1] as PyValue);
              sp++;
              break;
            case Op.END_ASYNC_FOR: { // (awaitable, exc --)
              const exc = slots[sp - 1] as PyValue;
              if (!ops.endsAsyncFor(exc)) {
                // Not StopAsyncIteration: re-raised as it is, without a new traceback entry.
                this.reraising = true;
                throw exc;
              }
              slots[--sp] = undefined;
              slots[--sp] = undefined;
              break;
            }

            // ---- exceptions ----
            case Op.RAISE_VARARGS: { // (args[oparg] --)
              let cause: PyValue | undefined;
              if (oparg === 2) cause = slots[--sp] as PyValue;
              if (oparg === 0) {
                if (this.excInfo === None) throw runtimeError('No active exception to reraise');
                this.reraising = true;
                throw this.excInfo;
              }
              const exc = ops.makeRaisable(slots[--sp] as PyValue, cause);
              ops.setContext(exc, this.excInfo);
              throw exc;
            }
            case Op.RERAISE: { // (values[oparg], exc -- values[oparg])
              const exc = slots[--sp] as PyValue;
              // The handler is looked up at this instruction; only f_lasti (the line the traceback
              // shows) goes back to the instruction that first raised.
              if (oparg) {
                const lasti = slots[sp - oparg];
                if (typeof lasti === 'number') frame.lasti = lasti;
              }
              this.reraising = true;
              throw exc;
            }
            case Op.PUSH_EXC_INFO: { // (exc -- prev_exc, new_exc)
              const exc = slots[sp - 1] as PyValue;
              // In a generator the saved state is the generator's own (None: nothing of its own handled).
              slots[sp - 1] = frame.generator === null ? this.excInfo : ops.generatorOwnExc(this, frame);
              slots[sp++] = exc;
              this.excInfo = exc;
              break;
            }
            case Op.POP_EXCEPT: { // (exc_value --)
              const prev = slots[--sp] as PyValue;
              // A generator's own None shows its current caller's handled exception again.
              this.excInfo = prev === None && frame.generator !== null ? ops.generatorCallerExc(frame) : prev;
              break;
            }
            case Op.CHECK_EXC_MATCH: { // (left, right -- left, b)
              const right = slots[sp - 1] as PyValue;
              slots[sp - 1] = ops.checkExcMatch(slots[sp - 2] as PyValue, right);
              break;
            }
            case Op.CHECK_EG_MATCH: { // (exc_value, match_type -- rest, match)
              const matchType = slots[sp - 1] as PyValue;
              const r = ops.checkEgMatch(frame, here, slots[sp - 2] as PyValue, matchType);
              slots[sp - 2] = r[0];
              slots[sp - 1] = r[1];
              if (r[1] !== None) this.excInfo = r[1]; // the handled exception inside the except* block
              break;
            }
            case Op.WITH_EXCEPT_START: { // (exit_func, exit_self, lasti, unused, val -- ..., res)
              const val = slots[sp - 1] as PyValue;
              const exitSelf = slots[sp - 4];
              const exitFunc = slots[sp - 5] as PyValue;
              frame.sp = sp;
              frame.lasti = here;
              slots[sp++] = ops.withExceptStart(exitFunc, exitSelf ?? null, val);
              break;
            }

            // ---- unpacking ----
            case Op.UNPACK_SEQUENCE: { // (seq -- values[oparg])
              const seq = slots[--sp] as PyValue;
              if (seq instanceof PyTuple && seq.items.length === oparg && !seq.cls.isHeap) {
                const items = seq.items;
                for (let i = oparg - 1; i >= 0; i--) slots[sp++] = items[i];
                break;
              }
              const items = ops.unpackSequence(seq, oparg);
              for (let i = oparg - 1; i >= 0; i--) slots[sp++] = items[i];
              break;
            }
            case Op.UNPACK_EX: { // (seq -- values[oparg & 0xFF], list, values[oparg >> 8])
              const seq = slots[--sp] as PyValue;
              const items = ops.unpackEx(seq, oparg & 0xff, oparg >> 8);
              for (let i = items.length - 1; i >= 0; i--) slots[sp++] = items[i];
              break;
            }

            // ---- formatting ----
            case Op.FORMAT_SIMPLE: { // (value -- res)
              const v = slots[sp - 1] as PyValue;
              if (typeof v !== 'string') slots[sp - 1] = ops.formatValue(v, '');
              break;
            }
            case Op.FORMAT_WITH_SPEC: { // (value, fmt_spec -- res)
              const spec = slots[--sp] as string;
              slots[sp - 1] = ops.formatValue(slots[sp - 1] as PyValue, spec);
              break;
            }
            case Op.CONVERT_VALUE: { // (value -- result)
              const v = slots[sp - 1] as PyValue;
              slots[sp - 1] = oparg === 1 ? str(v) : oparg === 2 ? repr(v) : ops.ascii(v);
              break;
            }

            // ---- classes, imports, annotations ----
            case Op.LOAD_BUILD_CLASS: { // (-- bc)
              const bc = frame.builtins.getStr('__build_class__');
              if (bc === undefined) throw nameError('__build_class__ not found');
              slots[sp++] = bc;
              break;
            }
            case Op.SETUP_ANNOTATIONS:
              ops.setupAnnotations(frame);
              break;
            case Op.IMPORT_NAME: { // (level, fromlist -- res)
              const fromlist = slots[--sp] as PyValue;
              const level = slots[sp - 1] as PyValue;
              frame.sp = sp;
              frame.pc = pc;
              frame.lasti = here;
              slots[sp - 1] = ops.importName(this, frame, names[oparg], fromlist, level);
              break;
            }
            case Op.IMPORT_FROM: // (from -- from, res)
              slots[sp] = ops.importFrom(this, slots[sp - 1] as PyValue, names[oparg]);
              sp++;
              break;

            // ---- pattern matching ----
            case Op.MATCH_MAPPING: // (subject -- subject, res)
              slots[sp] = ops.matchMapping(slots[sp - 1] as PyValue);
              sp++;
              break;
            case Op.MATCH_SEQUENCE: // (subject -- subject, res)
              slots[sp] = ops.matchSequence(slots[sp - 1] as PyValue);
              sp++;
              break;
            case Op.MATCH_KEYS: // (subject, keys -- subject, keys, values_or_none)
              slots[sp] = ops.matchKeys(slots[sp - 2] as PyValue, slots[sp - 1] as PyValue);
              sp++;
              break;
            case Op.MATCH_CLASS: { // (subject, type, names -- attrs)
              const namesTuple = slots[--sp] as PyValue;
              const type = slots[--sp] as PyValue;
              slots[sp - 1] = ops.matchClass(slots[sp - 1] as PyValue, type, oparg, namesTuple);
              break;
            }

            default:
              throw ops.unsupportedOpcode(OPNAMES[op], code, here);
          }
          if (this.tracer !== null) {
            const executedAt = here;
            frame.sp = sp;
            this.tracer.step(execFrame, here);
            const sysTrace = this.sysTrace;
            if (sysTrace === null) {
              if (frame !== execFrame) {
                // A call or resumption pushed a frame, or execFrame returned / yielded into its caller.
                if (frame.back === execFrame) this.tracer.enter(frame);
                else this.tracer.leave(execFrame, slots[sp - 1] as PyValue, null);
              }
            } else {
              // Python trace functions (sys_trace.ts): what one raises belongs to the instruction about to
              // run, or for a 'return' event to the caller's call instruction.
              const execIndex = here;
              here = frame === execFrame || frame.back === execFrame ? pc : frame.lasti;
              sysTrace.afterStep(execFrame, execIndex, frame, pc, slots[sp - 1] as PyValue);
            }
            // Finalizers of what this instruction let die: in the outermost run, and in nested ones only while
            // lifetime.checksNested (coroutines made inside a task's send(): see lifetime.ts).
            if (this.lifetime.active && (this.runLevel === 1 || this.lifetime.checksNested)) {
              frame.sp = sp;
              // Where a finalizer's traceback points (a trace function keeps f_lasti itself).
              if (frame === execFrame && this.sysTrace === null) frame.lasti = executedAt;
              this.lifetime.afterInstruction();
            }
            // Another thread's turn (threads.ts): this one used up its slice, or waits.
            const threads = this.threads;
            if (threads !== null && threads.active && (threads.parked !== null || (--threads.sliceLeft <= 0 && (entry === null || threads.maySliceHere())))) {
              frame.sp = sp;
              frame.pc = pc;
              if (frame === execFrame) frame.lasti = executedAt;
              if (entry === null) {
                threads.suspend(frame);
                return None;
              }
              frame = threads.switchFrom(frame);
              code = frame.code; opsArr = code.ops; argsArr = code.args; nexts = code.nexts;
              consts = code.consts; names = code.names; slots = frame.slots; sp = frame.sp; pc = frame.pc;
              here = frame.lasti;
              this.throwResumeError();
            }
          }
        }
      } catch (err) {
        // ---- exception unwinding ----
        if (err instanceof HaltExecution) {
          // Stop the program: no handler or finally block runs (see tracer.ts).
          if (entry !== null) {
            this.depth = entry.depth - 1;
            this.frame = entry.back;
          }
          throw err;
        }
        let exc = this.normalizeError(err);
        if (this.threads !== null) this.threads.directCallee = null;
        let addEntry = !this.reraising;
        let origin = true;
        this.reraising = false;
        for (;;) {
          if (addEntry) {
            if (exc.traceback === null) ops.setContext(exc, this.excInfo);
            frame.lasti = here;
            exc.traceback = new PyTraceback(exc.traceback, frame, here, code.lineAt(here));
          }
          const fresh = addEntry;
          addEntry = true;
          const handler = findHandler(code.excTable, here);
          if (this.tracer !== null) {
            frame.sp = sp;
            this.tracer.exception(frame, here, exc, origin, handler !== null);
            if (this.sysTrace !== null) exc = this.sysTrace.raised(frame, here, exc, fresh);
          }
          origin = false;
          if (handler !== null) {
            const base = code.nlocalsplus + handler.depth;
            for (let i = base; i < sp; i++) slots[i] = undefined;
            sp = base;
            if (handler.lasti) {
              // CPython pushes f_lasti, which a RERAISE with oparg has moved back to the first raise (so
              // the frame's line after the handler re-raises is that one, as trace 'return' events show).
              slots[sp++] = !fresh && opsArr[here] === Op.RERAISE && argsArr[here] !== 0 ? frame.lasti : here;
            }
            slots[sp++] = exc;
            pc = handler.target;
            if (this.sysTrace !== null) {
              // The handler's first instruction is reported before it runs; what a trace function raises
              // there is raised at it.
              frame.sp = sp;
              pending = this.sysTrace.beforeCatching(frame, pc, here);
              if (pending !== null) here = pc;
            }
            break;
          }
          // No handler here: pop the frame.
          for (let i = code.nlocalsplus; i < sp; i++) slots[i] = undefined;
          frame.sp = code.nlocalsplus;
          this.depth--;
          const caller = frame.back;
          frame.back = null;
          if (frame.generator !== null) ops.abandonGenerator(this, frame);
          if (frame.onExit !== null) this.runFrameExit(frame);
          this.frame = caller;
          if (this.tracer !== null) {
            this.tracer.leave(frame, undefined, exc);
            const sysTrace = this.sysTrace;
            if (sysTrace !== null && sysTrace.replacement !== null) {
              exc = sysTrace.replacement;
              sysTrace.replacement = null;
            }
          }
          if (frame === entry) throw exc;
          if (caller === null) {
            // A thread's first frame raised (threads.ts): report it and run the next thread.
            if (entry === null) {
              this.threads!.finishCurrent(exc, false);
              return None;
            }
            frame = this.threads!.finishCurrent(exc, true)!;
            code = frame.code; opsArr = code.ops; argsArr = code.args; nexts = code.nexts;
            consts = code.consts; names = code.names; slots = frame.slots; sp = frame.sp; pc = frame.pc;
            here = frame.lasti;
            pending = this.threads!.current.resumeError;
            this.threads!.current.resumeError = null;
            break;
          }
          frame = caller!;
          this.frame = frame;
          code = frame.code; opsArr = code.ops; argsArr = code.args; nexts = code.nexts;
          consts = code.consts; names = code.names; slots = frame.slots; sp = frame.sp;
          here = frame.lasti;
          pc = frame.pc;
        }
      }
    }
  }

  /** The exit action of a frame pushed for a forwarding native (Frame.onExit), run once. */
  private runFrameExit(frame: Frame): void {
    const exit = frame.onExit!;
    frame.onExit = null;
    exit();
  }

  /** A thread resumed where it waited raises there what stopped its wait (threads.ts). */
  private throwResumeError(): void {
    const t = this.threads!.current;
    const e = t.resumeError;
    if (e !== null) {
      t.resumeError = null;
      throw e;
    }
  }

  /** The tracer's view of the entry frame returning or yielding out of run(). */
  private traceEntryExit(frame: Frame, index: number, value: PyValue): void {
    this.tracer!.step(frame, index);
    this.tracer!.leave(frame, value, null);
  }

  /** Any JS exception reaching the loop as a Python exception. */
  private normalizeError(err: unknown): PyBaseException {
    if (err instanceof PyBaseException) return err;
    if (err instanceof RangeError && /call stack/i.test(err.message)) {
      return new PyBaseException(RecursionError, ['maximum recursion depth exceeded']);
    }
    if (err instanceof PyValueThrow) return err.exc;
    // An internal error of the VM: surface it as SystemError naming the cause, never swallow it.
    const msg = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
    const e = new PyBaseException(SystemError, [`pyrewind internal error: ${msg}`]);
    if (err instanceof Error && err.stack) (e as unknown as { jsStack: string }).jsStack = err.stack;
    return e;
  }
}

/** A wrapper used when a non-exception value must be thrown through JS code that expects Errors. */
export class PyValueThrow extends Error {
  constructor(readonly exc: PyBaseException) {
    super('python exception');
  }
}

function unboundLocal(code: PyCode, i: number): PyBaseException {
  const name = code.localsplusnames[i];
  const e = new PyBaseException(exceptionType('UnboundLocalError'), [
    `cannot access local variable '${name}' where it is not associated with a value`,
  ]);
  return e;
}

