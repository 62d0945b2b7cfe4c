// The binascii module against CPython 3.14 (pyodide): thousands of generated calls of every
// function (random base64 with padding and garbage in both modes, uuencoded lines, quoted-printable
// text, hex with separators, checksums) must give the same bytes or the same exception and message.

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
import { pyErrorType, pyErrorMessage } from '../../vm/runtime/raise.js';
import { createInterpreter } from '../../vm/runtime/main.js';
import { NodeHost } from '../../host/node/node_host.js';

type Py = Awaited<ReturnType<typeof loadPyodide>>;
let py: Py;
let mod: PyModule;

beforeAll(async () => {
  py = await loadPyodide({ indexURL: `${dirname(createRequire(import.meta.url).resolve('pyodide/package.json'))}/` });
  // A real interpreter: creating a native module completes its __spec__ and __doc__ through importlib.
  mod = nativeModuleFactory('binascii')!(createInterpreter(new NodeHost(), ['binascii_test'], process.cwd()));
}, 60_000);

/** An argument: bytes (list of ints), str, bool or int. */
type Arg = { b: number[] } | { s: string } | boolean | number;
interface Call {
  fn: string;
  args: Arg[];
  kw?: Record<string, Arg>;
}

function toVm(a: Arg): PyValue {
  if (typeof a === 'object') return 'b' in a ? new PyBytes(Uint8Array.from(a.b)) : a.s;
  return a;
}

function runVm(c: Call): string {
  const f = mod.dict.getStr(c.fn) as PyNativeFunction;
  const kw = c.kw ? new Map(Object.entries(c.kw).map(([k, v]) => [k, toVm(v)])) : null;
  try {
    const r = f.fn(c.args.map(toVm), kw);
    if (r instanceof PyBytes) return 'b:' + Array.from(r.data).join(',');
    return 'v:' + String(r);
  } catch (e) {
    return `${pyErrorType(e)}: ${pyErrorMessage(e)}`;
  }
}

function runPy(calls: Call[]): string[] {
  py.globals.set('CALLS_JSON', JSON.stringify(calls));
  return JSON.parse(py.runPython(`
import binascii, json
def conv(a):
    if isinstance(a, dict): return bytes(a['b']) if 'b' in a else a['s']
    return a
def one(c):
    try:
        r = getattr(binascii, c['fn'])(*[conv(a) for a in c['args']], **{k: conv(v) for k, v in c.get('kw', {}).items()})
        return 'b:' + ','.join(map(str, r)) if isinstance(r, bytes) else 'v:' + str(r)
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)
json.dumps([one(c) for c in json.loads(CALLS_JSON)])
`) as string);
}

let seed = 12345;
function rand(n: number): number {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed % n;
}
function pick(alphabet: string, maxLen: number): string {
  let s = '';
  const n = rand(maxLen + 1);
  for (let i = 0; i < n; i++) s += alphabet[rand(alphabet.length)];
  return s;
}
const asBytes = (s: string) => ({ b: Array.from(s, (c) => c.charCodeAt(0)) });
function randomBytes(maxLen: number): number[] {
  const n = rand(maxLen + 1);
  return Array.from({ length: n }, () => rand(256));
}

function compare(calls: Call[]): void {
  const expected = runPy(calls);
  const bad: string[] = [];
  calls.forEach((c, i) => {
    const got = runVm(c);
    if (got !== expected[i] && bad.length < 8) bad.push(`${JSON.stringify(c)}\n  got ${got}\n  want ${expected[i]}`);
  });
  expect(bad).toEqual([]);
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

describe('binascii against CPython', () => {
  it('a2b_base64 on random text with padding, spaces and garbage, in both modes', () => {
    const calls: Call[] = [];
    for (let i = 0; i < 3000; i++) {
      const s = pick(B64.slice(0, 8) + '====  \n!é' + B64.slice(60), 14);
      const arg = rand(3) === 0 ? { s } : asBytes(s.replace('é', '\x80'));
      calls.push({ fn: 'a2b_base64', args: [arg], kw: rand(2) ? { strict_mode: true } : {} });
    }
    compare(calls);
  });

  it('b2a_base64 and hexlify of random bytes, with separators', () => {
    const calls: Call[] = [];
    for (let i = 0; i < 500; i++) {
      const b = { b: randomBytes(70) };
      calls.push({ fn: 'b2a_base64', args: [b], kw: rand(2) ? { newline: false } : {} });
      calls.push({ fn: 'hexlify', args: [b] });
      calls.push({ fn: 'b2a_hex', args: [b, rand(2) ? { s: ':' } : { b: [0x2d] }, rand(11) - 5] });
      calls.push({ fn: 'hexlify', args: [b, { s: pick(':-', 2) }] });
    }
    calls.push({ fn: 'hexlify', args: [{ b: [1, 2] }, { s: '\u0100' }] });
    calls.push({ fn: 'hexlify', args: [{ b: [1, 2] }, { s: 'é' }] });
    calls.push({ fn: 'hexlify', args: [{ b: [1, 2] }, 5] });
    calls.push({ fn: 'hexlify', args: [{ s: 'ab' }] });
    calls.push({ fn: 'b2a_base64', args: [{ b: [1] }, true] });
    compare(calls);
  });

  it('unhexlify of random text', () => {
    const calls: Call[] = [];
    for (let i = 0; i < 500; i++) {
      const s = pick('0123456789abcdefABCDEFxg é', 8);
      calls.push({ fn: rand(2) ? 'unhexlify' : 'a2b_hex', args: [rand(2) ? { s } : asBytes(s.replace('é', '\xff'))] });
    }
    calls.push({ fn: 'unhexlify', args: [7] });
    calls.push({ fn: 'unhexlify', args: [] });
    compare(calls);
  });

  it('uuencode both ways', () => {
    const calls: Call[] = [];
    for (let i = 0; i < 500; i++) {
      calls.push({ fn: 'b2a_uu', args: [{ b: randomBytes(47) }], kw: rand(2) ? { backtick: true } : {} });
      let line = pick(' !"#$%&\'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`', 12);
      if (rand(2)) line += pick(' `\n\r~x', 3);
      calls.push({ fn: 'a2b_uu', args: [rand(4) === 0 ? { s: line } : asBytes(line)] });
    }
    compare(calls);
  });

  it('quoted-printable both ways', () => {
    const calls: Call[] = [];
    for (let i = 0; i < 1500; i++) {
      const text = pick('ab =_.\t\r\n\x00\x7f\xe9Fx3D', 90);
      calls.push({
        fn: 'b2a_qp', args: [asBytes(text)],
        kw: { quotetabs: rand(2) === 1, istext: rand(3) !== 0, header: rand(2) === 1 },
      });
      const enc = pick('ab =_\r\n3DdFgG', 20);
      calls.push({ fn: 'a2b_qp', args: [rand(3) === 0 ? { s: enc } : asBytes(enc)], kw: rand(2) ? { header: true } : {} });
    }
    calls.push({ fn: 'b2a_qp', args: [asBytes('x'.repeat(200))] });
    calls.push({ fn: 'b2a_qp', args: [asBytes(('y'.repeat(74) + ' \r\n').repeat(3))] });
    calls.push({ fn: 'b2a_qp', args: [asBytes('='.repeat(80))] });
    compare(calls);
  });

  it('crc32 and crc_hqx', () => {
    const calls: Call[] = [];
    for (let i = 0; i < 300; i++) {
      const b = { b: randomBytes(40) };
      calls.push({ fn: 'crc32', args: [b] });
      calls.push({ fn: 'crc32', args: [b, rand(2) ? rand(0x7fffffff) : -rand(1000)] });
      calls.push({ fn: 'crc_hqx', args: [b, rand(0x30000) - 100] });
    }
    calls.push({ fn: 'crc32', args: [{ s: 'abc' }] });
    calls.push({ fn: 'crc_hqx', args: [{ b: [] }] });
    compare(calls);
  });
});
