// The _csv module against CPython 3.14 (pyodide): generated texts made of the characters the parser
// treats specially, read and written back under generated dialects (delimiter, quotechar, escapechar,
// doublequote, skipinitialspace, strict, every quoting mode), must give the same rows, the same
// written text or the same csv.Error/TypeError/ValueError message.

import { beforeAll, describe, expect, it } from 'vitest';
import { loadPyodide } from 'pyodide';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { runProgram } from './program_runner.js';

type Py = Awaited<ReturnType<typeof loadPyodide>>;
let py: Py;

beforeAll(async () => {
  py = await loadPyodide({ indexURL: `${dirname(createRequire(import.meta.url).resolve('pyodide/package.json'))}/` });
}, 60_000);

function rng(seed: number): () => number {
  let x = seed >>> 0;
  return () => {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    return x >>> 8;
  };
}

const ALPHABET = ['a', 'b', '1', '2.5', ',', ';', '"', "'", '\\', ' ', '\n', '\r', '\r\n', 'é', '😀', '\0'];

/** Python source for a list of (text, fmtparams) cases, printing one line per case. */
function program(cases: [string, Record<string, string | number | boolean | null>][]): string {
  return `import csv, io, json
cases = json.loads(${JSON.stringify(JSON.stringify(cases))})
for text, kw in cases:
    try:
        rows = list(csv.reader(io.StringIO(text, newline=''), **kw))
        out = io.StringIO()
        csv.writer(out, **kw).writerows(rows)
        print(repr(rows), repr(out.getvalue()))
    except Exception as e:
        print(type(e).__name__, e)
`;
}

describe('_csv against CPython', () => {
  it('reads and writes generated texts under generated dialects identically', async () => {
    const r = rng(Number(process.env.CSEED ?? 2024));
    const cases: [string, Record<string, string | number | boolean | null>][] = [];
    for (let k = 0; k < 400; k++) {
      let text = '';
      const n = r() % 25;
      for (let i = 0; i < n; i++) text += ALPHABET[r() % ALPHABET.length];
      const kw: Record<string, string | number | boolean | null> = {};
      if (r() % 3 === 0) kw.delimiter = [';', ' ', '\t', ','][r() % 4];
      if (r() % 4 === 0) kw.quotechar = ["'", '"', null][r() % 3];
      if (r() % 3 === 0) kw.escapechar = ['\\', null, '"'][r() % 3];
      if (r() % 4 === 0) kw.doublequote = r() % 2 === 0;
      if (r() % 4 === 0) kw.skipinitialspace = r() % 2 === 0;
      if (r() % 5 === 0) kw.strict = true;
      if (r() % 2 === 0) kw.quoting = r() % 6;
      if (r() % 8 === 0) kw.lineterminator = ['\n', '!', '\r'][r() % 3];
      cases.push([text, kw]);
    }
    const src = program(cases);
    let expected = '';
    py.setStdout({ batched: (s) => (expected += s + '\n') });
    py.runPython(src);
    const got = await runProgram({ 'main.py': src });
    expect(got.stderr).toBe('');
    const a = got.stdout.split('\n');
    const b = expected.split('\n');
    expect(a.length).toBe(b.length);
    for (let i = 0; i < a.length; i++) expect(`${i}: ${a[i]}`).toBe(`${i}: ${b[i]}`);
    // The generator must keep exercising both parsing and the dialect/parse errors.
    const ok = b.filter((l) => l.startsWith('[')).length;
    expect(ok).toBeGreaterThan(150);
    expect(b.length - 1 - ok).toBeGreaterThan(40);
  }, 120_000);
});
