// A time limit for synchronous code: the pyrewind VM runs a program synchronously on the test thread,
// where no JavaScript timer can fire, so a VM that loops forever would hang the whole test run.
//
// A small worker thread watches the clock instead. When a run exceeds its limit the worker raises the
// host's interrupt flag (the VM polls it, as CPython's eval breaker polls for Ctrl-C, and raises
// KeyboardInterrupt); if the VM still has not returned after a grace period, the worker kills the test
// process, with a message saying why, because a failed test run is better than a hung one.
// It must never touch a run that finished in time.

import { Worker } from 'node:worker_threads';

// Shared control words: [0] generation armed (0 = disarmed), [1] limit in ms, [2] generation that fired.
const WORKER_SOURCE = `
const { workerData } = require('node:worker_threads');
const { control, flag, graceMs } = workerData;
for (;;) {
  Atomics.wait(control, 0, 0);
  const generation = Atomics.load(control, 0);
  if (generation === 0) continue;
  const limit = Atomics.load(control, 1);
  if (Atomics.wait(control, 0, generation, limit) !== 'timed-out') continue;
  Atomics.store(control, 2, generation);
  Atomics.store(flag, 0, 1);
  if (Atomics.wait(control, 0, generation, graceMs) === 'timed-out') {
    process.stderr.write('\\npyrewind differential tests: the VM ignored the interrupt for ' + graceMs +
      ' ms after running past its time limit; killing the test process instead of hanging.\\n');
    process.kill(process.pid, 'SIGKILL');
  }
}
`;

export class Watchdog {
  /** The flag to hand to the host as its interruptFlag. */
  readonly flag = new Int32Array(new SharedArrayBuffer(4));
  private readonly control = new Int32Array(new SharedArrayBuffer(12));
  private generation = 0;
  private worker: Worker | null = null;

  constructor(private readonly graceMs: number) {}

  /** Runs `fn` with the limit armed; reports whether the watchdog had to interrupt it. */
  run<T>(limitMs: number, fn: () => T): { value: T; interrupted: boolean } {
    this.worker ??= this.start();
    Atomics.store(this.flag, 0, 0);
    this.generation = (this.generation % 0x7fffffff) + 1;
    const generation = this.generation;
    Atomics.store(this.control, 1, limitMs);
    Atomics.store(this.control, 0, generation);
    Atomics.notify(this.control, 0);
    try {
      const value = fn();
      return { value, interrupted: Atomics.load(this.control, 2) === generation };
    } finally {
      Atomics.store(this.control, 0, 0);
      Atomics.notify(this.control, 0);
      Atomics.store(this.flag, 0, 0);
    }
  }

  private start(): Worker {
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { control: this.control, flag: this.flag, graceMs: this.graceMs },
    });
    worker.unref();
    return worker;
  }
}
