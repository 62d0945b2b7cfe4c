# A metrics registry: abstract base classes with clear errors, Counter/ChainMap/defaultdict/deque
# bookkeeping, read-only views with MappingProxyType, weak caches of live meters, and
# functools.partialmethod helpers.
import abc
import collections
import functools
import types
import weakref
from collections import ChainMap, Counter, OrderedDict, defaultdict, deque

class Metric(abc.ABC):
    registry = {}

    def __init_subclass__(cls, kind=None, **kw):
        super().__init_subclass__(**kw)
        if kind is not None:
            Metric.registry[kind] = cls

    def __init__(self, name):
        self.name = name

    @property
    @abc.abstractmethod
    def value(self): ...

    @abc.abstractmethod
    def record(self, amount): ...

    @classmethod
    def create(cls, kind, name):
        try:
            return cls.registry[kind](name)
        except KeyError:
            raise ValueError(f'unknown metric kind {kind!r}') from None

    def __repr__(self):
        return f'{type(self).__name__}({self.name!r}, value={self.value!r})'

class CounterMetric(Metric, kind='counter'):
    def __init__(self, name):
        super().__init__(name)
        self._n = 0

    @property
    def value(self):
        return self._n

    def record(self, amount=1):
        if amount < 0:
            raise ValueError('counters only go up')
        self._n += amount

    inc = functools.partialmethod(record, 1)
    add_ten = functools.partialmethod(record, amount=10)

class WindowMetric(Metric, kind='window'):
    def __init__(self, name, size=4):
        super().__init__(name)
        self.window = deque(maxlen=size)

    @property
    def value(self):
        return round(sum(self.window) / len(self.window), 3) if self.window else None

    def record(self, amount):
        self.window.append(amount)

class Broken(Metric):
    def record(self, amount):
        pass

try:
    Metric('x')
except TypeError as e:
    print('TypeError', e)
try:
    Broken('b')
except TypeError as e:
    print('TypeError', e)
print(sorted(Metric.registry), Metric.__abstractmethods__ == frozenset({'value', 'record'}), Broken.__abstractmethods__)
print(isinstance(CounterMetric('c'), Metric), issubclass(WindowMetric, abc.ABC), abc.get_cache_token() is not None)

class Sink(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Sink:
            return any('write' in B.__dict__ for B in C.__mro__) or NotImplemented
        return NotImplemented

class ListSink:
    def __init__(self):
        self.lines = []
    def write(self, s):
        self.lines.append(s)

print(issubclass(ListSink, Sink), isinstance([], Sink), issubclass(int, Sink))
Sink.register(tuple)
print(issubclass(tuple, Sink), Sink._abc_registry if hasattr(Sink, '_abc_registry') else 'native')

m = Metric.create('counter', 'requests')
m.inc()
m.inc()
m.add_ten()
m.record(5)
print(m, m.value)
try:
    m.record(-1)
except ValueError as e:
    print('ValueError', e)
try:
    Metric.create('gauge', 'g')
except ValueError as e:
    print('ValueError', e, e.__suppress_context__, e.__context__ is not None)
w = Metric.create('window', 'latency')
for v in [10, 20, 35, 5, 50, 15]:
    w.record(v)
    print('window', list(w.window), w.value)

events = ['GET /a', 'GET /b', 'POST /a', 'GET /a', 'DELETE /c', 'GET /a', 'POST /a']
hits = Counter(e.split()[1] for e in events)
methods = Counter(e.split()[0] for e in events)
print(hits, hits.most_common(2), hits['zzz'], hits.total())
print(methods + Counter({'PUT': 1}), methods - Counter({'GET': 10}), methods & Counter({'GET': 2, 'POST': 5}), methods | Counter({'GET': 1, 'PATCH': 2}))
c = Counter(a=3, b=-1)
print(+c, -c, sorted(c.elements()), c.update('aab') or c, c.subtract({'a': 10}) or c)
print(Counter('abracadabra').most_common(3), Counter({'x': 2}) == Counter({'x': 2, 'y': 0}), Counter(a=1) <= Counter(a=2, b=1))

by_method = defaultdict(list)
for e in events:
    meth, path = e.split()
    by_method[meth].append(path)
print(dict(by_method), by_method.default_factory, repr(defaultdict(int, {'a': 1})))
nested = defaultdict(lambda: defaultdict(int))
for e in events:
    meth, path = e.split()
    nested[path][meth] += 1
print({k: dict(v) for k, v in sorted(nested.items())})
try:
    defaultdict(None)['missing']
except KeyError as e:
    print('KeyError', e)

defaults = {'interval': 60, 'retention': '7d', 'labels': ('env',)}
env_cfg = {'interval': 30}
cli_cfg = {'retention': '30d'}
cfg = ChainMap(cli_cfg, env_cfg, defaults)
print(cfg['interval'], cfg['retention'], cfg['labels'], len(cfg), sorted(cfg), cfg.maps[0] is cli_cfg)
child = cfg.new_child({'interval': 5})
child['extra'] = True
print(child['interval'], child.parents['interval'], 'extra' in cfg, dict(child)['extra'], repr(ChainMap({'a': 1}, {'b': 2})))
del child['extra']
try:
    del child['retention']
except KeyError as e:
    print('KeyError', e)
print(ChainMap({'a': 1}) | {'b': 2}, {'z': 0} | ChainMap({'a': 1}))

od = OrderedDict.fromkeys('dcba', 0)
od.move_to_end('d')
od.move_to_end('a', last=False)
print(od, od.popitem(), od.popitem(last=False), list(reversed(od)), od == OrderedDict([('c', 0), ('b', 0)]), od == {'b': 0, 'c': 0})

view = types.MappingProxyType(Metric.registry)
print(sorted(view), view['counter'].__name__, type(view).__name__, len(view), view.get('x', '-'))
try:
    view['gauge'] = None
except TypeError as e:
    print('TypeError', e)
print(view | {'extra': 1} if hasattr(view, '__or__') else '', sorted(view.copy()))

live = weakref.WeakValueDictionary()
meters = [CounterMetric(f'm{i}') for i in range(4)]
for mt in meters:
    live[mt.name] = mt
print(sorted(live.keys()), len(live))
del meters[1:3]
print(sorted(live.keys()))
finalized = []
tmp = CounterMetric('temporary')
weakref.finalize(tmp, finalized.append, 'temporary gone')
del tmp
print(finalized)
ws = weakref.WeakSet(meters)
print(len(ws), meters[0] in ws)
r = weakref.ref(meters[0])
print(r() is meters[0], r().name)

ns = types.SimpleNamespace(host='db', port=5432)
ns.user = 'app'
print(ns, ns == types.SimpleNamespace(host='db', port=5432, user='app'), vars(ns))
Point = collections.namedtuple('Point', 'x y', defaults=[0])
print(Point(1), Point(1, 2)._replace(y=5), Point._field_defaults, Point.__doc__)
try:
    collections.namedtuple('Bad', 'a a')
except ValueError as e:
    print('ValueError', e)
try:
    collections.namedtuple('Bad', 'def x')
except ValueError as e:
    print('ValueError', e)
print(types.new_class('Dyn', (CounterMetric,), {}, lambda ns: ns.update({'extra': 1}))('d').extra)
