"""A resource manager: connection pool with ExitStack, contextmanager, suppress, closing, and coroutine generators."""
import contextlib
import io
import sys
from contextlib import ExitStack, contextmanager, suppress, closing, nullcontext, redirect_stdout, AsyncExitStack

EVENTS = []


def log(msg):
    EVENTS.append(msg)
    print("  " + msg)


class PoolExhausted(RuntimeError):
    pass


class Connection:
    def __init__(self, pool, cid):
        self.pool, self.cid, self.open, self.queries = pool, cid, True, []

    def execute(self, sql):
        if not self.open:
            raise ValueError(f"connection {self.cid} is closed")
        if "DROP" in sql:
            raise PermissionError(f"refusing {sql!r}")
        self.queries.append(sql)
        return len(self.queries)

    def close(self):
        log(f"close conn{self.cid}")
        self.open = False

    def __enter__(self):
        log(f"enter conn{self.cid}")
        return self

    def __exit__(self, et, ev, tb):
        log(f"exit conn{self.cid} with {et.__name__ if et else None}")
        self.pool.release(self)
        return et is KeyError


class Pool:
    def __init__(self, size):
        self.free = list(range(size, 0, -1))
        self.busy = {}

    def acquire(self):
        if not self.free:
            raise PoolExhausted(f"all {len(self.busy)} connections busy")
        cid = self.free.pop()
        conn = Connection(self, cid)
        self.busy[cid] = conn
        return conn

    def release(self, conn):
        if self.busy.pop(conn.cid, None) is not None:
            self.free.append(conn.cid)
            log(f"release conn{conn.cid}")


@contextmanager
def transaction(conn, name):
    log(f"begin {name}")
    try:
        yield conn
    except PermissionError as e:
        log(f"rollback {name}: {e}")
        raise
    else:
        log(f"commit {name}")
    finally:
        log(f"end {name}")


@contextmanager
def swallow(*types):
    try:
        yield
    except types as e:
        log(f"swallowed {type(e).__name__}: {e}")


def averager():
    """A coroutine generator: send numbers, get the running mean; throw Reset to restart."""
    total = count = 0
    mean = None
    while True:
        try:
            value = yield mean
        except ValueError:
            total = count = 0
            mean = "reset"
            continue
        except GeneratorExit:
            log(f"averager closing after {count} values")
            raise
        if value is None:
            return f"final mean {mean}"
        total += value
        count += 1
        mean = total / count


def chunks(conn, queries):
    try:
        for q in queries:
            got = yield conn.execute(q)
            if got:
                log(f"chunk consumer said {got!r}")
    finally:
        log("chunks finalised")


def main():
    pool = Pool(2)
    print("1. nested with + suppress")
    with pool.acquire() as c1, transaction(c1, "t1") as tx:
        tx.execute("SELECT 1")
        with suppress(PoolExhausted):
            with pool.acquire() as c2:
                c2.execute("SELECT 2")
                pool.acquire()
        print("   after suppress, free:", pool.free)
    print("2. exit swallows KeyError")
    with pool.acquire() as c3:
        {}["missing"]
    print("   continued, free:", pool.free)
    print("3. rollback propagates")
    try:
        with pool.acquire() as c4, transaction(c4, "t2"):
            c4.execute("DROP TABLE x")
    except PermissionError as e:
        print("   caught:", e)
    print("4. ExitStack with callbacks")
    with ExitStack() as stack:
        conns = [stack.enter_context(pool.acquire()) for _ in range(2)]
        stack.callback(log, "callback registered first")
        @stack.push
        def on_exit(et, ev, tb):
            log(f"push handler sees {et.__name__ if et else None}")
            return False
        stack.enter_context(swallow(ZeroDivisionError))
        print("   inside stack, busy:", sorted(pool.busy))
        1 / 0
    print("   after stack, free:", sorted(pool.free))
    print("5. pop_all transfers ownership")
    with ExitStack() as outer:
        outer.callback(log, "outer cleanup")
        moved = outer.pop_all()
    log("outer closed, moved still pending")
    moved.close()
    print("6. closing + nullcontext + redirect_stdout")
    with closing(pool.acquire()) as c5:
        c5.execute("SELECT 5")
    try:
        c5.execute("SELECT 6")
    except ValueError as e:
        print("   ValueError:", e)
    pool.release(c5)
    with nullcontext(42) as value:
        print("   nullcontext value:", value)
    buf = io.StringIO()
    with redirect_stdout(buf):
        print("captured line")
        help_text = "printed while redirected"
        print(help_text)
    print("   captured:", buf.getvalue().splitlines())
    print("7. generators with send/throw/close")
    avg = averager()
    print("   primed:", next(avg))
    print("   sends:", [avg.send(v) for v in (10, 20, 60)])
    print("   throw:", avg.throw(ValueError("reset please")))
    print("   after reset:", avg.send(5), avg.send(7))
    try:
        avg.send(None)
    except StopIteration as stop:
        print("   stop value:", stop.value)
    avg2 = averager()
    next(avg2)
    avg2.send(3)
    avg2.close()
    print("   closed state:", avg2.gi_frame is None, avg2.gi_running)
    with pool.acquire() as c6:
        gen = chunks(c6, ["A", "B", "C", "DROP"])
        print("   first:", next(gen), "second:", gen.send("thanks"))
        try:
            gen.throw(OSError("disk full"))
        except OSError as e:
            print("   throw propagated:", e, gen.gi_frame is None)
    with contextlib.ExitStack() as es:
        gen2 = es.enter_context(closing(chunks(pool.acquire(), ["Q1", "Q2"])))
        print("   gen2:", list(gen2))
    print("8. reentrant and chained context managers")
    sup = suppress(IndexError, KeyError)
    for i in range(3):
        with sup:
            [][i] if i % 2 else {}[i]
        print("   survived", i)
    try:
        with swallow(TypeError):
            raise ExceptionGroup("eg", [TypeError("t"), ValueError("v")])
    except ExceptionGroup as eg:
        print("   group not swallowed:", eg.message, len(eg.exceptions))
    with suppress(ValueError):
        raise ExceptionGroup("only values", [ValueError(1), ValueError(2)])
    print("   suppress handled a homogeneous group")
    @contextmanager
    def bad():
        yield
        yield
    try:
        with bad():
            pass
    except RuntimeError as e:
        print("   RuntimeError:", e)
    @contextmanager
    def none_yield():
        if False:
            yield
    try:
        with none_yield():
            pass
    except RuntimeError as e:
        print("   RuntimeError:", e)
    print("events:", len(EVENTS), "final free:", sorted(pool.free), "busy:", sorted(pool.busy))


main()
