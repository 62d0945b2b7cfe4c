# Errors of the threading API and how threads identify themselves.
import threading, _thread

def show(label, f):
    try:
        r = f()
        print(label, "->", r)
    except Exception as e:
        print(label, "->", type(e).__name__, e)

lock = threading.Lock()
show("release unlocked", lock.release)
rl = threading.RLock()
show("rlock release unowned", rl.release)
cond = threading.Condition()
show("wait unacquired", lambda: cond.wait(0))
show("notify unacquired", cond.notify)
t = threading.Thread(target=lambda: None)
show("join before start", t.join)
t.start()
show("start twice", t.start)
t.join()
show("join current", threading.current_thread().join)
show("lock non-blocking with timeout", lambda: lock.acquire(False, 1))

# An RLock held by another thread cannot be released here.
held = threading.Event()
go = threading.Event()
def holder():
    with rl:
        held.set()
        go.wait()
h = threading.Thread(target=holder)
h.start()
held.wait()
show("rlock owned elsewhere", rl.release)
show("rlock try", lambda: rl.acquire(blocking=False))
show("rlock timeout", lambda: rl.acquire(timeout=0.01))
go.set()
h.join()
show("rlock after", lambda: rl.acquire(blocking=False))
rl.release()

# identities
idents = {}
def who(n):
    idents[n] = (_thread.get_ident(), threading.get_ident(), threading.current_thread().name)
ts = [threading.Thread(target=who, args=(i,), name=f"worker-{i}") for i in range(3)]
for x in ts: x.start()
for x in ts: x.join()
main_ident = threading.get_ident()
# (CPython may reuse a finished thread's ident for the next one: only the running ones differ)
print("idents are ints:", all(isinstance(v[0], int) and v[0] != main_ident for v in idents.values()))
print("same ident both ways:", all(v[0] == v[1] for v in idents.values()))
print("names:", [idents[i][2] for i in range(3)])
print("thread idents match:", [x.ident == idents[i][0] for i, x in enumerate(ts)])
print("main:", threading.main_thread().name, threading.current_thread() is threading.main_thread())
print("daemon default:", threading.Thread(target=print).daemon, threading.main_thread().daemon)
print("alive:", [x.is_alive() for x in ts])
print("enumerate:", [x.name for x in threading.enumerate()])

# _thread.start_new_thread with a builtin target and keyword arguments
done = threading.Event()
out = []
def collect(*args, **kwargs):
    out.append((args, sorted(kwargs.items())))
    done.set()
_thread.start_new_thread(collect, (1, 2), {"k": 3})
done.wait()
print("start_new_thread:", out)
show("start_new_thread bad args", lambda: _thread.start_new_thread(collect, [1]))
show("start_new_thread bad kwargs", lambda: _thread.start_new_thread(collect, (), []))
show("start_new_thread not callable", lambda: _thread.start_new_thread(5, ()))

# SystemExit ends only its thread, silently
def quitter():
    raise SystemExit(3)
q = threading.Thread(target=quitter)
q.start(); q.join()
print("after SystemExit in thread:", q.is_alive())

# Timer cancelled before it fires
fired = []
tm = threading.Timer(10, lambda: fired.append(1))
tm.start(); tm.cancel(); tm.join()
print("cancelled timer fired:", fired)
