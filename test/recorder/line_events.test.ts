// The line_events table against CPython 3.14's own 'line' events: for a function with loops on one line
// (for, while, an inlined comprehension) and a loop over two lines, the (line, offset) of each event must
// be those sys.settrace reports in CPython 3.14 (recorded once from pyodide; offsets are dis's). A loop on
// one line gives an event at each JUMP_BACKWARD, the line not having changed: what makes pdb, and our
// debugger's next, stop at each turn.

import { afterAll, beforeAll, expect, test } from 'vitest';
import { recordSource, type Recorded } from './record_helpers.js';

const SRC = [
  'def f():',
  '    q = 0',
  '    for k in range(3): q += k',
  '    i = 0',
  '    while i < 3: i += 1',
  '    ys = [k * 2 for k in range(2)]',
  '    for k in range(2):',
  '        q += 1',
  '    return q',
  'f()',
  '',
].join('\n');

// CPython 3.14.2, sys.settrace, events of f as (line relative to `def f`, f_lasti).
const CPYTHON = [
  [1, 2], [2, 6], [2, 50], [2, 50], [2, 50], [3, 58], [4, 62], [4, 94], [4, 94], [4, 94], [5, 98], [5, 150], [5, 150],
  [6, 162], [7, 190], [6, 184], [7, 190], [6, 184], [8, 216],
];

let rec: Recorded;
beforeAll(() => {
  rec = recordSource(SRC);
});
afterAll(() => rec?.trace.close());

test("a function's line events are CPython's: loops on one line give one at each jump back", () => {
  const rows = rec.trace.db.prepare(
    `SELECT e.line, i.offset FROM line_events e JOIN codes c ON c.code_id = e.code_id JOIN steps s ON s.step = e.step
     JOIN instructions i ON i.instr_id = s.instr_id WHERE c.name = 'f' ORDER BY e.step`,
  ).all() as { line: number; offset: number }[];
  // Our first event is the frame's arrival at its first line, at RESUME (offset 0): CPython's 'call' event.
  expect(rows[0]).toEqual({ line: 1, offset: 0 });
  expect(rows.slice(1).map((r) => [r.line - 1, r.offset])).toEqual(CPYTHON);
});
