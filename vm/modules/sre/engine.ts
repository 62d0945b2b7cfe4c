// The SRE matcher: runs the code lists that CPython's re/_compiler.py produces against a subject (code
// points of a str, or bytes), with the same backtracking order, group marks, repeat bookkeeping and
// zero-width protections as CPython's Modules/_sre/sre_lib.h, so that every match, span and group
// comes out identical.
//
// The matcher never recurses in JS: sub-matches (branches, repeats, assertions) push a context on an
// explicit stack and resume at a numbered continuation when the sub-match returns, so deep
// backtracking cannot overflow the JS stack. Contexts and repeat records are pooled on the state and
// the saved marks live in a growable Int32Array: a match allocates nothing per step.
//
// This file knows nothing about Python objects; module code turns the state into Match objects.

import {
  OP_FAILURE, OP_SUCCESS, OP_ANY, OP_ANY_ALL, OP_ASSERT, OP_ASSERT_NOT, OP_AT, OP_BRANCH, OP_CATEGORY,
  OP_CHARSET, OP_BIGCHARSET, OP_GROUPREF, OP_GROUPREF_EXISTS, OP_IN, OP_INFO, OP_JUMP, OP_LITERAL, OP_MARK,
  OP_MAX_UNTIL, OP_MIN_UNTIL, OP_NOT_LITERAL, OP_NEGATE, OP_RANGE, OP_REPEAT, OP_REPEAT_ONE, OP_MIN_REPEAT_ONE,
  OP_SUBPATTERN, OP_ATOMIC_GROUP, OP_POSSESSIVE_REPEAT, OP_POSSESSIVE_REPEAT_ONE, OP_GROUPREF_IGNORE, OP_IN_IGNORE,
  OP_LITERAL_IGNORE, OP_NOT_LITERAL_IGNORE, OP_GROUPREF_LOC_IGNORE, OP_IN_LOC_IGNORE, OP_LITERAL_LOC_IGNORE,
  OP_NOT_LITERAL_LOC_IGNORE, OP_GROUPREF_UNI_IGNORE, OP_IN_UNI_IGNORE, OP_LITERAL_UNI_IGNORE,
  OP_NOT_LITERAL_UNI_IGNORE, OP_RANGE_UNI_IGNORE, MAXREPEAT, AT_BEGINNING, AT_BEGINNING_LINE,
  AT_BEGINNING_STRING, AT_BOUNDARY, AT_NON_BOUNDARY, AT_END, AT_END_LINE, AT_END_STRING, AT_LOC_BOUNDARY,
  AT_LOC_NON_BOUNDARY, AT_UNI_BOUNDARY, AT_UNI_NON_BOUNDARY, INFO_PREFIX, INFO_LITERAL, INFO_CHARSET,
} from './constants.js';
import {
  inCategory, lowerAscii, lowerUnicode, upperUnicode, lowerLocale, upperLocale, charLocIgnore, isAsciiWord,
  isLocaleWord, isUniWord,
} from './chars.js';

/** The characters being matched: code points of a str, or the bytes of a bytes-like object. */
export type SreText = Int32Array | Uint8Array;

/** Raised (as a JS Error) when the code list is inconsistent; the module turns it into RuntimeError. */
export class SreInternalError extends Error {}

/** Raised when the host's interrupt flag is set during a long match of a state without onInterrupt. */
export class SreInterrupted extends Error {}

/** A REPEAT in progress (SRE_REPEAT): its count, where its operands are, and the zero-width guard. */
class Repeat {
  count = -1;
  /** Index of the REPEAT's operands: skip, min, max, then the item. */
  pc = 0;
  /** Position where the last iteration started (-1: none), to stop empty iterations looping. */
  lastPtr = -1;
  prev: Repeat | null = null;
}

/** One activation of the matcher (a sub-match): saved registers and the continuation to resume. */
class Ctx {
  count = 0;
  chr = 0;
  rep: Repeat | null = null;
  lastmark = -1;
  lastindex = -1;
  pc = 0;
  ptr = 0;
  toplevel = false;
  /** Which continuation of the parent runs when this sub-match returns. */
  jump = 0;
}

// Continuations run when a sub-match returns (J_*), and loop heads entered from the dispatcher (K_*).
const J_NONE = 0;
/** An item of MAX_UNTIL or MIN_UNTIL while the repeat still has fewer than its minimum. */
const J_UNTIL_1 = 1;
const J_MAX_UNTIL_2 = 2;
const J_MAX_UNTIL_3 = 3;
const J_MIN_UNTIL_2 = 5;
const J_MIN_UNTIL_3 = 6;
const J_REPEAT = 7;
const J_REPEAT_ONE_1 = 8;
const J_REPEAT_ONE_2 = 9;
const J_MIN_REPEAT_ONE = 10;
const J_BRANCH = 11;
const J_ASSERT = 12;
const J_ASSERT_NOT = 13;
const J_POSS_REPEAT_1 = 14;
const J_POSS_REPEAT_2 = 15;
const J_ATOMIC_GROUP = 16;
const K_BRANCH = 17;
const K_REPEAT_ONE_LITERAL = 18;
const K_REPEAT_ONE = 19;
const K_MIN_REPEAT_ONE = 20;
const K_MAX_UNTIL_TAIL = 21;
const K_POSS_MIN = 22;
const K_POSS_MORE = 23;
const K_POSS_TAIL = 24;

const M_ENTER = 0;
const M_EXIT = 1;
const M_CONT = 2;
const M_DISPATCH = 3;

const EMPTY_TEXT = new Uint8Array(0);

/** Everything one match/search needs (SRE_STATE). Reused across the searches of findall, sub, split. */
export class SreState {
  text: SreText = EMPTY_TEXT;
  /** Positions are indexes into text: the string always begins at 0. */
  start = 0;
  end = 0;
  ptr = 0;
  /** The pos/endpos arguments after clamping (the Match's pos and endpos). */
  pos = 0;
  endpos = 0;
  readonly code: Uint32Array;
  /** Group boundaries: mark[2g] and mark[2g+1] for group g+1, -1 where not set. */
  readonly marks: Int32Array;
  lastmark = -1;
  lastindex = -1;
  repeat: Repeat | null = null;
  matchAll = false;
  mustAdvance = false;
  /** The host's Ctrl-C flag (element 0 non-zero: a signal is pending), polled every few thousand sub-matches. */
  interrupt: Int32Array | null = null;
  /** What a pending signal runs (the Python handlers); without one, the match stops with SreInterrupted. */
  onInterrupt: (() => void) | null = null;

  private data = new Int32Array(64);
  private dataTop = 0;
  private ctxs: Ctx[] = [];
  private ctxTop = 0;
  private repeatPool: Repeat[] = [];

  constructor(code: Uint32Array, groups: number) {
    this.code = code;
    // The validator allows a MARK one past the groups' marks; keep room so it cannot write outside.
    this.marks = new Int32Array(2 * groups + 2).fill(-1);
  }

  /** state_init: match against text between pos and endpos (clamped to the text). */
  begin(text: SreText, pos: number, endpos: number): void {
    this.text = text;
    const length = text.length;
    const start = pos < 0 ? 0 : pos > length ? length : pos;
    const end = endpos < 0 ? 0 : endpos > length ? length : endpos;
    this.start = start;
    this.end = end;
    this.ptr = start;
    this.pos = start;
    this.endpos = end;
    this.matchAll = false;
    this.mustAdvance = false;
    this.reset();
  }

  /** Drop the reference to the subject (a state kept for reuse must not keep a big text alive). */
  forgetText(): void {
    this.text = EMPTY_TEXT;
  }

  /** state_reset: forget marks and repeats before the next search of a loop. */
  reset(): void {
    this.lastmark = -1;
    this.lastindex = -1;
    this.repeat = null;
    this.dataTop = 0;
    this.ctxTop = 0;
  }

  // ---- saved data ------------------------------------------------------------------------------------

  private reserve(n: number): void {
    if (this.dataTop + n > this.data.length) {
      let size = this.data.length * 2;
      while (size < this.dataTop + n) size *= 2;
      const bigger = new Int32Array(size);
      bigger.set(this.data.subarray(0, this.dataTop));
      this.data = bigger;
    }
  }

  dataPush(v: number): void {
    this.reserve(1);
    this.data[this.dataTop++] = v;
  }

  dataPop(): number {
    return this.data[--this.dataTop];
  }

  /** MARK_PUSH: save marks[0..lastmark]. */
  markPush(lastmark: number): void {
    if (lastmark < 0) return;
    const n = lastmark + 1;
    this.reserve(n);
    this.data.set(this.marks.subarray(0, n), this.dataTop);
    this.dataTop += n;
  }

  /** MARK_POP: restore the saved marks and drop them. */
  markPop(lastmark: number): void {
    if (lastmark < 0) return;
    const n = lastmark + 1;
    this.dataTop -= n;
    this.marks.set(this.data.subarray(this.dataTop, this.dataTop + n));
  }

  /** MARK_POP_KEEP: restore the saved marks and keep them for another attempt. */
  markPopKeep(lastmark: number): void {
    if (lastmark < 0) return;
    const n = lastmark + 1;
    this.marks.set(this.data.subarray(this.dataTop - n, this.dataTop));
  }

  /** MARK_POP_DISCARD: drop the saved marks. */
  markPopDiscard(lastmark: number): void {
    if (lastmark >= 0) this.dataTop -= lastmark + 1;
  }

  // ---- pools -----------------------------------------------------------------------------------------

  pushCtx(): Ctx {
    const ctxs = this.ctxs;
    if (this.ctxTop === ctxs.length) ctxs.push(new Ctx());
    return ctxs[this.ctxTop++];
  }

  popCtx(): void {
    this.ctxTop--;
  }

  get depth(): number {
    return this.ctxTop;
  }

  topCtx(): Ctx {
    return this.ctxs[this.ctxTop - 1];
  }

  /**
   * Starts a sub-match: the parent records where it resumes (pc, ptr), and the child context returns
   * to the parent's continuation `jump`. The caller sets st.ptr (where the child starts) and its pc.
   */
  call(parent: Ctx, pc: number, ptr: number, jump: number, toplevel: boolean): Ctx {
    parent.pc = pc;
    parent.ptr = ptr;
    const child = this.pushCtx();
    child.jump = jump;
    child.toplevel = toplevel;
    return child;
  }

  /** LASTMARK_SAVE, then MARK_PUSH inside a repeat: what a failed attempt must be able to undo. */
  saveMarks(ctx: Ctx): void {
    ctx.lastmark = this.lastmark;
    ctx.lastindex = this.lastindex;
    if (this.repeat !== null) this.markPush(ctx.lastmark);
  }

  /** After a failed attempt: MARK_POP_KEEP inside a repeat and LASTMARK_RESTORE, ready for the next one. */
  restoreMarksKeep(ctx: Ctx): void {
    if (this.repeat !== null) this.markPopKeep(ctx.lastmark);
    this.lastmark = ctx.lastmark;
    this.lastindex = ctx.lastindex;
  }

  /** Opens a repeat record (REPEAT, POSSESSIVE_REPEAT) whose operands are at `pc`, inside the current one. */
  pushRepeat(pc: number): Repeat {
    const popped = this.repeatPool.pop();
    const rep = popped === undefined ? new Repeat() : popped;
    rep.count = -1;
    rep.pc = pc;
    rep.prev = this.repeat;
    rep.lastPtr = -1;
    this.repeat = rep;
    return rep;
  }

  /** Closes the repeat record `rep` (the current one) and returns it to the pool. */
  popRepeat(rep: Repeat): void {
    this.repeat = rep.prev;
    rep.prev = null;
    this.repeatPool.push(rep);
  }
}

// ---- single-character tests ---------------------------------------------------------------------------

/** SRE(charset): is ch in the set whose items start at code[i] (ends at FAILURE)? */
export function inCharset(code: Uint32Array, i: number, ch: number): boolean {
  let ok = true;
  for (;;) {
    switch (code[i++]) {
      case OP_FAILURE:
        return !ok;
      case OP_LITERAL:
        if (ch === code[i]) return ok;
        i++;
        break;
      case OP_CATEGORY:
        if (inCategory(code[i], ch)) return ok;
        i++;
        break;
      case OP_CHARSET:
        if (ch < 256 && (code[i + (ch >> 5)] & (1 << (ch & 31))) !== 0) return ok;
        i += 8;
        break;
      case OP_RANGE:
        if (code[i] <= ch && ch <= code[i + 1]) return ok;
        i += 2;
        break;
      case OP_RANGE_UNI_IGNORE: {
        // ch is already lower case; the range may hold its upper-case form.
        if (code[i] <= ch && ch <= code[i + 1]) return ok;
        const uch = upperUnicode(ch);
        if (code[i] <= uch && uch <= code[i + 1]) return ok;
        i += 2;
        break;
      }
      case OP_NEGATE:
        ok = !ok;
        break;
      case OP_BIGCHARSET: {
        // <BIGCHARSET> <blockcount> <256 block numbers, 4 per code word, little-endian> <blocks>
        const count = code[i++];
        let block = -1;
        if (ch < 0x10000) {
          const hi = ch >> 8;
          block = (code[i + (hi >> 2)] >>> ((hi & 3) * 8)) & 0xff;
        }
        i += 64;
        if (block >= 0) {
          const bit = block * 256 + (ch & 255);
          if ((code[i + (bit >> 5)] & (1 << (ch & 31))) !== 0) return ok;
        }
        i += count * 8;
        break;
      }
      default:
        // An unknown set item: CPython treats it as no match.
        return false;
    }
  }
}

function inCharsetLocIgnore(code: Uint32Array, i: number, ch: number): boolean {
  const lo = lowerLocale(ch);
  if (inCharset(code, i, lo)) return true;
  const up = upperLocale(ch);
  return up !== lo && inCharset(code, i, up);
}

function isWordFor(at: number, ch: number): boolean {
  if (at === AT_BOUNDARY || at === AT_NON_BOUNDARY) return ch < 128 && isAsciiWord(ch);
  if (at === AT_LOC_BOUNDARY || at === AT_LOC_NON_BOUNDARY) return ch < 256 && isLocaleWord(ch);
  return isUniWord(ch);
}

/** SRE(at): does the position ptr satisfy the anchor? */
function atPosition(st: SreState, ptr: number, at: number): boolean {
  const text = st.text;
  const end = st.end;
  switch (at) {
    case AT_BEGINNING:
    case AT_BEGINNING_STRING:
      return ptr === 0;
    case AT_BEGINNING_LINE:
      return ptr === 0 || text[ptr - 1] === 10;
    case AT_END:
      return (end - ptr === 1 && text[ptr] === 10) || ptr === end;
    case AT_END_LINE:
      return ptr === end || text[ptr] === 10;
    case AT_END_STRING:
      return ptr === end;
    case AT_BOUNDARY:
    case AT_NON_BOUNDARY:
    case AT_LOC_BOUNDARY:
    case AT_LOC_NON_BOUNDARY:
    case AT_UNI_BOUNDARY:
    case AT_UNI_NON_BOUNDARY: {
      // Since 3.14 \B matches the empty string (no early "empty subject" failure any more).
      const before = ptr > 0 ? isWordFor(at, text[ptr - 1]) : false;
      const after = ptr < end ? isWordFor(at, text[ptr]) : false;
      const boundary = at === AT_BOUNDARY || at === AT_LOC_BOUNDARY || at === AT_UNI_BOUNDARY;
      return boundary ? before !== after : before === after;
    }
  }
  return false;
}

/**
 * SRE(count): how many times (at most maxcount) the single-character item at code[pc] matches from
 * st.ptr on.
 */
function countRepeats(st: SreState, pc: number, maxcount: number): number {
  const code = st.code;
  const text = st.text;
  const start = st.ptr;
  let ptr = start;
  let end = st.end;
  if (maxcount < end - ptr && maxcount !== MAXREPEAT) end = ptr + maxcount;
  const chr = code[pc + 1];
  switch (code[pc]) {
    case OP_IN:
      while (ptr < end && inCharset(code, pc + 2, text[ptr])) ptr++;
      break;
    case OP_ANY:
      while (ptr < end && text[ptr] !== 10) ptr++;
      break;
    case OP_ANY_ALL:
      ptr = end;
      break;
    case OP_LITERAL:
      while (ptr < end && text[ptr] === chr) ptr++;
      break;
    case OP_LITERAL_IGNORE:
      while (ptr < end && lowerAscii(text[ptr]) === chr) ptr++;
      break;
    case OP_LITERAL_UNI_IGNORE:
      while (ptr < end && lowerUnicode(text[ptr]) === chr) ptr++;
      break;
    case OP_LITERAL_LOC_IGNORE:
      while (ptr < end && charLocIgnore(chr, text[ptr])) ptr++;
      break;
    case OP_NOT_LITERAL:
      while (ptr < end && text[ptr] !== chr) ptr++;
      break;
    case OP_NOT_LITERAL_IGNORE:
      while (ptr < end && lowerAscii(text[ptr]) !== chr) ptr++;
      break;
    case OP_NOT_LITERAL_UNI_IGNORE:
      while (ptr < end && lowerUnicode(text[ptr]) !== chr) ptr++;
      break;
    case OP_NOT_LITERAL_LOC_IGNORE:
      while (ptr < end && !charLocIgnore(chr, text[ptr])) ptr++;
      break;
    case OP_IN_IGNORE:
      while (ptr < end && inCharset(code, pc + 2, lowerAscii(text[ptr]))) ptr++;
      break;
    case OP_IN_UNI_IGNORE:
      while (ptr < end && inCharset(code, pc + 2, lowerUnicode(text[ptr]))) ptr++;
      break;
    case OP_IN_LOC_IGNORE:
      while (ptr < end && inCharsetLocIgnore(code, pc + 2, text[ptr])) ptr++;
      break;
    default:
      // Any other one-character item: run it as a sub-pattern (it ends with SUCCESS) once per character.
      while (st.ptr < end) {
        if (!sreMatch(st, pc, false)) break;
      }
      return st.ptr - start;
  }
  return ptr - start;
}

// ---- the matcher --------------------------------------------------------------------------------------

/**
 * SRE(match): does the code at pc match at st.ptr? On success st.ptr is the end of the match and the
 * marks hold the groups. `toplevel` enables the fullmatch and must-advance checks at SUCCESS.
 */
export function sreMatch(st: SreState, pc: number, toplevel: boolean): boolean {
  const code = st.code;
  const text = st.text;
  const end = st.end;
  const marks = st.marks;
  const base = st.depth;
  let ctx = st.pushCtx();
  ctx.jump = J_NONE;
  ctx.toplevel = toplevel;
  let ptr = 0;
  let ret = false;
  let mode = M_ENTER;
  let jk = 0;

  const interrupt = st.interrupt;
  let ticks = 0;

  main: for (;;) {
    if (mode === M_ENTER) {
      // entrance: a new sub-match starts at st.ptr. Runaway backtracking passes here again and again,
      // so this is where a pending Ctrl-C is noticed (CPython checks signals as often).
      if ((++ticks & 0xfff) === 0 && interrupt !== null && interrupt[0] !== 0) {
        if (st.onInterrupt === null) throw new SreInterrupted();
        st.onInterrupt(); // runs the signal handlers: one that raises ends the match, one that returns lets it go on
      }
      ptr = st.ptr;
      if (code[pc] === OP_INFO) {
        const min = code[pc + 3];
        if (min !== 0 && end - ptr < min) {
          ret = false;
          mode = M_EXIT;
          continue main;
        }
        pc += code[pc + 1] + 1;
      }
    } else if (mode !== M_DISPATCH) {
      if (mode === M_EXIT) {
        // A sub-match returned `ret`: pop its context and resume the parent's continuation.
        jk = ctx.jump;
        st.popCtx();
        if (st.depth === base) return ret;
        ctx = st.topCtx();
        pc = ctx.pc;
        ptr = ctx.ptr;
      }
      cont: for (;;) {
        switch (jk) {
          case K_BRANCH:
            // pc is at the skip word of the next alternative.
            for (; code[pc] !== 0; pc += code[pc]) {
              const first = code[pc + 1];
              if (first === OP_LITERAL && (ptr >= end || text[ptr] !== code[pc + 2])) continue;
              if (first === OP_IN && (ptr >= end || !inCharset(code, pc + 3, text[ptr]))) continue;
              st.ptr = ptr;
              ctx = st.call(ctx, pc, ptr, J_BRANCH, ctx.toplevel);
              pc = pc + 1;
              mode = M_ENTER;
              continue main;
            }
            if (st.repeat !== null) st.markPopDiscard(ctx.lastmark);
            ret = false;
            mode = M_EXIT;
            continue main;

          case K_REPEAT_ONE_LITERAL:
          case K_REPEAT_ONE: {
            // Greedy: try the tail after ctx.count items (one fewer after each failure). When the tail
            // starts with a literal, skip the counts where that literal cannot match.
            const min = code[pc + 1];
            if (jk === K_REPEAT_ONE_LITERAL) {
              while (ctx.count >= min && (ptr >= end || text[ptr] !== ctx.chr)) {
                ptr--;
                ctx.count--;
              }
            }
            if (ctx.count >= min) {
              st.ptr = ptr;
              ctx = st.call(ctx, pc, ptr, jk === K_REPEAT_ONE_LITERAL ? J_REPEAT_ONE_1 : J_REPEAT_ONE_2, ctx.toplevel);
              pc = pc + code[pc];
              mode = M_ENTER;
              continue main;
            }
            if (st.repeat !== null) st.markPopDiscard(ctx.lastmark);
            ret = false;
            mode = M_EXIT;
            continue main;
          }
          case K_MIN_REPEAT_ONE: {
            const max = code[pc + 2];
            if (max === MAXREPEAT || ctx.count <= max) {
              st.ptr = ptr;
              ctx = st.call(ctx, pc, ptr, J_MIN_REPEAT_ONE, ctx.toplevel);
              pc = pc + code[pc];
              mode = M_ENTER;
              continue main;
            }
            if (st.repeat !== null) st.markPopDiscard(ctx.lastmark);
            ret = false;
            mode = M_EXIT;
            continue main;
          }

          case J_BRANCH:
          case J_REPEAT_ONE_1:
          case J_REPEAT_ONE_2:
          case J_MIN_REPEAT_ONE:
            // One attempt (an alternative, a repeat count) returned: done if it matched, else undo its
            // marks and try the next attempt.
            if (ret) {
              if (st.repeat !== null) st.markPopDiscard(ctx.lastmark);
              mode = M_EXIT;
              continue main;
            }
            st.restoreMarksKeep(ctx);
            if (jk === J_BRANCH) {
              pc += code[pc];
              jk = K_BRANCH;
              continue cont;
            }
            if (jk !== J_MIN_REPEAT_ONE) {
              // Greedy: give back one character.
              ptr--;
              ctx.count--;
              jk = jk === J_REPEAT_ONE_1 ? K_REPEAT_ONE_LITERAL : K_REPEAT_ONE;
              continue cont;
            }
            // Lazy: take one more character.
            st.ptr = ptr;
            if (countRepeats(st, pc + 3, 1) === 0) {
              if (st.repeat !== null) st.markPopDiscard(ctx.lastmark);
              ret = false;
              mode = M_EXIT;
              continue main;
            }
            ptr++;
            ctx.count++;
            jk = K_MIN_REPEAT_ONE;
            continue cont;

          case J_REPEAT:
            st.popRepeat(ctx.rep!);
            mode = M_EXIT;
            continue main;

          case J_UNTIL_1:
          case J_MIN_UNTIL_3:
            // An item of a repeat returned; if it failed, the repeat has one item fewer again.
            if (jk === J_MIN_UNTIL_3) ctx.rep!.lastPtr = st.dataPop();
            if (!ret) {
              ctx.rep!.count = ctx.count - 1;
              st.ptr = ptr;
            }
            mode = M_EXIT;
            continue main;
          case J_MAX_UNTIL_2:
            ctx.rep!.lastPtr = st.dataPop();
            if (ret) {
              st.markPopDiscard(ctx.lastmark);
              mode = M_EXIT;
              continue main;
            }
            st.markPop(ctx.lastmark);
            st.lastmark = ctx.lastmark;
            st.lastindex = ctx.lastindex;
            ctx.rep!.count = ctx.count - 1;
            st.ptr = ptr;
            jk = K_MAX_UNTIL_TAIL;
            continue cont;
          case K_MAX_UNTIL_TAIL:
            // No more items here: the tail must match, outside this repeat.
            st.repeat = ctx.rep!.prev;
            ctx = st.call(ctx, pc, ptr, J_MAX_UNTIL_3, ctx.toplevel);
            mode = M_ENTER;
            continue main;
          case J_MAX_UNTIL_3:
            st.repeat = ctx.rep;
            if (!ret) st.ptr = ptr;
            mode = M_EXIT;
            continue main;

          case J_MIN_UNTIL_2: {
            const repeatOfTail = st.repeat;
            const rep = ctx.rep!;
            st.repeat = rep;
            if (ret) {
              if (repeatOfTail !== null) st.markPopDiscard(ctx.lastmark);
              mode = M_EXIT;
              continue main;
            }
            if (repeatOfTail !== null) st.markPop(ctx.lastmark);
            st.lastmark = ctx.lastmark;
            st.lastindex = ctx.lastindex;
            st.ptr = ptr;
            const max = code[rep.pc + 2];
            if ((ctx.count >= max && max !== MAXREPEAT) || st.ptr === rep.lastPtr) {
              ret = false;
              mode = M_EXIT;
              continue main;
            }
            // The tail failed: match one more item.
            rep.count = ctx.count;
            st.dataPush(rep.lastPtr);
            rep.lastPtr = st.ptr;
            ctx = st.call(ctx, pc, ptr, J_MIN_UNTIL_3, ctx.toplevel);
            pc = rep.pc + 3;
            mode = M_ENTER;
            continue main;
          }

          case K_POSS_MIN:
            // pc is at the operands of POSSESSIVE_REPEAT: skip, min, max, item.
            if (ctx.count < code[pc + 1]) {
              ctx = st.call(ctx, pc, ptr, J_POSS_REPEAT_1, false);
              pc = pc + 3;
              mode = M_ENTER;
              continue main;
            }
            // -1 can never equal st.ptr, so the first extra iteration is always tried.
            ptr = -1;
            jk = K_POSS_MORE;
            continue cont;
          case J_POSS_REPEAT_1:
            if (ret) {
              ctx.count++;
              jk = K_POSS_MIN;
              continue cont;
            }
            st.ptr = ptr;
            st.popRepeat(ctx.rep!);
            mode = M_EXIT;
            continue main;
          case K_POSS_MORE: {
            const max = code[pc + 2];
            if ((ctx.count < max || max === MAXREPEAT) && st.ptr !== ptr) {
              ctx.lastmark = st.lastmark;
              ctx.lastindex = st.lastindex;
              st.markPush(ctx.lastmark);
              ptr = st.ptr;
              ctx = st.call(ctx, pc, ptr, J_POSS_REPEAT_2, false);
              pc = pc + 3;
              mode = M_ENTER;
              continue main;
            }
            jk = K_POSS_TAIL;
            continue cont;
          }
          case J_POSS_REPEAT_2:
            if (ret) {
              st.markPopDiscard(ctx.lastmark);
              ctx.count++;
              jk = K_POSS_MORE;
              continue cont;
            }
            st.markPop(ctx.lastmark);
            st.lastmark = ctx.lastmark;
            st.lastindex = ctx.lastindex;
            st.ptr = ptr;
            jk = K_POSS_TAIL;
            continue cont;
          case K_POSS_TAIL:
            // Skip the item and its SUCCESS; the tail runs in this context, outside the repeat.
            st.popRepeat(ctx.rep!);
            pc += code[pc] + 1;
            ptr = st.ptr;
            break cont;

          case J_ATOMIC_GROUP:
            if (!ret) {
              st.ptr = ptr;
              mode = M_EXIT;
              continue main;
            }
            pc += code[pc];
            ptr = st.ptr;
            break cont;

          case J_ASSERT:
            if (!ret) {
              mode = M_EXIT;
              continue main;
            }
            pc += code[pc];
            break cont;
          case J_ASSERT_NOT:
            if (ret) {
              if (st.repeat !== null) st.markPopDiscard(ctx.lastmark);
              ret = false;
              mode = M_EXIT;
              continue main;
            }
            if (st.repeat !== null) st.markPop(ctx.lastmark);
            st.lastmark = ctx.lastmark;
            st.lastindex = ctx.lastindex;
            pc += code[pc];
            break cont;

          default:
            throw new SreInternalError(`bad continuation ${jk}`);
        }
      }
    }
    mode = M_DISPATCH;

    // ---- dispatch: run opcodes until one fails, succeeds or starts a sub-match ----------------------
    for (;;) {
      switch (code[pc++]) {
        case OP_MARK: {
          const i = code[pc];
          if ((i & 1) !== 0) st.lastindex = (i >> 1) + 1;
          if (i > st.lastmark) {
            // Marks skipped over between the old and new lastmark are unset.
            for (let j = st.lastmark + 1; j < i; j++) marks[j] = -1;
            st.lastmark = i;
          }
          marks[i] = ptr;
          pc++;
          continue;
        }
        case OP_LITERAL:
          if (ptr >= end || text[ptr] !== code[pc]) break;
          pc++;
          ptr++;
          continue;
        case OP_NOT_LITERAL:
          if (ptr >= end || text[ptr] === code[pc]) break;
          pc++;
          ptr++;
          continue;
        case OP_SUCCESS:
          if (ctx.toplevel && ((st.matchAll && ptr !== end) || (st.mustAdvance && ptr === st.start))) break;
          st.ptr = ptr;
          ret = true;
          mode = M_EXIT;
          continue main;
        case OP_AT:
          if (!atPosition(st, ptr, code[pc])) break;
          pc++;
          continue;
        case OP_CATEGORY:
          if (ptr >= end || !inCategory(code[pc], text[ptr])) break;
          pc++;
          ptr++;
          continue;
        case OP_ANY:
          if (ptr >= end || text[ptr] === 10) break;
          ptr++;
          continue;
        case OP_ANY_ALL:
          if (ptr >= end) break;
          ptr++;
          continue;
        case OP_IN:
          if (ptr >= end || !inCharset(code, pc + 1, text[ptr])) break;
          pc += code[pc];
          ptr++;
          continue;
        case OP_LITERAL_IGNORE:
          if (ptr >= end || lowerAscii(text[ptr]) !== code[pc]) break;
          pc++;
          ptr++;
          continue;
        case OP_LITERAL_UNI_IGNORE:
          if (ptr >= end || lowerUnicode(text[ptr]) !== code[pc]) break;
          pc++;
          ptr++;
          continue;
        case OP_LITERAL_LOC_IGNORE:
          if (ptr >= end || !charLocIgnore(code[pc], text[ptr])) break;
          pc++;
          ptr++;
          continue;
        case OP_NOT_LITERAL_IGNORE:
          if (ptr >= end || lowerAscii(text[ptr]) === code[pc]) break;
          pc++;
          ptr++;
          continue;
        case OP_NOT_LITERAL_UNI_IGNORE:
          if (ptr >= end || lowerUnicode(text[ptr]) === code[pc]) break;
          pc++;
          ptr++;
          continue;
        case OP_NOT_LITERAL_LOC_IGNORE:
          if (ptr >= end || charLocIgnore(code[pc], text[ptr])) break;
          pc++;
          ptr++;
          continue;
        case OP_IN_IGNORE:
          if (ptr >= end || !inCharset(code, pc + 1, lowerAscii(text[ptr]))) break;
          pc += code[pc];
          ptr++;
          continue;
        case OP_IN_UNI_IGNORE:
          if (ptr >= end || !inCharset(code, pc + 1, lowerUnicode(text[ptr]))) break;
          pc += code[pc];
          ptr++;
          continue;
        case OP_IN_LOC_IGNORE:
          if (ptr >= end || !inCharsetLocIgnore(code, pc + 1, text[ptr])) break;
          pc += code[pc];
          ptr++;
          continue;
        case OP_JUMP:
        case OP_INFO:
          pc += code[pc];
          continue;

        case OP_BRANCH:
          // <BRANCH> <skip> alternative <JUMP> ... <0>
          st.saveMarks(ctx);
          jk = K_BRANCH;
          mode = M_CONT;
          continue main;

        case OP_REPEAT_ONE: {
          // <REPEAT_ONE> <skip> <min> <max> item <SUCCESS> tail: greedy, one character per item.
          const min = code[pc + 1];
          if (min > end - ptr) break;
          st.ptr = ptr;
          const n = countRepeats(st, pc + 3, code[pc + 2]);
          ctx.count = n;
          ptr += n;
          if (n < min) break;
          const tail = code[pc + code[pc]];
          if (tail === OP_SUCCESS && ptr === end && !(ctx.toplevel && st.mustAdvance && ptr === st.start)) {
            st.ptr = ptr;
            ret = true;
            mode = M_EXIT;
            continue main;
          }
          st.saveMarks(ctx);
          if (tail === OP_LITERAL) {
            ctx.chr = code[pc + code[pc] + 1];
            jk = K_REPEAT_ONE_LITERAL;
          } else {
            jk = K_REPEAT_ONE;
          }
          mode = M_CONT;
          continue main;
        }

        case OP_MIN_REPEAT_ONE: {
          // <MIN_REPEAT_ONE> <skip> <min> <max> item <SUCCESS> tail: lazy.
          const min = code[pc + 1];
          if (min > end - ptr) break;
          st.ptr = ptr;
          if (min === 0) {
            ctx.count = 0;
          } else {
            const n = countRepeats(st, pc + 3, min);
            if (n < min) break;
            ctx.count = n;
            ptr += n;
          }
          if (code[pc + code[pc]] === OP_SUCCESS &&
            !(ctx.toplevel && ((st.matchAll && ptr !== end) || (st.mustAdvance && ptr === st.start)))) {
            st.ptr = ptr;
            ret = true;
            mode = M_EXIT;
            continue main;
          }
          st.saveMarks(ctx);
          jk = K_MIN_REPEAT_ONE;
          mode = M_CONT;
          continue main;
        }

        case OP_POSSESSIVE_REPEAT_ONE: {
          // Greedy without backtracking: count, then go on with the tail.
          const min = code[pc + 1];
          if (ptr + min > end) break;
          st.ptr = ptr;
          const n = countRepeats(st, pc + 3, code[pc + 2]);
          ctx.count = n;
          ptr += n;
          if (n < min) break;
          pc += code[pc];
          if (code[pc] === OP_SUCCESS && ptr === end && !(ctx.toplevel && st.mustAdvance && ptr === st.start)) {
            st.ptr = ptr;
            ret = true;
            mode = M_EXIT;
            continue main;
          }
          continue;
        }

        case OP_REPEAT: {
          // <REPEAT> <skip> <min> <max> item <MAX_UNTIL|MIN_UNTIL> tail: the UNTIL does the work.
          ctx.rep = st.pushRepeat(pc);
          st.ptr = ptr;
          ctx = st.call(ctx, pc, ptr, J_REPEAT, ctx.toplevel);
          pc = pc + code[pc];
          mode = M_ENTER;
          continue main;
        }

        case OP_MAX_UNTIL:
        case OP_MIN_UNTIL: {
          // The end of a REPEAT's item: match another item (MAX_UNTIL: greedy) or the tail (MIN_UNTIL: lazy).
          const lazy = code[pc - 1] === OP_MIN_UNTIL;
          const rep = st.repeat;
          if (rep === null) throw new SreInternalError(`${lazy ? 'MIN' : 'MAX'}_UNTIL outside REPEAT`);
          ctx.rep = rep;
          st.ptr = ptr;
          ctx.count = rep.count + 1;
          if (ctx.count < code[rep.pc + 1]) {
            // Not enough items yet.
            rep.count = ctx.count;
            ctx = st.call(ctx, pc, ptr, J_UNTIL_1, ctx.toplevel);
            pc = rep.pc + 3;
            mode = M_ENTER;
            continue main;
          }
          if (lazy) {
            // Enough items: try the tail first.
            st.repeat = rep.prev;
            st.saveMarks(ctx);
            ctx = st.call(ctx, pc, ptr, J_MIN_UNTIL_2, ctx.toplevel);
            mode = M_ENTER;
            continue main;
          }
          const max = code[rep.pc + 2];
          if ((ctx.count < max || max === MAXREPEAT) && st.ptr !== rep.lastPtr) {
            // Enough items, but try one more first.
            rep.count = ctx.count;
            ctx.lastmark = st.lastmark;
            ctx.lastindex = st.lastindex;
            st.markPush(ctx.lastmark);
            st.dataPush(rep.lastPtr);
            rep.lastPtr = st.ptr;
            ctx = st.call(ctx, pc, ptr, J_MAX_UNTIL_2, ctx.toplevel);
            pc = rep.pc + 3;
            mode = M_ENTER;
            continue main;
          }
          jk = K_MAX_UNTIL_TAIL;
          mode = M_CONT;
          continue main;
        }

        case OP_POSSESSIVE_REPEAT: {
          // <POSSESSIVE_REPEAT> <skip> <min> <max> item <SUCCESS> tail. A placeholder repeat record
          // makes the item's branches save and restore marks, as inside any other repeat.
          st.ptr = ptr;
          ctx.rep = st.pushRepeat(-1);
          ctx.count = 0;
          jk = K_POSS_MIN;
          mode = M_CONT;
          continue main;
        }

        case OP_ATOMIC_GROUP:
          // <ATOMIC_GROUP> <skip> item <SUCCESS> tail
          st.ptr = ptr;
          ctx = st.call(ctx, pc, ptr, J_ATOMIC_GROUP, false);
          pc = pc + 1;
          mode = M_ENTER;
          continue main;

        case OP_GROUPREF:
        case OP_GROUPREF_IGNORE:
        case OP_GROUPREF_UNI_IGNORE:
        case OP_GROUPREF_LOC_IGNORE: {
          const op = code[pc - 1];
          const g = code[pc] * 2;
          if (g >= st.lastmark) break;
          let p = marks[g];
          const e = marks[g + 1];
          if (p < 0 || e < 0 || e < p) break;
          let ok = true;
          if (op === OP_GROUPREF) {
            while (p < e) {
              if (ptr >= end || text[ptr] !== text[p]) {
                ok = false;
                break;
              }
              p++;
              ptr++;
            }
          } else {
            const lower = op === OP_GROUPREF_IGNORE ? lowerAscii : op === OP_GROUPREF_UNI_IGNORE ? lowerUnicode : lowerLocale;
            while (p < e) {
              if (ptr >= end || lower(text[ptr]) !== lower(text[p])) {
                ok = false;
                break;
              }
              p++;
              ptr++;
            }
          }
          if (!ok) break;
          pc++;
          continue;
        }

        case OP_GROUPREF_EXISTS: {
          // <GROUPREF_EXISTS> <group> <skip> yes-code <JUMP> no-code
          const g = code[pc] * 2;
          if (g >= st.lastmark || marks[g] < 0 || marks[g + 1] < 0 || marks[g + 1] < marks[g]) {
            pc += code[pc + 1];
          } else {
            pc += 2;
          }
          continue;
        }

        case OP_ASSERT: {
          // <ASSERT> <skip> <back> pattern <SUCCESS>
          const back = code[pc + 1];
          if (ptr < back) break;
          st.ptr = ptr - back;
          ctx = st.call(ctx, pc, ptr, J_ASSERT, false);
          pc = pc + 2;
          mode = M_ENTER;
          continue main;
        }
        case OP_ASSERT_NOT: {
          const back = code[pc + 1];
          if (ptr >= back) {
            st.ptr = ptr - back;
            st.saveMarks(ctx);
            ctx = st.call(ctx, pc, ptr, J_ASSERT_NOT, false);
            pc = pc + 2;
            mode = M_ENTER;
            continue main;
          }
          pc += code[pc];
          continue;
        }

        case OP_FAILURE:
          break;

        case OP_SUBPATTERN:
        case OP_RANGE:
        case OP_RANGE_UNI_IGNORE:
        case OP_NEGATE:
        case OP_CHARSET:
        case OP_BIGCHARSET:
        default:
          throw new SreInternalError(`illegal opcode ${code[pc - 1]}`);
      }
      // Every `break` out of the switch above is a failure of the current sub-match.
      ret = false;
      mode = M_EXIT;
      continue main;
    }
  }
}

// ---- search ---------------------------------------------------------------------------------------------

/**
 * SRE(search): find the first position from st.start at which the pattern matches, using the INFO
 * block's literal prefix or first-character set to skip positions that cannot match. On success
 * st.start/st.ptr delimit the match.
 */
export function sreSearch(st: SreState): boolean {
  const code = st.code;
  const text = st.text;
  let ptr = st.start;
  let end = st.end;
  if (ptr > end) return false;
  let pc = 0;
  let flags = 0;
  let prefixLen = 0;
  let prefixSkip = 0;
  let prefixAt = 0;
  let charsetAt = -1;
  if (code[0] === OP_INFO) {
    // <INFO> <skip> <flags> <min> <max> <prefix or charset...>
    flags = code[2];
    const min = code[3];
    if (min !== 0 && end - ptr < min) return false;
    if (min > 1) {
      // No match can start in the last min-1 characters.
      end -= min - 1;
      if (end <= ptr) end = ptr;
    }
    if ((flags & INFO_PREFIX) !== 0) {
      prefixLen = code[5];
      prefixSkip = code[6];
      prefixAt = 7;
    } else if ((flags & INFO_CHARSET) !== 0) {
      charsetAt = 5;
    }
    pc = 1 + code[1];
  }

  if (prefixLen >= 1) {
    // The pattern starts with a known literal string: look for it.
    end = st.end;
    const first = code[prefixAt];
    st.mustAdvance = false;
    while (ptr < end) {
      while (text[ptr] !== first) {
        if (++ptr >= end) return false;
      }
      if (ptr + prefixLen > end) return false;
      let k = 1;
      while (k < prefixLen && text[ptr + k] === code[prefixAt + k]) k++;
      if (k === prefixLen) {
        st.start = ptr;
        st.ptr = ptr + prefixSkip;
        if ((flags & INFO_LITERAL) !== 0) return true;
        if (sreMatch(st, pc + 2 * prefixSkip, false)) return true;
        st.lastmark = -1;
        st.lastindex = -1;
      }
      ptr++;
    }
    return false;
  }

  if (charsetAt >= 0) {
    // The pattern starts with a character from a known set.
    end = st.end;
    st.mustAdvance = false;
    for (;;) {
      while (ptr < end && !inCharset(code, charsetAt, text[ptr])) ptr++;
      if (ptr >= end) return false;
      st.start = ptr;
      st.ptr = ptr;
      if (sreMatch(st, pc, false)) return true;
      ptr++;
      st.lastmark = -1;
      st.lastindex = -1;
    }
  }

  st.start = st.ptr = ptr;
  let found = sreMatch(st, pc, true);
  st.mustAdvance = false;
  if (!found && code[pc] === OP_AT && (code[pc + 1] === AT_BEGINNING || code[pc + 1] === AT_BEGINNING_STRING)) {
    // Anchored at the start of the string: no later position can match.
    st.start = st.ptr = end;
    return false;
  }
  while (!found && ptr < end) {
    ptr++;
    st.lastmark = -1;
    st.lastindex = -1;
    st.start = st.ptr = ptr;
    found = sreMatch(st, pc, false);
  }
  return found;
}
