// When a "line" event happens: the one rule that sys.settrace (sys_trace.ts), sys.monitoring's LINE event
// (monitoring.ts) and the recorder's line_events table (recorder/recorder.ts) all apply. It is CPython
// 3.12+'s (Python/instrumentation.c for LINE, Python/legacy_tracing.c for sys.settrace's backward jumps),
// decoded once per code object into a LineTable (typed arrays), so that consulting it per instruction is
// an array read and allocates nothing (the recorder runs it on every step).
//
// The rule. An instruction may start a line (LINE_START) when it has a line and is the first of a run of
// instructions of one line in code order, or the target of a jump, or an exception handler; never RESUME,
// END_FOR, END_SEND, END_ASYNC_FOR, POP_ITER, nor anything before the first RESUME. Reaching such an
// instruction is a line event unless the instruction executed just before it in the same frame (`prev`)
// is on the same line. A RESUME on the same line hides the line too, except while the RESUME is
// instrumented (`resumeShowsLine`): always under sys.settrace, under sys.monitoring only while PY_START or
// PY_RESUME is set (otherwise CPython has specialised the RESUME away).
//
// Then each observer adds its own events:
// - sys.settrace: a JUMP_BACKWARD to an instruction of its own line (LOOP_BACK: a loop written on one
//   line) reports that line again once it has jumped, with f_lasti at the jump, so that each turn of the
//   loop is a line event (a backward jump to another line needs nothing more: its target starts a line).
// - the recorder (`arrivalAt`): its line_events rows are "arrivals" at lines. It adds one at a frame's
//   first step and at the first step after a generator or coroutine resumes (where CPython reports a
//   'call' event): that row stands also for the LINE event CPython reports right after the RESUME on the
//   same line, so for the recorder a RESUME hides its line. A loop on one line is an arrival at the
//   JUMP_BACKWARD's own step (the step whose f_lasti CPython reports). A step is at most one arrival (the
//   table's key is code, line and step), where sys.settrace may report a jump that starts a line twice.
//
// This module must stay free of interpreter state: it only reads code objects (and caches per code).

import { Op } from '../bytecode/opcodes.js';
import { PyCode } from '../objects/code.js';

/** LineTable.flags: the instruction may start a line (it has one). */
export const LINE_START = 1;
/** LineTable.flags: a JUMP_BACKWARD whose target is on its own line (a loop on one line). */
export const LOOP_BACK = 2;
/** LineTable.flags: a RESUME. */
export const RESUME_AT = 4;

/** The line-event facts of one code object, per code unit index. */
export class LineTable {
  constructor(
    /** Source line (co_positions' start line), -1 where there is none. */
    readonly lines: Int32Array,
    /** LINE_START | LOOP_BACK | RESUME_AT bits; 0 for most instructions and for cache entries. */
    readonly flags: Uint8Array,
  ) {}
}

const tables = new WeakMap<PyCode, LineTable>();
let lastCode: PyCode | null = null;
let lastTable: LineTable | null = null;

/** The LineTable of `code`, decoded on first use. */
export function lineTable(code: PyCode): LineTable {
  if (code === lastCode) return lastTable!;
  let t = tables.get(code);
  if (t === undefined) {
    t = computeLineTable(code);
    tables.set(code, t);
  }
  lastCode = code;
  lastTable = t;
  return t;
}

/**
 * The line of the LINE event that happens when the instruction at `index` is about to run, `prev` being
 * the instruction that ran just before it in the same frame (-1 if none), or -1 when there is none.
 */
export function lineEventAt(t: LineTable, index: number, prev: number, resumeShowsLine: boolean): number {
  if ((t.flags[index] & LINE_START) === 0) return -1;
  const l = t.lines[index];
  if (prev >= 0 && t.lines[prev] === l && (!resumeShowsLine || (t.flags[prev] & RESUME_AT) === 0)) return -1;
  return l;
}

/**
 * sys.settrace's extra event: the line reported once the JUMP_BACKWARD at `prev` has jumped to `index`
 * on its own line (f_lasti is then `prev`), or -1.
 */
export function loopBackLine(t: LineTable, index: number, prev: number): number {
  if (prev < 0 || (t.flags[prev] & LOOP_BACK) === 0 || index > prev) return -1;
  return t.lines[prev];
}

/**
 * The recorder's line_events rule for the step of the instruction at `index` (see the header): `prev` is
 * the frame's previous step's instruction, or -1 at the frame's first step or the first after a resume.
 * Returns the line arrived at, or -1.
 */
export function arrivalAt(t: LineTable, index: number, prev: number): number {
  if (prev < 0) return t.lines[index];
  const f = t.flags[index];
  if (f === 0) return -1;
  if ((f & LOOP_BACK) !== 0) return t.lines[index];
  return lineEventAt(t, index, prev, false);
}

function computeLineTable(code: PyCode): LineTable {
  code.decode();
  const ops = code.ops;
  const args = code.args;
  const nexts = code.nexts;
  const n = ops.length;
  const line = code.getPositions().line;
  const s = new Uint8Array(n);
  let first = 0;
  while (first < n && ops[first] !== Op.RESUME) first = nexts[first];
  if (first >= n) return new LineTable(line, s);
  let current = -1;
  for (let i = first; i < n; i = nexts[i]) {
    const op = ops[i];
    if (op === Op.RESUME) s[i] = RESUME_AT;
    if (op === Op.END_ASYNC_FOR || op === Op.END_FOR || op === Op.END_SEND || op === Op.RESUME || op === Op.POP_ITER) {
      continue; // never a line start, and does not change the current line
    }
    const l = line[i];
    if (l !== current && l >= 0) s[i] |= LINE_START;
    current = l;
  }
  const mark = (t: number): void => {
    if (t >= first && t < n && line[t] >= 0 && ops[t] !== Op.POP_ITER && !isNeverStart(ops[t])) s[t] |= LINE_START;
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
      case Op.JUMP_BACKWARD: {
        const target = next - args[i];
        mark(target);
        if (line[i] >= 0 && line[target] === line[i]) s[i] |= LOOP_BACK;
        break;
      }
      case Op.JUMP_BACKWARD_NO_INTERRUPT:
        mark(next - args[i]);
        break;
    }
  }
  for (const h of code.excTable) mark(h.target);
  return new LineTable(line, s);
}

/** RESUME and the END_* instructions stay uninstrumented in CPython, also as jump targets. */
function isNeverStart(op: number): boolean {
  return op === Op.RESUME || op === Op.END_FOR || op === Op.END_SEND || op === Op.END_ASYNC_FOR;
}
