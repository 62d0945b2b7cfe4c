# Teaching iteration and context managers: the iterator protocol by hand, lazy built-ins, itertools,
# generator return values and close(), PEP 479, with-statement ordering and contextlib.
import contextlib, itertools, sys
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, '|', e, '|', repr(e.__cause__), repr(e.__context__))
def leaky():
    yield 1
    next(iter([]))
    yield 2
t(lambda: list(leaky()))
class CM:
    def __init__(self, name, swallow=False): self.name, self.swallow = name, swallow
    def __enter__(self):
        print('enter', self.name); return self.name
    def __exit__(self, et, ev, tb):
        print('exit', self.name, et.__name__ if et else None, ev, type(tb).__name__)
        return self.swallow
def w():
    with CM('a') as a, CM('b', swallow=True) as b:
        print('body', a, b)
        raise KeyError('x')
    return 'after with'
t(w)
def w2():
    with CM('outer'):
        with CM('inner'):
            return 'returned'
t(w2)
@contextlib.contextmanager
def managed(tag):
    print('setup', tag)
    try:
        yield tag.upper()
    except ValueError as e:
        print('handled', e)
    finally:
        print('teardown', tag)
def w3():
    with managed('x') as v:
        raise ValueError('inside ' + v)
    return 'suppressed'
t(w3)
def w4():
    with managed('y'):
        raise TypeError('not handled')
t(w4)
@contextlib.contextmanager
def no_yield():
    if False: yield
t(lambda: no_yield().__enter__())
@contextlib.contextmanager
def two_yields():
    yield 1
    yield 2
def w5():
    with two_yields(): pass
t(w5)
t(lambda: contextlib.suppress(KeyError).__exit__(KeyError, KeyError(), None))
with contextlib.suppress(ZeroDivisionError):
    1/0
print('suppressed ok')
with contextlib.ExitStack() as st:
    for n in 'abc':
        st.enter_context(CM(n))
    st.callback(print, 'callback ran')
class NotCM: pass
def w6():
    with NotCM(): pass
t(w6)
class OnlyEnter:
    def __enter__(self): pass
def w7():
    with OnlyEnter(): pass
t(w7)
it = iter([1, 2, 3])
print(next(it), list(it), list(it), next(it, 'dflt'))
r = range(3)
print(iter(r) is iter(r), type(iter(r)).__name__, r[1], r[-1], r[::-1], len(range(0, 10, 3)), 5 in range(0, 10, 5), range(10).index(3))
c = itertools.count(5, 2)
print(next(c), next(c), list(itertools.islice(c, 3)), repr(c))
cy = itertools.cycle('ab'); print([next(cy) for _ in range(5)])
print(list(itertools.chain([1], (2,), 'ab')), list(itertools.accumulate([1, 2, 3])), list(itertools.pairwise('abcd')), list(itertools.batched('abcde', 2)))
print([(k, list(g)) for k, g in itertools.groupby('aabbbc')], list(itertools.product('ab', repeat=2)), list(itertools.permutations([1,2,3], 2))[:3], list(itertools.combinations('abc', 2)))
print(list(itertools.zip_longest('ab', 'xyz', fillvalue='-')), list(itertools.takewhile(lambda x: x < 3, [1, 2, 5, 1])), list(itertools.dropwhile(lambda x: x < 3, [1, 2, 5, 1])), list(itertools.starmap(pow, [(2, 3)])))
a, b = itertools.tee([1, 2]); print(list(a), list(b))
z = zip([1, 2], 'ab'); print(list(z), list(z))
m = map(str.upper, 'ab'); print(next(m), list(m))
e = enumerate('ab', start=1); print(list(e))
f = filter(None, [0, 1, '', 'a']); print(list(f))
print(list(reversed([1, 2])), list(reversed('ab')), list(reversed(range(3))), sorted('cba'), list(map(lambda x, y: x + y, [1, 2], [3, 4, 5])))
class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n <= 0: raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(3)), [x for x in Countdown(2)], sum(Countdown(4)), max(Countdown(3)), 2 in Countdown(3))
class BadIter:
    def __iter__(self): return 5
t(lambda: iter(BadIter()))
t(lambda: list(BadIter()))
def gen_return():
    yield 1
    return 'ret'
g = gen_return(); next(g)
try: next(g)
except StopIteration as e: print('value', e.value, e.args)
def gen_finally():
    try:
        yield 1
        yield 2
    finally:
        print('gen finally')
g = gen_finally(); print(next(g)); g.close(); print('after close')
def ignore_exit():
    try: yield 1
    except GeneratorExit: yield 2
g = ignore_exit(); next(g)
t(g.close)
def gen_self():
    yield next(gs)
gs = gen_self()
t(lambda: next(gs))
t(lambda: next(gs))
