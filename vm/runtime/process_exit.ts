// os._exit(): the end of the process without any cleanup. Thrown as a HaltExecution, so that no
// except/finally handler of the program runs; the runtime (vm/runtime/main.ts) then returns the status
// at once: no atexit callbacks and no flushing, so output still buffered in Python streams is lost,
// as in CPython. Nothing but os._exit should throw it.

import { HaltExecution } from './tracer.js';

export class ProcessExit extends HaltExecution {
  constructor(readonly status: number) {
    super(`os._exit(${status})`);
    this.name = 'ProcessExit';
  }
}
