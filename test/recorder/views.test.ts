// The SQL views of schema/schema.sql show a mutable object as it was at the row's step (its latest
// object_states row at or before it, following content_step), not as it was when first seen.

import { describe, expect, test } from 'vitest';
import Database from 'better-sqlite3';
import { recordSource } from './record_helpers.js';

describe('step_view and write_view show mutable objects at their step', () => {
  const r = recordSource('xs = [1]\nxs.append(2)\nys = xs\nxs.append(3)\nzs = xs\nxs.clear()\n');
  const db = new Database(r.path, { readonly: true });

  test('write_view: each write of the same list shows its contents at that write', () => {
    const rows = db.prepare("SELECT name, value FROM write_view ORDER BY step").all();
    expect(rows).toEqual([
      { name: 'xs', value: '[1]' },
      { name: 'ys', value: '[1, 2]' },
      { name: 'zs', value: '[1, 2, 3]' },
    ]);
  });

  test('step_view: the list on the stack as it is after each step', () => {
    const rows = db.prepare("SELECT opname, argrepr, stack FROM step_view WHERE opname IN ('LOAD_NAME', 'CALL') ORDER BY step").all();
    expect(rows).toEqual([
      { opname: 'LOAD_NAME', argrepr: 'xs', stack: '[[1]]' },
      { opname: 'CALL', argrepr: '', stack: '[None]' },
      { opname: 'LOAD_NAME', argrepr: 'xs', stack: '[[1, 2]]' },
      { opname: 'LOAD_NAME', argrepr: 'xs', stack: '[[1, 2]]' },
      { opname: 'CALL', argrepr: '', stack: '[None]' },
      { opname: 'LOAD_NAME', argrepr: 'xs', stack: '[[1, 2, 3]]' },
      { opname: 'LOAD_NAME', argrepr: 'xs', stack: '[[1, 2, 3]]' },
      { opname: 'CALL', argrepr: '', stack: '[None]' },
    ]);
  });

  test('a state row that only changed the size shows the repr of its content_step row', () => {
    // A list longer than repr_limit shows: appending changes only its size.
    const big = recordSource('xs = list(range(100))\nxs.append(1)\nys = xs\n', { reprLimit: 20 });
    const bdb = new Database(big.path, { readonly: true });
    const states = bdb.prepare('SELECT repr IS NULL AS sizeOnly FROM object_states ORDER BY step').all() as { sizeOnly: number }[];
    expect(states.some((s) => s.sizeOnly === 1)).toBe(true);
    const v = bdb.prepare("SELECT value FROM write_view WHERE name = 'ys'").get() as { value: string };
    expect(v.value).toBe('[0, 1, 2, 3, 4, 5, …');
    bdb.close();
  });
});
