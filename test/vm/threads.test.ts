// pyrewind's own behaviour with threads (vm/runtime/threads.ts), where no CPython can be the oracle: the
// deterministic switching, the errors where CPython would hang, waits inside calls from native code, the
// reports on stderr. What CPython pins down is compared with the machine's CPython in test/threads.
import { describe, expect, it } from 'vitest';
import { runSource } from './run_source.js';

describe('thread switching', () => {
  const RACE = String.raw`import threading
log = []
def worker(tag):
    for i in range(3000):
        log.append(tag)
ts = [threading.Thread(target=worker, args=(t,)) for t in 'ab']
for t in ts: t.start()
for t in ts: t.join()
runs = 1 + sum(1 for x, y in zip(log, log[1:]) if x != y)
print(len(log), runs > 2, ''.join(log[:5]))
print(runs)
`;

  it('interleaves threads by slices of instructions, the same way every run', async () => {
    const first = await runSource(RACE);
    const second = await runSource(RACE);
    expect(first.stderr).toBe('');
    const [summary] = first.stdout.split('\n');
    expect(summary).toBe('6000 True aaaaa');
    expect(second.stdout).toBe(first.stdout);
  });

  it('makes slices longer with sys.setswitchinterval', async () => {
    const short = await runSource(RACE);
    const long = await runSource(`import sys\nsys.setswitchinterval(1.0)\n${RACE}`);
    const runsOf = (out: string): number => Number(out.split('\n')[1]);
    expect(runsOf(long.stdout)).toBeLessThan(runsOf(short.stdout));
  });
});

describe('waiting', () => {
  it('lets other threads run while a call from native code waits (a lock taken in a key function)', async () => {
    const r = await runSource(String.raw`import threading, time
lock = threading.Lock()
lock.acquire()
def release_later():
    time.sleep(0.02)
    print('releasing')
    lock.release()
threading.Thread(target=release_later).start()
def key(x):
    with lock:
        return -x
print(sorted([1, 3, 2], key=key))
`);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('releasing\n[3, 2, 1]\n');
  });

  it('raises RuntimeError where CPython would hang forever: every thread waits', async () => {
    const r = await runSource(String.raw`import threading
a, b = threading.Lock(), threading.Lock()
a_held, b_held = threading.Event(), threading.Event()
def one():
    with a:
        a_held.set(); b_held.wait()
        with b: pass
def two():
    with b:
        b_held.set(); a_held.wait()
        with a: pass
t1 = threading.Thread(target=one, daemon=True); t2 = threading.Thread(target=two, daemon=True)
t1.start(); t2.start()
try:
    t1.join()
except RuntimeError as e:
    print('RuntimeError:', e)
`);
    expect(r.stdout).toBe(
      'RuntimeError: pyrewind: deadlock: every thread is waiting (for a lock, join() or a queue) and none can ' +
        'wake the others; CPython would hang here forever\n',
    );
    expect(r.exitCode).toBe(0);
  });

  it('keeps the old single-thread errors when no other thread exists', async () => {
    const r = await runSource(String.raw`import threading, queue
l = threading.Lock(); l.acquire()
try:
    l.acquire()
except RuntimeError as e:
    print('lock:', e)
try:
    queue.SimpleQueue().get()
except RuntimeError as e:
    print('queue:', e)
`);
    expect(r.stdout).toBe(
      'lock: pyrewind: this lock is already held and no other thread exists to release it (CPython would block forever here)\n' +
        'queue: pyrewind: this queue is empty and no other thread exists to put an item in it (CPython would block forever here)\n',
    );
  });
});

describe('reports', () => {
  it("prints threading's report of an exception that ends a thread, with 3.14's traceback", async () => {
    const r = await runSource(String.raw`import threading
def boom():
    raise ValueError('bad thing')
t = threading.Thread(target=boom, name='Boomer')
t.start(); t.join()
print('after')
`);
    expect(r.stdout).toBe('after\n');
    const lines = r.stderr.split('\n');
    expect(lines[0]).toBe('Exception in thread Boomer:');
    expect(lines[1]).toBe('Traceback (most recent call last):');
    expect(lines).toContain('    self._context.run(self.run)');
    expect(lines).toContain('    raise ValueError(\'bad thing\')');
    expect(lines[lines.length - 2]).toBe('ValueError: bad thing');
  });

  it('reports what a start_new_thread target raises as unraisable, and ignores SystemExit', async () => {
    const r = await runSource(String.raw`import _thread, time
_thread.start_new_thread(int, ('x',))
_thread.start_new_thread(exit, ())
time.sleep(0.01)
print('main goes on')
`);
    expect(r.stdout).toBe('main goes on\n');
    expect(r.stderr).toBe(
      // No Python frame ran, so there is no traceback to show (as in CPython's thread_run).
      "Exception ignored in thread started by <class 'int'>:\n" +
        "ValueError: invalid literal for int() with base 10: 'x'\n",
    );
  });

  it('refuses to start a thread while a trace function is set, saying why', async () => {
    const r = await runSource(String.raw`import sys, threading
sys.settrace(lambda *a: None)
try:
    threading.Thread(target=print).start()
except RuntimeError as e:
    print(e)
`);
    expect(r.stdout).toBe(
      'pyrewind cannot start a thread while sys.settrace, sys.setprofile or sys.monitoring is in use (they ' +
        'would apply to every thread)\n',
    );
  });
});

describe('trace functions and threads', () => {
  it('refuses sys.settrace while other threads run, saying why', async () => {
    const r = await runSource(String.raw`import sys, threading
go = threading.Event()
t = threading.Thread(target=go.wait)
t.start()
try:
    sys.settrace(lambda *a: None)
except RuntimeError as e:
    print(e)
go.set(); t.join()
sys.settrace(lambda *a: None)
sys.settrace(None)
print('alone again: allowed')
`);
    expect(r.stdout).toBe(
      'pyrewind cannot use sys.settrace, sys.setprofile or sys.monitoring while other threads run (they ' +
        'would apply to every thread)\nalone again: allowed\n',
    );
  });
});
