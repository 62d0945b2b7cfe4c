// Blocking on the VM's own descriptors (select.select, a blocking recv/send on an in-memory socket):
// wait until a readiness test passes or a deadline passes, sleeping through Host.sleep.
//
// With one thread, nothing but a signal handler can make an in-memory socket ready while the VM waits:
// the wait sleeps the whole remaining time, and when the host's interrupt flag cuts the sleep short it
// runs the pending signal handlers (which may raise, ending the wait, or write to a socket), then tests
// again and sleeps what is left, as CPython retries after EINTR (PEP 475). With other threads, they run
// meanwhile (Threads.waitNested), as CPython's do while one waits with the GIL released.

import type { PyValue } from '../objects/object.js';
import { notImplementedError, runtimeError } from '../runtime/raise.js';
import { runPendingSignals } from '../runtime/signals.js';
import { RetryAfterWait, retryableCalls } from '../runtime/threads.js';
import type { Interpreter } from '../runtime/interpreter.js';

/** How long one sleep of an unbounded wait lasts; the wait goes on after it. */
const FOREVER_SLICE_S = 3600;

/**
 * A thread's wait for ready() (a lock, a thread's end, a queue item), for `timeout` seconds (-1: no
 * limit), ended by `take(timedOut)`, which takes what was waited for and gives the call's result (or
 * throws its error for a timeout). Called directly by Python code (`callables` holds the native), the
 * thread parks and the eval loop resumes it with that result (vm/runtime/threads.ts); anywhere else it
 * waits here while the other threads run. With no other thread, an endless wait is the RuntimeError
 * `forever`: CPython would block for good.
 */
export function waitForThread(
  interp: Interpreter,
  callables: ReadonlySet<PyValue>,
  timeout: number,
  ready: () => boolean,
  take: (timedOut: boolean) => PyValue,
  what: string,
  forever: string,
): PyValue {
  const threads = interp.threads;
  if (threads !== null && threads.directlyCalled(callables)) {
    const deadline = timeout < 0 ? Infinity : Number(interp.host.monotonicNs()) / 1e6 + timeout * 1000;
    return threads.park({ ready, deadline, wake: take });
  }
  if (timeout < 0 && (threads === null || !threads.active)) throw runtimeError(forever);
  return take(!waitUntil(interp, timeout < 0 ? null : timeout, ready, what));
}

/**
 * Wait until ready() or until `timeout` seconds have passed (null: no limit). Returns whether ready()
 * passed. `what` names the blocking call for a host that cannot sleep.
 */
export function waitUntil(interp: Interpreter, timeout: number | null, ready: () => boolean, what: string): boolean {
  if (ready()) return true;
  if (timeout !== null && timeout <= 0) return false;
  const host = interp.host;
  const threads = interp.threads;
  if (threads !== null && threads.active) {
    // The call made again after its wait timed out: the wait is over.
    if (threads.current.retryTimedOut) return ready();
    const deadline = timeout === null ? Infinity : Number(host.monotonicNs()) / 1e6 + timeout * 1000;
    // Called directly by Python code, a call that can simply be made again parks its thread instead.
    if (threads.directlyCalled(retryableCalls)) throw new RetryAfterWait(ready, deadline);
    const flag = host.interruptFlag;
    for (;;) {
      if (threads.waitNested(ready, deadline)) return true;
      // Stopped early by Ctrl-C: its handler runs (and may raise), then the wait goes on.
      if (flag === null || flag[0] === 0) return false;
      runPendingSignals(interp);
    }
  }
  if (host.sleep === undefined) throw notImplementedError(`${what} cannot wait: this host cannot sleep`);
  const deadline = timeout === null ? 0n : host.monotonicNs() + BigInt(Math.ceil(timeout * 1e9));
  const flag = host.interruptFlag;
  for (;;) {
    let left: number;
    if (timeout === null) left = FOREVER_SLICE_S;
    else {
      const ns = deadline - host.monotonicNs();
      if (ns <= 0n) return ready();
      left = Number(ns) / 1e9;
    }
    host.sleep(left);
    if (flag !== null && flag[0] !== 0) runPendingSignals(interp);
    if (ready()) return true;
  }
}
