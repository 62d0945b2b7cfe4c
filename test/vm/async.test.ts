// async/await in the eval loop: coroutine frames resumed by SEND run in the same loop (an await chain
// far deeper than the JS stack would allow with nested runs), async generators, the protocol errors,
// and sys.exception() across generator suspensions.
// Expected outputs are CPython 3.14's (checked with pyodide). No program output is adjusted.

import { describe, expect, it } from 'vitest';
import { runSource, lines } from './run_source.js';

describe('async/await', () => {
  it('awaits a 20000-deep coroutine chain without JS recursion', async () => {
    const r = await runSource(String.raw`import sys
sys.setrecursionlimit(30000)
async def chain(n):
    if n == 0:
        return 0
    return 1 + await chain(n - 1)
c = chain(20000)
try:
    c.send(None)
except StopIteration as e:
    print("depth", e.value)
async def deep_agen(n):
    if n:
        async for x in deep_agen(n - 1):
            yield x + 1
    else:
        yield 0
async def use():
    return [x async for x in deep_agen(50)]
try:
    use().send(None)
except StopIteration as e:
    print("agen depth", e.value)
`);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(lines('depth 20000', 'agen depth [50]'));
  });

  it('keeps each generator\'s handled exception across yields', async () => {
    const r = await runSource(String.raw`import sys
def g():
    try:
        raise ValueError("in gen")
    except ValueError:
        yield repr(sys.exception())
        yield repr(sys.exception())
    yield repr(sys.exception())
x = g()
print(next(x), repr(sys.exception()))
try:
    raise KeyError("outer")
except KeyError:
    print(next(x), repr(sys.exception()))
    print(next(x), repr(sys.exception()))
print(repr(sys.exception()))
`);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(lines(
      "ValueError('in gen') None",
      "ValueError('in gen') KeyError('outer')",
      "KeyError('outer') KeyError('outer')",
      'None',
    ));
  });

  it('passes values through __await__, await errors and async iteration', async () => {
    const r = await runSource(String.raw`class Aw:
    def __await__(self):
        return (yield "up")
async def a():
    return await Aw()
c = a()
print(c.send(None), type(c.cr_await).__name__)
try:
    c.send("down")
except StopIteration as e:
    print("value", e.value)
async def bad():
    await 1
for f in (bad,):
    try:
        f().send(None)
    except TypeError as e:
        print(e)
async def agen():
    yield 1
    yield 2
async def drive():
    return [x async for x in agen()], await anext(agen()), await anext(agen().__aiter__(), None)
try:
    drive().send(None)
except StopIteration as e:
    print(e.value)
`);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(lines('up generator', 'value down', "'int' object can't be awaited", '([1, 2], 1, 1)'));
  });
});
