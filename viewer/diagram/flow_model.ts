// The data of an execution-flow diagram for a range of steps: one column per step (its instruction, the
// value stack after it, each variable's value after it) and the arrows saying where values came from.
// It reads the trace only through the viewer's range answer (viewer/server/api.ts) and schema/trace.ts;
// it draws nothing (flow_svg.ts does) and holds program values as data, never as markup.

import type { Trace } from '../../schema/trace.js';
import { answerApi } from '../server/api.js';
import type { RangeJson, ValueJson } from '../server/api_types.js';

/** The most steps one figure shows: beyond that it stops being readable. */
export const MAX_DIAGRAM_STEPS = 60;
/** The range drawn when none is asked for. */
export const DEFAULT_DIAGRAM_STEPS = 12;

/** One end of an arrow: a stack box (index 0 = bottom) or a variable cell, in a column (0 = "before"). */
export type FlowEnd = { kind: 'box'; col: number; index: number } | { kind: 'cell'; col: number; row: number };

export interface FlowArrow {
  /** load: variable to stack; store: stack to variable; op: operands to result. */
  kind: 'load' | 'store' | 'op';
  from: FlowEnd;
  to: FlowEnd;
}

export interface FlowColumn {
  /** The step drawn, or for the "before" column the step before the range (0 when there is none). */
  step: number;
  before: boolean;
  opname: string;
  /** argrepr, or the raw argument when dis shows no argrepr (LOAD_SMALL_INT 1). */
  arg: string;
  line: number | null;
  frameId: number;
  qualname: string;
  /** The value stack after the step, bottom first. */
  stack: ValueJson[];
  /** Each row's value after the step (null: unbound). */
  cells: (ValueJson | null)[];
  /** Rows written at this step. */
  changed: boolean[];
  /** Arrows ending in this column. */
  arrows: FlowArrow[];
}

export interface FlowRow {
  name: string;
  /** Where the variable lives when it is not the first frame's: the function's name, 'class body' ... */
  scope: string | null;
  scopeId: number;
}

export interface FlowDiagram {
  from: number;
  to: number;
  /** The program's file (data: escape it). */
  script: string | null;
  rows: FlowRow[];
  /** columns[0] is the state before the range; columns[1..] are the steps from..to. */
  columns: FlowColumn[];
}

/** A user's mistake in choosing the range: the message is shown as is. */
export class DiagramRangeError extends Error {}

/** Parses `A:B` into an inclusive range, checked against the trace and the size limit. */
export function parseStepRange(text: string | undefined, stepCount: number): { from: number; to: number } {
  if (stepCount < 1) throw new DiagramRangeError('the trace has no steps to draw');
  if (text === undefined) return { from: 1, to: Math.min(stepCount, DEFAULT_DIAGRAM_STEPS) };
  const m = /^\s*(\d{1,15})\s*:\s*(\d{1,15})\s*$/.exec(text);
  if (m === null) throw new DiagramRangeError(`--steps must be A:B with step numbers, like 1:12 (got '${text}')`);
  const from = Number(m[1]);
  const to = Number(m[2]);
  if (from < 1) throw new DiagramRangeError(`--steps ${text}: steps are numbered from 1`);
  if (from > to) throw new DiagramRangeError(`--steps ${text}: the first step is after the last`);
  if (to > stepCount) throw new DiagramRangeError(`--steps ${text}: the trace has only ${stepCount} steps`);
  const count = to - from + 1;
  if (count > MAX_DIAGRAM_STEPS) {
    throw new DiagramRangeError(`--steps ${text} is ${count} steps; a diagram shows at most ${MAX_DIAGRAM_STEPS}, choose a shorter range`);
  }
  return { from, to };
}

/** Opcodes that read one variable named by their argrepr onto the stack. */
const LOADS = /^LOAD_(NAME|GLOBAL|FAST|FAST_BORROW|FAST_CHECK|FAST_AND_CLEAR|DEREF|FROM_DICT_OR_GLOBALS|FROM_DICT_OR_DEREF)$/;
/** Opcodes that read two variables (argrepr "x, y"). */
const DOUBLE_LOADS = /^LOAD_FAST(_BORROW)?_LOAD_FAST(_BORROW)?$/;
/** Operand counts of operations whose result may be one of their operands (so a stack diff cannot tell). */
const OPERANDS: Record<string, [pops: number, pushes: number]> = {
  BINARY_OP: [2, 1], COMPARE_OP: [2, 1], CONTAINS_OP: [2, 1], IS_OP: [2, 1], BINARY_SUBSCR: [2, 1],
  UNARY_NEGATIVE: [1, 1], UNARY_NOT: [1, 1], UNARY_INVERT: [1, 1], TO_BOOL: [1, 1], GET_ITER: [1, 1],
  FORMAT_SIMPLE: [1, 1], CONVERT_VALUE: [1, 1], LOAD_ATTR: [1, 1],
};

const scopeKey = (scopeId: number, name: string): string => `${scopeId}\u0000${name}`;

/** Builds the diagram of steps from..to (checked by parseStepRange). */
export function buildFlowDiagram(trace: Trace, from: number, to: number): FlowDiagram {
  const answer = answerApi(trace, '/api/range', new URLSearchParams({ from: String(from), to: String(to) }));
  if (answer.status !== 200) throw new DiagramRangeError((answer.body as { error: string }).error);
  const range = answer.body as RangeJson;
  const first = trace.step(from)!;
  const firstFrame = trace.frame(first.frameId)!;
  const qualnames = new Map<number, string>();
  const qualname = (frameId: number): string => {
    let q = qualnames.get(frameId);
    if (q === undefined) {
      q = trace.frame(frameId)?.qualname ?? '?';
      qualnames.set(frameId, q);
    }
    return q;
  };

  // Rows: the first frame's variables as the range starts, then every variable written in it.
  const rows: FlowRow[] = [];
  const rowOf = new Map<string, number>();
  const values: (ValueJson | null)[] = [];
  const addRow = (scopeId: number, name: string, scope: string | null, value: ValueJson | null): number => {
    const key = scopeKey(scopeId, name);
    let r = rowOf.get(key);
    if (r === undefined) {
      r = rows.length;
      rows.push({ name, scope, scopeId });
      rowOf.set(key, r);
      values.push(value);
    }
    return r;
  };
  const start = from - 1;
  for (const v of trace.locals(firstFrame.frameId, start)) addRow(v.scopeId, v.name, null, trace.valueAt(v.objectId, start));
  if (firstFrame.localsScopeId !== firstFrame.globalsScopeId) {
    for (const v of trace.globals(firstFrame.frameId, start)) {
      addRow(v.scopeId, v.name, 'global', trace.valueAt(v.objectId, start));
    }
  }
  const scopeLabel = (w: { scopeId: number; scopeKind: string }): string | null => {
    if (w.scopeKind === 'globals') return w.scopeId === firstFrame.globalsScopeId && firstFrame.localsScopeId === firstFrame.globalsScopeId ? null : 'global';
    if (w.scopeKind === 'fast') return -w.scopeId === firstFrame.frameId ? null : qualname(-w.scopeId);
    if (w.scopeId === firstFrame.localsScopeId) return null;
    return w.scopeKind === 'cell' ? 'cell' : 'class body';
  };
  const writesByStep = range.steps.map((s) => trace.writesAt(s.step));
  for (const ws of writesByStep) for (const w of ws) addRow(w.scopeId, w.name, scopeLabel(w), null);

  const prevStep = start >= 1 ? trace.step(start) : null;
  const columns: FlowColumn[] = [{
    step: start, before: true, opname: 'before', arg: '', line: null, frameId: prevStep?.frameId ?? first.frameId,
    qualname: qualname(prevStep?.frameId ?? first.frameId),
    stack: prevStep !== null && prevStep.frameId === first.frameId ? trace.stack(prevStep.stackId).map((v) => trace.valueAt(v.objectId, start)) : [],
    cells: values.slice(), changed: rows.map(() => false), arrows: [],
  }];

  range.steps.forEach((s, i) => {
    const col = i + 1;
    const prev = columns[i]!;
    const cells = prev.cells.slice();
    const changed = rows.map(() => false);
    const arrows: FlowArrow[] = [];
    const ins = s.instruction;
    const arg = ins.argrepr !== '' ? ins.argrepr : ins.arg !== null && !ins.opname.startsWith('RESUME') && ins.opname !== 'CACHE' ? String(ins.arg) : '';
    // Stack boxes in the previous column that this step still claimed (each source used once).
    const used = new Set<number>();
    const sourceBox = (objectId: number): number | null => {
      if (prev.frameId !== s.frameId && !(ins.opname === 'CALL' || ins.opname.startsWith('CALL_'))) return null;
      for (let k = prev.stack.length - 1; k >= 0; k--) {
        if (!used.has(k) && prev.stack[k]!.objectId === objectId && objectId !== 0) {
          used.add(k);
          return k;
        }
      }
      return null;
    };
    for (const w of writesByStep[i]!) {
      const r = rowOf.get(scopeKey(w.scopeId, w.name))!;
      cells[r] = w.value === null ? null : trace.valueAt(w.value.objectId, s.step);
      changed[r] = true;
      if (w.value !== null) {
        const k = sourceBox(w.value.objectId);
        if (k !== null) arrows.push({ kind: 'store', from: { kind: 'box', col: col - 1, index: k }, to: { kind: 'cell', col, row: r } });
      }
    }
    if (prev.frameId === s.frameId) {
      const before = prev.stack;
      const after = s.stack;
      // Which boxes this step took and which it made: from the operation's shape when known, else by
      // the longest unchanged bottom of the stack (values compared by identity).
      let keep = 0;
      const shape = OPERANDS[ins.opname];
      if (shape !== undefined && before.length >= shape[0] && after.length === before.length - shape[0] + shape[1]) {
        keep = before.length - shape[0];
      } else {
        while (keep < before.length && keep < after.length && before[keep]!.objectId === after[keep]!.objectId) keep++;
      }
      const pushed: number[] = [];
      for (let k = keep; k < after.length; k++) pushed.push(k);
      const names = DOUBLE_LOADS.test(ins.opname) ? ins.argrepr.split(', ') : LOADS.test(ins.opname) ? [ins.argrepr] : [];
      if (names.length > 0 && names.length === pushed.length) {
        names.forEach((name, j) => {
          const r = findRow(rows, rowOf, name, s.frameId, trace);
          if (r !== null) arrows.push({ kind: 'load', from: { kind: 'cell', col: col - 1, row: r }, to: { kind: 'box', col, index: pushed[j]! } });
        });
      } else if (names.length === 0 && ins.opname.indexOf('STORE_') !== 0) {
        for (let k = keep; k < before.length; k++) {
          if (used.has(k)) continue;
          for (const p of pushed) arrows.push({ kind: 'op', from: { kind: 'box', col: col - 1, index: k }, to: { kind: 'box', col, index: p } });
        }
      }
    }
    columns.push({
      step: s.step, before: false, opname: ins.opname, arg, line: ins.line, frameId: s.frameId, qualname: qualname(s.frameId),
      stack: s.stack, cells, changed, arrows,
    });
  });
  return { from, to, script: (trace.meta.script as string | undefined) ?? null, rows, columns };
}

/** The row a load in `frameId` reads `name` from: its own locals first, then its globals, then any. */
function findRow(rows: FlowRow[], rowOf: Map<string, number>, name: string, frameId: number, trace: Trace): number | null {
  const f = trace.frame(frameId);
  if (f !== null) {
    for (const scopeId of [-frameId, f.localsScopeId, f.globalsScopeId]) {
      const r = rowOf.get(scopeKey(scopeId, name));
      if (r !== undefined) return r;
    }
  }
  const r = rows.findIndex((row) => row.name === name);
  return r < 0 ? null : r;
}
