// End-to-end tests of `pyrewind run`: the real command in a child process, as a user runs it.
// Expected texts are CPython 3.14's (the script's own name replaces python3's in the missing-file case).

import { describe, expect, it, beforeAll } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');
const cli = join(root, 'bin', 'pyrewind.js');
let dir: string;

function run(source: string, args: string[] = [], input = ''): { stdout: string; stderr: string; status: number | null } {
  const file = join(dir, `prog_${Math.random().toString(36).slice(2)}.py`);
  writeFileSync(file, source);
  const r = spawnSync(process.execPath, [cli, 'run', file, ...args], { input, encoding: 'utf8', timeout: 60_000 });
  return { stdout: r.stdout, stderr: r.stderr.replaceAll(file, 'PROG'), status: r.status };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'pyrewind-cli-'));
});

describe('pyrewind run', () => {
  it('runs the bundled three-line example silently with status 0', () => {
    const r = spawnSync(process.execPath, [cli, 'run', join(root, 'examples', 'three_lines.py')], { encoding: 'utf8' });
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('finds the data files the VM reads beside its own code (Unicode database, docstrings), bundled or not', () => {
    const r = run('import unicodedata\nprint(unicodedata.name("\\u00e9"), unicodedata.category("1"))\nprint(len.__doc__.splitlines()[0])\n');
    expect([r.stdout, r.stderr, r.status]).toEqual(['LATIN SMALL LETTER E WITH ACUTE Nd\nReturn the number of items in a container.\n', '', 0]);
  });

  it('passes argv and reads stdin with input()', () => {
    const r = run('import sys\nprint(sys.argv[1:])\nname = input("name? ")\nprint("hi", name)\n', ['a', '-x', '--y'], 'ada\n');
    expect(r.stdout).toBe("['a', '-x', '--y']\nname? hi ada\n");
    expect(r.status).toBe(0);
  });

  it('raises EOFError when stdin is exhausted', () => {
    const r = run('try:\n    input()\nexcept EOFError as e:\n    print("EOF:", e)\n');
    expect(r.stdout).toBe('EOF: EOF when reading a line\n');
  });

  it('prints a traceback on stderr and exits 1 on an uncaught exception', () => {
    const r = run('def f():\n    return 1 // 0\nprint("before")\nf()\n');
    expect(r.stdout).toBe('before\n');
    expect(r.stderr).toBe(
      'Traceback (most recent call last):\n' +
        '  File "PROG", line 4, in <module>\n' +
        '    f()\n' +
        '    ~^^\n' +
        '  File "PROG", line 2, in f\n' +
        '    return 1 // 0\n' +
        '           ~~^^~~\n' +
        'ZeroDivisionError: division by zero\n',
    );
    expect(r.status).toBe(1);
  });

  it('reports a syntax error as CPython does, exit 1', () => {
    const r = run('x = (\n');
    expect(r.stderr).toBe('  File "PROG", line 1\n    x = (\n        ^\nSyntaxError: \'(\' was never closed\n');
    expect(r.status).toBe(1);
  });

  it('exits with sys.exit codes', () => {
    expect(run('import sys\nsys.exit(3)\n').status).toBe(3);
    expect(run('import sys\nsys.exit()\n').status).toBe(0);
    const r = run('import sys\nsys.exit("bye")\n');
    expect(r.stderr).toBe('bye\n');
    expect(r.status).toBe(1);
  });

  it('reports a missing script with exit status 2', () => {
    const missing = join(dir, 'no_such_file.py');
    const r = spawnSync(process.execPath, [cli, 'run', missing], { encoding: 'utf8' });
    expect(r.stderr).toBe(`pyrewind: can't open file '${missing}': [Errno 2] No such file or directory\n`);
    expect(r.status).toBe(2);
  });

  it('ends deep recursion in RecursionError, not a JS stack overflow', () => {
    const r = run('import sys\ndef f(n):\n    return f(n + 1)\ntry:\n    f(0)\nexcept RecursionError as e:\n    print(type(e).__name__, e)\nprint(sys.getrecursionlimit())\n');
    expect(r.stdout).toBe('RecursionError maximum recursion depth exceeded\n1000\n');
    expect(r.status).toBe(0);
  });

  it('turns Ctrl-C into KeyboardInterrupt inside the program', async () => {
    const file = join(dir, 'loop.py');
    writeFileSync(file, 'import sys\nprint("ready", flush=True)\ntry:\n    while True:\n        pass\nexcept KeyboardInterrupt:\n    print("interrupted")\n');
    const child = spawn(process.execPath, [cli, 'run', file], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    const status = await new Promise<number | null>((resolve) => {
      child.stdout.on('data', (b: Buffer) => {
        out += b.toString();
        if (out.includes('ready')) child.kill('SIGINT');
      });
      child.on('exit', (code) => resolve(code));
    });
    expect(out).toBe('ready\ninterrupted\n');
    expect(status).toBe(0);
  });

  it('interrupts a time.sleep() at once with Ctrl-C', async () => {
    const file = join(dir, 'sleepy.py');
    writeFileSync(file, 'import time\nprint("ready", flush=True)\nt = time.monotonic()\ntry:\n    time.sleep(60)\nexcept KeyboardInterrupt:\n    print("interrupted", time.monotonic() - t < 30)\n');
    const child = spawn(process.execPath, [cli, 'run', file], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    const status = await new Promise<number | null>((resolve) => {
      child.stdout.on('data', (b: Buffer) => {
        out += b.toString();
        if (out.includes('ready')) setTimeout(() => child.kill('SIGINT'), 300);
      });
      child.on('exit', (code) => resolve(code));
    });
    expect(out).toBe('ready\ninterrupted True\n');
    expect(status).toBe(0);
  }, 60_000);
});

describe('pyrewind run with a .pyc', () => {
  it('runs CPython 3.14 bytecode and refuses another version by name', async () => {
    const { loadPyodide } = await import('pyodide');
    const { createRequire } = await import('node:module');
    const { dirname } = await import('node:path');
    const py = await loadPyodide({ indexURL: `${dirname(createRequire(import.meta.url).resolve('pyodide/package.json'))}/` });
    py.FS.writeFile('/tmp/m.py', 'print("from pyc", 6 * 7)\n');
    py.runPython("import py_compile; py_compile.compile('/tmp/m.py', cfile='/tmp/m.pyc', doraise=True)");
    const bytes = py.FS.readFile('/tmp/m.pyc') as Uint8Array;
    const good = join(dir, 'm.pyc');
    writeFileSync(good, bytes);
    const ok = spawnSync(process.execPath, [cli, 'run', good], { encoding: 'utf8' });
    expect(ok.stdout).toBe('from pyc 42\n');
    expect(ok.status).toBe(0);
    const old = Uint8Array.from(bytes);
    old[0] = 3495 & 0xff; // CPython 3.11's magic number
    old[1] = 3495 >> 8;
    const bad = join(dir, 'old.pyc');
    writeFileSync(bad, old);
    const r = spawnSync(process.execPath, [cli, 'run', bad], { encoding: 'utf8' });
    expect(r.stderr).toMatch(/^RuntimeError: .*old\.pyc: bytecode of Python 3\.11 .*pyrewind runs CPython 3\.14 bytecode only/m);
    expect(r.status).toBe(1);
  }, 60_000);
});
