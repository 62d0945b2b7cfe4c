// Checks _functools (reduce, partial with Placeholder, cmp_to_key, _lru_cache_wrapper) against CPython
// 3.14: the expected lines were printed by CPython (pyodide 3.14.2). The program imports _functools
// directly, so functools.py's own code is not involved.
import { describe } from 'vitest';
import { describeProgram } from '../vm/describe_program.js';

const PROGRAM = String.raw`from _functools import partial, Placeholder, _PlaceholderType, reduce, cmp_to_key, _lru_cache_wrapper
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
def f(*a, **k):
    return a, k
def power(base, exp):
    return base ** exp
show('reduce', lambda: (reduce(lambda a, b: a + b, [1, 2, 3, 4]), reduce(lambda a, b: a * b, range(1, 6), 10), reduce(max, [3, 9, 2]), reduce(lambda a, b: a + b, [], 'init'), reduce(lambda a, b: a + b, [1, 2], initial=10), reduce(lambda a, b: a, [], None)))
show('reduce empty', lambda: reduce(lambda a, b: a + b, []))
show('reduce not iterable', lambda: reduce(f, 5))
show('reduce args', lambda: reduce(f))
show('reduce args 2', lambda: reduce(f, [1], 2, 3))
show('reduce args 3', lambda: reduce(f, [1], x=3))
show('reduce args 4', lambda: reduce(function=f, iterable=[1]))
show('reduce args 5', lambda: reduce(f, [1], 2, initial=3))
show('reduce error', lambda: reduce(lambda a, b: a / b, [1, 0]))
p = partial(f, 1, Placeholder, 3, a=1)
show('partial', lambda: (p.args, p.keywords, p.func is f, p(2, 4, b=2), repr(p).replace(repr(f), 'F')))
show('partial kwargs', lambda: (partial(power, exp=2)(5), partial(power, 2)(10), partial(power, exp=2)(3, exp=3), partial(f, a=1)(a=2)))
show('partial missing', lambda: p())
show('partial trailing', lambda: partial(f, 1, Placeholder))
show('partial keyword placeholder', lambda: partial(f, a=Placeholder))
show('partial flatten', lambda: (repr(partial(p, 9, 8, c=3)).replace(repr(f), 'F'), partial(p, 9).func is f))
show('partial flatten placeholders', lambda: (partial(partial(f, Placeholder, Placeholder, 1), 5).args, partial(partial(f, Placeholder, Placeholder, 1), Placeholder, 6).args, partial(partial(f, Placeholder, 2), 1)()))
show('partial no args', lambda: partial())
show('partial not callable', lambda: partial(5))
show('partial func kw', lambda: partial(func=f))
def attrs():
    q = partial(f, 1)
    q.note = 'x'
    return q.note, q.__dict__, partial(q, 2).func is q, partial(q, 2).args
show('partial attributes', attrs)
show('partial readonly', lambda: setattr(partial(f), 'args', ()))
show('partial reduce', lambda: (lambda r: (r[0] is partial, r[1][0] is f, r[2][1:]))(partial(f, 1, b=2).__reduce__()))
def setstate():
    q = partial(int)
    q.__setstate__((f, (1,), {'z': 1}, None))
    return q.func is f, q.args, q.keywords, q(2)
show('partial setstate', setstate)
show('partial setstate bad', lambda: partial(int).__setstate__((f, [1], None, None)))
show('partial setstate bad 2', lambda: partial(int).__setstate__((f,)))
show('partial setstate trailing', lambda: partial(int).__setstate__((f, (1, Placeholder), None, None)))
show('partial get', lambda: (partial(f).__get__(None, int).func is f, partial(f, 1).__get__(5)()))
class SubP(partial):
    pass
show('partial subclass', lambda: (repr(SubP(f, 1)).replace(repr(f), 'F'), repr(SubP(SubP(f, 1), 2)).replace(repr(f), 'F'), repr(partial(SubP(f, 1), 2)).replace(repr(f), 'F')))
def rec():
    q = partial(int)
    q.__setstate__((f, (q,), {}, None))
    return repr(q).replace(repr(f), 'F')
show('partial recursive repr', rec)
show('partial repr kw', lambda: repr(partial(max, 1, key=abs)).replace(repr(max), 'max'))
show('partial eq hash', lambda: (partial(f) == partial(f), hash(partial(f)) != 0 or True))
show('placeholder', lambda: (Placeholder, repr(Placeholder), type(Placeholder) is _PlaceholderType, _PlaceholderType() is Placeholder, Placeholder.__reduce__()))
show('placeholder args', lambda: _PlaceholderType(1))
K = cmp_to_key(lambda a, b: (a > b) - (a < b))
show('cmp_to_key sort', lambda: sorted(['b', 'A', 'c', 'a'], key=cmp_to_key(lambda a, b: (a.lower() > b.lower()) - (a.lower() < b.lower()))))
show('key objects', lambda: (K(1) < K(2), K(2) <= K(2), K(1) == K(1), K(3) > K(2), K(1) >= K(2), K(1) != K(2), K(obj=3).obj, K.obj))
show('key other', lambda: K(1) < 1)
kind('key hash', lambda: hash(K(1)))
show('key call', lambda: K())
show('key call 2', lambda: K(1, 2))
show('key cmp result', lambda: cmp_to_key(lambda a, b: None)(1) < cmp_to_key(lambda a, b: None)(2))
show('key set obj', lambda: (lambda k: (setattr(k, 'obj', 7), k.obj)[1])(K(1)))
show('cmp_to_key args', lambda: cmp_to_key())
show('cmp_to_key args 2', lambda: cmp_to_key(1, 2))
class Info(tuple):
    def __new__(cls, *a):
        return tuple.__new__(cls, a)
def lru(maxsize, typed=False):
    return lambda fn: _lru_cache_wrapper(fn, maxsize, typed, Info)
calls = []
@lru(3)
def slow(n):
    calls.append(n)
    return n * n
def eviction():
    for n in [1, 2, 3, 1, 4, 2, 5, 1]:
        slow(n)
    info = slow.cache_info()
    slow.cache_clear()
    return calls, info, slow.cache_info()
show('lru eviction', eviction)
@lru(None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
show('lru unbounded', lambda: (fib(100), fib.cache_info()))
@lru(2)
def rec2(n):
    return n if n < 1 else rec2(n - 1) + rec2(n - 1)
show('lru recursive bounded', lambda: (rec2(10), rec2.cache_info()))
show('lru uncached', lambda: (lambda h: (h(1), h(1), h.cache_info()))(lru(0)(f)))
show('lru negative maxsize', lambda: lru(-5)(f).cache_info())
show('lru typed', lambda: (lambda h: (h(1), h(1.0), h(True), h.cache_info()))(lru(128, True)(lambda x: x)))
show('lru untyped', lambda: (lambda h: (h(1), h(1.0), h(True), h.cache_info()))(lru(128)(lambda x: x)))
show('lru kwargs order', lambda: (lambda h: (h(a=1, b=2), h(b=2, a=1), h(a=1, b=2), h.cache_info()))(lru(128)(lambda **k: k)))
show('lru unhashable', lambda: slow([1]))
show('lru args', lambda: (lambda h: (h(1, 2), h(1, 2), h((1, 2)), h.cache_info()))(lru(10)(f)))
show('lru bad func', lambda: _lru_cache_wrapper(5, 2, False, None))
show('lru bad maxsize', lambda: _lru_cache_wrapper(f, 'a', False, None))
show('lru missing arg', lambda: _lru_cache_wrapper(f, 2))
show('lru too many', lambda: _lru_cache_wrapper(f, 1, 0, Info, 5))
def wrapper_attrs():
    h = lru(1)(f)
    h.__wrapped__ = f
    h.__name__ = 'g'
    h.__qualname__ = 'q.g'
    return h.__wrapped__ is f, h.__name__, sorted(h.__dict__), h.__copy__() is h, h.__deepcopy__({}) is h, h.__reduce__()
show('lru attributes', wrapper_attrs)
show('lru cache_info args', lambda: slow.cache_info(1))
class A:
    pass
show('lru get', lambda: (lambda h: (h.__get__(None, A) is h, h.__get__(5)()))(lru(1)(f)))
`;

const EXPECTED = String.raw`reduce (10, 1200, 9, 'init', 13, None)
reduce empty TypeError reduce() of empty iterable with no initial value
reduce not iterable TypeError reduce() arg 2 must support iteration
reduce args TypeError reduce() takes at least 2 positional arguments (1 given)
reduce args 2 TypeError reduce() takes at most 3 arguments (4 given)
reduce args 3 TypeError reduce() got an unexpected keyword argument 'x'
reduce args 4 TypeError reduce() takes at least 2 positional arguments (0 given)
reduce args 5 TypeError reduce() takes at most 3 arguments (4 given)
reduce error ZeroDivisionError division by zero
partial ((1, Placeholder, 3), {'a': 1}, True, ((1, 2, 3, 4), {'a': 1, 'b': 2}), 'functools.partial(F, 1, Placeholder, 3, a=1)')
partial kwargs (25, 1024, 27, ((), {'a': 2}))
partial missing TypeError missing positional arguments in 'partial' call; expected at least 1, got 0
partial trailing TypeError trailing Placeholders are not allowed
partial keyword placeholder TypeError Placeholder cannot be passed as a keyword argument
partial flatten ('functools.partial(F, 1, 9, 3, 8, a=1, c=3)', True)
partial flatten placeholders ((5, Placeholder, 1), (Placeholder, 6, 1), ((1, 2), {}))
partial no args TypeError type 'partial' takes at least one argument
partial not callable TypeError the first argument must be callable
partial func kw TypeError type 'partial' takes at least one argument
partial attributes ('x', {'note': 'x'}, True, (2,))
partial readonly AttributeError readonly attribute
partial reduce (True, True, ((1,), {'b': 2}, None))
partial setstate (True, (1,), {'z': 1}, ((1, 2), {'z': 1}))
partial setstate bad TypeError invalid partial state
partial setstate bad 2 TypeError invalid partial state
partial setstate trailing TypeError trailing Placeholders are not allowed
partial get (True, ((1, 5), {}))
partial subclass ('__main__.SubP(F, 1)', '__main__.SubP(F, 1, 2)', 'functools.partial(F, 1, 2)')
partial recursive repr 'functools.partial(F, ...)'
partial repr kw 'functools.partial(max, 1, key=<built-in function abs>)'
partial eq hash (False, True)
placeholder (Placeholder, 'Placeholder', True, True, 'Placeholder')
placeholder args TypeError PlaceholderType takes no arguments
cmp_to_key sort ['A', 'a', 'b', 'c']
key objects (True, True, True, True, False, True, 3, None)
key other TypeError other argument must be K instance
key hash TypeError
key call TypeError K() missing required argument 'obj' (pos 1)
key call 2 TypeError K() takes at most 1 argument (2 given)
key cmp result TypeError '<' not supported between instances of 'NoneType' and 'int'
key set obj 7
cmp_to_key args TypeError cmp_to_key() missing required argument 'mycmp' (pos 1)
cmp_to_key args 2 TypeError cmp_to_key() takes at most 1 argument (2 given)
lru eviction ([1, 2, 3, 4, 2, 5, 1], (1, 7, 3, 3), (0, 0, 3, 0))
lru unbounded (354224848179261915075, (98, 101, None, 101))
lru recursive bounded (0, (10, 11, 2, 2))
lru uncached (((1,), {}), ((1,), {}), (0, 2, 0, 0))
lru negative maxsize (0, 0, 0, 0)
lru typed (1, 1.0, True, (0, 3, 128, 3))
lru untyped (1, 1.0, 1.0, (1, 2, 128, 2))
lru kwargs order ({'a': 1, 'b': 2}, {'b': 2, 'a': 1}, {'a': 1, 'b': 2}, (1, 2, 128, 2))
lru unhashable TypeError unhashable type: 'list'
lru args (((1, 2), {}), ((1, 2), {}), (((1, 2),), {}), (1, 2, 10, 2))
lru bad func TypeError the first argument must be callable
lru bad maxsize TypeError maxsize should be integer or None
lru missing arg TypeError lru_cache() missing required argument 'typed' (pos 3)
lru too many TypeError lru_cache() takes at most 4 arguments (5 given)
lru attributes (True, 'g', ['__name__', '__qualname__', '__wrapped__'], True, True, 'q.g')
lru cache_info args TypeError _lru_cache_wrapper.cache_info() takes no arguments (1 given)
lru get (True, ((5,), {}))
`;

describe('functools_native', () => {
  describeProgram('functools_native', PROGRAM, EXPECTED);
});
