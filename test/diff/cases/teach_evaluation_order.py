# Teaching evaluation order: calls, subscript and attribute assignment, augmented assignment, chained
# comparisons, boolean short-circuits, decorators, class statements, comprehensions, with/try, f-strings.
log = []
def L(tag, v=None):
    log.append(tag)
    return v if v is not None else tag
def show(title):
    print(title, log[:]); log.clear()
class Obj:
    def __getattr__(self, n): log.append('getattr ' + n); return self
    def __setattr__(self, n, v): log.append('setattr ' + n)
    def __getitem__(self, k): log.append(f'getitem {k}'); return self
    def __setitem__(self, k, v): log.append(f'setitem {k}')
    def __call__(self, *a, **k): log.append(f'call {a} {k}'); return self
    def __add__(self, o): log.append('add'); return self
    def __iadd__(self, o): log.append('iadd'); return self
o = Obj()
L('f', o)(L('a1'), L('a2'), k=L('kw'))
show('call order:')
L('target', o)[L('key')] = L('value')
show('subscript assignment:')
L('t', o).attr = L('v')
show('attribute assignment:')
L('lhs', o)[L('k')] += L('rhs')
show('augmented subscript:')
L('lhs', o).x += L('rhs')
show('augmented attribute:')
a = b = L('chained')
show('chained assign:')
x, y = L('x'), L('y')
show('tuple assign:')
{L('k1'): L('v1'), **{L('k2'): L('v2')}}
show('dict display:')
[L('a'), *[L('b')], L('c')]
show('list display:')
L('cond') if L('test', True) else L('else')
show('conditional:')
L('a', 1) < L('b', 2) < L('c', 0) < L('d', 5)
show('comparison chain:')
L('x', 0) or L('y', 0) or L('z', 3)
show('or chain:')
def deco(tag):
    L('deco factory ' + tag)
    def d(f):
        L('apply ' + tag); return f
    return d
@deco('outer')
@deco('inner')
def decorated(p=L('default')): pass
show('decorators:')
class K(L('base', object), metaclass=L('meta', type)):
    L('body')
show('class statement:')
[L(f'elem{i}') for i in range(2) if L(f'cond{i}', True)]
show('comprehension:')
lst = [0, 0, 0]
i = 0
i, lst[i] = 1, 2
print(lst)
lst = [0, 0, 0]
lst[i], i = 5, 2
print(lst, i)
d = {}
d[L('k')] = d.setdefault(L('k2'), L('v'))
show('setdefault:')
print(d)
x = [1, 2, 3]
x[L('lo', 0):L('hi', 2)] = L('val', [9])
show('slice assign:')
print(x)
with open('/dev/null') if False else __import__('contextlib').nullcontext(L('cm')) as v:
    L('with body')
show('with:')
try:
    L('try')
    raise ValueError(L('msg'))
except (L('exc type', ValueError)) as e:
    L('handler')
finally:
    L('finally')
show('try:')
def gen():
    L('gen start')
    yield L('y1')
g = gen()
show('gen created:')
next(g)
show('gen next:')
f_default = lambda a=L('lambda default'): a
show('lambda default:')
print(f"{L('f1')}{L('f2')!r:>{L('w', 8)}}")
show('fstring:')
assert L('assert test', True), L('assert msg')
show('assert:')
del lst[L('del idx', 0)]
show('del:')
print(*(L('star', 'p'),), sep=L('sep', '-'))
show('print star:')
