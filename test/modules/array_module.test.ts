// The array module against CPython 3.14 (pyodide): generated sequences of operations (append, extend,
// insert, pop, remove, index, count, slices read/assigned/deleted with steps, reverse, byteswap,
// tobytes/frombytes, fromlist, concatenation, repetition, comparisons) on every type code whose size
// does not depend on the word size must print the same arrays, values and error messages.
// (pyodide is a 32-bit CPython: 'l'/'L' are left out, and 'i'/'I' get no values just past their range.)

import { beforeAll, describe, expect, it } from 'vitest';
import { loadPyodide } from 'pyodide';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { runProgram } from './program_runner.js';

type Py = Awaited<ReturnType<typeof loadPyodide>>;
let py: Py;

beforeAll(async () => {
  py = await loadPyodide({ indexURL: `${dirname(createRequire(import.meta.url).resolve('pyodide/package.json'))}/` });
}, 60_000);

const PROGRAM = `import array, random
rnd = random.Random(SEED)
CODES = 'bBhHiIqQfdw'
BOUNDS = {'b': (-128, 127), 'B': (0, 255), 'h': (-2**15, 2**15 - 1), 'H': (0, 2**16 - 1), 'i': (-2**31, 2**31 - 1),
          'I': (0, 2**32 - 1), 'q': (-2**63, 2**63 - 1), 'Q': (0, 2**64 - 1)}

def value(code):
    if code == 'w':
        return rnd.choice(['a', 'z', 'é', '😀', 'ab', '', 5])
    if code in 'fd':
        return rnd.choice([0.5, -1.25, 1e10, 3, 1e300, float('inf'), 'x'])
    lo, hi = BOUNDS[code]
    r = rnd.random()
    if r < 0.1 and code not in 'iI':
        return rnd.choice([lo - 1, hi + 1])
    if r < 0.15:
        return rnd.choice([2**70, -2**70, 1.5, 'x'])
    return rnd.randint(max(lo, -1000), min(hi, 1000)) if r < 0.8 else rnd.choice([lo, hi])

def step(a):
    code = a.typecode
    op = rnd.randrange(18)
    n = len(a)
    i = rnd.randint(-n - 2, n + 2)
    j = rnd.randint(-n - 2, n + 2)
    k = rnd.choice([1, 1, 2, -1, -2, 3])
    if op == 0: a.append(value(code))
    elif op == 1: a.extend([value(code) for _ in range(rnd.randrange(3))])
    elif op == 2: a.insert(i, value(code))
    elif op == 3: return a.pop(i) if rnd.random() < 0.7 else a.pop()
    elif op == 4: a.remove(value(code))
    elif op == 5: return a.index(value(code))
    elif op == 6: return a.count(value(code))
    elif op == 7: return a[i:j:k]
    elif op == 8: a[i:j:k] = array.array(code, a[j:i:-k] if rnd.random() < 0.5 else a[i:j:k])
    elif op == 9: del a[i:j:k]
    elif op == 10: a.reverse()
    elif op == 11: a.byteswap()
    elif op == 12: a.frombytes(a.tobytes()[:rnd.randrange(9)])
    elif op == 13: a.fromlist([value(code) for _ in range(2)])
    elif op == 14: return a + array.array(code, a[:2]), a * rnd.randint(-1, 2)
    elif op == 15: b = array.array(code, a[:i]); return a < b, a == b, a >= b, a != b
    elif op == 16: return a[i]
    else:
        a[i] = value(code)

def show(a):
    try:
        return repr(a)
    except Exception as e:
        return f'{type(e).__name__}: {e}'

for t in range(TRIALS):
    code = rnd.choice(CODES)
    a = array.array(code)
    for s in range(12):
        try:
            r = step(a)
            print(t, s, show(a), show(r))
        except Exception as e:
            print(t, s, show(a), type(e).__name__, e)
`;

describe('array against CPython', () => {
  it('gives the same results for generated operation sequences', async () => {
    const src = PROGRAM.replace('SEED', process.env.ASEED ?? '7').replace('TRIALS', process.env.ATRIALS ?? '120');
    let expected = '';
    py.setStdout({ batched: (s) => (expected += s + '\n') });
    py.runPython(src);
    const got = await runProgram({ 'main.py': src });
    expect(got.stderr).toBe('');
    const a = got.stdout.split('\n');
    const b = expected.split('\n');
    expect(b.length).toBeGreaterThan(1000);
    for (let i = 0; i < Math.max(a.length, b.length); i++) expect(`${a[i]}`).toBe(`${b[i]}`);
  }, 120_000);
});
