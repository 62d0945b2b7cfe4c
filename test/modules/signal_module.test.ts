// Checks signal delivery as CPython does it: a Ctrl-C (the host's interrupt flag) runs the Python-level
// SIGINT handler (default_int_handler raises KeyboardInterrupt; a handler installed with signal.signal
// is called with (signum, frame) and the interrupted sleep or select goes on; SIG_IGN ignores it), in
// sleeps, selects, loops and under asyncio.run; raise_signal and set_wakeup_fd. The expected outcomes
// are CPython 3.14's documented behaviour (PEP 475 retries, asyncio.Runner's SIGINT handling); pyodide
// cannot check them (no Ctrl-C, raise_signal aborts it).
//
// Ctrl-C is simulated by a host whose sleep, the first time it is asked for at least ARM_SECONDS,
// sleeps 50 ms and then sets the interrupt flag, or by a write of "ARM" to stdout.
import { describe, expect, it } from 'vitest';
import { runProgram, type ProgramOutcome } from './program_runner.js';
import { runSource } from '../vm/run_source.js';
import type { Interpreter } from '../../vm/runtime/interpreter.js';

const ARM_SECONDS = 0.3;

/** Runs a program on a host that delivers one Ctrl-C as described above. */
function runWithCtrlC(source: string): Promise<ProgramOutcome> {
  return runProgram({ 'main.py': source }, (interp: Interpreter) => {
    const host = interp.host as unknown as {
      interruptFlag: Int32Array | null;
      sleep: (s: number) => void;
      write: (fd: number, data: Uint8Array) => void;
    };
    const flag = new Int32Array(new SharedArrayBuffer(4));
    host.interruptFlag = flag;
    const realSleep = host.sleep.bind(host);
    const realWrite = host.write.bind(host);
    let fired = false;
    host.sleep = (s: number) => {
      if (!fired && s >= ARM_SECONDS) {
        fired = true;
        realSleep(0.05);
        flag[0] = 1;
        return;
      }
      realSleep(s);
    };
    host.write = (fd: number, data: Uint8Array) => {
      realWrite(fd, data);
      if (!fired && new TextDecoder().decode(data).includes('ARM')) {
        fired = true;
        flag[0] = 1;
      }
    };
  });
}

describe('Ctrl-C runs the SIGINT handler', () => {
  it('raises KeyboardInterrupt out of time.sleep with the default handler', async () => {
    const r = await runWithCtrlC(`import time
t = time.monotonic()
try:
    time.sleep(5)
except KeyboardInterrupt as e:
    print("KeyboardInterrupt", repr(e), time.monotonic() - t < 2)
`);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('KeyboardInterrupt KeyboardInterrupt() True\n');
  });

  it('calls a handler installed with signal.signal, and the sleep goes on for its whole time', async () => {
    const r = await runWithCtrlC(`import signal, time
seen = []
def handler(signum, frame):
    seen.append((signum, frame.f_code.co_name))
signal.signal(signal.SIGINT, handler)
def nap():
    t = time.monotonic()
    time.sleep(0.5)
    return time.monotonic() - t
took = nap()
print(seen, took >= 0.5)
`);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe("[(2, 'nap')] True\n");
  });

  it('is ignored with SIG_IGN, and select waits out its timeout', async () => {
    const r = await runWithCtrlC(`import signal, select, socket, time
signal.signal(signal.SIGINT, signal.SIG_IGN)
a, b = socket.socketpair()
t = time.monotonic()
print(select.select([a], [], [], 0.4), time.monotonic() - t >= 0.4)
`);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('([], [], []) True\n');
  });

  it('interrupts a running loop at a backward jump, and the loop goes on after a handler', async () => {
    const r = await runWithCtrlC(`import signal
hits = []
signal.signal(signal.SIGINT, lambda n, f: hits.append(n))
print("ARM", flush=True)
total = 0
for i in range(1000):
    total += i
print(hits, total)
`);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('ARM\n[2] 499500\n');
  });

  it('stops an endless loop with KeyboardInterrupt', async () => {
    const r = await runWithCtrlC(`try:
    print("ARM", flush=True)
    while True:
        pass
except KeyboardInterrupt as e:
    print("stopped", repr(e))
`);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('ARM\nstopped KeyboardInterrupt()\n');
  });

  it('cancels the main task of asyncio.run, which then raises KeyboardInterrupt', async () => {
    const r = await runWithCtrlC(`import asyncio, signal
async def main():
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError:
        print("main cancelled")
        raise
try:
    asyncio.run(main())
except KeyboardInterrupt as e:
    print("KeyboardInterrupt", repr(e))
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)
`);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('main cancelled\nKeyboardInterrupt KeyboardInterrupt()\nTrue\n');
  });

  it("reaches loop.add_signal_handler's callback through the wakeup fd and the self-pipe", async () => {
    const r = await runWithCtrlC(`import asyncio, signal
async def main():
    loop = asyncio.get_running_loop()
    got = loop.create_future()
    loop.add_signal_handler(signal.SIGINT, got.set_result, "sigint")
    print(await asyncio.wait_for(got, 5))
    loop.remove_signal_handler(signal.SIGINT)
asyncio.run(main())
print(signal.set_wakeup_fd(-1))
`);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('sigint\n-1\n');
  });
});

describe('raise_signal and set_wakeup_fd', () => {
  it('runs the handler at once and writes the signal number to the wakeup socket', async () => {
    const r = await runSource(`import signal, socket, select
a, b = socket.socketpair()
b.setblocking(False)
print(signal.set_wakeup_fd(b.fileno()))
calls = []
print(signal.signal(signal.SIGUSR1, lambda n, f: calls.append(n)))
signal.raise_signal(signal.SIGUSR1)
print(calls, a.recv(10))
signal.raise_signal(signal.SIGCHLD)
signal.signal(signal.SIGUSR1, signal.SIG_IGN)
signal.raise_signal(signal.SIGUSR1)
print(calls, select.select([a], [], [], 0)[0], signal.set_wakeup_fd(-1) == b.fileno())
try:
    signal.set_wakeup_fd(a.fileno())
except ValueError as e:
    print(str(e) == f"the fd {a.fileno()} must be in non-blocking mode")
for f in (lambda: signal.set_wakeup_fd(0), lambda: signal.set_wakeup_fd(fd=-1), lambda: signal.signal(signal.SIGKILL, signal.SIG_IGN)):
    try:
        f()
    except (ValueError, TypeError, OSError) as e:
        print(type(e).__name__, e)
`);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(
      "-1\n0\n[10] b'\\n'\n[10] [] True\nTrue\n" +
        'ValueError the fd 0 must be in non-blocking mode\n' +
        'TypeError set_wakeup_fd() takes exactly 1 positional argument (0 given)\n' +
        'OSError [Errno 22] Invalid argument\n',
    );
  });

  it('ends the process with 128 + signum and no cleanup for a signal left at SIG_DFL', async () => {
    const r = await runSource(`import atexit, signal
atexit.register(print, "atexit ran")
print("before", flush=True)
signal.raise_signal(signal.SIGTERM)
print("after")
`);
    expect(r.stdout).toBe('before\n');
    expect(r.stderr).toBe('');
    expect(r.exitCode).toBe(143);
  });
});

describe('Ctrl-C during a regular expression match', () => {
  it('raises KeyboardInterrupt out of the matcher with the default handler', async () => {
    const r = await runWithCtrlC(`import re
try:
    print("ARM", flush=True)
    re.match(r"(a+)+$", "a" * 40 + "b")
    print("not reached")
except KeyboardInterrupt as e:
    print("stopped", repr(e))
`);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('ARM\nstopped KeyboardInterrupt()\n');
  });
});
