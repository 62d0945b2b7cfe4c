# dict views' .mapping: a read-only mappingproxy of the dict the view reads (also for
# OrderedDict's views and views of dict subclasses).
from collections import OrderedDict

d = {'a': 1, 'b': 2}
for v in (d.keys(), d.values(), d.items()):
    m = v.mapping
    print(type(v).__name__, type(m).__name__, m)
    print(m['a'], len(m), list(m), 'a' in m, m.get('z', 'none'))
    d['c'] = 3
    print(m)           # live
    del d['c']
    try:
        m['x'] = 1
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        v.mapping = {}
    except AttributeError as e:
        print(type(e).__name__, e)
    try:
        del v.mapping
    except AttributeError as e:
        print(type(e).__name__, e)

# The descriptor itself.
for t in (type({}.keys()), type({}.values()), type({}.items())):
    desc = t.__dict__['mapping']
    print(t.__name__, type(desc).__name__, repr(desc).split(' of ')[0], desc.__doc__)
    print(desc.__get__(d.keys() if t is type({}.keys()) else (d.values() if t is type({}.values()) else d.items())))
    print(desc.__name__, desc.__qualname__, desc.__objclass__.__name__)
    try:
        desc.__get__(42)
    except TypeError as e:
        print(type(e).__name__, e)

print(d.keys().mapping == d, d.keys().mapping == {'a': 1, 'b': 2})
print(d.items().mapping.copy() == d, d.items().mapping.copy() is d)

# Views of a dict subclass.
class D(dict):
    def __repr__(self):
        return 'D!' + dict.__repr__(self)

sd = D(x=1)
print(sd.keys().mapping, sd.values().mapping, sd.items().mapping)
print(type(sd.keys().mapping).__name__)

# OrderedDict views.
od = OrderedDict([('k', 1), ('j', 2)])
for v in (od.keys(), od.values(), od.items()):
    print(type(v).__name__, v.mapping, type(v.mapping).__name__)
    print('mapping' in type(v).__dict__)
od.move_to_end('k')
print(od.keys().mapping)
print(list(od.items().mapping.items()))

# Reversed iterators have no mapping.
try:
    reversed(d.keys()).mapping
except AttributeError as e:
    print(type(e).__name__, e)
try:
    iter(d.keys()).mapping
except AttributeError as e:
    print(type(e).__name__, e)
