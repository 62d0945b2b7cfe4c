# exit: 1
# An exception raised inside a finally block while another is propagating, plus an atexit handler and
# buffered output that must all still appear.
import atexit
atexit.register(print, "atexit runs after the traceback")

def cleanup():
    raise RuntimeError("cleanup failed")

def work():
    try:
        print("working")
        raise ValueError("work failed")
    finally:
        cleanup()

work()
