# What asyncio's own machinery (BaseEventLoop, asyncio.Runner, Tasks) reports about coroutines and
# async generators it is left with: a task never run on a loop closed without running it ("Task was
# destroyed but it is pending!" from Task.__del__, then its coroutine's "never awaited"), tasks still
# pending when the Runner closes (cancelled: their finally blocks run), async generators still
# suspended (closed by shutdown_asyncgens), a pending task dropped with its loop (its coroutine closed,
# then the report, here through a custom exception handler). The loop has a virtual clock and no
# selector (pyodide cannot make one), and pyodide's own running loop is put aside while it runs.
import asyncio
import sys
from asyncio import base_events

def out(*args):
    print(*args)
    sys.stdout.flush()

class NoSelector:
    """No I/O: select() only lets the virtual clock jump to the next timer."""
    def __init__(self, loop):
        self.loop = loop
    def select(self, timeout):
        if timeout:
            self.loop._now += timeout
        return []
    def close(self):
        pass

class VirtualLoop(base_events.BaseEventLoop):
    def __init__(self):
        super().__init__()
        self._now = 0.0
        self._selector = NoSelector(self)
    def time(self):
        return self._now
    def _process_events(self, event_list):
        pass
    def _write_to_self(self):
        pass

def run(main):
    outer = asyncio.events._get_running_loop()
    asyncio.events._set_running_loop(None)
    try:
        with asyncio.Runner(loop_factory=VirtualLoop) as runner:
            return runner.run(main)
    finally:
        asyncio.events._set_running_loop(outer)


async def job(name):
    out(name, "ran")

async def awaits_in_try(name):
    try:
        await asyncio.sleep(100)
    finally:
        out(name, "finally")

out("1. a task on a loop closed without running it")
outer = asyncio.events._get_running_loop()
asyncio.events._set_running_loop(None)
try:
    loop = VirtualLoop()
    t = loop.create_task(job("never run"), name="forgotten")
    loop.close()
finally:
    asyncio.events._set_running_loop(outer)
out("dropping the unstarted task")
t = None
out("dropped")
loop = None

out("2. tasks still pending when the Runner closes")
async def leaves_tasks():
    asyncio.create_task(awaits_in_try("pending task"))
    asyncio.create_task(job("scheduled task"))
    await asyncio.sleep(0)
    out("leaving with tasks pending")
    return "left"
out(run(leaves_tasks()))

out("3. async generators still suspended at shutdown")
async def ticker(name):
    try:
        for i in range(10):
            yield i
            await asyncio.sleep(0.1)
    finally:
        out(name, "closed")

# One only: shutdown_asyncgens closes them in the order of a WeakSet, which follows their addresses.
keep = []
async def leaves_generator():
    g = ticker("g1")
    out("g1 first:", await g.__anext__())
    keep.append(g)
    return "generator left"
out(run(leaves_generator()))
out("hooks after the runner:", sys.get_asyncgen_hooks())
out("suspended after shutdown:", keep[0].ag_suspended, keep[0].ag_frame is None)
keep.clear()

out("4. a pending task dropped with its closed loop")
def handler(loop, context):
    task = context.get("task")
    out("exception handler:", context["message"], "|", task.get_name(), task.get_coro().__qualname__, task.done())

async def short():
    await asyncio.sleep(0)
    return "short done"

asyncio.events._set_running_loop(None)
try:
    loop = VirtualLoop()
    loop.set_exception_handler(handler)
    task = loop.create_task(awaits_in_try("dropped task"), name="waiting")
    out(loop.run_until_complete(short()))
    loop.close()
finally:
    asyncio.events._set_running_loop(outer)
out("loop closed, task done:", task.done())
del task
out("after dropping the task (the loop still holds it)")
loop = None
out("after dropping the loop (a reference cycle: waits for the collector)")
import gc
gc.collect()
out("end")
