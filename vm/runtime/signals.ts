// Signals as CPython delivers them to Python code: the table of Python-level handlers (what
// signal.signal() installs), signals that have arrived but whose handlers have not run yet, and
// runPendingSignals(), the one place that runs them (CPython's PyErr_CheckSignals).
//
// A Ctrl-C from the host (Host.interruptFlag) is SIGINT: its handler is default_int_handler unless the
// program installed another one, so KeyboardInterrupt is raised by that handler, not by the eval loop.
// Signals raised inside the VM (signal.raise_signal, _thread.interrupt_main) are recorded with
// tripSignal(). Nothing here reads the clock, sleeps or knows about descriptors: writing the wakeup
// byte (signal.set_wakeup_fd) is delegated to whoever installed the wakeup descriptor.

import type { PyValue } from '../objects/object.js';
import { PyNativeFunction } from '../objects/native.js';
import { PyBaseException, KeyboardInterrupt } from '../objects/exceptions.js';
import { None } from '../objects/singletons.js';
import { callObject } from './call.js';
import { typeError, runtimeError, valueError, overflowError } from './raise.js';
import { asIndex } from './protocols.js';
import { ProcessExit } from './process_exit.js';
import type { Interpreter } from './interpreter.js';
import { addLifetimeRoots } from './lifetime/lifetime.js';

/** Linux's numbering, as CPython on Linux exposes it. */
export const SIGINT = 2;
/** One more than the highest signal number (SIGRTMAX is 64 on Linux). */
export const NSIG = 65;
/** The handler values signal.SIG_DFL and signal.SIG_IGN. */
export const SIG_DFL = 0;
export const SIG_IGN = 1;

/** Signals whose default action is to do nothing (SIGCHLD, SIGCONT, SIGURG, SIGWINCH). */
const DEFAULT_IGNORED = new Set([17, 18, 23, 28]);
/** Signals whose default action suspends the program (SIGSTOP, SIGTSTP, SIGTTIN, SIGTTOU). */
const DEFAULT_STOPS = new Set([19, 20, 21, 22]);

/**
 * What tripSignal() leaves in the host's interrupt flag, so that a Ctrl-C stored there by the host at
 * the same time (any other non-zero value) is still seen as SIGINT.
 */
export const VM_TRIPPED = -1;

let defaultIntHandlerObj: PyNativeFunction | null = null;

/**
 * signal.default_int_handler: raises KeyboardInterrupt (the initial SIGINT handler). Made on first
 * use: this module is imported by the eval loop before the object model is initialised.
 */
export function defaultIntHandler(): PyNativeFunction {
  if (defaultIntHandlerObj === null) {
    defaultIntHandlerObj = new PyNativeFunction('default_int_handler', (args, kw) => {
      if (kw !== null && kw.size > 0) throw typeError('default_int_handler() takes no keyword arguments');
      if (args.length !== 2) throw typeError(`default_int_handler expected 2 arguments, got ${args.length}`);
      throw new PyBaseException(KeyboardInterrupt, []);
    });
  }
  return defaultIntHandlerObj;
}

export interface SignalState {
  /** The Python-level handler of each signal number: a callable, SIG_DFL (0) or SIG_IGN (1). */
  readonly handlers: PyValue[];
  /** Signals that arrived and whose handlers have not run yet. */
  readonly pending: Uint8Array;
  anyPending: boolean;
  /** signal.set_wakeup_fd's descriptor, -1 when none. */
  wakeupFd: number;
  /** Writes the signal number byte to the wakeup descriptor (set with it by the _signal module). */
  writeWakeup: ((fd: number, signum: number) => void) | null;
}

const states = new WeakMap<Interpreter, SignalState>();

/** The signal table of an interpreter, as a new process starts with it. */
export function signalState(interp: Interpreter): SignalState {
  let s = states.get(interp);
  if (s === undefined) {
    const handlers: PyValue[] = new Array(NSIG).fill(SIG_DFL);
    handlers[SIGINT] = defaultIntHandler();
    // CPython ignores SIGPIPE and SIGXFSZ at start-up, so that failing writes raise OSError instead.
    handlers[13] = SIG_IGN;
    handlers[25] = SIG_IGN;
    s = { handlers, pending: new Uint8Array(NSIG), anyPending: false, wakeupFd: -1, writeWakeup: null };
    states.set(interp, s);
  }
  return s;
}
addLifetimeRoots((interp) => states.get(interp));

/**
 * Record that signal `signum` arrived (the C-level handler's part in CPython: mark it and write the
 * wakeup byte). Its Python handler runs at the next runPendingSignals().
 */
export function tripSignal(interp: Interpreter, signum: number): void {
  const s = signalState(interp);
  const h = s.handlers[signum];
  // SIG_DFL and SIG_IGN are the kernel's business in CPython: no C handler runs, no wakeup byte.
  if (h !== SIG_DFL && h !== SIG_IGN && s.wakeupFd >= 0 && s.writeWakeup !== null) s.writeWakeup(s.wakeupFd, signum);
  s.pending[signum] = 1;
  s.anyPending = true;
  const flag = interp.host.interruptFlag;
  if (flag !== null && flag[0] === 0) flag[0] = VM_TRIPPED;
}

/**
 * Run the Python handlers of the signals that have arrived (CPython's PyErr_CheckSignals), lowest
 * number first: a Ctrl-C noticed in the host's interrupt flag counts as SIGINT. Called where CPython's
 * eval loop checks for signals, and after blocking waits. An exception raised by a handler propagates
 * from here; signals still pending then run at the next check.
 */
export function runPendingSignals(interp: Interpreter): void {
  // Handlers run in the main thread only (they stay pending until it runs: vm/runtime/threads.ts).
  const threads = interp.threads;
  if (threads !== null && threads.current !== threads.main) return;
  const flag = interp.host.interruptFlag;
  const s = signalState(interp);
  if (flag !== null && flag[0] !== 0) {
    const hostInterrupt = flag[0] !== VM_TRIPPED;
    flag[0] = 0;
    if (hostInterrupt) {
      const h = s.handlers[SIGINT];
      if (h !== SIG_DFL && h !== SIG_IGN && s.wakeupFd >= 0 && s.writeWakeup !== null) s.writeWakeup(s.wakeupFd, SIGINT);
      s.pending[SIGINT] = 1;
      s.anyPending = true;
    }
  }
  if (!s.anyPending) return;
  s.anyPending = false;
  const pending = s.pending;
  for (let signum = 1; signum < NSIG; signum++) {
    if (pending[signum] === 0) continue;
    pending[signum] = 0;
    try {
      runHandler(interp, s.handlers[signum], signum);
    } catch (e) {
      // Whatever is left runs at the next check, as CPython re-trips the signals it did not handle.
      for (let rest = signum + 1; rest < NSIG; rest++) {
        if (pending[rest] !== 0) {
          s.anyPending = true;
          if (flag !== null && flag[0] === 0) flag[0] = VM_TRIPPED;
          break;
        }
      }
      throw e;
    }
  }
}

function runHandler(interp: Interpreter, handler: PyValue, signum: number): void {
  if (handler === SIG_IGN) return;
  if (handler === SIG_DFL) {
    if (DEFAULT_IGNORED.has(signum)) return;
    if (DEFAULT_STOPS.has(signum)) {
      throw runtimeError(`the default action of signal ${signum} suspends the program, which pyrewind cannot do`);
    }
    // The default action ends the process at once, without any cleanup; a shell reports 128 + signum.
    throw new ProcessExit(128 + signum);
  }
  if (handler === defaultIntHandlerObj) throw new PyBaseException(KeyboardInterrupt, []);
  callObject(handler, [signum, interp.frame ?? None]);
}

/**
 * _thread.interrupt_main(signum): simulate signal `signum` arriving (PyErr_SetInterruptEx). Nothing
 * happens when the signal is not handled from Python (SIG_DFL, SIG_IGN); otherwise the handler runs
 * at once, which is when CPython's eval loop checks for it (after the call returns).
 */
export function interruptMain(interp: Interpreter, signumArg: PyValue): void {
  const n = asIndex(signumArg);
  if (typeof n === 'bigint' || n > 2147483647 || n < -2147483648) {
    throw overflowError('Python int too large to convert to C int');
  }
  if (n < 1 || n >= NSIG) throw valueError('signal number out of range');
  const handler = signalState(interp).handlers[n];
  if (handler === SIG_DFL || handler === SIG_IGN) return;
  tripSignal(interp, n);
  runPendingSignals(interp);
}
