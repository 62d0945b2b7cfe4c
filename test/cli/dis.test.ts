// End-to-end tests of `pyrewind dis`: the real command in a child process, compared with CPython 3.14's
// own `python -m dis` (dis.main() run in pyodide, loaded once for this file, on the same files under
// the same relative names). Object addresses (0x...) differ per process and are normalised on both sides.
// CPython's failures end in a traceback through runpy and dis.py; pyrewind prints the final part, which
// is what is compared (pyodide's errno numbers are Emscripten's, so the OSError texts are written out).

import { beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { loadPyodide, type PyodideInterface } from 'pyodide';
import { Compiler } from '../../host/node/compiler.js';

const root = join(__dirname, '..', '..');
const cli = join(root, 'bin', 'pyrewind.js');
let dir: string;
let py: PyodideInterface;

const OPTION_SETS: string[][] = [[], ['-O'], ['-P'], ['-C'], ['-O', '-C', '-P'], ['--show-offsets', '-S']];
const SYNTAX_ERRORS = ['bad.py', 'unclosed.py'];

const FILES: Record<string, string> = {
  'prog.py': [
    'import sys',
    'def fib(n):',
    '    a, b = 0, 1',
    '    for _ in range(n):',
    '        a, b = b, a + b',
    '    return a',
    'class C:',
    '    def m(self, x=[]):',
    '        try:',
    '            return {k: v for k, v in x}',
    '        except KeyError as e:',
    '            raise ValueError from e',
    'print(fib(10), C().m(), f"{sys.argv!r}")',
    '',
  ].join('\n'),
  'bad.py': 'x = 1\ndef f(:\n    pass\n',
  'unclosed.py': 'x = (\n',
  'warn.py': 'x = "\\d"\nprint(x is 1)\n',
};

interface Result {
  stdout: string;
  stderr: string;
  status: number | null;
}

function spawnPyrewind(args: string[], input: string): Promise<Result> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, 'dis', ...args], { cwd: dir, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (s: string) => (stdout += s));
    child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
    child.on('error', reject);
    child.on('close', (status) => resolve({ stdout, stderr, status }));
    child.stdin.end(input);
  });
}

/**
 * Every invocation the tests make, started together before the tests (each may start the compiler
 * on a cold cache, which takes seconds; in parallel that cost is paid about once).
 */
const STDIN_SOURCE = 'for i in range(3):\n    print(i)\n';
const INVOCATIONS: [string[], string][] = [
  ...OPTION_SETS.map((o): [string[], string] => [[...o, 'prog.py'], '']),
  [['-'], STDIN_SOURCE],
  [[], STDIN_SOURCE],
  [[], 'def g(): pass\n'],
  ...SYNTAX_ERRORS.map((n): [string[], string] => [[n], '']),
  [['warn.py'], ''],
  [['no_such.py'], ''],
  [['adir'], ''],
];
const results = new Map<string, Result>();

function key(args: string[], input: string): string {
  return JSON.stringify([args, input]);
}

function pyrewind(args: string[], input = ''): Result {
  const r = results.get(key(args, input));
  if (r === undefined) throw new Error(`not started in beforeAll: ${key(args, input)}`);
  return r;
}

/** `python -m dis args` in pyodide: stdout, and the exception-only part of an uncaught error. */
function cpython(args: string[], input = ''): { stdout: string; stderr: string } {
  py.globals.set('ARGS', py.toPy(args));
  py.globals.set('INPUT', input);
  const [stdout, stderr] = py.runPython(`
import dis, io, sys, traceback, warnings, contextlib
out = io.StringIO()
err = ''
old_stdin = sys.stdin
sys.stdin = io.TextIOWrapper(io.BytesIO(INPUT.encode()))
try:
    with contextlib.redirect_stdout(out), warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('default')
        try:
            dis.main(list(ARGS))
        finally:
            for w in caught:
                err += warnings.formatwarning(w.message, w.category, w.filename, w.lineno)
except BaseException as e:
    err += ''.join(traceback.format_exception_only(e))
finally:
    sys.stdin = old_stdin
[out.getvalue(), err]
`).toJs() as [string, string];
  return { stdout, stderr };
}

function addr(s: string): string {
  return s.replace(/0x[0-9a-f]+/g, '0xADDR');
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'pyrewind-dis-'));
  mkdirSync(join(dir, 'adir'));
  py = await loadPyodide({ indexURL: `${dirname(createRequire(import.meta.url).resolve('pyodide/package.json'))}/` });
  py.FS.mkdirTree('/work/dis');
  py.FS.mkdirTree('/work/dis/adir');
  for (const [name, text] of Object.entries(FILES)) {
    writeFileSync(join(dir, name), text);
    py.FS.writeFile(`/work/dis/${name}`, text);
  }
  py.runPython("import os; os.chdir('/work/dis')");
  py.runPython("import py_compile; py_compile.compile('prog.py', cfile='prog.pyc', doraise=True)");
  writeFileSync(join(dir, 'prog.pyc'), py.FS.readFile('/work/dis/prog.pyc') as Uint8Array);
  INVOCATIONS.push([['prog.pyc'], '']);
  // Warm the compile cache the children share (same environment, same requests as `pyrewind dis`
  // makes), so that they need not each start CPython: one compiler worker here serves them all.
  const compiler = new Compiler();
  for (const [args, input] of INVOCATIONS) {
    const file = args.find((a) => !a.startsWith('-'));
    const source = file === undefined ? input : FILES[file];
    if (source === undefined) continue;
    compiler.compile({ source, filename: file ?? '<stdin>', mode: 'exec', flags: 0, optimize: -1 });
  }
  const done = await Promise.all(INVOCATIONS.map(([args, input]) => spawnPyrewind(args, input)));
  INVOCATIONS.forEach(([args, input], i) => results.set(key(args, input), done[i]));
}, 180_000);

describe('pyrewind dis', () => {
  it.each(OPTION_SETS.map((o) => [o]))(
    'prints what python -m dis prints for a program with options %j',
    (opts) => {
      const mine = pyrewind([...opts, 'prog.py']);
      const theirs = cpython([...opts, 'prog.py']);
      expect(mine.stderr).toBe('');
      expect(addr(mine.stdout)).toBe(addr(theirs.stdout));
      expect(mine.stdout).toContain('Disassembly of <code object fib at 0x');
      expect(mine.status).toBe(0);
    },
  );

  it('reads standard input as <stdin> for - and with no file', () => {
    const src = STDIN_SOURCE;
    const theirs = cpython(['-'], src);
    expect(theirs.stdout).toContain('FOR_ITER');
    for (const args of [['-'], []]) {
      const mine = pyrewind(args, src);
      expect(mine.stdout).toBe(theirs.stdout);
      expect(mine.status).toBe(0);
    }
    const named = pyrewind([], 'def g(): pass\n');
    expect(named.stdout).toMatch(/Disassembly of <code object g at 0x[0-9a-f]+, file "<stdin>", line 1>:/);
  });

  it.each(SYNTAX_ERRORS)('reports the syntax error of %s as CPython does, exit 1', (name) => {
    const mine = pyrewind([name]);
    const theirs = cpython([name]);
    expect(theirs.stderr).toMatch(/SyntaxError/);
    expect(mine.stderr).toBe(theirs.stderr);
    expect(mine.stdout).toBe('');
    expect(mine.status).toBe(1);
  });

  it('prints compiler warnings on stderr and still disassembles', () => {
    const mine = pyrewind(['warn.py']);
    const theirs = cpython(['warn.py']);
    expect(theirs.stderr).toContain('SyntaxWarning');
    expect(mine.stderr).toBe(theirs.stderr);
    expect(mine.stdout).toBe(theirs.stdout);
    expect(mine.status).toBe(0);
  });

  it('ends a missing file or a directory with the OSError and status 1', () => {
    const missing = pyrewind(['no_such.py']);
    expect(missing.stderr).toBe("FileNotFoundError: [Errno 2] No such file or directory: 'no_such.py'\n");
    expect(missing.stdout).toBe('');
    expect(missing.status).toBe(1);
    const isDir = pyrewind(['adir']);
    expect(isDir.stderr).toBe("IsADirectoryError: [Errno 21] Is a directory: 'adir'\n");
    expect(isDir.status).toBe(1);
    // The same exception types as CPython's (whose errno numbers under pyodide are Emscripten's).
    expect(cpython(['no_such.py']).stderr).toMatch(/^FileNotFoundError: \[Errno \d+\] No such file or directory: 'no_such.py'\n$/);
    expect(cpython(['adir']).stderr).toMatch(/^IsADirectoryError: \[Errno \d+\] Is a directory: 'adir'\n$/);
  });

  it('disassembles a CPython 3.14 .pyc as dis.dis shows its code object', () => {
    const theirs = py.runPython(`
import dis, io, marshal
with open('prog.pyc', 'rb') as f:
    code = marshal.loads(f.read()[16:])
buf = io.StringIO()
dis.dis(code, file=buf)
buf.getvalue()
`) as string;
    const mine = pyrewind(['prog.pyc']);
    expect(addr(mine.stdout)).toBe(addr(theirs));
    expect(mine.status).toBe(0);
  });
});
