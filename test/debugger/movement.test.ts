// Movement commands over recorded programs: line steps into and over calls in both directions, finish /
// rfinish, goto/start/end, and the messages at either end of the trace. Each expectation is what the
// debugger prints (its `> file(line)func()  [step n/N]` header, or the whole text).

import { beforeAll, describe, expect, it } from 'vitest';
import { debugSource, header, type DebugRun } from './debug_helpers.js';

// Lines: 1 def add, 2 s = a + b, 3 return s, 5 total = 0, 6 for, 7 total = add(...), 8 print.
const LOOP = 'def add(a, b):\n    s = a + b\n    return s\n\ntotal = 0\nfor i in range(4):\n    total = add(total, i + 1)\nprint(total)\n';

let d: DebugRun;
beforeAll(() => {
  d = debugSource(LOOP);
});

describe('the debugger opens at step 1', () => {
  it('shows where it is: file(line)function, step, and the instruction', () => {
    const fresh = debugSource('x = 1\n');
    const text = fresh.dbg.banner().split(`${fresh.rec.dir}/`).join('');
    expect(text).toBe(
      `pyrewind debugger: ${fresh.rec.trace.stepCount} steps recorded (complete). Type help for the commands.\n` +
      `> main.py(0)<module>()  [step 1/${fresh.rec.trace.stepCount}]\n   0 RESUME 0\n`,
    );
    expect(fresh.run('stepi')[0]).toBe('> main.py(1)<module>()  [step 2/5]\n-> x = 1\n   2 LOAD_SMALL_INT 1\n');
  });
});

describe('line steps', () => {
  it('next goes line by line in the module, over the calls to add', () => {
    d.run('start');
    const lines = d.run('next', 'next', 'next', 'next', 'next', 'next').map(header);
    expect(lines).toEqual([
      '> main.py(1)<module>()  [step 2/88]',
      '> main.py(5)<module>()  [step 5/88]',
      '> main.py(6)<module>()  [step 7/88]',
      '> main.py(7)<module>()  [step 14/88]',
      '> main.py(6)<module>()  [step 29/88]', // add(0, 1) ran in between, skipped whole
      '> main.py(7)<module>()  [step 31/88]',
    ]);
  });

  it('step enters the call, goes through its lines and comes back to the caller', () => {
    d.run('goto 31');
    expect(d.run('step', 'step', 'step', 'step').map(header)).toEqual([
      '> main.py(1)add()  [step 38/88]',
      '> main.py(2)add()  [step 39/88]',
      '> main.py(3)add()  [step 42/88]',
      '> main.py(7)<module>()  [step 44/88]',
    ]);
  });

  it('rstep from the caller goes back into the callee, line by line, to its start', () => {
    d.run('goto 44');
    expect(d.run('rstep', 'rstep', 'rstep', 'rstep').map(header)).toEqual([
      '> main.py(3)add()  [step 42/88]',
      '> main.py(2)add()  [step 39/88]',
      '> main.py(1)add()  [step 38/88]',
      '> main.py(7)<module>()  [step 31/88]',
    ]);
  });

  it('rnext from the middle of a line goes to its start, then to the previous line, over calls', () => {
    d.run('goto 44'); // the STORE_NAME of line 7, after add returned
    expect(d.run('rnext', 'rnext', 'rnext').map(header)).toEqual([
      '> main.py(7)<module>()  [step 31/88]',
      '> main.py(6)<module>()  [step 29/88]',
      '> main.py(7)<module>()  [step 14/88]',
    ]);
  });

  it('next at the end of a function returns to the caller; rnext at its first line goes to the call', () => {
    d.run('goto 42');
    expect(header(d.last('next'))).toBe('> main.py(7)<module>()  [step 44/88]');
    d.run('goto 38');
    expect(header(d.last('rnext'))).toBe('> main.py(7)<module>()  [step 37/88]');
  });
});

describe('finish and rfinish', () => {
  it('finish goes to the caller after the return and says what was returned', () => {
    d.run('goto 39');
    expect(d.last('finish')).toBe('add() returned 3\n> main.py(7)<module>()  [step 44/88]\n-> total = add(total, i + 1)\n   64 STORE_NAME 1 (total)\n');
  });

  it('rfinish goes back to the call site in the caller', () => {
    d.run('goto 42');
    expect(d.last('rfinish')).toBe('back at the call of add()\n> main.py(7)<module>()  [step 37/88]\n-> total = add(total, i + 1)\n   56 CALL 2\n');
  });

  it('the module frame has no caller: one clear line, no move', () => {
    d.run('goto 20');
    expect(d.run('finish', 'rfinish')).toEqual([
      'the <module> frame is the outermost: it has no caller to return to\n',
      'the <module> frame is the outermost: it has no caller to go back to\n',
    ]);
    expect(d.dbg.session.step).toBe(20);
  });
});

describe('the ends of the trace', () => {
  it('says so instead of failing, for every movement', () => {
    d.run('start');
    expect(d.run('rstepi', 'rstep', 'rnext', 'rcontinue', 'start')).toEqual(Array(5).fill('already at the first step\n'));
    d.run('end');
    expect(d.run('stepi', 'step', 'next', 'continue', 'end')).toEqual(Array(5).fill('already at the last step (88)\n'));
  });

  it('next past the last line lands on the last step and says the trace ended', () => {
    d.run('goto 80');
    expect(header(d.last('next'))).toBe('> main.py(8)<module>()  [step 82/88]');
    expect(d.last('next')).toBe('reached the end of the trace\n> main.py(8)<module>()  [step 88/88]\n-> print(total)\n   92 RETURN_VALUE\n');
  });

  it('goto checks its argument', () => {
    expect(d.run('goto 0', 'goto 89', 'goto x', 'goto 88').map((s) => s.split('\n')[0])).toEqual([
      '*** step 0 is outside the trace (1..88)',
      '*** step 89 is outside the trace (1..88)',
      '*** usage: goto N (a step number between 1 and 88)',
      '> main.py(8)<module>()  [step 88/88]',
    ]);
  });
});

describe('recursion and generators', () => {
  // 1 def fact, 2 if, 3 return 1, 4 r = n * fact(n - 1), 5 return r; 7 def gen, 8 for, 9 yield; 11.. module
  const SRC = 'def fact(n):\n    if n <= 1:\n        return 1\n    r = n * fact(n - 1)\n    return r\n\n' +
    'def gen(k):\n    for i in range(k):\n        yield i * 10\n\nf = fact(3)\nfor v in gen(2):\n    w = v\nprint(f, w)\n';
  let r: DebugRun;
  beforeAll(() => {
    r = debugSource(SRC);
  });

  it('next over a recursive call skips all of its frames', () => {
    r.run('break 4', 'continue'); // fact(3) at line 4
    expect(r.last('print n')).toBe('3\n');
    r.run('disable'); // else next stops at the breakpoint in the recursive call (see below)
    expect(header(r.last('next'))).toMatch(/^> main\.py\(5\)fact\(\)/);
    expect(r.last('print r')).toBe('6\n');
    expect(r.last('where')).toBe('  #0 <module>() at main.py:11\n> #1 fact() at main.py:5\n');
  });

  it('finish from the innermost frame returns one level at a time', () => {
    r.run('clear', 'break 3', 'start', 'continue');
    expect(r.last('where').split('\n').length - 1).toBe(4);
    expect(r.last('finish').split('\n')[0]).toBe('fact() returned 1');
    expect(r.last('print n')).toBe('2\n');
    expect(r.last('finish').split('\n')[0]).toBe('fact() returned 2');
    expect(r.last('print n')).toBe('3\n');
    expect(r.last('finish').split('\n')[0]).toBe('fact() returned 6');
    expect(r.last('where')).toBe('> #0 <module>() at main.py:11\n');
  });

  it('next in a generator goes to the consumer at a yield, and back in at the resume', () => {
    r.run('clear', 'break 9', 'start', 'continue');
    expect(r.last('print i')).toBe('0\n');
    expect(header(r.last('next'))).toMatch(/^> main\.py\(12\)<module>\(\)/); // yield: to the for loop
    expect(header(r.last('next'))).toMatch(/^> main\.py\(13\)<module>\(\)/);
    expect(r.last('print w')).toMatch(/^\*\*\* name 'w' is not defined/);
    expect(r.last('next', 'print w')).toBe('0\n');
    // The generator resuming at the yield is an arrival at line 9 too (as a line event in pdb): i is still 0.
    expect(r.last('continue')).toMatch(/^Breakpoint 3, main\.py:9\n> main\.py\(9\)gen\(\).*\n-> yield i \* 10\n   \d+ RESUME 5\n$/);
    expect(r.last('print i')).toBe('0\n');
    r.run('continue');
    expect(r.last('print i')).toBe('1\n');
    expect(header(r.last('finish'))).toMatch(/^> main\.py\(12\)<module>\(\)/);
    expect(r.last('next', 'next', 'print w')).toBe('10\n');
  });
});

describe('generators consumed inside one step of the caller', () => {
  // 1 def g, 2 for, 3 yield sq(j), 4 def sq, 5 return, 6 a = 1, 7 s = sum(g(4)), 8 t = sum(genexpr), 9 print
  const SRC = 'def g(k):\n    for j in range(k):\n        yield sq(j)\ndef sq(v):\n    return v * v\na = 1\n' +
    's = sum(g(4))\nt = sum(x for x in range(5))\nprint(s, t)\n';
  let r: DebugRun;
  beforeAll(() => {
    r = debugSource(SRC);
  });

  it('next steps over the whole generator run and rnext comes back to the start of the same lines', () => {
    const at7 = header(r.last('break 7', 'continue'));
    expect(at7).toMatch(/^> main\.py\(7\)<module>\(\)/);
    const at8 = header(r.last('next'));
    expect(at8).toMatch(/^> main\.py\(8\)<module>\(\)/);
    expect(r.last('print s')).toBe('14\n');
    expect(header(r.last('next'))).toMatch(/^> main\.py\(9\)<module>\(\)/);
    expect(r.last('print t')).toBe('10\n');
    expect(header(r.last('rnext'))).toBe(at8);
    expect(header(r.last('rnext'))).toBe(at7);
    expect(header(r.last('rnext'))).toMatch(/^> main\.py\(6\)<module>\(\)/);
  });

  it('step goes into the generator, and finish from inside it goes back to the consumer', () => {
    r.run('clear', 'start', 'break 7', 'continue');
    expect(header(r.last('step'))).toMatch(/^> main\.py\(1\)g\(\)/);
    r.run('clear', 'break 5', 'continue');
    expect(r.last('where')).toBe('  #0 <module>() at main.py:7\n  #1 g() at main.py:3\n> #2 sq() at main.py:5\n');
    expect(r.last('finish').split('\n')[0]).toBe('sq() returned 0');
    // sum() is not traced: g's yield goes back into it, and the next step is g resumed for the next item.
    expect(r.last('finish')).toMatch(/^> main\.py\(3\)g\(\)  \[step \d+\/\d+\]\n-> yield sq\(j\)\n   \d+ RESUME \d+\n$/);
    expect(r.last('print j')).toBe('0\n');
    expect(r.last('up')).toBe('> main.py(7)<module>()\n-> s = sum(g(4))\n');
    // next in the selected module frame runs over the rest of the generator (breakpoint 5 disabled).
    r.run('disable');
    expect(header(r.last('next'))).toMatch(/^> main\.py\(8\)<module>\(\)/);
    expect(r.last('print s')).toBe('14\n');
    r.run('clear', 'break 7', 'start');
    const at7 = header(r.last('continue'));
    r.run('clear', 'break 5', 'continue', 'up', 'up');
    expect(header(r.last('rnext'))).toBe(at7); // the module's line 7 began before the generator ran
  });
});

describe('a generator expression consumed by an untraced builtin', () => {
  it('step and rstep go one event at a time (each resume, and each turn of the loop on one line); finish to the next resume', () => {
    const r = debugSource('t = sum(x for x in range(3))\nprint(t)\n');
    expect(header(r.last('step', 'step'))).toBe('> main.py(1)<genexpr>()  [step 12/46]');
    const values = [];
    for (let k = 0; k < 3; k++) {
      expect(r.last('step')).toMatch(/^> main\.py\(1\)<genexpr>\(\)  \[step \d+\/46\]\n-> t = sum\(x for x in range\(3\)\)\n   16 RESUME 5\n$/);
      values.push(r.last('p x'));
      // The genexpr's loop jumps back to its own line: a line event in CPython 3.12+ (pdb stops there).
      if (k < 2) expect(r.last('step')).toMatch(/\n   20 JUMP_BACKWARD 8 \(to L2\)\n$/);
    }
    expect(values).toEqual(['0\n', '1\n', '2\n']);
    expect(r.last('rstep')).toMatch(/\n   20 JUMP_BACKWARD 8 \(to L2\)\n$/);
    expect(r.last('p x')).toBe('1\n');
    expect(r.last('finish', 'p x')).toBe('2\n');
    expect(r.last('rstep', 'rstep', 'p x')).toBe('1\n');
    expect(header(r.last('next'))).toBe('> main.py(1)<genexpr>()  [step 27/46]');
  });
});

describe('rfinish from a generator that an untraced builtin resumes', () => {
  it('goes back to the caller\'s step in progress (the call of sum), not to the generator\'s own previous yield', () => {
    const r = debugSource('def gen():\n    for i in range(3):\n        yield i\nt = sum(gen())\nprint(t)\n');
    r.run('break 3', 'continue', 'continue', 'disable');
    expect(r.last('p i')).toBe('0\n');
    // sum() resumed gen right after its first yield: no traced step in between.
    const back = r.last('rfinish');
    expect(back).toMatch(/^back at the call of gen\(\)\n> main\.py\(4\)<module>\(\)  \[step \d+\/\d+\]\n-> t = sum\(gen\(\)\)\n   \d+ CALL 0\n$/);
  });
});

describe('an exception leaving a function', () => {
  it('finish says what was raised and lands in the caller where it arrives; next goes on to the handler', () => {
    const r = debugSource('def bad(x):\n    return 1 / x\n\ntry:\n    bad(0)\nexcept ZeroDivisionError:\n    y = 1\n');
    r.run('break 2', 'continue');
    const out = r.last('finish');
    expect(out.split('\n')[0]).toBe("bad() raised ZeroDivisionError('division by zero')");
    expect(out).toMatch(/^> main\.py\(\?\)<module>\(\)  \[step \d+\/\d+\]\n   \d+ PUSH_EXC_INFO\n$/m);
    expect(header(r.last('next'))).toMatch(/^> main\.py\(6\)<module>\(\)/);
    expect(header(r.last('next'))).toMatch(/^> main\.py\(7\)<module>\(\)/);
    expect(header(r.last('rfinish'))).toBe(''); // the module: no caller
  });
});

describe('line steps in a code object of many lines', () => {
  // Over 200 lines, next/step find the end of a line by a range scan over steps instead of seeks in
  // line_events: they must stop at the same line events, e.g. not where the store after a comprehension
  // written on two lines goes back to its first line without starting it (no line event in CPython).
  const BODY = 't = [i * 2\n     for i in range(3)]\nu = sum(x for x in t)\nprint(t, u)\n';
  const PAD = 210;
  function lines(pad: number, command: string): number[] {
    const r = debugSource('p = 0\n'.repeat(pad) + BODY);
    r.run(`break ${pad + 1}`, 'continue');
    const out: number[] = [];
    for (let k = 0; k < 12; k++) {
      const m = /^> main\.py\((\d+)\)/.exec(header(r.last(command)));
      if (m === null) break;
      out.push(Number(m[1]) - pad);
    }
    return out;
  }

  it('next and step stop at the same lines as in a short code object', () => {
    const short = lines(0, 'next');
    expect(short.length).toBeGreaterThan(3);
    expect(lines(PAD, 'next')).toEqual(short);
    expect(lines(PAD, 'step')).toEqual(lines(0, 'step'));
  });
});
