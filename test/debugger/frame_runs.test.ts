// The frame_runs index (written by recorder/recorder.ts) and the movements that seek it: the table must equal runs
// computed step by step from the steps themselves (generators resumed by traced and untraced code,
// exceptions leaving frames from a callee, callbacks from builtins, recursion); next / rnext over a
// sum(genexpr) line with thousands of resumptions land on the next / previous line; and a trace without the
// table (recorded before it existed) gives the same answers through the fallback scans. Also the
// incremental Trace.output(n) against a plain query.

import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Trace } from '../../schema/trace.js';
import { Debugger } from '../../debugger/commands.js';
import { recordSource, type Recorded } from '../recorder/record_helpers.js';
import { debugRecorded, header } from './debug_helpers.js';

// Lines: 1 def sq, 2 return, 4 def gen, 5 for, 6 yield, 8 def bad, 9 raise, 11 def mid, 12 return bad(),
// 14 a = 1, 15 t = sum(genexpr), 16 u = sum(sq genexpr), 17 for v in gen(3), 18 w = v, 19 try, 20 mid(),
// 21 except, 22 e = 1, 23 s = sorted(key=sq), 24 print, 25 q = 0, 26 a loop on one line, 27 a list
// comprehension (inlined: a loop on one line too), 28 z = 1
const SRC = [
  'def sq(v):', '    return v * v', '', 'def gen(k):', '    for j in range(k):', '        yield sq(j)', '',
  'def bad():', "    raise ValueError('x')", '', 'def mid():', '    return bad()', '',
  'a = 1', 't = sum(x * x for x in range(3000))', 'u = sum(sq(x) for x in range(40))',
  'for v in gen(3):', '    w = v', 'try:', '    mid()', 'except ValueError:', '    e = 1',
  's = sorted([3, 1, 2], key=sq)', "print(a, t, u, w, e, s)",
  'q = 0', 'for k in range(300): q += k', 'ys = [k * 2 for k in range(200)]', 'z = 1', '',
].join('\n');

let rec: Recorded;
let old: Trace;
beforeAll(() => {
  rec = recordSource(SRC);
  // The same trace as an older recording: no frame_runs table.
  const copy = join(rec.dir, 'old.trace.sqlite');
  copyFileSync(rec.path, copy);
  const db = new Database(copy);
  db.exec('DROP TABLE frame_runs');
  db.close();
  old = Trace.open(copy);
});
afterAll(() => old?.close());

interface Run { first: number; last: number; frame: number; exits: number }

/** The runs, computed step by step as the README defines them. */
function expectedRuns(trace: Trace): Run[] {
  const runs: Run[] = [];
  for (let n = 1; n <= trace.stepCount; n++) {
    const s = trace.step(n)!;
    const prev = n > 1 ? trace.step(n - 1)! : null;
    if (prev === null || prev.frameId !== s.frameId || prev.opname === 'YIELD_VALUE' || prev.opname === 'RETURN_GENERATOR') {
      runs.push({ first: n, last: n, frame: s.frameId, exits: 0 });
    } else {
      runs[runs.length - 1].last = n;
    }
    if (['YIELD_VALUE', 'RETURN_GENERATOR', 'RETURN_VALUE'].includes(s.opname)) runs[runs.length - 1].exits = 1;
  }
  // A frame an exception left: its last run ends it (even when its last step is a call).
  for (const r of runs) {
    const f = trace.frame(r.frame)!;
    const later = runs.some((x) => x.frame === r.frame && x.first > r.first);
    if (!later && f.exceptionObjectId !== null && f.returnStep !== null) r.exits = 1;
  }
  return runs;
}

describe('the frame_runs table', () => {
  it('is the runs of consecutive steps of one frame, split at yields, with how each ended', () => {
    const t = rec.trace;
    expect(t.hasFrameRuns()).toBe(true);
    const got = t.db.prepare('SELECT first_step AS first, last_step AS last, frame_id AS frame, exits FROM frame_runs ORDER BY first_step').all();
    const want = expectedRuns(t);
    expect(got).toEqual(want);
    // The program has each kind of run: generator suspensions with the same frame resumed at once, and
    // frames that an exception left from a callee (mid() has no handler).
    expect(want.filter((r, k) => k > 0 && r.frame === want[k - 1].frame).length).toBeGreaterThan(2000);
    const mid = t.db.prepare("SELECT f.frame_id FROM frames f JOIN codes c USING (code_id) WHERE c.name = 'mid'").get() as { frame_id: number };
    const midRuns = want.filter((r) => r.frame === mid.frame_id);
    expect(midRuns.at(-1)!.exits).toBe(1);
    expect(t.step(midRuns.at(-1)!.last)!.opname).toBe('CALL');
  });

  it('frameRun seeks: at, after, before, and exits only', () => {
    const t = rec.trace;
    const runs = expectedRuns(t);
    const gen = runs.find((r) => t.frame(r.frame)!.qualname === '<genexpr>')!;
    const mine = runs.filter((r) => r.frame === gen.frame);
    const k = 100;
    const r = mine[k];
    expect(t.frameRun(gen.frame, r.first + 1, 'at')).toEqual({ firstStep: r.first, lastStep: r.last, exits: r.exits === 1 });
    expect(t.frameRun(gen.frame, r.first, 'after')).toEqual({ firstStep: mine[k + 1].first, lastStep: mine[k + 1].last, exits: mine[k + 1].exits === 1 });
    expect(t.frameRun(gen.frame, r.first, 'before')!.firstStep).toBe(mine[k - 1].first);
    expect(t.frameRun(gen.frame, r.first, 'after', true)!.firstStep).toBe(mine.find((x) => x.first > r.first && x.exits === 1)!.first);
    expect(old.hasFrameRuns()).toBe(false);
    expect(old.frameRun(gen.frame, r.first, 'at')).toBeNull();
  });
});

describe('a trace without frame_runs', () => {
  it('opens with a note saying moves may scan, and no note for a trace that has the table', () => {
    expect(new Debugger(old).banner().split('\n')[1]).toBe(
      'note: this trace predates the frame_runs index: next/finish over long generator runs scan the steps in between (record it again to index them)',
    );
    expect(new Debugger(rec.trace).banner().split('\n')[1]).toMatch(/^> /);
  });
});

describe('next and rnext over a line that resumes a generator thousands of times', () => {
  for (const [label, trace] of [['with frame_runs', () => rec.trace], ['without (an older trace)', () => old]] as const) {
    it(`lands on the next line and back on the same line's start (${label})`, () => {
      const d = new Debugger(trace());
      const run = (c: string): string => d.execute(c).split(`${rec.dir}/`).join('');
      run('break 15');
      const at15 = header(run('continue'));
      expect(at15).toMatch(/^> main\.py\(15\)<module>\(\)/);
      run('disable'); // the genexpr runs line 15 too: an enabled breakpoint there would stop next inside it
      const at16 = header(run('next'));
      expect(at16).toMatch(/^> main\.py\(16\)<module>\(\)/);
      expect(run('print t')).toBe(`${Array.from({ length: 3000 }, (_, x) => x * x).reduce((p, q) => p + q)}\n`);
      expect(header(run('next'))).toMatch(/^> main\.py\(17\)<module>\(\)/);
      expect(run('print u')).toBe('20540\n');
      expect(header(run('rnext'))).toBe(at16);
      expect(header(run('rnext'))).toBe(at15);
      expect(header(run('rnext'))).toMatch(/^> main\.py\(14\)<module>\(\)/);
      // From inside the generator: up to the module, next runs over the rest of it.
      run('clear');
      run('break 16');
      run('continue');
      run('clear');
      run('break 2');
      run('continue');
      expect(run('where')).toBe('  #0 <module>() at main.py:16\n  #1 <genexpr>() at main.py:16\n> #2 sq() at main.py:2\n');
      run('up');
      run('up');
      run('disable'); // sq runs again on the way: an enabled breakpoint in it stops next there
      expect(header(run('next'))).toMatch(/^> main\.py\(17\)<module>\(\)/);
      expect(run('print u')).toBe('20540\n');
    });
  }

  it('every movement gives the same answer with and without the table, from every line', () => {
    const cmds = ['next', 'rnext', 'step', 'rstep', 'finish', 'rfinish'];
    const withRuns = debugRecorded(rec);
    const oldRec = { ...rec, trace: old };
    const without = debugRecorded(oldRec);
    const at: number[] = [];
    for (let n = 1; n <= rec.trace.stepCount; n += 307) at.push(n);
    for (let n = rec.trace.stepCount - 3000; n <= rec.trace.stepCount; n += 67) at.push(n);
    for (const n of at) {
      for (const c of cmds) {
        // Both in the newest frame, and after `up` (the move is then in the caller).
        for (const pre of [[], ['up']]) {
          const a = withRuns.run(`goto ${n}`, ...pre, c).at(-1);
          const b = without.run(`goto ${n}`, ...pre, c).at(-1);
          expect({ n, c, pre, out: a }).toEqual({ n, c, pre, out: b });
        }
      }
    }
  });
});

describe('the Trace navigation the viewer uses', () => {
  it('stepOver, nextLineStep, stepOut and stepOfFrame answer the same with and without frame_runs', () => {
    const t = rec.trace;
    // A frame of each kind: the module, the 3000-item genexpr, the 40-item one, gen(), mid() (left by an exception).
    const frames = (t.db.prepare(
      "SELECT min(f.frame_id) AS frame_id FROM frames f JOIN codes c USING (code_id) GROUP BY c.qualname, c.first_line",
    ).all() as { frame_id: number }[]).map((r) => r.frame_id);
    // Every 251st step, and densely over the end of the program (gen, the exception, sorted's callbacks).
    const at: number[] = [];
    for (let n = 1; n <= t.stepCount; n += 251) at.push(n);
    for (let n = t.stepCount - 3000; n <= t.stepCount; n += 23) at.push(n);
    for (const n of at) {
      for (const back of [false, true]) {
        expect([n, back, t.stepOver(n, back)]).toEqual([n, back, old.stepOver(n, back)]);
        expect([n, back, t.nextLineStep(n, back)]).toEqual([n, back, old.nextLineStep(n, back)]);
        expect([n, back, t.stepOut(n, back)]).toEqual([n, back, old.stepOut(n, back)]);
        for (const f of frames) expect([n, back, f, t.stepOfFrame(f, n, back)]).toEqual([n, back, f, old.stepOfFrame(f, n, back)]);
      }
    }
  });
});

describe('a loop on one line', () => {
  it('next stops at each turn (a line event, as in pdb), until leaves the loop, runtil and rnext come back (with and without frame_runs)', () => {
    for (const trace of [rec.trace, old]) {
      const d = new Debugger(trace);
      const run = (c: string): string => d.execute(c).split(`${rec.dir}/`).join('');
      run('break 26');
      const at26 = header(run('continue'));
      // The breakpoint would stop each turn too (each is a line event): these moves go without it.
      run('disable');
      // Each turn jumps back to line 26: next stops there, at the jump, after the turn's `q += k`.
      for (const k of [0, 1, 2]) {
        expect(run('next')).toMatch(/^> main\.py\(26\)<module>\(\)  \[step \d+\/\d+\]\n-> for k in range\(300\): q \+= k\n   \d+ JUMP_BACKWARD/);
        expect(run('print q')).toBe(`${(k * (k + 1)) / 2}\n`);
      }
      expect(header(run('rnext'))).toMatch(/^> main\.py\(26\)<module>\(\)/);
      expect(run('print q')).toBe('1\n');
      expect(header(run('until'))).toMatch(/^> main\.py\(27\)<module>\(\)/);
      expect(run('print q')).toBe(`${(299 * 300) / 2}\n`);
      // The comprehension on line 27 is a loop on one line too (inlined): until 28 goes past it.
      expect(header(run('until 28'))).toMatch(/^> main\.py\(28\)<module>\(\)/);
      expect(run('print ys[3]')).toBe('6\n');
      expect(header(run('runtil'))).toMatch(/^> main\.py\(27\)<module>\(\)/);
      expect(header(run('runtil 26'))).toMatch(/^> main\.py\(26\)<module>\(\)/);
      // Its last turn: the last jump back, after q += 299.
      expect(run('print q')).toBe(`${(299 * 300) / 2}\n`);
      expect(header(run('runtil 25'))).toMatch(/^> main\.py\(25\)<module>\(\)/);
      expect(header(run('until 26'))).toBe(at26);
    }
  });
});

describe('finish and rfinish of a generator through frame_runs', () => {
  it('finish goes to the consumer after the yield; rfinish to the consumer\'s step that resumed it', () => {
    const d = debugRecorded(rec);
    d.run('break 6', 'continue', 'continue'); // gen's second arrival at line 6 (resumed by the for loop)
    expect(d.last('print j')).toBe('0\n');
    d.run('disable');
    expect(header(d.last('finish'))).toMatch(/^> main\.py\(17\)<module>\(\)/);
    expect(d.last('print v')).toBe('1\n'); // the next item, sq(1), was just stored
    d.run('enable', 'continue'); // gen resumed for the next item: j is still 1
    expect(d.last('print j')).toBe('1\n');
    const back = d.last('rfinish');
    expect(back.split('\n')[0]).toBe('back at the call of gen()');
    expect(back).toMatch(/\n> main\.py\(17\)<module>\(\).*\n-> for v in gen\(3\):\n   \d+ FOR_ITER/);
  });

  it('finish from a frame an exception left lands after it, in the handler\'s frame', () => {
    const d = debugRecorded(rec);
    d.run('break mid', 'continue');
    const out = d.last('finish');
    expect(out.split('\n')[0]).toBe("mid() raised ValueError('x')");
    d.run('next');
    expect(header(d.last('next'))).toMatch(/^> main\.py\(22\)<module>\(\)/);
  });
});

describe('Trace.output(n)', () => {
  it('reads output incrementally and answers any step, in any order, as the plain query does', () => {
    const r = recordSource('for i in range(30):\n    print(i, end=" " if i % 7 else "\\n")\nimport sys\nsys.stderr.write("err\\n")\nprint("end")\n');
    const t = r.trace;
    const plain = (n: number) => {
      let stdout = '';
      let stderr = '';
      for (const row of t.db.prepare('SELECT stream, text FROM output WHERE step <= ? ORDER BY output_id').all(n) as { stream: string; text: string }[]) {
        if (row.stream === 'stdout') stdout += row.text;
        else stderr += row.text;
      }
      return { stdout, stderr };
    };
    const order = Array.from({ length: t.stepCount + 2 }, (_, k) => k);
    // Forward, backward, then scattered (a fixed permutation).
    const steps = [...order, ...[...order].reverse(), ...order.map((k) => (k * 37) % order.length)];
    for (const n of steps) expect(t.output(n)).toEqual(plain(n));
    expect(t.output(t.stepCount).stderr).toBe('err\n');
    expect(t.output(t.stepCount).stdout.slice(-13)).toBe('27 28\n29 end\n');
  });
});
