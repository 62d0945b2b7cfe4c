// End-to-end tests of `pyrewind record`: the real command in a child process. Recording must not change
// what the program prints or its exit status; the trace it leaves must be complete and say how the run
// ended; bad input gets a clear message.

import { describe, expect, it, beforeAll } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Trace } from '../../schema/trace.js';

const root = join(__dirname, '..', '..');
const cli = join(root, 'bin', 'pyrewind.js');
let dir: string;

function pyrewind(args: string[], input = '') {
  const r = spawnSync(process.execPath, [cli, ...args], { input, encoding: 'utf8', timeout: 120_000, cwd: dir });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}

function program(source: string): string {
  const file = join(dir, `prog_${Math.random().toString(36).slice(2)}.py`);
  writeFileSync(file, source);
  return file;
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'pyrewind-record-'));
});

describe('pyrewind record', () => {
  it('prints and exits exactly like pyrewind run, and leaves a complete trace', () => {
    const file = program(
      'import sys\nprint(sys.argv[1:])\nname = input()\nprint("hi", name)\nsys.stderr.write("note\\n")\nraise SystemExit(3)\n',
    );
    const run = pyrewind(['run', file, 'a', '-o', 'x'], 'ada\n');
    const trace = join(dir, 't1.sqlite');
    const rec = pyrewind(['record', '-o', trace, file, 'a', '-o', 'x'], 'ada\n');
    expect(rec).toEqual(run);
    expect(run.stdout).toBe("['a', '-o', 'x']\nhi ada\n");
    expect(run.status).toBe(3);
    const t = Trace.open(trace);
    expect(t.meta.exit_status).toBe(3);
    expect(t.meta.argv).toBe(JSON.stringify([file, 'a', '-o', 'x']));
    expect(t.output(t.stepCount).stdout).toBe("['a', '-o', 'x']\nhi ada\n");
    t.close();
  });

  it('names the trace after the script by default', () => {
    const file = program('x = 1\n');
    const r = pyrewind(['record', file]);
    expect(r.status).toBe(0);
    const expected = join(dir, file.split('/').pop()!.replace(/\.py$/, '.trace.sqlite'));
    expect(existsSync(expected)).toBe(true);
  });

  it('says so when --max-steps stops the program, and exits 3', () => {
    const file = program('while True:\n    pass\n');
    const trace = join(dir, 'loop.sqlite');
    const r = pyrewind(['record', '--max-steps', '1000', '-o', trace, file]);
    expect(r.status).toBe(3);
    expect(r.stderr).toContain('stopped the program after 1,000 steps (--max-steps)');
    const t = Trace.open(trace);
    expect(t.stepCount).toBe(1000);
    expect(t.meta.status).toBe('max-steps');
    t.close();
  });

  it('stops where the program starts a thread, says why and where, and keeps the steps before as .partial', () => {
    const file = program('import threading\nprint("before")\nt = threading.Thread(target=print, args=("in thread",))\nt.start()\nt.join()\n');
    const trace = join(dir, 'threads.sqlite');
    const r = pyrewind(['record', '-o', trace, file]);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('before\n');
    expect(r.stderr).toContain(`pyrewind: cannot record ${file}: the program starts a thread (${file}, line 4), ` +
      'and pyrewind cannot record programs with several threads yet (`pyrewind run` runs them)');
    expect(r.stderr).toContain(`the steps before that are in ${trace}.partial`);
    expect(existsSync(trace)).toBe(false);
    expect(existsSync(`${trace}.partial`)).toBe(true);
  });

  it('reports a missing script like python3 and writes no trace', () => {
    const r = pyrewind(['record', '-o', join(dir, 'none.sqlite'), join(dir, 'missing.py')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`pyrewind: can't open file '${join(dir, 'missing.py')}': [Errno 2] No such file or directory\n`);
    expect(existsSync(join(dir, 'none.sqlite'))).toBe(false);
  });

  it('says where a trace cannot be written before running the program (no stack dump, status 1)', () => {
    const file = program('print("ran")\n');
    const noDir = pyrewind(['record', '-o', join(dir, 'no', 'such', 'dir', 't.sqlite'), file]);
    expect([noDir.status, noDir.stdout, noDir.stderr]).toEqual([1, '', `pyrewind: cannot write the trace ${join(dir, 'no', 'such', 'dir', 't.sqlite')}: the directory ${join(dir, 'no', 'such', 'dir')} does not exist\n`]);
    const isDir = pyrewind(['record', '-o', dir, file]);
    expect([isDir.status, isDir.stdout, isDir.stderr]).toEqual([1, '', `pyrewind: cannot write the trace ${dir}: it is a directory\n`]);
  });

  it('rejects a bad --max-steps value with a clear message', () => {
    const r = pyrewind(['record', '--max-steps', 'lots', program('pass\n')]);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain("option '--max-steps <n>' argument 'lots' is invalid. expected a positive whole number.");
  });
});

/** Starts `pyrewind record` on an endless loop and sends `signal` once it has run for a while. */
function recordThenSignal(trace: string, signal: NodeJS.Signals): Promise<{ status: number | null; stderr: string }> {
  const file = program('n = 0\nwhile True:\n    n += 1\n');
  const child = spawn(process.execPath, [cli, 'record', '-o', trace, file], { cwd: dir });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  setTimeout(() => child.kill(signal), 2500);
  return new Promise((resolve) => child.on('exit', (status) => resolve({ status, stderr })));
}

describe('a recording that is stopped', () => {
  it('by Ctrl-C: KeyboardInterrupt in the program, status 130, a finished trace marked interrupted', async () => {
    const trace = join(dir, 'interrupted.sqlite');
    const r = await recordThenSignal(trace, 'SIGINT');
    expect(r.status).toBe(130);
    expect(r.stderr).toContain('KeyboardInterrupt');
    const t = Trace.open(trace);
    expect(t.meta.status).toBe('interrupted');
    expect(t.stepCount).toBeGreaterThan(0);
    t.close();
  });

  it('by killing pyrewind: only a .partial file is left, and it is not taken for a trace', async () => {
    const trace = join(dir, 'killed.sqlite');
    await recordThenSignal(trace, 'SIGKILL');
    expect(existsSync(trace)).toBe(false);
    expect(existsSync(`${trace}.partial`)).toBe(true);
    expect(() => Trace.open(trace)).toThrow(/was never finished/);
  });
});

describe('opening something that is not a finished trace', () => {
  it('names a file that is not SQLite', () => {
    const f = join(dir, 'text.sqlite');
    writeFileSync(f, 'hello, this is not a database at all'.repeat(200));
    expect(() => Trace.open(f)).toThrow(/is not a pyrewind trace/);
  });

  it('names an SQLite file of something else', () => {
    const f = join(dir, 'other.sqlite');
    const r = spawnSync(process.execPath, ['-e', `const D=require(${JSON.stringify(join(root, 'node_modules', 'better-sqlite3'))});new D(${JSON.stringify(f)}).exec('create table t(x)')`]);
    expect(r.status).toBe(0);
    expect(() => Trace.open(f)).toThrow(/is not a pyrewind trace \(an SQLite file of something else\)/);
  });

  it('names a missing file and an unfinished one', () => {
    expect(() => Trace.open(join(dir, 'nothing.sqlite'))).toThrow(/no such file/);
    writeFileSync(join(dir, 'cut.sqlite.partial'), '');
    expect(() => Trace.open(join(dir, 'cut.sqlite'))).toThrow(/was never finished/);
  });

  it('refuses a newer format version', () => {
    const file = program('x = 1\n');
    const trace = join(dir, 'newer.sqlite');
    expect(pyrewind(['record', '-o', trace, file]).status).toBe(0);
    const r = spawnSync(process.execPath, ['-e', `const D=require(${JSON.stringify(join(root, 'node_modules', 'better-sqlite3'))});new D(${JSON.stringify(trace)}).pragma('user_version = 99')`]);
    expect(r.status).toBe(0);
    expect(() => Trace.open(trace)).toThrow(/has trace format 99, newer than this pyrewind reads \(2\): update pyrewind/);
  });
});
