// next(): with one argument an exhausted generator's StopIteration carries its return value; with a
// default the default is returned; a non-iterator is a TypeError. Expected output is CPython 3.14's.

import { describe, expect, it } from 'vitest';
import { runSource } from './run_source.js';

describe('next()', () => {
  it('keeps a generator return value in StopIteration', async () => {
    const r = await runSource(String.raw`def g():
    yield 1
    return 5
it = g()
print(next(it))
try:
    next(it)
except StopIteration as e:
    print("stop", e.value, e.args)
print(next(it, "dflt"))
try:
    next(5)
except TypeError as e:
    print(e)
`);
    expect(r.stdout).toBe("1\nstop 5 (5,)\ndflt\n'int' object is not an iterator\n");
  });
});
