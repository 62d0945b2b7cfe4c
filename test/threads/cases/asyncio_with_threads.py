# asyncio handing blocking work to threads: to_thread, run_in_executor, call_soon_threadsafe, and a
# loop in a thread of its own driven with run_coroutine_threadsafe.
import asyncio, threading, time
from concurrent.futures import ThreadPoolExecutor

def blocking(x):
    time.sleep(0.01)
    return x * 2

async def main():
    print("to_thread:", await asyncio.to_thread(blocking, 21))
    loop = asyncio.get_running_loop()
    print("default executor:", await loop.run_in_executor(None, blocking, 5))
    with ThreadPoolExecutor(max_workers=2) as pool:
        results = await asyncio.gather(*(loop.run_in_executor(pool, blocking, i) for i in range(4)))
        print("gathered:", results)
    fut = loop.create_future()
    def from_thread():
        time.sleep(0.01)
        loop.call_soon_threadsafe(fut.set_result, "set from a thread")
    threading.Thread(target=from_thread).start()
    print(await fut)
    try:
        await asyncio.wait_for(asyncio.to_thread(time.sleep, 0.5), timeout=0.05)
    except TimeoutError:
        print("wait_for timed out")

asyncio.run(main())

# an event loop running in another thread
loop = asyncio.new_event_loop()
t = threading.Thread(target=loop.run_forever)
t.start()
async def add(a, b):
    await asyncio.sleep(0.01)
    return a + b
print("threadsafe:", asyncio.run_coroutine_threadsafe(add(2, 3), loop).result(timeout=5))
loop.call_soon_threadsafe(loop.stop)
t.join()
loop.close()
print("done")
