// Breakpoints and watchpoints: continue / rcontinue land on the next / previous hit (a line hit is the
// arrival at the line, once per execution of it), function breakpoints stop where a frame begins,
// watch stops at writes in either direction, clear and info breakpoints.

import { beforeAll, describe, expect, it } from 'vitest';
import { debugRecorded, debugSource, header, type DebugRun } from './debug_helpers.js';

// Lines: 1 def add, 2 s = a + b, 3 return s, 5 total = 0, 6 for, 7 total = add(...), 8 print.
const LOOP = 'def add(a, b):\n    s = a + b\n    return s\n\ntotal = 0\nfor i in range(4):\n    total = add(total, i + 1)\nprint(total)\n';

let d: DebugRun;
beforeAll(() => {
  d = debugSource(LOOP);
});
const shared = () => d.rec;

describe('line breakpoints', () => {
  it('continue stops at each arrival at the line, not at every instruction of it', () => {
    d.run('clear', 'start');
    expect(d.last('break 7')).toMatch(/^Breakpoint \d+ at main\.py:7\n$/);
    const hits = d.run('continue', 'print i', 'continue', 'print i', 'continue', 'print i', 'continue', 'print i');
    expect(hits.filter((_, k) => k % 2 === 1)).toEqual(['0\n', '1\n', '2\n', '3\n']);
    expect(header(hits[0])).toBe('> main.py(7)<module>()  [step 14/88]');
    expect(hits[0]).toMatch(/^Breakpoint \d+, main\.py:7\n/);
    expect(d.last('continue')).toBe('no later breakpoint or watchpoint hit: reached the end of the trace\n> main.py(8)<module>()  [step 88/88]\n-> print(total)\n   92 RETURN_VALUE\n');
  });

  it('rcontinue lands on the previous hit, and the value printed is the one of that step', () => {
    d.run('clear', 'break 7', 'end');
    expect(header(d.last('rcontinue'))).toBe('> main.py(7)<module>()  [step 65/88]');
    expect(d.last('print total')).toBe('6\n');
    expect(header(d.last('rcontinue'))).toBe('> main.py(7)<module>()  [step 48/88]');
    expect(d.last('print total')).toBe('3\n');
    expect(header(d.last('continue'))).toBe('> main.py(7)<module>()  [step 65/88]');
    d.run('rc', 'rc', 'rc');
    expect(d.last('rc')).toMatch(/^no earlier breakpoint or watchpoint hit: reached the start of the trace\n> main\.py\(0\)/);
    expect(d.last('rc')).toBe('already at the first step\n');
  });

  it('break FILE:LINE, break FUNCTION, and a breakpoint inside the callee', () => {
    const d = debugRecorded(shared());
    expect(d.run('break main.py:2', 'break add')).toEqual(['Breakpoint 1 at main.py:2\n', 'Breakpoint 2 at function add\n']);
    expect(d.last('continue')).toBe('Breakpoint 2, function add\n> main.py(1)add()  [step 21/88]\n-> def add(a, b):\n   0 RESUME 0\n');
    expect(header(d.last('continue'))).toBe('> main.py(2)add()  [step 22/88]');
    expect(d.last('print a')).toBe('0\n');
    expect(header(d.last('continue'))).toBe('> main.py(1)add()  [step 38/88]');
    expect(d.last('info breakpoints')).toBe(
      'Num  Type        Disp Enb  What\n1    breakpoint  keep yes  main.py:2\n        breakpoint already hit 1 time\n' +
      '2    breakpoint  keep yes  function add\n        breakpoint already hit 2 times\n',
    );
    expect(d.last('clear 2')).toBe('deleted 2\n');
    expect(header(d.last('continue'))).toBe('> main.py(2)add()  [step 39/88]');
    expect(d.last('rcontinue')).toMatch(/^Breakpoint 1, main\.py:2\n> main\.py\(2\)add\(\)  \[step 22\/88\]/);
  });

  it('rcontinue on a function breakpoint lands on the previous entry of that function', () => {
    const d = debugRecorded(shared());
    d.run('break add', 'end');
    expect(d.last('rcontinue')).toBe('Breakpoint 1, function add\n> main.py(1)add()  [step 72/88]\n-> def add(a, b):\n   0 RESUME 0\n');
    expect(d.run('print a', 'print b')).toEqual(['6\n', '4\n']);
    expect(header(d.last('rcontinue'))).toBe('> main.py(1)add()  [step 55/88]');
    expect(d.run('print a', 'print b')).toEqual(['3\n', '3\n']);
  });

  it('bad breakpoints get one clear line', () => {
    expect(d.run('break 4', 'break 99', 'break nofile.py:1', 'break nosuch', 'break 1+', 'clear 42', 'clear x')).toEqual([
      '*** line 4 of main.py has no code (blank, a comment, or never compiled)\n',
      '*** line 99 of main.py has no code (blank, a comment, or never compiled)\n',
      "*** no file 'nofile.py' in this trace\n",
      "*** no function 'nosuch' in this trace\n",
      "*** usage: break LINE, break FILE:LINE or break FUNCTION, with an optional ', COND' after it\n",
      '*** no breakpoint or watchpoint number 42\n',
      '*** usage: clear [N]\n',
    ]);
    d.run('clear');
    expect(d.run('info breakpoints', 'clear')).toEqual(['no breakpoints or watchpoints\n', 'no breakpoints or watchpoints to delete\n']);
  });
});

describe('watchpoints', () => {
  it('watch backward from the end finds the last write, with the old and new values', () => {
    d.run('clear', 'end');
    expect(d.last('watch total')).toMatch(/^Watchpoint \d+: total \(global\)\n$/);
    expect(d.last('rcontinue')).toMatch(/^Watchpoint \d+: total = 10 \(was 6\)\n> main\.py\(7\)<module>\(\)  \[step 78\/88\]\n-> total = add\(total, i \+ 1\)\n   64 STORE_NAME 1 \(total\)\n$/);
    expect(d.last('rcontinue').split('\n')[0]).toMatch(/total = 6 \(was 3\)$/);
    expect(d.last('continue').split('\n')[0]).toMatch(/total = 10 \(was 6\)$/);
  });

  it('watch forward from the start stops at the first binding', () => {
    d.run('clear', 'start', 'watch total');
    expect(d.last('continue').split('\n').slice(0, 2)).toEqual([`Watchpoint ${d.dbg.session.stops.all()[0].id}: total = 0 (was <unbound>)`, '> main.py(5)<module>()  [step 6/88]']);
  });

  it('watch resolves a name in the selected frame: a local of the function', () => {
    const d = debugRecorded(shared());
    d.run('break add', 'continue', 'continue');
    const w = d.last('watch s');
    expect(w).toMatch(/^Watchpoint \d+: s \(local\)\n$/);
    d.run('clear 1');
    // Only the writes of this frame's s count: the next frame's s is another variable.
    expect(d.last('continue').split('\n')[0]).toMatch(/: s = 3 \(was <unbound>\)$/);
    expect(d.last('continue')).toMatch(/^no later breakpoint or watchpoint hit: reached the end of the trace/);
  });

  it('watch of a name the frame never writes says so', () => {
    d.run('clear', 'start');
    expect(d.run('watch s', 'watch nosuchname', 'watch 1x')).toEqual([
      "*** 's' is never written as a global of this frame (select the frame that uses it with up/down)\n",
      "*** no variable 'nosuchname' is ever written in this trace\n",
      '*** usage: watch NAME (a variable name)\n',
    ]);
  });
});
