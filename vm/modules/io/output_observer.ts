// Telling an attached tracer (the recorder) what the program writes to its standard output and error
// (descriptors 1 and 2) at the moment it writes it, before the _io buffers hold it back, so that each
// piece is credited to the step that wrote it rather than to the step at which a buffer was flushed.
//
// It only reports: it must never change what is written, when, or where. Each piece is reported once,
// where it enters the chain from the program: sys.stdout/sys.stderr's TextIOWrapper.write, their
// BufferedWriter's write (sys.stdout.buffer.write), FileIO.write on fd 1 or 2, os.write(1 or 2, ...).
// While a std layer hands down bytes it has already reported, the layers below stay quiet.
// Without a tracer (or one without an output hook) this costs a null check.

import { currentInterpreter } from '../../runtime/interpreter.js';

/** Above 0 while a std layer hands bytes it has already reported down to the layer below. */
let quiet = 0;

/** Report `data` written to `fd` by the program, if it is 1 or 2 and a tracer wants output. */
export function reportOutput(fd: number, data: Uint8Array | string): void {
  if (quiet !== 0 || (fd !== 1 && fd !== 2) || data.length === 0) return;
  const t = currentInterpreter().tracer;
  if (t !== null && t.output !== undefined) t.output(fd as 1 | 2, data);
}

/** Start handing already reported bytes down; always pair with endHandDown (in a finally). */
export function beginHandDown(): void {
  quiet++;
}

export function endHandDown(): void {
  quiet--;
}
