// The unicodedata tables against CPython 3.14's own unicodedata (pyodide), for every code point:
// properties and names of both databases (16.0.0 and ucd_3_2_0), lookup of every name, and the four
// normalization forms of every single character and of random combining sequences.

import { beforeAll, describe, expect, it } from 'vitest';
import { loadPyodide } from 'pyodide';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { UCD_SECTIONS } from '../../vm/modules/unicodedata/ucd_data.js';
import { UcdTables } from '../../vm/modules/unicodedata/tables.js';
import { characterName, lookupName } from '../../vm/modules/unicodedata/names.js';
import { compose, decompose, quickUnchanged } from '../../vm/modules/unicodedata/normalize.js';

type Py = Awaited<ReturnType<typeof loadPyodide>>;
let py: Py;
const t = new UcdTables(UCD_SECTIONS);

function run(code: string): string {
  return py.runPython(code) as string;
}

beforeAll(async () => {
  py = await loadPyodide({ indexURL: `${dirname(createRequire(import.meta.url).resolve('pyodide/package.json'))}/` });
  py.runPython('import unicodedata as U, random\nO = U.ucd_3_2_0');
}, 60_000);

const PROPS: [string, (old: boolean, cp: number) => string][] = [
  ['category', (o, cp) => t.records(o).get(cp).category],
  ['bidirectional', (o, cp) => t.records(o).get(cp).bidirectional],
  ['combining', (o, cp) => String(t.records(o).get(cp).combining)],
  ['east_asian_width', (o, cp) => t.records(o).get(cp).eastAsianWidth],
  ['mirrored', (o, cp) => String(t.records(o).get(cp).mirrored)],
];

function firstDiffs(expected: string[], actual: (cp: number) => string): string[] {
  const bad: string[] = [];
  for (let cp = 0; cp < 0x110000 && bad.length < 5; cp++) {
    const a = actual(cp);
    if (a !== expected[cp]) bad.push(`U+${cp.toString(16)}: ${a} != ${expected[cp]}`);
  }
  return bad;
}

describe.each([false, true])('unicodedata tables (ucd_3_2_0: %s)', (old) => {
  const db = old ? 'O' : 'U';
  it.each(PROPS)('%s of every code point', (prop, get) => {
    const expected = run(`'\\n'.join(str(${db}.${prop}(chr(c))) for c in range(0x110000))`).split('\n');
    expect(firstDiffs(expected, (cp) => get(old, cp))).toEqual([]);
  }, 60_000);

  it('decimal, digit and numeric of every code point', () => {
    const expected = run(
      `'\\n'.join('%s %s %r' % (${db}.decimal(chr(c), -1), ${db}.digit(chr(c), -1), ${db}.numeric(chr(c), -1.0)) for c in range(0x110000))`,
    ).split('\n');
    const fmt = (x: number) => (Number.isNaN(x) ? '-1.0' : x >= 1e16 ? x.toExponential() : Number.isInteger(x) ? x.toFixed(1) : String(x));
    expect(firstDiffs(expected, (cp) => {
      const r = t.records(old).get(cp);
      return `${r.decimal} ${r.digit} ${fmt(r.numeric)}`;
    })).toEqual([]);
  }, 60_000);

  it('name of every code point, and lookup of every name', () => {
    const expected = run(`'\\n'.join(${db}.name(chr(c), '') for c in range(0x110000))`).split('\n');
    expect(firstDiffs(expected, (cp) => characterName(t, cp, old) ?? '')).toEqual([]);
    const bad: string[] = [];
    for (let cp = 0; cp < 0x110000; cp++) {
      const n = expected[cp];
      if (n !== '' && lookupName(t, n, old) !== String.fromCodePoint(cp)) bad.push(n);
    }
    expect(bad.slice(0, 5)).toEqual([]);
  }, 60_000);
});

describe('lookup', () => {
  it('matches CPython on case variants, aliases, sequences and near misses', () => {
    const names = [
      'latin small letter a', 'Latin Capital Letter A', 'cjk unified ideograph-4e00', 'CJK UNIFIED IDEOGRAPH-4E00',
      'CJK UNIFIED IDEOGRAPH-04E00', 'CJK UNIFIED IDEOGRAPH-4e00', 'CJK UNIFIED IDEOGRAPH-9FFF', 'CJK UNIFIED IDEOGRAPH-2A6DF',
      'hangul syllable ga', 'HANGUL SYLLABLE GAG', 'HANGUL SYLLABLE GAX', 'HANGUL SYLLABLE A', 'HANGUL SYLLABLE ',
      'egyptian hieroglyph-13460', 'EGYPTIAN HIEROGLYPH-013460', 'nushu character-1b170', 'cjk compatibility ideograph-f900',
      'CJK COMPATIBILITY IDEOGRAPH-0F900', 'TANGUT IDEOGRAPH-17000', 'KHITAN SMALL SCRIPT CHARACTER-18B00',
      'LATIN CAPITAL LETTER GHA', 'latin small letter gha', 'BOM', 'byte order mark', 'LATIN CAPITAL LETTER A WITH MACRON AND GRAVE',
      'KEYCAP NUMBER SIGN', 'BYZANTINE MUSICAL SYMBOL FTHORA SKLIRON CHROMA VASIS', 'NULL', 'VS256', 'LATIN SMALL LETTER A ',
      'TIBETAN MARK BKA- SHOG GI MGO RGYAN', 'TIBETAN MARK BKA- SHOG GI MGO RGYAN', 'EURO SIGN', 'LATIN CAPITAL LETTER A WITH STROKE',
    ];
    py.globals.set('NAMES', py.toPy(names));
    for (const [db, old] of [['U', false], ['O', true]] as const) {
      const expected = JSON.parse(run(`import json
def f(n):
    try: return ${db}.lookup(n)
    except KeyError: return None
json.dumps([f(n) for n in NAMES])`));
      expect(names.map((n) => lookupName(t, n, old))).toEqual(expected);
    }
  });

  it('finds every alias and named sequence CPython knows, and ucd_3_2_0 none of them', () => {
    for (const [alias, cp] of t.aliases()) {
      expect(lookupName(t, alias, false)).toBe(String.fromCodePoint(cp));
      expect(lookupName(t, alias, true)).toBe(t.names().has(cp) && t.names().get(cp) === alias ? String.fromCodePoint(cp) : null);
    }
    expect(t.aliases().length).toBeGreaterThan(400);
    expect(t.sequences().length).toBeGreaterThan(400);
    for (const [n] of t.sequences()) expect(lookupName(t, n, true)).toBe(null);
  });
});

const FORM_NUMBER: Record<string, number> = { NFC: 0, NFD: 1, NFKC: 2, NFKD: 3 };

function normalizeCps(form: string, cps: number[], old: boolean): number[] {
  const compat = form === 'NFKC' || form === 'NFKD';
  return form === 'NFC' || form === 'NFKC' ? compose(t, cps, compat, old) : decompose(t, cps, compat, old);
}

describe.each([false, true])('normalization (ucd_3_2_0: %s)', (old) => {
  const db = old ? 'O' : 'U';
  it.each(['NFC', 'NFD', 'NFKC', 'NFKD'])('%s of every single character', (form) => {
    const expected = new Map<number, number[]>(JSON.parse(run(`import json
json.dumps([(c, [ord(x) for x in r]) for c in range(0x110000) for r in [${db}.normalize('${form}', chr(c))] if r != chr(c)])`)));
    const bad: string[] = [];
    for (let cp = 0; cp < 0x110000 && bad.length < 5; cp++) {
      if (cp >= 0xd800 && cp < 0xe000) continue;
      const got = normalizeCps(form, [cp], old);
      const want = expected.get(cp) ?? [cp];
      if (got.join() !== want.join()) bad.push(`U+${cp.toString(16)}: ${got} != ${want}`);
      if (!old && quickUnchanged(t, [cp], FORM_NUMBER[form]) && want.join() !== String(cp)) bad.push(`quick U+${cp.toString(16)}`);
    }
    expect(bad).toEqual([]);
  }, 120_000);

  it('all forms of random strings of composable and combining characters', () => {
    const cases = JSON.parse(run(`import json
rng = random.Random(16)
pool = [c for c in range(0x110000) if (U.decomposition(chr(c)) or U.combining(chr(c))) and not 0xd800 <= c < 0xe000]
pool += list(range(0x1100, 0x1176)) + list(range(0x11a8, 0x11c3)) + [0x41, 0x61, 0x20, 0xac00, 0xac01]
plain = [c for c in range(0x3000) if not 0xd800 <= c < 0xe000 and U.combining(chr(c)) == 0] + [0xac00, 0xac01, 0xd7a3]
out = []
for i in range(8000):
    p = pool if i % 2 else plain
    s = ''.join(chr(rng.choice(p)) for _ in range(rng.randint(1, 8)))
    out.append([[ord(x) for x in s]] + [[ord(x) for x in ${db}.normalize(f, s)] for f in ('NFC', 'NFD', 'NFKC', 'NFKD')])
json.dumps(out)`)) as number[][][];
    const bad: string[] = [];
    for (const [input, ...want] of cases) {
      ['NFC', 'NFD', 'NFKC', 'NFKD'].forEach((form, i) => {
        const got = normalizeCps(form, input, old);
        if (got.join() !== want[i].join() && bad.length < 5) bad.push(`${form} ${input}: ${got} != ${want[i]}`);
        if (!old && quickUnchanged(t, input, i) && want[i].join() !== input.join()) bad.push(`quick ${form} ${input}`);
      });
    }
    expect(bad).toEqual([]);
  }, 120_000);
});
