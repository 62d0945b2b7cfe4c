from __future__ import annotations
import itertools, math, heapq, collections, copy, sys
from abc import ABC, abstractmethod
from functools import total_ordering, wraps, partial, singledispatch, cached_property

class Vec:
    __slots__ = ('x', 'y')
    def __init__(self, x=0, y=0): self.x, self.y = x, y
    def __add__(self, o): return Vec(self.x + o.x, self.y + o.y)
    def __sub__(self, o): return Vec(self.x - o.x, self.y - o.y)
    def __mul__(self, k): return Vec(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __neg__(self): return Vec(-self.x, -self.y)
    def __abs__(self): return math.hypot(self.x, self.y)
    def __eq__(self, o): return isinstance(o, Vec) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self): return hash((self.x, self.y))
    def __iter__(self): yield self.x; yield self.y
    def __repr__(self): return f"Vec({self.x!r}, {self.y!r})"
    def __format__(self, spec): return f"<{format(self.x, spec)}, {format(self.y, spec)}>"
v = Vec(3, 4)
print(v + Vec(1, 1), 2 * v, -v, abs(v), list(v), {v: 1}[Vec(3, 4)], f"{v:.2f}")
try: v.z = 1
except AttributeError as e: print("AttributeError:", e)

class Shape(ABC):
    registry = {}
    def __init_subclass__(cls, /, kind=None, **kw):
        super().__init_subclass__(**kw)
        if kind: Shape.registry[kind] = cls
    @abstractmethod
    def area(self): ...
    def __lt__(self, other): return self.area() < other.area()
class Circle(Shape, kind='circle'):
    def __init__(self, r): self.r = r
    def area(self): return math.pi * self.r ** 2
    @cached_property
    def circumference(self):
        print("computing"); return 2 * math.pi * self.r
class Rect(Shape, kind='rect'):
    def __init__(self, w, h): self.w, self.h = w, h
    def area(self): return self.w * self.h
try: Shape()
except TypeError as e: print(e)
shapes = [Shape.registry[k](*a) for k, a in [('circle', (1,)), ('rect', (2, 3)), ('circle', (0.5,)), ('rect', (1, 1))]]
print(sorted(shapes, key=lambda s: s.area())[0].__class__.__name__, [round(s.area(), 3) for s in sorted(shapes)])
c = shapes[0]; print(c.circumference, c.circumference, 'circumference' in vars(c))

def trace(fn):
    depth = 0
    @wraps(fn)
    def wrapper(*a, **k):
        nonlocal depth
        print("  " * depth + f"-> {fn.__name__}{a}")
        depth += 1
        try: return fn(*a, **k)
        finally: depth -= 1
    return wrapper
@trace
def ack(m, n):
    if m == 0: return n + 1
    if n == 0: return ack(m - 1, 1)
    return ack(m - 1, ack(m, n - 1))
print(ack(1, 2), ack.__name__, ack.__wrapped__.__name__)

@singledispatch
def describe(x): return f"thing {x!r}"
@describe.register
def _(x: int): return f"int {x}"
@describe.register(list)
def _(x): return f"list of {len(x)}"
print(describe(3), describe([1, 2]), describe("s"), describe(2.5))

@total_ordering
class Version:
    def __init__(self, s): self.parts = tuple(int(p) for p in s.split('.'))
    def __eq__(self, o): return self.parts == o.parts
    def __lt__(self, o): return self.parts < o.parts
    def __repr__(self): return 'v' + '.'.join(map(str, self.parts))
vs = [Version(s) for s in "1.10.0 1.2 1.2.1 0.9 2".split()]
print(sorted(vs), max(vs), Version("1.2") >= Version("1.1.9"), Version("1.0") <= Version("0.1"))

def life(cells, n):
    for _ in range(n):
        counts = collections.Counter((x + dx, y + dy) for x, y in cells for dx in (-1, 0, 1) for dy in (-1, 0, 1) if dx or dy)
        cells = {p for p, k in counts.items() if k == 3 or (k == 2 and p in cells)}
    return cells
glider = {(1, 0), (2, 1), (0, 2), (1, 2), (2, 2)}
print(sorted(life(glider, 8)))

def dijkstra(graph, src):
    dist = {src: 0}; pq = [(0, src)]; prev = {}
    while pq:
        d, u = heapq.heappop(pq)
        if d > dist.get(u, math.inf): continue
        for v, w in graph[u]:
            nd = d + w
            if nd < dist.get(v, math.inf):
                dist[v] = nd; prev[v] = u; heapq.heappush(pq, (nd, v))
    return dist, prev
g = collections.defaultdict(list)
for a, b, w in [('a','b',7),('a','c',9),('a','f',14),('b','c',10),('b','d',15),('c','d',11),('c','f',2),('d','e',6),('e','f',9)]:
    g[a].append((b, w)); g[b].append((a, w))
dist, prev = dijkstra(g, 'a')
path = ['e']
while path[-1] != 'a': path.append(prev[path[-1]])
print(dict(sorted(dist.items())), '->'.join(reversed(path)))

def primes():
    yield 2
    composites = {}
    for n in itertools.count(3, 2):
        p = composites.pop(n, None)
        if p is None:
            composites[n * n] = 2 * n; yield n
        else:
            m = n + p
            while m in composites: m += p
            composites[m] = p
print(list(itertools.islice(primes(), 25)))
print(list(itertools.accumulate([1, 2, 3, 4], lambda a, b: a * b)), list(itertools.pairwise('abcd')), list(itertools.batched(range(7), 3)))
print(list(itertools.product('ab', repeat=2)), list(itertools.combinations_with_replacement([1, 2, 3], 2))[:4])
nested = {'a': [1, {'b': [2, 3]}], 'c': (4, 5)}
deep = copy.deepcopy(nested); deep['a'][1]['b'].append(99)
print(nested, deep, copy.copy(nested)['a'] is nested['a'])
add = partial(lambda a, b, c=0: a + b + c, 10, c=5)
print(add(1), add.func.__name__, add.args, add.keywords)
print(sys.version_info[:2] >= (3, 14), sorted({'b': 1, 'a': 2}, key=str.upper), min([], default='empty'))
matrix = [[1, 2, 3], [4, 5, 6]]
print(list(zip(*matrix)), [[r[i] for r in matrix] for i in range(3)], sum(map(sum, matrix)))
print(divmod(-7, 2), -7 // 2, -7 % 2, 7 ** -1, round(2.675, 2), round(-0.5), 10 ** 20 // 3, int('ff', 16), bin(-10), f"{255:#010b}")
print("%5.1f|%-6s|%04d|%x|%r" % (3.14159, 'ab', 42, 255, 'q'), '{:^9}'.format('mid'), '{0}{1}{0}'.format('x', 'y'))
