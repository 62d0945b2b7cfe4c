// `pyrewind export --jsonl`: the real command in a child process over traces recorded here. The JSON
// Lines must be exactly the recorded steps (checked line by line against schema/trace.ts), stream the
// same text whatever the cache size, and a file that is not a finished trace is one line and status 1.

import { beforeAll, describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { recordSource, type Recorded } from '../recorder/record_helpers.js';
import { jsonlChunks, type ExportedStep } from '../../schema/export_jsonl.js';
import { badTraceFiles, pyrewind } from './trace_cli.js';

let three: Recorded;
let prog: Recorded;
let progLines: string[];

const PROGRAM = `def make(n):
    step = n
    def inc(v):
        return v + step
    return inc

xs = []
f = make(10)
for i in range(2):
    xs.append(f(i))
del i
print(xs)
`;

beforeAll(() => {
  three = recordSource('a = 1\nb = 2\nc = a * b\n');
  prog = recordSource(PROGRAM);
  const r = pyrewind(['export', prog.path], prog.dir);
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  progLines = r.stdout.split('\n');
  expect(progLines.pop()).toBe('');
});

const parse = (lines: string[]): ExportedStep[] => lines.map((l) => JSON.parse(l) as ExportedStep);

describe('pyrewind export --jsonl', () => {
  test('the three-line program: its 11 steps, stacks and writes, exactly as schema/README.md shows', () => {
    const r = pyrewind(['export', three.path, '--jsonl'], three.dir);
    expect(r.status).toBe(0);
    const steps = parse(r.stdout.trimEnd().split('\n'));
    expect(steps.map((s) => s.step)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(steps.map((s) => s.stack)).toEqual([[], ['1'], [], ['2'], [], ['1'], ['1', '2'], ['2'], [], ['None'], []]);
    expect(steps.flatMap((s) => s.writes.map((w) => [s.step, w.scope, w.name, w.value]))).toEqual([
      [3, 'globals', 'a', '1'],
      [5, 'globals', 'b', '2'],
      [9, 'globals', 'c', '2'],
    ]);
    expect(steps.map((s) => s.op)).toEqual([
      'RESUME', 'LOAD_SMALL_INT', 'STORE_NAME', 'LOAD_SMALL_INT', 'STORE_NAME', 'LOAD_NAME', 'LOAD_NAME',
      'BINARY_OP', 'STORE_NAME', 'LOAD_CONST', 'RETURN_VALUE',
    ]);
    // The documented example is this output, byte for byte (keys in the documented order).
    const readme = readFileSync(join(__dirname, '..', '..', 'schema', 'README.md'), 'utf8');
    const example = /```json\n([\s\S]*?)```/.exec(readme);
    expect(example).not.toBeNull();
    expect(r.stdout).toBe(example![1]);
  });

  test('every line agrees with the trace reader: frame, depth, instruction, stack, writes', () => {
    const t = prog.trace;
    const steps = parse(progLines);
    expect(steps).toHaveLength(t.stepCount);
    const stateRepr = (id: number, n: number): string => t.objectState(id, n).repr;
    for (const [i, s] of steps.entries()) {
      const n = i + 1;
      const info = t.step(n)!;
      expect(s.step).toBe(n);
      expect([s.frame, s.depth, s.line, s.offset, s.op, s.argrepr]).toEqual([
        info.frameId, t.frame(info.frameId)!.depth, info.line, info.offset, info.opname, info.argrepr,
      ]);
      expect(s.stack).toEqual(t.stack(info.stackId).map((v) => (v.objectId === 0 ? null : stateRepr(v.objectId, n))));
      expect(s.writes).toEqual(t.writesAt(n).map((w) => ({
        scope: w.scopeKind, name: w.name, value: w.value === null ? null : stateRepr(w.value.objectId, n),
      })));
    }
    const writes = steps.flatMap((s) => s.writes.map((w) => `${s.step}:${w.scope}:${w.name}=${w.value}`));
    // The argument n is written at make's call step, the cell variable in a 'cell' scope, `del i` as null.
    const makeFrame = steps.find((s) => s.depth === 1)!.frame;
    const callStep = t.frame(makeFrame)!.callStep;
    expect(writes).toContain(`${callStep}:fast:n=10`);
    expect(writes.some((w) => /:cell:step=10$/.test(w))).toBe(true);
    expect(writes.at(-1)).toMatch(/^\d+:globals:i=null$/);
    // A mutable object shows its state at each step: the list grows in the stacks.
    const xsReprs = new Set(steps.flatMap((s) => s.stack).filter((v) => v !== null && v.startsWith('[')));
    expect([...xsReprs]).toEqual(['[]', '[10]', '[10, 11]']);
  });

  test('-o writes the same lines to a file; --from/--to export a slice', () => {
    const out = join(prog.dir, 'slice.jsonl');
    const r = pyrewind(['export', prog.path, '-o', out, '--from', '5', '--to', '20'], prog.dir);
    expect([r.status, r.stdout, r.stderr]).toEqual([0, '', '']);
    expect(readFileSync(out, 'utf8')).toBe(progLines.slice(4, 20).join('\n') + '\n');
  });

  test('the same text whatever the stack cache size and chunk size (eviction keeps it right)', () => {
    const small = [...jsonlChunks(prog.trace, { stackCacheChars: 64, chunkChars: 100 })];
    expect(small.length).toBeGreaterThan(10);
    expect(small.join('')).toBe(progLines.join('\n') + '\n');
  });

  test('a file that is not a trace, or an unfinished one: one line, status 1', () => {
    const bad = badTraceFiles(prog.dir, prog.path);
    const r1 = pyrewind(['export', bad.text], prog.dir);
    expect([r1.status, r1.stdout, r1.stderr]).toEqual([1, '', `pyrewind: ${bad.text} is not a pyrewind trace (not an SQLite database)\n`]);
    const r2 = pyrewind(['export', bad.partial], prog.dir);
    expect([r2.status, r2.stdout]).toEqual([1, '']);
    expect(r2.stderr).toBe(`pyrewind: ${bad.partial} was never finished: only ${bad.partial}.partial exists (the recording was interrupted)\n`);
  });
});
