// Frames: the activation record of one execution of a code object.
//
// Layout as in CPython's _PyInterpreterFrame: `slots` holds the fast locals, cells and free variables
// (co_localsplusnames) followed by the value stack; `sp` is the index one past the top of the stack.
// Frames link to their caller through `back`, forming the explicit frame stack the eval loop walks
// (Python calls never recurse on the JavaScript stack). NULL stack entries are JS null; an unbound
// local is undefined.

import { PyObject, PyValue, makeBuiltinType } from '../objects/object.js';
import { PyCode } from '../objects/code.js';
import { PyDict } from '../objects/dict.js';
import { PyFunction } from '../objects/function.js';
import { PyCell } from '../objects/cell.js';

export const frameType = makeBuiltinType('frame');
frameType.isBaseType = false;

export type Slot = PyValue | null | undefined;

export class Frame extends PyObject {
  readonly slots: Slot[];
  /** Stack pointer: index into slots one past the top of the value stack. */
  sp: number;
  /** Code unit index of the next instruction to execute. */
  pc = 0;
  /** Code unit index of the instruction executing (or last executed): f_lasti / 2. */
  lasti = -1;
  back: Frame | null = null;
  /**
   * Where the caller resumes when this frame *returns* (not yields), or -1 for "at its pc". Set when a
   * generator frame is resumed by FOR_ITER or SEND, whose exhausted path continues elsewhere.
   */
  returnTarget = -1;
  /** For an __init__ frame pushed by a class call: the new instance, which the call evaluates to. */
  initSelf: PyValue | null = null;
  /**
   * Run when this frame returns or is unwound (once): what a native that forwarded its call to this
   * frame's function does after the call (Context.run leaves its context; see opcodes/calls.ts).
   */
  onExit: (() => void) | null = null;
  /** The generator owning this frame, if any. */
  generator: PyObject | null = null;
  /** Set by YIELD_VALUE when this frame suspends rather than returns. */
  yielded = false;
  /** Python-level call depth, for the recursion limit. */
  depth = 0;
  /** The tracer's own record of this frame (see tracer.ts); opaque to the VM, null when not recording. */
  tracerData: unknown = null;

  constructor(
    readonly code: PyCode,
    readonly globals: PyDict,
    readonly builtins: PyDict,
    /** The locals mapping of module and class-body frames (LOAD_NAME/STORE_NAME); null in functions. */
    public locals: PyDict | null,
    readonly func: PyFunction | null,
  ) {
    super(frameType);
    code.decode();
    const n = code.nlocalsplus;
    const slots: Slot[] = new Array(n + code.stacksize);
    for (let i = 0; i < n; i++) slots[i] = undefined;
    this.slots = slots;
    this.sp = n;
  }

  /** The line being executed, for tracebacks and f_lineno. */
  get lineno(): number | null {
    return this.code.lineAt(this.lasti < 0 ? 0 : this.lasti);
  }
}

/**
 * locals() of a function frame (PEP 667): a new dict of the bound fast locals, cells and free
 * variables; writing to it does not change the frame.
 */
export function fastLocalsSnapshot(frame: Frame): PyDict {
  const d = new PyDict();
  const names = frame.code.localsplusnames;
  for (let i = 0; i < names.length; i++) {
    let v = frame.slots[i];
    if (v instanceof PyCell) v = v.value;
    if (v !== undefined && v !== null) d.setStr(names[i], v);
  }
  return d;
}
