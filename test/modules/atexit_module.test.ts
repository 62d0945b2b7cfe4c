// Checks the atexit module (vm/modules/atexit.ts) and the report of exceptions its callbacks raise
// (vm/modules/unraisable.ts) against CPython 3.14.
//
// PROGRAM runs its callbacks with atexit._run_exitfuncs(); its stdout and stderr were printed by CPython
// (pyodide 3.14.2) running the same program (addresses and the file name normalised). The exit-time
// cases run a program the way the runner does (main module, then the uncaught exception report, then
// runAtexit, then flushing); their expectations follow CPython 3.14's Py_FinalizeEx, where no Python
// frame is left, so a callback failing inside a builtin has no traceback.
//
// The module is installed by hand so that these tests exercise this implementation whatever else
// registers a module named atexit.
import { beforeAll, describe, expect, it } from 'vitest';
import { registerNativeModule } from '../../vm/modules/registry.js';
import { makeAtexitModule } from '../../vm/modules/atexit.js';
import { runProgram as runFiles, type ProgramOutcome } from './program_runner.js';

beforeAll(async () => {
  await import('../../vm/index.js');
  registerNativeModule('atexit', makeAtexitModule);
});

/** Runs `source` as main.py; program_runner calls runAtexit() where the runner will. */
function runProgram(source: string): Promise<ProgramOutcome> {
  return runFiles({ 'main.py': source });
}

const PROGRAM = String.raw`import atexit, sys
atexit._clear()
def show(label, f):
    try:
        print(label, repr(f()))
    except BaseException as e:
        print(label, type(e).__name__, e)
def a(*args, **kw): print('a', args, kw)
def b(): raise ValueError('boom')
def c():
    print('c registers d and unregisters a')
    atexit.register(d)
    atexit.unregister(a)
def d(): print('d must not run in this pass')
def e(): raise SystemExit(3)
def k(): raise KeyboardInterrupt
atexit.register(a, 1, 2, x=3)
atexit.register(b)
atexit.register(c)
atexit.register(e)
atexit.register(k)
show('ncallbacks', atexit._ncallbacks)
atexit._run_exitfuncs()
show('after run', atexit._ncallbacks)
show('register no args', lambda: atexit.register())
show('register kw only', lambda: atexit.register(func=a))
show('register not callable', lambda: atexit.register(1))
show('register returns func', lambda: atexit.register(a) is a)
show('unregister', lambda: atexit.unregister(a))
show('after unregister', atexit._ncallbacks)
show('unregister unknown', lambda: atexit.unregister(print))
show('unregister 2 args', lambda: atexit.unregister(a, b))
show('unregister 0 args', lambda: atexit.unregister())
show('unregister kw', lambda: atexit.unregister(func=a))
show('ncallbacks arg', lambda: atexit._ncallbacks(1))
show('clear arg', lambda: atexit._clear(1))
show('run arg', lambda: atexit._run_exitfuncs(1))
show('doc', lambda: atexit.__doc__)
class Eq:
    def __eq__(self, o): raise RuntimeError('eq fails')
    def __call__(self): pass
atexit.register(a)
atexit.register(Eq())
show('unregister with raising __eq__', lambda: atexit.unregister(a))
atexit._clear()
show('cleared', atexit._ncallbacks)
class Always:
    def __eq__(self, o):
        print('eq called with', type(o).__name__)
        return True
    __hash__ = None
atexit.register(a)
atexit.register(b)
show('unregister by __eq__', lambda: atexit.unregister(Always()))
show('left', atexit._ncallbacks)
atexit.register(a, 'same')
atexit.register(b)
atexit.register(a, 'twice')
atexit.unregister(a)
show('both registrations of a removed', atexit._ncallbacks)
atexit._clear()
import functools
atexit.register(functools.partial(print, 'partial'))
atexit.register(print, 'p1', 'p2', sep='-')
atexit._run_exitfuncs()
def hook(u):
    print('hook:', u.exc_type.__name__, u.exc_value, '|', u.err_msg.split(' at ')[0], '|', u.object, u.exc_traceback is not None, len(u))
sys.unraisablehook = hook
atexit.register(b)
atexit.register(int, 'x')
atexit._run_exitfuncs()
def failing_hook(u): raise OSError('hook failed')
sys.unraisablehook = failing_hook
atexit.register(b)
atexit._run_exitfuncs()
sys.unraisablehook = None
atexit.register(b)
atexit._run_exitfuncs()
del sys.unraisablehook
class R:
    def __repr__(self): raise ValueError('no repr')
    def __call__(self): raise TypeError('tt')
atexit.register(R())
def nested():
    def inner(): raise ValueError('inner\nsecond line')
    inner()
atexit.register(nested)
atexit.register(lambda: 1/0)
class Err(Exception): pass
def chained():
    try:
        {}['k']
    except KeyError as exc:
        e = Err('chained')
        e.add_note('a note')
        raise e from exc
atexit.register(chained)
def deep(n=0):
    if n == 5: raise RecursionError('deep')
    deep(n + 1)
atexit.register(deep)
class BadStr(Exception):
    def __str__(self): raise RuntimeError
def badstr(): raise BadStr()
atexit.register(badstr)
atexit._run_exitfuncs()
sys.tracebacklimit = 1
atexit.register(deep)
atexit._run_exitfuncs()
sys.tracebacklimit = 0
atexit.register(deep)
atexit._run_exitfuncs()
del sys.tracebacklimit
saved = sys.stderr
sys.stderr = None
atexit.register(b)
atexit._run_exitfuncs()
sys.stderr = saved
print('end')
`;

const EXPECTED_STDOUT = String.raw`ncallbacks 5
c registers d and unregisters a
a (1, 2) {'x': 3}
after run 0
register no args TypeError register() takes at least 1 argument (0 given)
register kw only TypeError register() takes at least 1 argument (0 given)
register not callable TypeError the first argument must be callable
register returns func True
unregister None
after unregister 0
unregister unknown None
unregister 2 args TypeError atexit.unregister() takes exactly one argument (2 given)
unregister 0 args TypeError atexit.unregister() takes exactly one argument (0 given)
unregister kw TypeError atexit.unregister() takes no keyword arguments
ncallbacks arg TypeError atexit._ncallbacks() takes no arguments (1 given)
clear arg TypeError atexit._clear() takes no arguments (1 given)
run arg TypeError atexit._run_exitfuncs() takes no arguments (1 given)
doc 'allow programmer to define multiple exit functions to be executed\nupon normal program termination.\n\nTwo public functions, register and unregister, are defined.\n'
unregister with raising __eq__ RuntimeError eq fails
cleared 0
eq called with function
eq called with function
unregister by __eq__ None
left 0
both registrations of a removed 1
p1-p2
partial
hook: ValueError invalid literal for int() with base 10: 'x' | Exception ignored in atexit callback <class 'int'> | None True 5
hook: ValueError boom | Exception ignored in atexit callback <function b | None True 5
end
`;

const EXPECTED_STDERR = String.raw`Exception ignored in atexit callback <function k at 0xX>:
Traceback (most recent call last):
  File "DIR/main.py", line 16, in k
    def k(): raise KeyboardInterrupt
KeyboardInterrupt: 
Exception ignored in atexit callback <function e at 0xX>:
Traceback (most recent call last):
  File "DIR/main.py", line 15, in e
    def e(): raise SystemExit(3)
SystemExit: 3
Exception ignored in atexit callback <function b at 0xX>:
Traceback (most recent call last):
  File "DIR/main.py", line 9, in b
    def b(): raise ValueError('boom')
ValueError: boom
Exception ignored in sys.unraisablehook: <function failing_hook at 0xX>
Traceback (most recent call last):
  File "DIR/main.py", line 72, in failing_hook
    def failing_hook(u): raise OSError('hook failed')
OSError: hook failed
Exception ignored in atexit callback <function b at 0xX>:
Traceback (most recent call last):
  File "DIR/main.py", line 9, in b
    def b(): raise ValueError('boom')
ValueError: boom
Exception ignored in atexit callback <function badstr at 0xX>:
Traceback (most recent call last):
  File "DIR/main.py", line 104, in badstr
    def badstr(): raise BadStr()
BadStr: <exception str() failed>
Exception ignored in atexit callback <function deep at 0xX>:
Traceback (most recent call last):
  File "DIR/main.py", line 100, in deep
    deep(n + 1)
  File "DIR/main.py", line 100, in deep
    deep(n + 1)
  File "DIR/main.py", line 100, in deep
    deep(n + 1)
  [Previous line repeated 2 more times]
  File "DIR/main.py", line 99, in deep
    if n == 5: raise RecursionError('deep')
RecursionError: deep
Exception ignored in atexit callback <function chained at 0xX>:
Traceback (most recent call last):
  File "DIR/main.py", line 96, in chained
    raise e from exc
Err: chained
Exception ignored in atexit callback <function <lambda> at 0xX>:
Traceback (most recent call last):
  File "DIR/main.py", line 88, in <lambda>
    atexit.register(lambda: 1/0)
ZeroDivisionError: division by zero
Exception ignored in atexit callback <function nested at 0xX>:
Traceback (most recent call last):
  File "DIR/main.py", line 86, in nested
    inner()
  File "DIR/main.py", line 85, in inner
    def inner(): raise ValueError('inner\nsecond line')
ValueError: inner
second line
Traceback (most recent call last):
  File "DIR/main.py", line 82, in __call__
    def __call__(self): raise TypeError('tt')
TypeError: tt
Exception ignored in atexit callback <function deep at 0xX>:
Traceback (most recent call last):
  File "DIR/main.py", line 99, in deep
    if n == 5: raise RecursionError('deep')
RecursionError: deep
Exception ignored in atexit callback <function deep at 0xX>:
RecursionError: deep
`;

describe('atexit module', () => {
  let r: ProgramOutcome;
  beforeAll(async () => {
    r = await runProgram(PROGRAM);
  });
  it('exits with status 0', () => {
    expect(r.status).toBe(0);
  });
  const outLines = EXPECTED_STDOUT.split('\n');
  outLines.forEach((line, i) => {
    if (line === '' && i === outLines.length - 1) return;
    it(`stdout line ${i + 1}: ${line.slice(0, 60)}`, () => {
      expect(r.stdout.split('\n')[i]).toBe(line);
    });
  });
  it('stdout has nothing more', () => {
    expect(r.stdout.split('\n').length).toBe(outLines.length);
  });
  it('stderr reports each failing callback as CPython does', () => {
    expect(r.stderr).toBe(EXPECTED_STDERR);
  });
});

describe('runAtexit at the end of a run', () => {
  it('runs the callbacks last registered first, after the main module, reporting failures', async () => {
    const r = await runProgram(String.raw`import atexit
def first(): print('registered first, runs last')
atexit.register(first)
atexit.register(print, 'registered second', sep='-', end='!\n')
atexit.register(int, 'x')
def boom(): raise ValueError('boom')
atexit.register(boom)
print('main done')
`);
    expect(r.stdout).toBe('main done\nregistered second!\nregistered first, runs last\n');
    expect(r.stderr).toBe(
      'Exception ignored in atexit callback <function boom at 0xX>:\n' +
        'Traceback (most recent call last):\n' +
        '  File "DIR/main.py", line 6, in boom\n' +
        "    def boom(): raise ValueError('boom')\n" +
        'ValueError: boom\n' +
        // No Python frame is running any more: a failure inside a builtin has no traceback.
        "Exception ignored in atexit callback <class 'int'>:\n" +
        "ValueError: invalid literal for int() with base 10: 'x'\n",
    );
    expect(r.status).toBe(0);
  });

  it('runs after the report of an uncaught exception, keeping its status', async () => {
    const r = await runProgram(String.raw`import atexit
atexit.register(print, 'atexit runs after the traceback')
raise KeyError('k')
`);
    expect(r.stdout).toBe('atexit runs after the traceback\n');
    expect(r.stderr.endsWith("KeyError: 'k'\n")).toBe(true);
    expect(r.status).toBe(1);
  });

  it('runs after sys.exit(), whose status a callback raising SystemExit does not change', async () => {
    const r = await runProgram(String.raw`import atexit, sys
def stop(): raise SystemExit(9)
atexit.register(stop)
atexit.register(print, 'exiting')
sys.exit(4)
`);
    expect(r.stdout).toBe('exiting\n');
    expect(r.stderr).toBe(
      'Exception ignored in atexit callback <function stop at 0xX>:\n' +
        'Traceback (most recent call last):\n' +
        '  File "DIR/main.py", line 2, in stop\n' +
        '    def stop(): raise SystemExit(9)\n' +
        'SystemExit: 9\n',
    );
    expect(r.status).toBe(4);
  });

  it('runs callbacks registered by callbacks of an earlier pass only once, and none twice', async () => {
    const r = await runProgram(String.raw`import atexit
def later(): print('later')
def first():
    print('first')
    atexit.register(later)
atexit.register(first)
atexit._run_exitfuncs()
print('between')
`);
    // _run_exitfuncs() ran a snapshot and then emptied the list: "later" was dropped with it.
    expect(r.stdout).toBe('first\nbetween\n');
    expect(r.stderr).toBe('');
  });
});
