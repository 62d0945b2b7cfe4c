// Class creation and super(): super with a class as second argument, super's type errors, duplicate
// bases, metaclass calculation in type(), the caller's __module__, __slots__ conflicts and layouts,
// type() deferring to a derived metaclass, object.__init_subclass__ refusing keywords.
// Expected outputs are CPython 3.14's (checked with pyodide). No program output is adjusted.

import { describe, expect, it } from 'vitest';
import { runSource, lines } from './run_source.js';

describe("classes", () => {
  it("creates classes and resolves super() as CPython does", async () => {
    const r = await runSource(String.raw`def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
class G:
    def greet(self):
        return ["G"]
class A(G):
    def greet(self):
        return ["A"] + super().greet()
class B(A):
    pass
show("super cls", lambda: super(A, B).greet(B()))
show("super bad inst", lambda: super(B, A()))
show("super bad type", lambda: super(B, A))
def dup():
    class X: pass
    class Y(X, X): pass
show("dup", dup)
show("meta conflict", lambda: type("X", (1,), {}))
show("module", lambda: type("Dyn", (), {}).__module__)
def slot_conflict():
    class C:
        __slots__ = ("v",)
        v = 1
show("slot conflict", slot_conflict)
class S1:
    __slots__ = ()
class S2:
    __slots__ = ()
class Both(S1, S2):
    pass
show("empty slots bases", lambda: Both.__mro__[1:3] == (S1, S2))
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns["made_by"] = "Meta" + repr(sorted(kw))
        return super().__new__(mcls, name, bases, ns)
class Base(metaclass=Meta):
    pass
show("type() defers to Meta", lambda: type("T", (Base,), {}, flag=1).made_by)
def bad_kw():
    class K(G, nope=1): pass
show("init_subclass kw", bad_kw)
`);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(
      lines(
        "super cls ['G']",
        "super bad inst TypeError super(type, obj): obj (instance of A) is not an instance or subtype of type (B).",
        "super bad type TypeError super(type, obj): obj (type A) is not an instance or subtype of type (B).",
        "dup TypeError duplicate base class X",
        "meta conflict TypeError metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
        "module '__main__'",
        "slot conflict ValueError 'v' in __slots__ conflicts with class variable",
        "empty slots bases True",
        "type() defers to Meta \"Meta['flag']\"",
        "init_subclass kw TypeError bad_kw.<locals>.K.__init_subclass__() takes no keyword arguments",
      ),
    );
  }, 60_000);
});
