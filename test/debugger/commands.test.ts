// The command language: pdb-style abbreviations and unique prefixes, Enter repeating the last command,
// help for every command, and one clear line for unknown commands.

import { beforeAll, describe, expect, it } from 'vitest';
import { debugRecorded, debugSource, header } from './debug_helpers.js';
import { findCommand } from '../../debugger/commands.js';
import type { Recorded } from '../recorder/record_helpers.js';

const SRC = 'def add(a, b):\n    return a + b\n\nx = add(1, 2)\ny = x * 2\nprint(y)\n';
let rec: Recorded;
beforeAll(() => {
  rec = debugSource(SRC).rec;
});

describe('abbreviations', () => {
  it('maps pdb and gdb abbreviations to their commands', () => {
    const names = Object.fromEntries(
      ['s', 'n', 'c', 'b', 'p', 'l', 'bt', 'w', 'si', 'rsi', 'rs', 'rn', 'rc', 'fin', 'rfin', 'u', 'd', 'cl', 'h', 'q', 'hist', 'i', 'wa', 'st']
        .map((a) => [a, findCommand(a)?.name]),
    );
    expect(names).toEqual({
      s: 'step', n: 'next', c: 'continue', b: 'break', p: 'print', l: 'list', bt: 'where', w: 'where', si: 'stepi',
      rsi: 'rstepi', rs: 'rstep', rn: 'rnext', rc: 'rcontinue', fin: 'finish', rfin: 'rfinish', u: 'up', d: 'down',
      cl: 'clear', h: 'help', q: 'quit', hist: 'history', i: 'info', wa: 'watch', st: 'stack',
    });
  });

  it('accepts an unambiguous prefix and refuses an ambiguous one', () => {
    expect(findCommand('glob')?.name).toBe('globals');
    expect(findCommand('outp')?.name).toBe('output');
    expect(findCommand('re')).toBeNull(); // rstep, rnext ... and return
    expect(findCommand('STEP')?.name).toBe('step');
  });

  it('an abbreviation does what the command does', () => {
    const a = debugRecorded(rec);
    const b = debugRecorded(rec);
    expect(a.run('n', 'n', 's', 'p a', 'bt', 'fin', 'rn')).toEqual(b.run('next', 'next', 'step', 'print a', 'where', 'finish', 'rnext'));
  });
});

describe('Enter', () => {
  it('repeats the last command, and does nothing before the first', () => {
    const r = debugRecorded(rec);
    expect(r.run('')).toEqual(['']);
    const lines = r.run('next', '', '', '   ').map(header);
    expect(lines).toEqual([
      '> main.py(1)<module>()  [step 2/25]',
      '> main.py(4)<module>()  [step 5/25]',
      '> main.py(5)<module>()  [step 15/25]',
      '> main.py(6)<module>()  [step 19/25]',
    ]);
  });

  it('an unknown command is not remembered for Enter', () => {
    const r = debugRecorded(rec);
    r.run('stepi');
    expect(r.run('frobnicate 3', '')).toEqual(["*** Unknown command: 'frobnicate' (type help for the list)\n", '> main.py(1)<module>()  [step 3/25]\n-> def add(a, b):\n   4 MAKE_FUNCTION\n']);
  });
});

describe('help', () => {
  it('lists every command with its abbreviations', () => {
    const r = debugRecorded(rec);
    const text = r.last('help');
    for (const name of ['stepi', 'rstepi', 'step', 'rstep', 'next', 'rnext', 'finish', 'rfinish', 'continue', 'rcontinue', 'goto', 'start', 'end',
      'break', 'watch', 'clear', 'info', 'print', 'locals', 'globals', 'stack', 'where', 'up', 'down', 'list', 'dis', 'output', 'history', 'help', 'quit']) {
      expect(text).toMatch(new RegExp(`^  ${name}\\b`, 'm'));
    }
    expect(text).toMatch(/^  rcontinue \[rc, rcont\] +Go back to the previous breakpoint or watchpoint hit \(or the start of the trace\)$/m);
  });

  it('explains one command, found by any of its names', () => {
    const r = debugRecorded(rec);
    expect(r.last('help rc')).toBe('rcontinue  (also: rc, rcont)\n    Go back to the previous breakpoint or watchpoint hit (or the start of the trace).\n');
    expect(r.last('h watch')).toBe('watch NAME  (also: wa)\n    Stop wherever NAME (as the selected frame resolves it: local, cell, namespace or global) is written, going either way.\n');
    expect(r.last('help nosuch')).toBe("*** No help for 'nosuch': unknown command\n");
  });
});

describe('quit', () => {
  it('marks the session done and prints nothing', () => {
    const r = debugRecorded(rec);
    expect(r.dbg.done).toBe(false);
    expect(r.run('q')).toEqual(['']);
    expect(r.dbg.done).toBe(true);
  });

  it('bad arguments to up/down/dis/info get a usage line', () => {
    const r = debugRecorded(rec);
    expect(r.run('up x', 'down -1', 'dis x', 'info locals')).toEqual([
      '*** usage: up [N]\n', '*** usage: down [N]\n', '*** usage: dis [N]\n', '*** usage: info breakpoints\n',
    ]);
  });
});
