// Checks the _contextvars module (vm/modules/contextvars.ts) and the context-aware side of _warnings
// (vm/modules/warnings.ts reads the filters of the catch_warnings() context stored in the
// _warnings_context variable) against CPython 3.14. Expected outputs were printed by CPython 3.14.2
// (pyodide) running the same programs.

import { beforeAll, describe, expect, it } from 'vitest';
import { runProgram } from './program_runner.js';

beforeAll(async () => {
  await import('../../vm/index.js');
});

describe('context-aware warnings', () => {
  it('uses the filters and log of the context catch_warnings() set, isolated per Context', async () => {
    const r = await runProgram({
      'main.py': String.raw`import _py_warnings, warnings, contextvars
_py_warnings._use_context = True
try:
    with warnings.catch_warnings(record=True) as log:
        warnings.simplefilter("always")
        warnings.warn("recorded in the context")
        ctx = warnings._warnings_context.get()
        print(type(ctx).__name__, ctx.log is log, len(ctx._filters) - len(warnings.filters))

        def other():
            with warnings.catch_warnings():
                warnings.simplefilter("error")
                try:
                    warnings.warn("error in the copy")
                except UserWarning as e:
                    print("raised:", e)
        contextvars.copy_context().run(other)
        warnings.warn("still recorded")
    print([str(w.message) for w in log])
    try:
        warnings._warnings_context.get()
    except LookupError:
        print("no context once restored? ", False)
    else:
        print("context restored to the global one:", type(warnings._warnings_context.get()).__name__)
finally:
    _py_warnings._use_context = False
`,
    });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(
      '_Context True 1\n' +
        'raised: error in the copy\n' +
        "['recorded in the context', 'still recorded']\n" +
        'context restored to the global one: _GlobalContext\n',
    );
  });
});

describe('_contextvars', () => {
  it('reprs, errors and iterator types match CPython', async () => {
    const r = await runProgram({
      'main.py': String.raw`import contextvars
v = contextvars.ContextVar("v")
def body():
    ctx = contextvars.copy_context()
    print(repr(contextvars.Token.MISSING), contextvars.Token.MISSING is contextvars.Token.MISSING)
    t = v.set(1)
    print(str(t).startswith("<Token var=<ContextVar name='v' at 0x"), t.var is v)
    v.reset(t)
    print(str(t).startswith("<Token used var="))
    try:
        v.get()
    except LookupError as e:
        print(str(e).startswith("<ContextVar name='v' at 0x"), repr(e)[:30])
    for bad in (lambda: v.reset(1), lambda: v.get(1, 2), lambda: ctx.run(), lambda: contextvars.Context(1), lambda: ctx[1], lambda: 1 in ctx, lambda: v.set()):
        try:
            bad()
        except Exception as e:
            print(type(e).__name__, e)
    print(type(ctx.keys()).__name__, type(ctx.items()).__name__, type(iter(ctx)).__name__)
contextvars.Context().run(body)
`,
    });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(
      '<Token.MISSING> True\n' +
        'True True\n' +
        'True\n' +
        "True LookupError(<ContextVar name='\n" +
        'TypeError expected an instance of Token, got 1\n' +
        'TypeError get expected at most 1 argument, got 2\n' +
        'TypeError run() missing 1 required positional argument\n' +
        'TypeError Context() does not accept any arguments\n' +
        'TypeError a ContextVar key was expected, got 1\n' +
        'TypeError a ContextVar key was expected, got 1\n' +
        'TypeError ContextVar.set() takes exactly one argument (0 given)\n' +
        'keys items keys\n',
    );
  });

  it('iterates a snapshot: setting a variable during iteration does not change it', async () => {
    const r = await runProgram({
      'main.py': String.raw`import contextvars
a, b = contextvars.ContextVar("a"), contextvars.ContextVar("b")
def body():
    a.set(1)
    ctx = contextvars.copy_context()
    seen = []
    def walk():
        for k in ctx:
            seen.append(k.name)
            b.set(2)
    ctx.run(walk)
    print(seen, len(ctx), sorted(ctx.values()), sorted(k.name for k, v in ctx.items()))
    print(list(contextvars.copy_context().items()) == [(a, 1)])
contextvars.Context().run(body)
`,
    });
    expect(r.stdout).toBe("['a'] 2 [1, 2] ['a', 'b']\nTrue\n");
  });

  it("checks arguments with CPython's messages", async () => {
    const r = await runProgram({
      'main.py': String.raw`from contextvars import ContextVar, Context, copy_context
v = ContextVar("v")
for f in (lambda: ContextVar("x", 1), lambda: ContextVar(), lambda: v.get(default=3), lambda: ContextVar(name=3),
          lambda: copy_context(1), lambda: v.reset(), lambda: Context().get(), lambda: Context().copy(1)):
    try:
        print(f())
    except TypeError as e:
        print("TypeError", e)
print(ContextVar("d", default=None).get())
`,
    });
    expect(r.stdout).toBe(
      'TypeError ContextVar() takes at most 1 positional argument (2 given)\n' +
        'TypeError ContextVar() takes exactly 1 positional argument (0 given)\n' +
        'TypeError ContextVar.get() takes no keyword arguments\n' +
        'TypeError ContextVar() takes exactly 1 positional argument (0 given)\n' +
        'TypeError _contextvars.copy_context() takes no arguments (1 given)\n' +
        'TypeError ContextVar.reset() takes exactly one argument (0 given)\n' +
        'TypeError get expected at least 1 argument, got 0\n' +
        'TypeError Context.copy() takes no arguments (1 given)\n' +
        'None\n',
    );
  });
});
