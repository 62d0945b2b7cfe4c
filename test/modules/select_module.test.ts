// Checks select.select's waiting: with nothing ready it really sleeps its timeout (through Host.sleep),
// returns at once when something is ready, and answers for Host regular files (always ready). Error
// messages and readiness of socket pairs are checked against CPython in socket_module.test.ts.
import { describe, expect, it } from 'vitest';
import { runSource } from '../vm/run_source.js';

describe('select.select waiting', () => {
  it('sleeps the whole timeout when nothing is ready, and not at all when something is', async () => {
    const r = await runSource(`import select, socket, time
a, b = socket.socketpair()
t = time.monotonic()
print(select.select([a, b], [], [], 0.15), time.monotonic() - t >= 0.15)
t = time.monotonic()
print(select.select([], [], [], 0.1), time.monotonic() - t >= 0.1)
b.send(b"!")
t = time.monotonic()
r, w, x = select.select([a, b], [], [], 10)
print(r == [a], w, x, time.monotonic() - t < 1)
`);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('([], [], []) True\n([], [], []) True\nTrue [] [] True\n');
  });

  it('reports Host regular files as ready, and closed socket descriptors as EBADF', async () => {
    const r = await runSource(`import select, socket, os
fd = os.open(__file__, os.O_RDONLY)
print(select.select([fd], [fd], [fd], None) == ([fd], [fd], []))
os.close(fd)
a, b = socket.socketpair()
n = a.fileno()
a.close()
for args in (([n], [], []), ([], [n], []), ([], [], [n])):
    try:
        select.select(*args, 0)
    except OSError as e:
        print(type(e).__name__, e.strerror)
`);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('True\n' + 'OSError Bad file descriptor\n'.repeat(3));
  });
});
