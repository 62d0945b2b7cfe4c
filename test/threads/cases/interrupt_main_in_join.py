# _thread.interrupt_main() from a worker raises KeyboardInterrupt in the main thread, even while it
# waits in join(); the worker goes on, and exit waits for it.
import threading, _thread, time

def worker():
    time.sleep(0.05)
    _thread.interrupt_main()
    time.sleep(0.2)
    print("worker finished")

t = threading.Thread(target=worker)
t.start()
try:
    t.join()
    print("join returned")
except KeyboardInterrupt:
    print("KeyboardInterrupt while joining; worker alive:", t.is_alive())
print("main ends")
