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

const EDGES = [
  'import sys', // 1
  'def comp_lines():', // 2
  '    r = range(4)', // 3
  '    ys = [x', // 4
  '          for x in r', // 5
  '          if x % 2]', // 6
  '    return ys', // 7
  'def loop_gen():', // 8
  '    while True: yield 1', // 9
  'def one_line(): return [x for x in range(2)]', // 10
  'def main():', // 11
  '    g = loop_gen()', // 12
  '    return comp_lines(), next(g) + next(g), one_line()', // 13
  'events = []', // 14
  'def tracer(frame, event, arg):', // 15
  "    if frame.f_code.co_name in ('comp_lines', 'loop_gen', 'one_line'):", // 16
  "        if event == 'line': events.append((frame.f_code.co_name, frame.f_lineno, frame.f_lasti))", // 17
  '        return tracer', // 18
  'sys.settrace(tracer)', // 19
  'main()', // 20
  'sys.settrace(None)', // 21
  'print(events)', // 22
  '',
].join('\n');

// CPython 3.14.2 (pyodide) prints this for EDGES: (function, f_lineno, f_lasti) of each 'line' event.
// comp_lines: after the loop (POP_ITER, line 5), STORE_FAST ys is back on line 4 without starting a line
// (it follows line 4's JUMP_BACKWARD in code order and is no jump target): no event there, 92 is next.
// loop_gen and one_line: a loop on one line reports the jump back with f_lasti at the JUMP_BACKWARD.
const EDGES_CPYTHON =
  "[('comp_lines', 3, 2), ('comp_lines', 5, 24), ('comp_lines', 4, 28), ('comp_lines', 5, 36), ('comp_lines', 6, 42), " +
  "('comp_lines', 4, 66), ('comp_lines', 5, 36), ('comp_lines', 6, 42), ('comp_lines', 4, 66), ('comp_lines', 5, 36), " +
  "('comp_lines', 6, 42), ('comp_lines', 4, 66), ('comp_lines', 5, 36), ('comp_lines', 6, 42), ('comp_lines', 4, 66), " +
  "('comp_lines', 5, 36), ('comp_lines', 7, 92), ('loop_gen', 9, 6), ('loop_gen', 9, 14), ('one_line', 10, 2), " +
  "('one_line', 10, 40), ('one_line', 10, 40)]\n";

let rec: Recorded;
let edges: Recorded;
beforeAll(() => {
  rec = recordSource(SRC);
  edges = recordSource(EDGES);
});
afterAll(() => {
  rec?.trace.close();
  edges?.trace.close();
});

/** The line events of the functions named, in order, as [name, line, offset]. */
function events(r: Recorded, names: string[]): [string, number, number][] {
  const rows = r.trace.db.prepare(
    `SELECT c.name, e.line, i.offset FROM line_events e JOIN codes c ON c.code_id = e.code_id JOIN steps s ON s.step = e.step
     JOIN instructions i ON i.instr_id = s.instr_id WHERE c.name IN (${names.map(() => '?').join(', ')}) ORDER BY e.step`,
  ).all(...names) as { name: string; line: number; offset: number }[];
  return rows.map((e) => [e.name, e.line, e.offset]);
}

test("a function's line events are CPython's: loops on one line give one at each jump back", () => {
  const rows = rec.trace.db.prepare(
    `SELECT e.line, i.offset FROM line_events e JOIN codes c ON c.code_id = e.code_id JOIN steps s ON s.step = e.step
     JOIN instructions i ON i.instr_id = s.instr_id WHERE c.name = 'f' ORDER BY e.step`,
  ).all() as { line: number; offset: number }[];
  // Our first event is the frame's arrival at its first line, at RESUME (offset 0): CPython's 'call' event.
  expect(rows[0]).toEqual({ line: 1, offset: 0 });
  expect(rows.slice(1).map((r) => [r.line - 1, r.offset])).toEqual(CPYTHON);
});

test("sys.settrace's line events are CPython's, the jump back of a loop on one line at the jump", () => {
  expect(edges.stderr).toBe('');
  expect(edges.stdout).toBe(EDGES_CPYTHON);
});

test("line_events are sys.settrace's, plus an arrival where a frame starts or resumes", () => {
  const at = (name: string) => events(edges, [name]);
  // CPython's events, after the arrival at RESUME; none at offset 88 (STORE_FAST ys, back on line 4).
  expect(at('comp_lines')).toEqual([
    ['comp_lines', 2, 0], ['comp_lines', 3, 2], ['comp_lines', 5, 24], ['comp_lines', 4, 28],
    ...Array.from({ length: 4 }, () => [['comp_lines', 5, 36], ['comp_lines', 6, 42], ['comp_lines', 4, 66]]).flat(),
    ['comp_lines', 5, 36], ['comp_lines', 7, 92],
  ]);
  // Arrivals when the generator is created (RETURN_GENERATOR), first run (POP_TOP before RESUME) and resumed
  // (RESUME 5, where CPython's 'call' is); between them CPython's events: line 9 begins, then loops back.
  expect(at('loop_gen')).toEqual([['loop_gen', 8, 0], ['loop_gen', 8, 2], ['loop_gen', 9, 6], ['loop_gen', 9, 10], ['loop_gen', 9, 14]]);
  // The arrival at RESUME stands for CPython's event right after it on the same line (offset 2).
  expect(at('one_line')).toEqual([['one_line', 10, 0], ['one_line', 10, 40], ['one_line', 10, 40]]);
});
