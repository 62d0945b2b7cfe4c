// Unicode normalization (NFC, NFD, NFKC, NFKD) over the unicodedata tables, as CPython's
// unicodedata.normalize: full (compatibility) decomposition with Hangul decomposed algorithmically,
// canonical ordering by combining class, then canonical composition for the C forms. For ucd_3_2_0
// characters unassigned in Unicode 3.2 do not decompose and the 3.2 corrections apply.
//
// Works on arrays of code points; the module converts from and to Python strings. Nothing raises.

import type { UcdTables } from './tables.js';

const S_BASE = 0xac00;
const L_BASE = 0x1100;
const V_BASE = 0x1161;
const T_BASE = 0x11a7;
const L_COUNT = 19;
const V_COUNT = 21;
const T_COUNT = 28;
const N_COUNT = V_COUNT * T_COUNT;
const S_COUNT = L_COUNT * N_COUNT;

function decomposeInto(t: UcdTables, cp: number, compat: boolean, old: boolean, out: number[]): void {
  if (cp < 0xc0) {
    // Nothing below U+00C0 has a canonical decomposition; compatibility ones start at U+00A0.
    if (cp < 0xa0 || !compat) {
      out.push(cp);
      return;
    }
  }
  if (cp >= S_BASE && cp < S_BASE + S_COUNT) {
    const s = cp - S_BASE;
    out.push(L_BASE + Math.floor(s / N_COUNT), V_BASE + Math.floor((s % N_COUNT) / T_COUNT));
    if (s % T_COUNT !== 0) out.push(T_BASE + (s % T_COUNT));
    return;
  }
  if (old) {
    const corrected = t.correction(cp);
    if (corrected !== undefined) {
      for (const c of corrected) decomposeInto(t, c, compat, old, out);
      return;
    }
    if (t.oldHasNoDecomposition(cp)) {
      out.push(cp);
      return;
    }
  }
  const d = t.decomposition(cp);
  if (d === undefined || (d[0] !== 0 && !compat)) {
    out.push(cp);
    return;
  }
  for (let i = 1; i < d.length; i++) decomposeInto(t, d[i], compat, old, out);
}

/** NFD or NFKD of code points. */
export function decompose(t: UcdTables, cps: number[], compat: boolean, old: boolean): number[] {
  const out: number[] = [];
  for (const cp of cps) decomposeInto(t, cp, compat, old, out);
  // Canonical ordering: a stable insertion sort of each run of non-starters by combining class.
  const ccc = t.ccc;
  for (let i = 1; i < out.length; i++) {
    const c = out[i];
    const cc = ccc[c];
    if (cc === 0) continue;
    let j = i;
    while (j > 0) {
      const prevClass = ccc[out[j - 1]];
      if (prevClass <= cc) break;
      out[j] = out[j - 1];
      j--;
    }
    out[j] = c;
  }
  return out;
}

/** NFC or NFKC of code points: the decomposition, then canonical composition. */
export function compose(t: UcdTables, cps: number[], compat: boolean, old: boolean): number[] {
  const d = decompose(t, cps, compat, old);
  const n = d.length;
  const out: number[] = [];
  const used = new Uint8Array(n);
  const ccc = t.ccc;
  for (let i = 0; i < n; i++) {
    if (used[i]) continue;
    const c = d[i];
    // Hangul: a leading consonant and a vowel (and maybe a trailing consonant) make a syllable.
    if (c >= L_BASE && c < L_BASE + L_COUNT && i + 1 < n && d[i + 1] >= V_BASE && d[i + 1] < V_BASE + V_COUNT) {
      let s = S_BASE + ((c - L_BASE) * V_COUNT + (d[i + 1] - V_BASE)) * T_COUNT;
      i++;
      if (i + 1 < n && d[i + 1] > T_BASE && d[i + 1] < T_BASE + T_COUNT) {
        s += d[i + 1] - T_BASE;
        i++;
      }
      out.push(s);
      continue;
    }
    if (!t.isCompositionFirst(c)) {
      out.push(c);
      continue;
    }
    let starter = c;
    let lastClass = 0;
    for (let k = i + 1; k < n; k++) {
      if (used[k]) continue;
      const ck = d[k];
      const cls = ccc[ck];
      if (lastClass !== 0) {
        if (cls === 0) break;
        if (lastClass >= cls) continue; // blocked
      }
      const composite = t.compose(starter, ck);
      if (composite < 0) {
        if (cls === 0) break;
        lastClass = cls;
        continue;
      }
      starter = composite;
      used[k] = 1;
      if (!t.isCompositionFirst(starter)) break;
    }
    out.push(starter);
  }
  return out;
}

// ---- quick check --------------------------------------------------------------------------------

/** Per form (NFC, NFD, NFKC, NFKD): 0 not yet known, 1 the character never changes in that form, 2 it may. */
const inertCache: (Int8Array | null)[] = [null, null, null, null];

function secondOfPair(t: UcdTables, cp: number): boolean {
  // Hangul vowels and trailing consonants join the syllable before them.
  if ((cp >= V_BASE && cp < V_BASE + V_COUNT) || (cp > T_BASE && cp < T_BASE + T_COUNT)) return true;
  return t.isCompositionSecond(cp);
}

function computeInert(t: UcdTables, cp: number, form: number): boolean {
  if (t.ccc[cp] !== 0) return false;
  const compat = form >= 2;
  if ((form & 1) === 1) {
    const d = decompose(t, [cp], compat, false);
    return d.length === 1 && d[0] === cp;
  }
  if (secondOfPair(t, cp)) return false;
  const c = compose(t, [cp], compat, false);
  if (c.length !== 1 || c[0] !== cp) return false;
  // A composite stays unchanged unless its first part can join what precedes it.
  return !secondOfPair(t, decompose(t, [cp], compat, false)[0]);
}

/**
 * Whether a string (as code points) is certainly unchanged by a form of the current database: every
 * character is a starter that neither decomposes nor combines with what precedes it. False means
 * "run the algorithm", not "changes". Form numbers: 0 NFC, 1 NFD, 2 NFKC, 3 NFKD.
 */
export function quickUnchanged(t: UcdTables, cps: number[], form: number): boolean {
  const cache = (inertCache[form] ??= new Int8Array(0x110000));
  for (const cp of cps) {
    let v = cache[cp];
    if (v === 0) cache[cp] = v = computeInert(t, cp, form) ? 1 : 2;
    if (v !== 1) return false;
  }
  return true;
}
