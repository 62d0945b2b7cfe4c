// Inspection commands: print of names and attribute/item paths as recorded (as of the current step, no
// code run), locals, globals, the value stack, where/up/down, list, dis, output, history, and how an
// exception shows at the step that raised it.

import { beforeAll, describe, expect, it } from 'vitest';
import { debugRecorded, debugSource, header, type DebugRun } from './debug_helpers.js';

const SRC = [
  'def fact(n):', //               1
  '    if n <= 1:', //             2
  '        return 1', //           3
  '    r = n * fact(n - 1)', //    4
  '    return r', //               5
  '', //                           6
  'def squares(k):', //            7
  '    for i in range(k):', //     8
  '        yield i * i', //        9
  '', //                           10
  'def risky(x):', //              11
  '    try:', //                   12
  '        return 10 // x', //     13
  '    except ZeroDivisionError as e:', // 14
  '        print("caught", e)', // 15
  '        return -1', //          16
  '', //                           17
  'class Point:', //               18
  '    def __init__(self, x, y):', // 19
  '        self.x = x', //         20
  '        self.y = y', //         21
  '', //                           22
  'out = [v for v in squares(3)]', // 23
  'q = risky(0)', //               24
  'p = Point(2, 3)', //            25
  'd = {"k": [4, 5], 1: "one"}', // 26
  'f = fact(3)', //                27
  'd["k"].append(6)', //           28
  'p.x = 7', //                    29
  'print(out, q, f)', //           30
  '',
].join('\n');

let d: DebugRun;
beforeAll(() => {
  d = debugSource(SRC);
});

describe('print', () => {
  it('shows names, attributes, items and keys as recorded at the end', () => {
    d.run('end');
    expect(d.run('p p.x', 'p p.y', "p d['k']", "p d['k'][2]", "p d[\"k\"][-1]", 'p d[1]', 'p out[2]', 'p out', 'print q', 'p f')).toEqual([
      '7\n', '3\n', '[4, 5, 6]\n', '6\n', '6\n', "'one'\n", '4\n', '[0, 1, 4]\n', '-1\n', '6\n',
    ]);
  });

  it('shows the value as of the current step, mutable objects included', () => {
    d.run('start', 'break 28', 'continue'); // before the append and before p.x = 7
    expect(d.run("p d['k']", 'p d', 'p p.x')).toEqual(['[4, 5]\n', "{'k': [4, 5], 1: 'one'}\n", '2\n']);
    d.run('next');
    expect(d.run("p d['k']", 'p p.x')).toEqual(['[4, 5, 6]\n', '2\n']);
    d.run('next');
    expect(d.last('p p.x')).toBe('7\n');
    d.run('clear');
  });

  it('names not bound yet, missing attributes, keys and indexes, and expressions get one clear line', () => {
    d.run('goto 2');
    expect(d.last('p out')).toBe("*** name 'out' is not defined at step 2\n");
    d.run('end');
    expect(d.run('p p.z', "p d['zz']", 'p out[3]', 'p out[-4]', 'p q.real', 'p 2+2', 'p out.', 'p', 'p nope')).toEqual([
      "*** p (Point) has no recorded attribute 'z'\n",
      "*** d has no recorded key 'zz'\n",
      '*** out[3]: index out of range (len 3)\n',
      '*** out[-4]: index out of range (len 3)\n',
      "*** q (int) has no recorded attribute 'real'\n",
      "*** cannot print '2+2': only names with .attribute and [item] paths can be shown (no code is run)\n",
      "*** cannot print 'out.': expected an attribute name after '.'\n",
      '*** print what? usage: print NAME, print NAME.attr, print NAME[0]\n',
      `*** name 'nope' is not defined at step ${d.dbg.session.end}\n`,
    ]);
  });
});

describe('frames', () => {
  it('where lists the frames outermost first; up/down select one for print and locals', () => {
    const r = debugRecorded(d.rec);
    r.run('break 3', 'continue');
    expect(r.last('where')).toBe('  #0 <module>() at main.py:27\n  #1 fact() at main.py:4\n  #2 fact() at main.py:4\n> #3 fact() at main.py:3\n');
    expect(r.run('p n', 'up', 'p n', 'locals', 'up', 'up')).toEqual([
      '1\n', '> main.py(4)fact()\n-> r = n * fact(n - 1)\n', '2\n', 'n = 2\n', '> main.py(4)fact()\n-> r = n * fact(n - 1)\n',
      '> main.py(27)<module>()\n-> f = fact(3)\n',
    ]);
    expect(r.run('up', 'bt', 'down 3', 'down')).toEqual([
      '*** already at the oldest frame\n',
      '> #0 <module>() at main.py:27\n  #1 fact() at main.py:4\n  #2 fact() at main.py:4\n  #3 fact() at main.py:3\n',
      '> main.py(3)fact()\n-> return 1\n',
      '*** already at the newest frame\n',
    ]);
  });

  it('locals of a function, globals of the module, as of the step', () => {
    const r = debugRecorded(d.rec);
    r.run('break 15', 'continue');
    expect(r.last('locals')).toBe("x = 0\ne = ZeroDivisionError('division by zero')\n");
    expect(r.last('globals')).toBe("fact = <function fact>\nsquares = <function squares>\nrisky = <function risky>\nPoint = <class '__main__.Point'>\nout = [0, 1, 4]\n");
    r.run('start');
    expect(r.run('locals', 'globals')).toEqual(['(no local variables bound yet)\n', '(no global variables bound yet)\n']);
  });
});

describe('stack, list, dis, output, history', () => {
  it('stack shows the value stack after the instruction, bottom first', () => {
    const r = debugRecorded(d.rec);
    r.run('break 3', 'continue');
    expect(r.last('stepi')).toMatch(/^> main\.py\(3\)fact\(\).*\n-> return 1\n   18 RETURN_VALUE\n$/);
    r.run('rstepi');
    expect(r.last('stack')).toBe(`value stack after step ${r.dbg.session.step}, bottom first:\n  [0] 1   <- top\n`);
    r.run('start');
    expect(r.last('stack')).toBe('the value stack is empty after step 1\n');
  });

  it('list shows the source around the line with the current line and breakpoints marked', () => {
    const r = debugRecorded(d.rec);
    r.run('break 3', 'break 5', 'continue');
    expect(r.last('list')).toBe(
      '   1     def fact(n):\n   2         if n <= 1:\n   3 B->         return 1\n   4         r = n * fact(n - 1)\n' +
      '   5 B       return r\n   6     \n   7     def squares(k):\n   8         for i in range(k):\n',
    );
    expect(r.run('list 29, 30', 'list 40', 'list x')).toEqual([
      '  29     p.x = 7\n  30     print(out, q, f)\n',
      '*** line 35 is beyond the end of the file (30 lines)\n',
      '*** usage: list [LINE | FIRST, LAST]\n',
    ]);
  });

  it('dis shows the bytecode around the instruction, the current one marked', () => {
    const r = debugRecorded(d.rec);
    r.run('break 3', 'continue');
    expect(r.last('dis 2')).toBe(
      'fact (main.py, line 1):\n' +
      '   2            10 POP_JUMP_IF_FALSE     3 (to L1)\n' +
      '                14 NOT_TAKEN\n' +
      '   3 -->        16 LOAD_SMALL_INT        1\n' +
      '                18 RETURN_VALUE\n' +
      '   4     L1:    20 LOAD_FAST_BORROW      0 (n)\n',
    );
  });

  it('output shows what was written by the step', () => {
    // Output is credited to the step whose print() wrote it, even though stdout is a block-buffered pipe
    // while recording (the bytes reach the real descriptor later, as in CPython).
    const r = debugRecorded(d.rec);
    r.run('break 15', 'continue');
    expect(r.last('output')).toBe(`(no output by step ${r.dbg.session.step})\n`);
    r.run('next');
    expect(r.last('output')).toBe('caught division by zero\n');
    r.run('end');
    expect(r.last('output')).toBe('caught division by zero\n[0, 1, 4] -1 6\n');
  });

  it('history lists every write of a variable with its step and value', () => {
    const r = debugRecorded(d.rec);
    r.run('break 9', 'continue');
    const h = r.last('history i');
    expect(h).toMatch(/^history of i \(local\), 3 writes:\n(   step \d+: [012]\n){3}$/);
    expect([...h.matchAll(/: (\d)$/gm)].map((m) => m[1])).toEqual(['0', '1', '2']);
    r.run('end');
    expect(r.last('history p')).toMatch(/^history of p \(global\), 1 write:\n   step \d+: <Point: x=2, y=3>\n$/);
    expect(r.run('history nope', 'history 1')).toEqual([
      "*** no variable 'nope' is ever written in this trace\n", '*** usage: history NAME (a variable name)\n',
    ]);
  });

  it('an exception shows at the step that raised it', () => {
    const r = debugRecorded(d.rec);
    r.run('break 13', 'continue', 'next');
    expect(header(r.last('rstepi'))).toMatch(/^> main\.py\(\?\)risky\(\)/); // PUSH_EXC_INFO has no line
    const raised = r.last('rstepi');
    expect(header(raised)).toMatch(/^> main\.py\(13\)risky\(\)/);
    expect(raised).toMatch(/\n   \d+ BINARY_OP 2 \(\/\/\)\n!! ZeroDivisionError\('division by zero'\) raised here, caught in this frame\n$/);
  });
});
