# Async generators left unfinished inside asyncio tasks: asyncio's finalizer hook (installed by
# BaseEventLoop.run_forever through sys.set_asyncgen_hooks) is called at the instruction that drops
# them (a `break` out of `async for`, a rebinding), and schedules their aclose(); the order in which
# their finally blocks then run follows. The loop has a virtual clock and no selector (pyodide cannot
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


async def ticker(name):
    try:
        for i in range(10):
            yield i
            await asyncio.sleep(0.1)
    finally:
        out(name, "closed")

async def breaks_out():
    out("hooks set:", [h is not None for h in sys.get_asyncgen_hooks()])
    async for v in ticker("t1"):
        if v == 2:
            out("breaking at", v)
            break
    out("after break")
    await asyncio.sleep(0)
    out("after a tick")
    g = ticker("t2")
    out("t2 first:", await g.__anext__())
    g = None
    out("dropped t2")
    await asyncio.sleep(0)
    out("after another tick")
    await asyncio.sleep(0)
    return "asyncgens"

out(run(breaks_out()))
out("end")
