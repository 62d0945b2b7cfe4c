# Teaching how tracebacks read: format_exc() text for errors in generators, comprehensions, multi-line
# expressions, chained exceptions, with blocks, asserts, decorators, class bodies and exec/eval.
import traceback, sys
def show(f):
    try:
        f()
    except BaseException:
        print(traceback.format_exc().replace(__file__, 'F'))
def gen():
    yield 1
    raise ValueError('in gen')
show(lambda: list(gen()))
show(lambda: [1/x for x in [1, 0]])
show(lambda: {k: v for k, v in [(1,)]})
def multi():
    return (1 +
            2 +
            None)
show(multi)
def attr_chain():
    a = type('A', (), {'b': None})()
    return a.b.c.d
show(attr_chain)
def subscr():
    d = {'a': {'b': []}}
    return d['a']['b'][3]
show(subscr)
def call_chain():
    return int('x') + 1
show(call_chain)
class Ctx:
    def __enter__(self): return self
    def __exit__(self, *a): raise KeyError('exit')
def with_fail():
    with Ctx():
        1/0
show(with_fail)
def assert_fail():
    x = 3
    assert x == 4, f"x was {x}"
show(assert_fail)
def deco(f):
    def w(*a):
        return f(*a)
    return w
@deco
def decorated(a):
    return a.missing
show(lambda: decorated(1))
def cls_body():
    class K:
        y = undefined_thing
show(cls_body)
def unicode_line():
    s = 'héllo wörld'; return s + 1
show(unicode_line)
def nested_eg():
    raise ExceptionGroup('outer', [ValueError('a'), ExceptionGroup('inner', [TypeError('b')])])
show(nested_eg)
def chained():
    try:
        1/0
    except ZeroDivisionError as e:
        raise ValueError('second') from e
show(chained)
def ctx_chain():
    try:
        1/0
    except ZeroDivisionError:
        raise ValueError('implicit')
show(ctx_chain)
def deep_rec(n):
    return deep_rec(n+1)
out = traceback.format_exc
try:
    deep_rec(0)
except RecursionError:
    lines = traceback.format_exc().replace(__file__, 'F').splitlines()
    print(len(lines) < 30, lines[:4], lines[-6:])
def binop_caret():
    a = 1; b = 'x'
    return a + b
show(binop_caret)
def subscript_caret():
    xs = [1]
    return xs[1] + xs[0]
show(subscript_caret)
def long_call():
    return max(
        1,
        'a',
    )
show(long_call)
def kw_err():
    return dict(a=1).items(1)
show(kw_err)
show(lambda: exec('1/0'))
show(lambda: eval('undefined_q'))
def raise_in_finally():
    try:
        raise KeyError(1)
    finally:
        raise ValueError(2)
show(raise_in_finally)
def note_err():
    e = ValueError('noted'); e.add_note('note line 1\nline 2'); raise e
show(note_err)
show(lambda: sys.exit('bye'))
show(lambda: next(iter([])))
