// Blocking on the VM's own descriptors (select.select, a blocking recv/send on an in-memory socket):
// wait until a readiness test passes or a deadline passes, sleeping through Host.sleep.
//
// The VM is single-threaded, so while it sleeps nothing but a signal handler can make an in-memory
// socket ready: the wait sleeps the whole remaining time, and when the host's interrupt flag cuts the
// sleep short it runs the pending signal handlers (which may raise, ending the wait, or write to a
// socket), then tests again and sleeps what is left, as CPython retries after EINTR (PEP 475).

import { notImplementedError } from '../runtime/raise.js';
import { runPendingSignals } from '../runtime/signals.js';
import type { Interpreter } from '../runtime/interpreter.js';

/** How long one sleep of an unbounded wait lasts; the wait goes on after it. */
const FOREVER_SLICE_S = 3600;

/**
 * Wait until ready() or until `timeout` seconds have passed (null: no limit). Returns whether ready()
 * passed. `what` names the blocking call for a host that cannot sleep.
 */
export function waitUntil(interp: Interpreter, timeout: number | null, ready: () => boolean, what: string): boolean {
  if (ready()) return true;
  if (timeout !== null && timeout <= 0) return false;
  const host = interp.host;
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
