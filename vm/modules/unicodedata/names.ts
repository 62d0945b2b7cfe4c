// Character names for unicodedata.name() and unicodedata.lookup(): the explicit names of the
// database, the algorithmic ones (Hangul syllables from their jamo; CJK ideographs, Egyptian
// hieroglyphs and others as a prefix and the code point in hex), name aliases and named sequences.
//
// Matching follows CPython: lookup() ignores ASCII case, except for "HANGUL SYLLABLE " and
// "CJK UNIFIED IDEOGRAPH-" names, which must be written in capitals; ucd_3_2_0 knows no aliases and
// no named sequences. Nothing here raises: callers turn a null into KeyError/ValueError.

import type { UcdTables, NameRange } from './tables.js';

const S_BASE = 0xac00;
const L_COUNT = 19;
const V_COUNT = 21;
const T_COUNT = 28;
const N_COUNT = V_COUNT * T_COUNT;
const S_COUNT = L_COUNT * N_COUNT;

/** Jamo short names (Unicode's Jamo.txt), in index order. */
const JAMO_L = ['G', 'GG', 'N', 'D', 'DD', 'R', 'M', 'B', 'BB', 'S', 'SS', '', 'J', 'JJ', 'C', 'K', 'T', 'P', 'H'];
const JAMO_V = ['A', 'AE', 'YA', 'YAE', 'EO', 'E', 'YEO', 'YE', 'O', 'WA', 'WAE', 'OE', 'YO', 'U', 'WEO', 'WE', 'WI', 'YU', 'EU', 'YI', 'I'];
const JAMO_T = ['', 'G', 'GG', 'GS', 'N', 'NJ', 'NH', 'D', 'L', 'LG', 'LM', 'LB', 'LS', 'LT', 'LP', 'LH', 'M', 'B', 'BS', 'S', 'SS', 'NG', 'J', 'C', 'K', 'T', 'P', 'H'];

const HANGUL_PREFIX = 'HANGUL SYLLABLE ';
const CJK_PREFIX = 'CJK UNIFIED IDEOGRAPH-';

function hexName(prefix: string, cp: number): string {
  return prefix + cp.toString(16).toUpperCase().padStart(4, '0');
}

function rangeOf(ranges: NameRange[], cp: number): NameRange | undefined {
  for (const r of ranges) if (cp >= r.start && cp <= r.end) return r;
  return undefined;
}

/** The name of a code point in the current database or in ucd_3_2_0, or null. */
export function characterName(t: UcdTables, cp: number, old: boolean): string | null {
  if (old && t.oldUnnamed(cp)) return null;
  if (cp >= S_BASE && cp < S_BASE + S_COUNT) {
    const s = cp - S_BASE;
    return HANGUL_PREFIX + JAMO_L[Math.floor(s / N_COUNT)] + JAMO_V[Math.floor((s % N_COUNT) / T_COUNT)] + JAMO_T[s % T_COUNT];
  }
  const r = rangeOf(t.nameRanges(), cp);
  if (r !== undefined) return hexName(r.prefix, cp);
  return t.names().get(cp) ?? null;
}

/** The longest jamo short name of `table` at `pos` (an empty name matches when nothing longer does). */
function jamoAt(name: string, pos: number, table: string[]): [number, number] {
  let best = -1;
  let len = -1;
  for (let i = 0; i < table.length; i++) {
    const j = table[i];
    if (j.length > len && name.startsWith(j, pos)) {
      best = i;
      len = j.length;
    }
  }
  return [best, len];
}

function hangulCode(name: string): number {
  let pos = HANGUL_PREFIX.length;
  const [l, ll] = jamoAt(name, pos, JAMO_L);
  if (l < 0) return -1;
  pos += ll;
  const [v, vl] = jamoAt(name, pos, JAMO_V);
  if (v < 0) return -1;
  pos += vl;
  const [tt, tl] = jamoAt(name, pos, JAMO_T);
  if (tt < 0) return -1;
  pos += tl;
  if (pos !== name.length) return -1;
  return S_BASE + (l * V_COUNT + v) * T_COUNT + tt;
}

function cjkCode(t: UcdTables, name: string): number {
  const digits = name.slice(CJK_PREFIX.length);
  if (digits.length !== 4 && digits.length !== 5) return -1;
  let v = 0;
  for (let i = 0; i < digits.length; i++) {
    const c = digits.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) v = v * 16 + (c - 0x30);
    else if (c >= 0x41 && c <= 0x46) v = v * 16 + (c - 0x41 + 10);
    else return -1;
  }
  const r = rangeOf(t.nameRanges(), v);
  return r !== undefined && r.prefix === CJK_PREFIX ? v : -1;
}

interface NameIndex {
  names: Map<string, number>;
  aliases: Map<string, number>;
  sequences: Map<string, string>;
}

const indexes = new WeakMap<UcdTables, NameIndex>();

function nameIndex(t: UcdTables): NameIndex {
  let ix = indexes.get(t);
  if (ix === undefined) {
    const names = new Map<string, number>();
    for (const [cp, n] of t.names()) names.set(n, cp);
    const aliases = new Map<string, number>();
    for (const [n, cp] of t.aliases()) aliases.set(n, cp);
    const sequences = new Map<string, string>();
    for (const [n, cps] of t.sequences()) sequences.set(n, String.fromCodePoint(...cps));
    ix = { names, aliases, sequences };
    indexes.set(t, ix);
  }
  return ix;
}

function asciiUpper(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out += c >= 0x61 && c <= 0x7a ? String.fromCharCode(c - 32) : s[i];
  }
  return out;
}

/** What lookup() finds for a name: the character or named sequence, or null. */
export function lookupName(t: UcdTables, name: string, old: boolean, sequences = true): string | null {
  if (name.startsWith(HANGUL_PREFIX)) {
    const cp = hangulCode(name);
    if (cp >= 0) return String.fromCodePoint(cp);
  }
  if (name.startsWith(CJK_PREFIX)) {
    const cp = cjkCode(t, name);
    if (cp >= 0) return String.fromCodePoint(cp);
    return null;
  }
  const upper = asciiUpper(name);
  const ix = nameIndex(t);
  const cp = ix.names.get(upper);
  if (cp !== undefined) return String.fromCodePoint(cp);
  // The other algorithmic ranges are matched like explicit names: the exact name, any ASCII case.
  for (const r of t.nameRanges()) {
    if (r.prefix === CJK_PREFIX || !upper.startsWith(r.prefix)) continue;
    const v = parseInt(upper.slice(r.prefix.length), 16);
    if (v >= r.start && v <= r.end && hexName(r.prefix, v) === upper) return String.fromCodePoint(v);
  }
  if (old) return null;
  const alias = ix.aliases.get(upper);
  if (alias !== undefined) return String.fromCodePoint(alias);
  return sequences ? ix.sequences.get(upper) ?? null : null;
}
