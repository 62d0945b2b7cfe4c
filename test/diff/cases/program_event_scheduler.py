"""A discrete-event simulation: a scheduler built on heapq driving generator-based processes."""
import heapq
import itertools
from dataclasses import dataclass, field
from typing import Any, Generator


@dataclass(order=True)
class Event:
    time: float
    seq: int
    proc: Any = field(compare=False)
    value: Any = field(compare=False, default=None)


class Timeout:
    def __init__(self, delay):
        self.delay = delay


class Signal:
    def __init__(self, name):
        self.name = name
        self.waiters = []

    def __repr__(self):
        return f"Signal({self.name!r}, waiting={len(self.waiters)})"


class Scheduler:
    def __init__(self):
        self.now = 0.0
        self.queue = []
        self.counter = itertools.count()
        self.log = []

    def spawn(self, gen, delay=0):
        heapq.heappush(self.queue, Event(self.now + delay, next(self.counter), gen))

    def fire(self, signal, value=None):
        waiters, signal.waiters = signal.waiters, []
        for proc in waiters:
            heapq.heappush(self.queue, Event(self.now, next(self.counter), proc, value))
        return len(waiters)

    def run(self, until=None):
        while self.queue:
            ev = heapq.heappop(self.queue)
            if until is not None and ev.time > until:
                heapq.heappush(self.queue, ev)
                break
            self.now = ev.time
            try:
                cmd = ev.proc.send(ev.value)
            except StopIteration as stop:
                self.log.append((self.now, getattr(ev.proc, "__name__", "?"), "done", stop.value))
                continue
            if isinstance(cmd, Timeout):
                heapq.heappush(self.queue, Event(self.now + cmd.delay, next(self.counter), ev.proc))
            elif isinstance(cmd, Signal):
                cmd.waiters.append(ev.proc)
            else:
                raise TypeError(f"process yielded {type(cmd).__name__}")
        return self.now


def say(sched, who, msg):
    print(f"[{sched.now:6.2f}] {who}: {msg}")


def customer(sched, name, arrive, service, counter_free):
    yield Timeout(arrive)
    say(sched, name, "arrives")
    served = yield counter_free
    say(sched, name, f"served by {served}")
    yield Timeout(service)
    say(sched, name, "leaves")
    return service


def clerk(sched, name, counter_free, shifts):
    for i in range(shifts):
        yield Timeout(1.5)
        n = sched.fire(counter_free, name)
        say(sched, name, f"opens window #{i + 1} for {n} customer(s)")
    return shifts


def ticker(sched, period):
    total = 0
    while True:
        yield Timeout(period)
        total += 1
        if total % 3 == 0:
            say(sched, "ticker", f"tick {total}")


sched = Scheduler()
window = Signal("window")
for i, (arrive, service) in enumerate([(0.5, 2.0), (0.7, 1.0), (2.2, 0.5), (4.0, 3.25)]):
    sched.spawn(customer(sched, f"cust{i}", arrive, service, window))
sched.spawn(clerk(sched, "clerk", window, 4))
sched.spawn(ticker(sched, 0.75))
end = sched.run(until=9)
print("stopped at", end, "pending", len(sched.queue), window)
for t, who, what, val in sched.log:
    print(f"  {t:5.2f} {who:<9} {what} {val!r}")

# heapq utilities on their own
data = [5, 1, 9, 3, 7, 2, 8]
heapq.heapify(data)
print(data, heapq.nsmallest(3, data), heapq.nlargest(2, data, key=lambda x: -x))
print(list(heapq.merge([1, 4, 9], [2, 3, 10], [0])))
print(list(heapq.merge(["b", "d"], ["a", "c"], key=str.upper, reverse=False)))
print(heapq.heappushpop(data, 0), heapq.heapreplace(data, 100), data)
print(heapq.heappop_max([9, 5, 7]) if hasattr(heapq, "heappop_max") else "no max-heap API")

e1, e2 = Event(1.0, 1, None), Event(1.0, 2, "x")
print(e1 < e2, e1 == Event(1.0, 1, "other"), sorted([e2, e1])[0].seq)
bad = Scheduler()
def broken():
    yield 42
bad.spawn(broken())
try:
    bad.run()
except TypeError as e:
    print("TypeError", e)
g = ticker(sched, 1)
print(type(g).__name__, g.__name__, g.__qualname__, g.gi_running, g.gi_frame is not None)
next(g)
g.close()
print(g.gi_frame)
