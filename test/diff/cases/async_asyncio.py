# asyncio's own Tasks, Futures, gather, Queue, Event, Lock, wait_for and TaskGroup, run on a minimal
# event loop written here (a virtual clock, no selector): asyncio.run needs a selector event loop with
# a socketpair, which neither pyodide nor pyrewind's Host can provide.
import asyncio
import heapq
from collections import deque

class VirtualLoop(asyncio.AbstractEventLoop):
    """Just enough of an event loop for tasks and futures: call_soon, call_at and a virtual clock."""
    def __init__(self):
        self._now = 0.0
        self._ready = deque()
        self._timers = []
        self._seq = 0
        self._closed = False
        self._running = False
    def time(self):
        return self._now
    def get_debug(self):
        return False
    def is_closed(self):
        return self._closed
    def is_running(self):
        return self._running
    def close(self):
        self._closed = True
    def call_soon(self, callback, *args, context=None):
        handle = asyncio.Handle(callback, args, self, context)
        self._ready.append(handle)
        return handle
    def call_at(self, when, callback, *args, context=None):
        handle = asyncio.TimerHandle(when, callback, args, self, context)
        self._seq += 1
        heapq.heappush(self._timers, (when, self._seq, handle))
        return handle
    def call_later(self, delay, callback, *args, context=None):
        return self.call_at(self._now + delay, callback, *args, context=context)
    def _timer_handle_cancelled(self, handle):
        pass
    def create_future(self):
        return asyncio.Future(loop=self)
    def create_task(self, coro, *, name=None, context=None):
        return asyncio.Task(coro, loop=self, name=name, context=context)
    def call_exception_handler(self, context):
        print("exception handler:", context.get("message"))
    def run_until_complete(self, coro):
        task = asyncio.ensure_future(coro, loop=self)
        self._running = True
        asyncio.events._set_running_loop(self)
        try:
            while not task.done():
                if not self._ready:
                    when, _, handle = heapq.heappop(self._timers)
                    self._now = max(self._now, when)
                    if not handle.cancelled():
                        self._ready.append(handle)
                    continue
                handle = self._ready.popleft()
                if not handle.cancelled():
                    handle._run()
        finally:
            self._running = False
            asyncio.events._set_running_loop(None)
        return task.result()

async def worker(name, q, out):
    while True:
        item = await q.get()
        if item is None:
            q.task_done()
            return name
        await asyncio.sleep(item)
        out.append((name, item, asyncio.get_running_loop().time()))
        q.task_done()

async def ticker(n):
    for i in range(n):
        yield i
        await asyncio.sleep(1)

async def main():
    loop = asyncio.get_running_loop()
    q = asyncio.Queue()
    out = []
    workers = [asyncio.create_task(worker(f"w{i}", q, out), name=f"w{i}") for i in range(3)]
    for i in range(6):
        await q.put(i)
    for _ in workers:
        await q.put(None)
    await q.join()
    print("queue", await asyncio.gather(*workers), out, loop.time())

    ev = asyncio.Event()
    async def waiter():
        await ev.wait()
        return "released"
    t = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    print("event before set", t.done())
    ev.set()
    print("event", await t)

    print("async gen", [x async for x in ticker(3)], loop.time())

    async def slow():
        try:
            await asyncio.sleep(100)
        except asyncio.CancelledError:
            print("cancelled inside")
            raise
    t = asyncio.create_task(slow())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled outside", t.cancelled())

    try:
        await asyncio.wait_for(asyncio.sleep(50), 2)
    except TimeoutError:
        print("wait_for timeout at", loop.time())

    async def boom(n):
        await asyncio.sleep(n)
        raise ValueError(n)
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(boom(1))
            tg.create_task(boom(1))
    except* ValueError as eg:
        print("taskgroup", sorted(str(e) for e in eg.exceptions))

    r = await asyncio.gather(boom(0), asyncio.sleep(0, "ok"), return_exceptions=True)
    print("gather", [repr(x) for x in r])

    lock = asyncio.Lock()
    order = []
    async def locked(i):
        async with lock:
            order.append(i)
            await asyncio.sleep(1)
            order.append(-i)
    await asyncio.gather(*(locked(i) for i in range(1, 4)))
    print("lock", order)

    fut = loop.create_future()
    loop.call_later(5, fut.set_result, "from call_later")
    print("future", await fut, loop.time())
    return "main done"

loop = VirtualLoop()
print(loop.run_until_complete(main()))
print("clock", loop.time())
