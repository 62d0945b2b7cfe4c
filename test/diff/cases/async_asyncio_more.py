# More of asyncio's own machinery (Tasks, Futures, sleep ordering, gather, wait_for, shield, wait,
# as_completed, timeout(), Semaphore, Condition, Barrier, Queue variants, TaskGroup, cancellation,
# context variables, async generators) on a minimal event loop with a virtual clock, as in
# async_asyncio.py: pyodide runs its own WebLoop and refuses asyncio.run() and the selector event loop
# (no socketpair), so the real loop is tested by pyrewind's unit tests (test/modules/asyncio_run.test.ts).
import asyncio
import contextvars
import heapq
from collections import deque

class VirtualLoop(asyncio.AbstractEventLoop):
    """call_soon, call_at and a virtual clock: time jumps to the next timer when nothing is ready."""
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
        print("exception handler:", context.get("message"), repr(context.get("exception")))
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

log = []

async def sleeper(delay, tag):
    await asyncio.sleep(delay)
    log.append(tag)
    return tag

request_id = contextvars.ContextVar("request_id", default="none")

async def show_context(n):
    request_id.set(f"req{n}")
    await asyncio.sleep(n)
    return request_id.get()

async def numbers(n):
    try:
        for i in range(n):
            await asyncio.sleep(0.5)
            yield i
    finally:
        log.append("numbers closed")

async def main():
    loop = asyncio.get_running_loop()

    # sleep ordering: by deadline, then by scheduling order for equal deadlines
    await asyncio.gather(sleeper(3, "c"), sleeper(1, "a"), sleeper(2, "b"), sleeper(1, "a2"), sleeper(0, "zero"))
    print("order", log, loop.time())
    log.clear()

    # call_soon runs in FIFO order after the current step
    loop.call_soon(log.append, 1)
    loop.call_soon(log.append, 2)
    await asyncio.sleep(0)
    print("call_soon", log)
    log.clear()

    # gather without return_exceptions: the first error propagates, the others keep running
    async def fail_after(d, msg):
        await asyncio.sleep(d)
        raise KeyError(msg)
    other = asyncio.ensure_future(sleeper(5, "survivor"))
    try:
        await asyncio.gather(fail_after(1, "first"), other)
    except KeyError as e:
        print("gather raised", repr(e), "other done:", other.done())
    print("survivor", await other, loop.time())

    # wait_for that finishes in time, and timeout()
    print("wait_for", await asyncio.wait_for(sleeper(1, "quick"), 10))
    try:
        async with asyncio.timeout(2):
            await asyncio.sleep(10)
    except TimeoutError:
        print("timeout() expired at", loop.time())
    async with asyncio.timeout(None) as cm:
        await asyncio.sleep(1)
    print("timeout(None)", cm.when(), cm.expired())

    # shield: the outer wait is cancelled, the inner task goes on
    inner = asyncio.ensure_future(sleeper(3, "shielded"))
    try:
        await asyncio.wait_for(asyncio.shield(inner), 1)
    except TimeoutError:
        print("shield outer timed out; inner cancelled?", inner.cancelled())
    print("shield inner", await inner)

    # wait() with FIRST_COMPLETED and as_completed
    tasks = [asyncio.create_task(sleeper(d, f"t{d}"), name=f"task-{d}") for d in (3, 1, 2)]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print("wait first", sorted(t.get_name() for t in done), sorted(t.get_name() for t in pending))
    results = []
    for fut in asyncio.as_completed(tasks):
        results.append(await fut)
    print("as_completed", results)

    # cancellation with a message, and uncancel counting
    async def victim():
        try:
            await asyncio.sleep(100)
        except asyncio.CancelledError as e:
            print("victim sees", e.args)
            raise
    t = asyncio.create_task(victim())
    await asyncio.sleep(0)
    t.cancel("stop now")
    try:
        await t
    except asyncio.CancelledError as e:
        print("cancelled with", e.args, t.cancelled(), t.cancelling())

    # exception stored in a task, read later
    async def broken():
        raise RuntimeError("broken task")
    t = asyncio.create_task(broken())
    await asyncio.sleep(0)
    print("task exception", repr(t.exception()), t.done())

    # TaskGroup: one failure cancels the siblings
    async def slow_child():
        try:
            await asyncio.sleep(50)
        except asyncio.CancelledError:
            log.append("sibling cancelled")
            raise
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(slow_child())
            tg.create_task(fail_after(1, "in group"))
    except* KeyError as eg:
        print("taskgroup", [repr(e) for e in eg.exceptions], log)
    log.clear()

    # Semaphore limits concurrency
    sem = asyncio.Semaphore(2)
    active = [0, 0]
    async def limited(i):
        async with sem:
            active[0] += 1
            active[1] = max(active[1], active[0])
            await asyncio.sleep(1)
            active[0] -= 1
            return i
    print("semaphore", await asyncio.gather(*(limited(i) for i in range(5))), "max active", active[1], loop.time())

    # Condition and Barrier
    cond = asyncio.Condition()
    box = []
    async def consumer(n):
        async with cond:
            await cond.wait_for(lambda: box)
            return (n, box[0])
    cs = [asyncio.create_task(consumer(i)) for i in range(3)]
    await asyncio.sleep(0)
    async with cond:
        box.append("item")
        cond.notify_all()
    print("condition", await asyncio.gather(*cs))
    barrier = asyncio.Barrier(3)
    async def party(i):
        await asyncio.sleep(i)
        pos = await barrier.wait()
        return (i, loop.time())
    print("barrier", await asyncio.gather(*(party(i) for i in range(3))))

    # Queue variants
    pq = asyncio.PriorityQueue()
    for item in [(3, "c"), (1, "a"), (2, "b")]:
        pq.put_nowait(item)
    lq = asyncio.LifoQueue(maxsize=2)
    lq.put_nowait(1)
    lq.put_nowait(2)
    try:
        lq.put_nowait(3)
    except asyncio.QueueFull:
        print("lifo full", lq.full(), lq.qsize())
    print("priority", [pq.get_nowait() for _ in range(3)], "lifo", [lq.get_nowait(), lq.get_nowait()])
    try:
        pq.get_nowait()
    except asyncio.QueueEmpty:
        print("queue empty")
    q = asyncio.Queue()
    q.shutdown()
    try:
        await q.put(1)
    except asyncio.QueueShutDown:
        print("queue shut down")

    # context variables: each task runs in a copy of the context
    print("context", await asyncio.gather(show_context(2), show_context(1)), request_id.get())

    # async generators: partial iteration, aclose, athrow
    gen = numbers(10)
    print("anext", await anext(gen), await anext(gen))
    await gen.aclose()
    print("after aclose", log)
    log.clear()
    gen = numbers(3)
    await anext(gen)
    try:
        await gen.athrow(ValueError("thrown in"))
    except ValueError as e:
        print("athrow", e, log)
    log.clear()

    # current_task and names
    me = asyncio.current_task()
    print("current task is a Task:", isinstance(me, asyncio.Task), me.done())
    return "main done"

loop = VirtualLoop()
print(loop.run_until_complete(main()))
print("clock", loop.time())
