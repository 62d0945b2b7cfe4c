// The VM's str predicates and case mappings against CPython 3.14 (Unicode 16.0.0, pyodide) for every
// code point. The VM's str methods (vm/objects/str_methods.ts) lean on the JS engine's Unicode tables,
// whose version can differ from CPython's; this scan finds every character where they disagree.
// KNOWN lists the disagreements found when this test was written (to be fixed in str_methods.ts);
// the test fails when a new one appears and when a known one is fixed, so that the list stays exact.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { loadPyodide } from 'pyodide';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import '../../vm/index.js';
import { strType } from '../../vm/objects/object.js';
import { PyMethodDescriptor } from '../../vm/objects/native.js';

type Py = Awaited<ReturnType<typeof loadPyodide>>;
let py: Py;

beforeAll(async () => {
  py = await loadPyodide({ indexURL: `${dirname(createRequire(import.meta.url).resolve('pyodide/package.json'))}/` });
}, 60_000);

const PREDICATES = ['isalpha', 'isdecimal', 'isdigit', 'isnumeric', 'isprintable', 'isidentifier', 'isspace', 'isalnum',
  'islower', 'isupper', 'istitle'];
const MAPPINGS = ['upper', 'lower', 'casefold', 'title', 'swapcase'];

/** method -> code points (hex) where pyrewind disagrees with CPython 3.14, as found. */
const KNOWN: Record<string, string> = KNOWN_MISMATCHES();

// Node's ICU tables are Unicode 17.0 (process.versions.unicode), CPython 3.14's are 16.0.0: every
// entry is a character new in 17.0 (unassigned, so not alpha/printable/... in CPython) or one whose
// properties 17.0 changed (U+0295 became lowercase; U+A7CE..U+A7D5 gained case pairs).
function KNOWN_MISMATCHES(): Record<string, string> {
  return {
    isalpha:
      '88f c5c cdc a7ce-a7cf a7d2 a7d4 a7f1 10940-10959 10ec5-10ec7 11db0-11ddb 16ea0-16eb8 16ebb-16ed3 16ff2-16ff3 187f8-187ff 18d09-18d1e 18d80-18df2 1e6c0-1e6de 1e6e0-1e6e2 1e6e4-1e6e5 1e6e7-1e6ed 1e6f0-1e6f4 1e6fe-1e6ff 2b73a-2b73f 2cea2-2cead 323b0-33479',
    isdecimal:
      '11de0-11de9',
    isdigit:
      '11de0-11de9',
    isnumeric:
      '11de0-11de9 16ff4-16ff6',
    isprintable:
      '88f c5c cdc 1acf-1add 1ae0-1aeb 20c1 2b96 a7ce-a7cf a7d2 a7d4 a7f1 fbc3-fbd2 fd90-fd91 fdc8-fdce 10940-10959 10ec5-10ec7 10ed0-10ed8 10efa-10efb 11b60-11b67 11db0-11ddb 11de0-11de9 16ea0-16eb8 16ebb-16ed3 16ff2-16ff6 187f8-187ff 18d09-18d1e 18d80-18df2 1ccfa-1ccfc 1ceba-1ced0 1cee0-1cef0 1e6c0-1e6de 1e6e0-1e6f5 1e6fe-1e6ff 1f6d8 1f777-1f77a 1f8d0-1f8d8 1fa54-1fa57 1fa8a 1fa8e 1fac8 1facd 1faea 1faef 1fbfa 2b73a-2b73f 2cea2-2cead 323b0-33479',
    isidentifier:
      '88f c5c cdc a7ce-a7cf a7d2 a7d4 a7f1 10940-10959 10ec5-10ec7 11db0-11ddb 16ea0-16eb8 16ebb-16ed3 16ff2-16ff6 187f8-187ff 18d09-18d1e 18d80-18df2 1e6c0-1e6de 1e6e0-1e6e2 1e6e4-1e6e5 1e6e7-1e6ed 1e6f0-1e6f4 1e6fe-1e6ff 2b73a-2b73f 2cea2-2cead 323b0-33479',
    isalnum:
      '88f c5c cdc a7ce-a7cf a7d2 a7d4 a7f1 10940-10959 10ec5-10ec7 11db0-11ddb 11de0-11de9 16ea0-16eb8 16ebb-16ed3 16ff2-16ff6 187f8-187ff 18d09-18d1e 18d80-18df2 1e6c0-1e6de 1e6e0-1e6e2 1e6e4-1e6e5 1e6e7-1e6ed 1e6f0-1e6f4 1e6fe-1e6ff 2b73a-2b73f 2cea2-2cead 323b0-33479',
    islower:
      '295 a7cf a7f1 16ebb-16ed3',
    isupper:
      'a7ce a7d2 a7d4 16ea0-16eb8',
    istitle:
      'a7ce a7d2 a7d4 16ea0-16eb8',
    upper:
      'a7cf a7d3 a7d5 16ebb-16ed3',
    lower:
      'a7ce a7d2 a7d4 16ea0-16eb8',
    casefold:
      'a7ce a7d2 a7d4 16ea0-16eb8',
    title:
      'a7cf a7d3 a7d5 16ebb-16ed3',
    swapcase:
      'a7ce-a7cf a7d2-a7d5 16ea0-16eb8 16ebb-16ed3',
  };
}

function vmMethod(name: string): (s: string) => unknown {
  const d = strType.attrs.get(name) as PyMethodDescriptor;
  return (s) => d.fn(s, [], null);
}

/** Code points as compact ranges: "41-5a 61". */
function ranges(cps: number[]): string {
  const out: string[] = [];
  for (let i = 0; i < cps.length; ) {
    let j = i;
    while (j + 1 < cps.length && cps[j + 1] === cps[j] + 1) j++;
    out.push(i === j ? cps[i].toString(16) : `${cps[i].toString(16)}-${cps[j].toString(16)}`);
    i = j + 1;
  }
  return out.join(' ');
}

const found: Record<string, string> = {};

// PYREWIND_STR_MISMATCHES=<file> writes what this run found, to update KNOWN after a fix.
afterAll(() => {
  const out = process.env.PYREWIND_STR_MISMATCHES;
  if (out) writeFileSync(out, JSON.stringify(found, null, 2));
});

// KNOWN holds for this Unicode version of the JS engine only.
describe.skipIf(process.versions.unicode !== '17.0')('str methods of every code point against CPython 3.14', () => {
  it.each(PREDICATES)('%s', (name) => {
    const expected = py.runPython(`''.join('1' if chr(c).${name}() else '0' for c in range(0x110000))`) as string;
    const f = vmMethod(name);
    const bad: number[] = [];
    for (let cp = 0; cp < 0x110000; cp++) {
      const got = f(String.fromCodePoint(cp)) === true ? '1' : '0';
      if (got !== expected[cp]) bad.push(cp);
    }
    found[name] = ranges(bad);
    expect(found[name]).toBe(KNOWN[name] ?? '');
  }, 120_000);

  it.each(MAPPINGS)('%s', (name) => {
    const expected = new Map<number, string>(JSON.parse(py.runPython(`import json
json.dumps([(c, r) for c in range(0x110000) if not 0xd800 <= c < 0xe000 for r in [chr(c).${name}()] if r != chr(c)])`) as string));
    const f = vmMethod(name);
    const bad: number[] = [];
    for (let cp = 0; cp < 0x110000; cp++) {
      if (cp >= 0xd800 && cp < 0xe000) continue;
      const s = String.fromCodePoint(cp);
      if (f(s) !== (expected.get(cp) ?? s)) bad.push(cp);
    }
    found[name] = ranges(bad);
    expect(found[name]).toBe(KNOWN[name] ?? '');
  }, 120_000);
});
