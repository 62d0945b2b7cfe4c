# __reduce__/__setstate__ of the built-in iterators: copy.copy and pickle work where CPython 3.14's do
# (container iterators, enumerate, zip, map, filter, reversed, callable_iterator) and refuse where
# 3.14 dropped pickling (itertools); _tee keeps __copy__.
import itertools, copy, pickle

def fmt(v):
    if isinstance(v, tuple):
        return '(' + ', '.join(fmt(x) for x in v) + (',)' if len(v) == 1 else ')')
    r = repr(v)
    return f'<{type(v).__name__}>' if ' at 0x' in r else r

def show(name, it, advance=1):
    for _ in range(advance):
        next(it)
    try:
        print(name, 'reduce', type(it).__name__, fmt(it.__reduce__()))
    except Exception as e:
        print(name, 'reduce', type(e).__name__, e)
    print(name, 'has_setstate', hasattr(it, '__setstate__'))
    try:
        c = copy.copy(it)
        print(name, 'copy', list(c), list(it))
    except Exception as e:
        print(name, 'copy', type(e).__name__, e)
cases = [
 ('list', lambda: iter([1, 2, 3])), ('list_rev', lambda: reversed([1, 2, 3])), ('tuple', lambda: iter((1, 2, 3))),
 ('str', lambda: iter('abc')), ('str_u', lambda: iter('éab')), ('bytes', lambda: iter(b'abc')), ('bytearray', lambda: iter(bytearray(b'abc'))),
 ('range', lambda: iter(range(5))), ('longrange', lambda: iter(range(2**70, 2**70+5))), ('dict_keys', lambda: iter({1: 2, 3: 4})),
 ('dict_values', lambda: iter({1: 2, 3: 4}.values())), ('dict_items', lambda: iter({1: 2, 3: 4}.items())), ('set', lambda: iter({1, 2, 3})),
 ('enumerate', lambda: enumerate('abc')), ('zip', lambda: zip('abc', 'def')), ('map', lambda: map(abs, [-1, -2, -3])), ('filter', lambda: filter(None, [1, 0, 2, 3])),
 ('reversed_seq', lambda: reversed('abc')), ('seqiter', lambda: iter(type('Q', (), {'__getitem__': lambda s, i: [1,2,3][i]})())),
 ('callable_iter', lambda: iter(iter([1,2,3]).__next__, 3)),
 ('count', lambda: itertools.count(3)), ('cycle', lambda: itertools.cycle('ab')), ('repeat', lambda: itertools.repeat(1, 3)), ('accumulate', lambda: itertools.accumulate([1, 2, 3])),
 ('chain', lambda: itertools.chain('ab', 'cd')), ('compress', lambda: itertools.compress('abc', [1, 0, 1])), ('dropwhile', lambda: itertools.dropwhile(lambda x: x < 2, [1, 2, 3])),
 ('takewhile', lambda: itertools.takewhile(lambda x: x < 3, [1, 2, 3])), ('islice', lambda: itertools.islice('abcdef', 1, 5)), ('starmap', lambda: itertools.starmap(pow, [(2, 3), (3, 2)])),
 ('product', lambda: itertools.product('ab', 'cd')), ('permutations', lambda: itertools.permutations('abc', 2)), ('combinations', lambda: itertools.combinations('abc', 2)),
 ('zip_longest', lambda: itertools.zip_longest('ab', 'c')), ('pairwise', lambda: itertools.pairwise('abc')), ('batched', lambda: itertools.batched('abcde', 2)), ('groupby', lambda: itertools.groupby('aab')),
 ('tee', lambda: itertools.tee('abc')[0]), ('filterfalse', lambda: itertools.filterfalse(None, [0, 1, 0])),
]
for name, mk in cases:
    show(name, mk())
for name, mk in [('list', lambda: iter([1,2])), ('enumerate', lambda: enumerate('ab')), ('zip', lambda: zip('ab','cd')), ('map', lambda: map(abs, [1])), ('str', lambda: iter('ab')), ('range', lambda: iter(range(3)))]:
    try:
        it = mk(); next(it); print(name, 'pickle', list(pickle.loads(pickle.dumps(it))))
    except Exception as e:
        print(name, 'pickle', type(e).__name__, e)
it = iter([1, 2, 3]); it.__setstate__(2); print(list(it))
it = iter('abc'); it.__setstate__(1); print(list(it))
it = iter(range(5)); it.__setstate__(3); print(list(it))
it = reversed([1, 2, 3]); it.__setstate__(0); print(list(it))
for mk in (lambda: iter([1]), lambda: iter('a'), lambda: iter((1,)), lambda: reversed([1]), lambda: iter(range(3)),
           lambda: iter(b'x'), lambda: iter({1: 2}), lambda: reversed('ab'), lambda: iter(iter([1]).__next__, 9)):
    it = mk()
    before = fmt(it.__reduce__())
    list(it)
    print(before, fmt(it.__reduce__()))
it = iter('a😀b€c')
next(it); next(it)
print(it.__reduce__())
it.__setstate__(3); print(list(it))
it = iter('a😀b€c'); it.__setstate__(-5); print(list(it))
it = iter('a😀b€c'); it.__setstate__(99); print(list(it))
for mk in (lambda: iter([1, 2, 3]), lambda: iter((1, 2, 3)), lambda: reversed([1, 2, 3]), lambda: iter(range(4))):
    for n in (-2, 0, 2, 10):
        it = mk(); it.__setstate__(n); print(type(it).__name__, n, list(it))
d = {'a': 1, 'b': 2, 'c': 3}
it = iter(d.items()); next(it)
print(it.__reduce__(), list(it))
z = zip('ab', 'cd', strict=True)
print(fmt(z.__reduce__()))
z2 = zip('ab', 'c'); z2.__setstate__(True)
try: print(list(z2))
except ValueError as e: print('ValueError', e)
m = map(pow, [2, 3], [2, 2])
print(fmt(m.__reduce__()), hasattr(m, '__setstate__'))
print(list(pickle.loads(pickle.dumps(enumerate('xyz', 5)))))
print(list(pickle.loads(pickle.dumps(iter({1, 2, 3})))))
print(list(copy.deepcopy(iter([[1], [2]]))))
print(list(pickle.loads(pickle.dumps(reversed(range(2**70, 2**70 + 3))))))
import collections, array
for name, mk in [('dict_rev', lambda: reversed({1: 2, 3: 4})), ('dict_rev_vals', lambda: reversed({1: 2, 3: 4}.values())),
                 ('dict_rev_items', lambda: reversed({1: 2, 3: 4}.items())), ('deque', lambda: iter(collections.deque([1, 2, 3]))),
                 ('deque_rev', lambda: reversed(collections.deque([1, 2, 3]))), ('array', lambda: iter(array.array('i', [1, 2, 3]))),
                 ('memoryview', lambda: iter(memoryview(b'abc'))), ('gen', lambda: (i for i in 'abc')),
                 ('str_sub', lambda: iter(type('S', (str,), {})('abc')))]:
    show(name, mk())
it = iter(array.array('i', [1, 2, 3])); list(it); print(it.__reduce__())
for n in (2, -2, 9):
    it = iter(array.array('i', [1, 2, 3])); it.__setstate__(n); print(n, list(it))
for mk in (lambda: reversed('abc'), lambda: iter(b'abc'), lambda: iter(bytearray(b'abc'))):
    for n in (-5, 1, 2, 10):
        it = mk(); it.__setstate__(n); print(type(it).__name__, n, it.__reduce__()[1:], list(it))
