# Conditions, every kind of queue, and work handed between threads in a fixed order.
import threading, queue

# ping-pong with a Condition: strict alternation, so the output is deterministic
cond = threading.Condition()
turn = ["ping"]
log = []
def player(me, other, rounds):
    for i in range(rounds):
        with cond:
            cond.wait_for(lambda: turn[0] == me)
            log.append(f"{me}{i}")
            turn[0] = other
            cond.notify_all()
a = threading.Thread(target=player, args=("ping", "pong", 4))
b = threading.Thread(target=player, args=("pong", "ping", 4))
a.start(); b.start(); a.join(); b.join()
print(" ".join(log))

# wait_for with a timeout that expires
with cond:
    print("wait_for timeout:", cond.wait_for(lambda: False, timeout=0.01))

# queue kinds
for cls in (queue.Queue, queue.LifoQueue, queue.PriorityQueue, queue.SimpleQueue):
    q = cls()
    results = []
    def consume():
        while True:
            item = q.get()
            if item is None:
                break
            results.append(item)
    c = threading.Thread(target=consume)
    for x in (3, 1, 2):
        q.put(x)
    c.start()
    c.join(0.05)
    q.put(None)
    c.join()
    print(cls.__name__, results)

# bounded queue: the producer blocks until the consumer catches up
bq = queue.Queue(maxsize=2)
seen = []
def slow_consumer():
    for _ in range(6):
        seen.append(bq.get())
        bq.task_done()
sc = threading.Thread(target=slow_consumer)
sc.start()
for i in range(6):
    bq.put(i)
bq.join()
sc.join()
print("bounded:", seen)
try:
    queue.Queue(maxsize=1).get(timeout=0.01)
except queue.Empty:
    print("Empty raised")
full = queue.Queue(maxsize=1)
full.put(1)
try:
    full.put(2, timeout=0.01)
except queue.Full:
    print("Full raised")

# a pipeline of three stages
def stage(src, dst, f):
    while (item := src.get()) is not None:
        dst.put(f(item))
    dst.put(None)
q1, q2, q3 = queue.Queue(), queue.Queue(), queue.Queue()
stages = [threading.Thread(target=stage, args=(q1, q2, lambda x: x + 1)),
          threading.Thread(target=stage, args=(q2, q3, lambda x: x * 10))]
for s in stages: s.start()
for i in range(5): q1.put(i)
q1.put(None)
out = []
while (item := q3.get()) is not None:
    out.append(item)
for s in stages: s.join()
print("pipeline:", out)

# Semaphore limits concurrency
sem = threading.BoundedSemaphore(2)
inside = [0]
peak = [0]
guard = threading.Lock()
def limited(i):
    with sem:
        with guard:
            inside[0] += 1
            peak[0] = max(peak[0], inside[0])
        threading.Event().wait(0.01)
        with guard:
            inside[0] -= 1
ws = [threading.Thread(target=limited, args=(i,)) for i in range(5)]
for w in ws: w.start()
for w in ws: w.join()
print("peak inside:", peak[0])
try:
    sem.release()
except ValueError as e:
    print("ValueError:", e)
