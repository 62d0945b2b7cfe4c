# Coroutines dropped while suspended: closed as generators are (GeneratorExit thrown in) when suspended
# inside try/finally or with, at the instruction that drops them; silently when suspended outside any
# try block; "never awaited" only when never started.
import sys
import types

def out(*args):
    print(*args)
    sys.stdout.flush()

@types.coroutine
def suspend(label):
    # What an event loop's future does: hand a value up to the driver and wait to be resumed.
    value = yield label
    return value

class Resource:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        out("enter", self.name)
        return self
    def __exit__(self, *exc):
        out("exit", self.name, exc[0].__name__ if exc[0] else None)
        return False

async def in_finally(n):
    try:
        out("in_finally started", n)
        await suspend("first")
        out("not reached")
    finally:
        out("finally ran", n)

async def in_with():
    with Resource("res"):
        await suspend("inside with")
        out("not reached")

async def outside_try():
    out("outside_try started")
    await suspend("outside")
    out("not reached")

async def catches_exit():
    try:
        await suspend("catching")
    except GeneratorExit:
        out("caught GeneratorExit")
        raise

async def ignores_exit():
    try:
        await suspend("ignoring")
    except GeneratorExit:
        out("ignoring GeneratorExit")
    await suspend("again")

async def fails_in_finally():
    try:
        await suspend("failing")
    finally:
        raise ValueError("finally failed")

async def outer():
    await in_finally(99)

def hook(u):
    out("unraisable:", u.err_msg.split(" at 0x")[0], "|", u.exc_type.__name__, u.exc_value)

sys.unraisablehook = hook

c = in_finally(1)
out("sent:", c.send(None))
out("dropping")
c = None
out("after dropping")

c = in_with()
out("sent:", c.send(None))
del c
out("after del")

c = outside_try()
out("sent:", c.send(None))
del c
out("no output for a coroutine suspended outside try")

c = catches_exit()
c.send(None)
del c
out("after catches_exit")

c = ignores_exit()
c.send(None)
del c
out("after ignores_exit")

c = fails_in_finally()
c.send(None)
del c
out("after fails_in_finally")

c = outer()
out("sent:", c.send(None))
del c
out("after outer: the awaited coroutine was closed first")

def holder():
    c = in_finally(2)
    c.send(None)
    out("holder returns")
holder()
out("after holder")

cs = [in_finally(i) for i in range(3, 6)]
for c in cs:
    c.send(None)
del c
out("dropping the list")
cs = None
out("end")
