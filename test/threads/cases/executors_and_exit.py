# concurrent.futures with threads, thread-local state, and what happens at exit.
import threading, atexit, time
from concurrent.futures import ThreadPoolExecutor, as_completed, wait, FIRST_EXCEPTION, ALL_COMPLETED
import functools

def work(x):
    if x == 3:
        raise ValueError(f"bad input {x}")
    return x * 10

with ThreadPoolExecutor(max_workers=2, thread_name_prefix="pool") as ex:
    futs = {ex.submit(work, i): i for i in range(6)}
    for f in sorted(as_completed(futs), key=lambda f: futs[f]):
        try:
            print(futs[f], "->", f.result())
        except ValueError as e:
            print(futs[f], "-> error:", e)
    done, not_done = wait(list(futs), return_when=ALL_COMPLETED)
    print("done:", len(done), "not done:", len(not_done))
    print("map:", list(ex.map(work, [0, 1, 2])))
    print("partial:", ex.submit(functools.partial(work, 5)).result())
    try:
        list(ex.map(work, [1, 3]))
    except ValueError as e:
        print("map raised:", e)
    names = set(ex.submit(lambda: threading.current_thread().name).result() for _ in range(4))
    print("worker names:", all(n.startswith("pool_") for n in names))

# thread-local with a custom __init__ run once per thread
class Counter(threading.local):
    def __init__(self, start):
        self.value = start
        inits.append(start)
inits = []
c = Counter(100)
c.value += 1
def bump():
    c.value += 5
    results.append(c.value)
results = []
ts = [threading.Thread(target=bump) for _ in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print("local:", results, c.value, inits)

# a non-daemon thread outlives the main program: exit waits for it, then atexit runs
atexit.register(lambda: print("atexit runs after the threads are joined"))
def late():
    time.sleep(0.05)
    print("late thread finishes")
threading.Thread(target=late).start()
print("main program ends")
