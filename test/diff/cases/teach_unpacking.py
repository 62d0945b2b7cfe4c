# Teaching unpacking: how many values, starred targets, nested targets, iterables of any kind, * and **
# in calls and displays, and the walrus operator's scope in comprehensions.
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, '|', e)
def u1(): a, b = [1, 2, 3]
def u2(): a, b, c = (1,)
def u3(): a, *b, c = [1]
def u4(): a, b = 5
def u5(): a, b = {'x': 1, 'y': 2, 'z': 3}
def u6(): (a, b), c = [1, 2], 3; return a, b, c
def u7(): a, b = iter([1])
def u8(): [a, *b] = 'xyz'; return a, b
def u9(): *a, = range(3); return a
def u10(): a, b = 'xyz'
def u11(): a, b = (x for x in range(5))
def u12(): a, b, *c, d, e = range(3)
def u13():
    d = {}
    d['a'], d['b'] = 1, 2
    return d
def u14(): x, y = None
for f in (u1, u2, u3, u4, u5, u6, u7, u8, u9, u11, u12, u13, u14):
    t(f)
t(lambda: [*range(3), *'ab', *{1: 2}])
t(lambda: {**{'a': 1}, 'b': 2, **dict(c=3)})
t(lambda: print(*[1, 2], **{'sep': '-'}))
t(lambda: dict(**{'a': 1}, **{'a': 2}))
t(lambda: f(*5) if False else (lambda *a: a)(*5))
t(lambda: (lambda **k: k)(**5))
t(lambda: (lambda **k: k)(**{1: 2}))
t(lambda: [*None])
t(lambda: {**None})
t(lambda: (lambda a, b: 0)(*[1, 2, 3]))
t(lambda: (lambda: 0)(**{'x': 1}))
if (n := 10) > 5: print('walrus', n)
print([y for x in range(5) if (y := x * 2) > 4], y)
