// The one str pyrewind cannot represent, and the checks that refuse to make it.
//
// A Python str is a JS string (UTF-16), read by code point. A Python str may hold lone surrogates, and
// all of them are representable except one arrangement: a lone high surrogate directly followed by a
// lone low surrogate ('\ud83d\ude00' written as two escapes, chr(0xd83d) + chr(0xde00)). In UTF-16
// those two units are a surrogate pair, i.e. one astral character (U+1F600), so len() would say 1 where
// CPython says 2. Rather than give such silently wrong results, the places that can put the two side by
// side raise NotImplementedError naming the limitation. Only a join can make the pair: a high surrogate
// at the end of one piece meeting a low surrogate at the start of the next (each is then lone in its own
// piece), so checking the seam is exact, with no false alarms.
//
// The seam test reads the right piece's first unit by comparing strings (which V8 does without
// flattening a rope, unlike charCodeAt), and the left piece's last unit only when that first unit is a
// low surrogate, so concatenation stays O(1) extra in every case.

import { newException, PyBaseException } from './exceptions.js';

function hex(u: number): string {
  return u.toString(16).toUpperCase().padStart(4, '0');
}

/** The error for a lone high surrogate `high` followed by a lone low surrogate `low`. */
export function unrepresentableSurrogates(high: number, low: number): PyBaseException {
  const cp = 0x10000 + ((high - 0xd800) << 10) + (low - 0xdc00);
  return newException(
    'NotImplementedError',
    `pyrewind cannot represent a str holding the lone surrogates U+${hex(high)} U+${hex(low)} next to each ` +
      `other: its strs are JavaScript strings, which would read the two as the one character U+${hex(cp)}`,
  );
}

/** Whether `a + b` would fuse a lone high surrogate ending `a` with a lone low surrogate starting `b`. */
export function fusesAtSeam(a: string, b: string): boolean {
  // b's first unit is in [DC00, DFFF] exactly when '\udc00' <= b < '\ue000' (empty b is below).
  if (b < '\udc00' || b >= '\ue000') return false;
  const n = a.length;
  if (n === 0) return false;
  const h = a.charCodeAt(n - 1);
  return h >= 0xd800 && h <= 0xdbff;
}

/** Throws the limitation's error if `a + b` would fuse two lone surrogates. */
export function checkSeam(a: string, b: string): void {
  if (fusesAtSeam(a, b)) throw unrepresentableSurrogates(a.charCodeAt(a.length - 1), b.charCodeAt(0));
}

/** a + b for Python strs, refusing the one result a JS string cannot hold. */
export function concatStr(a: string, b: string): string {
  if (fusesAtSeam(a, b)) throw unrepresentableSurrogates(a.charCodeAt(a.length - 1), b.charCodeAt(0));
  return a + b;
}

/**
 * Checks every seam of pieces[0] + sep + pieces[1] + sep + ... before they are joined. An empty piece
 * is no barrier: its neighbours meet (['\ud800', '', '\udc00'] joined by ''), and so do two seps.
 */
export function checkJoinSeams(pieces: readonly string[], sep: string): void {
  const n = pieces.length;
  if (n < 2) return;
  if (sep.length === 0) {
    let left = pieces[0];
    for (let k = 1; k < n; k++) {
      const p = pieces[k];
      if (p.length === 0) continue;
      checkSeam(left, p);
      left = p;
    }
    return;
  }
  const sepStartsLow = !(sep < '\udc00' || sep >= '\ue000');
  const last = sep.charCodeAt(sep.length - 1);
  const sepEndsHigh = last >= 0xd800 && last <= 0xdbff;
  if (!sepStartsLow && !sepEndsHigh) return;
  const sepMeetsSep = sepStartsLow && sepEndsHigh;
  for (let k = 1; k < n; k++) {
    if (sepStartsLow) checkSeam(pieces[k - 1], sep);
    if (sepEndsHigh) checkSeam(sep, pieces[k]);
    // An empty piece between two seps puts the seps side by side.
    if (sepMeetsSep && k < n - 1 && pieces[k].length === 0) checkSeam(sep, sep);
  }
}
