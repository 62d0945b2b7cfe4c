// Writing CPython's marshal format (version 5) for plain values, so that the VM can hand data to the
// host's CPython (an AST to compile: vm/runtime/ast_to_host.ts), which reads it with marshal.loads.
//
// Only the value types the format's data callers need: None, bools, Ellipsis, ints of any size,
// floats, complex numbers, str, bytes, and tuples/lists/frozensets of them, each written exactly (no
// back-references, so a shared object is written as often as it occurs). It does not write code
// objects and is not marshal.dumps: a value it cannot write is a JS Error, a bug in the caller.

import { PyValue } from '../objects/object.js';
import { PyFloat } from '../objects/float.js';
import { PyComplex } from '../objects/complex.js';
import { PyBytes } from '../objects/bytes.js';
import { PyTuple } from '../objects/tuple.js';
import { PyList } from '../objects/list.js';
import { PySet } from '../objects/set.js';
import { None, Ellipsis } from '../objects/singletons.js';

class ByteSink {
  buf = new Uint8Array(256);
  len = 0;
  private view = new DataView(this.buf.buffer);

  private room(n: number): void {
    if (this.len + n <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < this.len + n) size *= 2;
    const next = new Uint8Array(size);
    next.set(this.buf.subarray(0, this.len));
    this.buf = next;
    this.view = new DataView(next.buffer);
  }

  byte(b: number): void {
    this.room(1);
    this.buf[this.len++] = b;
  }

  int32(v: number): void {
    this.room(4);
    this.view.setInt32(this.len, v, true);
    this.len += 4;
  }

  uint16(v: number): void {
    this.room(2);
    this.view.setUint16(this.len, v, true);
    this.len += 2;
  }

  float64(v: number): void {
    this.room(8);
    this.view.setFloat64(this.len, v, true);
    this.len += 8;
  }

  bytes(b: Uint8Array): void {
    this.room(b.length);
    this.buf.set(b, this.len);
    this.len += b.length;
  }
}

/**
 * UTF-8 with the 'surrogatepass' handler, as marshal writes str: a surrogate pair is one 4-byte
 * character, a lone surrogate a 3-byte sequence.
 */
export function encodeUtf8SurrogatePass(s: string): Uint8Array {
  const out = new Uint8Array(s.length * 3);
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c < 0x80) {
      out[n++] = c;
      continue;
    }
    if (c < 0x800) {
      out[n++] = 0xc0 | (c >> 6);
      out[n++] = 0x80 | (c & 0x3f);
      continue;
    }
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d < 0xe000) {
        c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        i++;
        out[n++] = 0xf0 | (c >> 18);
        out[n++] = 0x80 | ((c >> 12) & 0x3f);
        out[n++] = 0x80 | ((c >> 6) & 0x3f);
        out[n++] = 0x80 | (c & 0x3f);
        continue;
      }
    }
    out[n++] = 0xe0 | (c >> 12);
    out[n++] = 0x80 | ((c >> 6) & 0x3f);
    out[n++] = 0x80 | (c & 0x3f);
  }
  return out.subarray(0, n);
}

function writeLong(sink: ByteSink, v: bigint): void {
  // TYPE_LONG: a signed count of 15-bit digits, least significant first.
  const negative = v < 0n;
  let m = negative ? -v : v;
  const digits: number[] = [];
  while (m > 0n) {
    digits.push(Number(m & 0x7fffn));
    m >>= 15n;
  }
  sink.byte(0x6c); // 'l'
  sink.int32(negative ? -digits.length : digits.length);
  for (const d of digits) sink.uint16(d);
}

function writeValue(sink: ByteSink, v: PyValue): void {
  if (typeof v === 'string') {
    const b = encodeUtf8SurrogatePass(v);
    sink.byte(0x75); // 'u'
    sink.int32(b.length);
    sink.bytes(b);
    return;
  }
  if (typeof v === 'number') {
    if (v >= -0x80000000 && v <= 0x7fffffff) {
      sink.byte(0x69); // 'i'
      sink.int32(v);
    } else {
      writeLong(sink, BigInt(v));
    }
    return;
  }
  if (typeof v === 'bigint') {
    writeLong(sink, v);
    return;
  }
  if (v === true) return sink.byte(0x54); // 'T'
  if (v === false) return sink.byte(0x46); // 'F'
  if (v === None) return sink.byte(0x4e); // 'N'
  if (v === Ellipsis) return sink.byte(0x2e); // '.'
  if (v instanceof PyFloat) {
    sink.byte(0x67); // 'g'
    sink.float64(v.value);
    return;
  }
  if (v instanceof PyComplex) {
    sink.byte(0x79); // 'y'
    sink.float64(v.real);
    sink.float64(v.imag);
    return;
  }
  if (v instanceof PyBytes) {
    sink.byte(0x73); // 's'
    sink.int32(v.data.length);
    sink.bytes(v.data);
    return;
  }
  if (v instanceof PyTuple || v instanceof PyList) {
    sink.byte(v instanceof PyTuple ? 0x28 : 0x5b); // '(' or '['
    sink.int32(v.items.length);
    for (const item of v.items) writeValue(sink, item);
    return;
  }
  if (v instanceof PySet) {
    const items = v.toArray();
    sink.byte(0x3e); // '>' (read back as a frozenset)
    sink.int32(items.length);
    for (const item of items) writeValue(sink, item);
    return;
  }
  throw new Error(`marshal writer: cannot write a ${v.cls.name}`);
}

/** marshal.dumps(v) for the plain values listed above. */
export function marshalDumps(v: PyValue): Uint8Array {
  const sink = new ByteSink();
  writeValue(sink, v);
  return sink.buf.slice(0, sink.len);
}

/**
 * marshal.dumps of a list of the given items, written straight from a JS array (no PyList needed):
 * the flat token streams sent to the host are long.
 */
export function marshalDumpsList(items: readonly PyValue[]): Uint8Array {
  const sink = new ByteSink();
  sink.byte(0x5b);
  sink.int32(items.length);
  for (const item of items) writeValue(sink, item);
  return sink.buf.slice(0, sink.len);
}
