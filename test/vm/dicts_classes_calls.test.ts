// Python-level behaviour of the dict layout and of the per-class attribute caches, against CPython 3.14
// (outputs taken from pyodide): iteration while the dict changes ("changed size" is sticky, "keys changed"
// ends the iterator), reversed iteration, order through growth, deletion and popitem, the exact calls
// made to user __hash__/__eq__ (colliding hashes included), numeric and NaN keys; and class attribute
// changes reaching instances, subclasses, __getattr__/__setattr__ hooks, __init__ and metaclasses; and
// keyword calls, which bind straight from the stack.
import { describe, expect, it } from 'vitest';
import { runSource } from './run_source.js';

const ITERATION = String.raw`def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)

def same_size_swap():
    d = {1: 1, 2: 2, 3: 3}
    it = iter(d)
    first = next(it)
    del d[3]
    d[4] = 4
    return first, list(it)
attempt('swap', same_size_swap)

def rolling():
    d = dict.fromkeys('abcdefghij')
    seen = []
    for k in d:
        seen.append(k)
        del d[k]
        d[k * 2] = None
    return seen
attempt('rolling', rolling)

def sticky():
    d = {1: 1, 2: 2}
    it = iter(d.items())
    next(it)
    d[3] = 3
    out = []
    for _ in range(2):
        try:
            next(it)
        except RuntimeError as e:
            out.append(str(e))
    del d[3]
    try:
        next(it)
    except RuntimeError as e:
        out.append('still: ' + str(e))
    return out
attempt('sticky', sticky)

def reversed_change():
    d = {i: str(i) for i in range(12)}
    it = reversed(d.items())
    out = [next(it)]
    del d[5]
    try:
        next(it)
    except RuntimeError as e:
        out.append(str(e))
    return out
attempt('reversed', reversed_change)

def grow_then_delete():
    d = {}
    for i in range(40):
        d[f'k{i}'] = i
    for i in range(0, 40, 3):
        del d[f'k{i}']
    d['k0'] = 'back'
    return len(d), list(d)[:4], list(d)[-2:], d['k1'], d.get('k3'), list(reversed(d))[:2]

attempt('grow', grow_then_delete)

def popitem_order():
    d = {'a': 1, 'b': 2, 'c': 3}
    del d['a']
    d['a'] = 9
    out = [list(d), d.popitem()]
    d['z'] = 0
    out.append(list(d.items()))
    return out
attempt('popitem', popitem_order)

calls = []
class Key:
    def __init__(self, v, h):
        self.v = v
        self.h = h
    def __hash__(self):
        calls.append(f'hash{self.v}')
        return self.h
    def __eq__(self, other):
        calls.append(f'eq{self.v}{getattr(other, "v", "?")}')
        return isinstance(other, Key) and self.v == other.v
    def __repr__(self):
        return f'K{self.v}'

def collisions():
    d = {}
    for v in 'abc':
        d[Key(v, 7)] = v
    found = d[Key('b', 7)]
    missing = Key('z', 7) in d
    del d[Key('a', 7)]
    d[Key('d', 1)] = 'd'
    return found, missing, list(d)
attempt('collide', collisions)
print('calls:', calls)

def numeric_keys():
    d = {1: 'int'}
    d[1.0] = 'float'
    d[True] = 'bool'
    e = {True: 'b'}
    e[1] = 'i'
    n = float('nan')
    f = {n: 1, float('nan'): 2}
    return d, e, {0.0: 1, 0: 2, False: 3}, len(f), n in f, float('nan') in f
attempt('numeric', numeric_keys)

def hints():
    import operator
    d = {i: i for i in range(5)}
    it = iter(d)
    next(it)
    a = operator.length_hint(it)
    d[9] = 9
    return a, operator.length_hint(it)
attempt('hints', hints)
`;

const ITERATION_OUT = String.raw`swap (1, [2, 4])
rolling RuntimeError dictionary keys changed during iteration
sticky ['dictionary changed size during iteration', 'dictionary changed size during iteration', 'still: dictionary changed size during iteration']
reversed [(11, '11'), 'dictionary changed size during iteration']
grow (27, ['k1', 'k2', 'k4', 'k5'], ['k38', 'k0'], 1, None, ['k0', 'k38'])
popitem [['b', 'c', 'a'], ('a', 9), [('b', 2), ('c', 3), ('z', 0)]]
collide ('b', False, [Kb, Kc, Kd])
calls: ['hasha', 'hashb', 'eqab', 'hashc', 'eqac', 'eqbc', 'hashb', 'eqab', 'eqbb', 'hashz', 'eqaz', 'eqbz', 'eqcz', 'hasha', 'eqaa', 'hashd']
numeric ({1: 'bool'}, {True: 'i'}, {0.0: 3}, 2, True, False)
hints (4, 0)
`;

const CLASS_CHANGES = String.raw`class Base:
    count = 0
    def hello(self):
        return 'base'
class Child(Base):
    pass
c = Child()
print(c.count, c.hello())
Base.count += 1
Base.hello = lambda self: 'patched'
print(c.count, c.hello(), Child.count)
del Base.hello
try:
    c.hello()
except AttributeError as e:
    print('gone:', e)

class Plain:
    def __init__(self):
        self.x = 1
p = Plain()
print(p.x)
def fallback(self, name):
    return 'fallback ' + name
Plain.__getattr__ = fallback
print(p.x, p.y)
del Plain.__getattr__
try:
    p.y
except AttributeError as e:
    print(e)
log = []
def tracing_setattr(self, name, value):
    log.append(name)
    object.__setattr__(self, name, value)
Plain.__setattr__ = tracing_setattr
p.z = 3
print(log, p.z)
del Plain.__setattr__
p.w = 4
print(log)

class Init:
    def __init__(self, a, b=2):
        self.a = a + b
print(Init(1).a, Init(1, b=5).a)
def new_init(self, a, b=0):
    self.a = a * 10
Init.__init__ = new_init
print(Init(1).a)
class Meta(type):
    pass
class WithMeta(metaclass=Meta):
    def __init__(self):
        self.v = 'init ran'
print(WithMeta().v)
Meta.__call__ = lambda cls, *a: 'meta call'
print(WithMeta())

class Other:
    def greet(self):
        return 'other'
class MroMeta(type):
    def mro(cls):
        return [cls, Other, object]
class Odd(metaclass=MroMeta):
    pass
print(Odd().greet())
Other.greet = lambda self: 'other patched'
print(Odd().greet())
`;

const CLASS_CHANGES_OUT = String.raw`0 base
1 patched 1
gone: 'Child' object has no attribute 'hello'
1
1 fallback y
'Plain' object has no attribute 'y'
['z'] 3
['z']
3 6
10
init ran
meta call
other
other patched
`;

const KEYWORD_CALLS = String.raw`def f(a, b=1, *, c=2, d):
    return (a, b, c, d)
def g(x, /, y, **kw):
    return x, y, kw
def h(*args, k=0, **kw):
    return args, k, kw
class C:
    def __init__(self, a, *, flag=False, **extra):
        self.v = (a, flag, extra)
tests = [
    lambda: f(1, d=4),
    lambda: f(1, 2, c=3, d=4),
    lambda: f(a=1, d=4),
    lambda: f(1, d=4, e=5),
    lambda: f(1, a=2, d=4),
    lambda: f(1, 2, 3, d=4),
    lambda: f(1, 2, 3, 4, c=1, d=1),
    lambda: f(),
    lambda: f(1),
    lambda: g(1, y=2, z=3),
    lambda: g(x=1, y=2),
    lambda: g(1, 2, x=5),
    lambda: h(1, 2, k=3, m=4),
    lambda: C(1, flag=True, z=9).v,
    lambda: C(a=1).v,
    lambda: C(1, 2),
    lambda: C(flag=1),
    lambda: f(1, **{'d': 5, 'c': 6}),
    lambda: dict(a=1, b=2),
    lambda: sorted([3, 1, 2], key=lambda v: -v, reverse=True),
]
for t in tests:
    try:
        print(t())
    except TypeError as e:
        print('TypeError:', e)
`;

const KEYWORD_CALLS_OUT = String.raw`(1, 1, 2, 4)
(1, 2, 3, 4)
(1, 1, 2, 4)
TypeError: f() got an unexpected keyword argument 'e'
TypeError: f() got multiple values for argument 'a'
TypeError: f() takes from 1 to 2 positional arguments but 3 positional arguments (and 1 keyword-only argument) were given
TypeError: f() takes from 1 to 2 positional arguments but 4 positional arguments (and 2 keyword-only arguments) were given
TypeError: f() missing 1 required positional argument: 'a'
TypeError: f() missing 1 required keyword-only argument: 'd'
(1, 2, {'z': 3})
TypeError: g() missing 1 required positional argument: 'x'
(1, 2, {'x': 5})
((1, 2), 3, {'m': 4})
(1, True, {'z': 9})
(1, False, {})
TypeError: C.__init__() takes 2 positional arguments but 3 were given
TypeError: C.__init__() missing 1 required positional argument: 'a'
(1, 1, 6, 5)
{'a': 1, 'b': 2}
[1, 2, 3]
`;

describe('dict layout seen from Python', () => {
  it('iterates, grows, deletes and hashes keys as CPython does', async () => {
    const r = await runSource(ITERATION);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(ITERATION_OUT);
  });
});

describe('class attribute caches', () => {
  it('see changes to a class, its bases, its hooks and its metaclass', async () => {
    const r = await runSource(CLASS_CHANGES);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(CLASS_CHANGES_OUT);
  });
});

describe('keyword calls bound from the stack (no kwargs Map)', () => {
  it('bind defaults, keyword-only, **kwargs and __init__ and raise CPython errors', async () => {
    const r = await runSource(KEYWORD_CALLS);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(KEYWORD_CALLS_OUT);
  });
});
