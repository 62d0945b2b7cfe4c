# Coroutines driven by hand (coro.send/throw/close): await on coroutines, on objects with __await__
# and on @types.coroutine generators; cr_* attributes; the errors of await, reuse and re-entry;
# StopIteration inside a coroutine; sys.exception() across suspensions.
import sys
import types

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

def run(coro):
    """Drive a coroutine that never really suspends; return its result."""
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value
    raise AssertionError("coroutine suspended")

class Suspend:
    """An awaitable that suspends once, passing `tag` up to whoever drives the coroutine."""
    def __init__(self, tag):
        self.tag = tag
    def __await__(self):
        sent = yield self.tag
        return ("resumed with", sent)

async def add(a, b):
    return a + b

async def chain(n):
    if n == 0:
        return 0
    return n + await chain(n - 1)

show("simple", lambda: run(add(2, 3)))
show("recursive await", lambda: run(chain(50)))

async def two_steps():
    first = await Suspend("step 1")
    second = await Suspend("step 2")
    return first, second

def step_through():
    c = two_steps()
    out = [c.send(None), c.send("a")]
    try:
        c.send("b")
    except StopIteration as e:
        out.append(e.value)
    return out
show("send values", step_through)

def attributes():
    c = two_steps()
    before = (c.cr_running, c.cr_await, c.cr_suspended, type(c.cr_frame).__name__, c.cr_code.co_name)
    c.send(None)
    during = (c.cr_running, type(c.cr_await).__name__, c.cr_suspended)
    c.close()
    after = (c.cr_frame, c.cr_suspended, c.cr_await)
    return before, during, after, c.__name__, c.__qualname__
show("cr attributes", attributes)

async def inner_running():
    return me.cr_running
me = inner_running()
show("cr_running inside", lambda: run(me))

def reuse():
    c = add(1, 1)
    run(c)
    return c.send(None)
show("reuse", reuse)
def reuse_throw():
    c = add(1, 1)
    run(c)
    return c.throw(ValueError)
show("reuse throw", reuse_throw)
def closed_after(f):
    # Coroutines that are never awaited are closed explicitly (else CPython warns when it frees them).
    c = add(1, 2)
    try:
        return f(c)
    finally:
        c.close()
show("non-None to new coroutine", lambda: closed_after(lambda c: c.send(5)))

async def await_twice():
    c = add(1, 2)
    a = await c
    b = await c
    return a, b
show("await twice", lambda: run(await_twice()))

async def await_int():
    return await 5
show("await int", lambda: run(await_int()))

class BadAwait:
    def __await__(self):
        return 7
async def await_bad():
    await BadAwait()
show("__await__ non-iterator", lambda: run(await_bad()))

class CoroAwait:
    def __init__(self, c):
        self.c = c
    def __await__(self):
        return self.c
async def await_coro_await(c):
    await CoroAwait(c)
show("__await__ coroutine", lambda: closed_after(lambda c: run(await_coro_await(c))))

class GoodAwait:
    def __await__(self):
        return iter([])
async def await_good():
    return await GoodAwait()
show("__await__ empty iterator", lambda: run(await_good()))

async def selfrun():
    return running.send(None)
running = selfrun()
show("re-entry", lambda: run(running))

async def waiter(c):
    return await c
def awaited_already():
    inner = two_steps()
    outer1 = waiter(inner)
    outer1.send(None)
    return waiter(inner).send(None)
show("awaited already", awaited_already)

async def raises_stop():
    raise StopIteration(5)
def stop_inside():
    try:
        run(raises_stop())
    except RuntimeError as e:
        return str(e), type(e.__cause__).__name__
show("StopIteration inside", stop_inside)

async def guarded():
    try:
        await Suspend("waiting")
    except ValueError as e:
        return f"handled {e}"
    finally:
        print("  finally ran")

def throw_in():
    c = guarded()
    c.send(None)
    try:
        c.throw(ValueError("boom"))
    except StopIteration as e:
        return e.value
show("throw in", throw_in)

def close_it():
    c = guarded()
    c.send(None)
    return c.close(), c.cr_frame
show("close", close_it)

async def stubborn():
    try:
        await Suspend(1)
    except GeneratorExit:
        await Suspend(2)
def ignored_exit():
    c = stubborn()
    c.send(None)
    return c.close()
show("ignored GeneratorExit", ignored_exit)

def throw_unstarted():
    c = guarded()
    try:
        c.throw(KeyError("early"))
    except KeyError as e:
        return "raised", repr(e), c.cr_frame
show("throw unstarted", throw_unstarted)

@types.coroutine
def legacy(v):
    got = yield ("legacy", v)
    return got * 2

async def modern():
    return await legacy(1) + await legacy(2)

def drive_legacy():
    c = modern()
    out = [c.send(None), c.send(10)]
    try:
        c.send(20)
    except StopIteration as e:
        out.append(e.value)
    return out
show("types.coroutine", drive_legacy)
show("types.coroutine flag", lambda: (types.coroutine(legacy) is legacy, bool(legacy.__code__.co_flags & 0x100)))

def plain_yield_from(c):
    yield from c
show("yield from coroutine", lambda: closed_after(lambda c: next(plain_yield_from(c))))
show("iter(coroutine)", lambda: closed_after(iter))

def wrapper():
    w = add(3, 4).__await__()
    try:
        next(w)
    except StopIteration as e:
        return type(w).__name__, iter(w) is w, e.value
show("__await__ wrapper", wrapper)

async def val(x):
    return x
async def positions():
    d = {await val("k"): await val("v")}
    s = f"{await val(1)}-{await val(2)}"
    lst = [await val(i) for i in range(3)]
    gen_total = sum([await val(i) for i in range(4)])
    return d, s, lst, gen_total, (await val(None)) or "none"
show("await positions", lambda: run(positions()))

def exc_state():
    async def inside():
        try:
            raise ValueError("inner")
        except ValueError:
            await Suspend("in handler")
            return repr(sys.exception())
    c = inside()
    c.send(None)
    seen_outside = repr(sys.exception())
    try:
        raise KeyError("outer")
    except KeyError:
        try:
            c.send(None)
        except StopIteration as e:
            return seen_outside, e.value, repr(sys.exception())
show("exception state", exc_state)
print("types", type(add).__name__, closed_after(lambda c: type(c).__name__))
