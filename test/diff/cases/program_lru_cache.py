# An LRU cache implemented twice (a doubly linked list + dict, and an OrderedDict), checked against each
# other under a deterministic workload, with hit/miss statistics, eviction callbacks, a memoising
# decorator built on it and the dunder protocol (__len__, __contains__, __getitem__, __iter__).
from collections import OrderedDict
import random

class _Node:
    __slots__ = ("key", "value", "prev", "next")
    def __init__(self, key=None, value=None):
        self.key, self.value = key, value
        self.prev = self.next = None

class LinkedLRU:
    def __init__(self, capacity, on_evict=None):
        if capacity <= 0:
            raise ValueError("capacity must be positive")
        self.capacity = capacity
        self.map = {}
        self.head = _Node()
        self.tail = _Node()
        self.head.next, self.tail.prev = self.tail, self.head
        self.hits = self.misses = 0
        self.on_evict = on_evict

    def _unlink(self, node):
        node.prev.next, node.next.prev = node.next, node.prev

    def _push_front(self, node):
        node.next, node.prev = self.head.next, self.head
        self.head.next.prev = node
        self.head.next = node

    def get(self, key, default=None):
        node = self.map.get(key)
        if node is None:
            self.misses += 1
            return default
        self.hits += 1
        self._unlink(node)
        self._push_front(node)
        return node.value

    def put(self, key, value):
        node = self.map.get(key)
        if node is not None:
            node.value = value
            self._unlink(node)
            self._push_front(node)
            return
        if len(self.map) >= self.capacity:
            lru = self.tail.prev
            self._unlink(lru)
            del self.map[lru.key]
            if self.on_evict:
                self.on_evict(lru.key, lru.value)
        node = _Node(key, value)
        self.map[key] = node
        self._push_front(node)

    def __len__(self):
        return len(self.map)

    def __contains__(self, key):
        return key in self.map

    def __getitem__(self, key):
        sentinel = object()
        value = self.get(key, sentinel)
        if value is sentinel:
            raise KeyError(key)
        return value

    def __iter__(self):
        node = self.head.next
        while node is not self.tail:
            yield node.key
            node = node.next

    def __repr__(self):
        return "LinkedLRU(" + ", ".join(f"{k}={self.map[k].value}" for k in self) + ")"

class DictLRU:
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = OrderedDict()

    def get(self, key, default=None):
        if key not in self.data:
            return default
        self.data.move_to_end(key, last=False)
        return self.data[key]

    def put(self, key, value):
        if key in self.data:
            self.data[key] = value
            self.data.move_to_end(key, last=False)
            return
        if len(self.data) >= self.capacity:
            self.data.popitem(last=True)
        self.data[key] = value
        self.data.move_to_end(key, last=False)

    def keys(self):
        return list(self.data)

evicted = []
cache = LinkedLRU(3, on_evict=lambda k, v: evicted.append(k))
for k, v in [("a", 1), ("b", 2), ("c", 3)]:
    cache.put(k, v)
print(cache, len(cache))
print("get a:", cache.get("a"))
cache.put("d", 4)
print("after d:", cache, "evicted:", evicted)
cache.put("c", 30)
print("update c:", cache)
print("contains b:", "b" in cache, "contains c:", "c" in cache)
try:
    cache["zzz"]
except KeyError as e:
    print("KeyError", e)
print("stats:", cache.hits, cache.misses)
try:
    LinkedLRU(0)
except ValueError as e:
    print("ValueError", e)

rng = random.Random(2024)
a, b = LinkedLRU(5), DictLRU(5)
mismatches = 0
for step in range(2000):
    key = rng.randint(0, 12)
    if rng.random() < 0.6:
        if a.get(key) != b.get(key):
            mismatches += 1
    else:
        a.put(key, step)
        b.put(key, step)
    if list(a) != b.keys():
        mismatches += 1
print("implementations agree:", mismatches == 0, "final order:", list(a))
print("hit rate:", f"{a.hits / (a.hits + a.misses):.3f}")

def lru_memo(capacity):
    def deco(fn):
        store = LinkedLRU(capacity)
        def wrapper(*args):
            missing = object()
            value = store.get(args, missing)
            if value is missing:
                value = fn(*args)
                store.put(args, value)
            return value
        wrapper.store = store
        return wrapper
    return deco

@lru_memo(100)
def paths(r, c):
    if r == 0 or c == 0:
        return 1
    return paths(r - 1, c) + paths(r, c - 1)
print("grid paths 16x16:", paths(16, 16), "cache size:", len(paths.store), "hits:", paths.store.hits)
