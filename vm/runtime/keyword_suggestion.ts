// The "Did you mean 'x'?" that CPython 3.14 puts into the TypeError of a call with an unknown keyword
// argument (Python/ceval.c for Python functions, Python/getargs.c for C functions): the closest of
// the parameter names that may be passed by keyword, chosen by _Py_CalculateSuggestions's rules
// (Python/suggestions.c): a Levenshtein distance over UTF-8 bytes where an ASCII case flip costs 1
// and any other edit 2, at most a third of the bytes involved edited, the first of equally close ones.
//
// A leaf module on purpose: the argument binders of every call (native.ts, arguments.ts) import it,
// so it must not import the object model. The distance kernel is also the one of the traceback
// printer's hints (vm/runtime/suggestions.ts). Must stay cheap: it only runs on the error path.

/** The cost of inserting, deleting or replacing a byte (a case flip of an ASCII letter costs 1). */
export const MOVE_COST = 2;
const CASE_COST = 1;
const MAX_STRING_SIZE = 40;
export const MAX_CANDIDATE_ITEMS = 750;

const utf8 = new TextEncoder();
const costRow: number[] = new Array<number>(MAX_STRING_SIZE).fill(0);

function hasLoneSurrogate(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
      else return true;
    } else if (c >= 0xdc00 && c <= 0xdfff) {
      return true;
    }
  }
  return false;
}

function byteCost(x: number, y: number): number {
  if (x === y) return 0;
  const lx = x >= 65 && x <= 90 ? x + 32 : x;
  const ly = y >= 65 && y <= 90 ? y + 32 : y;
  return lx === ly ? CASE_COST : MOVE_COST;
}

/**
 * Levenshtein distance between two UTF-8 byte strings with those costs, or any value above `limit` once
 * it is sure to exceed it (names past MAX_STRING_SIZE bytes, after common ends, always exceed it).
 */
export function levenshteinDistance(a: Uint8Array, b: Uint8Array, limit: number): number {
  let lo = 0;
  let aHi = a.length;
  let bHi = b.length;
  while (lo < aHi && lo < bHi && a[lo] === b[lo]) lo++;
  while (aHi > lo && bHi > lo && a[aHi - 1] === b[bHi - 1]) {
    aHi--;
    bHi--;
  }
  let short = a.subarray(lo, aHi);
  let long = b.subarray(lo, bHi);
  if (short.length === 0 || long.length === 0) return (short.length + long.length) * MOVE_COST;
  if (short.length > MAX_STRING_SIZE || long.length > MAX_STRING_SIZE) return limit + 1;
  if (long.length < short.length) [short, long] = [long, short];
  if ((long.length - short.length) * MOVE_COST > limit) return limit + 1;
  for (let i = 0; i < short.length; i++) costRow[i] = (i + 1) * MOVE_COST;
  let cell = 0;
  for (let j = 0; j < long.length; j++) {
    const code = long[j];
    let diagonal = j * MOVE_COST;
    cell = diagonal;
    let rowMin = Infinity;
    for (let i = 0; i < short.length; i++) {
      const substitute = diagonal + byteCost(code, short[i]);
      diagonal = costRow[i];
      cell = Math.min(Math.min(cell, diagonal) + MOVE_COST, substitute);
      costRow[i] = cell;
      if (cell < rowMin) rowMin = cell;
    }
    if (rowMin > limit) return limit + 1;
  }
  return cell;
}

/** The candidate closest to `name`, or null (also when a name cannot be UTF-8 encoded, as in CPython). */
export function closestKeyword(candidates: readonly string[], name: string): string | null {
  if (candidates.length === 0 || candidates.length >= MAX_CANDIDATE_ITEMS || hasLoneSurrogate(name)) return null;
  const nameBytes = utf8.encode(name);
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const item of candidates) {
    if (item === name || hasLoneSurrogate(item)) continue;
    const itemBytes = utf8.encode(item);
    const limit = Math.min(Math.floor(((nameBytes.length + itemBytes.length + 3) * MOVE_COST) / 6), bestDistance - 1);
    const d = levenshteinDistance(nameBytes, itemBytes, limit);
    if (d > limit) continue;
    if (best === null || d < bestDistance) {
      best = item;
      bestDistance = d;
    }
  }
  return best;
}

/**
 * CPython's message for an unknown keyword argument: `<fname>() got an unexpected keyword argument
 * 'key'`, followed by ". Did you mean 'x'?" when a keyword parameter name is close enough. `fname`
 * comes with its parentheses ("f()", or "this function" where CPython has no name).
 */
export function unexpectedKeywordMessage(fname: string, key: string, keywordNames: readonly string[]): string {
  const suggestion = closestKeyword(keywordNames, key);
  const base = `${fname} got an unexpected keyword argument '${key}'`;
  return suggestion === null ? base : `${base}. Did you mean '${suggestion}'?`;
}
