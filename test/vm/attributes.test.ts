// Attribute access: __getattr__ and its AttributeError, descriptors failing with AttributeError,
// hasattr on unset slots, bound methods forwarding attributes to their function.
// Expected outputs are CPython 3.14's (checked with pyodide). No program output is adjusted.

import { describe, expect, it } from 'vitest';
import { runSource, lines } from './run_source.js';

describe("attribute access", () => {
  it("keeps __getattr__'s own AttributeError and forwards method attributes", async () => {
    const r = await runSource(String.raw`class P:
    def __getattr__(self, name):
        raise AttributeError(f"custom {name}")
try:
    P().x
except AttributeError as e:
    print("getattr error kept:", e)
print("hasattr:", hasattr(P(), "x"), getattr(P(), "x", "dflt"))
class Q:
    @property
    def p(self):
        raise AttributeError("inner")
    def __getattr__(self, name):
        return "fallback " + name
print(Q().p)
class S:
    __slots__ = ("a",)
s = S()
print(hasattr(s, "a"))
s.a = 1
del s.a
print(hasattr(s, "a"))
class M:
    def f(self):
        "doc of f"
M.f.tag = "tagged"
m = M().f
print(m.__module__, m.__doc__, m.tag, m.__name__, m.__qualname__)
`);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(
      lines(
        "getattr error kept: custom x",
        "hasattr: False dflt",
        "fallback p",
        "False",
        "False",
        "__main__ doc of f tagged f M.f",
      ),
    );
  }, 60_000);
});
