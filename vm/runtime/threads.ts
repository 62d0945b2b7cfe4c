// Threads: several Python threads run by one eval loop, one at a time (as CPython's GIL runs them).
//
// A thread is its chain of frames plus the interpreter state that belongs to it (call depth, the
// exception being handled, its contextvars Context). The eval loop switches threads at instruction
// boundaries only, through Threads.switchFrom(): when the running thread has used up its slice of
// instructions, or when it must wait (a held lock, join(), time.sleep()). A blocking native called
// directly by a CALL instruction "parks" its thread: it returns a placeholder that the eval loop leaves on
// the value stack and that is replaced by the call's real result (acquire()'s True/False) when the thread
// wakes; a native that did nothing before its wait is instead called again then (RetryAfterWait).
//
// Native code between two eval loops (a key function's caller, a property) keeps JavaScript state that
// only the loop it called can return to. So each run() of the eval loop has an owner, the thread that
// started it, and a thread owning a loop still running can only be resumed inside its own innermost
// one; a thread owning none can be resumed in any loop. Slices end only where that cannot strand the
// running thread (never for the owner of a nested loop). A thread that waits inside native code runs the
// others meanwhile, each in a nested loop for one slice (waitNested, Interpreter.runSlice).
//
// Switching is deterministic (round robin in start order, a fixed number of instructions per slice),
// so a run and its recording switch at the same instructions; only waits with a timeout and sleeps
// depend on the clock. This module runs no Python code except a native thread target (called when its
// thread first runs, like CPython's thread_run), a call made again after its wait, and the unraisable
// hook for what a native target raises.

import type { PyValue } from '../objects/object.js';
import { PyFunction, PyMethod } from '../objects/function.js';
import { PyBaseException, SystemExit } from '../objects/exceptions.js';
import { None } from '../objects/singletons.js';
import { Frame } from './frame.js';
import { callObject } from './call.js';
import { runtimeError } from './raise.js';
import { repr } from './protocols.js';
import { runPendingSignals, VM_TRIPPED } from './signals.js';
import { writeUnraisable } from '../modules/unraisable.js';
import type { Interpreter } from './interpreter.js';
import type { Tracer } from './tracer.js';

/** get_ident() of the main thread: a fixed value, so that recorded runs replay identically. */
export const MAIN_THREAD_IDENT = 140737353938752;
/** Further threads' idents step down from the main one, as glibc places thread stacks (8 MiB each). */
const IDENT_STEP = 0x801000;

/**
 * A thread's slice is counted in instructions, not time, so that switching is deterministic: at the
 * default switch interval (5 ms) a thread runs 1,000 instructions before another gets its turn.
 */
const INSTRUCTIONS_PER_SECOND = 200_000;

function sliceFor(switchInterval: number): number {
  return Math.max(1, Math.min(2 ** 30, Math.round(switchInterval * INSTRUCTIONS_PER_SECOND)));
}

/** The longest a host sleep lasts before Ctrl-C is looked at again (seconds). */
const SLEEP_SLICE_S = 0.05;

/** What a parked thread waits for. */
export interface Wait {
  /** May the thread go on now (the lock came free, the joined thread ended)? */
  ready(): boolean;
  /** The host's monotonic clock, in ms, when waiting gives up; Infinity for never. */
  readonly deadline: number;
  /**
   * The thread goes on: take what it waited for (acquire the lock) and give the call's result, or throw
   * what the call raises (a timeout that is an error).
   */
  wake(timedOut: boolean): PyValue;
}

/**
 * Thrown by a wait inside a native that a CALL instruction called directly and that may simply be called
 * again (select(), a socket's recv()): nothing has been done yet, so the thread parks and the call runs
 * again once `ready()` or the deadline (host ms) is reached (Threads.callDirect).
 */
export class RetryAfterWait {
  constructor(
    readonly ready: () => boolean,
    readonly deadline: number,
  ) {}
}

/** Natives that wait and may be called again after their wait (see RetryAfterWait). */
export const retryableCalls = new Set<PyValue>();

export class ThreadState {
  /** The innermost frame while the thread is not running (null while it runs, or before it starts). */
  frame: Frame | null = null;
  depth = 0;
  excInfo: PyValue = None;
  wait: Wait | null = null;
  /** The wait that just ended, finished (Wait.wake) when the thread next runs. */
  woken: Wait | null = null;
  wokenByTimeout = false;
  /**
   * Set while a native call that waited (RetryAfterWait) runs again after its wait timed out: the wait
   * inside it then ends at once (fd_wait.ts).
   */
  retryTimedOut = false;
  /** Raised where the thread waited instead of giving the call's result (a deadlock, Ctrl-C). */
  resumeError: PyBaseException | null = null;
  /** Run the pending signal handlers where the thread waited (the main thread, after Ctrl-C). */
  resumeSignals = false;
  /** A target that is not a Python function: called when the thread first runs. */
  nativeTarget: { fn: PyValue; args: PyValue[]; kwargs: Map<string, PyValue> | null } | null = null;
  done = false;
  /** The thread's current contextvars Context (contextvars.ts keeps the main thread's itself). */
  context: object | null = null;
  /** Called once when the thread ends (its handle's done flag). */
  onDone: (() => void) | null = null;
  /** What other objects keep for this thread and drop when it ends (its thread-local dicts). */
  readonly cleanups: (() => void)[] = [];

  constructor(
    readonly ident: number,
    readonly daemon: boolean,
    /** The callable the thread was started with (for "Exception ignored in thread started by"). */
    readonly func: PyValue,
  ) {}
}

/** The after-instruction hook of the eval loop is the tracer block: an empty tracer enables it. */
export const THREADS_IDLE_TRACER: Tracer = {
  enter() {},
  step() {},
  leave() {},
  exception() {},
};

const DEADLOCK =
  'pyrewind: deadlock: every thread is waiting (for a lock, join() or a queue) and none can wake the ' +
  'others; CPython would hang here forever';
const STRANDED =
  'pyrewind cannot switch to the thread this one waits for: that thread is itself inside a call from ' +
  'native code on the same JavaScript stack (a key function, a property, a functools wrapper...); ' +
  'call the waiting code directly from Python code';

export class Threads {
  readonly main: ThreadState;
  current: ThreadState;
  /** The threads that have not ended, in start order (the main thread first). */
  readonly live: ThreadState[];
  /** The owner of each running eval loop, outermost first (see the header). */
  readonly loopOwners: ThreadState[];
  /** Set by a blocking call: the running thread waits on it from the end of this instruction. */
  parked: Wait | null = null;
  /** The callable a CALL instruction is calling now, and the run level of that loop (see directlyCalled). */
  directCallee: PyValue | null = null;
  directLevel = 0;
  sliceLength: number;
  sliceLeft: number;
  private started = 0;
  /** The thread waitNested ran last (its round robin goes on from there). */
  private lastNested: ThreadState | null = null;

  constructor(private readonly interp: Interpreter) {
    this.main = new ThreadState(MAIN_THREAD_IDENT, false, None);
    this.current = this.main;
    this.live = [this.main];
    this.sliceLength = sliceFor(interp.switchInterval);
    this.sliceLeft = this.sliceLength;
    // Every loop running now was started by the main thread.
    this.loopOwners = [];
    for (let i = 0; i < interp.runLevel; i++) this.loopOwners.push(this.main);
  }

  /** Is there a thread besides the running one (so that switching is possible)? */
  get active(): boolean {
    return this.live.length > 1;
  }

  /** sys.setswitchinterval(seconds): the slice length in instructions. */
  setSwitchInterval(seconds: number): void {
    this.sliceLength = sliceFor(seconds);
  }

  /** Start a thread running fn(*args, **kwargs): it first runs at the next switch. */
  start(fn: PyValue, args: PyValue[], kwargs: Map<string, PyValue> | null, daemon: boolean): ThreadState {
    this.started++;
    const t = new ThreadState(MAIN_THREAD_IDENT - this.started * IDENT_STEP, daemon, fn);
    const frame = this.firstFrame(fn, args, kwargs);
    if (frame === null) t.nativeTarget = { fn, args, kwargs };
    else {
      t.frame = frame;
      frame.depth = 1;
      t.depth = 1;
    }
    this.live.push(t);
    if (this.interp.tracer === null) this.interp.tracer = THREADS_IDLE_TRACER;
    return t;
  }

  /** The first frame of a thread whose target is a Python function (or a method of one). */
  private firstFrame(fn: PyValue, args: PyValue[], kwargs: Map<string, PyValue> | null): Frame | null {
    if (fn instanceof PyFunction) return this.interp.makeFrame(fn, args, kwargs);
    if (fn instanceof PyMethod && fn.func instanceof PyFunction) {
      return this.interp.makeFrame(fn.func, [fn.self, ...args], kwargs);
    }
    return null;
  }

  /** Was the native now running called directly by a CALL instruction (so that its thread may park)? */
  directlyCalled(callables: ReadonlySet<PyValue>): boolean {
    const c = this.directCallee;
    if (c === null || !this.active || this.directLevel !== this.interp.runLevel) return false;
    if (callables.has(c)) return true;
    const origin = (c as { origin?: unknown }).origin;
    return origin !== undefined && origin !== null && callables.has(origin as PyValue);
  }

  /**
   * A native call made by a CALL instruction (`call` makes it): one that waits may park its thread. A
   * call that asks to be made again after its wait (RetryAfterWait) is, when the thread wakes.
   */
  callDirect(callable: PyValue, call: () => PyValue): PyValue {
    // Saved and restored: Python code run inside the call (a __fspath__, a key function) makes its own.
    const outer = this.directCallee;
    const outerLevel = this.directLevel;
    this.directCallee = callable;
    this.directLevel = this.interp.runLevel;
    try {
      return call();
    } catch (e) {
      if (!(e instanceof RetryAfterWait)) throw e;
      const t = this.current;
      return this.park({
        ready: e.ready,
        deadline: e.deadline,
        wake: (timedOut) => {
          t.retryTimedOut = timedOut;
          try {
            return call();
          } finally {
            t.retryTimedOut = false;
          }
        },
      });
    } finally {
      this.directCallee = outer;
      this.directLevel = outerLevel;
    }
  }

  /** Park the running thread on `wait` at the end of this instruction; the value is the placeholder result. */
  park(wait: Wait): PyValue {
    this.parked = wait;
    return None;
  }

  /** May the eval loop end the running thread's slice here? */
  maySliceHere(): boolean {
    const n = this.loopOwners.length;
    return n <= 1 || this.loopOwners[n - 1] !== this.current;
  }

  /**
   * The running thread, whose innermost frame is `frame` (null: it ended), stops running: the frame of
   * the thread to run next. Its resumeError, if any, is thrown by the eval loop where it waited.
   */
  switchFrom(frame: Frame | null): Frame {
    const interp = this.interp;
    const host = interp.host;
    const cur = this.current;
    if (!cur.done) this.suspend(frame);
    this.parked = null;
    for (;;) {
      const next = this.pickNext(cur);
      this.sliceLeft = this.sliceLength;
      this.current = next;
      interp.depth = next.depth;
      interp.excInfo = next.excInfo;
      if (next.nativeTarget !== null) {
        this.runNativeTarget(next);
        continue;
      }
      const f = next.frame!;
      next.frame = null;
      interp.frame = f;
      if (next.woken !== null) this.resume(next, f);
      // Signals pending for the main thread run where it goes on (CPython checks after each call).
      if (next === this.main && host.interruptFlag !== null && host.interruptFlag[0] !== 0) next.resumeSignals = true;
      if (next.resumeSignals) {
        next.resumeSignals = false;
        try {
          runPendingSignals(interp);
        } catch (e) {
          if (!(e instanceof PyBaseException)) throw e;
          next.resumeError = e;
        }
      }
      return f;
    }
  }

  /** The running thread stops at `frame` (a switch, or the end of a slice): its state is kept. */
  suspend(frame: Frame | null): void {
    const interp = this.interp;
    const cur = this.current;
    cur.frame = frame;
    cur.depth = interp.depth;
    cur.excInfo = interp.excInfo;
    cur.wait = this.parked;
    this.parked = null;
  }

  /**
   * The running thread's first frame returned or raised `exc` (null: it returned): it is over. With
   * `switchNext`, the frame of the thread to run next (see switchFrom); else null.
   */
  finishCurrent(exc: PyBaseException | null, switchNext: boolean): Frame | null {
    const t = this.current;
    if (exc !== null && !exc.cls.isSubtypeOf(SystemExit)) {
      writeUnraisable(this.interp, exc, () => `Exception ignored in thread started by ${repr(t.func)}`);
    }
    this.end(t);
    return switchNext ? this.switchFrom(null) : null;
  }

  /**
   * The running thread waits inside native code (a lock taken by a key function, select() under an
   * asyncio loop, a host wait): it cannot be switched away from, so the other threads that can run here
   * get slices in nested loops (Interpreter.runSlice) until done() or the deadline (host ms; Infinity:
   * none). Returns done(). Nothing able to make done() true: a RuntimeError (CPython would hang).
   */
  waitNested(done: () => boolean, deadline: number): boolean {
    const interp = this.interp;
    const me = this.current;
    const host = interp.host;
    const flag = host.interruptFlag;
    const myFrame = interp.frame;
    const myDepth = interp.depth;
    const myExc = interp.excInfo;
    try {
      for (;;) {
        if (done()) return true;
        const now = Number(host.monotonicNs()) / 1e6;
        if (now >= deadline) return false;
        // Ctrl-C: the caller's wait loop runs the handler (the main thread's).
        if (me === this.main && flag !== null && flag[0] !== 0 && flag[0] !== VM_TRIPPED) return done();
        const t = this.pickNested(me, now);
        if (t === null) {
          let earliest = deadline;
          let blockedElsewhere = false;
          for (const o of this.live) {
            if (o === me) continue;
            if (this.loopOwners.includes(o)) blockedElsewhere = true;
            else if (o.wait !== null && o.wait.deadline < earliest) earliest = o.wait.deadline;
          }
          if (earliest === Infinity) throw runtimeError(blockedElsewhere ? STRANDED : DEADLOCK);
          if (host.sleep === undefined) throw runtimeError(DEADLOCK);
          host.sleep(Math.min(SLEEP_SLICE_S, Math.max(0, (earliest - now) / 1000)));
          continue;
        }
        this.current = t;
        interp.depth = t.depth;
        interp.excInfo = t.excInfo;
        this.sliceLeft = this.sliceLength;
        if (t.nativeTarget !== null) {
          this.runNativeTarget(t);
        } else {
          const f = t.frame!;
          interp.frame = f;
          t.frame = null;
          if (t.woken !== null) this.resume(t, f);
          const err = t.resumeError;
          t.resumeError = null;
          interp.runSlice(err);
        }
      }
    } finally {
      this.current = me;
      interp.frame = myFrame;
      interp.depth = myDepth;
      interp.excInfo = myExc;
    }
  }

  /** A thread other than `me` that can run in a nested loop now (one owning no running loop), woken. */
  private pickNested(me: ThreadState, now: number): ThreadState | null {
    const live = this.live;
    const n = live.length;
    // Round robin from after the thread that ran last, so that every thread gets its turn.
    let start = this.lastNested === null ? -1 : live.indexOf(this.lastNested);
    if (start < 0) start = n - 1;
    for (let k = 1; k <= n; k++) {
      const t = live[(start + k) % n];
      if (t === me || this.loopOwners.includes(t)) continue;
      const w = t.wait;
      if (w !== null) {
        if (!w.ready() && w.deadline > now) continue;
        this.wakeUp(t, w, now);
      }
      this.lastNested = t;
      return t;
    }
    return null;
  }

  /** A thread that ended. */
  private end(t: ThreadState): void {
    t.done = true;
    t.frame = null;
    const i = this.live.indexOf(t);
    if (i >= 0) this.live.splice(i, 1);
    t.onDone?.();
    for (const c of t.cleanups) c();
    t.cleanups.length = 0;
    if (this.live.length === 1 && this.interp.tracer === THREADS_IDLE_TRACER) {
      this.interp.tracer = null;
      this.interp.lifetime.ensureHook();
    }
  }

  /** Where it can run now: the thread's own innermost loop if it owns one that runs, or any loop. */
  private resumableHere(t: ThreadState): boolean {
    const owners = this.loopOwners;
    const n = owners.length;
    if (n > 0 && owners[n - 1] === t) return true;
    return !owners.includes(t);
  }

  /** The next thread to run after `cur` (round robin), waiting on the host clock if all wait. */
  private pickNext(cur: ThreadState): ThreadState {
    const host = this.interp.host;
    const flag = host.interruptFlag;
    for (;;) {
      const live = this.live;
      const n = live.length;
      let start = live.indexOf(cur);
      if (start < 0) start = n - 1;
      const now = Number(host.monotonicNs()) / 1e6;
      let earliest = Infinity;
      let blockedElsewhere = false;
      for (let k = 1; k <= n; k++) {
        const t = live[(start + k) % n];
        if (!this.resumableHere(t)) {
          if (t.wait === null || t.wait.ready() || t.wait.deadline <= now) blockedElsewhere = true;
          continue;
        }
        const w = t.wait;
        if (w === null) return t;
        if (t === this.main && flag !== null && flag[0] !== 0 && flag[0] !== VM_TRIPPED) {
          // Ctrl-C: the main thread stops waiting and runs the handler (KeyboardInterrupt by default).
          // A signal raised inside the program (interrupt_main) waits until the wait ends, as in CPython.
          t.wait = null;
          t.resumeSignals = true;
          return t;
        }
        if (w.ready() || w.deadline <= now) {
          this.wakeUp(t, w, now);
          return t;
        }
        if (w.deadline < earliest) earliest = w.deadline;
      }
      if (earliest === Infinity) return this.stuck(cur, blockedElsewhere ? STRANDED : DEADLOCK);
      if (host.sleep === undefined) return this.stuck(cur, DEADLOCK);
      host.sleep(Math.min(SLEEP_SLICE_S, Math.max(0, (earliest - now) / 1000)));
    }
  }

  /**
   * The thread's wait is over: the result of the call it parked in replaces the placeholder on top of
   * its value stack, or what the call raises (a get() that timed out) is raised there.
   */
  private resume(t: ThreadState, f: Frame): void {
    const w = t.woken!;
    t.woken = null;
    try {
      f.slots[f.sp - 1] = w.wake(t.wokenByTimeout);
    } catch (e) {
      if (!(e instanceof PyBaseException)) throw e;
      t.resumeError = e;
    }
  }

  /** `t` stops waiting on `w` (ready, or its deadline passed): resume() finishes it once `t` runs. */
  private wakeUp(t: ThreadState, w: Wait, now: number): void {
    t.wait = null;
    t.woken = w;
    t.wokenByTimeout = !w.ready() && w.deadline <= now;
  }

  /**
   * Nothing can run: the thread that can be resumed here and waits the longest (the loop's owner, or
   * the one that just parked) stops waiting with a RuntimeError.
   */
  private stuck(cur: ThreadState, message: string): ThreadState {
    const owners = this.loopOwners;
    const victim = owners.length > 0 && !owners[owners.length - 1].done ? owners[owners.length - 1] : cur;
    victim.wait = null;
    victim.resumeError = runtimeError(message);
    return victim;
  }

  /** A thread started with a native callable: it runs the call to its end now. */
  private runNativeTarget(t: ThreadState): void {
    const target = t.nativeTarget!;
    t.nativeTarget = null;
    this.interp.frame = null;
    try {
      callObject(target.fn, target.args, target.kwargs);
      this.end(t);
    } catch (e) {
      if (!(e instanceof PyBaseException)) throw e;
      if (!e.cls.isSubtypeOf(SystemExit)) {
        writeUnraisable(this.interp, e, () => `Exception ignored in thread started by ${repr(t.func)}`);
      }
      this.end(t);
    }
  }
}
