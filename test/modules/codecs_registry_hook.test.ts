// Checks encodeViaRegistry/decodeViaRegistry (vm/modules/codecs.ts), the path str.encode and
// bytes.decode take for encodings bytes_methods.ts does not implement itself. Until str/bytes call them,
// the program reaches them through two builtins the test installs (_enc for str.encode, _dec for
// bytes.decode); the expected lines were printed by pyodide 3.14.2 running the same program with the
// real methods.
import { beforeAll, describe, expect, it } from 'vitest';
import { runProgram, type ProgramOutcome } from './program_runner.js';
import { PyNativeFunction } from '../../vm/objects/native.js';
import { encodeViaRegistry, decodeViaRegistry } from '../../vm/modules/codecs.js';
import type { PyValue } from '../../vm/objects/object.js';

const PROGRAM = String.raw`def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
show('a', lambda: _enc('x\u20ac\n', 'unicode_escape'))
show('b', lambda: _dec(b'\\u20ac\\n', 'unicode_escape'))
show('c', lambda: _enc('abc', 'rot13'))
show('e', lambda: _enc('caf\xe9', 'cp1252'))
show('f', lambda: _dec(b'caf\xe9', 'cp1252'))
show('f2', lambda: _dec(b'\x81', 'cp1252', 'replace'))
show('g', lambda: _enc('x', 'nope'))
import codecs
def sf(n):
    if n == 'strenc': return codecs.CodecInfo(lambda s, e='strict': (s, len(s)), lambda b, e='strict': (b, len(b)), name='strenc')
codecs.register(sf)
show('h', lambda: _enc('x', 'strenc'))
show('i', lambda: _dec(b'x', 'strenc'))
`;

const EXPECTED = String.raw`a b'x\\u20ac\\n'
b '€\n'
c LookupError 'rot13' is not a text encoding; use codecs.encode() to handle arbitrary codecs
e b'caf\xe9'
f 'café'
f2 '�'
g LookupError unknown encoding: nope
h TypeError 'strenc' encoder returned 'str' instead of 'bytes'; use codecs.encode() to encode to arbitrary types
i TypeError 'strenc' decoder returned 'memoryview' instead of 'str'; use codecs.decode() to decode to arbitrary types
`;

describe('str.encode / bytes.decode through the codec registry', () => {
  let outcome: ProgramOutcome | null = null;
  beforeAll(async () => {
    outcome = await runProgram({ 'main.py': PROGRAM }, (interp) => {
      const errs = (a: PyValue[]) => (a.length > 2 ? (a[2] as string) : 'strict');
      interp.builtins.setStr('_enc', new PyNativeFunction('_enc', (a) => encodeViaRegistry(a[0] as string, a[1] as string, errs(a))));
      interp.builtins.setStr('_dec', new PyNativeFunction('_dec', (a) => decodeViaRegistry(a[0], a[1] as string, errs(a))));
    });
  }, 60000);
  it('runs to the end', () => {
    expect(outcome!.stderr).toBe('');
    expect(outcome!.status).toBe(0);
  });
  const lines = EXPECTED.split('\n').filter((l) => l !== '');
  lines.forEach((line, i) => {
    it(`line ${i + 1}: ${line.slice(0, 60)}`, () => {
      expect(outcome!.stdout.split('\n')[i]).toBe(line);
    });
  });
});
