# A small hand-written event loop (virtual clock, no real waiting) running coroutines as tasks:
# sleeping, futures resolved by other tasks, gather, cancellation by throwing into a coroutine,
# a queue, async generators and async context managers across suspensions.
import heapq
from collections import deque

class Cancelled(Exception):
    pass

class Future:
    def __init__(self):
        self.done = False
        self.result = None
        self.callbacks = []
    def set_result(self, value):
        self.done, self.result = True, value
        for cb in self.callbacks:
            cb()
    def __await__(self):
        if not self.done:
            yield self
        return self.result

class Loop:
    def __init__(self):
        self.now = 0
        self.ready = deque()
        self.timers = []
        self.seq = 0
    def call_at(self, when, fn):
        self.seq += 1
        heapq.heappush(self.timers, (when, self.seq, fn))
    def run(self):
        while self.ready or self.timers:
            if not self.ready:
                when, _, fn = heapq.heappop(self.timers)
                self.now = when
                fn()
                continue
            self.ready.popleft()()

LOOP = Loop()

class Task(Future):
    def __init__(self, coro, name):
        super().__init__()
        self.coro, self.name = coro, name
        self.pending_exc = None
        LOOP.ready.append(self.step)
    def cancel(self):
        self.pending_exc = Cancelled(f"{self.name} cancelled")
        LOOP.ready.append(self.step)
    def step(self, value=None):
        if self.done:
            return  # a timer of a wait that was cancelled fired after the task ended
        try:
            if self.pending_exc is not None:
                exc, self.pending_exc = self.pending_exc, None
                waiting = self.coro.throw(exc)
            else:
                waiting = self.coro.send(value)
        except StopIteration as e:
            print(f"[t={LOOP.now}] {self.name} returned {e.value!r}")
            self.set_result(e.value)
            return
        except Exception as e:
            print(f"[t={LOOP.now}] {self.name} failed: {type(e).__name__}: {e}")
            self.set_result(e)
            return
        if self.done:
            return
        waiting.callbacks.append(lambda: LOOP.ready.append(lambda: self.step(waiting.result)))

def sleep(delay, value=None):
    f = Future()
    LOOP.call_at(LOOP.now + delay, lambda: f.set_result(value))
    return f

async def gather(*aws):
    return [await aw for aw in aws]

class Queue:
    def __init__(self):
        self.items = deque()
        self.getters = deque()
    def put(self, item):
        if self.getters:
            self.getters.popleft().set_result(item)
        else:
            self.items.append(item)
    async def get(self):
        if self.items:
            return self.items.popleft()
        f = Future()
        self.getters.append(f)
        return await f

async def worker(name, delays):
    total = 0
    for d in delays:
        got = await sleep(d, d * 10)
        print(f"[t={LOOP.now}] {name} woke with {got}")
        total += got
    return total

async def producer(q, n):
    for i in range(n):
        await sleep(2)
        q.put(i)
    q.put(None)
    return "produced"

async def consumer(q):
    seen = []
    while (item := await q.get()) is not None:
        seen.append(item)
    return seen

async def ticks(n, every):
    for i in range(n):
        await sleep(every)
        yield (LOOP.now, i)

async def tick_reader():
    return [t async for t in ticks(3, 5)]

class Resource:
    async def __aenter__(self):
        await sleep(1)
        print(f"[t={LOOP.now}] resource opened")
        return self
    async def __aexit__(self, et, ev, tb):
        await sleep(1)
        print(f"[t={LOOP.now}] resource closed ({et.__name__ if et else 'no error'})")
        return False

async def uses_resource():
    async with Resource():
        await sleep(3)
        raise RuntimeError("inside resource")

async def long_sleeper():
    try:
        await sleep(100)
        return "woke"
    except Cancelled as e:
        print(f"[t={LOOP.now}] cleanup after: {e}")
        await sleep(1)
        return "cancelled cleanly"

async def canceller(target):
    await sleep(4)
    target.cancel()
    return "sent cancel"

async def main():
    a = Task(worker("a", [3, 1]), "a")
    b = Task(worker("b", [1, 1, 1]), "b")
    q = Queue()
    p = Task(producer(q, 3), "producer")
    c = Task(consumer(q), "consumer")
    t = Task(tick_reader(), "ticks")
    r = Task(uses_resource(), "resource")
    s = Task(long_sleeper(), "sleeper")
    k = Task(canceller(s), "canceller")
    results = await gather(a, b, p, c, t, s, k)
    failure = await r
    return results, repr(failure)

top = Task(main(), "main")
LOOP.run()
print("final", top.result)
print("clock", LOOP.now)
