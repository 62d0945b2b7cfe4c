// A line-based unified diff of two texts, for failure reports of the differential tests.
//
// Only for humans reading a test failure: it must be correct (every line shown as equal is equal) but
// need not be minimal on huge inputs. Common prefix and suffix are trimmed first; the differing middle
// is diffed by LCS when small enough, otherwise shown as one removed block and one added block.

const CONTEXT = 3;
const LCS_CELL_LIMIT = 4_000_000;

type Op = { kind: ' ' | '-' | '+'; line: string; a: number; b: number };

function splitLines(text: string): string[] {
  const lines = text.split('\n');
  // "a\nb\n" is two lines; a missing final newline is shown as CPython's diff does.
  if (lines[lines.length - 1] === '') lines.pop();
  else if (lines.length > 0) lines[lines.length - 1] += '\n\\ No newline at end of text';
  return lines;
}

function diffOps(a: string[], b: string[]): Op[] {
  let pre = 0;
  while (pre < a.length && pre < b.length && a[pre] === b[pre]) pre++;
  let suf = 0;
  while (suf < a.length - pre && suf < b.length - pre && a[a.length - 1 - suf] === b[b.length - 1 - suf]) suf++;
  const ops: Op[] = [];
  for (let i = 0; i < pre; i++) ops.push({ kind: ' ', line: a[i]!, a: i, b: i });
  const am = a.slice(pre, a.length - suf);
  const bm = b.slice(pre, b.length - suf);
  if (am.length * bm.length <= LCS_CELL_LIMIT) {
    // lcs[i][j] = length of the LCS of am[i:] and bm[j:], in one flat array.
    const w = bm.length + 1;
    const lcs = new Uint32Array((am.length + 1) * w);
    for (let i = am.length - 1; i >= 0; i--) {
      for (let j = bm.length - 1; j >= 0; j--) {
        lcs[i * w + j] = am[i] === bm[j] ? lcs[(i + 1) * w + j + 1]! + 1 : Math.max(lcs[(i + 1) * w + j]!, lcs[i * w + j + 1]!);
      }
    }
    let i = 0;
    let j = 0;
    while (i < am.length || j < bm.length) {
      if (i < am.length && j < bm.length && am[i] === bm[j]) {
        ops.push({ kind: ' ', line: am[i]!, a: pre + i, b: pre + j });
        i++;
        j++;
      } else if (j < bm.length && (i === am.length || lcs[i * w + j + 1]! >= lcs[(i + 1) * w + j]!)) {
        ops.push({ kind: '+', line: bm[j]!, a: pre + i, b: pre + j });
        j++;
      } else {
        ops.push({ kind: '-', line: am[i]!, a: pre + i, b: pre + j });
        i++;
      }
    }
  } else {
    am.forEach((line, i) => ops.push({ kind: '-', line, a: pre + i, b: pre + bm.length }));
    bm.forEach((line, j) => ops.push({ kind: '+', line, a: pre + am.length, b: pre + j }));
  }
  for (let k = 0; k < suf; k++) {
    const ai = a.length - suf + k;
    const bi = b.length - suf + k;
    ops.push({ kind: ' ', line: a[ai]!, a: ai, b: bi });
  }
  // Within each run of changes, show removals before additions, as diff tools do.
  const out: Op[] = [];
  for (let k = 0; k < ops.length; ) {
    if (ops[k]!.kind === ' ') {
      out.push(ops[k++]!);
      continue;
    }
    const start = k;
    while (k < ops.length && ops[k]!.kind !== ' ') k++;
    const run = ops.slice(start, k);
    for (const op of run) if (op.kind === '-') out.push(op);
    for (const op of run) if (op.kind === '+') out.push(op);
  }
  return out;
}

/**
 * A unified diff from `expected` to `actual` (labelled), or '' when they are equal. Hunk headers use
 * 1-based line numbers.
 */
export function unifiedDiff(expected: string, actual: string, expectedLabel: string, actualLabel: string): string {
  if (expected === actual) return '';
  const ops = diffOps(splitLines(expected), splitLines(actual));
  const out = [`--- ${expectedLabel}`, `+++ ${actualLabel}`];
  let k = 0;
  while (k < ops.length) {
    while (k < ops.length && ops[k]!.kind === ' ') k++;
    if (k === ops.length) break;
    // A hunk: CONTEXT equal lines around changes, merging changes closer than 2*CONTEXT.
    const start = Math.max(0, k - CONTEXT);
    let end = k;
    for (;;) {
      while (end < ops.length && ops[end]!.kind !== ' ') end++;
      let eq = end;
      while (eq < ops.length && ops[eq]!.kind === ' ') eq++;
      if (eq < ops.length && eq - end <= 2 * CONTEXT) end = eq;
      else {
        end = Math.min(ops.length, end + CONTEXT);
        break;
      }
    }
    const hunk = ops.slice(start, end);
    const aCount = hunk.filter((o) => o.kind !== '+').length;
    const bCount = hunk.filter((o) => o.kind !== '-').length;
    const aStart = hunk[0]!.a + (aCount > 0 ? 1 : 0);
    const bStart = hunk[0]!.b + (bCount > 0 ? 1 : 0);
    out.push(`@@ -${aStart},${aCount} +${bStart},${bCount} @@`);
    for (const o of hunk) out.push(o.kind + o.line);
    k = end;
  }
  return out.join('\n');
}

/** The first line where two texts differ (1-based), with both versions; null when equal. */
export function firstDifference(expected: string, actual: string): { line: number; expected: string | null; actual: string | null; column: number } | null {
  if (expected === actual) return null;
  const a = expected.split('\n');
  const b = actual.split('\n');
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const ea = i < a.length ? a[i]! : null;
  const eb = i < b.length ? b[i]! : null;
  let col = 0;
  if (ea !== null && eb !== null) while (col < ea.length && col < eb.length && ea[col] === eb[col]) col++;
  return { line: i + 1, expected: ea, actual: eb, column: col + 1 };
}
