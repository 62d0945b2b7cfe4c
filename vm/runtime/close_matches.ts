// difflib.get_close_matches for the traceback printer's keyword hints (vm/runtime/keyword_typos.ts):
// the possibilities whose SequenceMatcher ratio with the word reaches the cutoff, best first (equal
// scores: the greater string first, as heapq.nlargest orders (score, string) pairs).
//
// A leaf module: strings in, strings out. The ratio follows difflib's definition (matching blocks
// found by repeatedly taking the longest match, earliest in the possibility, then earliest in the
// word). difflib's junk heuristic (autojunk) starts at 200 characters in the word, and is left out:
// the only possibilities passed are the keywords, against which so long a word cannot reach the cutoff.

/** 2 * matches / total length, from the longest-match blocks of a (possibility) and b (the word). */
function ratio(a: string[], b: string[], b2j: Map<string, number[]>): number {
  let matches = 0;
  const queue: [number, number, number, number][] = [[0, a.length, 0, b.length]];
  while (queue.length > 0) {
    const [alo, ahi, blo, bhi] = queue.pop()!;
    let besti = alo;
    let bestj = blo;
    let bestsize = 0;
    let j2len = new Map<number, number>();
    for (let i = alo; i < ahi; i++) {
      const next = new Map<number, number>();
      for (const j of b2j.get(a[i]) ?? []) {
        if (j < blo) continue;
        if (j >= bhi) break;
        const k = (j2len.get(j - 1) ?? 0) + 1;
        next.set(j, k);
        if (k > bestsize) {
          besti = i - k + 1;
          bestj = j - k + 1;
          bestsize = k;
        }
      }
      j2len = next;
    }
    if (bestsize === 0) continue;
    matches += bestsize;
    if (alo < besti && blo < bestj) queue.push([alo, besti, blo, bestj]);
    if (besti + bestsize < ahi && bestj + bestsize < bhi) queue.push([besti + bestsize, ahi, bestj + bestsize, bhi]);
  }
  const total = a.length + b.length;
  return total === 0 ? 1 : (2 * matches) / total;
}

/** The multiset-intersection bound difflib checks first (quick_ratio). */
function quickRatio(a: string[], b: string[]): number {
  const counts = new Map<string, number>();
  for (const c of b) counts.set(c, (counts.get(c) ?? 0) + 1);
  let matches = 0;
  for (const c of a) {
    const n = counts.get(c) ?? 0;
    if (n > 0) matches++;
    counts.set(c, n - 1);
  }
  const total = a.length + b.length;
  return total === 0 ? 1 : (2 * matches) / total;
}

/** difflib.get_close_matches(word, possibilities, n, cutoff). */
export function getCloseMatches(word: string, possibilities: readonly string[], n: number, cutoff: number): string[] {
  const b = Array.from(word);
  const b2j = new Map<string, number[]>();
  b.forEach((c, j) => {
    const list = b2j.get(c);
    if (list === undefined) b2j.set(c, [j]);
    else list.push(j);
  });
  const scored: [number, string][] = [];
  for (const x of possibilities) {
    const a = Array.from(x);
    const total = a.length + b.length;
    const realQuick = total === 0 ? 1 : (2 * Math.min(a.length, b.length)) / total;
    if (realQuick >= cutoff && quickRatio(a, b) >= cutoff) {
      const r = ratio(a, b, b2j);
      if (r >= cutoff) scored.push([r, x]);
    }
  }
  scored.sort((p, q) => (p[0] !== q[0] ? q[0] - p[0] : p[1] < q[1] ? 1 : p[1] > q[1] ? -1 : 0));
  return scored.slice(0, n).map((p) => p[1]);
}
