// Checks a code list before _sre.compile accepts it (CPython's _validate in sre.c): every skip stays
// inside the code, every operand is in range, blocks end with the opcode the matcher expects. The
// matcher relies on this: it does no bounds checks of its own while it runs.
//
// Only the structure is checked; nothing here matches anything.

import {
  OP_FAILURE, OP_SUCCESS, OP_ANY, OP_ANY_ALL, OP_ASSERT, OP_ASSERT_NOT, OP_AT, OP_BRANCH, OP_CATEGORY,
  OP_CHARSET, OP_BIGCHARSET, OP_GROUPREF, OP_GROUPREF_EXISTS, OP_IN, OP_INFO, OP_JUMP, OP_LITERAL, OP_MARK,
  OP_MAX_UNTIL, OP_MIN_UNTIL, OP_NOT_LITERAL, OP_NEGATE, OP_RANGE, OP_REPEAT, OP_REPEAT_ONE, OP_MIN_REPEAT_ONE,
  OP_ATOMIC_GROUP, OP_POSSESSIVE_REPEAT, OP_POSSESSIVE_REPEAT_ONE, OP_GROUPREF_IGNORE, OP_IN_IGNORE,
  OP_LITERAL_IGNORE, OP_NOT_LITERAL_IGNORE, OP_GROUPREF_LOC_IGNORE, OP_IN_LOC_IGNORE, OP_LITERAL_LOC_IGNORE,
  OP_NOT_LITERAL_LOC_IGNORE, OP_GROUPREF_UNI_IGNORE, OP_IN_UNI_IGNORE, OP_LITERAL_UNI_IGNORE,
  OP_NOT_LITERAL_UNI_IGNORE, OP_RANGE_UNI_IGNORE, MAXREPEAT, MAXGROUPS, AT_UNI_NON_BOUNDARY,
  CATEGORY_UNI_NOT_LINEBREAK, INFO_PREFIX, INFO_LITERAL, INFO_CHARSET,
} from './constants.js';

/** Thrown inside the validator to abandon it; never escapes this file. */
class Invalid {}
const INVALID = new Invalid();

class Reader {
  constructor(readonly code: Uint32Array, public i: number, readonly end: number) {}
}

function getWord(r: Reader, end: number): number {
  if (r.i >= end) throw INVALID;
  return r.code[r.i++];
}

/** A skip word: it may not point past `end` (allowing `adj` words of slack). */
function getSkip(r: Reader, end: number, adj = 0): number {
  if (r.i >= end) throw INVALID;
  const skip = r.code[r.i];
  if (skip < adj || skip - adj > end - r.i) throw INVALID;
  r.i++;
  return skip;
}

function validateCharset(code: Uint32Array, start: number, end: number): void {
  const r = new Reader(code, start, end);
  while (r.i < end) {
    const op = getWord(r, end);
    switch (op) {
      case OP_NEGATE:
        break;
      case OP_LITERAL:
        getWord(r, end);
        break;
      case OP_RANGE:
      case OP_RANGE_UNI_IGNORE:
        getWord(r, end);
        getWord(r, end);
        break;
      case OP_CHARSET:
        if (8 > end - r.i) throw INVALID;
        r.i += 8;
        break;
      case OP_BIGCHARSET: {
        const blocks = getWord(r, end);
        if (64 > end - r.i) throw INVALID;
        // Each of the 256 block numbers (4 bytes per word) must name an existing block.
        for (let k = 0; k < 256; k++) {
          if (((code[r.i + (k >> 2)] >>> ((k & 3) * 8)) & 0xff) >= blocks) throw INVALID;
        }
        r.i += 64;
        if (blocks * 8 > end - r.i) throw INVALID;
        r.i += blocks * 8;
        break;
      }
      case OP_CATEGORY:
        if (getWord(r, end) > CATEGORY_UNI_NOT_LINEBREAK) throw INVALID;
        break;
      default:
        throw INVALID;
    }
  }
}

/** Validates [start, end); returns true if the block's last opcode is a JUMP. */
function validateInner(code: Uint32Array, start: number, end: number, groups: number): boolean {
  if (start > end) throw INVALID;
  const r = new Reader(code, start, end);
  while (r.i < end) {
    const op = getWord(r, end);
    switch (op) {
      case OP_MARK:
        if (getWord(r, end) > 2 * groups + 1) throw INVALID;
        break;
      case OP_LITERAL:
      case OP_NOT_LITERAL:
      case OP_LITERAL_IGNORE:
      case OP_NOT_LITERAL_IGNORE:
      case OP_LITERAL_UNI_IGNORE:
      case OP_NOT_LITERAL_UNI_IGNORE:
      case OP_LITERAL_LOC_IGNORE:
      case OP_NOT_LITERAL_LOC_IGNORE:
        getWord(r, end);
        break;
      case OP_SUCCESS:
      case OP_FAILURE:
      case OP_ANY:
      case OP_ANY_ALL:
        break;
      case OP_AT:
        if (getWord(r, end) > AT_UNI_NON_BOUNDARY) throw INVALID;
        break;
      case OP_IN:
      case OP_IN_IGNORE:
      case OP_IN_UNI_IGNORE:
      case OP_IN_LOC_IGNORE: {
        const skip = getSkip(r, end);
        if (skip < 2) throw INVALID;
        validateCharset(code, r.i, r.i + skip - 2);
        if (code[r.i + skip - 2] !== OP_FAILURE) throw INVALID;
        r.i += skip - 1;
        break;
      }
      case OP_INFO: {
        // <INFO> <skip> <flags> <min> <max> [<prefix length> <prefix skip> prefix overlap | charset]
        const skip = getSkip(r, end);
        if (skip < 1) throw INVALID;
        const stop = r.i + skip - 1;
        const flags = getWord(r, end);
        getWord(r, end);
        getWord(r, end);
        if ((flags & ~(INFO_PREFIX | INFO_LITERAL | INFO_CHARSET)) !== 0) throw INVALID;
        if ((flags & INFO_PREFIX) !== 0 && (flags & INFO_CHARSET) !== 0) throw INVALID;
        if ((flags & INFO_LITERAL) !== 0 && (flags & INFO_PREFIX) === 0) throw INVALID;
        if ((flags & INFO_PREFIX) !== 0) {
          const prefixLen = getWord(r, end);
          getWord(r, end);
          if (prefixLen > stop - r.i) throw INVALID;
          r.i += prefixLen;
          if (prefixLen > stop - r.i) throw INVALID;
          for (let k = 0; k < prefixLen; k++) if (code[r.i + k] >= prefixLen) throw INVALID;
          r.i += prefixLen;
        }
        if ((flags & INFO_CHARSET) !== 0) {
          validateCharset(code, r.i, stop - 1);
          if (code[stop - 1] !== OP_FAILURE) throw INVALID;
          r.i = stop;
        } else if (r.i !== stop) {
          throw INVALID;
        }
        break;
      }
      case OP_BRANCH: {
        // Every alternative ends with a JUMP, and all JUMPs land at the same place: the end.
        let target = -1;
        for (;;) {
          const skip = getSkip(r, end);
          if (skip === 0) break;
          if (skip < 3) throw INVALID;
          if (validateInner(code, r.i, r.i + skip - 3, groups)) throw INVALID;
          r.i += skip - 3;
          if (getWord(r, end) !== OP_JUMP) throw INVALID;
          const jskip = getSkip(r, end);
          const to = r.i + jskip - 1;
          if (target < 0) target = to;
          else if (to !== target) throw INVALID;
        }
        if (r.i !== target) throw INVALID;
        break;
      }
      case OP_REPEAT_ONE:
      case OP_MIN_REPEAT_ONE:
      case OP_POSSESSIVE_REPEAT_ONE: {
        const skip = getSkip(r, end);
        const min = getWord(r, end);
        const max = getWord(r, end);
        if (min > max || max > MAXREPEAT || skip < 4) throw INVALID;
        if (validateInner(code, r.i, r.i + skip - 4, groups)) throw INVALID;
        r.i += skip - 4;
        if (getWord(r, end) !== OP_SUCCESS) throw INVALID;
        break;
      }
      case OP_REPEAT:
      case OP_POSSESSIVE_REPEAT: {
        const skip = getSkip(r, end);
        const min = getWord(r, end);
        const max = getWord(r, end);
        if (min > max || max > MAXREPEAT || skip < 3) throw INVALID;
        if (validateInner(code, r.i, r.i + skip - 3, groups)) throw INVALID;
        r.i += skip - 3;
        const last = getWord(r, end);
        if (op === OP_POSSESSIVE_REPEAT) {
          if (last !== OP_SUCCESS) throw INVALID;
        } else if (last !== OP_MAX_UNTIL && last !== OP_MIN_UNTIL) {
          throw INVALID;
        }
        break;
      }
      case OP_ATOMIC_GROUP: {
        const skip = getSkip(r, end);
        if (skip < 2) throw INVALID;
        if (validateInner(code, r.i, r.i + skip - 2, groups)) throw INVALID;
        r.i += skip - 2;
        if (getWord(r, end) !== OP_SUCCESS) throw INVALID;
        break;
      }
      case OP_GROUPREF:
      case OP_GROUPREF_IGNORE:
      case OP_GROUPREF_UNI_IGNORE:
      case OP_GROUPREF_LOC_IGNORE:
        if (getWord(r, end) >= groups) throw INVALID;
        break;
      case OP_GROUPREF_EXISTS: {
        // <GROUPREF_EXISTS> <group> <skip> then-part [<JUMP> <skip> else-part]; the skip counts from
        // the group word. A then-part ending in JUMP means there is an else-part after it.
        if (getWord(r, end) >= groups) throw INVALID;
        const skip = getSkip(r, end, 1);
        r.i--;
        if (skip < 2) throw INVALID;
        if (validateInner(code, r.i + 1, r.i + skip - 1, groups)) {
          r.i += skip - 2;
          const elseSkip = getSkip(r, end);
          if (elseSkip < 1) throw INVALID;
          if (validateInner(code, r.i, r.i + elseSkip - 1, groups)) throw INVALID;
          r.i += elseSkip - 1;
        } else {
          r.i += skip - 1;
        }
        break;
      }
      case OP_ASSERT:
      case OP_ASSERT_NOT: {
        const skip = getSkip(r, end);
        getWord(r, end); // 0 for a lookahead, the width for a lookbehind
        r.i--;
        if (skip < 2) throw INVALID;
        if (validateInner(code, r.i + 1, r.i + skip - 2, groups)) throw INVALID;
        r.i += skip - 2;
        if (getWord(r, end) !== OP_SUCCESS) throw INVALID;
        break;
      }
      case OP_JUMP:
        if (r.i + 1 !== end) throw INVALID;
        return true;
      default:
        throw INVALID;
    }
  }
  return false;
}

/** _validate: is this a well-formed program for a pattern with `groups` groups? */
export function validateCode(code: Uint32Array, groups: number): boolean {
  const n = code.length;
  if (groups < 0 || groups > MAXGROUPS || n === 0 || code[n - 1] !== OP_SUCCESS) return false;
  try {
    validateInner(code, 0, n - 1, groups);
    return true;
  } catch (e) {
    if (e === INVALID) return false;
    throw e;
  }
}
