// The per-frame tracing state behind frame.f_trace, f_trace_lines and f_trace_opcodes, plus what
// sys.setprofile needs to pair a c_call with its c_return.
//
// Kept outside Frame (in a WeakMap) so that frames cost nothing more to create and run when no trace
// function is set: only frames that tracing or Python code touched have a state. This module must not
// call Python code; vm/runtime/sys_trace.ts does.

import { Frame, fastLocalsSnapshot } from './frame.js';
import type { PyValue } from '../objects/object.js';
import { PyDict } from '../objects/dict.js';
import { PyCell } from '../objects/cell.js';

export class FrameTrace {
  /** f_trace: the local trace function, or null (None). */
  trace: PyValue | null = null;
  /** f_trace_lines */
  lines = true;
  /** f_trace_opcodes */
  opcodes = false;
  /** The builtin of a c_call reported at instruction `cIndex`, until its c_return or c_exception. */
  cFunc: PyValue | null = null;
  cIndex = -1;
  /** Above 0 while a trace function is running for an event of this frame (f_lineno may be set then). */
  inEvent = 0;
  /** Keys a trace function stored in f_locals that are not variables (pdb's __return__, __exception__). */
  extras: PyDict | null = null;
}

const states = new WeakMap<Frame, FrameTrace>();

/** The frame's tracing state, or undefined when nothing was ever set on it. */
export function frameTraceOf(frame: Frame): FrameTrace | undefined {
  return states.get(frame);
}

/** The frame's tracing state, created on first use. */
export function frameTraceFor(frame: Frame): FrameTrace {
  let s = states.get(frame);
  if (s === undefined) {
    s = new FrameTrace();
    states.set(frame, s);
  }
  return s;
}

// ---- f_locals of function frames while trace functions run -----------------------------------------
//
// CPython 3.13+ gives a write-through proxy (PEP 667). pyrewind gives a snapshot dict; while a trace
// function runs, the snapshots it gets are remembered and, when it returns, what it changed is written
// back: new values of the frame's variables, and other keys (kept with the frame and shown again by later
// snapshots, as pdb's `frame.f_locals['__return__'] = value` needs).

/** Above 0 while a trace or profile function runs (sys_trace.ts counts). */
let tracingDepth = 0;
const views: { frame: Frame; dict: PyDict; before: (PyValue | undefined)[] }[] = [];

/** f_locals of a function frame (no locals dict): a snapshot, plus the keys tracing stored. */
export function frameLocals(frame: Frame): PyDict {
  if (views.length > 0) writeBack(frame); // what was written through an earlier snapshot shows in this one
  const d = fastLocalsSnapshot(frame);
  const st = states.get(frame);
  if (st !== undefined && st.extras !== null) {
    for (const [k, v] of st.extras.entries()) if (!d.has(k)) d.set(k, v);
  }
  if (tracingDepth > 0) {
    const names = frame.code.localsplusnames;
    const before: (PyValue | undefined)[] = new Array(names.length);
    for (let i = 0; i < names.length; i++) before[i] = d.getStr(names[i]);
    views.push({ frame, dict: d, before });
  }
  return d;
}

/** A trace or profile function starts running. */
export function enterTraceFunction(): void {
  tracingDepth++;
}

/** A trace or profile function returned (or raised): write back what it changed through f_locals. */
export function leaveTraceFunction(): void {
  if (--tracingDepth === 0 && views.length > 0) writeBack(null);
}

/** Write back the snapshots handed out for `only` (or all), and forget them. */
function writeBack(only: Frame | null): void {
  let keep = 0;
  for (let j = 0; j < views.length; j++) {
    const view = views[j];
    if (only !== null && view.frame !== only) {
      views[keep++] = view;
      continue;
    }
    const { frame, dict, before } = view;
    const names = frame.code.localsplusnames;
    const isName = new Set(names);
    for (let i = 0; i < names.length; i++) {
      const now = dict.getStr(names[i]);
      if (now === undefined || now === before[i]) continue;
      const slot = frame.slots[i];
      if (slot instanceof PyCell) slot.value = now;
      else frame.slots[i] = now;
    }
    let st: FrameTrace | undefined;
    for (const [k, v] of dict.entries()) {
      if (typeof k === 'string' && isName.has(k)) continue;
      st ??= frameTraceFor(frame);
      if (st.extras === null) st.extras = new PyDict();
      st.extras.set(k, v);
    }
  }
  views.length = keep;
}
