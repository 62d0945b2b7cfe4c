// What the finalization of coroutines costs and what it answers (vm/opcodes/generators.ts,
// vm/runtime/lifetime): a coroutine is watched (the eval loop's after-instruction checks run while
// anything is) only when it can be dropped before it starts, never for `await f()`; and the
// _tracemalloc module the "never awaited" warning consults. The warnings themselves, and their timing,
// are compared with CPython by the corpus programs test/diff/cases/coroutine_*.py and asyncgen_*.py.
import { afterEach, describe, expect, test, vi } from 'vitest';
import '../../vm/index.js';
import { Lifetime } from '../../vm/runtime/lifetime/lifetime.js';
import { PyGenerator } from '../../vm/objects/generator.js';
import type { PyObject } from '../../vm/objects/object.js';
import { lines, runSource } from './run_source.js';

afterEach(() => {
  vi.restoreAllMocks();
});

/** The qualnames of the generators the Lifetime was asked to watch while `source` ran. */
async function watchedGenerators(source: string): Promise<{ names: string[]; stdout: string; stderr: string }> {
  const names: string[] = [];
  const watch = Lifetime.prototype.watch;
  vi.spyOn(Lifetime.prototype, 'watch').mockImplementation(function (this: Lifetime, o: PyObject) {
    if (o instanceof PyGenerator) names.push(o.qualname);
    watch.call(this, o);
  });
  const r = await runSource(source);
  return { names, stdout: r.stdout, stderr: r.stderr };
}

describe('coroutine lifetimes', () => {
  test('a coroutine awaited where it is made is never watched; one that is not, is', async () => {
    const r = await watchedGenerators([
      'async def f(i):',
      '    return i',
      'async def main():',
      '    total = 0',
      '    for i in range(20):',
      '        total += await f(i)',
      '    return total',
      'c = main()',
      'try:',
      '    c.send(None)',
      'except StopIteration as e:',
      '    print(e.value)',
      '',
    ].join('\n'));
    expect(r.stdout).toBe(lines('190'));
    expect(r.stderr).toBe('');
    expect(r.names).toEqual(['main']);
  });

  test('_tracemalloc never traces: no object tracebacks, and start() says why', async () => {
    const r = await runSource([
      'import tracemalloc',
      'print(tracemalloc.is_tracing(), tracemalloc.get_object_traceback(object()), tracemalloc.get_traced_memory())',
      'try:',
      '    tracemalloc.start()',
      'except NotImplementedError as e:',
      '    print(type(e).__name__)',
      'try:',
      '    tracemalloc.start(0)',
      'except ValueError as e:',
      '    print(e)',
      '',
    ].join('\n'));
    expect(r.stdout).toBe(lines('False None (0, 0)', 'NotImplementedError', 'the number of frames must be in range [1; 65535]'));
  });
});
