# Coroutines called without await inside asyncio tasks (the common mistake: asyncio.sleep(1) instead of
# await asyncio.sleep(1), a helper coroutine called and forgotten): "coroutine ... was never awaited"
# at the line that drops it, although tasks run their coroutines from native code (send()). Tasks made
# with create_task or gather still run. The loop has a virtual clock and no selector (pyodide cannot
# make one), and pyodide's own running loop is put aside while it runs.
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


async def work(n):
    await asyncio.sleep(n)
    return n

async def forgets_await():
    out("forgets_await: start")
    asyncio.sleep(1)
    out("forgets_await: after the bare call")
    work(2)
    out("forgets_await: after work(2)")
    pending = work(3)
    out("forgets_await: holding", pending.__qualname__)
    pending = None
    out("forgets_await: dropped it")
    return "done"

out("1.", run(forgets_await()))

async def child(name):
    out("child", name, "runs")
    await asyncio.sleep(0.5)
    out("child", name, "finished")

async def spawns():
    t = asyncio.create_task(child("a"))
    asyncio.create_task(child("b"))
    await asyncio.sleep(1)
    results = await asyncio.gather(work(1), work(2))
    out("gathered", results)
    coros = [work(i) for i in range(3)]
    out("made", len(coros), "coroutines")
    del coros[1:]
    out("dropped two")
    out("awaited the first:", await coros.pop())
    return "spawned"

out("2.", run(spawns()))

def helper():
    # A plain function inside a task making a coroutine and dropping it.
    work(5)
    out("helper returns")

async def calls_helper():
    helper()
    await asyncio.sleep(0)
    return "helped"

out("3.", run(calls_helper()))
out("end")
