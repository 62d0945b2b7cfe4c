# Async generators, `async for`, `async with` and async comprehensions, driven by hand without an
# event loop: asend/athrow/aclose and their awaitables, ag_* attributes, aiter()/anext(), the errors
# of the protocols, and sys.set_asyncgen_hooks.
import sys

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

def run(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value
    raise AssertionError("suspended")

def step(aw, value=None):
    """One step of an awaitable: ('yield', v) when it suspends, ('stop', v) when it finishes."""
    try:
        return ("yield", aw.send(value))
    except StopIteration as e:
        return ("stop", e.value)

class Suspend:
    def __init__(self, tag):
        self.tag = tag
    def __await__(self):
        return (yield self.tag)

async def counter(n):
    try:
        for i in range(n):
            yield i
    finally:
        print("  counter finally")

async def collect(agen):
    return [x async for x in agen]

show("async for", lambda: run(collect(counter(3))))

async def comprehensions():
    lst = [x * 2 async for x in counter(3) if x != 1]
    st = {x async for x in counter(2)}
    dct = {x: str(x) async for x in counter(2)}
    nested = [(x, y) async for x in counter(2) for y in range(2)]
    return lst, st, dct, nested
show("comprehensions", lambda: run(comprehensions()))

async def async_genexp():
    ge = (x + 1 async for x in counter(3))
    return type(ge).__name__, [y async for y in ge]
show("async genexp", lambda: run(async_genexp()))

def manual_protocol():
    g = counter(2)
    out = [step(g.__anext__()), step(g.asend(None)), ]
    try:
        step(g.__anext__())
    except StopAsyncIteration:
        out.append("StopAsyncIteration")
    return out
show("manual anext", manual_protocol)

async def echo():
    received = []
    while True:
        v = yield len(received)
        if v is None:
            return
        received.append(v)
        print("  echo got", received)

def asend_values():
    g = echo()
    return [step(g.asend(None)), step(g.asend("a")), step(g.asend("b"))]
show("asend", asend_values)

async def awaits_inside():
    for i in range(2):
        got = await Suspend(f"tick {i}")
        yield ("item", i, got)

def mixed_suspensions():
    g = awaits_inside()
    a = g.__anext__()
    out = [step(a), step(a, "x")]
    b = g.__anext__()
    out += [step(b), step(b, "y")]
    return out
show("await inside", mixed_suspensions)

def reuse_asend():
    g = counter(2)
    a = g.__anext__()
    step(a)
    try:
        return step(a)
    finally:
        # Suspended async generators are closed explicitly: when CPython frees one is not the point here.
        step(g.aclose())
show("reuse asend", reuse_asend)

def already_running():
    g = awaits_inside()
    a = g.__anext__()
    step(a)
    return step(g.__anext__())
show("already running", already_running)

def attributes():
    g = awaits_inside()
    before = (g.ag_running, g.ag_await, type(g.ag_frame).__name__, g.ag_code.co_name, g.ag_suspended)
    a = g.__anext__()
    step(a)
    during = (g.ag_running, type(g.ag_await).__name__, g.ag_suspended)
    return before, during, g.__name__, g.__qualname__, type(a).__name__
show("ag attributes", attributes)

async def catcher():
    try:
        yield 1
    except ValueError as e:
        yield f"caught {e}"
    except GeneratorExit:
        print("  GeneratorExit seen")
        raise

def athrow_caught():
    g = catcher()
    step(g.__anext__())
    return step(g.athrow(ValueError("v")))
show("athrow caught", athrow_caught)

def athrow_uncaught():
    g = catcher()
    step(g.__anext__())
    try:
        step(g.athrow(KeyError("k")))
    except KeyError as e:
        return "propagated", repr(e), g.ag_frame
show("athrow uncaught", athrow_uncaught)

def athrow_reuse():
    g = catcher()
    step(g.__anext__())
    t = g.athrow(ValueError("v"))
    step(t)
    return step(t)
show("athrow reuse", athrow_reuse)

def athrow_send_value():
    g = catcher()
    step(g.__anext__())
    t = g.athrow(ValueError)
    try:
        return step(t, 5)
    finally:
        print("  close:", t.close(), g.ag_frame)
show("athrow non-None", athrow_send_value)

def aclose_started():
    g = catcher()
    step(g.__anext__())
    r = step(g.aclose())
    try:
        step(g.__anext__())
    except StopAsyncIteration:
        return r, "then StopAsyncIteration"
show("aclose", aclose_started)

def aclose_unstarted():
    g = catcher()
    return step(g.aclose()), step(g.aclose())
show("aclose unstarted", aclose_unstarted)

async def ignores_exit():
    try:
        yield 1
    except GeneratorExit:
        yield 2
def aclose_ignored():
    g = ignores_exit()
    step(g.__anext__())
    return step(g.aclose())
show("aclose ignored", aclose_ignored)

async def awaits_in_finally():
    try:
        yield 1
    finally:
        got = await Suspend("cleanup")
        print("  cleanup resumed with", got)
def aclose_awaits():
    g = awaits_in_finally()
    step(g.__anext__())
    c = g.aclose()
    return step(c), step(c, "done")
show("aclose awaiting", aclose_awaits)

def finished_athrow():
    g = counter(1)
    step(g.__anext__())
    try:
        step(g.__anext__())
    except StopAsyncIteration:
        pass
    return step(g.athrow(ValueError)), step(g.aclose())
show("athrow after end", finished_athrow)

async def raises_stop_async():
    raise StopAsyncIteration
    yield
def stop_async_inside():
    try:
        step(raises_stop_async().__anext__())
    except RuntimeError as e:
        return str(e)
show("StopAsyncIteration inside", stop_async_inside)

async def raises_stop():
    raise StopIteration
    yield
def stop_inside():
    try:
        step(raises_stop().__anext__())
    except RuntimeError as e:
        return str(e)
show("StopIteration inside", stop_inside)

class Ticker:
    """A class-based async iterator."""
    def __init__(self, n):
        self.i, self.n = 0, n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i
show("class async iterator", lambda: run(collect(Ticker(3))))

async def builtins_aiter_anext():
    g = counter(2)
    a = await anext(g)
    b = await anext(g, "default")
    c = await anext(g, "default")
    return aiter(g) is g, a, b, c
show("aiter/anext", lambda: run(builtins_aiter_anext()))
show("aiter int", lambda: aiter(5))
show("anext int", lambda: anext(5))

async def loop_over(obj):
    async for x in obj:
        pass
show("async for int", lambda: run(loop_over(5)))
class NoAnext:
    def __aiter__(self):
        return 1
show("__aiter__ result", lambda: run(loop_over(NoAnext())))
class SyncAnext:
    def __aiter__(self):
        return self
    def __anext__(self):
        return 1
show("__anext__ result", lambda: run(loop_over(SyncAnext())))
class BreakingAnext:
    def __aiter__(self):
        return self
    async def __anext__(self):
        raise KeyError("from anext")
show("__anext__ raises", lambda: run(loop_over(BreakingAnext())))

class Manager:
    def __init__(self, name, swallow=False):
        self.name, self.swallow = name, swallow
    async def __aenter__(self):
        await Suspend(f"enter {self.name}")
        return self.name.upper()
    async def __aexit__(self, et, ev, tb):
        await Suspend(f"exit {self.name}")
        print("  exit", self.name, et.__name__ if et else None)
        return self.swallow

async def with_blocks():
    async with Manager("a") as v:
        print("  inside", v)
    async with Manager("b", swallow=True):
        raise KeyError("swallowed")
    try:
        async with Manager("c"), Manager("d") as d:
            raise ValueError(d)
    except ValueError as e:
        print("  caught", e)
    return "with done"

def drive_all(coro):
    out = []
    while True:
        try:
            out.append(coro.send(None))
        except StopIteration as e:
            out.append(("result", e.value))
            return out
show("async with", lambda: drive_all(with_blocks()))

async def with_obj(obj):
    async with obj:
        pass
show("async with int", lambda: run(with_obj(5)))
class SyncManager:
    def __enter__(self): return self
    def __exit__(self, *a): return False
show("async with sync manager", lambda: run(with_obj(SyncManager())))
class BadEnter:
    def __aenter__(self): return 1
    async def __aexit__(self, *a): return False
show("__aenter__ not awaitable", lambda: run(with_obj(BadEnter())))
class BadExit:
    async def __aenter__(self): return 1
    def __aexit__(self, *a): return 1
show("__aexit__ not awaitable", lambda: run(with_obj(BadExit())))

def hooks():
    seen = []
    old = sys.get_asyncgen_hooks()
    sys.set_asyncgen_hooks(firstiter=lambda g: seen.append(g.__name__), finalizer=None)
    try:
        g = counter(2)
        step(g.__anext__())
        step(g.__anext__())
        installed = sys.get_asyncgen_hooks().firstiter is not None
        step(g.aclose())
    finally:
        sys.set_asyncgen_hooks(*old)
    return seen, installed, sys.get_asyncgen_hooks() == old
show("asyncgen hooks", hooks)
show("bad hook", lambda: sys.set_asyncgen_hooks(firstiter=5))
print("types", type(counter).__name__, type(counter(0)).__name__)
