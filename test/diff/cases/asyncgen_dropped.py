# Async generators dropped unfinished. With a finalizer installed by sys.set_asyncgen_hooks, the
# finalizer is called with the generator (once its first __anext__/asend/athrow/aclose set it up),
# wherever it is suspended; without one, the generator is closed as a generator is (GeneratorExit
# thrown in: a finally that awaits makes "async generator ignored GeneratorExit", reported as
# unraisable). asend/athrow/aclose awaitables dropped before being awaited warn "never awaited".
import sys
import types

def out(*args):
    print(*args)
    sys.stdout.flush()

def hook(u):
    out("unraisable:", u.err_msg.split(" at 0x")[0] if u.err_msg else None, "|", u.exc_type.__name__, u.exc_value)

sys.unraisablehook = hook

@types.coroutine
def suspend(label):
    return (yield label)

def step(awaitable):
    """Drive an awaitable one step: what it hands up, or its result."""
    try:
        return ("suspended", awaitable.send(None))
    except StopIteration as e:
        return ("result", e.value)

async def ticker(name):
    try:
        for i in range(3):
            out(name, "yields", i)
            yield i
    finally:
        out(name, "finally")

async def plain(name):
    out(name, "started")
    yield 1
    yield 2

async def awaits_in_finally():
    try:
        yield 1
    finally:
        out("finally, about to await")
        await suspend("in finally")
        out("not reached")

async def yields_in_finally():
    try:
        yield 1
    finally:
        yield 2

finalized = []
def finalizer(agen):
    out("finalizer:", agen.__qualname__, "ag_running", agen.ag_running, "suspended", agen.ag_suspended)
    finalized.append(agen)

def firstiter(agen):
    out("firstiter:", agen.__qualname__)

out("1. with a finalizer hook")
old = sys.get_asyncgen_hooks()
sys.set_asyncgen_hooks(firstiter, finalizer)
g = ticker("t1")
out(step(g.__anext__()))
out("dropping t1")
del g
out("after t1; kept by the finalizer:", len(finalized))
out("closing it as an event loop would:", step(finalized.pop().aclose()))

g = plain("p1")
out(step(g.__anext__()))
g = None
out("after p1 (suspended outside try: the finalizer is still called)")
finalized.clear()

out("2. never iterated: no hook was set up, nothing happens")
g = ticker("t2")
del g
out("after t2")

out("3. a finalizer that raises")
def bad_finalizer(agen):
    raise KeyError("bad finalizer")
sys.set_asyncgen_hooks(finalizer=bad_finalizer)
g = ticker("t3")
step(g.__anext__())
del g
out("after t3")

out("4. hooks removed: closed like a generator")
sys.set_asyncgen_hooks(None, None)
out(sys.get_asyncgen_hooks())
g = ticker("t4")
out(step(g.__anext__()))
del g
out("after t4")

g = plain("p4")
out(step(g.__anext__()))
del g
out("after p4 (nothing to run)")

g = awaits_in_finally()
out(step(g.__anext__()))
del g
out("after awaits_in_finally")

g = yields_in_finally()
out(step(g.__anext__()))
del g
out("after yields_in_finally")

out("5. a finalizer set after the first iteration is not used")
g = ticker("t5")
step(g.__anext__())
sys.set_asyncgen_hooks(finalizer=finalizer)
del g
out("after t5")
sys.set_asyncgen_hooks(None, None)

out("6. awaitables never awaited")
g = ticker("t6")
a = g.asend(None)
del a
out("after asend")
a = g.athrow(ValueError)
del a
out("after athrow")
a = g.aclose()
del a
out("after aclose")
a = g.__anext__()
a = None
out("after __anext__")
out(step(g.__anext__()))
out("closing:", step(g.aclose()))
del g

out("7. awaited ones: no warning")
async def consume():
    g = ticker("t7")
    async for v in g:
        out("got", v)
    g2 = ticker("t8")
    out("anext", await g2.__anext__(), await g2.asend(None))
    await g2.aclose()
out(step(consume()))
sys.set_asyncgen_hooks(*old)
out("end")
