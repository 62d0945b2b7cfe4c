// Where the debugger's movement commands land: line steps into and over calls, both ways, and the way out
// of a frame. Pure functions of a Trace and a step number; they never print and never change state.
//
// A frame's own steps are found in the trace's frame_runs index (runs of consecutive steps of one frame):
// the next own step after a call, or the next yield of a generator, is one seek whatever the number of
// steps in between (a generator consumed by sum() can run millions of steps inside one step of its
// caller). Traces recorded before frame_runs existed fall back to jumping over whole non-generator calls
// (call_step+1 .. return_step) and scanning steps inside generator runs, whose cost is the distance.
// Must not read the trace except through schema/trace.ts.

import type { FrameInfo, StepInfo, Trace } from '../schema/trace.js';

/** co_flags of code objects whose frame outlives one call: generators, coroutines, async generators. */
const RESUMABLE_FLAGS = 0x20 | 0x80 | 0x200;

export function isResumable(trace: Trace, frame: FrameInfo): boolean {
  return (trace.code(frame.codeId).flags & RESUMABLE_FLAGS) !== 0;
}

/**
 * How step `s` (run by frame `other`) relates to frame `frameId`: 'self', 'outside' (not a descendant:
 * the caller after a return, or whoever resumed a generator), or a descendant, given as the frame closest
 * to `frameId` on the chain that is not resumable (the one whose call can be jumped over whole), or null
 * when every frame on the chain is resumable.
 */
function relation(trace: Trace, frameId: number, other: number): 'self' | 'outside' | FrameInfo | null {
  if (other === frameId) return 'self';
  const top = trace.frame(frameId);
  let f = trace.frame(other);
  let jump: FrameInfo | null = null;
  while (f !== null && top !== null && f.depth > top.depth) {
    if (!isResumable(trace, f)) jump = f;
    if (f.parentFrameId === frameId) return jump;
    f = f.parentFrameId === null ? null : trace.frame(f.parentFrameId);
  }
  return 'outside';
}

/** Per trace and code object: the ids of its instructions that leave a run (yield, return) or begin one. */
const runEdges = new WeakMap<Trace, Map<number, { leave: number[]; resume: number[] }>>();

function edgesOf(trace: Trace, codeId: number): { leave: number[]; resume: number[] } {
  let perTrace = runEdges.get(trace);
  if (perTrace === undefined) runEdges.set(trace, (perTrace = new Map()));
  let e = perTrace.get(codeId);
  if (e === undefined) {
    e = { leave: [], resume: [] };
    for (const i of trace.instructions(codeId)) {
      if (i.opname === 'YIELD_VALUE' || i.opname === 'RETURN_VALUE' || i.opname === 'RETURN_GENERATOR') e.leave.push(i.instrId);
      else if (i.opname === 'RESUME') e.resume.push(i.instrId);
    }
    perTrace.set(codeId, e);
  }
  return e;
}

/**
 * The last step of the run of resumable frame `frameId` (at step `t`) before control goes back to whoever
 * resumed it: its next yield or return, by a seek for its next exiting run in frame_runs (in older traces,
 * a scan for its yield instructions) rather than step by step (a generator consumed by one builtin call,
 * `sum(x for x in ...)`, runs millions of steps inside one step of its caller).
 */
function runEnd(trace: Trace, frameId: number, t: number): number {
  const f = trace.frame(frameId)!;
  if (trace.hasFrameRuns()) {
    const at = trace.frameRun(frameId, t, 'at');
    const from = at !== null && at.lastStep >= t ? at.firstStep - 1 : t;
    const exit = trace.frameRun(frameId, from, 'after', true);
    if (exit === null) return f.returnStep ?? trace.stepCount;
    // An exception that left the frame from a callee: the frame ends at return_step, after its last run.
    if (f.returnStep !== null && exit.lastStep < f.returnStep && trace.frameRun(frameId, exit.lastStep, 'after') === null) return f.returnStep;
    return exit.lastStep;
  }
  const leave = edgesOf(trace, f.codeId).leave;
  const last = f.returnStep ?? trace.stepCount;
  for (let from = t - 1; ; ) {
    const s = trace.stepAtInstrs(leave, from, false);
    if (s === null || s >= last) return last;
    if (trace.step(s)!.frameId === frameId) return s;
    from = s;
  }
}

/** The first step of the run of resumable frame `frameId` that step `t` belongs to (the mirror of runEnd). */
function runBegin(trace: Trace, frameId: number, t: number): number {
  const f = trace.frame(frameId)!;
  if (trace.hasFrameRuns()) {
    const at = trace.frameRun(frameId, t, 'at');
    const start = at !== null && at.lastStep >= t ? at.firstStep : t + 1;
    // The frame's last stop before this run: this run of it began with the first run after that stop.
    const stop = trace.frameRun(frameId, start, 'before', true);
    if (stop === null) return f.callStep + 1;
    return trace.frameRun(frameId, stop.firstStep, 'after')?.firstStep ?? t;
  }
  const resume = edgesOf(trace, f.codeId).resume;
  let s = t;
  for (let from = t + 1; ; ) {
    const r = trace.stepAtInstrs(resume, from, true);
    if (r === null || r <= f.callStep) break;
    if (trace.step(r)!.frameId === frameId) {
      s = r;
      break;
    }
    from = r;
  }
  // A first run starts just before its RESUME (POP_TOP after RETURN_GENERATOR): walk those few steps,
  // not into the previous run (adjacent to this one when the consumer is not traced).
  for (;;) {
    const prev = s > 1 ? trace.step(s - 1)! : null;
    if (prev === null || prev.frameId !== frameId || prev.opname === 'YIELD_VALUE' || prev.opname === 'RETURN_GENERATOR') break;
    s--;
  }
  return s;
}

/**
 * Whether step `info` begins a new line of its frame after a step at `line`: it is at another line (from
 * no line, any line), or it loops back to its own line (a line event in CPython 3.12+, so pdb stops at
 * each turn of a loop written on one line).
 */
function arrives(trace: Trace, info: StepInfo, line: number | null): boolean {
  if (info.line === null) return false;
  return line === null || info.line !== line || loopsOnLine(trace, info);
}

/** Whether step `info` is a loop on one line jumping back (where that line begins anew). */
function loopsOnLine(trace: Trace, info: StepInfo): boolean {
  return info.opname === 'JUMP_BACKWARD' && trace.isLoopOnLine(info.codeId, info.instrId);
}

/**
 * Whether a step resumes a generator or coroutine after a yield or await (RESUME with a nonzero oparg):
 * like a line event in pdb, it begins a new run of its frame even on the same line.
 */
function isResumeAfterYield(info: { opname: string; arg: number | null }): boolean {
  return info.opname === 'RESUME' && info.arg !== null && info.arg !== 0;
}

/** The next step after `s` run by frame `frameId` itself (calls skipped), or the first step outside it. */
function nextOwnStep(trace: Trace, frameId: number, s: number): { step: number; own: boolean } | null {
  if (trace.hasFrameRuns()) return nextOwnStepByRuns(trace, frameId, s);
  let t = s + 1;
  while (t <= trace.stepCount) {
    const info = trace.step(t)!;
    const rel = relation(trace, frameId, info.frameId);
    if (rel === 'self') return { step: t, own: true };
    if (rel === 'outside') return { step: t, own: false };
    if (rel === null) {
      // Inside a generator run by this frame (maybe consumed by an untraced builtin, run after run):
      // this frame's next own step, by a scan instead of run by run.
      const own = trace.stepOfFrame(frameId, t, false);
      return own === null ? null : { step: own, own: true };
    } else if (rel.returnStep === null || rel.returnStep < t) t++;
    else t = rel.returnStep + 1;
  }
  return null;
}

/** The step before `s` run by frame `frameId` itself (calls skipped), or null when `s` is its first. */
export function prevOwnStep(trace: Trace, frameId: number, s: number): number | null {
  if (trace.hasFrameRuns()) return prevOwnStepByRuns(trace, frameId, s);
  let t = s - 1;
  while (t >= 1) {
    const info = trace.step(t)!;
    const rel = relation(trace, frameId, info.frameId);
    if (rel === 'self') return t;
    if (rel === 'outside') return null;
    if (rel === null) {
      const own = trace.stepOfFrame(frameId, t, true);
      const f = trace.frame(frameId)!;
      return own === null || own <= f.callStep ? null : own;
    } else if (rel.callStep >= t) t--;
    else t = rel.callStep;
  }
  return null;
}

/**
 * nextOwnStep through frame_runs: within a run, the next step; at the end of a run that called another
 * frame, the start of the frame's next run (whatever ran in between was inside that call); at a run
 * that stopped the frame (yield, return), the next step, which is outside unless untraced code resumed
 * the generator at once.
 */
function nextOwnStepByRuns(trace: Trace, frameId: number, s: number): { step: number; own: boolean } | null {
  const run = trace.frameRun(frameId, s, 'at');
  if (run !== null && s < run.lastStep) return { step: s + 1, own: true };
  if (run === null || !run.exits) {
    const next = trace.frameRun(frameId, s, 'after');
    return next === null ? null : { step: next.firstStep, own: true };
  }
  let t = s + 1;
  const f = trace.frame(frameId)!;
  // An exception left the frame from a callee: the first step outside is after its return_step.
  if (f.returnStep !== null && f.returnStep > s && trace.frameRun(frameId, s, 'after') === null) t = f.returnStep + 1;
  if (t > trace.stepCount) return null;
  return { step: t, own: trace.step(t)!.frameId === frameId };
}

/** prevOwnStep through frame_runs: the mirror of nextOwnStepByRuns (null: before s the frame was not running). */
function prevOwnStepByRuns(trace: Trace, frameId: number, s: number): number | null {
  const run = trace.frameRun(frameId, s, 'at');
  const inRun = run !== null && run.lastStep >= s;
  if (inRun && s > run.firstStep) return s - 1;
  const prev = trace.frameRun(frameId, inRun ? run.firstStep : s + 1, 'before');
  if (prev === null) return null;
  if (!prev.exits) return prev.lastStep;
  // Suspended before s: only a resume at the very next step (untraced code resuming it) stays in the frame.
  return prev.lastStep === s - 1 ? s - 1 : null;
}

/**
 * The first step of the line that step `n` is on, in its frame: earlier steps of the same frame at the
 * same line (or at no line), with calls made from that line inside it when `overCalls`.
 */
export function lineStart(trace: Trace, n: number, overCalls: boolean): number {
  const info = trace.step(n)!;
  if (info.line !== null && trace.hasFrameRuns()) return lineStartByRuns(trace, n, info.frameId, info.codeId, info.line, overCalls);
  let line = info.line;
  let t = n;
  // Steps at no line (an exception handler's PUSH_EXC_INFO ...) join the run but do not begin it.
  let first: number | null = line !== null ? n : null;
  for (;;) {
    const at = trace.step(t)!;
    if (isResumeAfterYield(at) || (line !== null && loopsOnLine(trace, at))) return first ?? t;
    let p: number | null;
    if (overCalls) p = prevOwnStep(trace, info.frameId, t);
    else p = t > 1 && trace.step(t - 1)!.frameId === info.frameId ? t - 1 : null;
    if (p === null) return first ?? t;
    const pl = trace.step(p)!.line;
    if (pl !== null && line !== null && pl !== line) return first ?? t;
    if (line === null) line = pl;
    if (pl !== null) first = p;
    t = p;
  }
}

/**
 * lineStart through frame_runs, for a step at a line: the same walk, but inside a run (where every step is
 * the frame's own) the frame's last line event finds where the line began by one seek, so a loop on one
 * line costs no more than any other line.
 */
function lineStartByRuns(trace: Trace, n: number, frameId: number, codeId: number, line: number, overCalls: boolean): number {
  const cur = trace.step(n)!;
  if (isResumeAfterYield(cur) || loopsOnLine(trace, cur)) return n;
  let t = n;
  // The earliest step at `line` from t on (steps at no line join the run but do not begin it).
  let first = n;
  for (;;) {
    const run = trace.frameRun(frameId, t, 'at')!;
    if (t > run.firstStep) {
      // The frame's last arrival at the line within this run (from another line, at its start, or at a
      // resume) is where the line began; without one, it began before the run.
      const arrival = trace.lastArrival(codeId, line, run.firstStep, t);
      if (arrival !== null) return arrival;
      first = trace.firstStepAtLine(run.firstStep, t, line) ?? first;
      t = run.firstStep;
    }
    const p = overCalls ? prevOwnStep(trace, frameId, t) : t > 1 && trace.step(t - 1)!.frameId === frameId ? t - 1 : null;
    if (p === null) return first;
    const pl = trace.step(p)!.line;
    if (pl !== null && pl !== line) return first;
    if (pl !== null) first = p;
    t = p;
    const at = trace.step(t)!;
    if (isResumeAfterYield(at) || loopsOnLine(trace, at)) return first;
  }
}

/** `step`: the first step of the next line, in this frame or any other (into calls, out of returns). */
export function stepInto(trace: Trace, n: number): number | null {
  const cur = trace.step(n)!;
  const line = cur.line;
  const runs = trace.hasFrameRuns();
  for (let t = n + 1; t <= trace.stepCount; ) {
    const info = trace.step(t)!;
    if (info.frameId !== cur.frameId || isResumeAfterYield(info)) return t;
    // From a step at no line (an exception handler's start ...), the first step at a line is the next line.
    if (arrives(trace, info, line)) return t;
    // Still on the line: the rest of this frame's run by one lookup (a loop on one line), then its end.
    const run = runs ? trace.frameRun(cur.frameId, t, 'at') : null;
    if (run !== null && run.lastStep > t) {
      const exit = trace.runLineExit(cur.codeId, t + 1, run.lastStep, line);
      if (exit !== null) return exit;
      t = run.lastStep + 1;
    } else {
      t++;
    }
  }
  return null;
}

/** `rstep`: where the current line began, or from its start where the line before it began (in any frame). */
export function stepIntoBack(trace: Trace, n: number): number | null {
  const start = lineStart(trace, n, false);
  // From the middle of a line, back to where it began (as gdb's reverse-step does).
  if (start < n) return start;
  if (start <= 1) return null;
  return lineStart(trace, start - 1, false);
}

/** `next`: the first step of the next line of this frame, calls skipped; at its end, the caller's step. */
export function stepOver(trace: Trace, n: number): number | null {
  const cur = trace.step(n)!;
  const line = cur.line;
  if (trace.hasFrameRuns()) {
    for (let t = n; ; ) {
      // The rest of this run of the frame: where it leaves the line, by one query.
      const run = trace.frameRun(cur.frameId, t, 'at');
      if (run !== null && run.lastStep > t) {
        const exit = trace.runLineExit(cur.codeId, t + 1, run.lastStep, line);
        if (exit !== null) return exit;
        t = run.lastStep;
      }
      const nx = nextOwnStep(trace, cur.frameId, t);
      if (nx === null) return null;
      if (!nx.own) return nx.step;
      const info = trace.step(nx.step)!;
      if (isResumeAfterYield(info)) return nx.step;
      if (arrives(trace, info, line)) return nx.step;
      t = nx.step;
    }
  }
  for (let t: number = n; ; ) {
    const nx = nextOwnStep(trace, cur.frameId, t);
    if (nx === null) return null;
    if (!nx.own) return nx.step;
    const info = trace.step(nx.step)!;
    if (isResumeAfterYield(info)) return nx.step;
    if (arrives(trace, info, line)) return nx.step;
    t = nx.step;
  }
}

/** `rnext`: where the current line began, or from its start this frame's previous line (calls skipped); before
 * its first line, the caller's step. */
export function stepOverBack(trace: Trace, n: number): number | null {
  const frameId = trace.step(n)!.frameId;
  const start = lineStart(trace, n, true);
  if (start < n) return start;
  const p = prevOwnStep(trace, frameId, start);
  if (p === null) return start > 1 ? start - 1 : null;
  return lineStart(trace, p, true);
}

/** `finish`: the first step after frame `f` (running at step `n`) returns, or for a generator yields. */
export function finishStep(trace: Trace, f: FrameInfo, n: number): number | null {
  if (!isResumable(trace, f)) {
    return f.returnStep !== null && f.returnStep < trace.stepCount ? f.returnStep + 1 : null;
  }
  const end = runEnd(trace, f.frameId, n);
  return end < trace.stepCount ? end + 1 : null;
}

/** `rfinish`: the caller's step just before frame `f` was entered (or, for a generator, resumed). */
export function callerStep(trace: Trace, f: FrameInfo, n: number): number | null {
  if (!isResumable(trace, f)) return f.callStep > 0 ? f.callStep : null;
  const begin = runBegin(trace, f.frameId, n);
  if (begin <= 1) return null;
  // Resumed by untraced code (sum(gen()) ...) right after its own last yield: no traced step resumed it.
  // The step in progress is its caller's (as `where` shows it): that frame's last step before the run.
  if (trace.step(begin - 1)!.frameId === f.frameId && f.parentFrameId !== null) {
    const own = prevOwnStep(trace, f.parentFrameId, begin);
    if (own !== null) return own;
  }
  return begin - 1;
}

/**
 * `until [LINE]` (pdb's) and its mirror `runtil`: forward, the first line event of frame `f` after step
 * `n` at a line greater than `line` (at least `target` when given), or where the frame returns or
 * yields; backward, the last line event of the frame before `n` at a line less than `line` (at most
 * `target`), or the caller's step that called or resumed it. What gets out of a loop in one move.
 */
export function untilStep(trace: Trace, f: FrameInfo, n: number, line: number, target: number | null, backward: boolean): number | null {
  if (backward) {
    const call = callerStep(trace, f, n);
    const hit = trace.frameLineEvent(f.codeId, f.frameId, n, true, target ?? line - 1, (call ?? 0) + 1);
    return hit ?? call;
  }
  const out = finishStep(trace, f, n);
  const hit = trace.frameLineEvent(f.codeId, f.frameId, n, false, target ?? line + 1, out === null ? trace.stepCount : out - 1);
  return hit ?? out;
}
