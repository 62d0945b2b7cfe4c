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
    for (let i = 1; i <= 5; i++) rows.stackNodes.add2(i - 1, 10 + i);
    rows.writes.add5(-1, 1, 3, 1, null);
    rows.writes.add5(-1, 1, 2, 1, 7);
    rows.flushAll();
    sink.finish({ status: 'complete' });
    const db = new Database(path, { readonly: true });
    expect(db.prepare('SELECT stack_id, parent_id, object_id FROM stack_nodes ORDER BY stack_id').all()).toEqual([1, 2, 3, 4, 5].map((i) => (
      { stack_id: i, parent_id: i - 1, object_id: 10 + i })));
    expect(db.prepare('SELECT step, object_id FROM writes ORDER BY step').all()).toEqual([{ step: 2, object_id: 7 }, { step: 3, object_id: null }]);
    db.close();
  });

  test('writes: the last row of a key wins; writes_by_name is built at the end and used for a variable', () => {
    const { sink, rows, path } = sinkAndRows();
    // Frames 1..3000 write x at steps 1..3000, newest frames first in name order (scope -frame_id).
    for (let f = 1; f <= 3000; f++) rows.writes.add5(-f, 1, f, f, f + 100);
    rows.writes.add5(-5, 1, 5, 5, 999); // same key again: replaces
    rows.flushAll();
    sink.finish({ status: 'complete' });
    const db = new Database(path, { readonly: true });
    expect(db.prepare('SELECT object_id FROM writes WHERE scope_id = -5').all()).toEqual([{ object_id: 999 }]);
    expect((db.prepare('SELECT count(*) AS n FROM writes').get() as { n: number }).n).toBe(3000);
    const plan = (sql: string) => (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((p) => p.detail).join(' ');
    expect(plan('SELECT * FROM writes WHERE scope_id = -7 AND name_id = 1 AND step <= 9 ORDER BY step DESC LIMIT 1')).toContain('writes_by_name');
    expect(plan('SELECT * FROM writes WHERE step = 7')).toContain('PRIMARY KEY');
    db.close();
  });

  test('staged frame_runs: moved in key order at the end, nothing left staged', () => {
    const { sink, rows, path } = sinkAndRows();
    // The module (frame 1) runs between calls of frames 2..2001: its runs interleave with theirs.
    for (let f = 2; f <= 2001; f++) {
      rows.frameRuns.add4(1, 0, 2 * f - 3, 2 * f - 3);
      rows.frameRuns.add4(f, 1, 2 * f - 2, 2 * f - 2);
    }
    rows.flushAll();
    sink.finish({ status: 'complete' });
    const db = new Database(path, { readonly: true });
    const runs = db.prepare('SELECT frame_id, exits, first_step FROM frame_runs').all() as { frame_id: number; exits: number; first_step: number }[];
    expect(runs.length).toBe(4000);
    expect(runs.slice(0, 2)).toEqual([{ frame_id: 1, exits: 0, first_step: 1 }, { frame_id: 1, exits: 0, first_step: 3 }]);
    expect(runs.at(-1)).toEqual({ frame_id: 2001, exits: 1, first_step: 4000 });
    expect(db.prepare("SELECT name FROM temp.sqlite_schema WHERE name LIKE 'staged%'").all()).toEqual([]);
    db.close();
  });
});
