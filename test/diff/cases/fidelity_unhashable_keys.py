# Unhashable keys in dict and set displays, dict methods and lookups: CPython 3.14's messages.
# (Not here yet: a display or `in` whose key's hash raises a TypeError other than "unhashable type"
# (a __hash__ raising one, a tuple holding a list) gives the plain error in pyrewind, as BUILD_MAP and
# the `in` operator reach the dict directly.)
def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, type(e).__name__, e)
    else:
        print(label, 'ok', r)

d = {1: 2}
k = [1]
show('dict literal', lambda: {k: 2})
show('dict literal 2nd', lambda: {1: 2, k: 3})
show('dict literal many', lambda: {1: 1, 2: 2, 3: 3, 4: 4, 5: 5, 6: 6, 7: 7, 8: 8, 9: 9, 10: 10, 11: 11, 12: 12, 13: 13, 14: 14, 15: 15, 16: 16, 17: 17, k: 18})
show('dict display unpack', lambda: {**{1: 2}, k: 3})
show('dict unpack of mapping', lambda: {**d})
class M:
    def keys(self): return [[1]]
    def __getitem__(self, key): return 0
show('dict unpack bad keys', lambda: {**M()})
show('dict(M())', lambda: dict(M()))
show('dict pairs', lambda: dict([([1], 2)]))
show('dict kwargs-ish', lambda: dict({k: 1} if False else [(k, 1)]))
show('dict comp', lambda: {x: 1 for x in [k]})
show('set literal', lambda: {k})
show('set literal 2nd', lambda: {1, k})
show('set unpack', lambda: {*[k]})
show('set comp', lambda: {x for x in [k]})
show('set()', lambda: set([k]))
show('frozenset()', lambda: frozenset([k]))
show('set.add', lambda: set().add(k))
show('set in', lambda: k in {1})
show('set remove', lambda: {1}.remove(k))
show('set discard', lambda: {1}.discard(k))
show('fromkeys', lambda: dict.fromkeys([k]))
show('fromkeys set', lambda: dict.fromkeys({1}, 0))
def setit():
    dd = {}
    dd[k] = 1
show('setitem', setit)
show('in', lambda: k in d)
show('getitem', lambda: {1: 2}[k])
show('get', lambda: d.get(k))
show('pop', lambda: d.pop(k))
show('pop default', lambda: d.pop(k, 0))
show('setdefault', lambda: d.setdefault(k))
def delit():
    del d[k]
show('delitem', delit)
show('update', lambda: d.copy().update([(k, 1)]))
show('update kw dict', lambda: d.copy().update({k: 1} if False else [[k, 1]]))
show('or', lambda: d | {k: 1})
show('keys in', lambda: k in d.keys())
show('items in', lambda: (k, 1) in d.items())
show('hash', lambda: hash(k))
show('dict unhashable dict', lambda: {{}: 1})
show('set of set', lambda: {set()})
show('set of dict', lambda: {{}})
show('nested tuple set', lambda: {(1, [2])})
show('frozenset in set', lambda: frozenset([1]) in {1})
show('set in set', lambda: {1} in {1})
class U:
    __hash__ = None
show('U key', lambda: {U(): 1})
show('U set', lambda: {U()})
show('U in', lambda: U() in d)
class Bad:
    def __hash__(self):
        raise ValueError('no hash')
show('Bad key', lambda: {Bad(): 1})
show('Bad set', lambda: {Bad()})
show('Bad in', lambda: Bad() in d)
show('Bad get', lambda: d.get(Bad()))
class BadT:
    def __hash__(self):
        raise TypeError('custom')
show('BadT set', lambda: {BadT()})
show('BadT setitem', lambda: {}.__setitem__(BadT(), 1))
from collections import OrderedDict, defaultdict, Counter
show('OrderedDict', lambda: OrderedDict([(k, 1)]))
# Where CPython hashes the key itself before the dict does, the error is hash()'s own.
show('OrderedDict BadT', lambda: OrderedDict([(BadT(), 1)]))
show('Counter BadT', lambda: Counter([BadT()]))
show('Counter nested', lambda: Counter([(1, [2])]))
import functools
show('lru_cache list arg', lambda: functools.lru_cache()(lambda x: x)([1]))
show('lru_cache BadT', lambda: functools.lru_cache()(lambda x: x)(BadT()))
show('defaultdict BadT', lambda: defaultdict(int)[BadT()])
show('OrderedDict set', lambda: OrderedDict().__setitem__(k, 1))
show('defaultdict', lambda: defaultdict(int)[k])
show('Counter', lambda: Counter([k]))
show('match', lambda: eval("(lambda: [1 for x in [{1: 2}] if (match := 1)])()"))
def m(x):
    match x:
        case {1: v}:
            return v
show('mapping pattern', lambda: m({1: 2}))
show('kwargs dict subclass', lambda: (lambda **kw: kw)(**{'a': 1}))
# The note CPython 3.14 may add:
try:
    {k: 1}
except TypeError as e:
    print(getattr(e, '__notes__', None))
try:
    {k}
except TypeError as e:
    print(getattr(e, '__notes__', None))
try:
    d[k] = 1
except TypeError as e:
    print(getattr(e, '__notes__', None))

# __hash__ is called once, and the error is not chained to the original one.
n = 0
class C:
    def __hash__(self):
        global n
        n += 1
        raise TypeError('counted')
d = {1: 2}
for f in (lambda: d.get(C()), lambda: d.__contains__(C()), lambda: d.__setitem__(C(), 1), lambda: d.pop(C()), lambda: d.setdefault(C(), 1), lambda: {C()}, lambda: dict.fromkeys([C()])):
    n = 0
    try:
        f()
    except TypeError as e:
        print(n, e, repr(e.__context__), e.__suppress_context__, e.__cause__)
class E:
    def __hash__(self): return 1
    def __eq__(self, o): raise TypeError('eq fails')
d = {E(): 1}
try:
    d[E()]
except TypeError as e:
    print(e)
try:
    {E(): 1, E(): 2}
except TypeError as e:
    print(e)
