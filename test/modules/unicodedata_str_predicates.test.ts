// The VM's str predicates and case mappings against CPython 3.14 (Unicode 16.0.0, pyodide) for every
// code point. The VM's str methods (vm/objects/str_methods.ts) lean on the JS engine's Unicode tables,
// whose version can differ from CPython's; this scan finds every character where they disagree.
// Node's ICU tables are Unicode 17.0, CPython 3.14's are 16.0.0; vm/objects/str_unicode16.ts takes
// the 17.0 additions and changes back out, so the test asserts exact agreement (KNOWN is empty).

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
const MAPPINGS = ['upper', 'lower', 'casefold', 'title', 'swapcase', 'capitalize'];

/** method -> code points (hex) where pyrewind disagrees with CPython 3.14: none since str_unicode16.ts. */
const KNOWN: Record<string, string> = {};

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

// str_unicode16.ts corrects the differences between 17.0 (this engine's tables) and 16.0 only.
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
