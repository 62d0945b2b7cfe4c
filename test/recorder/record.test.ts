// The recorder against what CPython does: recorded steps, stacks, writes, frames, exceptions, objects and
// output of real programs, read back through schema/trace.ts.

import { describe, expect, test } from 'vitest';
import { recordSource, stepsOf } from './record_helpers.js';

describe('the three-line program', () => {
  const r = recordSource('a = 1\nb = 2\nc = a * b\n');

  test('every instruction is a step, with the stack after it', () => {
    expect(stepsOf(r.trace).map((s) => [s.op, s.stack])).toEqual([
      ['RESUME', []],
      ['LOAD_SMALL_INT', ['1']],
      ['STORE_NAME', []],
      ['LOAD_SMALL_INT', ['2']],
      ['STORE_NAME', []],
      ['LOAD_NAME', ['1']],
      ['LOAD_NAME', ['1', '2']],
      ['BINARY_OP', ['2']],
      ['STORE_NAME', []],
      ['LOAD_CONST', ['None']],
      ['RETURN_VALUE', []],
    ]);
  });

  test("the static disassembly is dis's", () => {
    const code = r.trace.step(1)!.codeId;
    expect(r.trace.instructions(code).map((i) => [i.offset, i.opname, i.arg, i.argrepr, i.line])).toEqual([
      [0, 'RESUME', 0, '', 0],
      [2, 'LOAD_SMALL_INT', 1, '', 1],
      [4, 'STORE_NAME', 0, 'a', 1],
      [6, 'LOAD_SMALL_INT', 2, '', 2],
      [8, 'STORE_NAME', 1, 'b', 2],
      [10, 'LOAD_NAME', 0, 'a', 3],
      [12, 'LOAD_NAME', 1, 'b', 3],
      [14, 'BINARY_OP', 5, '*', 3],
      [26, 'STORE_NAME', 2, 'c', 3],
      [28, 'LOAD_CONST', 1, 'None', 3],
      [30, 'RETURN_VALUE', null, '', 3],
    ]);
  });

  test('writes a=1, b=2, c=2 at their STORE_NAME steps', () => {
    const writes = [];
    for (let n = 1; n <= r.trace.stepCount; n++) {
      for (const w of r.trace.writesAt(n)) writes.push([n, w.scopeKind, w.name, w.value?.repr]);
    }
    expect(writes).toEqual([
      [3, 'globals', 'a', '1'],
      [5, 'globals', 'b', '2'],
      [9, 'globals', 'c', '2'],
    ]);
  });

  test('metadata says the run is complete', () => {
    expect(r.trace.meta.status).toBe('complete');
    expect(r.trace.meta.exit_status).toBe(0);
    expect(r.trace.meta.step_count).toBe(11);
    expect(r.trace.meta.python_version).toBe('3.14.2');
  });

  test('the globals at each step', () => {
    const frame = r.trace.step(1)!.frameId;
    const at = (n: number) => r.trace.globals(frame, n).map((v) => `${v.name}=${v.repr}`);
    expect(at(2)).toEqual([]);
    expect(at(3)).toEqual(['a=1']);
    expect(at(8)).toEqual(['a=1', 'b=2']);
    expect(at(11)).toEqual(['a=1', 'b=2', 'c=2']);
  });
});

test('recursion: one frame per call, arguments, return values, depths', () => {
  const r = recordSource('def fact(n):\n    if n <= 1:\n        return 1\n    return n * fact(n - 1)\n\nx = fact(4)\nprint(x)\n');
  expect(r.stdout).toBe('24\n');
  const frames = [];
  for (let id = 1; ; id++) {
    const f = r.trace.frame(id);
    if (f === null) break;
    frames.push(f);
  }
  expect(frames.map((f) => [f.qualname, f.depth, f.parentFrameId])).toEqual([
    ['<module>', 0, null],
    ['fact', 1, 1],
    ['fact', 2, 2],
    ['fact', 3, 3],
    ['fact', 4, 4],
  ]);
  expect(frames.slice(1).map((f) => r.trace.value(f.returnObjectId!).repr)).toEqual(['24', '6', '2', '1']);
  // Each frame's argument is written at its call step, and visible from its first step on.
  for (const [i, f] of frames.slice(1).entries()) {
    expect(r.trace.locals(f.frameId, f.callStep + 1).map((v) => `${v.name}=${v.repr}`)).toEqual([`n=${4 - i}`]);
    expect(r.trace.step(f.callStep + 1)!.opname).toBe('RESUME');
    expect(r.trace.step(f.returnStep!)!.opname).toBe('RETURN_VALUE');
  }
  // The call stack at the deepest RESUME.
  const deepest = frames[4];
  expect(r.trace.callStack(deepest.callStep + 1).map((f) => f.frameId)).toEqual([1, 2, 3, 4, 5]);
  // After the innermost return, the caller goes on with the value returned: n * 1.
  const after = r.trace.step(deepest.returnStep! + 1)!;
  expect(after.frameId).toBe(frames[3].frameId);
  expect(after.opname).toBe('BINARY_OP');
  expect(r.trace.stack(after.stackId).map((v) => v.repr)).toEqual(['2']);
});

test('a generator keeps one frame across its resumptions', () => {
  const r = recordSource('def gen():\n    yield 1\n    yield 2\n\nfor v in gen():\n    print(v)\n');
  expect(r.stdout).toBe('1\n2\n');
  const frames = new Set(stepsOf(r.trace).map((s) => s.frame));
  expect(frames.size).toBe(2);
  const genFrame = r.trace.frame(2)!;
  expect(genFrame.qualname).toBe('gen');
  const ops = stepsOf(r.trace).filter((s) => s.frame === 2).map((s) => s.op);
  expect(ops.filter((o) => o === 'YIELD_VALUE')).toHaveLength(2);
  expect(ops.at(-1)).toBe('RETURN_VALUE');
  expect(genFrame.returnStep).not.toBeNull();
});

test('exceptions: raised in a callee, propagated, caught', () => {
  const r = recordSource(
    'def inner():\n    raise ValueError("bad")\n\ndef outer():\n    try:\n        inner()\n    except ValueError as e:\n        return str(e)\n\nprint(outer())\n',
  );
  expect(r.stdout).toBe('bad\n');
  const rows = r.trace.db
    .prepare('SELECT e.kind, e.caught, c.qualname, o.repr FROM exceptions e JOIN frames f USING (frame_id) JOIN codes c ON c.code_id = f.code_id JOIN objects o ON o.object_id = e.object_id ORDER BY e.event_id')
    .all();
  expect(rows).toEqual([
    { kind: 'raised', caught: 0, qualname: 'inner', repr: "ValueError('bad')" },
    { kind: 'propagated', caught: 1, qualname: 'outer', repr: "ValueError('bad')" },
  ]);
  const inner = r.trace.frame(3)!;
  expect(inner.qualname).toBe('inner');
  expect(r.trace.value(inner.exceptionObjectId!).repr).toBe("ValueError('bad')");
  expect(r.trace.step(inner.returnStep!)!.opname).toBe('RAISE_VARARGS');
});

test('closures: a nonlocal written by the inner function is seen by both frames', () => {
  const r = recordSource(
    'def counter():\n    count = 0\n    def inc():\n        nonlocal count\n        count += 1\n        return count\n    inc()\n    inc()\n    return count\n\nprint(counter())\n',
  );
  expect(r.stdout).toBe('2\n');
  const outer = r.trace.frame(2)!;
  expect(outer.qualname).toBe('counter');
  const end = outer.returnStep!;
  expect(r.trace.locals(outer.frameId, end).map((v) => `${v.name}=${v.repr}`)).toEqual(['inc=<function counter.<locals>.inc>', 'count=2']);
  const inc2 = r.trace.frame(4)!;
  expect(inc2.qualname).toBe('counter.<locals>.inc');
  expect(r.trace.locals(inc2.frameId, inc2.callStep + 1).map((v) => `${v.name}=${v.repr}`)).toEqual(['count=1']);
});

test('object mutations by methods and item stores are recorded with the new state', () => {
  const r = recordSource('xs = []\nxs.append(1)\nxs.append(2)\nxs[0] = 10\nd = {}\nd["k"] = xs\n');
  const xsId = r.trace.variable(r.trace.frame(1)!.globalsScopeId, 'xs', r.trace.stepCount)!.objectId;
  const states = r.trace.db.prepare('SELECT step, repr, size FROM object_states WHERE object_id = ? ORDER BY step').all(xsId) as { repr: string }[];
  expect(states.map((s) => s.repr)).toEqual(['[]', '[1]', '[1, 2]', '[10, 2]']);
  const dId = r.trace.variable(r.trace.frame(1)!.globalsScopeId, 'd', r.trace.stepCount)!.objectId;
  const d = r.trace.objectState(dId, r.trace.stepCount);
  expect(d.repr).toBe("{'k': [10, 2]}");
  expect(d.items).toEqual([[r.trace.db.prepare("SELECT object_id FROM objects WHERE repr = ?").pluck().get("'k'"), xsId]]);
});

test('output is recorded with the step that wrote it, and passes through unchanged', () => {
  const r = recordSource('import sys\nfor i in range(3):\n    print(i)\nsys.stderr.write("err\\n")\n');
  expect(r.stdout).toBe('0\n1\n2\n');
  expect(r.stderr).toBe('err\n');
  const out = r.trace.output(r.trace.stepCount);
  expect(out).toEqual({ stdout: '0\n1\n2\n', stderr: 'err\n' });
});

test('an uncaught exception: same traceback and status, the trace says so', () => {
  const r = recordSource('def f():\n    return 1 / 0\nf()\n');
  expect(r.result.exitStatus).toBe(1);
  expect(r.stderr).toContain('ZeroDivisionError: division by zero');
  expect(r.trace.meta.status).toBe('error');
  expect(r.trace.meta.exit_status).toBe(1);
});

test('--max-steps stops an endless loop with every step kept', () => {
  const r = recordSource('n = 0\nwhile True:\n    n += 1\n', { maxSteps: 500 });
  expect(r.result.status).toBe('max-steps');
  expect(r.trace.stepCount).toBe(500);
  expect(r.trace.meta.status).toBe('max-steps');
  expect(r.trace.step(500)).not.toBeNull();
});

test('library code runs as one step unless --trace-all', () => {
  const src = 'import textwrap\nprint(textwrap.dedent("  a"))\n';
  const plain = recordSource(src);
  expect(plain.stdout).toBe('a\n');
  const files = plain.trace.db.prepare('SELECT DISTINCT fl.is_library FROM steps JOIN frames USING (frame_id) JOIN codes c USING (code_id) JOIN files fl USING (file_id)').pluck().all();
  expect(files).toEqual([0]);
  const all = recordSource(src, { traceAll: true });
  expect(all.trace.stepCount).toBeGreaterThan(plain.trace.stepCount);
  const libSteps = all.trace.db.prepare('SELECT count(*) FROM steps JOIN frames USING (frame_id) JOIN codes c USING (code_id) JOIN files fl USING (file_id) WHERE fl.is_library = 1').pluck().get();
  expect(libSteps).toBeGreaterThan(0);
});

test('safe repr: user __repr__ never runs, instances show class and attributes', () => {
  const r = recordSource(
    'class P:\n    def __init__(self, x):\n        self.x = x\n    def __repr__(self):\n        print("REPR RAN")\n        return "P!"\n\np = P(3)\nprint("done")\n',
  );
  expect(r.stdout).toBe('done\n');
  const p = r.trace.variable(r.trace.frame(1)!.globalsScopeId, 'p', r.trace.stepCount)!;
  expect(r.trace.objectState(p.objectId, r.trace.stepCount).repr).toBe('<P: x=3>');
});

test('a long container that only grows past what its repr shows costs a small row per change', () => {
  const r = recordSource('xs = list(range(150))\nfor i in range(3):\n    xs.append(i)\n');
  const xsId = r.trace.variable(r.trace.frame(1)!.globalsScopeId, 'xs', r.trace.stepCount)!.objectId;
  const rows = r.trace.db.prepare('SELECT step, repr IS NULL AS small, size FROM object_states WHERE object_id = ? ORDER BY step').all(xsId);
  expect(rows.map((x: any) => [x.small, x.size])).toEqual([[0, 150], [1, 151], [1, 152], [1, 153]]);
  const last = r.trace.objectState(xsId, r.trace.stepCount);
  expect(last.size).toBe(153);
  expect(last.repr.startsWith('[0, 1, 2, 3')).toBe(true);
  expect((last.items as number[]).length).toBe(100);
});
