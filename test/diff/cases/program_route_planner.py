"""Route planning on a small rail network: Dijkstra, A*, BFS, union-find, topological build order (graphlib)."""
import heapq
import math
from collections import defaultdict, deque, namedtuple
from functools import lru_cache
from graphlib import TopologicalSorter, CycleError

Station = namedtuple("Station", "name x y")

STATIONS = {s.name: s for s in [
    Station("Aston", 0, 0), Station("Bexley", 4, 1), Station("Crewe", 7, 3), Station("Dover", 3, 6),
    Station("Ely", 9, 8), Station("Frome", 12, 2), Station("Goole", 1, 10), Station("Hythe", 14, 9),
]}
TRACKS = [("Aston", "Bexley", 5), ("Bexley", "Crewe", 4), ("Aston", "Dover", 8), ("Dover", "Crewe", 5),
          ("Crewe", "Ely", 6), ("Crewe", "Frome", 6), ("Ely", "Hythe", 5), ("Frome", "Hythe", 8),
          ("Dover", "Goole", 5), ("Goole", "Ely", 9)]


class Graph:
    def __init__(self, edges):
        self.adj = defaultdict(dict)
        for a, b, w in edges:
            self.adj[a][b] = w
            self.adj[b][a] = w

    def dijkstra(self, src, dst=None):
        dist = {src: 0}
        prev = {}
        heap = [(0, src)]
        seen = set()
        pops = 0
        while heap:
            d, u = heapq.heappop(heap)
            pops += 1
            if u in seen:
                continue
            seen.add(u)
            if u == dst:
                break
            for v, w in sorted(self.adj[u].items()):
                nd = d + w
                if nd < dist.get(v, math.inf):
                    dist[v] = nd
                    prev[v] = u
                    heapq.heappush(heap, (nd, v))
        return dist, prev, pops

    def astar(self, src, dst):
        def h(n):
            a, b = STATIONS[n], STATIONS[dst]
            return math.hypot(a.x - b.x, a.y - b.y) * 0.5
        open_ = [(h(src), 0, src, [src])]
        best = {src: 0}
        expanded = 0
        while open_:
            f, g, u, path = heapq.heappop(open_)
            expanded += 1
            if u == dst:
                return g, path, expanded
            for v, w in sorted(self.adj[u].items()):
                ng = g + w
                if ng < best.get(v, math.inf):
                    best[v] = ng
                    heapq.heappush(open_, (ng + h(v), ng, v, path + [v]))
        raise LookupError(f"no route {src}->{dst}")

    def bfs_hops(self, src):
        hops = {src: 0}
        q = deque([src])
        while q:
            u = q.popleft()
            for v in sorted(self.adj[u]):
                if v not in hops:
                    hops[v] = hops[u] + 1
                    q.append(v)
        return hops


def path_to(prev, dst):
    out = [dst]
    while out[-1] in prev:
        out.append(prev[out[-1]])
    return out[::-1]


class DisjointSet:
    def __init__(self, items):
        self.parent = {i: i for i in items}
        self.rank = dict.fromkeys(items, 0)

    def find(self, x):
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a, b):
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        if self.rank[ra] < self.rank[rb]:
            ra, rb = rb, ra
        self.parent[rb] = ra
        self.rank[ra] += self.rank[ra] == self.rank[rb]
        return True


g = Graph(TRACKS)
dist, prev, pops = g.dijkstra("Aston")
for name in sorted(dist, key=lambda n: (dist[n], n)):
    print(f"{name:<7} {dist[name]:>3}  via {' > '.join(path_to(prev, name))}")
print("heap pops:", pops)
cost, path, expanded = g.astar("Aston", "Hythe")
print("A*:", cost, path, "expanded", expanded)
print("hops:", g.bfs_hops("Goole"))
try:
    Graph(TRACKS + [("Isle", "Jura", 1)]).astar("Aston", "Jura")
except LookupError as e:
    print("LookupError:", e)

ds = DisjointSet(STATIONS)
mst = []
for a, b, w in sorted(TRACKS, key=lambda t: (t[2], t[0], t[1])):
    if ds.union(a, b):
        mst.append((a, b, w))
print("MST weight", sum(w for *_, w in mst), "edges", len(mst))
print(sorted({ds.find(s) for s in STATIONS}) == [ds.find("Aston")])


@lru_cache(maxsize=None)
def count_paths(u, dst, visited=frozenset()):
    if u == dst:
        return 1
    visited = visited | {u}
    return sum(count_paths(v, dst, visited) for v in g.adj[u] if v not in visited)


print("simple paths Aston->Hythe:", count_paths("Aston", "Hythe"), count_paths.cache_info().currsize > 10)

deps = {"app": {"lib", "ui"}, "ui": {"lib", "assets"}, "lib": {"core"}, "assets": set(), "tests": {"app"}, "core": set()}
ts = TopologicalSorter(deps)
print("static order:", list(TopologicalSorter(deps).static_order()))
ts.prepare()
rounds = []
while ts.is_active():
    ready = sorted(ts.get_ready())
    rounds.append(ready)
    ts.done(*ready)
print("parallel rounds:", rounds)
try:
    list(TopologicalSorter({"a": {"b"}, "b": {"c"}, "c": {"a"}}).static_order())
except CycleError as e:
    print("CycleError:", e.args[0], sorted(e.args[1]))
dist2 = {(a, b): round(math.dist((STATIONS[a].x, STATIONS[a].y), (STATIONS[b].x, STATIONS[b].y)), 3) for a, b, _ in TRACKS[:4]}
print(dist2)
print(math.inf > 10**300, -math.inf < -1e308, math.isinf(float("-inf")), math.nan != math.nan, min([3, math.inf, 2]))
