# heapq and bisect: heap operations (push/pop/replace/pushpop/heapify/nlargest/nsmallest/merge) and
# binary search insertion points (bisect_left/right, insort, key=).
import heapq
import bisect

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

def heap_ops():
    h = []
    for v in [5, 1, 8, 3, 9, 2, 7]:
        heapq.heappush(h, v)
    snapshot = list(h)
    popped = [heapq.heappop(h) for _ in range(3)]
    return snapshot, popped, h
show("push/pop", heap_ops)
def heapify_demo():
    data = [9, 4, 7, 1, 8, 2, 6, 3, 5, 0]
    heapq.heapify(data)
    return data, [heapq.heappop(data) for _ in range(len(data))]
show("heapify then drain", heapify_demo)
def replace_pushpop():
    h = [1, 3, 5]
    a = heapq.heapreplace(h, 4)
    b = heapq.heappushpop(h, 0)
    c = heapq.heappushpop(h, 10)
    return a, b, c, h
show("replace/pushpop", replace_pushpop)
show("pop empty", lambda: heapq.heappop([]))
show("nlargest nsmallest", lambda: (heapq.nlargest(3, [5, 1, 8, 3, 9, 2]), heapq.nsmallest(2, [5, 1, 8, 3]), heapq.nlargest(2, ["aa", "b", "cccc"], key=len)))
show("merge", lambda: (list(heapq.merge([1, 4, 7], [2, 5, 8], [0, 9])), list(heapq.merge(["b", "d"], ["a", "c"], reverse=False)), list(heapq.merge([7, 4], [5, 1], reverse=True))))
def tuples_priority():
    tasks = []
    for prio, name in [(3, "write"), (1, "plan"), (2, "code"), (1, "coffee")]:
        heapq.heappush(tasks, (prio, name))
    return [heapq.heappop(tasks) for _ in range(len(tasks))]
show("priority queue", tuples_priority)
def max_heap():
    h = []
    for v in [3, 1, 4, 1, 5, 9, 2, 6]:
        heapq.heappush_max(h, v)
    return [heapq.heappop_max(h) for _ in range(3)]
show("max heap (3.14)", max_heap)
show("heap uncomparable", lambda: heapq.heapify([1, "a", 2]))
def dijkstra():
    graph = {"A": {"B": 4, "C": 1}, "C": {"B": 2, "D": 5}, "B": {"D": 1}, "D": {}}
    dist = {"A": 0}
    pq = [(0, "A")]
    while pq:
        d, node = heapq.heappop(pq)
        if d > dist.get(node, float("inf")):
            continue
        for nxt, w in graph[node].items():
            nd = d + w
            if nd < dist.get(nxt, float("inf")):
                dist[nxt] = nd
                heapq.heappush(pq, (nd, nxt))
    return dict(sorted(dist.items()))
show("dijkstra", dijkstra)
print("-- bisect")
a = [1, 2, 4, 4, 4, 7, 9]
show("bisect", lambda: [(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x)) for x in (0, 4, 5, 10)])
show("bounds", lambda: (bisect.bisect_left(a, 4, 4), bisect.bisect_right(a, 4, 0, 3)))
def insort():
    b = [10, 20, 30]
    bisect.insort(b, 25)
    bisect.insort_left(b, 20)
    bisect.insort_right(b, 20)
    return b
show("insort", insort)
def grades():
    breakpoints, letters = [60, 70, 80, 90], "FDCBA"
    return [letters[bisect.bisect(breakpoints, s)] for s in (33, 99, 77, 70, 89, 90, 100)]
show("grades", grades)
show("key", lambda: bisect.bisect_left([("a", 1), ("b", 5), ("c", 9)], 5, key=lambda t: t[1]))
def insort_key():
    rows = [("x", 1), ("y", 5)]
    bisect.insort(rows, ("z", 3), key=lambda t: t[1])
    return rows
show("insort key", insort_key)
show("bisect negative lo", lambda: bisect.bisect([1], 1, -1))
