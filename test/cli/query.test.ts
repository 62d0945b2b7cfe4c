// `pyrewind query`: the real command in a child process over traces recorded here (the table, JSON and CSV
// forms; refusing writes and bad SQL in one line), and every example query of schema/README.md, run on
// the README's own example program and compared with the output the README shows.

import { beforeAll, describe, expect, test } from 'vitest';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { recordSource, type Recorded } from '../recorder/record_helpers.js';
import { renderTable, type Cell } from '../../cli/commands/query.js';
import { badTraceFiles, pyrewind } from './trace_cli.js';

const readme = readFileSync(join(__dirname, '..', '..', 'schema', 'README.md'), 'utf8');
let three: Recorded;
let example: Recorded;

beforeAll(() => {
  three = recordSource('a = 1\nb = 2\nc = a * b\n');
  const program = /## Example queries[\s\S]*?```python\n([\s\S]*?)```/.exec(readme);
  expect(program).not.toBeNull();
  example = recordSource(program![1]);
});

describe('pyrewind query', () => {
  test('prints an aligned table with a header, like sqlite3 -column -header', () => {
    const r = pyrewind(['query', three.path, "SELECT name, value, step, NULL AS absent FROM write_view ORDER BY step"], three.dir);
    expect([r.status, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toBe(
      'name  value  step  absent\n' +
      '----  -----  ----  ------\n' +
      'a     1      3\n' +
      'b     2      5\n' +
      'c     2      9\n',
    );
  });

  test('--json: an array of objects with numbers, strings and nulls', () => {
    const r = pyrewind(['query', '--json', three.path, "SELECT step, name, value, NULL AS n, 1.5 AS f FROM write_view WHERE step < 6 ORDER BY step"], three.dir);
    expect([r.status, r.stderr]).toEqual([0, '']);
    expect(JSON.parse(r.stdout)).toEqual([
      { step: 3, name: 'a', value: '1', n: null, f: 1.5 },
      { step: 5, name: 'b', value: '2', n: null, f: 1.5 },
    ]);
  });

  test('--csv: a header row, and fields with commas or quotes quoted', () => {
    const r = pyrewind(['query', three.path, '--csv', `SELECT step, 'x,"y"' AS q, NULL AS n FROM steps WHERE step <= 2`], three.dir);
    expect([r.status, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toBe('step,q,n\n1,"x,""y""",\n2,"x,""y""",\n');
  });

  test('a statement that writes and bad SQL: one line on stderr, status 1, the trace unchanged', () => {
    const before = statSync(three.path).mtimeMs;
    const w = pyrewind(['query', three.path, 'DELETE FROM steps'], three.dir);
    expect([w.status, w.stdout, w.stderr]).toEqual([1, '', 'pyrewind: query: only read-only SQL can be run on a trace (this statement writes)\n']);
    const b = pyrewind(['query', three.path, 'SELEC * FROM steps'], three.dir);
    expect([b.status, b.stdout, b.stderr]).toEqual([1, '', 'pyrewind: query: near "SELEC": syntax error\n']);
    expect(statSync(three.path).mtimeMs).toBe(before);
    expect(three.trace.stepCount).toBe(11);
  });

  test('an unfinished trace: one line, status 1', () => {
    const bad = badTraceFiles(three.dir, three.path);
    const r = pyrewind(['query', bad.partial, 'SELECT 1'], three.dir);
    expect([r.status, r.stdout, r.stderr]).toEqual([1, '', `pyrewind: ${bad.partial} was never finished: only ${bad.partial}.partial exists (the recording was interrupted)\n`]);
  });
});

describe('the example queries of schema/README.md', () => {
  const examples = [...readme.matchAll(/```sql\n([\s\S]*?)```(?:\n\n```text\n([\s\S]*?)```)?/g)].map((m) => ({ sql: m[1], shown: m[2] }));

  test('there are examples, each with its output shown', () => {
    expect(examples.length).toBeGreaterThanOrEqual(8);
    for (const e of examples) expect(e.shown, e.sql).toBeDefined();
  });

  test.each(examples.map((e, i) => [i + 1, e] as const))('example %i runs and prints what the README shows', (_, e) => {
    const stmt = example.trace.db.prepare(e.sql).safeIntegers(true).raw(true);
    expect(stmt.readonly).toBe(true);
    const rows = stmt.all() as Cell[][];
    expect(rows.length).toBeGreaterThan(0);
    expect(renderTable(stmt.columns().map((c) => c.name), rows)).toBe(e.shown);
  });
});
