// `pyrewind run prog.py [args...]`: runs a program like `python3 prog.py args...` (same stdout, traceback
// on stderr, same exit status), in a worker thread so that Ctrl-C becomes KeyboardInterrupt.

import { Worker } from 'node:worker_threads';
import { entryFile } from '../host/node/package_paths.js';
import type { RunWorkerData } from './run_worker.js';

export function runProgram(script: string, args: string[]): Promise<number> {
  const interrupt = new SharedArrayBuffer(4);
  const flag = new Int32Array(interrupt);
  const data: RunWorkerData = { script, args, interrupt };
  const worker = new Worker(entryFile('cli/run_worker.js'), {
    workerData: data,
    stdout: false,
    stderr: false,
    // Python recursion runs on an explicit frame stack; native callbacks (sort keys, __repr__...) nest
    // the eval loop, so give the JS stack room for CPython's default recursion limit.
    resourceLimits: { stackSizeMb: 256 },
  });
  let interrupts = 0;
  const onSigint = (): void => {
    interrupts++;
    if (interrupts >= 3) process.exit(130); // the program ignores Ctrl-C: let the user out
    Atomics.store(flag, 0, 1);
    Atomics.notify(flag, 0); // wakes a time.sleep() in the program
  };
  process.on('SIGINT', onSigint);
  return new Promise((resolve) => {
    let status: number | null = null;
    worker.on('message', (m: { status: number }) => {
      status = m.status;
    });
    worker.on('error', (e) => {
      process.stderr.write(`pyrewind: internal error: ${e.stack ?? e.message}\n`);
      status = 70;
    });
    worker.on('exit', () => {
      process.off('SIGINT', onSigint);
      resolve(status ?? 70);
    });
  });
}
