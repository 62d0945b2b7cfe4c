// Checks _collections.deque and its iterators against CPython 3.14: every line of expected output below
// was printed by CPython (pyodide 3.14.2; the two lines that depend on a 64-bit Py_ssize_t were checked
// on 64-bit CPython). The program imports _collections directly so that only this module is tested.
import { describe } from 'vitest';
import { describeProgram } from '../vm/describe_program.js';

const PROGRAM = String.raw`from _collections import deque, _deque_iterator, _deque_reverse_iterator
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
d = deque([1, 2, 3])
d.append(4); d.appendleft(0); d.extend([5, 6]); d.extendleft('ab')
show('ends', lambda: (d, d.pop(), d.popleft(), len(d), d[0], d[-1], d[3]))
show('maxlen', lambda: (deque(range(5), maxlen=3), deque(range(5), 3).maxlen, deque().maxlen))
def trim():
    w = deque(maxlen=3)
    for x in range(6):
        w.append(x)
    w.appendleft(-1)
    return w
show('trim', trim)
def rot():
    r = deque(range(7)); out = []
    for n in (1, 3, -2, 10, -10, 0, 7):
        r.rotate(n); out.append(list(r))
    return out
show('rotate', rot)
show('rotate full', lambda: (lambda q: (q.rotate(3), q)[1])(deque(range(8))))
show('rotate big', lambda: (lambda q: (q.rotate(2**60 + 1), q)[1])(deque(range(5))))
show('rotate overflow', lambda: deque([1]).rotate(2**70))
show('insert', lambda: (lambda q: (q.insert(1, 9), q.insert(-1, 8), q.insert(100, 7), q.insert(-100, 6), q)[-1])(deque([1, 2, 3])))
show('insert full', lambda: deque([1], 1).insert(0, 5))
show('remove', lambda: (lambda q: (q.remove('b'), q)[1])(deque('abcb')))
show('remove missing', lambda: deque([1]).remove(9))
show('index', lambda: (deque('abcabc').index('a', -3), deque('abcabc').index('c', 1, 3), deque([1, 2, 3]).index(2, True), deque([1, 2, 3]).index(2, -(2**70))))
show('index missing', lambda: deque('abc').index('a', 1, 3))
show('index None', lambda: deque([1]).index(1, None))
show('count', lambda: deque('abcabca').count('a'))
show('reverse', lambda: (lambda q: (q.reverse(), q)[1])(deque(range(5))))
show('clear', lambda: (lambda q: (q.clear(), q)[1])(deque([1, 2])))
show('copy', lambda: (deque([1, 2], 3).copy(), deque([1]).__copy__()))
show('getitem', lambda: (deque([1, 2])[True], deque([1, 2])[-2]))
show('getitem oob', lambda: deque([1, 2])[-3])
show('getitem type', lambda: deque([1])['a'])
show('getitem slice', lambda: deque([1])[0:1])
show('getitem huge', lambda: deque([1])[2**70])
show('setitem', lambda: (lambda q: (q.__setitem__(-3, 9), q)[1])(deque([1, 2, 3])))
show('delitem', lambda: (lambda q: (q.__delitem__(1), q.__delitem__(-1), q)[-1])(deque([1, 2, 3, 4])))
show('empty pops', lambda: deque().pop())
show('empty popleft', lambda: deque().popleft())
show('compare', lambda: (deque([1, 2]) == deque([1, 2]), deque([1]) < deque([2]), deque([1]) == [1], deque([1, 2]) > deque([1]), deque([2]) >= deque([1, 5]), deque() < deque(), deque([1]) == deque([1.0])))
show('compare mixed', lambda: deque([1]) < deque(['a']))
show('add', lambda: (deque([1]) + deque([2]), deque([1], 2) + deque([2, 3])))
show('add list', lambda: deque([1]) + [2])
show('mul', lambda: (deque('ab') * 2, 2 * deque([1]), deque([1, 2]) * -1, deque([1, 2, 3], 5) * 3, deque([1], 3) * 10))
show('mul float', lambda: deque([1]) * 1.5)
show('iadd imul', lambda: (lambda q: (q.__iadd__('xy'), q.__imul__(2), q)[-1])(deque([1], 5)))
show('iadd self', lambda: (lambda q: (q.extend(q), q.extendleft(q), q)[-1])(deque([1, 2])))
show('contains', lambda: (2 in deque([1, 2]), 5 in deque([1, 2])))
show('bool len', lambda: (bool(deque()), bool(deque([0])), len(deque('abc'))))
show('repr', lambda: (repr(deque()), repr(deque(maxlen=0)), repr(deque([1], 5)), str(deque(['a']))))
show('repr self', lambda: (lambda q: (q.append(q), repr(q))[1])(deque()))
class Sub(deque):
    pass
show('subclass', lambda: (repr(Sub([1])), Sub([1]) + Sub([2]), type(Sub([1]).copy()).__name__, type(Sub([1]) * 2).__name__, list(reversed(Sub([1, 2])))))
class Sub2(deque):
    def __init__(self, it):
        super().__init__(it)
show('subclass bad copy', lambda: (lambda q: (q.__init__([1], 2), q.copy()))(Sub2([1])))
show('init', lambda: (deque(maxlen=2, iterable=[1, 2, 3]), deque([1], None), deque([1, 2], True)))
show('init again', lambda: (lambda q: (q.__init__([5], 1), q)[1])(deque([1, 2, 3])))
show('init bad maxlen', lambda: deque([], -1))
show('init maxlen type', lambda: deque([], 1.5))
show('init maxlen huge', lambda: deque([], 2**70))
show('init too many', lambda: deque([], 1, 2))
show('init bad kw', lambda: deque(foo=2))
show('init dup', lambda: deque([1], iterable=[2]))
show('init not iterable', lambda: deque(None))
kind('maxlen readonly', lambda: setattr(deque(), 'maxlen', 3))
kind('hash', lambda: hash(deque()))
show('arg errors', lambda: deque().append())
show('arg errors 2', lambda: deque().pop(1))
show('arg errors 3', lambda: deque().rotate(1, 2))
show('arg errors 4', lambda: deque().rotate(n=1))
show('arg errors 5', lambda: deque().insert(1))
show('arg errors 6', lambda: deque().index())
show('arg errors 7', lambda: deque().count(x=1))
def mutate_iter():
    q = deque([1, 2])
    for x in q:
        q.append(x)
show('mutated during iteration', mutate_iter)
def mutate_rev():
    q = deque([1, 2])
    for x in reversed(q):
        q.appendleft(x)
show('mutated during reversed', mutate_rev)
class Bad:
    def __init__(self, q): self.q = q
    def __eq__(self, o):
        self.q.append(1)
        return False
def scans():
    out = []
    for op in ('count', 'index', 'contains', 'remove'):
        q = deque([5, 6, 7])
        try:
            if op == 'contains':
                Bad(q) in q
            else:
                getattr(q, op)(Bad(q))
        except Exception as e:
            out.append((op, type(e).__name__, str(e), list(q)))
    return out
show('mutating scans', scans)
class Err:
    def __eq__(self, o):
        if o == 6: raise KeyError('x')
        return False
show('remove error keeps order', lambda: (lambda q: (q.remove(Err()) if False else None, q)[1])(deque([5, 6, 7])))
def remove_err():
    q = deque([5, 6, 7])
    try:
        q.remove(Err())
    except KeyError:
        pass
    return q
show('remove error', remove_err)
def mutation_kinds():
    out = []
    for name, op in [('reverse', lambda q: q.reverse()), ('setitem', lambda q: q.__setitem__(0, 9)),
                     ('rotate0', lambda q: q.rotate(0)), ('clear', lambda q: q.clear()),
                     ('imul1', lambda q: q.__imul__(1)), ('extend empty', lambda q: q.extend([])),
                     ('pop', lambda q: q.pop()), ('insert', lambda q: q.insert(1, 0)), ('del', lambda q: q.__delitem__(0))]:
        q = deque([1, 2, 3])
        it = iter(q)
        op(q)
        try:
            out.append((name, next(it)))
        except RuntimeError as e:
            out.append((name, str(e)))
    return out
show('which operations invalidate iterators', mutation_kinds)
def exhausted():
    q = deque([1]); it = iter(q); next(it); q.append(2)
    r = deque([1]); rit = reversed(r); next(rit); r.append(2)
    out = []
    for i in (it, rit):
        try:
            out.append(next(i))
        except StopIteration:
            out.append('stop')
        except RuntimeError as e:
            out.append(str(e))
    return out
show('exhausted iterators', exhausted)
def iterators():
    q = deque([1, 2, 3])
    it = iter(q); next(it)
    rit = reversed(q); next(rit)
    return (type(it).__name__, type(rit).__name__, it.__length_hint__(), rit.__length_hint__(),
            it.__reduce__()[1][1], rit.__reduce__()[1][1], list(it), list(rit),
            list(_deque_iterator(q, 1)), list(_deque_reverse_iterator(q, 2)), list(_deque_iterator(q, 9)))
show('iterators', iterators)
show('iterator bad', lambda: _deque_iterator([1]))
show('reduce', lambda: (deque([1]).__reduce__()[:3], deque([1], 3).__reduce__()[:3], list(deque([1, 2]).__reduce__()[3])))
def reduce_dict():
    s = Sub([1]); s.tag = 'x'
    return s.__reduce__()[2], Sub([1]).__reduce__()[2]
show('reduce dict', reduce_dict)
def big():
    q = deque()
    for i in range(1000):
        q.append(i)
        q.appendleft(-i)
    for i in range(500):
        q.pop(); q.popleft()
    q.rotate(123)
    return len(q), q[0], q[-1], q[500], sum(q)
show('big', big)
`;

const EXPECTED = String.raw`ends (deque(['a', 0, 1, 2, 3, 4, 5]), 6, 'b', 7, 'a', 5, 2)
maxlen (deque([2, 3, 4], maxlen=3), 3, None)
trim deque([-1, 3, 4], maxlen=3)
rotate [[6, 0, 1, 2, 3, 4, 5], [3, 4, 5, 6, 0, 1, 2], [5, 6, 0, 1, 2, 3, 4], [2, 3, 4, 5, 6, 0, 1], [5, 6, 0, 1, 2, 3, 4], [5, 6, 0, 1, 2, 3, 4], [5, 6, 0, 1, 2, 3, 4]]
rotate full deque([5, 6, 7, 0, 1, 2, 3, 4])
rotate big deque([3, 4, 0, 1, 2])
rotate overflow OverflowError Python int too large to convert to C ssize_t
insert deque([6, 1, 9, 2, 8, 3, 7])
insert full IndexError deque already at its maximum size
remove deque(['a', 'c', 'b'])
remove missing ValueError deque.remove(x): x not in deque
index (3, 2, 1, 1)
index missing ValueError deque.index(x): x not in deque
index None TypeError slice indices must be integers or have an __index__ method
count 3
reverse deque([4, 3, 2, 1, 0])
clear deque([])
copy (deque([1, 2], maxlen=3), deque([1]))
getitem (2, 1)
getitem oob IndexError deque index out of range
getitem type TypeError sequence index must be integer, not 'str'
getitem slice TypeError sequence index must be integer, not 'slice'
getitem huge IndexError cannot fit 'int' into an index-sized integer
setitem deque([9, 2, 3])
delitem deque([1, 3])
empty pops IndexError pop from an empty deque
empty popleft IndexError pop from an empty deque
compare (True, True, False, True, True, False, True)
compare mixed TypeError '<' not supported between instances of 'int' and 'str'
add (deque([1, 2]), deque([2, 3], maxlen=2))
add list TypeError can only concatenate deque (not "list") to deque
mul (deque(['a', 'b', 'a', 'b']), deque([1, 1]), deque([]), deque([2, 3, 1, 2, 3], maxlen=5), deque([1, 1, 1], maxlen=3))
mul float TypeError can't multiply sequence by non-int of type 'float'
iadd imul deque(['x', 'y', 1, 'x', 'y'], maxlen=5)
iadd self deque([2, 1, 2, 1, 1, 2, 1, 2])
contains (True, False)
bool len (False, True, 3)
repr ('deque([])', 'deque([], maxlen=0)', 'deque([1], maxlen=5)', "deque(['a'])")
repr self 'deque([[...]])'
subclass ('Sub([1])', Sub([1, 2]), 'Sub', 'Sub', [2, 1])
subclass bad copy TypeError Sub2.__init__() takes 2 positional arguments but 3 were given
init (deque([2, 3], maxlen=2), deque([1]), deque([2], maxlen=1))
init again deque([5], maxlen=1)
init bad maxlen ValueError maxlen must be non-negative
init maxlen type TypeError an integer is required
init maxlen huge OverflowError Python int too large to convert to C ssize_t
init too many TypeError deque() takes at most 2 arguments (3 given)
init bad kw TypeError deque() got an unexpected keyword argument 'foo'
init dup TypeError argument for deque() given by name ('iterable') and position (1)
init not iterable TypeError 'NoneType' object is not iterable
maxlen readonly AttributeError
hash TypeError
arg errors TypeError deque.append() takes exactly one argument (0 given)
arg errors 2 TypeError deque.pop() takes no arguments (1 given)
arg errors 3 TypeError rotate expected at most 1 argument, got 2
arg errors 4 TypeError deque.rotate() takes no keyword arguments
arg errors 5 TypeError insert expected 2 arguments, got 1
arg errors 6 TypeError index expected at least 1 argument, got 0
arg errors 7 TypeError deque.count() takes no keyword arguments
mutated during iteration RuntimeError deque mutated during iteration
mutated during reversed RuntimeError deque mutated during iteration
mutating scans [('count', 'RuntimeError', 'deque mutated during iteration', [5, 6, 7, 1]), ('index', 'RuntimeError', 'deque mutated during iteration', [5, 6, 7, 1]), ('contains', 'RuntimeError', 'deque mutated during iteration', [5, 6, 7, 1]), ('remove', 'IndexError', 'deque mutated during iteration', [5, 6, 7, 1])]
remove error keeps order deque([5, 6, 7])
remove error deque([5, 6, 7])
which operations invalidate iterators [('reverse', 3), ('setitem', 9), ('rotate0', 'deque mutated during iteration'), ('clear', 'deque mutated during iteration'), ('imul1', 1), ('extend empty', 1), ('pop', 'deque mutated during iteration'), ('insert', 'deque mutated during iteration'), ('del', 'deque mutated during iteration')]
exhausted iterators ['deque mutated during iteration', 'stop']
iterators ('_deque_iterator', '_deque_reverse_iterator', 2, 2, 1, 1, [2, 3], [2, 1], [2, 3], [1], [])
iterator bad TypeError argument 1 must be collections.deque, not list
reduce ((<class 'collections.deque'>, (), None), (<class 'collections.deque'>, ((), 3), None), [1, 2])
reduce dict ({'tag': 'x'}, None)
big (1000, 377, 376, -122, 0)
`;

describe('collections_deque', () => {
  describeProgram('collections_deque', PROGRAM, EXPECTED);
});
