// Checks asyncio.run on pyrewind's real event loop (_UnixSelectorEventLoop over select.select and a
// socketpair self-pipe): sleeps, gather, wait_for, Queue, Event, cancellation, TaskGroup, async
// generators, call_soon/call_later. The expected lines were printed by CPython on Linux (3.11, whose
// asyncio behaves the same for this program): pyodide cannot run asyncio.run (its WebLoop is running,
// and it has no socketpair). Also checks which implementation pyrewind ends up with, and real timing.
import { describe, expect, it } from 'vitest';
import { describeProgram } from '../vm/describe_program.js';
import { runSource } from '../vm/run_source.js';

const PROGRAM = String.raw`import asyncio, time

async def worker(name, q, out):
    while True:
        item = await q.get()
        if item is None:
            q.task_done()
            return name
        await asyncio.sleep(item / 10)
        out.append((name, item))
        q.task_done()

async def agen(n):
    for i in range(n):
        await asyncio.sleep(0.001)
        yield i

async def main():
    t0 = time.monotonic()
    await asyncio.sleep(0.1)
    print("sleep(0.1) took >= 0.1:", time.monotonic() - t0 >= 0.1)
    order = []
    async def s(d, tag):
        await asyncio.sleep(d)
        order.append(tag)
        return tag
    print(await asyncio.gather(s(0.3, "c"), s(0.1, "a"), s(0.2, "b")), order)
    try:
        await asyncio.wait_for(asyncio.sleep(10), 0.05)
    except TimeoutError:
        print("wait_for timed out")
    q = asyncio.Queue()
    out = []
    ws = [asyncio.create_task(worker(f"w{i}", q, out)) for i in range(2)]
    for i in [3, 1, 2]:
        await q.put(i)
    for _ in ws:
        await q.put(None)
    await q.join()
    print(sorted(await asyncio.gather(*ws)), sorted(out))
    ev = asyncio.Event()
    async def waiter():
        await ev.wait()
        return "set"
    t = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    ev.set()
    print(await t)
    async def forever():
        try:
            await asyncio.sleep(100)
        except asyncio.CancelledError:
            print("cancelled inside")
            raise
    t = asyncio.create_task(forever())
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled", t.cancelled())
    async def boom(x):
        # sleep(0): both tasks of the group wake in the same loop iteration, whatever the clock does.
        await asyncio.sleep(0)
        raise ValueError(x)
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(boom(1))
            tg.create_task(boom(2))
    except* ValueError as eg:
        print("taskgroup", sorted(str(e) for e in eg.exceptions))
    t = asyncio.create_task(boom(3))
    try:
        await t
    except ValueError as e:
        print("task raised", e)
    print([x async for x in agen(4)])
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_later(0.02, fut.set_result, "later")
    loop.call_soon(print, "call_soon ran")
    print(await fut)
    print(type(loop).__name__)
    return "done"

print(asyncio.run(main()))
print(asyncio.run(asyncio.sleep(0, "second run")))
`;

const EXPECTED = String.raw`sleep(0.1) took >= 0.1: True
['c', 'a', 'b'] ['a', 'b', 'c']
wait_for timed out
['w0', 'w1'] [('w0', 3), ('w1', 1), ('w1', 2)]
set
cancelled inside
cancelled True
taskgroup ['1', '2']
task raised 3
[0, 1, 2, 3]
call_soon ran
later
_UnixSelectorEventLoop
done
second run
`;

describe('asyncio.run on the selector event loop, as CPython', () => {
  describeProgram('asyncio_run', PROGRAM, EXPECTED);
});

describe('the asyncio pyrewind runs', () => {
  it("uses asyncio's pure-Python Task and Future (there is no _asyncio) and the select() selector", async () => {
    const r = await runSource(`import asyncio, selectors, sys
print(asyncio.Task is asyncio.tasks._PyTask, asyncio.Future is asyncio.futures._PyFuture)
print("_asyncio" in sys.modules, selectors.DefaultSelector.__name__)
async def main():
    loop = asyncio.get_running_loop()
    return type(loop).__name__, type(loop._selector).__name__, loop._ssock.fileno() >= 2**30
print(asyncio.run(main()))
`);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe("True True\nFalse SelectSelector\n('_UnixSelectorEventLoop', 'SelectSelector', True)\n");
  });

  it('sleeps for real: asyncio.sleep(0.1) takes at least 0.1 s, and the loop does not spin', async () => {
    const r = await runSource(`import asyncio, time
async def main():
    t = time.monotonic()
    c = time.process_time()
    await asyncio.sleep(0.2)
    return time.monotonic() - t, time.process_time() - c
wall, cpu = asyncio.run(main())
print(wall >= 0.2, wall < 1.0)
`);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('True True\n');
  });

  it('refuses to start subprocesses with a clear error', async () => {
    const r = await runSource(`import asyncio, subprocess
async def main():
    try:
        await asyncio.create_subprocess_exec("true")
    except OSError as e:
        print(type(e).__name__, e)
asyncio.run(main())
try:
    subprocess.run(["true"])
except OSError as e:
    print(type(e).__name__, e)
`);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(
      'OSError [Errno 38] fork_exec(): pyrewind cannot start processes\n'.repeat(2),
    );
  });
});
