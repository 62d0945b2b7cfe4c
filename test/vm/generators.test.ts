// Generators: close() returning the value of a return, throw() and close() going through `yield
// from` to the delegate first, gi_yieldfrom.
// Expected outputs are CPython 3.14's (checked with pyodide). No program output is adjusted.

import { describe, expect, it } from 'vitest';
import { runSource, lines } from './run_source.js';

describe("generators", () => {
  it("delegates throw and close through yield from", async () => {
    const r = await runSource(String.raw`def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
def g1():
    try:
        yield 1
    except GeneratorExit:
        return "closing value"
def close_value():
    g = g1(); next(g); return g.close()
show("close value", close_value)
def sub():
    try:
        yield 1
    except KeyError:
        yield "sub caught"
    return "sub done"
def top():
    r = yield from sub()
    yield ("top got", r)
def throw_through():
    g = top()
    out = [next(g), g.throw(KeyError), next(g)]
    return out
show("throw through yield from", throw_through)
def yf_attr():
    g = top()
    a = g.gi_yieldfrom
    next(g)
    return a, type(g.gi_yieldfrom).__name__
show("gi_yieldfrom", yf_attr)
def close_delegate():
    log = []
    def inner():
        try:
            yield 1
        finally:
            log.append("inner closed")
    def outer():
        try:
            yield from inner()
        finally:
            log.append("outer closed")
    g = outer(); next(g); g.close()
    return log
show("close delegate", close_delegate)
class It:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        return self.n
    def throw(self, *a):
        return ("It.throw", len(a))
def outer2():
    yield from It()
def throw_non_gen():
    g = outer2(); next(g)
    return g.throw(ValueError("v"))
show("throw to iterator", throw_non_gen)
def ignore():
    def s():
        while True:
            try:
                yield 1
            except GeneratorExit:
                pass
    global keep
    keep = g = s(); next(g); g.close()
show("ignored", ignore)
`);
    // `keep` still holds the generator that ignores GeneratorExit: at exit it is finalized, and CPython
    // reports that its close() failed.
    expect(r.stderr).toMatch(
      /^Exception ignored while closing generator <generator object ignore\.<locals>\.s at 0x[0-9a-f]+>:\n(.|\n)*RuntimeError: generator ignored GeneratorExit\n$/,
    );
    expect(r.stdout).toBe(
      lines(
        "close value 'closing value'",
        "throw through yield from [1, 'sub caught', ('top got', 'sub done')]",
        "gi_yieldfrom (None, 'generator')",
        "close delegate ['inner closed', 'outer closed']",
        "throw to iterator ('It.throw', 1)",
        "ignored RuntimeError generator ignored GeneratorExit",
      ),
    );
  }, 60_000);
});
