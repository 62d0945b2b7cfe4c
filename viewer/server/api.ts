// The viewer's JSON API over one trace: maps a request path and query to an answer, reading the trace only
// through schema/trace.ts (and schema/control_flow.ts, which queries through its db). No
// HTTP here (server.ts does that), so it is tested directly. Every answer is bounded: one step's state, one
// code object or its control-flow graph, one search result, a capped range — never the whole trace.

import type { Trace, InstructionInfo, StepInfo, VariableInfo } from '../../schema/trace.js';
import { controlFlowGraph } from '../../schema/control_flow.js';
import { cfgJson } from './cfg_json.js';
import type {
  CfgJson, CodeJson, FileJson, FoundJson, FrameJson, InstructionJson, MetaJson, ObjectJson, RangeJson, StepJson, TimelineJson, ValueJson,
  VariableJson,
} from './api_types.js';

export interface ApiAnswer {
  status: number;
  body: unknown;
}

/** The most steps /api/range returns at once. */
export const MAX_RANGE = 1000;
/** How many of the innermost frames of a step's call stack come with their variables. */
export const MAX_FRAMES_WITH_LOCALS = 25;
/** The most buckets /api/timeline returns. */
export const MAX_BUCKETS = 8192;

const ok = (body: unknown): ApiAnswer => ({ status: 200, body });
const bad = (message: string): ApiAnswer => ({ status: 400, body: { error: message } });
const missing = (message: string): ApiAnswer => ({ status: 404, body: { error: message } });

/** Answers `path` (starting with /api/) with `query`. */
export function answerApi(trace: Trace, path: string, query: URLSearchParams): ApiAnswer {
  const parts = path.split('/').filter((p) => p !== '');
  if (parts[0] !== 'api') return missing('not an API path');
  const route = parts[1] ?? '';
  const arg = parts[2];
  if (parts.length > 3) return missing(`no such API route: ${path}`);
  switch (route) {
    case 'meta':
      return ok(meta(trace));
    case 'step': {
      const n = wholeNumber(arg);
      if (n === null) return bad('expected /api/step/<step number>');
      const s = stepState(trace, n);
      return s === null ? missing(`step ${n} is outside the trace (1..${trace.stepCount})`) : ok(s);
    }
    case 'code': {
      const id = wholeNumber(arg);
      if (id === null) return bad('expected /api/code/<code id>');
      const c = code(trace, id);
      return c === null ? missing(`no code object ${id}`) : ok(c);
    }
    case 'file': {
      const id = wholeNumber(arg);
      if (id === null) return bad('expected /api/file/<file id>');
      const f = trace.file(id);
      return f === null ? missing(`no file ${id}`) : ok(f satisfies FileJson);
    }
    case 'find':
      return find(trace, query);
    case 'timeline': {
      const b = wholeNumber(query.get('buckets') ?? '1000');
      if (b === null || b < 1) return bad('buckets must be a positive whole number');
      const from = wholeNumber(query.get('from') ?? '1');
      const to = wholeNumber(query.get('to') ?? String(trace.stepCount));
      if (from === null || to === null || to < from) return bad('from and to must be step numbers, from <= to');
      return ok(trace.timeline(from, to, Math.min(b, MAX_BUCKETS)) satisfies TimelineJson);
    }
    case 'cfg': {
      const id = wholeNumber(arg);
      if (id === null) return bad('expected /api/cfg/<code id>');
      const g = cfg(trace, id);
      return g === null ? missing(`no code object ${id}`) : ok(g);
    }
    case 'range':
      return range(trace, query);
    case 'object': {
      const id = wholeNumber(arg);
      const n = wholeNumber(query.get('step') ?? '');
      if (id === null || n === null) return bad('expected /api/object/<object id>?step=<step>');
      const o = objectJson(trace, id, n);
      return o === null ? missing(`no object ${id}`) : ok(o);
    }
    default:
      return missing(`no such API route: ${path}`);
  }
}

function wholeNumber(text: string | undefined): number | null {
  if (text === undefined || !/^\d{1,15}$/.test(text)) return null;
  return Number(text);
}

function meta(trace: Trace): MetaJson {
  const first = trace.step(1);
  const num = (v: unknown): number | null => (v === null || v === undefined || v === '' ? null : Number(v));
  return {
    stepCount: trace.stepCount,
    status: (trace.meta.status as string | undefined) ?? null,
    exitStatus: num(trace.meta.exit_status),
    script: (trace.meta.script as string | undefined) ?? null,
    mainFileId: first === null ? null : trace.code(first.codeId).fileId,
    files: trace.fileList(),
  };
}

function instructionJson(i: InstructionInfo | StepInfo, jumpTarget: number | null = null, label: number | null = null): InstructionJson {
  return {
    offset: i.offset, opname: i.opname, arg: i.arg, argrepr: i.argrepr, line: i.line, endLine: i.endLine,
    col: i.col, endCol: i.endCol, jumpTarget, label,
  };
}

function variableJson(trace: Trace, v: VariableInfo, n: number): VariableJson {
  const now = trace.valueAt(v.objectId, n);
  return { ...v, type: now.type, repr: now.repr, changed: v.writtenAt === n };
}

/** Everything the viewer shows at step `n`. */
export function stepState(trace: Trace, n: number): StepJson | null {
  const s = trace.step(n);
  if (s === null) return null;
  const chain = trace.callStack(n);
  // Deep recursion: the outermost frame and the innermost ones keep their variables.
  const omitted = (i: number): boolean => i > 0 && i < chain.length - MAX_FRAMES_WITH_LOCALS;
  const frames: FrameJson[] = chain.map((f, i) => {
    // A caller is at the instruction that made the call (its callee's call step).
    const at = i === chain.length - 1 ? s : trace.step(chain[i + 1]!.callStep);
    return {
      frameId: f.frameId, codeId: f.codeId, fileId: f.fileId, qualname: f.qualname, depth: f.depth,
      callStep: f.callStep, returnStep: f.returnStep, line: at?.line ?? null,
      locals: omitted(i) ? [] : trace.locals(f.frameId, n).map((v) => variableJson(trace, v, n)),
      localsAreGlobals: f.localsScopeId === f.globalsScopeId,
      localsOmitted: omitted(i),
    };
  });
  const current = chain[chain.length - 1];
  const code = trace.code(s.codeId);
  return {
    step: n, stepCount: trace.stepCount, frameId: s.frameId, codeId: s.codeId, fileId: code.fileId,
    depth: current?.depth ?? 0,
    instruction: instructionJson(s),
    stack: trace.stack(s.stackId).map((v) => trace.valueAt(v.objectId, n)),
    frames,
    globals: trace.globals(s.frameId, n).map((v) => variableJson(trace, v, n)),
    writes: trace.writesAt(n).map((w) => ({ scopeId: w.scopeId, name: w.name, deleted: w.value === null })),
    exceptions: trace.exceptionsAt(n),
    output: trace.output(n),
  };
}

function code(trace: Trace, codeId: number): CodeJson | null {
  let c;
  try {
    c = trace.code(codeId);
  } catch {
    return null;
  }
  return {
    codeId, fileId: c.fileId, name: c.name, qualname: c.qualname, firstLine: c.firstLine,
    instructions: trace.instructions(codeId).map((i) => instructionJson(i, i.jumpTarget, i.label)),
  };
}

/** Control-flow graphs already counted, per trace: counting scans the steps, so it is done once per code object. */
const cfgCache = new WeakMap<Trace, Map<number, CfgJson>>();

/** The graph of `codeId` if it was counted already (here or by the server's worker, cfg_service.ts). */
export function cachedCfg(trace: Trace, codeId: number): CfgJson | undefined {
  return cfgCache.get(trace)?.get(codeId);
}

export function rememberCfg(trace: Trace, g: CfgJson): void {
  let byCode = cfgCache.get(trace);
  if (byCode === undefined) {
    byCode = new Map();
    cfgCache.set(trace, byCode);
  }
  byCode.set(g.codeId, g);
}

/** Whether the trace has code object `codeId`. */
export function hasCode(trace: Trace, codeId: number): boolean {
  try {
    trace.code(codeId);
    return true;
  } catch {
    return false;
  }
}

function cfg(trace: Trace, codeId: number): CfgJson | null {
  let g = cachedCfg(trace, codeId);
  if (g === undefined) {
    if (!hasCode(trace, codeId)) return null;
    g = cfgJson(controlFlowGraph(trace, codeId));
    rememberCfg(trace, g);
  }
  return g;
}

/**
 * /api/find?what=...&from=N[&dir=back]: the step a navigation command goes to.
 *   instruction | line | over | out          step by one instruction, by line (into calls), over calls, out
 *   breakpoint&points=F:L,F:L               continue to the next arrival at one of the lines
 *   write&scope=S&name=NAME_ID              the variable's next (previous) write
 */
function find(trace: Trace, query: URLSearchParams): ApiAnswer {
  const from = wholeNumber(query.get('from') ?? '');
  if (from === null) return bad('from must be a step number');
  const dir = query.get('dir') ?? 'forward';
  if (dir !== 'forward' && dir !== 'back') return bad("dir must be 'forward' or 'back'");
  const back = dir === 'back';
  const found = (step: number | null): ApiAnswer => ok({ step } satisfies FoundJson);
  if (from < 1 || from > trace.stepCount) return found(null);
  switch (query.get('what')) {
    case 'instruction': {
      const n = back ? from - 1 : from + 1;
      return found(n >= 1 && n <= trace.stepCount ? n : null);
    }
    case 'line':
      return found(trace.nextLineStep(from, back));
    case 'over':
      return found(trace.stepOver(from, back));
    case 'out':
      return found(trace.stepOut(from, back));
    case 'breakpoint': {
      const points: { fileId: number; line: number }[] = [];
      for (const p of (query.get('points') ?? '').split(',')) {
        if (p === '') continue;
        const m = /^(\d{1,9}):(\d{1,9})$/.exec(p);
        if (m === null) return bad('points must be a list of file:line');
        points.push({ fileId: Number(m[1]), line: Number(m[2]) });
      }
      if (points.length > 200) return bad('at most 200 breakpoints');
      return found(points.length === 0 ? null : trace.nextStepAtLines(points, from, back));
    }
    case 'write': {
      const scope = /^-?\d{1,15}$/.test(query.get('scope') ?? '') ? Number(query.get('scope')) : null;
      const name = wholeNumber(query.get('name') ?? '');
      if (scope === null || name === null) return bad('write needs scope and name (a name id)');
      return found(trace.adjacentWrite(scope, name, from, back));
    }
    default:
      return bad('what must be one of instruction, line, over, out, breakpoint, write');
  }
}

function range(trace: Trace, query: URLSearchParams): ApiAnswer {
  const from = wholeNumber(query.get('from') ?? '');
  const to = wholeNumber(query.get('to') ?? '');
  if (from === null || to === null || from < 1 || to < from) return bad('expected from and to, 1 <= from <= to');
  if (to - from + 1 > MAX_RANGE) return bad(`at most ${MAX_RANGE} steps at once`);
  const out: RangeJson = { from, to: Math.min(to, trace.stepCount), steps: [] };
  for (let n = from; n <= out.to; n++) {
    const s = trace.step(n)!;
    out.steps.push({
      step: n, frameId: s.frameId, codeId: s.codeId, instruction: instructionJson(s),
      stack: trace.stack(s.stackId).map((v) => trace.valueAt(v.objectId, n)),
      writes: trace.writesAt(n).map((w) => ({ name: w.name, value: w.value === null ? null : trace.valueAt(w.value.objectId, n) })),
    });
  }
  return ok(out);
}

/** The most children /api/object lists (the trace cuts them like reprs anyway). */
export const MAX_CHILDREN = 500;

/** An object's contents after step `n`, one level deep, or null when there is no such object. */
export function objectJson(trace: Trace, objectId: number, n: number): ObjectJson | null {
  let state;
  try {
    state = trace.objectState(objectId, n);
  } catch {
    return null;
  }
  const child = (id: unknown): ValueJson => {
    if (typeof id !== 'number') return { objectId: -1, type: '?', repr: String(id) };
    try {
      return trace.valueAt(id, n);
    } catch {
      return { objectId: id, type: '?', repr: '<not recorded>' };
    }
  };
  const out: ObjectJson = {
    objectId, type: state.type, repr: state.repr, size: state.size, since: state.since, kind: null, entries: [],
  };
  const items = state.items;
  if (Array.isArray(items)) {
    const pairs = items.length > 0 && items.every((e) => Array.isArray(e) && e.length === 2);
    out.kind = pairs ? 'dict' : 'items';
    for (const e of items.slice(0, MAX_CHILDREN)) {
      out.entries.push(pairs ? { key: child((e as unknown[])[0]), value: child((e as unknown[])[1]) } : { key: null, value: child(e) });
    }
  } else if (items !== null && typeof items === 'object') {
    out.kind = 'attrs';
    for (const [k, v] of Object.entries(items as Record<string, unknown>).slice(0, MAX_CHILDREN)) out.entries.push({ key: k, value: child(v) });
  }
  return out;
}
