// Breakpoints and watchpoints: what the user set, and where the next (or previous) hit of each is.
// A line breakpoint is hit where execution arrives at the line (its first step there, not every
// instruction of it, and not again when a call made from the line returns); a function breakpoint where
// a frame of that function begins; a watchpoint at each step that writes the variable. As in pdb, a stop
// can be disabled, temporary (deleted once stopped at), conditional (checked on recorded values, see
// condition.ts) and ignored for its next COUNT crossings; every crossing while enabled counts as a hit.
// Must not print or move the session; it only answers "where".

import type { Trace } from '../schema/trace.js';
import { checkCondition, type Condition } from './condition.js';
import { DebugError } from './inspect.js';

/** What every stop has besides where it is: pdb's enabled flag, disposition, condition, ignore count, hits. */
interface StopState {
  id: number;
  enabled: boolean;
  /** Deleted when stopped at (tbreak). */
  temporary: boolean;
  condition: Condition | null;
  /** Crossings (with the condition true) still to pass without stopping. */
  ignore: number;
  /** Crossings while enabled, in either direction, by continue / rcontinue. */
  hits: number;
}

export type Stop = StopState & (
  | { kind: 'line'; fileId: number; path: string; line: number; instrIds: number[] }
  | { kind: 'function'; name: string; codeIds: number[] }
  | { kind: 'watch'; name: string; nameId: number; scopeId: number; scopeLabel: string });

type NewStop = DistributiveOmit<Stop, keyof StopState> & Partial<Pick<StopState, 'temporary' | 'condition'>>;

/** A stop and the step where it is hit. */
export interface Hit {
  stop: Stop;
  step: number;
  /** Why the condition could not be checked there (then it stops, as pdb does). */
  conditionError?: string;
}

export class Stops {
  private list: Stop[] = [];
  private nextId = 1;

  all(): readonly Stop[] {
    return this.list;
  }

  add(stop: NewStop): Stop {
    const s = { enabled: true, temporary: false, condition: null, ignore: 0, hits: 0, ...stop, id: this.nextId++ } as Stop;
    this.list.push(s);
    return s;
  }

  /** Remove one stop (true when it existed), or every stop when `id` is undefined. */
  remove(id?: number): boolean {
    if (id === undefined) {
      this.list = [];
      return true;
    }
    const before = this.list.length;
    this.list = this.list.filter((s) => s.id !== id);
    return this.list.length !== before;
  }

  /** Line breakpoints on `line` of `fileId` (for `list` to mark them). */
  linesOf(fileId: number): Set<number> {
    const out = new Set<number>();
    for (const s of this.list) if (s.kind === 'line' && s.fileId === fileId) out.add(s.line);
    return out;
  }

  get(id: number): Stop | undefined {
    return this.list.find((s) => s.id === id);
  }

  /**
   * The nearest step after `n` (before it, when backward) where an enabled stop is crossed and stops:
   * crossings are taken in time order, each counting a hit, and pass when the stop's condition is false
   * or its ignore count is not used up. Stops crossed at the same step are all counted; the first set
   * that stops is the one reported. A condition that cannot be checked stops there, as in pdb.
   * With a limit, only crossings up to that step (down to it, backward) count.
   */
  nearest(trace: Trace, n: number, backward: boolean, limit: number | null = null): Hit | null {
    const next = new Map<Stop, number | null>();
    for (const stop of this.list) if (stop.enabled) next.set(stop, hitOf(trace, stop, n, backward));
    for (;;) {
      let at: number | null = null;
      for (const step of next.values()) {
        if (step !== null && (at === null || (backward ? step > at : step < at))) at = step;
      }
      // Crossings beyond the limit are not reached (and not counted): the move ends before them.
      if (at === null || (limit !== null && (backward ? at < limit : at > limit))) return null;
      let hit: Hit | null = null;
      for (const [stop, step] of next) {
        if (step !== at) continue;
        const r = crossing(trace, stop, at);
        if (r.stops && hit === null) hit = { stop, step: at, ...(r.error === undefined ? {} : { conditionError: r.error }) };
        next.set(stop, hitOf(trace, stop, at, backward));
      }
      if (hit !== null) return hit;
    }
  }
}

/** One crossing of an enabled stop at `step`: counts the hit, checks the condition, uses the ignore count. */
function crossing(trace: Trace, stop: Stop, step: number): { stops: boolean; error?: string } {
  stop.hits++;
  if (stop.condition !== null) {
    let holds: boolean;
    try {
      const frame = trace.frame(trace.step(step)!.frameId)!;
      holds = checkCondition(trace, frame, stop.condition, step);
    } catch (e) {
      if (e instanceof DebugError) return { stops: true, error: e.message };
      throw e;
    }
    if (!holds) return { stops: false };
  }
  if (stop.ignore > 0) {
    stop.ignore--;
    return { stops: false };
  }
  return { stops: true };
}

type DistributiveOmit<T, K extends keyof T> = T extends unknown ? Omit<T, K> : never;

function hitOf(trace: Trace, stop: Stop, n: number, backward: boolean): number | null {
  switch (stop.kind) {
    case 'watch':
      return trace.adjacentWrite(stop.scopeId, stop.nameId, n, backward);
    case 'function':
      return trace.frameEntryOfCodes(stop.codeIds, n, backward);
    case 'line':
      // Line events are indexed in the trace: one seek per code object, whatever the distance.
      return trace.lineArrival(stop.fileId, stop.line, n, backward);
  }
}


/** Where a stop is, as messages and `info breakpoints` show it: `main.py:7`, `function add`, `total (global)`. */
export function stopWhere(s: Stop): string {
  return s.kind === 'line' ? `${s.path}:${s.line}` : s.kind === 'function' ? `function ${s.name}` : `${s.name} (${s.scopeLabel})`;
}

/** `breakpoint 1 at main.py:7` / `watchpoint 2: total (global)`, as pdb names a breakpoint in messages. */
export function stopName(s: Stop): string {
  return s.kind === 'watch' ? `watchpoint ${s.id}: ${stopWhere(s)}` : `breakpoint ${s.id} at ${stopWhere(s)}`;
}
