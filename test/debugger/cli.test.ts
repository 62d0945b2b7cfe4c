// `pyrewind debug` end to end, in a child process: a trace file or a .py program (recorded first into a
// temporary trace), commands from -c or piped stdin, quit/EOF exit 0, and clear errors for bad targets.

import { beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const cli = join(__dirname, '..', '..', 'bin', 'pyrewind.js');
let dir: string;
let prog: string;
let trace: string;

function pyrewind(args: string[], input = '') {
  const r = spawnSync(process.execPath, [cli, ...args], { input, encoding: 'utf8', timeout: 120_000, cwd: dir, env: { ...process.env, TMPDIR: join(dir, 'tmp') } });
  return { stdout: r.stdout.split(`${dir}/`).join(''), stderr: r.stderr, status: r.status };
}

// 1 def sq, 2 return, 4 total = 0, 5 for, 6 total +=, 7 print
const SRC = 'def sq(v):\n    return v * v\n\ntotal = 0\nfor i in range(3):\n    total += sq(i)\nprint(total)\n';

beforeAll(() => {
  dir = realpathSync(mkdtempSync(join(tmpdir(), 'pyrewind-debug-cli-')));
  mkdirSync(join(dir, 'tmp'));
  prog = join(dir, 'prog.py');
  writeFileSync(prog, SRC);
  trace = join(dir, 'prog.trace.sqlite');
  expect(pyrewind(['record', '-o', trace, prog]).status).toBe(0);
});

describe('pyrewind debug', () => {
  it('runs -c commands on a trace file, deterministic output, exit 0', () => {
    const r = pyrewind(['debug', '-c', 'break 6; continue; p i; watch total; end; rc; p total; q', trace]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const out = r.stdout.split('\n');
    expect(out[0]).toMatch(/^pyrewind debugger: \d+ steps recorded \(complete\)\. Type help for the commands\.$/);
    expect(out[1]).toMatch(/^> prog\.py\(0\)<module>\(\)  \[step 1\/\d+\]$/);
    expect(r.stdout).toContain('Breakpoint 1 at prog.py:6\nBreakpoint 1, prog.py:6\n> prog.py(6)<module>()');
    expect(r.stdout).toMatch(/\n0\nWatchpoint 2: total \(global\)\n/);
    expect(r.stdout).toMatch(/\nWatchpoint 2: total = 5 \(was 1\)\n> prog\.py\(6\)<module>\(\).*\n-> total \+= sq\(i\)\n.*STORE_NAME.*\n5\n$/);
  });

  it('reads commands from piped stdin, one per line, Enter repeating, and exits 0 at EOF', () => {
    const r = pyrewind(['debug', trace], 'next\n\n\nprint total\nfoo\n');
    expect(r.status).toBe(0);
    const lines = r.stdout.split('\n').filter((l) => l.startsWith('> ') || l.startsWith('***') || /^\d+$/.test(l));
    expect(lines).toEqual([
      '> prog.py(0)<module>()  [step 1/62]',
      '> prog.py(1)<module>()  [step 2/62]',
      '> prog.py(4)<module>()  [step 5/62]',
      '> prog.py(5)<module>()  [step 7/62]',
      '0', // total = 0 ran on line 4, before the for of line 5
      "*** Unknown command: 'foo' (type help for the list)",
    ]);
  });

  it('records a .py program first, then debugs it; the temporary trace is removed', () => {
    const r = pyrewind(['debug', '-c', 'end; p total; output', prog]);
    expect(r.status).toBe(0);
    expect(r.stdout.startsWith('5\npyrewind debugger: ')).toBe(true); // the program's own output comes first
    expect(r.stdout).toMatch(/\n5\n5\n$/); // p total, then output
    expect(readdirSync(join(dir, 'tmp'))).toEqual([]);
  });

  it('a missing or bad target is one clear line and exit 2', () => {
    const missing = pyrewind(['debug', '-c', 'q', join(dir, 'nope.sqlite')]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toBe(`pyrewind: ${join(dir, 'nope.sqlite')}: no such file\n`);
    writeFileSync(join(dir, 'text.sqlite'), 'not a database\n'.repeat(100));
    const text = pyrewind(['debug', '-c', 'q', join(dir, 'text.sqlite')]);
    expect(text.status).toBe(2);
    expect(text.stderr).toMatch(/^pyrewind: .*text\.sqlite is not a pyrewind trace/);
    const py = pyrewind(['debug', '-c', 'q', join(dir, 'absent.py')]);
    expect(py.status).toBe(2);
    expect(py.stderr).toContain("can't open file");
    expect(existsSync(join(dir, 'absent.trace.sqlite'))).toBe(false);
    const extra = pyrewind(['debug', trace, '-c', 'q']);
    expect(extra.status).toBe(2);
    expect(extra.stderr).toBe('pyrewind: debug: unexpected "-c" after the trace file (pyrewind options go before it)\n');
  });
});
