// The zlib module against CPython 3.14's zlib (pyodide, zlib 1.3.1): generated inputs compressed at every
// level, window size, memLevel and strategy, one-shot and streamed in pieces with flushes, must give the
// same bytes; decompression must give back the input through every container; checksums must agree.

import { beforeAll, describe, expect, it } from 'vitest';
import { loadPyodide } from 'pyodide';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import '../../vm/index.js';
import { nativeModuleFactory } from '../../vm/modules/registry.js';
import { PyModule } from '../../vm/objects/module.js';
import { PyNativeFunction } from '../../vm/objects/native.js';
import { PyBytes } from '../../vm/objects/bytes.js';
import { PyValue } from '../../vm/objects/object.js';
import { getAttr } from '../../vm/runtime/attributes.js';
import { callObject } from '../../vm/runtime/call.js';
import { pyErrorType, pyErrorMessage } from '../../vm/runtime/raise.js';
import { createInterpreter } from '../../vm/runtime/main.js';
import { NodeHost } from '../../host/node/node_host.js';

type Py = Awaited<ReturnType<typeof loadPyodide>>;
let py: Py;
let zlib: PyModule;

beforeAll(async () => {
  py = await loadPyodide({ indexURL: `${dirname(createRequire(import.meta.url).resolve('pyodide/package.json'))}/` });
  // A real interpreter: creating a native module completes its __spec__ and __doc__ through importlib.
  zlib = nativeModuleFactory('zlib')!(createInterpreter(new NodeHost(), ['zlib_test'], process.cwd()));
}, 60_000);

function rng(seed: number): () => number {
  let x = seed >>> 0;
  return () => {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    return x >>> 8;
  };
}

/** Inputs of different kinds: empty, random, text-like with repeats, long runs. */
function makeInput(r: () => number): Uint8Array {
  const kind = r() % 4;
  const n = kind === 0 ? r() % 4 : r() % 9000;
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    if (kind === 1) out[i] = r() & 0xff;
    else if (kind === 2) out[i] = 97 + (r() % 7);
    else out[i] = i > 20 && r() % 3 !== 0 ? out[i - 1 - (r() % 20)] : 32 + (r() % 90);
  }
  return out;
}

const hex = (b: Uint8Array): string => Buffer.from(b).toString('hex');
const fn = (name: string): PyNativeFunction => zlib.dict.getStr(name) as PyNativeFunction;

function bytesOf(v: PyValue): Uint8Array {
  expect(v).toBeInstanceOf(PyBytes);
  return (v as PyBytes).data;
}

interface StreamCase {
  input: string;
  level: number;
  wbits: number;
  memLevel: number;
  strategy: number;
  /** [piece length, flush mode after it or -1] */
  steps: [number, number][];
}

function vmStream(c: StreamCase): string {
  const co = fn('compressobj').fn([c.level, 8, c.wbits, c.memLevel, c.strategy], null);
  const data = Buffer.from(c.input, 'hex');
  const out: string[] = [];
  let at = 0;
  for (const [len, flush] of c.steps) {
    out.push(hex(bytesOf(callObject(getAttr(co, 'compress'), [new PyBytes(new Uint8Array(data.subarray(at, at + len)))]))));
    at += len;
    if (flush >= 0) out.push(hex(bytesOf(callObject(getAttr(co, 'flush'), [flush]))));
  }
  out.push(hex(bytesOf(callObject(getAttr(co, 'flush'), []))));
  return out.join('|');
}

describe('zlib against CPython', () => {
  it('compress() gives the same bytes at every level and window size', () => {
    const r = rng(7);
    const cases: [string, number, number][] = [];
    for (let k = 0; k < 60; k++) {
      const levels = [-1, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9];
      const wbitsChoices = [15, 9, 12, -15, -10, 31, 25];
      cases.push([hex(makeInput(r)), levels[r() % levels.length], wbitsChoices[r() % wbitsChoices.length]]);
    }
    py.globals.set('cases', py.toPy(cases));
    const expected = py.runPython('import zlib\n[zlib.compress(bytes.fromhex(h), lv, wb).hex() for h, lv, wb in cases]').toJs() as string[];
    const got = cases.map(([h, lv, wb]) => hex(bytesOf(fn('compress').fn([new PyBytes(new Uint8Array(Buffer.from(h, 'hex'))), lv, wb], null))));
    expect(got).toEqual(expected);
    // and back
    cases.forEach(([h, , wb], k) => {
      const back = fn('decompress').fn([new PyBytes(new Uint8Array(Buffer.from(got[k], 'hex'))), wb], null);
      expect(hex(bytesOf(back))).toBe(h);
    });
  });

  it('compressobj streams with flushes give the same bytes for every memLevel and strategy', () => {
    const r = rng(99);
    const cases: StreamCase[] = [];
    for (let k = 0; k < 80; k++) {
      const input = makeInput(r);
      const steps: [number, number][] = [];
      let left = input.length;
      while (left > 0) {
        const len = Math.min(left, 1 + (r() % 3000));
        const flushes = [-1, -1, 0, 1, 2, 3, 5];
        steps.push([len, flushes[r() % flushes.length]]);
        left -= len;
      }
      cases.push({
        input: hex(input), level: (r() % 11) - 1, wbits: [15, -15, 31, 10][r() % 4], memLevel: 1 + (r() % 9),
        strategy: r() % 5, steps,
      });
    }
    py.globals.set('cases', py.toPy(cases));
    const expected = py.runPython(`
import zlib
res = []
for c in cases:
    co = zlib.compressobj(c['level'], 8, c['wbits'], c['memLevel'], c['strategy'])
    data = bytes.fromhex(c['input'])
    out, at = [], 0
    for ln, fl in c['steps']:
        out.append(co.compress(data[at:at + ln]).hex())
        at += ln
        if fl >= 0:
            out.append(co.flush(fl).hex())
    out.append(co.flush().hex())
    res.append('|'.join(out))
res`).toJs() as string[];
    const got = cases.map(vmStream);
    if (process.env.ZDEBUG) got.forEach((g, k) => {
      if (g === expected[k]) return;
      const a = g.split('|'), b = expected[k].split('|');
      const j = a.findIndex((x, i) => x !== b[i]);
      const c = cases[k];
      console.log('CASE', k, 'level', c.level, 'wbits', c.wbits, 'mem', c.memLevel, 'strat', c.strategy, 'steps', JSON.stringify(c.steps), 'seg', j, 'of', a.length, b.length, 'vm', a[j]?.slice(0, 60), a[j]?.length, 'py', b[j]?.slice(0, 60), b[j]?.length);
    });
    expect(got).toEqual(expected);
  });

  it('crc32 and adler32 agree, with any starting value', () => {
    const r = rng(3);
    const cases: [string, number][] = [];
    for (let k = 0; k < 50; k++) cases.push([hex(makeInput(r)), k % 3 === 0 ? r() * 977 : k % 3 === 1 ? -(r() % 1000) : 0]);
    py.globals.set('cases', py.toPy(cases));
    const expected = py.runPython(`
import zlib
[(zlib.crc32(bytes.fromhex(h), s), zlib.adler32(bytes.fromhex(h), s)) for h, s in cases]`).toJs() as [number, number][];
    const got = cases.map(([h, s]) => {
      const b = new PyBytes(new Uint8Array(Buffer.from(h, 'hex')));
      return [fn('crc32').fn([b, s], null), fn('adler32').fn([b, s], null)];
    });
    expect(got).toEqual(expected.map((t) => Array.from(t)));
  });

  it('reports corrupt and truncated data with CPython messages', () => {
    const call = (args: PyValue[]): string => {
      try {
        fn('decompress').fn(args, null);
        return 'ok';
      } catch (e) {
        return `${pyErrorType(e)}: ${pyErrorMessage(e)}`;
      }
    };
    const good = bytesOf(fn('compress').fn([new PyBytes(new TextEncoder().encode('hello hello hello'))], null));
    expect(call([new PyBytes(new TextEncoder().encode('nonsense'))])).toBe('error: Error -3 while decompressing data: incorrect header check');
    expect(call([new PyBytes(good.slice(0, good.length - 3))])).toBe('error: Error -5 while decompressing data: incomplete or truncated stream');
    expect(call([new PyBytes(good), 99])).toBe('error: Error -2 while preparing to decompress data: inconsistent stream state');
  });
});
