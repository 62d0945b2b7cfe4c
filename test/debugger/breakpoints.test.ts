// pdb's breakpoint features over a recorded program, going both ways: tbreak (deleted once stopped at),
// disable / enable, conditions checked on recorded values (break LINE, COND and condition N COND, every
// supported form and the errors for the rest), ignore counts, hit counts in info breakpoints, and help.

import { beforeAll, describe, expect, it } from 'vitest';
import { debugRecorded, debugSource, header, type DebugRun } from './debug_helpers.js';
import type { Recorded } from '../recorder/record_helpers.js';

// Lines: 1 def add, 2 s = a + b, 3 return s, 5 class P, 6 def __init__, 7 self.name, 8 self.n,
// 10 total = 0, 11 ps = [], 12 for i, 13 p = P(...), 14 ps.append(p), 15 total = add(total, i), 16 print.
const SRC =
  'def add(a, b):\n    s = a + b\n    return s\n\nclass P:\n    def __init__(self, name, n):\n        self.name = name\n' +
  '        self.n = n\n\ntotal = 0\nps = []\nfor i in range(6):\n    p = P(\'p\' + str(i), i * 1.5)\n    ps.append(p)\n' +
  '    total = add(total, i)\nprint(total)\n';

let rec: Recorded;
beforeAll(() => {
  rec = debugSource(SRC).rec;
});
const fresh = (): DebugRun => debugRecorded(rec);

describe('tbreak', () => {
  it('stops once going forward, says it deleted the breakpoint, and is gone afterwards', () => {
    const d = fresh();
    expect(d.last('tbreak 15')).toBe('Temporary breakpoint 1 at main.py:15\n');
    expect(d.last('info breakpoints')).toBe('Num  Type        Disp Enb  What\n1    breakpoint  del  yes  main.py:15\n');
    const out = d.last('continue');
    expect(out.split('\n').slice(0, 3)).toEqual(['Temporary breakpoint 1, main.py:15', 'Deleted breakpoint 1 at main.py:15', header(out)]);
    expect(header(out)).toMatch(/^> main\.py\(15\)<module>\(\)/);
    expect(d.last('print i')).toBe('0\n');
    expect(d.last('info breakpoints')).toBe('no breakpoints or watchpoints\n');
    expect(d.last('continue')).toMatch(/^no breakpoints or watchpoints set: reached the end of the trace\n/);
  });

  it('going backward stops at the last hit, then is deleted', () => {
    const d = fresh();
    d.run('end', 'tbreak add');
    expect(d.last('rcontinue').split('\n').slice(0, 2)).toEqual(['Temporary breakpoint 1, function add', 'Deleted breakpoint 1 at function add']);
    expect(d.run('print a', 'print b')).toEqual(['10\n', '5\n']);
    expect(d.last('rcontinue')).toMatch(/^no breakpoints or watchpoints set: reached the start of the trace\n/);
  });

  it('takes a condition too', () => {
    const d = fresh();
    d.run('tbreak 15, i == 2', 'continue');
    expect(d.last('print i')).toBe('2\n');
    expect(d.dbg.session.stops.all()).toHaveLength(0);
  });
});

describe('disable and enable', () => {
  it('continue and rcontinue pass a disabled stop until it is enabled again', () => {
    const d = fresh();
    d.run('break 15', 'break add');
    expect(d.last('disable 2')).toBe('Disabled breakpoint 2 at function add\n');
    d.run('continue');
    expect(d.last('print i')).toBe('0\n');
    expect(d.last('continue').split('\n')[0]).toBe('Breakpoint 1, main.py:15'); // add(0, 0) ran in between
    expect(d.last('print i')).toBe('1\n');
    expect(d.last('enable 2')).toBe('Enabled breakpoint 2 at function add\n');
    expect(d.last('continue').split('\n')[0]).toBe('Breakpoint 2, function add');
    expect(d.run('print a', 'print b')).toEqual(['0\n', '1\n']);
    // Backward from inside add(0, 1): line 15's arrival of the same iteration comes first.
    expect(d.last('rcontinue').split('\n')[0]).toBe('Breakpoint 1, main.py:15');
    expect(d.last('print i')).toBe('1\n');
    d.run('disable 1');
    expect(d.last('rcontinue').split('\n')[0]).toBe('Breakpoint 2, function add');
    expect(d.run('print a', 'print b')).toEqual(['0\n', '0\n']);
    expect(d.last('info b')).toMatch(/^1    breakpoint  keep no   main\.py:15$/m);
  });

  it('without numbers they act on every stop; bad numbers get one line', () => {
    const d = fresh();
    d.run('break 15', 'watch total');
    expect(d.last('disable')).toBe('Disabled breakpoint 1 at main.py:15\nDisabled watchpoint 2: total (global)\n');
    expect(d.last('continue')).toMatch(/^all breakpoints and watchpoints are disabled: reached the end of the trace\n/);
    expect(d.last('enable')).toBe('Enabled breakpoint 1 at main.py:15\nEnabled watchpoint 2: total (global)\n');
    expect(d.last('rcontinue').split('\n')[0]).toBe('Watchpoint 2: total = 15 (was 10)');
    expect(d.run('disable 7', 'enable x', 'disable 1 9')).toEqual([
      '*** no breakpoint or watchpoint number 7\n', '*** usage: enable [N ...]\n', '*** no breakpoint or watchpoint number 9\n',
    ]);
    expect(d.dbg.session.stops.get(1)!.enabled).toBe(true); // refused as a whole: 9 does not exist
  });
});

describe('conditions', () => {
  it('break LINE, COND stops only where it holds, in both directions', () => {
    const d = fresh();
    expect(d.last('break 15, i == 3')).toBe('Breakpoint 1 at main.py:15\n');
    expect(d.last('continue').split('\n')[0]).toBe('Breakpoint 1, main.py:15');
    expect(d.last('print i')).toBe('3\n');
    expect(d.last('continue')).toMatch(/^no later breakpoint or watchpoint hit: reached the end of the trace\n/);
    expect(header(d.last('rcontinue'))).toMatch(/^> main\.py\(15\)<module>\(\)/);
    expect(d.last('print i')).toBe('3\n');
    expect(d.last('rcontinue')).toMatch(/^no earlier breakpoint or watchpoint hit: reached the start of the trace\n/);
    expect(d.last('info b')).toBe('Num  Type        Disp Enb  What\n1    breakpoint  keep yes  main.py:15\n        stop only if i == 3\n        breakpoint already hit 12 times\n');
  });

  it('every comparison, attribute and item paths, floats, strings, and the literal on either side', () => {
    const d = fresh();
    d.run('break 15');
    // [condition, the i of the first hit going forward from the start]
    const cases: [string, number][] = [
      ["p.name == 'p4'", 4], ['p.name == "p2"', 2], ['p.n >= 6.0', 4], ['p.n > 6', 5], ['ps[0].n < 1', 0], ['ps[-1].n <= 1.5', 0],
      ['total > 5', 4], ['i != 0', 1], ['3 < i', 4], ['i >= 0x2', 2], ['p.name != None', 0], ["ps[-1].name == 'p1'", 1],
      ['i == True', 1], ['p.n == 3', 2], ["p.name > 'p3'", 4],
    ];
    const got: [string, number][] = [];
    for (const [cond] of cases) {
      expect(d.last(`condition 1 ${cond}`)).toBe('New condition set for breakpoint 1.\n');
      d.run('start', 'continue');
      got.push([cond, Number(d.last('print i'))]);
    }
    expect(got).toEqual(cases);
  });

  it('condition on a function breakpoint sees the new frame\'s arguments; backward finds the last match', () => {
    const d = fresh();
    d.run('break add, a > 2', 'end');
    expect(d.last('rcontinue').split('\n')[0]).toBe('Breakpoint 1, function add');
    expect(d.run('print a', 'print b')).toEqual(['10\n', '5\n']);
    d.run('start', 'continue');
    expect(d.run('print a', 'print b')).toEqual(['3\n', '3\n']);
  });

  it('condition N without COND makes it unconditional; a watchpoint takes a condition too', () => {
    const d = fresh();
    d.run('break 15, i == 4');
    expect(d.last('condition 1')).toBe('Breakpoint 1 is now unconditional.\n');
    d.run('continue');
    expect(d.last('print i')).toBe('0\n');
    d.run('clear', 'start', 'watch total');
    expect(d.last('condition 2 total > 5')).toBe('New condition set for watchpoint 2.\n');
    expect(d.last('continue').split('\n')[0]).toBe('Watchpoint 2: total = 6 (was 3)');
    expect(d.last('condition 2 total < 5')).toBe('New condition set for watchpoint 2.\n');
    expect(d.last('rcontinue').split('\n')[0]).toBe('Watchpoint 2: total = 3 (was 1)');
  });

  it('a condition that cannot be checked at a hit stops there and says why, as pdb does', () => {
    const d = fresh();
    d.run('break 13, p.n > 1');
    const out = d.last('continue');
    expect(out.split('\n').slice(0, 2)).toEqual([
      'Breakpoint 1, main.py:13',
      `*** the condition of breakpoint 1 (p.n > 1) could not be checked here: name 'p' is not defined at step ${d.dbg.session.step}`,
    ]);
    expect(d.last('continue', 'print i')).toBe('2\n'); // from then on p is bound: i == 2 has p.n == 1.5 (set at i == 1)
    d.run('condition 1 p.name < 3');
    expect(d.last('continue').split('\n')[1]).toBe("*** the condition of breakpoint 1 (p.name < 3) could not be checked here: '<' not supported between instances of 'str' and 'int'");
  });

  it('anything but PATH OP LITERAL is refused when it is set, with what is supported', () => {
    const d = fresh();
    d.run('break 15');
    const why = 'a condition compares a name (or a .attr / [item] path of it, as print shows) with ==, !=, <, >, <= or >= to a literal number, string, True, False or None (it is checked on recorded values: no code is run)';
    expect(d.run('break 15, i', 'break 15, i = 3', 'condition 1 i + 1 > 3', 'condition 1 len(ps) == 2', 'condition 1 i == j', 'condition 1 i == 3 and i < 4')).toEqual([
      `*** cannot use 'i' as a condition: ${why}\n`,
      `*** cannot use 'i = 3' as a condition: ${why}\n`,
      `*** cannot use 'i + 1 > 3' as a condition: 'i + 1' is not a name or path; ${why}\n`,
      `*** cannot use 'len(ps) == 2' as a condition: 'len(ps)' is not a name or path; ${why}\n`,
      `*** cannot use 'i == j' as a condition: no literal to compare with; ${why}\n`,
      `*** cannot use 'i == 3 and i < 4' as a condition: no literal to compare with; ${why}\n`,
    ]);
    expect(d.run('condition 9 i == 1', 'condition x', 'condition')).toEqual([
      '*** no breakpoint or watchpoint number 9\n', '*** usage: condition N [COND]\n', '*** usage: condition N [COND]\n',
    ]);
    expect(d.last('info b')).toBe('Num  Type        Disp Enb  What\n1    breakpoint  keep yes  main.py:15\n'); // none was set
  });
});

describe('ignore', () => {
  it('passes the next COUNT crossings forward, counting every one as a hit', () => {
    const d = fresh();
    d.run('break 15');
    expect(d.last('ignore 1 2')).toBe('Will ignore next 2 crossings of breakpoint 1.\n');
    expect(d.last('info b')).toMatch(/^        ignore next 2 hits$/m);
    d.run('continue');
    expect(d.last('print i')).toBe('2\n');
    expect(d.last('info b')).toBe('Num  Type        Disp Enb  What\n1    breakpoint  keep yes  main.py:15\n        breakpoint already hit 3 times\n');
    d.run('continue');
    expect(d.last('print i')).toBe('3\n');
  });

  it('and backward; ignore N alone stops at the next one; with a condition only true crossings count down', () => {
    const d = fresh();
    d.run('break 15', 'end');
    expect(d.last('ignore 1 1')).toBe('Will ignore next crossing of breakpoint 1.\n');
    d.run('rcontinue');
    expect(d.last('print i')).toBe('4\n');
    d.run('ignore 1 3');
    expect(d.last('ignore 1')).toBe('Will stop next time breakpoint 1 is reached.\n');
    d.run('rcontinue');
    expect(d.last('print i')).toBe('3\n');
    d.run('clear', 'start', 'break 15, i != 2', 'ignore 2 2');
    d.run('continue');
    expect(d.last('print i')).toBe('3\n'); // 0 and 1 ignored, 2 fails the condition
    expect(d.last('info b')).toMatch(/breakpoint already hit 4 times\n$/);
    expect(d.run('ignore 9 1', 'ignore 2 x')).toEqual(['*** no breakpoint or watchpoint number 9\n', '*** usage: ignore N [COUNT] (COUNT a whole number, default 0)\n']);
  });
});

describe('info breakpoints and help', () => {
  it('shows disposition, enabled, conditions, ignore counts and hits of every kind of stop', () => {
    const d = fresh();
    d.run('break 15, i > 1', 'tbreak add', 'watch total', 'disable 3', 'ignore 1 1', 'continue');
    expect(d.last('info breakpoints')).toBe(
      'Num  Type        Disp Enb  What\n' +
      '1    breakpoint  keep yes  main.py:15\n        stop only if i > 1\n        ignore next 1 hit\n        breakpoint already hit 1 time\n' +
      '3    watchpoint  keep no   total (global)\n',
    );
  });

  it('has help for each new command', () => {
    const d = fresh();
    const all = d.last('help');
    expect(d.last('help tbreak')).toBe('tbreak [LINE | FILE:LINE | FUNCTION] [, COND]  (also: tb)\n    Set a temporary breakpoint: as break, but it is deleted the first time continue or rcontinue stops at it.\n');
    expect(d.last('help disable')).toMatch(/^disable \[N \.\.\.\]  \(also: disa\)\n    Disable the breakpoints or watchpoints numbered N/);
    expect(d.last('help enable')).toMatch(/^enable \[N \.\.\.\]  \(also: en\)\n    Enable/);
    expect(d.last('help condition')).toMatch(/^condition N \[COND\]  \(also: cond\)\n .*==, !=, <, >, <= or >= to a literal number, string, True, False or None/);
    expect(d.last('help ignore')).toMatch(/^ignore N \[COUNT\]\n    Pass the next COUNT crossings/);
    expect(all).toMatch(/^  disable \[N \.\.\.\] \[disa\] +Disable the breakpoints or watchpoints numbered N \(all of them when no number is given\)$/m);
    expect(d.last('help break')).toMatch(/^break \[LINE \| FILE:LINE \| FUNCTION\] \[, COND\]/);
    for (const name of ['tbreak', 'disable', 'enable', 'condition', 'ignore']) expect(all).toMatch(new RegExp(`^  ${name}\\b`, 'm'));
  });
});

describe('moves that run over code stop at a breakpoint or watchpoint on the way', () => {
  it('next over a call stops at a breakpoint inside it, forward and backward, counting the hit', () => {
    const d = fresh();
    d.run('break 15', 'continue'); // i = 0, about to call add()
    d.run('break 2');
    const out = d.last('next');
    expect(out.split('\n')[0]).toBe('Breakpoint 2, main.py:2');
    expect(header(out)).toMatch(/^> main\.py\(2\)add\(\)/);
    expect(d.last('print a')).toBe('0\n');
    // Back out to line 15 and rnext from the line after it: the call on line 15 is crossed backward.
    d.run('disable 2', 'finish');
    expect(header(d.last('next'))).toMatch(/^> main\.py\(12\)<module>\(\)/); // the loop's next turn
    d.run('enable 2');
    const back = d.last('rnext');
    expect(back.split('\n')[0]).toBe('Breakpoint 2, main.py:2');
    expect(d.last('print b')).toBe('0\n');
    expect(d.last('info breakpoints')).toMatch(/\n2 +breakpoint +keep yes +main\.py:2\n +breakpoint already hit 2 times\n/);
  });

  it('finish stops at a watchpoint written before the frame returns; a hit beyond the target does not stop it', () => {
    const d = fresh();
    d.run('break 7', 'continue'); // in P.__init__ for p0
    d.run('clear', 'watch total');
    // total is written after __init__ returns (line 15): finish lands at the return, not on the write.
    expect(header(d.last('finish'))).toMatch(/^> main\.py\(13\)<module>\(\)/);
    expect(d.last('info breakpoints')).toMatch(/watchpoint +keep yes +total \(global\)\n$/); // not hit yet
    const out = d.last('next'); // line 14: ps.append(p), no write of total
    expect(header(out)).toMatch(/^> main\.py\(14\)<module>\(\)/);
    expect(header(d.last('next'))).toMatch(/^> main\.py\(15\)<module>\(\)/); // arrives before the store
    const w = d.last('next'); // line 15 writes total when add() returns: the move stops at the write
    expect(w.split('\n')[0]).toBe('Watchpoint 2: total = 0 (was 0)');
    expect(header(w)).toMatch(/^> main\.py\(15\)<module>\(\)/);
    expect(header(d.last('next'))).toMatch(/^> main\.py\(12\)<module>\(\)/);
  });
});
