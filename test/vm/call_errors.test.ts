// Errors of calls with * and ** arguments and of starred displays, naming the callee as
// CPython's _PyObject_FunctionStr does.
// Expected outputs are CPython 3.14's (checked with pyodide). No program output is adjusted.

import { describe, expect, it } from 'vitest';
import { runSource, lines } from './run_source.js';

describe("call errors", () => {
  it("names the callee with its module and qualified name", async () => {
    const r = await runSource(String.raw`def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
def fx(a, *, b): pass
class C:
    def meth(self, a): pass
show("star fn", lambda: fx(*1))
show("star method", lambda: C().meth(*1))
show("star builtin", lambda: len(*1))
show("star class", lambda: C(*1))
show("dstar", lambda: fx(1, **[1]))
show("dup kw", lambda: fx(**{'b': 1}, **{'b': 2}))
show("dup kw builtin", lambda: [].append(**{'a': 1}, **{'a': 2}))
show("list star", lambda: [*5])
show("set star", lambda: {*5})
`);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(
      lines(
        "star fn TypeError __main__.fx() argument after * must be an iterable, not int",
        "star method TypeError __main__.C.meth() argument after * must be an iterable, not int",
        "star builtin TypeError len() argument after * must be an iterable, not int",
        "star class TypeError __main__.C() argument after * must be an iterable, not int",
        "dstar TypeError __main__.fx() argument after ** must be a mapping, not list",
        "dup kw TypeError __main__.fx() got multiple values for keyword argument 'b'",
        "dup kw builtin TypeError list.append() got multiple values for keyword argument 'a'",
        "list star TypeError Value after * must be an iterable, not int",
        "set star TypeError 'int' object is not iterable",
      ),
    );
  }, 60_000);
});
