// Classes and functions as objects: PEP 649 class __annotations__/__annotate__, the order and
// presence of __dict__/__weakref__ in a class dict, getset and member descriptors, types.MethodType and
// types.FunctionType, %T names in the context-manager error, instance layouts of exception bases,
// mappingproxy, mapping patterns on dict subclasses, PEP 695 type parameters.
// Expected outputs are CPython 3.14's (checked with pyodide). No program output is adjusted.

import { describe, expect, it } from 'vitest';
import { runSource, lines } from './run_source.js';

describe("types and functions", () => {
  it("computes class annotations lazily and caches them (PEP 649)", async () => {
    const r = await runSource(String.raw`class C:
    x: int
    y: "str" = 3
print(list(C.__dict__.keys()))
print(C.__annotations__, C.__annotate__.__qualname__)
print(list(C.__dict__.keys()))
class D(C): pass
print(D.__annotations__, D.__annotate__, list(D.__dict__.keys()))
class E: pass
print(E.__annotations__, list(E.__dict__.keys()))
print(type.__dict__['__annotations__'], type.__dict__['__annotate__'])
C.__annotations__ = {'z': 1}
print(C.__annotations__, list(C.__dict__.keys()))
import sys
print(sys.modules[__name__].__annotations__ if hasattr(sys.modules[__name__], '__annotations__') else 'no mod ann')
x: int = 5
def f(a: int) -> str: pass
print(f.__annotations__)
try:
    int.__annotations__
except AttributeError as e: print(e)
`);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(
      lines(
        "['__module__', '__firstlineno__', 'y', '__annotate_func__', '__static_attributes__', '__dict__', '__weakref__', '__doc__']",
        "{'x': <class 'int'>, 'y': 'str'} C.__annotate__",
        "['__module__', '__firstlineno__', 'y', '__annotate_func__', '__static_attributes__', '__dict__', '__weakref__', '__doc__', '__annotations_cache__']",
        "{} None ['__module__', '__firstlineno__', '__static_attributes__', '__doc__', '__annotate_func__', '__annotations_cache__']",
        "{} ['__module__', '__firstlineno__', '__static_attributes__', '__dict__', '__weakref__', '__doc__', '__annotate_func__', '__annotations_cache__']",
        "<attribute '__annotations__' of 'type' objects> <attribute '__annotate__' of 'type' objects>",
        "{'z': 1} ['__module__', '__firstlineno__', 'y', '__static_attributes__', '__dict__', '__weakref__', '__doc__', '__annotations_cache__']",
        "{}",
        "{'a': <class 'int'>, 'return': <class 'str'>}",
        "type object 'int' has no attribute '__annotations__'",
      ),
    );
  }, 60_000);
  it("adds __dict__ and __weakref__ only where CPython does", async () => {
    const r = await runSource(String.raw`class A(int): pass
class B(str): pass
class T(tuple): pass
class E(Exception): pass
class O: pass
class S:
    __slots__ = ('a',)
class SW:
    __slots__ = ('a', '__weakref__')
class L(list): pass
class D(dict): pass
for c in (A, B, T, E, O, S, SW, L, D):
    print(c.__name__, [k for k in c.__dict__ if k in ('__dict__', '__weakref__')])
`);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(
      lines(
        "A ['__dict__']",
        "B ['__dict__', '__weakref__']",
        "T ['__dict__']",
        "E ['__weakref__']",
        "O ['__dict__', '__weakref__']",
        "S []",
        "SW ['__weakref__']",
        "L ['__dict__', '__weakref__']",
        "D ['__dict__', '__weakref__']",
      ),
    );
  }, 60_000);
  it("exposes getset and member descriptors", async () => {
    const r = await runSource(String.raw`class S:
    __slots__ = ('a',)
print(S.a, type.__dict__['__name__'], type.__dict__['__name__'].__get__(S), S.__dict__['a'].__name__)
s = S(); S.a.__set__(s, 5); print(s.a, S.a.__get__(s, S))
`);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(
      lines(
        "<member 'a' of 'S' objects> <attribute '__name__' of 'type' objects> S a",
        "5 5",
      ),
    );
  }, 60_000);
  it("makes methods and functions with types.MethodType/FunctionType", async () => {
    const r = await runSource(String.raw`import types
def f(a, b=2): return a + b
m = types.MethodType(f, 10)
print(m(), m.__self__, m.__func__ is f)
for args in [(1, 2), (f, None), (f,)]:
    try: types.MethodType(*args)
    except TypeError as e: print(e)
g = types.FunctionType(f.__code__, globals(), 'g', (5,))
print(g(1), g.__name__, g.__defaults__)
try: types.FunctionType(1, {})
except TypeError as e: print(e)
def outer():
    x = 1
    def inner(): return x
    return inner
i = outer()
try: types.FunctionType(i.__code__, {})
except TypeError as e: print(e)
h = types.FunctionType(i.__code__, {}, None, None, i.__closure__)
print(h(), h.__name__)
class E: pass
try:
    with E(): pass
except TypeError as e: print(e)
def loc():
    class E2:
        def __enter__(self): pass
    with E2(): pass
try: loc()
except TypeError as e: print(e)
try:
    with 5: pass
except TypeError as e: print(e)
`);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(
      lines(
        "12 10 True",
        "first argument must be callable",
        "instance must not be None",
        "method expected 2 arguments, got 1",
        "6 g (5,)",
        "function() argument 'code' must be code, not int",
        "arg 5 (closure) must be tuple",
        "1 inner",
        "'E' object does not support the context manager protocol (missed __exit__ method)",
        "'loc.<locals>.E2' object does not support the context manager protocol (missed __exit__ method)",
        "'int' object does not support the context manager protocol (missed __exit__ method)",
      ),
    );
  }, 60_000);
  it("accepts exception bases sharing a layout and refuses conflicting ones", async () => {
    const r = await runSource(String.raw`class A(LookupError, SystemError): pass
print(A.__mro__)
try:
    class B(OSError, ImportError): pass
except TypeError as e: print(e)
class C(KeyError, IndexError): pass
try:
    class D(UnicodeDecodeError, UnicodeEncodeError): pass
except TypeError as e: print(e)
class D(UnicodeError, ValueError): pass
print(D.__mro__[1:3])
try:
    class E(StopIteration, SystemExit): pass
except TypeError as e: print(e)
try:
    class F(int, str): pass
except TypeError as e: print(e)
`);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(
      lines(
        "(<class '__main__.A'>, <class 'LookupError'>, <class 'SystemError'>, <class 'Exception'>, <class 'BaseException'>, <class 'object'>)",
        "multiple bases have instance lay-out conflict",
        "multiple bases have instance lay-out conflict",
        "(<class 'UnicodeError'>, <class 'ValueError'>)",
        "multiple bases have instance lay-out conflict",
        "multiple bases have instance lay-out conflict",
      ),
    );
  }, 60_000);
  it("gives type.__dict__ as a live mappingproxy", async () => {
    const r = await runSource(String.raw`import types
class C:
    x = 1
d = C.__dict__
C.y = 2
print(type(d).__name__, d['y'], 'x' in d, len(d) > 3, d.get('zz', 'no'), list(d)[:2], types.MappingProxyType is type(d))
try: d['x'] = 5
except TypeError as e: print(e)
try: d['nope']
except KeyError as e: print(repr(e))
m = types.MappingProxyType({'a': 1})
print(m, m['a'], list(m.items()), m | {'b': 2}, m == {'a': 1}, m.copy(), str(m))
try: types.MappingProxyType([1])
except TypeError as e: print(e)
try: m |= {}
except TypeError as e: print(e)
print(repr(int.__dict__['bit_length'])[:30], 'real' in int.__dict__)
match m:
    case {'a': v}: print("matched", v)
`);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(
      lines(
        "mappingproxy 2 True True no ['__module__', '__firstlineno__'] True",
        "'mappingproxy' object does not support item assignment",
        "KeyError('nope')",
        "{'a': 1} 1 [('a', 1)] {'a': 1, 'b': 2} True {'a': 1} {'a': 1}",
        "mappingproxy() argument must be a mapping, not list",
        "'|=' is not supported by mappingproxy; use '|' instead",
        "<method 'bit_length' of 'int'  True",
        "matched 1",
      ),
    );
  }, 60_000);
  it("matches mapping patterns on dict subclasses through get()", async () => {
    const r = await runSource(String.raw`from collections import defaultdict, OrderedDict
out = []
for m in (defaultdict(int, {"k": 1}), OrderedDict(k=2)):
    match m:
        case {"k": v}:
            out.append(v)
d = defaultdict(int)
match d:
    case {"missing": _}:
        out.append("matched")
    case _:
        out.append(("no keys created", len(d)))
print(out)
`);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(
      lines(
        "[1, 2, ('no keys created', 0)]",
      ),
    );
  }, 60_000);
  it("runs PEP 695 type parameter syntax", async () => {
    const r = await runSource(String.raw`def first[T](xs: list[T]) -> T:
    return xs[0]
print(first([3]), first.__type_params__)
class Box[T: int]:
    pass
print(Box.__type_params__, Box.__type_params__[0].__bound__)
`);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(
      lines(
        "3 (T,)",
        "(T,) <class 'int'>",
      ),
    );
  }, 60_000);
  it('names built-in types of other modules by their tp_name in messages', async () => {
    const r = await runSource(String.raw`def show(label, f):
    try:
        print(label, repr(f()))
    except BaseException as e:
        print(label, type(e).__name__, e)
from collections import deque
show("unhashable", lambda: hash(deque()))
show("no attr", lambda: deque().nothing)
show("type no attr", lambda: deque.nothing)
show("immutable", lambda: setattr(deque, "x", 1))
show("no dict", lambda: setattr(deque(), "x", 1))
show("not iterable", lambda: iter(__import__("sys").version_info.__class__.__mro__[0] and 5))
show("compare", lambda: deque() < 5)
show("modules", lambda: (deque.__module__, int.__module__, type.__module__, type(exit).__name__, type(exit).__module__))
show("type subscript", lambda: (type[int], type[int].__origin__))
show("mro entries", lambda: type("X", (int | str,), {}))
show("exit not hashable?", lambda: type(hash(exit)).__name__)
`);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(
      lines(
        "unhashable TypeError unhashable type: 'collections.deque'",
        "no attr AttributeError 'collections.deque' object has no attribute 'nothing'",
        "type no attr AttributeError type object 'collections.deque' has no attribute 'nothing'",
        "immutable TypeError cannot set 'x' attribute of immutable type 'collections.deque'",
        "no dict AttributeError 'collections.deque' object has no attribute 'x' and no __dict__ for setting new attributes",
        "not iterable TypeError 'int' object is not iterable",
        "compare TypeError '<' not supported between instances of 'collections.deque' and 'int'",
        "modules ('collections', 'builtins', 'builtins', 'Quitter', '_sitebuiltins')",
        "type subscript (type[int], <class 'type'>)",
        "mro entries TypeError type() doesn't support MRO entry resolution; use types.new_class()",
        "exit not hashable? 'int'",
      ),
    );
  }, 60_000);
});
