// Breakpoints and watchpoints: what the user set, and where the next (or previous) hit of each is.
// A line breakpoint is hit where execution arrives at the line (its first step there, not every
// instruction of it, and not again when a call made from the line returns); a function breakpoint where
// a frame of that function begins; a watchpoint at each step that writes the variable.
// Must not print or move the session; it only answers "where".

import type { Trace } from '../schema/trace.js';

export type Stop =
  | { id: number; kind: 'line'; fileId: number; path: string; line: number; instrIds: number[] }
  | { id: number; kind: 'function'; name: string; codeIds: number[] }
  | { id: number; kind: 'watch'; name: string; nameId: number; scopeId: number; scopeLabel: string };

/** A stop and the step where it is hit. */
export interface Hit {
  stop: Stop;
  step: number;
}

export class Stops {
  private list: Stop[] = [];
  private nextId = 1;

  all(): readonly Stop[] {
    return this.list;
  }

  add(stop: DistributiveOmit<Stop, 'id'>): Stop {
    const s = { ...stop, id: this.nextId++ } as Stop;
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

  /** The nearest hit of any stop after step `n` (before it, when backward); ties go to the first set. */
  nearest(trace: Trace, n: number, backward: boolean): Hit | null {
    let best: Hit | null = null;
    for (const stop of this.list) {
      const step = hitOf(trace, stop, n, backward);
      if (step === null) continue;
      if (best === null || (backward ? step > best.step : step < best.step)) best = { stop, step };
    }
    return best;
  }
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

