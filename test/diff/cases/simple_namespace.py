# types.SimpleNamespace: construction, repr, equality, copying, errors (it is also sys.implementation's type).
import types, sys, copy

NS = types.SimpleNamespace
print(type(sys.implementation) is NS, NS.__name__, NS.__qualname__, NS.__module__, repr(NS))
print(sys.implementation.name, sys.implementation.cache_tag)
n = NS(b=2, a=1)
print(n, repr(n), n == NS(a=1, b=2), n != NS(a=1), n.__dict__)
print(NS({'x': 1}, y=2), NS([('p', 3)]))
n.c = [1, 2]
del n.b
print(n, vars(n), hasattr(n, 'b'))
for bad in [lambda: NS(1, 2), lambda: NS({1: 2}), lambda: NS(5), lambda: hash(n), lambda: NS([(1, 2)]), lambda: n.missing]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
class Sub(NS):
    pass
print(Sub(z=1), Sub(z=1) == NS(z=1), NS() == 1)
r = NS()
r.me = r
print(r)
print(copy.copy(n), copy.deepcopy(n), n.__reduce__(), copy.replace(n, a=5))
