// The pickling protocol of object and BaseException as copy uses it: __reduce_ex__ building
// (copyreg.__newobj__, (cls, *args), state, listitems, dictitems), __getstate__ with __slots__,
// __getnewargs__, overridden __reduce__, and the error for objects with a native layout.
// Expected outputs are CPython 3.14's (checked with pyodide). No program output is adjusted.

import { describe, expect, it } from 'vitest';
import { runSource, lines } from './run_source.js';

describe("object.__reduce_ex__", () => {
  it("copies instances, slots, list subclasses and exceptions as CPython does", async () => {
    const r = await runSource(String.raw`import copy
class P:
    def __init__(self, x, tags):
        self.x, self.tags = x, tags
    def __repr__(self): return f"P({self.x}, {self.tags})"
p = P(1, [2])
q = copy.deepcopy(p); q.tags.append(3)
print(p, q, copy.copy(p).tags is p.tags)
class S:
    __slots__ = ("a", "b")
s = S(); s.a = [1]
t = copy.deepcopy(s)
print(t.a, t.a is s.a, hasattr(t, "b"))
class L(list):
    pass
l = L([1, [2]]); l.extra = "e"
m = copy.deepcopy(l)
print(type(m).__name__, m, m.extra, m[1] is l[1])
class N(int):
    def __new__(cls, v): return super().__new__(cls, v * 2)
print(copy.copy(N(4)), type(copy.copy(N(4))).__name__)
e = ValueError("boom", 2); e.note = "n"
f = copy.copy(e)
print(repr(f), f.note, e.__reduce__()[:2])
print(P(1, 2).__reduce_ex__(2)[0].__name__, P(1, 2).__reduce_ex__(2)[1][0].__name__, P(1, 2).__reduce_ex__(2)[2])
def g(): yield 1
try:
    copy.copy(g())
except TypeError as err:
    print(err)
print(object().__getstate__(), P(1, 2).__getstate__())
class R:
    def __reduce__(self): return (R, ())
print(R().__reduce_ex__(2))
`);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(
      lines(
        "P(1, [2]) P(1, [2, 3]) True",
        "[1] False False",
        "L [1, [2]] e False",
        "16 N",
        "ValueError('boom', 2) n (<class 'ValueError'>, ('boom', 2))",
        "__newobj__ P {'x': 1, 'tags': 2}",
        "cannot pickle 'generator' object",
        "None {'x': 1, 'tags': 2}",
        "(<class '__main__.R'>, ())",
      ),
    );
  }, 60_000);
});
