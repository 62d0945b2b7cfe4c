// Generates vm/modules/unicodedata/ucd_data.ts: CPython 3.14's own Unicode database (unicodedata and
// unicodedata.ucd_3_2_0, as pyodide's CPython reports them) in a compact text form that
// vm/modules/unicodedata/tables.ts decodes. Run: node scripts/gen-unicodedata.mjs
//
// Name aliases and named sequences are not enumerable from Python; they are read from the UCD text
// files of Debian's `unicode-data` package (/usr/share/unicode) and every entry is checked against
// CPython's unicodedata.lookup, so only what CPython accepts is kept. Must not be imported by the VM.

import { loadPyodide } from 'pyodide';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const OUT = fileURLToPath(new URL('../vm/modules/unicodedata/ucd_data.ts', import.meta.url));
const UCD_DIR = process.env.UCD_DIR ?? '/usr/share/unicode';

// ---- the varint alphabet shared with tables.ts: printable ASCII without '"' and '\' ----
const ALPHABET = [];
for (let c = 0x21; c < 0x7f; c++) if (c !== 0x22 && c !== 0x5c) ALPHABET.push(String.fromCharCode(c));
const BASE = 46; // ALPHABET[0..45] end a number, ALPHABET[46..91] continue it
if (ALPHABET.length !== 2 * BASE) throw new Error('alphabet size');

function varint(n) {
  if (!Number.isInteger(n) || n < 0) throw new Error(`bad varint ${n}`);
  const t = ALPHABET[n % BASE];
  n = Math.floor(n / BASE);
  const cont = [];
  while (n > 0) {
    n -= 1;
    cont.push(ALPHABET[BASE + (n % BASE)]);
    n = Math.floor(n / BASE);
  }
  return cont.reverse().join('') + t;
}
const enc = (nums) => nums.map(varint).join('');

function readUcdFile(name) {
  const path = `${UCD_DIR}/${name}`;
  if (!existsSync(path)) throw new Error(`${path} missing: apt-get install unicode-data`);
  const rows = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const t = line.replace(/#.*/, '').trim();
    if (t) rows.push(t.split(';').map((s) => s.trim()));
  }
  return rows;
}

const aliasRows = readUcdFile('NameAliases.txt').map(([cp, name]) => [parseInt(cp, 16), name]);
const seqRows = readUcdFile('NamedSequences.txt').map(([name, cps]) => [name, cps.split(' ').map((h) => parseInt(h, 16))]);

const py = await loadPyodide();
py.globals.set('ALIASES_JSON', JSON.stringify(aliasRows));
py.globals.set('SEQS_JSON', JSON.stringify(seqRows));
const json = py.runPython(String.raw`
import unicodedata as U, json, re
O = U.ucd_3_2_0

def rec(db, c):
    n = db.numeric(c, None)
    return '%s,%s,%d,%s,%d,%s,%s,%s' % (db.category(c), db.bidirectional(c), db.combining(c),
        db.east_asian_width(c), db.mirrored(c), '' if db.decimal(c, None) is None else db.decimal(c),
        '' if db.digit(c, None) is None else db.digit(c), '' if n is None else repr(n))

def runs(db):
    table, index, out = [], {}, []
    prev, length = None, 0
    for cp in range(0x110000):
        r = rec(db, chr(cp))
        if r != prev:
            if prev is not None:
                out.append((length, index[prev]))
            if r not in index:
                index[r] = len(table); table.append(r)
            prev, length = r, 0
        length += 1
    out.append((length, index[prev]))
    return table, out

cur_table, cur_runs = runs(U)
old_table, old_runs = runs(O)

decomp = []
old_decomp = []
for cp in range(0x110000):
    c = chr(cp)
    d = U.decomposition(c)
    if d: decomp.append((cp, d))
    od = O.decomposition(c)
    if od != d:
        assert od == '', (cp, od, d)
        old_decomp.append(cp)

excluded = []
for cp, d in decomp:
    if not d.startswith('<') and len(d.split()) == 2 and U.normalize('NFC', chr(cp)) != chr(cp):
        excluded.append(cp)

names = {}
old_unnamed = []
for cp in range(0x110000):
    n = U.name(chr(cp), None)
    o = O.name(chr(cp), None)
    if n is not None: names[cp] = n
    if o != n:
        assert o is None, (cp, o, n)
        old_unnamed.append(cp)

# The 3.2 normalization corrections: canonical decompositions that ucd_3_2_0 maps differently.
corrections = []
for cp, d in decomp:
    if d.startswith('<'): continue
    a = U.normalize('NFD', chr(cp)); b = O.normalize('NFD', chr(cp))
    if a != b and cp not in old_decomp:
        corrections.append((cp, [ord(x) for x in b]))

aliases = []
for cp, name in json.loads(ALIASES_JSON):
    try:
        if U.lookup(name) == chr(cp): aliases.append((cp, name))
    except KeyError:
        pass
seqs = []
for name, cps in json.loads(SEQS_JSON):
    try:
        if U.lookup(name) == ''.join(map(chr, cps)): seqs.append((name, cps))
    except KeyError:
        pass

json.dumps(dict(version=U.unidata_version, old_version=O.unidata_version, cur_table=cur_table, cur_runs=cur_runs,
    old_table=old_table, old_runs=old_runs, decomp=decomp, old_decomp=old_decomp, excluded=excluded,
    names=sorted(names.items()), old_unnamed=old_unnamed, corrections=corrections, aliases=aliases, seqs=seqs))
`);
const data = JSON.parse(json);

// ---- algorithmic names: a prefix followed by the code point in hex, over contiguous ranges ----
const ranges = [];
const explicit = [];
const HEXNAME = /^(.*-)([0-9A-F]{4,6})$/;
for (const [cp, name] of data.names) {
  const m = HEXNAME.exec(name);
  if (m && parseInt(m[2], 16) === cp && m[2] === cp.toString(16).toUpperCase().padStart(4, '0')) {
    const last = ranges[ranges.length - 1];
    if (last && last.prefix === m[1] && last.end === cp - 1) last.end = cp;
    else ranges.push({ start: cp, end: cp, prefix: m[1] });
    continue;
  }
  if (cp >= 0xac00 && cp <= 0xd7a3 && name.startsWith('HANGUL SYLLABLE ')) continue; // computed
  explicit.push([cp, name]);
}
const hangul = data.names.filter(([cp]) => cp >= 0xac00 && cp <= 0xd7a3).length;
if (hangul !== 11172) throw new Error(`hangul names: ${hangul}`);

// ---- names: words by frequency, each name a list of word indices ----
const freq = new Map();
for (const [, name] of explicit) for (const w of name.split(' ')) freq.set(w, (freq.get(w) ?? 0) + 1);
const words = [...freq.keys()].sort((a, b) => freq.get(b) - freq.get(a) || (a < b ? -1 : 1));
const wordIndex = new Map(words.map((w, i) => [w, i]));
let prev = -1;
const nameParts = [];
for (const [cp, name] of explicit) {
  const ws = name.split(' ');
  nameParts.push(enc([cp - prev - 1, ws.length - 1, ...ws.map((w) => wordIndex.get(w))]));
  prev = cp;
}

// ---- property runs ----
const runsText = (runs) => enc(runs.flatMap(([len, rec]) => [len - 1, rec]));

// ---- decompositions ----
const tags = [''];
prev = -1;
const decompParts = [];
for (const [cp, d] of data.decomp) {
  const parts = d.split(' ');
  let tag = '';
  if (parts[0].startsWith('<')) tag = parts.shift();
  if (!tags.includes(tag)) tags.push(tag);
  decompParts.push(enc([cp - prev - 1, tags.indexOf(tag), parts.length - 1, ...parts.map((h) => parseInt(h, 16))]));
  prev = cp;
}

function deltas(cps) {
  let p = -1;
  return enc(cps.map((cp) => { const d = cp - p - 1; p = cp; return d; }));
}

/** Sorted code points as (gap, run length - 1) pairs. */
function rangesOf(cps) {
  const out = [];
  let p = -1;
  for (let i = 0; i < cps.length; ) {
    let j = i;
    while (j + 1 < cps.length && cps[j + 1] === cps[j] + 1) j++;
    out.push(cps[i] - p - 1, j - i);
    p = cps[j];
    i = j + 1;
  }
  return enc(out);
}

const sections = [
  `${data.version};${data.old_version}`,
  data.cur_table.join(';'),
  runsText(data.cur_runs),
  data.old_table.join(';'),
  runsText(data.old_runs),
  tags.join(';'),
  decompParts.join(''),
  rangesOf(data.old_decomp),
  deltas(data.excluded),
  words.join(' '),
  nameParts.join(''),
  ranges.map((r) => `${r.start.toString(16)},${r.end.toString(16)},${r.prefix}`).join(';'),
  rangesOf(data.old_unnamed),
  data.aliases.map(([cp, n]) => `${cp.toString(16)},${n}`).join(';'),
  data.seqs.map(([n, cps]) => `${n},${cps.map((c) => c.toString(16)).join(' ')}`).join(';'),
  data.corrections.map(([cp, to]) => `${cp.toString(16)},${to.map((c) => c.toString(16)).join(' ')}`).join(';'),
];
for (const s of sections) if (s.includes('"') || s.includes('\\') || s.includes('\n')) throw new Error('unsafe section');

const LABELS = [
  'versions', 'records', 'record runs', 'records (3.2.0)', 'record runs (3.2.0)', 'decomposition tags',
  'decompositions', 'unassigned in 3.2.0 with a decomposition now', 'composition exclusions', 'name words',
  'names', 'algorithmic name ranges', 'unnamed in 3.2.0', 'name aliases', 'named sequences',
  '3.2.0 normalization corrections',
];
let out = `// GENERATED by scripts/gen-unicodedata.mjs from CPython ${data.version} unicodedata (pyodide); do not edit.
// The Unicode database in the compact text form tables.ts decodes. Not imported at start-up: the
// unicodedata module reads this file's text through the host on first use (see data_source.ts).
// Every section is one string literal without quotes or backslashes, in this order.

export const UCD_SECTIONS: readonly string[] = [\n`;
sections.forEach((s, i) => { out += `  // ${LABELS[i]}\n  "${s}",\n`; });
out += '];\n';
writeFileSync(OUT, out);
console.log(`wrote ${OUT}: ${out.length} bytes; ${explicit.length} names, ${words.length} words, ${ranges.length} algorithmic ranges, ` +
  `${data.aliases.length}/${aliasRows.length} aliases, ${data.seqs.length}/${seqRows.length} sequences, ${data.corrections.length} corrections, ` +
  `${data.cur_table.length}/${data.cur_runs.length} records/runs, ${data.old_table.length}/${data.old_runs.length} old`);
sections.forEach((s, i) => console.log(`  ${LABELS[i]}: ${s.length}`));
