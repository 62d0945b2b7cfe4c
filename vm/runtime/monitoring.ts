// sys.monitoring (PEP 669): the tool registry, the global and per-code event sets, the callbacks, and the
// events themselves (CPython 3.14's Python/instrumentation.c), reported to the tools' callbacks.
//
// The eval loop never calls this module directly: while some tool has events set, sys_trace.ts's SysTrace
// is the interpreter's tracer (wrapping the recorder's, which keeps seeing every hook) and calls the hooks
// here (`beforeInstruction`, `call`, `leave`, `raised`, `thrown`), so that a program without events pays
// nothing. Like CPython, no event is reported while any callback (or sys.settrace/setprofile function) runs:
// SysTrace's `suspended` counter is shared. Within one event, tools are called from the highest id down
// (sys.settrace's and sys.setprofile's slots come first, then tools 5 to 0).
//
// Offsets handed to callbacks are in bytes (2 per code unit), as CPython's. This module must not be
// imported by the eval loop.

import { PyValue, PyInstance, objectType } from '../objects/object.js';
import { PyCode } from '../objects/code.js';
import { None } from '../objects/singletons.js';
import { PyBaseException } from '../objects/exceptions.js';
import { PyGenerator } from '../objects/generator.js';
import { Op } from '../bytecode/opcodes.js';
import { findHandler } from '../bytecode/exception_table.js';
import { Frame } from './frame.js';
import { callObject } from './call.js';
import { callSiteAt, generatorReturnAt, pythonIteratorStopAt, stopIterationOf, superCallAt } from './event_args.js';
import { valueError } from './raise.js';
import { lineEventAt, lineTable } from './line_events.js';
import { frameTraceFor, enterTraceFunction, leaveTraceFunction } from './frame_trace.js';
import type { Interpreter } from './interpreter.js';
import { addLifetimeRoots } from './lifetime/lifetime.js';

/** Event numbers (bit positions) of CPython 3.14. */
export const enum Ev {
  PY_START = 0, PY_RESUME = 1, PY_RETURN = 2, PY_YIELD = 3, CALL = 4, LINE = 5, INSTRUCTION = 6, JUMP = 7,
  BRANCH_LEFT = 8, BRANCH_RIGHT = 9, STOP_ITERATION = 10, RAISE = 11, EXCEPTION_HANDLED = 12, PY_UNWIND = 13,
  PY_THROW = 14, RERAISE = 15, C_RETURN = 16, C_RAISE = 17, BRANCH = 18,
}
export const EVENT_NAMES = [
  'PY_START', 'PY_RESUME', 'PY_RETURN', 'PY_YIELD', 'CALL', 'LINE', 'INSTRUCTION', 'JUMP', 'BRANCH_LEFT',
  'BRANCH_RIGHT', 'STOP_ITERATION', 'RAISE', 'EXCEPTION_HANDLED', 'PY_UNWIND', 'PY_THROW', 'RERAISE',
  'C_RETURN', 'C_RAISE', 'BRANCH',
];
export const EVENT_COUNT = 19;
/** Events below this one are "instrumented" (may be set per code object and disabled with DISABLE). */
export const LOCAL_EVENT_COUNT = 11;
export const TOOL_COUNT = 6;
export const C_RETURN_EVENTS = (1 << Ev.C_RETURN) | (1 << Ev.C_RAISE);
const BRANCHES = (1 << Ev.BRANCH_LEFT) | (1 << Ev.BRANCH_RIGHT);
/** What beforeInstruction reports. */
const INSTRUCTION_EVENTS =
  (1 << Ev.LINE) | (1 << Ev.INSTRUCTION) | (1 << Ev.JUMP) | BRANCHES | (1 << Ev.STOP_ITERATION) | (1 << Ev.CALL) |
  (1 << Ev.RAISE);

interface PendingCall {
  index: number;
  callable: PyValue;
  arg0: PyValue;
}

export class Monitoring {
  /** sys.monitoring.DISABLE and MISSING. */
  readonly DISABLE: PyValue = new PyInstance(objectType);
  readonly MISSING: PyValue = new PyInstance(objectType);
  /** Tool names (use_tool_id), null when free. */
  readonly names: (string | null)[] = new Array(TOOL_COUNT).fill(null);
  /** Global event set of each tool (a CALL bit stands for C_RETURN and C_RAISE too). */
  readonly global: number[] = new Array(TOOL_COUNT).fill(0);
  /** The union of `global`. */
  globalUnion = 0;
  /** Per code object: the local event set of each tool, and their union at index TOOL_COUNT. */
  readonly local = new Map<PyCode, number[]>();
  /** callbacks[tool * EVENT_COUNT + event] */
  readonly callbacks: (PyValue | null)[] = new Array(TOOL_COUNT * EVENT_COUNT).fill(null);
  /** Per code object: (code unit * 32 + event) -> the tools that returned DISABLE there. */
  private disabled = new Map<PyCode, Map<number, number>>();
  /** The call of a builtin (not a Python function) in progress at an instruction of a frame. */
  private pending = new WeakMap<Frame, PendingCall>();
  /** Whether the exception last reported by the eval loop has a handler in its frame. */
  handled = false;
  /** Whether it was raised by the instruction itself (or arrived from a Python callee's frame). */
  origin = true;
  /** The instruction it was raised at (f_lasti may point elsewhere after a RERAISE). */
  excIndex = -1;
  /**
   * Local event sets that clear_tool_id took out of use: CPython stops reporting them but
   * get_local_events still shows them until they are set again.
   */
  private stale = new Map<PyCode, number[]>();

  constructor(readonly interp: Interpreter) {}

  /** Whether any tool has any event set (globally or on some code object). */
  active(): boolean {
    return this.globalUnion !== 0 || this.local.size > 0;
  }

  /** The events some tool wants for `code`. */
  codeEvents(code: PyCode): number {
    const l = this.local.get(code);
    return l === undefined ? this.globalUnion : this.globalUnion | l[TOOL_COUNT];
  }

  setGlobal(tool: number, events: number): void {
    this.enableAgain(tool, this.global[tool], events, null);
    this.global[tool] = events;
    let u = 0;
    for (const e of this.global) u |= e;
    this.globalUnion = u;
  }

  setLocal(tool: number, code: PyCode, events: number): void {
    const old = this.stale.get(code);
    if (old !== undefined) old[tool] = 0;
    let l = this.local.get(code);
    if (l === undefined) {
      if (events === 0) return;
      l = new Array(TOOL_COUNT + 1).fill(0);
      this.local.set(code, l);
    }
    this.enableAgain(tool, l[tool], events, code);
    l[tool] = events;
    let u = 0;
    for (let t = 0; t < TOOL_COUNT; t++) u |= l[t];
    l[TOOL_COUNT] = u;
    if (u === 0) this.local.delete(code);
  }

  getLocal(tool: number, code: PyCode): number {
    return this.local.get(code)?.[tool] || this.stale.get(code)?.[tool] || 0;
  }

  /** clear_tool_id: no events, no callbacks, nothing disabled for `tool`. */
  clearTool(tool: number): void {
    this.setGlobal(tool, 0);
    for (const [code, l] of [...this.local]) {
      const events = l[tool];
      if (events === 0) continue;
      this.setLocal(tool, code, 0);
      let old = this.stale.get(code);
      if (old === undefined) {
        old = new Array(TOOL_COUNT).fill(0);
        this.stale.set(code, old);
      }
      old[tool] = events;
    }
    for (let e = 0; e < EVENT_COUNT; e++) this.callbacks[tool * EVENT_COUNT + e] = null;
    this.restart(1 << tool);
  }

  /** restart_events(): what callbacks disabled is reported again (for the tools in `mask`). */
  restart(mask = 0xff): void {
    for (const [code, m] of this.disabled) {
      for (const [k, tools] of m) {
        if ((tools & ~mask) === 0) m.delete(k);
        else m.set(k, tools & ~mask);
      }
      if (m.size === 0) this.disabled.delete(code);
    }
  }

  /** An event that a tool takes up again is reported everywhere again (CPython re-instruments for it). */
  private enableAgain(tool: number, before: number, after: number, code: PyCode | null): void {
    const added = after & ~before;
    if (added === 0 || this.disabled.size === 0) return;
    const bit = 1 << tool;
    for (const [c, m] of this.disabled) {
      if (code !== null && c !== code) continue;
      for (const [k, tools] of m) {
        if ((tools & bit) !== 0 && (added & (1 << (k & 31))) !== 0) m.set(k, tools & ~bit);
      }
    }
  }

  // ---- dispatch ------------------------------------------------------------------------------------

  /** The tools to call for `event` at code unit `index` of `code`. */
  private toolsFor(code: PyCode, event: number, index: number): number {
    const setBit = event === Ev.C_RETURN || event === Ev.C_RAISE ? 1 << Ev.CALL : 1 << event;
    const l = this.local.get(code);
    let tools = 0;
    for (let t = 0; t < TOOL_COUNT; t++) {
      if (((this.global[t] | (l === undefined ? 0 : l[t])) & setBit) !== 0) tools |= 1 << t;
    }
    if (tools !== 0 && this.disabled.size !== 0) {
      const m = this.disabled.get(code);
      if (m !== undefined) {
        const key = event === Ev.C_RETURN || event === Ev.C_RAISE ? index * 32 + Ev.CALL : index * 32 + event;
        tools &= ~(m.get(key) ?? 0);
      }
    }
    return tools;
  }

  /** Call the callbacks of `event` for `frame` (the current frame) at code unit `index`. */
  private fire(frame: Frame, event: number, index: number, args: PyValue[]): void {
    const code = frame.code;
    let tools = this.toolsFor(code, event, index);
    for (let t = TOOL_COUNT - 1; t >= 0 && tools !== 0; t--) {
      if ((tools & (1 << t)) === 0) continue;
      tools &= ~(1 << t);
      const slot = t * EVENT_COUNT + event;
      const cb = this.callbacks[slot];
      if (cb === null) continue;
      const st = frameTraceFor(frame);
      // SysTrace's counter: no event is reported while a callback runs.
      const holder = this.interp.sysTrace;
      if (holder === null) return; // an earlier callback of this event turned every event off
      holder.suspended++;
      st.inEvent++;
      enterTraceFunction();
      let result: PyValue;
      try {
        result = callObject(cb, args);
      } finally {
        holder.suspended--;
        st.inEvent--;
        leaveTraceFunction();
        if (holder.suspended === 0) holder.settle();
      }
      if (result !== this.DISABLE) continue;
      if (event >= LOCAL_EVENT_COUNT) {
        this.callbacks[slot] = null;
        throw valueError(`Cannot disable ${EVENT_NAMES[event]} events. Callback removed.`);
      }
      let m = this.disabled.get(code);
      if (m === undefined) {
        m = new Map();
        this.disabled.set(code, m);
      }
      const key = index * 32 + event;
      m.set(key, (m.get(key) ?? 0) | (1 << t));
    }
  }

  private has(mask: number, event: number): boolean {
    return (mask & (1 << event)) !== 0;
  }

  // ---- the hooks SysTrace calls (only while `active()`, never while a callback runs) -----------------

  /** RESUME at `index` of `frame` is about to run: PY_START, or PY_RESUME after a yield or await. */
  resume(frame: Frame, index: number): void {
    const code = frame.code;
    const ev = (code.args[index] & 3) === 0 ? Ev.PY_START : Ev.PY_RESUME;
    if (this.has(this.codeEvents(code), ev)) this.fire(frame, ev, index, [code, index * 2]);
  }

  /**
   * The instruction at `index` of `frame` (not RESUME) is about to run; `prev` ran before it in this frame
   * (-1 if none). Reports, in CPython's order, the jump or branch that led here, LINE, INSTRUCTION, then
   * the instruction's own event: a branch not taken, a loop's exit, a generator's StopIteration, a call.
   */
  beforeInstruction(frame: Frame, index: number, prev: number): void {
    const code = frame.code;
    const mask = this.codeEvents(code);
    if ((mask & INSTRUCTION_EVENTS) === 0) return;
    const ops = code.ops;
    if ((mask & (1 << Ev.CALL)) !== 0) {
      const pend = this.pending.get(frame);
      if (pend !== undefined && pend.index === prev) {
        this.pending.delete(frame);
        this.fire(frame, Ev.C_RETURN, prev, [code, prev * 2, pend.callable, pend.arg0]);
      }
    }
    if (prev >= 0 && prev !== index) {
      const pop = ops[prev];
      if (pop === Op.JUMP_BACKWARD || pop === Op.JUMP_FORWARD) {
        if (this.has(mask, Ev.JUMP)) this.fire(frame, Ev.JUMP, prev, [code, prev * 2, index * 2]);
      } else if (pop === Op.POP_JUMP_IF_FALSE || pop === Op.POP_JUMP_IF_TRUE || pop === Op.POP_JUMP_IF_NONE || pop === Op.POP_JUMP_IF_NOT_NONE) {
        if (index === code.nexts[prev] + code.args[prev] && this.has(mask, Ev.BRANCH_RIGHT)) {
          this.fire(frame, Ev.BRANCH_RIGHT, prev, [code, prev * 2, index * 2]);
        }
      } else if (pop === Op.SEND) {
        // A `yield from`/await of something else than a generator or coroutine ended by StopIteration,
        // which SEND reports before taking its value.
        const recv = frame.slots[frame.sp - 2];
        if (index === code.nexts[prev] + code.args[prev] && this.has(mask, Ev.RAISE) && !(recv instanceof PyGenerator)) {
          this.fire(frame, Ev.RAISE, prev, [code, prev * 2, stopIterationOf(frame.slots[frame.sp - 1] as PyValue)]);
        }
      } else if (pop === Op.END_ASYNC_FOR) {
        // An `async for` ends (StopAsyncIteration): the branch from its END_SEND out of the loop.
        if (index === code.nexts[prev] && this.has(mask, Ev.BRANCH_RIGHT)) {
          const src = code.nexts[prev] - code.args[prev];
          this.fire(frame, Ev.BRANCH_RIGHT, src, [code, src * 2, index * 2]);
        }
      } else if (pop === Op.FOR_ITER) {
        if (index === code.nexts[prev]) {
          if (this.has(mask, Ev.BRANCH_LEFT)) this.fire(frame, Ev.BRANCH_LEFT, prev, [code, prev * 2, index * 2]);
        } else if (this.has(mask, Ev.RAISE)) {
          // The loop ends: a __next__ written in Python raised StopIteration, which FOR_ITER reports
          // before swallowing it (C iterators just stop).
          const si = pythonIteratorStopAt(frame);
          if (si !== null) this.fire(frame, Ev.RAISE, prev, [code, prev * 2, si]);
        }
      }
    }
    if (this.has(mask, Ev.LINE)) {
      const st = this.interp.sysTrace;
      const legacy = st !== null && (st.traceFunc !== null || st.profileFunc !== null);
      // A RESUME on the line hides it unless the RESUME is instrumented: sys.settrace and sys.setprofile
      // instrument every RESUME, tools the ones of the events they set (else CPython specialised it away).
      const resumeEvent = prev >= 0 && (code.args[prev] & 3) === 0 ? Ev.PY_START : Ev.PY_RESUME;
      const line = lineEventAt(lineTable(code), index, prev, legacy || this.has(mask, resumeEvent));
      if (line >= 0) this.fire(frame, Ev.LINE, index, [code, line]);
    }
    const op = ops[index];
    if (this.has(mask, Ev.INSTRUCTION)) this.fire(frame, Ev.INSTRUCTION, index, [code, index * 2]);
    switch (op) {
      case Op.NOT_TAKEN:
        if (prev >= 0 && this.has(mask, Ev.BRANCH_LEFT)) {
          // After a conditional jump, the branch is the jump's; after an `async for`'s END_SEND, its own.
          if (isPopJump(ops[prev])) this.fire(frame, Ev.BRANCH_LEFT, prev, [code, prev * 2, code.nexts[index] * 2]);
          else if (ops[prev] === Op.END_SEND) this.fire(frame, Ev.BRANCH_LEFT, index, [code, index * 2, code.nexts[index] * 2]);
        }
        break;
      case Op.POP_ITER:
        if (prev >= 0 && this.has(mask, Ev.BRANCH_RIGHT) && (ops[prev] === Op.FOR_ITER || ops[prev] === Op.END_FOR)) {
          const src = forIterOf(code, index);
          if (src >= 0) this.fire(frame, Ev.BRANCH_RIGHT, src, [code, src * 2, code.nexts[index] * 2]);
        }
        break;
      case Op.END_FOR:
      case Op.END_SEND:
        // A generator returned into the loop or `yield from`: an artificial StopIteration. (When branch
        // events are set, CPython's FOR_ITER runs the generator itself and exits without one.)
        if (this.has(mask, Ev.STOP_ITERATION) && !(op === Op.END_FOR && (mask & BRANCHES) !== 0)) {
          const si = generatorReturnAt(frame);
          if (si !== null) this.fire(frame, Ev.STOP_ITERATION, index, [code, index * 2, si]);
        }
        break;
      case Op.CALL:
      case Op.CALL_KW:
      case Op.CALL_FUNCTION_EX:
      case Op.LOAD_SUPER_ATTR: // super(...).name calls super
        if (this.has(mask, Ev.CALL)) this.call(frame, index, op);
        break;
    }
  }

  /**
   * CALL: the callable (a bound method's function) and its first argument; builtins (super, for
   * LOAD_SUPER_ATTR) get C_RETURN/C_RAISE.
   */
  private call(frame: Frame, index: number, op: number): void {
    const site = op === Op.LOAD_SUPER_ATTR ? superCallAt(frame, index) : callSiteAt(frame, index);
    const callable = site.callable;
    const arg0 = site.arg0 ?? this.MISSING;
    this.fire(frame, Ev.CALL, index, [frame.code, index * 2, callable, arg0]);
    if (site.native) this.pending.set(frame, { index, callable, arg0 });
  }

  /** `frame` returned or yielded `value`, or `exc` unwinds it; `frame` is current again for the event. */
  leave(frame: Frame, value: PyValue | undefined, exc: PyBaseException | null): void {
    const code = frame.code;
    const mask = this.codeEvents(code);
    const index = frame.lasti;
    this.pending.delete(frame);
    if (exc !== null) {
      const at = this.excIndex >= 0 ? this.excIndex : index;
      if (this.has(mask, Ev.PY_UNWIND)) this.fire(frame, Ev.PY_UNWIND, at, [code, raiseOffset(code, at, this.origin), exc]);
    } else if (frame.yielded) {
      if (this.has(mask, Ev.PY_YIELD)) this.fire(frame, Ev.PY_YIELD, index, [code, index * 2, value ?? None]);
    } else if (this.has(mask, Ev.PY_RETURN)) {
      const v = value === undefined || frame.initSelf !== null ? None : value;
      this.fire(frame, Ev.PY_RETURN, index, [code, index * 2, v]);
    }
  }

  /**
   * `exc` is raised at `index` of `frame` (`fresh`), re-raised (not fresh), and then handled in the frame
   * when `this.handled`: C_RAISE of a builtin call there, RAISE or RERAISE, EXCEPTION_HANDLED.
   */
  raised(frame: Frame, index: number, exc: PyBaseException, fresh: boolean): void {
    const code = frame.code;
    const mask = this.codeEvents(code);
    const pend = this.pending.get(frame);
    if (pend !== undefined) {
      this.pending.delete(frame);
      if (pend.index === index && this.has(mask, Ev.CALL)) {
        // For super(...).name, super() itself returned: the attribute lookup raised.
        const ev = code.ops[index] === Op.LOAD_SUPER_ATTR ? Ev.C_RETURN : Ev.C_RAISE;
        this.fire(frame, ev, index, [code, index * 2, pend.callable, pend.arg0]);
      }
    }
    if (fresh) {
      if (this.has(mask, Ev.RAISE)) this.fire(frame, Ev.RAISE, index, [code, raiseOffset(code, index, this.origin), exc]);
    } else if (this.has(mask, Ev.RERAISE)) {
      this.fire(frame, Ev.RERAISE, index, [code, index * 2, exc]);
    }
    if (this.handled && this.has(mask, Ev.EXCEPTION_HANDLED)) {
      const h = findHandler(code.excTable, index);
      if (h !== null) this.fire(frame, Ev.EXCEPTION_HANDLED, h.target, [code, h.target * 2, exc]);
    }
  }

  /** `exc` is thrown into the suspended generator or coroutine `frame` (throw(), close()). */
  thrown(frame: Frame, exc: unknown): void {
    const code = frame.code;
    if (this.has(this.codeEvents(code), Ev.PY_THROW) && exc instanceof PyBaseException) {
      this.fire(frame, Ev.PY_THROW, frame.pc, [code, frame.pc * 2, exc]);
    }
  }
}

function isPopJump(op: number): boolean {
  return op === Op.POP_JUMP_IF_FALSE || op === Op.POP_JUMP_IF_TRUE || op === Op.POP_JUMP_IF_NONE || op === Op.POP_JUMP_IF_NOT_NONE;
}

/**
 * Where CPython reports RAISE and PY_UNWIND: the last code unit of the instruction that raised (its last
 * cache entry), or for an exception coming out of a Python callee, the code unit before the call.
 */
function raiseOffset(code: PyCode, index: number, origin: boolean): number {
  return origin ? (code.nexts[index] - 1) * 2 : (index - 1) * 2;
}

const forIters = new WeakMap<PyCode, Map<number, number>>();

/** The FOR_ITER whose loop exits at the POP_ITER at `index`, or -1. */
function forIterOf(code: PyCode, index: number): number {
  let m = forIters.get(code);
  if (m === undefined) {
    m = new Map();
    const ops = code.ops;
    for (let i = 0; i < ops.length; i = code.nexts[i]) {
      if (ops[i] === Op.FOR_ITER) m.set(code.nexts[i] + code.args[i] + 1, i);
    }
    forIters.set(code, m);
  }
  return m.get(index) ?? -1;
}

const registry = new WeakMap<Interpreter, Monitoring>();

/** The monitoring state of `interp`, created on first use. */
export function monitoringOf(interp: Interpreter): Monitoring {
  let m = registry.get(interp);
  if (m === undefined) {
    m = new Monitoring(interp);
    registry.set(interp, m);
  }
  return m;
}
addLifetimeRoots((interp) => registry.get(interp));
