// Checks _collections.defaultdict, _count_elements and _tuplegetter against CPython 3.14: the expected
// lines were printed by CPython (pyodide 3.14.2). The program imports _collections directly.
import { describe } from 'vitest';
import { describeProgram } from '../vm/describe_program.js';

const PROGRAM = String.raw`from _collections import defaultdict, _count_elements, _tuplegetter
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
def kind(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__)
def grouping():
    groups = defaultdict(list)
    for w in ['apple', 'bob', 'avocado', 'cat', 'banana']:
        groups[w[0]].append(w)
    counts = defaultdict(int)
    for ch in 'mississippi':
        counts[ch] += 1
    return dict(groups), dict(counts), isinstance(groups, dict)
show('grouping', grouping)
show('repr', lambda: (repr(defaultdict(int, {'a': 1})), repr(defaultdict()), repr(defaultdict(None, [(1, 2)])), repr(defaultdict(list, a=1))))
show('missing no factory', lambda: defaultdict()['k'])
show('missing tuple key', lambda: defaultdict()[(1, 2)])
show('get does not create', lambda: (lambda d: (d.get('x'), 'x' in d, d['x'], 'x' in d, d.setdefault('y'), d))(defaultdict(list)))
show('nested', lambda: (lambda t: (t['a']['b'].append(1), {k: dict(v) for k, v in t.items()})[1])(defaultdict(lambda: defaultdict(list))))
show('bad factory', lambda: defaultdict(5))
show('factory attr', lambda: (lambda d: (d.default_factory, setattr(d, 'default_factory', None), d.default_factory, delattr(d, 'default_factory'), d.default_factory, d))(defaultdict(int)))
show('copy', lambda: (lambda d: (d.copy(), type(d.copy()).__name__, d.__copy__(), d.copy() is d))(defaultdict(list, {'b': 1})))
show('or', lambda: (defaultdict(list, b=1) | {'a': 2}, {'a': 2} | defaultdict(list, b=1), type({} | defaultdict(int)).__name__))
kind('or bad', lambda: defaultdict(int) | 5)
show('ior', lambda: (lambda d: (d.__ior__({'z': 0}), d)[1])(defaultdict(int)))
show('reduce', lambda: (lambda r: (r[0].__name__, r[1], r[2], r[3], list(r[4])))(defaultdict(list, a=1).__reduce__()))
show('reduce no factory', lambda: defaultdict(None, a=1).__reduce__()[1])
show('missing direct', lambda: (lambda d: (d.__missing__('q'), d))(defaultdict(int)))
show('init kw', lambda: defaultdict(default_factory=int))
show('init again', lambda: (lambda d: (d.__init__(), d)[1])(defaultdict(int, a=1)))
show('fromkeys', lambda: defaultdict.fromkeys('ab'))
show('eq', lambda: (defaultdict(int, a=1) == {'a': 1}, defaultdict(int) == defaultdict(list)))
show('repr recursive', lambda: (lambda d: (d.__setitem__('me', d), repr(d))[1])(defaultdict(list)))
class Sub(defaultdict):
    def __setitem__(self, k, v):
        defaultdict.__setitem__(self, k, [v])
show('subclass', lambda: (lambda s: (s['k'], repr(s), repr(s.copy()), type(s | {}).__name__))(Sub(int)))
show('factory error', lambda: defaultdict(lambda: 1 / 0)['x'])
def count():
    d = {}
    _count_elements(d, 'abracadabra')
    _count_elements(d, ['a', 'z'])
    return d
show('count elements', count)
class Logged(dict):
    def get(self, k, default=None):
        print('get', k, default)
        return dict.get(self, k, default)
show('count via get', lambda: (lambda d: (_count_elements(d, 'aba'), d)[1])(Logged()))
class Missing(dict):
    def __missing__(self, k):
        return 0
show('count dict subclass', lambda: (lambda d: (_count_elements(d, 'abab'), d)[1])(Missing()))
show('count errors', lambda: _count_elements({}, 5))
show('count errors 2', lambda: _count_elements({}))
show('count errors 3', lambda: _count_elements({}, iterable='a'))
show('count errors 4', lambda: _count_elements(None, 'a'))
show('count errors 5', lambda: _count_elements({}, [[1]]))
show('count errors 6', lambda: _count_elements({'a': None}, 'a'))
class P(tuple):
    __slots__ = ()
    x = _tuplegetter(0, 'Alias for field number 0')
    y = _tuplegetter(1, 'Alias for field number 1')
p = P((1, 2))
g = P.__dict__['x']
show('tuplegetter', lambda: (p.x, p.y, P.x is g, g, g.__doc__, g.__reduce__(), g.__get__(None, P) is g, g.__get__(p, P), g.__get__((7,))))
show('tuplegetter set', lambda: setattr(p, 'x', 5))
show('tuplegetter del', lambda: delattr(p, 'x'))
show('tuplegetter __set__', lambda: g.__set__(p, 1))
show('tuplegetter short', lambda: _tuplegetter(5, None).__get__((1, 2)))
show('tuplegetter negative', lambda: _tuplegetter(-1, None).__get__((1, 2)))
show('tuplegetter non tuple', lambda: g.__get__([1]))
show('tuplegetter doc', lambda: (lambda t: (setattr(t, '__doc__', 'hi'), t.__doc__, t)[1:])(_tuplegetter(3, None)))
show('tuplegetter args', lambda: _tuplegetter(1))
show('tuplegetter args 2', lambda: _tuplegetter('a', 'doc'))
show('tuplegetter args 3', lambda: _tuplegetter(index=1, doc='doc'))
`;

const EXPECTED = String.raw`grouping ({'a': ['apple', 'avocado'], 'b': ['bob', 'banana'], 'c': ['cat']}, {'m': 1, 'i': 4, 's': 4, 'p': 2}, True)
repr ("defaultdict(<class 'int'>, {'a': 1})", 'defaultdict(None, {})', 'defaultdict(None, {1: 2})', "defaultdict(<class 'list'>, {'a': 1})")
missing no factory KeyError 'k'
missing tuple key KeyError (1, 2)
get does not create (None, False, [], True, None, defaultdict(<class 'list'>, {'x': [], 'y': None}))
nested {'a': {'b': [1]}}
bad factory TypeError first argument must be callable or None
factory attr (<class 'int'>, None, None, None, None, defaultdict(None, {}))
copy (defaultdict(<class 'list'>, {'b': 1}), 'defaultdict', defaultdict(<class 'list'>, {'b': 1}), False)
or (defaultdict(<class 'list'>, {'b': 1, 'a': 2}), defaultdict(<class 'list'>, {'a': 2, 'b': 1}), 'defaultdict')
or bad TypeError
ior defaultdict(<class 'int'>, {'z': 0})
reduce ('defaultdict', (<class 'list'>,), None, None, [('a', 1)])
reduce no factory ()
missing direct (0, defaultdict(<class 'int'>, {'q': 0}))
init kw defaultdict(None, {'default_factory': <class 'int'>})
init again defaultdict(None, {'a': 1})
fromkeys defaultdict(None, {'a': None, 'b': None})
eq (True, True)
repr recursive "defaultdict(<class 'list'>, {'me': defaultdict(<class 'list'>, {...})})"
subclass (0, "Sub(<class 'int'>, {'k': [0]})", "Sub(<class 'int'>, {'k': [0]})", 'Sub')
factory error ZeroDivisionError division by zero
count elements {'a': 6, 'b': 2, 'r': 2, 'c': 1, 'd': 1, 'z': 1}
get a 0
get b 0
get a 0
count via get {'a': 2, 'b': 1}
count dict subclass {'a': 2, 'b': 2}
count errors TypeError 'int' object is not iterable
count errors 2 TypeError _count_elements expected 2 arguments, got 1
count errors 3 TypeError _collections._count_elements() takes no keyword arguments
count errors 4 AttributeError 'NoneType' object has no attribute 'get'
count errors 5 TypeError unhashable type: 'list'
count errors 6 TypeError unsupported operand type(s) for +: 'NoneType' and 'int'
tuplegetter (1, 2, True, _tuplegetter(0, 'Alias for field number 0'), 'Alias for field number 0', (<class 'collections._tuplegetter'>, (0, 'Alias for field number 0')), True, 1, 7)
tuplegetter set AttributeError can't set attribute
tuplegetter del AttributeError can't delete attribute
tuplegetter __set__ AttributeError can't set attribute
tuplegetter short IndexError tuple index out of range
tuplegetter negative IndexError tuple index out of range
tuplegetter non tuple TypeError descriptor for index '0' for tuple subclasses doesn't apply to 'list' object
tuplegetter doc ('hi', _tuplegetter(3, 'hi'))
tuplegetter args TypeError _tuplegetter expected 2 arguments, got 1
tuplegetter args 2 TypeError 'str' object cannot be interpreted as an integer
tuplegetter args 3 TypeError _tuplegetter() takes no keyword arguments
`;

describe('collections_defaultdict', () => {
  describeProgram('collections_defaultdict', PROGRAM, EXPECTED);
});
