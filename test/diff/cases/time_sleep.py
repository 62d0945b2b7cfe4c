# time.sleep really waits (measured with the monotonic clock), and checks its argument like CPython.
import time

t0 = time.monotonic()
time.sleep(0.2)
print('slept long enough:', time.monotonic() - t0 >= 0.19)
time.sleep(0)
for bad in [-1, 'x', None, float('nan')]:
    try:
        time.sleep(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
