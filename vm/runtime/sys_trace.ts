// sys.settrace and sys.setprofile: calling Python-level trace and profile functions from the eval loop,
// with the events of CPython 3.14 (whose legacy tracing sits on sys.monitoring, Python/legacy_tracing.c).
//
// While a trace or profile function is set, a SysTrace is the interpreter's tracer (wrapping the
// recorder's, if one is attached, which keeps seeing everything, the trace functions' own frames
// included). The interpreter asks it, before each instruction, to report what happens there
// (`before`: 'call' at RESUME, 'line' by the rule of line_events.ts, 'opcode', c_call), after each
// instruction (`afterInstruction`: c_return), when a frame returns, yields or is unwound (`leave`:
// 'return') and when an exception is raised (`raised`: c_exception, 'exception'). No event is reported
// while a trace or profile function runs. A trace or profile function that raises turns tracing (or
// profiling) off and its exception propagates from where the event happened, as in CPython.
//
// sys.monitoring (monitoring.ts) is reported through the same hooks: a SysTrace is also installed while
// some monitoring tool has events set, and calls the Monitoring hooks after the trace and profile
// functions of each event (CPython calls the tools of one event from the highest id down, and
// sys.settrace's and sys.setprofile's tools are 7 and 6).
//
// This module must not be imported by the eval loop for anything but types: it is only reached through
// Interpreter.sysTrace, so that nothing here costs anything while no trace function or event is set.

import { PyValue } from '../objects/object.js';
import { Op } from '../bytecode/opcodes.js';
import { None } from '../objects/singletons.js';
import { PyTuple } from '../objects/tuple.js';
import { PyNativeFunction, PyMethodDescriptor, bindNativeMethod } from '../objects/native.js';
import { PyBaseException, StopIteration } from '../objects/exceptions.js';
import { Frame } from './frame.js';
import { callObject } from './call.js';
import { runtimeError } from './raise.js';
import { callSiteAt, generatorReturnAt, pythonIteratorStopAt } from './event_args.js';
import { Tracer } from './tracer.js';
import { lineEventAt, lineTable, loopBackLine } from './line_events.js';
import { FrameTrace, frameTraceOf, frameTraceFor, enterTraceFunction, leaveTraceFunction } from './frame_trace.js';
import { Monitoring, monitoringOf } from './monitoring.js';
import type { Interpreter } from './interpreter.js';

export class SysTrace implements Tracer {
  /** sys.gettrace(): the global trace function, called for 'call' events. */
  traceFunc: PyValue | null = null;
  /** sys.getprofile() */
  profileFunc: PyValue | null = null;
  /** Above 0 while a trace or profile function or a monitoring callback runs: nothing is reported then. */
  suspended = 0;
  /** sys.monitoring's state while some tool has events set, else null. */
  mon: Monitoring | null = null;
  /**
   * An exception raised by a trace function while the interpreter was unwinding (a 'return' event of a
   * frame being left by an exception): it replaces the exception being propagated.
   */
  replacement: PyBaseException | null = null;

  constructor(
    readonly interp: Interpreter,
    /** The tracer that was attached before (the recorder), or null. */
    readonly inner: Tracer | null,
  ) {}

  // ---- the Tracer interface: forwarded to the wrapped tracer ----------------------------------------

  enter(frame: Frame): void {
    if (this.inner !== null) this.inner.enter(frame);
  }

  step(frame: Frame, index: number): void {
    if (this.inner !== null) this.inner.step(frame, index);
  }

  exception(frame: Frame, index: number, exc: PyBaseException, origin: boolean, handled: boolean): void {
    if (this.inner !== null) this.inner.exception(frame, index, exc, origin, handled);
    if (this.mon !== null && this.suspended === 0) {
      this.mon.handled = handled;
      this.mon.origin = origin;
      this.mon.excIndex = index;
    }
  }

  output(fd: 1 | 2, data: Uint8Array | string): void {
    if (this.inner !== null && this.inner.output !== undefined) this.inner.output(fd, data);
  }

  /**
   * `frame` returned or yielded `value`, or `exc` unwinds it ('return' with None). The interpreter has
   * already made its caller the current frame; the event sees `frame` current again, with its f_back.
   * During unwinding, an exception of the trace function is kept in `replacement` instead of thrown.
   */
  leave(frame: Frame, value: PyValue | undefined, exc: PyBaseException | null): void {
    if (this.inner !== null) this.inner.leave(frame, value, exc);
    if (this.suspended !== 0) return;
    if (exc === null && frame.code.ops[frame.lasti] === Op.RETURN_GENERATOR) return; // before the first RESUME
    const arg: PyValue = exc !== null || value === undefined || frame.initSelf !== null ? None : value;
    const interp = this.interp;
    const caller = interp.frame;
    const back = frame.back;
    frame.back = caller;
    interp.frame = frame;
    try {
      // sys.settrace's monitoring tool comes before sys.setprofile's: the trace function hears first.
      if (this.traceFunc !== null) this.trace(frame, frameTraceOf(frame), 'return', arg);
      if (this.profileFunc !== null) this.profile(frame, 'return', arg);
      if (this.mon !== null) this.mon.leave(frame, value, exc);
    } catch (e) {
      if (exc === null || !(e instanceof PyBaseException)) throw e;
      this.replacement = e;
    } finally {
      frame.back = back;
      interp.frame = caller;
    }
  }

  // ---- the hooks the eval loop calls while tracing ----------------------------------------------------

  /**
   * The eval loop ran the instruction at `execIndex` of `execFrame`; the current frame is now `frame`, whose
   * next instruction is `pc` (a call pushed it, or execFrame returned or yielded `top` into it).
   */
  afterStep(execFrame: Frame, execIndex: number, frame: Frame, pc: number, top: PyValue): void {
    let prev = execIndex;
    if (frame !== execFrame) {
      prev = frame.lasti;
      if (frame.back === execFrame) this.enter(frame);
      else this.leave(execFrame, top, null);
    } else {
      this.afterInstruction(frame, execIndex, pc);
    }
    this.before(frame, pc, prev);
  }

  /** `before`, for the eval loop's entry and exception handlers: returns what was thrown, or null. */
  beforeCatching(frame: Frame, index: number, prev: number): unknown {
    try {
      this.before(frame, index, prev);
    } catch (e) {
      return e;
    }
    return null;
  }

  /**
   * The instruction at `index` of `frame` (the current frame) is about to run; `prev` is the instruction
   * of this frame that ran before it (-1 if none). `frame.sp` is current.
   */
  before(frame: Frame, index: number, prev: number): void {
    if (this.suspended !== 0) return;
    frame.lasti = index;
    const code = frame.code;
    const op = code.ops[index];
    const mon = this.mon;
    if (op === Op.RESUME) {
      this.callEvent(frame);
      if (mon !== null) mon.resume(frame, index);
      return;
    }
    if (this.traceFunc !== null) {
      let st = frameTraceOf(frame);
      if (st !== undefined && st.trace !== null) {
        // A generator's return ends the loop or the `yield from`: CPython reports a StopIteration.
        const si = op === Op.END_FOR || op === Op.END_SEND ? generatorReturnAt(frame) : null;
        if (si !== null) {
          this.trace(frame, st, 'exception', new PyTuple([StopIteration, si, None]));
          st = frameTraceOf(frame)!;
        }
        if (st.lines && st.trace !== null && this.traceFunc !== null) {
          const t = lineTable(code);
          if (loopBackLine(t, index, prev) >= 0) {
            // A loop on one line jumped back: CPython reports it from the jump (f_lasti is the jump's).
            frame.lasti = prev;
            try {
              this.trace(frame, st, 'line', None);
            } finally {
              frame.lasti = index;
            }
            st = frameTraceOf(frame)!;
          } else if (lineEventAt(t, index, prev, true) >= 0) {
            this.trace(frame, st, 'line', None);
            st = frameTraceOf(frame)!;
          }
        }
        if (st.opcodes && st.trace !== null && this.traceFunc !== null) this.trace(frame, st, 'opcode', None);
      }
    }
    if (this.profileFunc !== null && (op === Op.CALL || op === Op.CALL_KW || op === Op.CALL_FUNCTION_EX)) {
      this.cCall(frame, index);
    }
    if (mon !== null) mon.beforeInstruction(frame, index, prev);
  }

  /**
   * The instruction at `index` of `frame` ran, `frame` is still current and goes on at `pc`: a c_call's
   * c_return, or a for loop ended by a user iterator's StopIteration (which CPython reports).
   */
  private afterInstruction(frame: Frame, index: number, pc: number): void {
    if (this.suspended !== 0) return;
    const st = frameTraceOf(frame);
    if (st === undefined) return;
    if (st.cFunc !== null && st.cIndex === index) {
      const f = st.cFunc;
      st.cFunc = null;
      if (this.profileFunc !== null) this.profile(frame, 'c_return', f);
      return;
    }
    if (st.trace !== null && this.traceFunc !== null && frame.code.ops[index] === Op.FOR_ITER && pc !== frame.code.nexts[index]) {
      // Only a __next__ written in Python raises StopIteration; C iterators just stop (no event).
      const si = pythonIteratorStopAt(frame);
      if (si !== null) this.trace(frame, st, 'exception', new PyTuple([si.cls, si, si.traceback ?? None]));
    }
  }

  /**
   * `exc` is raised at `index` of `frame` (the current frame); `fresh` is false for a re-raise, which
   * CPython does not report. Returns the exception to propagate: the trace function's own, if it raised.
   */
  raised(frame: Frame, index: number, exc: PyBaseException, fresh: boolean): PyBaseException {
    if (this.suspended !== 0) return exc;
    const st = frameTraceOf(frame);
    try {
      if (st !== undefined && st.cFunc !== null) {
        const f = st.cFunc;
        st.cFunc = null;
        if (st.cIndex === index && this.profileFunc !== null) this.profile(frame, 'c_exception', f);
      }
      if (fresh && this.traceFunc !== null) {
        const tb = exc.traceback ?? None;
        this.trace(frame, frameTraceOf(frame), 'exception', new PyTuple([exc.cls, exc, tb]));
      }
      if (this.mon !== null) this.mon.raised(frame, index, exc, fresh);
    } catch (e) {
      if (e instanceof PyBaseException) return e;
      throw e;
    }
    return exc;
  }

  /** `exc` is thrown into the generator or coroutine `frame` (throw(), close()): its 'call' event. */
  throwInto(frame: Frame, exc: unknown): unknown {
    if (this.suspended !== 0) return exc;
    try {
      this.callEvent(frame);
      if (this.mon !== null) this.mon.thrown(frame, exc);
    } catch (e) {
      if (e instanceof PyBaseException) return e;
      throw e;
    }
    return exc;
  }

  /** sys.call_tracing(func, args): func(*args) with events reported even inside a trace function. */
  callTracing(func: PyValue, args: PyValue[]): PyValue {
    const saved = this.suspended;
    this.suspended = 0;
    try {
      return callObject(func, args);
    } finally {
      this.suspended = saved;
    }
  }

  // ---- events -----------------------------------------------------------------------------------------

  private callEvent(frame: Frame): void {
    if (this.traceFunc !== null) this.trace(frame, undefined, 'call', None);
    if (this.profileFunc !== null) this.profile(frame, 'call', None);
  }

  /**
   * c_call for a call of a builtin function or method (CPython's PyCFunction, or a method descriptor,
   * bound to the first argument as CPython's legacy profiler does with the CALL event's arguments).
   */
  private cCall(frame: Frame, index: number): void {
    const { callable, arg0 } = callSiteAt(frame, index);
    let f: PyValue;
    if (callable instanceof PyNativeFunction) f = callable;
    else if (callable instanceof PyMethodDescriptor && arg0 !== undefined) f = bindNativeMethod(callable, arg0);
    else return;
    const st = frameTraceFor(frame);
    st.cFunc = f;
    st.cIndex = index;
    this.profile(frame, 'c_call', f);
  }

  /** CPython's trace_trampoline: the global function for 'call', the frame's f_trace for the rest. */
  private trace(frame: Frame, st: FrameTrace | undefined, event: string, arg: PyValue): void {
    const cb = event === 'call' ? this.traceFunc : st === undefined ? null : st.trace;
    if (cb === null) return;
    const result = this.invoke(frame, cb, event, arg, false);
    if (result !== None) frameTraceFor(frame).trace = result;
  }

  private profile(frame: Frame, event: string, arg: PyValue): void {
    this.invoke(frame, this.profileFunc!, event, arg, true);
  }

  private invoke(frame: Frame, cb: PyValue, event: string, arg: PyValue, profile: boolean): PyValue {
    const st = frameTraceFor(frame);
    this.suspended++;
    st.inEvent++;
    enterTraceFunction();
    try {
      return callObject(cb, [frame, event, arg]);
    } catch (e) {
      if (e instanceof PyBaseException) {
        if (profile) setProfile(this.interp, null);
        else {
          setTrace(this.interp, null);
          st.trace = null;
        }
      }
      throw e;
    } finally {
      this.suspended--;
      st.inEvent--;
      leaveTraceFunction();
      if (this.suspended === 0) this.settle();
    }
  }

  /** After a callback: stop being the tracer if it turned everything off meanwhile. */
  settle(): void {
    uninstallIfIdle(this.interp, this);
  }
}

function install(interp: Interpreter): SysTrace {
  let st = interp.sysTrace;
  if (st === null) {
    // One SysTrace sees every thread's frames, where CPython's trace and profile functions are per thread.
    if (interp.threads !== null && interp.threads.active) {
      throw runtimeError(
        'pyrewind cannot use sys.settrace, sys.setprofile or sys.monitoring while other threads run ' +
        '(they would apply to every thread)',
      );
    }
    st = new SysTrace(interp, interp.tracer);
    interp.sysTrace = st;
    interp.tracer = st;
  }
  return st;
}

function uninstallIfIdle(interp: Interpreter, st: SysTrace): void {
  // Never while a callback runs: its events stay suspended until it returns (settle() comes back here).
  if (st.traceFunc !== null || st.profileFunc !== null || st.mon !== null || st.suspended !== 0 || interp.sysTrace !== st) return;
  interp.sysTrace = null;
  if (interp.tracer === st) interp.tracer = st.inner;
  interp.lifetime.ensureHook();
}

/** sys.settrace(func); null (None) removes the trace function. */
export function setTrace(interp: Interpreter, func: PyValue | null): void {
  setHook(interp, 'traceFunc', func);
}

/** sys.setprofile(func); null (None) removes the profile function. */
export function setProfile(interp: Interpreter, func: PyValue | null): void {
  setHook(interp, 'profileFunc', func);
}

function setHook(interp: Interpreter, hook: 'traceFunc' | 'profileFunc', func: PyValue | null): void {
  if (func !== null) {
    install(interp)[hook] = func;
    return;
  }
  const st = interp.sysTrace;
  if (st === null) return;
  st[hook] = null;
  uninstallIfIdle(interp, st);
}

export function getTrace(interp: Interpreter): PyValue {
  return interp.sysTrace?.traceFunc ?? None;
}

export function getProfile(interp: Interpreter): PyValue {
  return interp.sysTrace?.profileFunc ?? None;
}

/** After sys.monitoring's event sets changed: report its events while some are set, and only then. */
export function syncMonitoring(interp: Interpreter): void {
  const mon = monitoringOf(interp);
  if (mon.active()) {
    install(interp).mon = mon;
    return;
  }
  const st = interp.sysTrace;
  if (st === null) return;
  st.mon = null;
  uninstallIfIdle(interp, st);
}
