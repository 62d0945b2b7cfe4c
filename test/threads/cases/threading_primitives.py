# Thread primitives: locks, queues, executors, events, thread-locals, semaphores, barriers, timers.
import threading, queue, time
from concurrent.futures import ThreadPoolExecutor, as_completed

# producer / consumer
q = queue.Queue()
out = []
def consumer():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        out.append(item * 2)
        q.task_done()
c = threading.Thread(target=consumer, name="consumer")
c.start()
for i in range(5):
    q.put(i)
q.put(None)
q.join()
c.join()
print("consumer:", out)

# executor
def square(x):
    return x * x
with ThreadPoolExecutor(max_workers=3) as ex:
    print("map:", list(ex.map(square, range(8))))
    futs = [ex.submit(square, i) for i in range(4)]
    print("submit:", sorted(f.result() for f in as_completed(futs)))

# event
ev = threading.Event()
seen = []
def waiter():
    ev.wait()
    seen.append("woke")
w = threading.Thread(target=waiter)
w.start()
seen.append("set")
ev.set()
w.join()
print("event:", seen)

# thread-local
loc = threading.local()
loc.x = "main"
def tl():
    loc.x = threading.current_thread().name
    res.append(loc.x)
res = []
ts = [threading.Thread(target=tl, name=f"T{i}") for i in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print("local:", sorted(res), loc.x)

# exception in thread, reported by a custom excepthook (the default one's traceback differs by version)
def hook(args):
    print("hook:", args.exc_type.__name__, args.exc_value, args.thread.name)
threading.excepthook = hook
def boom():
    raise ValueError("bad thing")
b = threading.Thread(target=boom, name="Boomer")
b.start(); b.join()
print("after boom")
threading.excepthook = threading.__excepthook__

# join with timeout
def slow():
    time.sleep(0.2)
s = threading.Thread(target=slow)
s.start()
s.join(0.01)
print("alive after short join:", s.is_alive())
s.join()
print("alive after join:", s.is_alive())

# semaphore and barrier
sem = threading.Semaphore(2)
barrier = threading.Barrier(3)
order = []
def bw(i):
    with sem:
        order.append(i)
    barrier.wait()
bs = [threading.Thread(target=bw, args=(i,)) for i in range(3)]
for t in bs: t.start()
for t in bs: t.join()
print("barrier:", sorted(order))

# timer
fired = []
tm = threading.Timer(0.05, lambda: fired.append(1))
tm.start(); tm.join()
print("timer:", fired)
print("active:", threading.active_count())
