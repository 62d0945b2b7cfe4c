// The marshal reader on hand-made data: Latin-1 str types of every length, and code objects whose fields
// are read directly (plain bytes and tuples) or through the reference table (FLAG_REF, then 'r').

import { describe, expect, it } from 'vitest';
import '../../vm/index.js';
import { marshalLoads } from '../../vm/marshal/reader.js';
import { PyCode } from '../../vm/objects/code.js';
import { PyTuple } from '../../vm/objects/tuple.js';
import { PyBytes } from '../../vm/objects/bytes.js';

const FLAG_REF = 0x80;

/** Builds marshal bytes piece by piece. */
class Data {
  private readonly out: number[] = [];
  type(c: string, ref = false): this {
    this.out.push(c.charCodeAt(0) | (ref ? FLAG_REF : 0));
    return this;
  }
  int32(v: number): this {
    this.out.push(v & 0xff, (v >> 8) & 0xff, (v >> 16) & 0xff, (v >>> 24) & 0xff);
    return this;
  }
  byte(v: number): this {
    this.out.push(v);
    return this;
  }
  raw(bytes: ArrayLike<number>): this {
    for (let i = 0; i < bytes.length; i++) this.out.push(bytes[i]);
    return this;
  }
  shortAscii(s: string, ref = false): this {
    return this.type('z', ref).byte(s.length).raw([...s].map((c) => c.charCodeAt(0)));
  }
  bytes(b: number[], ref = false): this {
    return this.type('s', ref).int32(b.length).raw(b);
  }
  ref(i: number): this {
    return this.type('r').int32(i);
  }
  get(): Uint8Array {
    return Uint8Array.from(this.out);
  }
}

describe('marshal str types', () => {
  it('reads TYPE_ASCII of any length as Latin-1 text', () => {
    for (const n of [0, 1, 2, 13, 100, 8192, 8193, 20000]) {
      const chars = Array.from({ length: n }, (_, i) => 32 + (i % 95));
      const data = new Data().type('a').int32(n).raw(chars).get();
      expect(marshalLoads(data)).toBe(String.fromCharCode(...chars));
    }
  });

  it('decodes bytes 0x80-0xff of the ASCII types as Latin-1, as CPython does', () => {
    // CPython never writes them, but marshal.loads of such data gives U+0080..U+00FF.
    const data = new Data().type('z').byte(3).raw([0x41, 0x80, 0xff]).get();
    expect(marshalLoads(data)).toBe('A\u0080\u00ff');
  });

  it('reads short and interned ASCII strings, and references to them', () => {
    const data = new Data().type(')').byte(3).shortAscii('name', true).type('Z').byte(1).raw([0x78]).ref(0).get();
    const t = marshalLoads(data) as PyTuple;
    expect(t.items).toEqual(['name', 'x', 'name']);
  });
});

/** A code object; `shared` makes co_code a reference target that co_linetable refers back to. */
function codeObject(shared: boolean): Uint8Array {
  const d = new Data().type('c', shared);
  d.int32(1).int32(0).int32(0).int32(2).int32(3); // argcount, posonly, kwonly, stacksize, flags
  d.bytes([149, 0, 83, 0], shared); // co_code: RESUME 0, RETURN_VALUE-ish bytes (not executed)
  // co_consts: plain small tuple (read directly), holding None and a str
  d.type(')').byte(2).type('N').shortAscii('doc');
  // co_names: a referenced tuple when shared
  d.type(')', shared).byte(1).shortAscii('print');
  // co_localsplusnames and co_localspluskinds
  d.type(')').byte(1).shortAscii('x');
  d.bytes([0x26]);
  d.shortAscii('f.py').shortAscii('f').shortAscii('f'); // filename, name, qualname
  d.int32(7); // firstlineno
  if (shared) d.ref(1);
  else d.bytes([0x80, 0x00]); // co_linetable
  d.bytes([]); // co_exceptiontable
  return d.get();
}

describe('marshal code objects', () => {
  it('reads fields given directly', () => {
    const co = marshalLoads(codeObject(false)) as PyCode;
    expect(co).toBeInstanceOf(PyCode);
    expect([co.argcount, co.stacksize, co.flags, co.firstlineno]).toEqual([1, 2, 3, 7]);
    expect(Array.from(co.code)).toEqual([149, 0, 83, 0]);
    expect(co.consts.length).toBe(2);
    expect(co.consts[1]).toBe('doc');
    expect(co.names).toEqual(['print']);
    expect(co.localsplusnames).toEqual(['x']);
    expect(Array.from(co.localspluskinds)).toEqual([0x26]);
    expect([co.filename, co.name, co.qualname]).toEqual(['f.py', 'f', 'f']);
    expect(Array.from(co.linetable)).toEqual([0x80, 0x00]);
    expect(co.exceptiontable.length).toBe(0);
  });

  it('reads fields that are reference targets, and references to them', () => {
    // refs: 0 = the code object, 1 = co_code, 2 = co_names
    const co = marshalLoads(codeObject(true)) as PyCode;
    expect(Array.from(co.code)).toEqual([149, 0, 83, 0]);
    expect(Array.from(co.linetable)).toEqual([149, 0, 83, 0]);
    expect(co.names).toEqual(['print']);
  });

  it('still rejects a field of the wrong type', () => {
    const d = new Data().type('c');
    d.int32(0).int32(0).int32(0).int32(0).int32(0);
    d.type('N'); // co_code must be bytes
    expect(() => marshalLoads(d.get())).toThrow(/co_code is not bytes/);
  });

  it('copies code bytes out of the data, which the caller may reuse', () => {
    const data = codeObject(false);
    const co = marshalLoads(data) as PyCode;
    data.fill(0);
    expect(Array.from(co.code)).toEqual([149, 0, 83, 0]);
  });

  it('gives marshal.loads of plain bytes a PyBytes', () => {
    expect(marshalLoads(new Data().bytes([1, 2]).get())).toBeInstanceOf(PyBytes);
  });
});
