# A plugin registry persisted with pickle: user classes with __reduce__/__getstate__/__setstate__,
# copyreg reducers, custom containers built on collections.abc, and typing structures (TypedDict,
# NamedTuple, runtime-checkable Protocols).
import collections.abc as cabc
import copy
import copyreg
import io
import pickle
import pickletools
from typing import NamedTuple, Protocol, TypedDict, runtime_checkable, NotRequired, Required, get_type_hints

class PluginSpec(NamedTuple):
    name: str
    version: tuple = (1, 0)
    enabled: bool = True

    def label(self):
        return f'{self.name}-{".".join(map(str, self.version))}'

class Meta(TypedDict, total=False):
    author: Required[str]
    license: str
    tags: list

class Strict(TypedDict):
    id: int
    note: NotRequired[str]

@runtime_checkable
class Runnable(Protocol):
    def run(self, payload): ...

@runtime_checkable
class Sized2(Protocol):
    size: int

class Registry(cabc.MutableMapping):
    """A case-insensitive mapping of plugin name -> plugin."""

    def __init__(self, *args, **kw):
        self._data = {}
        self.update(*args, **kw)

    def __getitem__(self, key):
        return self._data[key.lower()][1]

    def __setitem__(self, key, value):
        self._data[key.lower()] = (key, value)

    def __delitem__(self, key):
        del self._data[key.lower()]

    def __iter__(self):
        return (orig for orig, _ in self._data.values())

    def __len__(self):
        return len(self._data)

    def __repr__(self):
        return f'Registry({dict(self.items())!r})'

class Tags(cabc.MutableSet):
    def __init__(self, items=()):
        self._items = []
        for i in items:
            self.add(i)

    def __contains__(self, x):
        return x in self._items

    def __iter__(self):
        return iter(self._items)

    def __len__(self):
        return len(self._items)

    def add(self, x):
        if x not in self._items:
            self._items.append(x)

    def discard(self, x):
        if x in self._items:
            self._items.remove(x)

    def __repr__(self):
        return f'Tags({self._items})'

class Ring(cabc.Sequence):
    def __init__(self, items):
        self._items = list(items)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return Ring(self._items[i])
        return self._items[i]

    def at(self, i):
        return self._items[i % len(self._items)]

    def __len__(self):
        return len(self._items)

class Plugin:
    def __init__(self, spec, config=None):
        self.spec = spec
        self.config = config or {}
        self.runs = 0
        self._cache = {'expensive': object()}

    def run(self, payload):
        self.runs += 1
        return f'{self.spec.name} handled {payload!r}'

    def __getstate__(self):
        state = self.__dict__.copy()
        del state['_cache']
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)
        self._cache = {}

    def __eq__(self, other):
        return isinstance(other, Plugin) and (self.spec, self.config, self.runs) == (other.spec, other.config, other.runs)

class Handle:
    """Not picklable as is; a copyreg reducer rebuilds it from its path."""
    def __init__(self, path):
        self.path = path
        self.fd = 42

    def __repr__(self):
        return f'Handle({self.path!r})'

def reduce_handle(h):
    return (Handle, (h.path,))
copyreg.pickle(Handle, reduce_handle)

class Point:
    __slots__ = ('x', 'y')

    def __init__(self, x, y):
        self.x, self.y = x, y

    def __reduce__(self):
        return (Point, (self.x, self.y))

    def __repr__(self):
        return f'Point({self.x}, {self.y})'

class Counter2:
    def __init__(self, start):
        self.n = start

    def __reduce_ex__(self, proto):
        return (Counter2, (self.n,), None, None, None)

reg = Registry()
reg['Logger'] = Plugin(PluginSpec('logger', (2, 1)), {'level': 'info'})
reg['Cache'] = Plugin(PluginSpec('cache'))
reg['CACHE'] = Plugin(PluginSpec('cache', (1, 1), False))
print(len(reg), list(reg), 'cache' in reg, reg.get('nope', '-'))
print(reg['cache'].spec, reg['logger'].spec.label(), reg['logger'].run({'x': 1}))
reg.setdefault('Auth', Plugin(PluginSpec('auth')))
print(reg.pop('auth').spec.name, sorted(reg.keys()), isinstance(reg, cabc.Mapping), isinstance(reg, dict))
try:
    reg['missing']
except KeyError as e:
    print('KeyError', e)

t = Tags(['a', 'b', 'c'])
t2 = t | Tags(['c', 'd'])
print(t2, t & Tags(['b', 'z']), t - Tags(['a']), t ^ Tags(['a', 'q']), t <= t2, t.isdisjoint(['x']))
t -= Tags(['b'])
print(t, len(t))
r = Ring('abcde')
print(r.at(7), r[-1], r.index('c'), r.count('a'), list(reversed(r)), 'd' in r, list(r[1:3]))
print(issubclass(Registry, cabc.Sized), issubclass(Ring, cabc.Reversible), isinstance(iter(r), cabc.Iterator))
try:
    class Half(cabc.Mapping):
        def __getitem__(self, k): return 1
    Half()
except TypeError as e:
    print('TypeError', e)

print(isinstance(reg['logger'], Runnable), isinstance(42, Runnable), isinstance(t, Runnable))
class HasSize:
    size = 3
print(isinstance(HasSize(), Sized2), isinstance(object(), Sized2))
try:
    issubclass(HasSize, Sized2)
except TypeError as e:
    print('TypeError', e)

meta: Meta = {'author': 'ann', 'tags': ['x']}
print(meta, Meta.__required_keys__, sorted(Meta.__optional_keys__), Strict.__required_keys__, Strict.__total__)
print(sorted(get_type_hints(PluginSpec)), PluginSpec._fields, PluginSpec._field_defaults)
s = PluginSpec('x', (3,))
print(s, s._replace(enabled=False), s._asdict(), PluginSpec._make(['y', (0, 1), False]))
try:
    PluginSpec()
except TypeError as e:
    print('TypeError', e)

for proto in range(0, pickle.HIGHEST_PROTOCOL + 1):
    blob = pickle.dumps(reg, protocol=proto)
    back = pickle.loads(blob)
    ok = list(back) == list(reg) and all(back[k] == reg[k] for k in reg)
    print('proto', proto, type(back).__name__, ok, back['logger']._cache, len(blob) > 50)

objs = [Handle('/var/log/x'), Point(1, 2), Counter2(7), s, Tags(['q']), frozenset([1, 2]), {1: [2, (3,)]}]
for o in objs:
    b = pickle.dumps(o, protocol=4)
    print(type(o).__name__, repr(pickle.loads(b)) if not isinstance(o, Counter2) else pickle.loads(b).n)

shared = [1, 2]
data = {'a': shared, 'b': shared}
back = pickle.loads(pickle.dumps(data))
print(back['a'] is back['b'])
rec = []
rec.append(rec)
back = pickle.loads(pickle.dumps(rec))
print(back[0] is back)

f = io.BytesIO()
pk = pickle.Pickler(f, protocol=2)
pk.dump(Point(3, 4))
pk.dump('second')
f.seek(0)
up = pickle.Unpickler(f)
print(up.load(), up.load())

class Restricted(pickle.Unpickler):
    def find_class(self, module, name):
        if module == '__main__' and name in ('Point',):
            return super().find_class(module, name)
        raise pickle.UnpicklingError(f'forbidden {module}.{name}')
print(Restricted(io.BytesIO(pickle.dumps(Point(5, 6)))).load())
try:
    Restricted(io.BytesIO(pickle.dumps(Handle('h')))).load()
except pickle.UnpicklingError as e:
    print('UnpicklingError', e)
try:
    pickle.dumps(lambda: 1)
except (pickle.PicklingError, AttributeError) as e:
    print(type(e).__name__, str(e).endswith("it's not found as __main__.<lambda>"))

ops = [op.name for op, arg, pos in pickletools.genops(pickle.dumps((1, 'a', [2.5]), protocol=2))]
print(ops)
out = io.StringIO()
pickletools.dis(pickle.dumps({'k': (1, True)}, protocol=0), out)
print(out.getvalue())
print(pickle.loads(pickletools.optimize(pickle.dumps([s, s], protocol=2))))

c = copy.deepcopy(reg)
print(c['logger'] == reg['logger'], c['logger'] is reg['logger'], c['logger']._cache)
print(copy.copy(Point(7, 8)), copy.deepcopy(Handle('d')))
