// The path of rows from the recorder to the file: numbers-only chunks (NULL as NaN), packed object rows
// (one string of reprs), rows numbered by SQLite's rowids, and the staged `writes` table (moved in key
// order at the end, OR REPLACE keeping the last row of a key, its index built after).

import { describe, expect, test } from 'vitest';
import Database from 'better-sqlite3';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TraceSink } from '../../recorder/sink.js';
import { TraceRows } from '../../recorder/trace_rows.js';
import { CHUNK_ROWS } from '../../recorder/row_buffer.js';

function sinkAndRows(): { sink: TraceSink; rows: TraceRows; path: string } {
  const path = join(mkdtempSync(join(tmpdir(), 'pyrewind-sink-')), 't.sqlite');
  const sink = new TraceSink(path);
  return { sink, rows: new TraceRows((table, cells) => sink.insert(table, cells)), path };
}

describe('the sink', () => {
  test('objects: packed reprs (any text) come back whole, ids are rowids after object 0', () => {
    const { sink, rows, path } = sinkAndRows();
    const reprs = ["'a'", '', "'é\\n✓ 😀'", '[1, 2]', 'x'.repeat(300)];
    for (let i = 0; i < CHUNK_ROWS + 3; i++) rows.objects.add3(1, reprs[i % reprs.length] + i, i % 2);
    rows.flushAll();
    sink.finish({ status: 'complete' });
    const db = new Database(path, { readonly: true });
    expect(db.prepare('SELECT object_id, type_id, repr, mutable FROM objects WHERE object_id IN (0, 1, 3, 8194) ORDER BY object_id').all()).toEqual([
      { object_id: 0, type_id: 0, repr: 'NULL', mutable: 0 },
      { object_id: 1, type_id: 1, repr: "'a'0", mutable: 0 },
      { object_id: 3, type_id: 1, repr: "'é\\n✓ 😀'2", mutable: 0 },
      { object_id: 8194, type_id: 1, repr: '[1, 2]8193', mutable: 1 },
    ]);
    expect((db.prepare('SELECT count(*) AS n FROM objects').get() as { n: number }).n).toBe(CHUNK_ROWS + 4);
    db.close();
  });

  test('numbers-only rows: NULL survives as NULL, stack node ids are rowids', () => {
    const { sink, rows, path } = sinkAndRows();
    for (let i = 1; i <= 5; i++) rows.stackNodes.add3(i - 1, 10 + i, i);
    rows.writes.add5(-1, 1, 3, 1, null);
    rows.writes.add5(-1, 1, 2, 1, 7);
    rows.flushAll();
    sink.finish({ status: 'complete' });
    const db = new Database(path, { readonly: true });
    expect(db.prepare('SELECT stack_id, parent_id, object_id, depth FROM stack_nodes ORDER BY stack_id').all()).toEqual([1, 2, 3, 4, 5].map((i) => (
      { stack_id: i, parent_id: i - 1, object_id: 10 + i, depth: i })));
    expect(db.prepare('SELECT step, object_id FROM writes ORDER BY step').all()).toEqual([{ step: 2, object_id: 7 }, { step: 3, object_id: null }]);
    db.close();
  });

  test('staged writes: key order, the last row of a key wins, writes_by_step exists and is used', () => {
    const { sink, rows, path } = sinkAndRows();
    // Frames 1..3000 write x at steps 1..3000, newest frames first in key order (scope -frame_id).
    for (let f = 1; f <= 3000; f++) rows.writes.add5(-f, 1, f, f, f + 100);
    rows.writes.add5(-5, 1, 5, 5, 999); // same key again: replaces
    rows.flushAll();
    sink.finish({ status: 'complete' });
    const db = new Database(path, { readonly: true });
    expect(db.prepare('SELECT object_id FROM writes WHERE scope_id = -5').all()).toEqual([{ object_id: 999 }]);
    expect((db.prepare('SELECT count(*) AS n FROM writes').get() as { n: number }).n).toBe(3000);
    const plan = db.prepare('EXPLAIN QUERY PLAN SELECT * FROM writes WHERE step = 7').all() as { detail: string }[];
    expect(plan.map((p) => p.detail).join(' ')).toContain('writes_by_step');
    expect(db.prepare("SELECT name FROM sqlite_schema WHERE name LIKE 'staged%'").all()).toEqual([]);
    db.close();
  });
});
