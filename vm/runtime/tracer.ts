// The tracer interface: how an observer (the recorder) watches the eval loop.
//
// The interpreter calls these hooks only when a tracer is attached (Interpreter.tracer is not null), so an
// unrecorded run pays one null check per instruction. A tracer must not run Python code, change frames or
// values, or throw anything but HaltExecution: recording never changes the program.
//
// The one exception is sys_trace.ts's SysTrace: while the program has set sys.settrace/sys.setprofile or
// some sys.monitoring event, it is the attached tracer (wrapping the recorder's, which still sees every
// hook) and the interpreter also calls its own hooks (Interpreter.sysTrace), which run the program's
// Python trace functions and monitoring callbacks (monitoring.ts).

import type { Frame } from './frame.js';
import type { PyValue } from '../objects/object.js';
import type { PyBaseException } from '../objects/exceptions.js';

export interface Tracer {
  /** `frame` starts running, or resumes (a generator or coroutine); its next instruction is `frame.pc`. */
  enter(frame: Frame): void;
  /**
   * The instruction at code unit `index` of `frame` has executed. `frame.sp` is the top of that frame's
   * value stack after it. For a call, this comes before `enter` of the callee; for a return or yield,
   * before `leave`.
   */
  step(frame: Frame, index: number): void;
  /**
   * `frame` stops running: it returned or yielded `value` (`frame.yielded` tells which; a RETURN_GENERATOR
   * "returns" the new generator), or `exc` propagates out of it (then `value` is undefined).
   */
  leave(frame: Frame, value: PyValue | undefined, exc: PyBaseException | null): void;
  /**
   * `exc` is being raised at the instruction `index` of `frame`: either the instruction itself raised
   * (`origin` true) or the exception arrived from a callee. `handled` tells whether the frame's exception
   * table has a handler for it (execution continues there) or the frame is unwound (`leave` follows).
   */
  exception(frame: Frame, index: number, exc: PyBaseException, origin: boolean, handled: boolean): void;
  /**
   * Optional: the program writes `data` to its standard output (`fd` 1) or error (2), reported when it
   * writes it (TextIOWrapper.write of sys.stdout/sys.stderr, their buffer's write, FileIO.write on the
   * descriptor, os.write), before any buffering; each byte once (vm/modules/io/output_observer.ts). A
   * string is ASCII text as the stream keeps it; bytes are only valid during the call (copy to keep).
   */
  output?(fd: 1 | 2, data: Uint8Array | string): void;
  /**
   * Optional: the program is starting a second thread (vm/runtime/threads.ts), whose instructions will
   * interleave with this one's. A tracer that cannot follow several threads throws HaltExecution.
   */
  threadStart?(): void;
}

/**
 * Thrown by a tracer to stop the program at once (a step limit was reached). Python code cannot catch it:
 * the eval loop lets it through every frame without running handlers or `finally` blocks.
 */
export class HaltExecution extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'HaltExecution';
  }
}
