// Checks the native _heapq and _bisect modules against CPython 3.14: layouts after push/heapify (the
// cache-friendly order of heapify for more than 2500 items included), max-heaps, errors, bisect bounds and
// key=, insort through a subclass's insert(). Expected lines printed by pyodide 3.14.2.
import { describe } from 'vitest';
import { describeProgram } from '../vm/describe_program.js';

const PROGRAM = String.raw`import heapq, bisect, _heapq, _bisect
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
show('names', lambda: (sorted(n for n in dir(_heapq) if not n.startswith('_')), sorted(n for n in dir(_bisect) if not n.startswith('_'))))
show('native', lambda: (heapq.heappop.__module__, bisect.bisect_right.__module__, heapq.heappush is _heapq.heappush))
for label, f in [('pop empty', lambda: heapq.heappop([])), ('push tuple', lambda: heapq.heappush((), 1)), ('push one arg', lambda: heapq.heappush([])),
                 ('replace empty', lambda: heapq.heapreplace([], 1)), ('pop max empty', lambda: heapq.heappop_max([])), ('heapify tuple', lambda: heapq.heapify(())),
                 ('pushpop empty', lambda: heapq.heappushpop([], 3)), ('push uncomparable', lambda: heapq.heappush([1], 'a')), ('push 3 args', lambda: heapq.heappush([], 1, 2)),
                 ('pop no arg', lambda: heapq.heappop())]:
    show(label, f)
h = []
for x in [5, 1, 4, 2, 3, 9, 0, 7]:
    heapq.heappush(h, x)
show('push order', lambda: list(h))
show('pops', lambda: [heapq.heappop(h) for _ in range(8)])
h = [5, 1, 4, 2, 3, 9, 0, 7, 8, 6]
heapq.heapify(h)
show('heapify', lambda: list(h))
show('replace pushpop', lambda: (heapq.heapreplace(h, 10), heapq.heappushpop(h, -1), heapq.heappushpop(h, 5), list(h)))
m = [5, 1, 4, 2, 3, 9, 0, 7]
heapq.heapify_max(m)
show('heapify_max', lambda: list(m))
show('max ops', lambda: (heapq.heappop_max(m), heapq.heapreplace_max(m, 4), heapq.heappushpop_max(m, 100), heapq.heappushpop_max(m, 1), heapq.heappush_max(m, 6), list(m)))
big = list(range(3000, 0, -1))
heapq.heapify(big)
show('big heapify', lambda: (big[:10], [heapq.heappop(big) for _ in range(5)]))
class Shrink:
    def __init__(self, v, heap): self.v = v; self.heap = heap
    def __lt__(self, other):
        self.heap.clear()
        return self.v < other.v
hh = []
hh.append(Shrink(1, hh)); hh.append(Shrink(0, hh))
show('size change', lambda: heapq.heapify(hh))
a = [1, 2, 4, 4, 4, 7, 9]
show('bisect', lambda: [(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x)) for x in (0, 4, 5, 10)])
show('bounds', lambda: (bisect.bisect_left(a, 4, 4), bisect.bisect_right(a, 4, 0, 3), bisect.bisect(a, 4, hi=-1), bisect.bisect(a, 4, 2, None)))
for label, f in [('negative lo', lambda: bisect.bisect([1, 2], 1, -1)), ('str lo', lambda: bisect.bisect_left([1, 2], 1, lo='a')),
                 ('insort tuple', lambda: bisect.insort((), 1)), ('not sequence', lambda: bisect.bisect(5, 1)),
                 ('hi too big', lambda: bisect.bisect([1, 2, 3], 2, hi=10)), ('missing x', lambda: bisect.bisect([1])),
                 ('key none', lambda: bisect.bisect([1, 2], 1, 0, None, key=None)), ('key positional', lambda: bisect.bisect([1], 1, 0, 1, None))]:
    show(label, f)
show('key', lambda: (bisect.bisect_left([('a', 1), ('b', 5)], 5, key=lambda t: t[1]), bisect.bisect_right([('a', 1), ('b', 5)], 5, key=lambda t: t[1])))
class L(list):
    def insert(self, i, x):
        print('insert', i, x)
        list.insert(self, i, x)
l = L([1, 3])
bisect.insort(l, 2)
show('insort subclass', lambda: l)
r = [('x', 1), ('y', 5)]
bisect.insort(r, ('z', 3), key=lambda t: t[1])
bisect.insort_left(r, ('w', 5), key=lambda t: t[1])
show('insort key', lambda: r)
show('on range', lambda: (bisect.bisect(range(0, 100, 2), 51), bisect.bisect_left('abcde', 'c')))
`;

const EXPECTED = String.raw`names (['heapify', 'heapify_max', 'heappop', 'heappop_max', 'heappush', 'heappush_max', 'heappushpop', 'heappushpop_max', 'heapreplace', 'heapreplace_max'], ['bisect_left', 'bisect_right', 'insort_left', 'insort_right'])
native ('_heapq', '_bisect', True)
pop empty IndexError index out of range
push tuple TypeError heappush() argument 1 must be list, not tuple
push one arg TypeError heappush expected 2 arguments, got 1
replace empty IndexError index out of range
pop max empty IndexError index out of range
heapify tuple TypeError heapify() argument must be list, not tuple
pushpop empty 3
push uncomparable TypeError '<' not supported between instances of 'str' and 'int'
push 3 args TypeError heappush expected 2 arguments, got 3
pop no arg TypeError _heapq.heappop() takes exactly one argument (0 given)
push order [0, 2, 1, 5, 3, 9, 4, 7]
pops [0, 1, 2, 3, 4, 5, 7, 9]
heapify [0, 1, 4, 2, 3, 9, 5, 7, 8, 6]
replace pushpop (0, -1, 1, [2, 3, 4, 7, 5, 9, 5, 10, 8, 6])
heapify_max [9, 7, 5, 2, 3, 4, 0, 1]
max ops (9, 7, 100, 5, None, [6, 4, 4, 3, 1, 1, 0, 2])
big heapify ([1, 2, 954, 442, 3, 1210, 955, 698, 443, 186], [1, 2, 3, 4, 5])
size change RuntimeError list changed size during iteration
bisect [(0, 0, 0, 0), (4, 2, 5, 5), (5, 5, 5, 5), (10, 7, 7, 7)]
bounds (4, 3, 5, 5)
negative lo ValueError lo must be non-negative
str lo TypeError 'str' object cannot be interpreted as an integer
insort tuple AttributeError 'tuple' object has no attribute 'insert'
not sequence TypeError object of type 'int' has no len()
hi too big IndexError list index out of range
missing x TypeError bisect_right() missing required argument 'x' (pos 2)
key none 1
key positional TypeError bisect_right() takes at most 4 positional arguments (5 given)
key (1, 2)
insert 1 2
insort subclass [1, 2, 3]
insort key [('x', 1), ('z', 3), ('w', 5), ('y', 5)]
on range (26, 2)
`;

describe('heapq_bisect_native', () => {
  describeProgram('heapq_bisect_native', PROGRAM, EXPECTED);
});
