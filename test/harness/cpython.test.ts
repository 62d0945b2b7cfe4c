// Tests of the CPython (pyodide) runner: that a run looks like `python3 main.py args` in a fresh process
// (names, argv, stdin, exit statuses, uncaught exceptions, recursion depth) and that nothing leaks from
// one run into the next.
import { describe, expect, test } from 'vitest';
import { runCPython } from './cpython.js';
import type { Program } from './program.js';

function program(source: string, options: Partial<Program> & { extra?: Record<string, string> } = {}): Program {
  const files = new Map<string, Uint8Array>([['main.py', new TextEncoder().encode(source)]]);
  for (const [rel, text] of Object.entries(options.extra ?? {})) files.set(rel, new TextEncoder().encode(text));
  return { name: 'test', files, main: 'main.py', argv: options.argv ?? [], stdin: options.stdin ?? '' };
}

describe('a run is a fresh python3 process', () => {
  test('__main__, __file__, argv, cwd and sys.path[0]', async () => {
    const r = await runCPython(
      program('import sys, os\nprint(__name__, __file__, sys.argv, os.getcwd(), sys.path[0], "" in sys.path)', { argv: ['a b', '-x'] }),
      '/tmp/cpython-test-dir',
    );
    expect(r).toEqual({
      stdout: "__main__ /tmp/cpython-test-dir/main.py ['/tmp/cpython-test-dir/main.py', 'a b', '-x'] /tmp/cpython-test-dir /tmp/cpython-test-dir False\n",
      stderr: '',
      exitCode: 0,
      exception: null,
    });
  });

  test('stdin feeds input(); end of input raises EOFError', async () => {
    const r = await runCPython(program('print(input("? "))\nprint(input())\ninput()', { stdin: 'one\ntwo' }));
    expect(r.stdout).toBe('? one\ntwo\n');
    expect(r.exitCode).toBe(1);
    expect(r.exception).toEqual({ type: 'EOFError', message: 'EOF when reading a line' });
  });

  test('stdout and stderr are captured separately', async () => {
    const r = await runCPython(program('import sys\nprint("out")\nprint("err", file=sys.stderr)\nsys.stdout.write("é𝄞\\n")'));
    expect(r.stdout).toBe('out\né𝄞\n');
    expect(r.stderr).toBe('err\n');
  });

  test.each([
    ['sys.exit()', 0, ''],
    ['sys.exit(None)', 0, ''],
    ['sys.exit(3)', 3, ''],
    ['sys.exit(True)', 1, ''],
    ['sys.exit(256 + 7)', 7, ''],
    ['sys.exit(-1)', 255, ''],
    ['sys.exit("bye")', 1, 'bye\n'],
    ['sys.exit((1, 2))', 1, '(1, 2)\n'],
    ['raise SystemExit(4, 5)', 1, '(4, 5)\n'],
  ])('%s exits with %i', async (statement, status, stderr) => {
    const r = await runCPython(program(`import sys\nprint("before")\n${statement}\nprint("after")`));
    expect(r).toEqual({ stdout: 'before\n', stderr, exitCode: status, exception: null });
  });

  test('an uncaught exception prints a traceback that starts at <module> and exits with 1', async () => {
    const r = await runCPython(program('def f():\n    raise KeyError("k")\nprint("x")\nf()'), '/tmp/cpython-test-tb');
    expect(r.exitCode).toBe(1);
    expect(r.exception).toEqual({ type: 'KeyError', message: "'k'" });
    expect(r.stderr).toBe(
      'Traceback (most recent call last):\n' +
        '  File "/tmp/cpython-test-tb/main.py", line 4, in <module>\n    f()\n    ~^^\n' +
        '  File "/tmp/cpython-test-tb/main.py", line 2, in f\n    raise KeyError("k")\n' +
        "KeyError: 'k'\n",
    );
  });

  test('a script that does not compile reports a SyntaxError without a traceback header', async () => {
    const r = await runCPython(program('print("never")\nx = (1,\n'), '/tmp/cpython-test-syntax');
    expect(r.stdout).toBe('');
    expect(r.exitCode).toBe(1);
    expect(r.exception).toEqual({ type: 'SyntaxError', message: "'(' was never closed" });
    expect(r.stderr.startsWith('  File "/tmp/cpython-test-syntax/main.py", line 2\n')).toBe(true);
  });

  test('recursion depth is exactly that of a real process (no harness frames below <module>)', async () => {
    const r = await runCPython(program('def f(n):\n    try:\n        return f(n + 1)\n    except RecursionError:\n        return n\nprint(f(1))'));
    expect(r.stdout).toBe('999\n');
  });

  test('C-level recursion up to the limit does not kill pyodide', async () => {
    const r = await runCPython(program('class L:\n    def __repr__(self): return repr(self)\ntry:\n    repr(L())\nexcept RecursionError as e:\n    print("caught", e)'));
    expect(r.stdout).toBe('caught maximum recursion depth exceeded\n');
  });

  test('atexit handlers and finalizers run at shutdown, after the program', async () => {
    const r = await runCPython(program('import atexit\natexit.register(print, "atexit")\nclass D:\n    def __del__(self): print("del")\nd = D()\nprint("end")'));
    expect(r.stdout).toBe('end\natexit\ndel\n');
  });

  test('the environment is the harness-chosen one', async () => {
    const r = await runCPython(program('import os\nprint("PYTHONUNBUFFERED" in os.environ, os.environ.get("PATH") == __import__("sys").argv[1])', { argv: [process.env['PATH'] ?? ''] }));
    expect(r.stdout).toBe('False True\n');
  });
});

describe('nothing leaks between runs', () => {
  test('user modules are re-imported from the new run directory', async () => {
    const first = await runCPython(program('import helper\nprint(helper.VALUE)', { extra: { 'helper.py': 'VALUE = 1' } }));
    const second = await runCPython(program('import helper\nprint(helper.VALUE)', { extra: { 'helper.py': 'VALUE = 2' } }));
    const third = await runCPython(program('import helper'));
    expect([first.stdout, second.stdout]).toEqual(['1\n', '2\n']);
    expect(third.exception).toEqual({ type: 'ModuleNotFoundError', message: "No module named 'helper'" });
  });

  test('a user module named like a stdlib module pyodide preloads shadows it, as natively', async () => {
    const r = await runCPython(program('import random, json\nprint(random.VALUE, json.dumps([1]))', { extra: { 'random.py': 'VALUE = "mine"' } }));
    expect(r.stdout).toBe('mine [1]\n');
    const after = await runCPython(program('import random\nrandom.seed(1)\nprint(random.randint(1, 100))'));
    expect(after.stdout).toBe('18\n');
  });

  test('packages in subdirectories', async () => {
    const r = await runCPython(
      program('from pkg.sub import f\nprint(f())', { extra: { 'pkg/__init__.py': '', 'pkg/sub.py': 'from . import __name__ as p\ndef f(): return p' } }),
    );
    expect(r.stdout).toBe('pkg\n');
  });

  test('interpreter state changed by a program is restored', async () => {
    await runCPython(
      program('import sys, io, os, atexit\nsys.setrecursionlimit(50)\nsys.stdout = io.StringIO()\nsys.path.append("/nowhere")\nsys.argv.append("x")\nos.environ["LEAK"] = "1"\nsys.excepthook = None'),
    );
    const r = await runCPython(program('import sys, os\nprint(sys.getrecursionlimit(), "/nowhere" in sys.path, len(sys.argv), "LEAK" in os.environ)\nraise ValueError("still reported")'));
    expect(r.stdout).toBe('1000 False 1 False\n');
    expect(r.exception).toEqual({ type: 'ValueError', message: 'still reported' });
  });

  test('signal handlers and sys.monitoring tools a program leaves set are restored', async () => {
    await runCPython(
      program('import signal, sys\nsignal.signal(signal.SIGINT, lambda *a: None)\nsys.monitoring.use_tool_id(3, "left")'),
    );
    const r = await runCPython(program('import signal, sys\nprint(signal.getsignal(signal.SIGINT) is signal.default_int_handler, sys.monitoring.get_tool(3))'));
    expect(r.stdout).toBe('True None\n');
  });

  test('weakref.finalize works in the run after one that used it (its exit hook is reset)', async () => {
    const prog = program('import weakref\nclass O: pass\no = O()\nweakref.finalize(o, print, "finalized")\ndel o\nprint("end")');
    await runCPython(prog);
    const r = await runCPython(prog);
    expect(r.stdout).toBe('finalized\nend\n');
  });

  test('files written by a run are gone in the next one', async () => {
    await runCPython(program('open("left_behind.txt", "w").write("x")'), '/tmp/cpython-test-files');
    const r = await runCPython(program('import os\nprint(os.listdir("."))'), '/tmp/cpython-test-files');
    expect(r.stdout).toBe("['main.py']\n");
  });
});
