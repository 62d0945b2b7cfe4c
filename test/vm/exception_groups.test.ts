// Exception groups: BaseExceptionGroup construction and validation, split/subgroup/derive, except*
// (naked exceptions wrapped, re-raised parts keeping their place, new exceptions as siblings).
// Expected outputs are CPython 3.14's (checked with pyodide). No program output is adjusted.

import { describe, expect, it } from 'vitest';
import { runSource, lines } from './run_source.js';

describe("exception groups", () => {
  it("constructs, splits and re-raises groups as CPython does", async () => {
    const r = await runSource(String.raw`def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
show("empty", lambda: ExceptionGroup("x", []))
show("not seq", lambda: ExceptionGroup("x", ValueError()))
show("member", lambda: ExceptionGroup("x", [1]))
show("msg", lambda: ExceptionGroup(1, [ValueError()]))
show("nest", lambda: ExceptionGroup("x", [KeyboardInterrupt()]))
show("arity", lambda: ExceptionGroup("x"))
show("kw", lambda: ExceptionGroup("x", [ValueError()], k=1))
show("picks", lambda: (type(BaseExceptionGroup("x", [ValueError()])).__name__, type(BaseExceptionGroup("x", [KeyboardInterrupt()])).__name__))
class MyEG(ExceptionGroup): pass
show("subclass nest", lambda: MyEG("x", [KeyboardInterrupt()]))
eg = ExceptionGroup("top", [ValueError(1), TypeError(2), ExceptionGroup("inner", [ValueError(3), KeyError(4)])])
show("str", lambda: str(eg))
show("message/exceptions", lambda: (eg.message, eg.exceptions[:2]))
show("split", lambda: eg.split(ValueError))
show("split tuple", lambda: eg.split((ValueError, KeyError)))
show("subgroup pred", lambda: eg.subgroup(lambda e: isinstance(e, KeyError)))
show("subgroup none", lambda: eg.subgroup(OSError))
show("subgroup whole", lambda: eg.subgroup(lambda e: True) is eg)
show("bad matcher", lambda: eg.split(int))
show("derive", lambda: eg.derive([KeyError(9)]))
eg.__notes__ = ["note"]
m, r = eg.split(TypeError)
show("metadata", lambda: (m.__notes__, m.__notes__ is eg.__notes__, m.__suppress_context__))
class Derived(ExceptionGroup):
    def derive(self, excs):
        return Derived(self.message + "!", excs)
show("custom derive", lambda: Derived("d", [ValueError(), TypeError()]).split(ValueError))
def star():
    log = []
    try:
        raise eg
    except* ValueError as g:
        log.append(("V", repr(g), sys_exc() is g))
    except* TypeError as g:
        log.append(("T", repr(g)))
    return log
import sys
sys_exc = sys.exception
show("except* rest", star)
def naked():
    out = []
    try:
        raise ValueError("n")
    except* ValueError as g:
        out.append((repr(g), g.__traceback__ is not None, g.exceptions[0].__traceback__ is not None))
    return out
show("naked", naked)
def reraise():
    try:
        try:
            raise ExceptionGroup("r", [ValueError(1), TypeError(2)])
        except* ValueError:
            raise
        except* TypeError:
            pass
    except ExceptionGroup as g:
        return repr(g)
show("reraise keeps shape", reraise)
def raise_new():
    try:
        try:
            raise ExceptionGroup("r", [ValueError(1), TypeError(2)])
        except* ValueError:
            raise KeyError("new")
    except ExceptionGroup as g:
        return repr(g), repr(g.exceptions[0].__context__)
show("raise new", raise_new)
`);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(
      lines(
        "empty ValueError second argument (exceptions) must be a non-empty sequence",
        "not seq TypeError second argument (exceptions) must be a sequence",
        "member ValueError Item 0 of second argument (exceptions) is not an exception",
        "msg TypeError BaseExceptionGroup.__new__() argument 1 must be str, not int",
        "nest TypeError Cannot nest BaseExceptions in an ExceptionGroup",
        "arity TypeError BaseExceptionGroup.__new__() takes exactly 2 arguments (1 given)",
        "kw TypeError ExceptionGroup() takes no keyword arguments",
        "picks ('ExceptionGroup', 'BaseExceptionGroup')",
        "subclass nest TypeError Cannot nest BaseExceptions in 'MyEG'",
        "str 'top (3 sub-exceptions)'",
        "message/exceptions ('top', (ValueError(1), TypeError(2)))",
        "split (ExceptionGroup('top', [ValueError(1), ExceptionGroup('inner', [ValueError(3)])]), ExceptionGroup('top', [TypeError(2), ExceptionGroup('inner', [KeyError(4)])]))",
        "split tuple (ExceptionGroup('top', [ValueError(1), ExceptionGroup('inner', [ValueError(3), KeyError(4)])]), ExceptionGroup('top', [TypeError(2)]))",
        "subgroup pred ExceptionGroup('top', [ExceptionGroup('inner', [KeyError(4)])])",
        "subgroup none None",
        "subgroup whole True",
        "bad matcher TypeError expected an exception type, a tuple of exception types, or a callable (other than a class)",
        "derive ExceptionGroup('top', [KeyError(9)])",
        "metadata (['note'], False, True)",
        "custom derive (Derived('d!', [ValueError()]), Derived('d!', [TypeError()]))",
        "except* rest ExceptionGroup top (1 sub-exception)",
        "naked [(\"ExceptionGroup('', (ValueError('n'),))\", True, True)]",
        "reraise keeps shape \"ExceptionGroup('r', [ValueError(1)])\"",
        "raise new (\"ExceptionGroup('', [KeyError('new'), ExceptionGroup('r', [TypeError(2)])])\", \"ExceptionGroup('r', [ValueError(1)])\")",
      ),
    );
  }, 60_000);

  it('treats a re-raised part with a note added as re-raised (its notes are not compared)', async () => {
    const r = await runSource(String.raw`G = ExceptionGroup('', [RuntimeError('r'), ExceptionGroup('g', [TypeError(2)])])
try:
    try:
        raise G
    except* RuntimeError as eg:
        eg.add_note('a note')
        print("notes", eg.__notes__, getattr(G, '__notes__', None))
        raise
except BaseException as e:
    print(e is G, repr(e), getattr(e, '__notes__', None))
G2 = ExceptionGroup('', [RuntimeError('r'), ExceptionGroup('g', [TypeError(2)])])
try:
    try:
        raise G2
    except* RuntimeError as eg:
        raise
except BaseException as e:
    print(e is G2, repr(e), getattr(e, '__notes__', None))
`);
    expect(r.stdout).toBe(
      lines(
        "notes ['a note'] None",
        "False ExceptionGroup('', [RuntimeError('r'), ExceptionGroup('g', [TypeError(2)])]) None",
        "False ExceptionGroup('', [RuntimeError('r'), ExceptionGroup('g', [TypeError(2)])]) None",
      ),
    );
  }, 60_000);

  it('prints an uncaught group as nested boxes, each member with its chain', async () => {
    const r = await runSource(String.raw`def f():
    try:
        raise KeyError('a')
    except KeyError as e:
        raise ExceptionGroup('g', [ValueError(1), TypeError(2)]) from e
def g():
    try:
        f()
    except* ValueError:
        raise RuntimeError('in star')
try:
    g()
except* RuntimeError as eg:
    eg.add_note('a note')
    raise
`);
    expect(r.exitCode).toBe(1);
    expect(r.stderr.replace(/File "[^"]*\/main\.py"/g, 'File "main.py"')).toBe(
      lines(
        "  + Exception Group Traceback (most recent call last):",
        "  |   File \"main.py\", line 12, in <module>",
        "  |     g()",
        "  |     ~^^",
        "  | ExceptionGroup:  (2 sub-exceptions)",
        "  +-+---------------- 1 ----------------",
        "    | Exception Group Traceback (most recent call last):",
        "    |   File \"main.py\", line 8, in g",
        "    |     f()",
        "    |     ~^^",
        "    |   File \"main.py\", line 5, in f",
        "    |     raise ExceptionGroup('g', [ValueError(1), TypeError(2)]) from e",
        "    | ExceptionGroup: g (1 sub-exception)",
        "    +-+---------------- 1 ----------------",
        "      | ValueError: 1",
        "      +------------------------------------",
        "    | ",
        "    | During handling of the above exception, another exception occurred:",
        "    | ",
        "    | Traceback (most recent call last):",
        "    |   File \"main.py\", line 10, in g",
        "    |     raise RuntimeError('in star')",
        "    | RuntimeError: in star",
        "    +---------------- 2 ----------------",
        "    | Traceback (most recent call last):",
        "    |   File \"main.py\", line 3, in f",
        "    |     raise KeyError('a')",
        "    | KeyError: 'a'",
        "    | ",
        "    | The above exception was the direct cause of the following exception:",
        "    | ",
        "    | Exception Group Traceback (most recent call last):",
        "    |   File \"main.py\", line 8, in g",
        "    |     f()",
        "    |     ~^^",
        "    |   File \"main.py\", line 5, in f",
        "    |     raise ExceptionGroup('g', [ValueError(1), TypeError(2)]) from e",
        "    | ExceptionGroup: g (1 sub-exception)",
        "    +-+---------------- 1 ----------------",
        "      | TypeError: 2",
        "      +------------------------------------",
      ),
    );
  }, 60_000);
});
