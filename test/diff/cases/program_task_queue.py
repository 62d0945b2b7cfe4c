# A job scheduler: priority queues with heapq (merge, nlargest, nsmallest), time slots with bisect
# (including key=), itertools recipes to batch and group work, operator helpers and reprlib summaries.
import bisect
import heapq
import itertools
import operator
import reprlib
from collections import namedtuple, deque
from itertools import (accumulate, batched, chain, combinations, count, cycle, dropwhile, filterfalse, groupby,
                       islice, pairwise, permutations, product, repeat, starmap, takewhile, tee, zip_longest, compress)

Job = namedtuple('Job', 'priority seq name duration owner')
jobs = [
    Job(3, 0, 'backup', 40, 'ops'), Job(1, 1, 'deploy', 15, 'dev'), Job(2, 2, 'report', 25, 'biz'),
    Job(1, 3, 'hotfix', 5, 'dev'), Job(5, 4, 'cleanup', 10, 'ops'), Job(2, 5, 'index', 30, 'ops'),
    Job(4, 6, 'email', 3, 'biz'), Job(3, 7, 'rotate', 8, 'ops'), Job(1, 8, 'migrate', 50, 'dev'),
]
heap = []
for j in jobs:
    heapq.heappush(heap, j)
print('peek', heap[0].name, len(heap))
order = []
while heap:
    order.append(heapq.heappop(heap).name)
print('order', order)
h = [(j.duration, j.name) for j in jobs]
heapq.heapify(h)
print(heapq.heappushpop(h, (1, 'tiny')), heapq.heapreplace(h, (100, 'huge')), h[0])
print(heapq.nsmallest(3, jobs, key=operator.attrgetter('duration')))
print(heapq.nlargest(2, jobs, key=lambda j: (j.duration, j.name)))
print(heapq.nlargest(4, [5, 1, 8, 3, 8, 2]), heapq.nsmallest(1, []), heapq.nsmallest(10, [3, 1]))
streams = [sorted(j.duration for j in jobs if j.owner == o) for o in ('ops', 'dev', 'biz')]
print(streams, list(heapq.merge(*streams)))
print(list(heapq.merge(['b', 'd'], ['A', 'C'], key=str.lower)), list(heapq.merge([5, 3, 1], [4, 2], reverse=True)))
mh = [5, 7, 1, 9]
heapq.heapify_max(mh) if hasattr(heapq, 'heapify_max') else None
print(mh[0])

slots = [0, 60, 120, 180, 240, 300]
labels = ['night', 'early', 'morning', 'noon', 'afternoon', 'evening', 'late']
for minute in (0, 59, 60, 61, 250, 300, 999, -5):
    print(minute, labels[bisect.bisect(slots, minute)], bisect.bisect_left(slots, minute), bisect.bisect_right(slots, minute))
by_dur = sorted(jobs, key=operator.attrgetter('duration'))
durs = [j.duration for j in by_dur]
i = bisect.bisect_left(by_dur, 25, key=operator.attrgetter('duration'))
print(i, by_dur[i].name, bisect.bisect_right(by_dur, 25, key=lambda j: j.duration))
bisect.insort(durs, 26)
bisect.insort_left(durs, 26)
bisect.insort(by_dur, Job(0, 99, 'new', 26, 'x'), key=operator.attrgetter('duration'))
print(durs, [j.name for j in by_dur])
print(bisect.bisect(durs, 30, lo=2, hi=5))
try:
    bisect.bisect([], 1, lo=-1)
except ValueError as e:
    print('ValueError', e)

print('--- itertools')
for batch in batched(order, 4):
    print('batch', batch)
try:
    list(batched('abcde', 2, strict=True))
except ValueError as e:
    print('ValueError', e)
try:
    batched('x', 0)
except ValueError as e:
    print('ValueError', e)
print(list(pairwise(durs)), list(pairwise('a')))
for owner, grp in groupby(sorted(jobs, key=operator.attrgetter('owner')), key=operator.attrgetter('owner')):
    g = list(grp)
    print(owner, len(g), sum(map(operator.attrgetter('duration'), g)), [j.name for j in g])
print([(k, len(list(g))) for k, g in groupby('aaabccddddde')])
print(list(accumulate([3, 1, 4, 1, 5], operator.mul)), list(accumulate([3, 1, 4], initial=10)), list(accumulate([5, 2, 7, 1], max)))
print(list(islice(count(10, 5), 4)), list(islice(cycle('xyz'), 7)), list(repeat('r', 3)), list(islice('abcdefg', 1, None, 2)))
print(list(takewhile(lambda d: d < 20, durs)), list(dropwhile(lambda d: d < 20, durs)), list(filterfalse(lambda d: d % 2, durs)))
print(list(starmap(pow, [(2, 5), (3, 2)])), list(compress('ABCDEF', [1, 0, 1, 0, 1, 1])), list(chain.from_iterable(['ab', 'cd'])))
print(list(zip_longest('abc', [1], fillvalue='-')), list(product('ab', repeat=2)), len(list(permutations(range(4), 2))), list(combinations('abcd', 3)))
a, b = tee(iter([1, 2, 3]))
print(next(a), list(a), list(b))
print(list(itertools.combinations_with_replacement('ab', 2)), list(zip(count(), 'ab', strict=False)))
try:
    list(zip('ab', 'abc', strict=True))
except ValueError as e:
    print('ValueError', e)

def sliding(it, n):
    d = deque(maxlen=n)
    for x in it:
        d.append(x)
        if len(d) == n:
            yield tuple(d)

def roundrobin(*iterables):
    its = deque(iter(i) for i in iterables)
    while its:
        it = its.popleft()
        try:
            yield next(it)
        except StopIteration:
            continue
        its.append(it)

def unique_everseen(iterable, key=None):
    seen = set()
    for el in iterable:
        k = el if key is None else key(el)
        if k not in seen:
            seen.add(k)
            yield el

print(list(sliding(range(6), 3)), list(roundrobin('ABC', 'D', 'EF')), list(unique_everseen('AAAABBBCCDAABBB')), list(unique_everseen('ABBcCAD', str.lower)))
print(sum(map(operator.mul, [1, 2, 3], [4, 5, 6])))

print('--- operator')
get = operator.itemgetter(1, 3)
print(get('abcdef'), operator.itemgetter('x')({'x': 7}), operator.attrgetter('name', 'owner')(jobs[0]))
print(operator.methodcaller('replace', 'a', 'A')('banana'), operator.attrgetter('real.bit_length')(3) if False else operator.attrgetter('__class__.__name__')(3))
print(sorted(jobs, key=operator.itemgetter(4, 0))[:3])
print(operator.add(2, 3), operator.concat([1], [2]), operator.contains('abc', 'b'), operator.countOf([1, 2, 1], 1), operator.indexOf('abc', 'c'))
print(operator.truediv(7, 2), operator.floordiv(-7, 2), operator.mod(-7, 3), operator.neg(5), operator.invert(5), operator.lshift(1, 10))
print(operator.is_(None, None), operator.is_none(None) if hasattr(operator, 'is_none') else True, operator.not_([]), operator.truth('x'), operator.index(7))
x = [1, 2, 3]
operator.setitem(x, 0, 9)
operator.delitem(x, 1)
print(x, operator.getitem(x, -1), operator.length_hint(iter(range(5))), operator.iadd([1], [2]))
print(repr(operator.itemgetter(1)), repr(operator.attrgetter('a.b')), repr(operator.methodcaller('f', 1, k=2)))
try:
    operator.itemgetter(5)([1])
except IndexError as e:
    print('IndexError', e)

print('--- reprlib')
r = reprlib.Repr(maxlist=4, maxstring=20, maxother=15, maxdict=3, maxlevel=2)
print(r.repr(list(range(100))), r.repr('x' * 50), r.repr({i: str(i) for i in range(10)}))
print(r.repr([[[[1]]]]), r.repr(set(range(20))), r.repr(tuple(range(10))), r.repr(frozenset({1})))
print(reprlib.repr(order), reprlib.repr('abcdefghij' * 10), reprlib.repr(2 ** 200))
r2 = reprlib.Repr(indent=2, maxlevel=3)
print(r2.repr({'a': [1, 2, {'b': 3}], 'c': 'd'}))

class Tree:
    def __init__(self, kids):
        self.kids = kids
    @reprlib.recursive_repr()
    def __repr__(self):
        return f'Tree({self.kids!r})'
t = Tree([])
t.kids.append(t)
t.kids.append(Tree([1]))
print(repr(t))
print(r.repr(deque(range(10))), r.repr(b'bytes' * 10), r.repr(3.14159265358979))
