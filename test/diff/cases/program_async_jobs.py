"""An asyncio job scheduler: worker pool on a queue, retries, timeouts, TaskGroup and except*."""
import asyncio
import heapq
import itertools
from collections import deque
from dataclasses import dataclass, field

class VirtualLoop(asyncio.AbstractEventLoop):
    """A minimal event loop with a virtual clock (pyodide has no selector loop for asyncio.run)."""
    def __init__(self):
        self._now, self._ready, self._timers, self._seq = 0.0, deque(), [], 0
    def time(self): return self._now
    def get_debug(self): return False
    def is_closed(self): return False
    def is_running(self): return True
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
    def _timer_handle_cancelled(self, handle): pass
    def create_future(self): return asyncio.Future(loop=self)
    def create_task(self, coro, *, name=None, context=None):
        return asyncio.Task(coro, loop=self, name=name, context=context)
    def call_exception_handler(self, context):
        print("exception handler:", context.get("message"))
    def run_until_complete(self, coro):
        task = asyncio.ensure_future(coro, loop=self)
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
            asyncio.events._set_running_loop(None)
        return task.result()

class JobFailed(Exception):
    def __init__(self, name, attempt):
        super().__init__(f"job {name!r} failed on attempt {attempt}")
        self.name = name
        self.attempt = attempt

@dataclass(order=True)
class Job:
    priority: int
    seq: int
    name: str = field(compare=False)
    cost: int = field(compare=False, default=1)
    fail_times: int = field(compare=False, default=0)
    attempts: int = field(compare=False, default=0)

class Scheduler:
    def __init__(self, workers=3):
        self.queue = asyncio.PriorityQueue()
        self.workers = workers
        self.log = []
        self.results = {}
        self.failed = []
        self._seq = itertools.count()

    def submit(self, name, priority=5, cost=1, fail_times=0):
        job = Job(priority, next(self._seq), name, cost, fail_times)
        self.queue.put_nowait(job)
        return job

    async def run_job(self, job):
        job.attempts += 1
        await asyncio.sleep(0)
        for _ in range(job.cost):
            await asyncio.sleep(0)
        if job.attempts <= job.fail_times:
            raise JobFailed(job.name, job.attempts)
        return job.name.upper() * job.cost

    async def worker(self, wid):
        while True:
            job = await self.queue.get()
            try:
                result = await self.run_job(job)
            except JobFailed as exc:
                self.log.append(f"w{wid} retry {job.name} ({exc})")
                if job.attempts < 3:
                    self.queue.put_nowait(job)
                else:
                    self.failed.append(job.name)
            else:
                self.log.append(f"w{wid} done {job.name} p={job.priority}")
                self.results[job.name] = result
            finally:
                self.queue.task_done()

    async def run(self):
        tasks = [asyncio.create_task(self.worker(i), name=f"worker-{i}") for i in range(self.workers)]
        await self.queue.join()
        for t in tasks:
            t.cancel()
        outcome = await asyncio.gather(*tasks, return_exceptions=True)
        return [type(o).__name__ for o in outcome]

async def slow(value, delay_steps):
    for _ in range(delay_steps):
        await asyncio.sleep(0)
    return value

async def never():
    await asyncio.Event().wait()

async def demo_timeouts():
    print("wait_for fast:", await asyncio.wait_for(slow(42, 3), timeout=5))
    try:
        await asyncio.wait_for(never(), timeout=0.01)
    except TimeoutError as exc:
        print("wait_for timed out:", type(exc).__name__, exc.args)
    try:
        async with asyncio.timeout(0.01) as cm:
            await never()
    except TimeoutError:
        print("timeout cm expired:", cm.expired())
    async with asyncio.timeout(None) as cm2:
        await slow(1, 1)
    print("no deadline:", cm2.when(), cm2.expired())

async def faulty(kind, steps):
    await slow(None, steps)
    if kind == "value":
        raise ValueError(f"bad value after {steps}")
    if kind == "key":
        raise KeyError(kind)
    if kind == "type":
        raise TypeError("wrong type")
    return kind

async def demo_taskgroup():
    async with asyncio.TaskGroup() as tg:
        ts = [tg.create_task(slow(i * i, i)) for i in range(5)]
    print("taskgroup results:", [t.result() for t in ts])
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(faulty("value", 1))
            tg.create_task(faulty("key", 2))
            tg.create_task(faulty("ok", 1))
            tg.create_task(never())
    except* ValueError as eg:
        print("caught ValueError group:", [str(e) for e in eg.exceptions])
    except* KeyError as eg:
        print("caught KeyError group:", [repr(e) for e in eg.exceptions])
    try:
        try:
            async with asyncio.TaskGroup() as tg:
                tg.create_task(faulty("type", 1))
                tg.create_task(faulty("value", 1))
        except* ValueError:
            print("handled only the ValueError part")
    except ExceptionGroup as rest:
        print("left over:", rest.message, [type(e).__name__ for e in rest.exceptions])

async def demo_gather_and_wait():
    res = await asyncio.gather(slow("a", 2), faulty("value", 1), slow("c", 0), return_exceptions=True)
    print("gather:", [r if isinstance(r, str) else f"{type(r).__name__}: {r}" for r in res])
    tasks = {asyncio.create_task(slow(n, n), name=f"t{n}") for n in (9, 1, 5)}
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print("first completed:", sorted(t.get_name() for t in done), "pending", len(pending))
    if pending:
        done2, _ = await asyncio.wait(pending)
        print("rest:", sorted(t.result() for t in done2))
    order = []
    for coro in asyncio.as_completed([slow("x", 3), slow("y", 1), slow("z", 2)]):
        order.append(await coro)
    print("as_completed:", order)

async def demo_sync_primitives():
    sem = asyncio.Semaphore(2)
    active = 0
    peak = 0
    async def limited(i):
        nonlocal active, peak
        async with sem:
            active += 1
            peak = max(peak, active)
            await slow(None, 2)
            active -= 1
        return i
    print("semaphore:", await asyncio.gather(*(limited(i) for i in range(6))), "peak", peak)

    q = asyncio.Queue(maxsize=2)
    await q.put(1)
    await q.put(2)
    print("queue full:", q.full(), q.qsize())
    try:
        q.put_nowait(3)
    except asyncio.QueueFull:
        print("QueueFull raised")
    q.shutdown()
    try:
        await q.put(4)
    except asyncio.QueueShutDown:
        print("QueueShutDown on put")
    print("drain:", q.get_nowait(), q.get_nowait())

async def demo_cancel():
    t = asyncio.create_task(never(), name="victim")
    await asyncio.sleep(0)
    t.cancel("stop now")
    try:
        await t
    except asyncio.CancelledError as exc:
        print("cancelled:", exc.args, t.cancelled(), t.get_name())
    shielded = asyncio.create_task(slow("kept", 2))
    async def guarded():
        return await asyncio.shield(shielded)
    outer = asyncio.create_task(guarded())
    await asyncio.sleep(0)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled, shielded result:", await shielded)

async def main():
    sched = Scheduler(workers=3)
    for name, prio, cost, fails in [("build", 1, 3, 0), ("test", 2, 2, 1), ("lint", 2, 1, 0),
                                    ("deploy", 9, 1, 5), ("docs", 5, 2, 0), ("bench", 4, 4, 2)]:
        sched.submit(name, prio, cost, fails)
    states = await sched.run()
    print("workers ended:", states)
    for line in sched.log:
        print(" ", line)
    print("results:", dict(sorted(sched.results.items())))
    print("failed:", sched.failed)
    await demo_timeouts()
    await demo_taskgroup()
    await demo_gather_and_wait()
    await demo_sync_primitives()
    await demo_cancel()
    print("current task name:", asyncio.current_task().get_name() is not None)

VirtualLoop().run_until_complete(main())
