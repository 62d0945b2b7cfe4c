// array.array.__sizeof__ on a 64-bit build: sizeof(arrayobject) (64 bytes) plus the items CPython's
// allocation policy has room for. The expected numbers are CPython's on 64-bit Linux (the corpus
// program array_allocation.py checks the allocation pattern itself against pyodide, which is 32-bit).

import { describe, expect, it } from 'vitest';
import { runSource, lines } from '../vm/run_source.js';

describe('array.__sizeof__', () => {
  it('counts the allocated items, as CPython does on 64-bit Linux', async () => {
    const r = await runSource(
      [
        'from array import array',
        'r = [array("b").__sizeof__(), array("d").__sizeof__(), array("l", [1, 2, 3]).__sizeof__()]',
        'a = array("i")',
        'for i in range(10): a.append(i)',
        'r.append(a.__sizeof__())',
        'a.extend(range(20)); r.append(a.__sizeof__())',
        'a.pop(); r.append(a.__sizeof__())',
        'del a[:]; r.append(a.__sizeof__())',
        'b = array("h"); b.frombytes(bytes(30)); r.append(b.__sizeof__())',
        'r.append(array("d", [1.0] * 7).__sizeof__())',
        'r.append(array("q", range(9)).__sizeof__())',
        'r.append(array("w", "hello").__sizeof__())',
        'r.append((array("i", [1, 2]) * 3).__sizeof__())',
        'print(r)',
        '',
      ].join('\n'),
    );
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(lines('[64, 64, 88, 128, 200, 200, 64, 100, 120, 192, 84, 88]'));
  }, 60_000);
});
