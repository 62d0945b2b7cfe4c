// When a "line" event happens: the rule of CPython 3.12+'s sys.settrace (built on sys.monitoring's LINE
// and JUMP events, Python/instrumentation.c and Python/legacy_tracing.c), as a pure function of the code
// object and the frame's previous and next instruction, so that any observer (sys.settrace here, the
// recorder later) can apply the same rule.
//
// The rule: an instruction may start a line when it is the first of a run of instructions of one line in
// code order, or the target of a jump, or an exception handler (never RESUME, END_FOR, END_SEND,
// END_ASYNC_FOR, POP_ITER, nor anything before the first RESUME). Reaching such an instruction is a line
// event unless the instruction executed just before it in the same frame is on the same line (and is not
// RESUME). A backward JUMP_BACKWARD is always a line event, even on the same line, so that a one-line loop
// reports each iteration. Instructions without a line never report one.
//
// This module must stay free of interpreter state: it only reads code objects (and caches per code).

import { Op } from '../bytecode/opcodes.js';
import { PyCode } from '../objects/code.js';

const starts = new WeakMap<PyCode, Uint8Array>();

/** For each code unit of `code`: 1 where an instruction may start a line (see the header). */
export function lineStarts(code: PyCode): Uint8Array {
  let s = starts.get(code);
  if (s === undefined) {
    s = computeLineStarts(code);
    starts.set(code, s);
  }
  return s;
}

function computeLineStarts(code: PyCode): Uint8Array {
  code.decode();
  const ops = code.ops;
  const args = code.args;
  const nexts = code.nexts;
  const n = ops.length;
  const line = code.getPositions().line;
  const s = new Uint8Array(n);
  let first = 0;
  while (first < n && ops[first] !== Op.RESUME) first = nexts[first];
  if (first >= n) return s;
  let current = -1;
  for (let i = first; i < n; i = nexts[i]) {
    const op = ops[i];
    if (op === Op.END_ASYNC_FOR || op === Op.END_FOR || op === Op.END_SEND || op === Op.RESUME || op === Op.POP_ITER) {
      continue; // never a line start, and does not change the current line
    }
    const l = line[i];
    if (l !== current && l >= 0) s[i] = 1;
    current = l;
  }
  const mark = (t: number): void => {
    if (t >= first && t < n && line[t] >= 0 && ops[t] !== Op.POP_ITER && !isNeverStart(ops[t])) s[t] = 1;
  };
  for (let i = first; i < n; i = nexts[i]) {
    const next = nexts[i];
    switch (ops[i]) {
      case Op.POP_JUMP_IF_FALSE:
      case Op.POP_JUMP_IF_TRUE:
      case Op.POP_JUMP_IF_NONE:
      case Op.POP_JUMP_IF_NOT_NONE:
      case Op.JUMP_FORWARD:
        mark(next + args[i]);
        break;
      case Op.FOR_ITER:
      case Op.SEND:
        mark(next + args[i] + 1); // past END_FOR / END_SEND
        break;
      case Op.JUMP_BACKWARD:
      case Op.JUMP_BACKWARD_NO_INTERRUPT:
        mark(next - args[i]);
        break;
    }
  }
  for (const h of code.excTable) mark(h.target);
  return s;
}

/** RESUME and the END_* instructions stay uninstrumented in CPython, also as jump targets. */
function isNeverStart(op: number): boolean {
  return op === Op.RESUME || op === Op.END_FOR || op === Op.END_SEND || op === Op.END_ASYNC_FOR;
}

/**
 * The line of the "line" event that happens when the instruction at `index` of `code` is about to run,
 * `prev` being the instruction that ran just before it in the same frame (-1 if none), or -1 when there
 * is no line event.
 */
export function lineEventAt(code: PyCode, index: number, prev: number): number {
  const line = code.getPositions().line;
  const l = line[index];
  if (l < 0) return -1;
  const ops = code.ops;
  if (prev >= 0) {
    if (ops[prev] === Op.JUMP_BACKWARD && index <= prev) return l;
    if (lineStarts(code)[index] === 0) return -1;
    if (line[prev] === l && ops[prev] !== Op.RESUME) return -1;
    return l;
  }
  return lineStarts(code)[index] === 0 ? -1 : l;
}
