# __del__, weak reference callbacks and dropped generators in threads: each runs where the thread that
# drops the last reference drops it.
import threading, weakref

class Res:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

def worker(n, ready, go):
    r = Res(f"worker{n}")
    ready.set()
    go.wait()
    print("worker", n, "drops", r.name)
    del r
    print("worker", n, "done")

ready, go = threading.Event(), threading.Event()
t = threading.Thread(target=worker, args=(1, ready, go))
t.start()
ready.wait()
shared = Res("shared")
w = weakref.ref(shared, lambda ref: print("weakref callback"))
go.set()
t.join()
print("main drops shared")
del shared
print("alive:", w() is not None)

def gen():
    try:
        yield 1
        yield 2
    finally:
        print("generator closed in", threading.current_thread().name)

def consume():
    g = gen()
    next(g)
    del g
t2 = threading.Thread(target=consume, name="consumer")
t2.start(); t2.join()


# a thread's thread-local data goes when the thread ends
tl = threading.local()
def keeps():
    tl.res = Res("thread-local")
    print("thread stores it")
t3 = threading.Thread(target=keeps)
t3.start(); t3.join()
print("after the thread ended:", hasattr(tl, "res"))
print("end")
