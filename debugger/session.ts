// A debugging session's state and movement: the current step, the selected frame, the breakpoints, and
// the moves (instruction, line, over, out, to the next stop, to a step) in both directions. Each move
// returns the text to show: where it landed, or why it did not move. Parsing and help live in commands.ts.

import type { FrameInfo, Trace } from '../schema/trace.js';
import { callerStep, finishStep, isResumable, stepInto, stepIntoBack, stepOver, stepOverBack, untilStep } from './movement.js';
import { Stops, stopName, stopWhere, type Hit } from './stops.js';
import { location, frameLocation } from './inspect.js';

export class Session {
  readonly trace: Trace;
  readonly stops = new Stops();
  /** The step being looked at: the state after it. */
  step = 1;
  /** Index into callStack() of the frame that print/locals/list/up/down work in (the last is the newest). */
  selected = 0;
  private stackCache: { step: number; frames: FrameInfo[] } | null = null;

  constructor(trace: Trace) {
    this.trace = trace;
    this.moveTo(1);
  }

  get end(): number {
    return this.trace.stepCount;
  }

  callStack(): FrameInfo[] {
    if (this.stackCache === null || this.stackCache.step !== this.step) {
      this.stackCache = { step: this.step, frames: this.trace.callStack(this.step) };
    }
    return this.stackCache.frames;
  }

  /** The selected frame. */
  frame(): FrameInfo {
    const s = this.callStack();
    return s[Math.min(this.selected, s.length - 1)];
  }

  /** Move to step `n` and select its frame. */
  moveTo(n: number): void {
    this.step = n;
    this.selected = this.callStack().length - 1;
  }

  here(): string {
    return location(this.trace, this.step);
  }

  /** Land on `target`, or say why not: at the ends, a clear message instead of moving. */
  private land(target: number | null, backward: boolean, prefix = ''): string {
    if (target === null) {
      if (backward) {
        if (this.step === 1) return 'already at the first step\n';
        this.moveTo(1);
        return `${prefix}reached the start of the trace\n${this.here()}`;
      }
      if (this.step === this.end) return `already at the last step (${this.end})\n`;
      this.moveTo(this.end);
      return `${prefix}reached the end of the trace\n${this.here()}`;
    }
    this.moveTo(target);
    return prefix + this.here();
  }

  private atEdge(backward: boolean): string | null {
    if (backward && this.step === 1) return 'already at the first step\n';
    if (!backward && this.step === this.end) return `already at the last step (${this.end})\n`;
    return null;
  }

  stepi(backward: boolean): string {
    return this.atEdge(backward) ?? this.land(this.step + (backward ? -1 : 1), backward);
  }

  stepLine(backward: boolean): string {
    return this.atEdge(backward) ?? this.landOrStop(backward ? stepIntoBack(this.trace, this.step) : stepInto(this.trace, this.step), backward);
  }

  /**
   * Land on a move's target unless a breakpoint or watchpoint stops the move on the way (at or before the
   * target), as gdb and pdb stop a next, step or finish at a breakpoint in a function it runs over.
   */
  private landOrStop(target: number | null, backward: boolean, prefix = ''): string {
    if (this.stops.all().some((s) => s.enabled)) {
      const limit = target ?? (backward ? 1 : this.end);
      const hit = this.stops.nearest(this.trace, this.step, backward, limit);
      if (hit !== null) return this.stopAt(hit, backward);
    }
    return this.land(target, backward, prefix);
  }

  /** next / rnext work in the selected frame (after `up`, over the rest of the newer frames' calls). */
  next(backward: boolean): string {
    const edge = this.atEdge(backward);
    if (edge !== null) return edge;
    const stack = this.callStack();
    // The selected frame's own step: the step where it called towards the newest frame.
    const own = this.selected < stack.length - 1 ? stack[this.selected + 1].callStep : this.step;
    if (backward) return this.landOrStop(stepOverBack(this.trace, own), true);
    let target = stepOver(this.trace, own);
    // A generator's frame was entered before `own` was resumed; go on until past the current step.
    while (target !== null && target <= this.step) target = stepOver(this.trace, target);
    return this.landOrStop(target, false);
  }

  /** until / runtil in the selected frame: past the current line (or to `target`), or out of the frame. */
  until(backward: boolean, target: number | null): string {
    const edge = this.atEdge(backward);
    if (edge !== null) return edge;
    const f = this.frame();
    const stack = this.callStack();
    const own = this.selected < stack.length - 1 ? stack[this.selected + 1].callStep : this.step;
    const line = this.trace.step(own)!.line;
    if (line === null && target === null) return backward ? this.next(true) : this.next(false);
    return this.landOrStop(untilStep(this.trace, f, own, line ?? 0, target, backward), backward);
  }

  finish(backward: boolean): string {
    const f = this.frame();
    if (f.parentFrameId === null && f.callStep === 0) {
      return `the ${f.qualname} frame is the outermost: it has no caller to ${backward ? 'go back to' : 'return to'}\n`;
    }
    if (backward) {
      const t = callerStep(this.trace, f, this.step);
      if (t === null) return 'already at the first step\n';
      return this.landOrStop(t, true, `back at the call of ${f.qualname}()\n`);
    }
    const t = finishStep(this.trace, f, this.step);
    if (t === null) {
      if (this.step === this.end) return `already at the last step (${this.end})\n`;
      return this.landOrStop(this.end, false, `${f.qualname}() does not return within the trace\nreached the end of the trace\n`);
    }
    let head = '';
    if (!isResumable(this.trace, f) && f.returnStep !== null) {
      if (f.returnObjectId !== null) head = `${f.qualname}() returned ${this.trace.valueAt(f.returnObjectId, f.returnStep).repr}\n`;
      else if (f.exceptionObjectId !== null) head = `${f.qualname}() raised ${this.trace.value(f.exceptionObjectId).repr}\n`;
    }
    return this.landOrStop(t, false, head);
  }

  /**
   * continue / rcontinue: to the nearest breakpoint or watchpoint hit that stops (enabled, condition true,
   * ignore count used up). A temporary breakpoint is deleted once stopped at.
   */
  cont(backward: boolean): string {
    const edge = this.atEdge(backward);
    if (edge !== null) return edge;
    const all = this.stops.all();
    if (all.length === 0) return this.land(null, backward, 'no breakpoints or watchpoints set: ');
    if (!all.some((s) => s.enabled)) return this.land(null, backward, 'all breakpoints and watchpoints are disabled: ');
    const hit = this.stops.nearest(this.trace, this.step, backward);
    if (hit === null) return this.land(null, backward, `no ${backward ? 'earlier' : 'later'} breakpoint or watchpoint hit: `);
    return this.stopAt(hit, backward);
  }

  /** Stop at a breakpoint or watchpoint hit: say which, and delete a temporary breakpoint. */
  private stopAt(hit: Hit, backward: boolean): string {
    let head = this.describeHit(hit);
    const s = hit.stop;
    if (hit.conditionError !== undefined) {
      head += `*** the condition of ${s.kind === 'watch' ? 'watchpoint' : 'breakpoint'} ${s.id} (${s.condition!.text}) could not be checked here: ${hit.conditionError}\n`;
    }
    if (s.temporary) {
      this.stops.remove(s.id);
      head += `Deleted ${stopName(s)}\n`;
    }
    return this.land(hit.step, backward, head);
  }

  private describeHit(hit: Hit): string {
    const s = hit.stop;
    if (s.kind !== 'watch') return `${s.temporary ? 'Temporary breakpoint' : 'Breakpoint'} ${s.id}, ${stopWhere(s)}\n`;
    const was = this.trace.lastWrite(s.scopeId, s.nameId, hit.step - 1);
    const now = this.trace.lastWrite(s.scopeId, s.nameId, hit.step);
    const show = (w: { objectId: number | null } | null, at: number): string =>
      w === null || w.objectId === null ? '<unbound>' : this.trace.valueAt(w.objectId, at).repr;
    return `Watchpoint ${s.id}: ${s.name} = ${show(now, hit.step)} (was ${show(was, hit.step - 1)})\n`;
  }

  goto(n: number): string {
    if (!Number.isSafeInteger(n) || n < 1 || n > this.end) return `*** step ${n} is outside the trace (1..${this.end})\n`;
    this.moveTo(n);
    return this.here();
  }

  /** up (towards the outermost frame) / down (towards the newest). */
  selectFrame(up: boolean, count: number): string {
    const stack = this.callStack();
    const to = up ? this.selected - count : this.selected + count;
    if (to < 0) return '*** already at the oldest frame\n';
    if (to >= stack.length) return '*** already at the newest frame\n';
    this.selected = to;
    return frameLocation(this.trace, stack, to, this.step);
  }
}
