// A reader for CPython's marshal format (version 5, CPython 3.14): turns the bytes of
// marshal.dumps(code) -- or the body of a .pyc file -- into VM values and PyCode objects.
//
// It builds only constants (None, bools, ints, floats, complex, str, bytes, tuples, frozensets, slices,
// code objects, and the lists/dicts/sets marshal can also carry); it never executes anything.

import { PyValue } from '../objects/object.js';
import { None, Ellipsis } from '../objects/singletons.js';
import { PyFloat } from '../objects/float.js';
import { PyComplex } from '../objects/complex.js';
import { PyBytes } from '../objects/bytes.js';
import { PyTuple, tuple } from '../objects/tuple.js';
import { PyList } from '../objects/list.js';
import { PyDict } from '../objects/dict.js';
import { PySet, frozensetType, setType } from '../objects/set.js';
import { PySlice } from '../objects/slice.js';
import { PyCode } from '../objects/code.js';
import { StopIteration } from '../objects/exceptions.js';
import { decodeUtf8SurrogatePass, latin1Text } from './utf8.js';

const FLAG_REF = 0x80;

// Marshal type codes (CPython's Python/marshal.c), as char codes.
const T_NULL = 0x30; // '0'
const T_NONE = 0x4e; // 'N'
const T_FALSE = 0x46; // 'F'
const T_TRUE = 0x54; // 'T'
const T_ELLIPSIS = 0x2e; // '.'
const T_STOPITER = 0x53; // 'S'
const T_INT = 0x69; // 'i'
const T_FLOAT = 0x67; // 'g'
const T_COMPLEX = 0x79; // 'y'
const T_OLD_FLOAT = 0x66; // 'f'
const T_LONG = 0x6c; // 'l'
const T_BYTES = 0x73; // 's'
const T_INTERNED = 0x74; // 't'
const T_UNICODE = 0x75; // 'u'
const T_ASCII = 0x61; // 'a'
const T_ASCII_INTERNED = 0x41; // 'A'
const T_SHORT_ASCII = 0x7a; // 'z'
const T_SHORT_ASCII_INTERNED = 0x5a; // 'Z'
const T_REF = 0x72; // 'r'
const T_TUPLE = 0x28; // '('
const T_SMALL_TUPLE = 0x29; // ')'
const T_LIST = 0x5b; // '['
const T_DICT = 0x7b; // '{'
const T_SET = 0x3c; // '<'
const T_FROZENSET = 0x3e; // '>'
const T_SLICE = 0x3a; // ':'
const T_CODE = 0x63; // 'c'

export class MarshalError extends Error {}

export class MarshalReader {
  private pos = 0;
  private refs: PyValue[] = [];
  private readonly view: DataView;

  constructor(private readonly buf: Uint8Array) {
    this.view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  }

  private fail(what: string): never {
    throw new MarshalError(`bad marshal data (${what} at offset ${this.pos})`);
  }

  private byte(): number {
    if (this.pos >= this.buf.length) this.fail('EOF read where object expected');
    return this.buf[this.pos++];
  }

  private int32(): number {
    if (this.pos + 4 > this.buf.length) this.fail('EOF read where int expected');
    const v = this.view.getInt32(this.pos, true);
    this.pos += 4;
    return v;
  }

  private bytes(n: number): Uint8Array {
    if (n < 0 || this.pos + n > this.buf.length) this.fail('bytes object size out of range');
    const b = this.buf.subarray(this.pos, this.pos + n);
    this.pos += n;
    return b;
  }

  /**
   * A str stored as Latin-1 bytes (TYPE_ASCII and friends; CPython decodes them as Latin-1). Most are
   * short identifiers: those are built from the buffer directly, without a subarray or an array.
   */
  private ascii(n: number): string {
    const start = this.pos;
    const end = start + n;
    if (end > this.buf.length) this.fail('bytes object size out of range');
    this.pos = end;
    return latin1Text(this.buf, start, end);
  }

  /** Reserve a reference slot now (containers refer to themselves through it). */
  private reserve(flag: boolean): number {
    if (!flag) return -1;
    this.refs.push(None);
    return this.refs.length - 1;
  }

  private setRef<T extends PyValue>(idx: number, v: T): T {
    if (idx >= 0) this.refs[idx] = v;
    return v;
  }

  read(): PyValue {
    const v = this.readObject();
    if (v === null) this.fail('NULL object in marshal data for object');
    return v;
  }

  /** Reads one object; null for TYPE_NULL (only meaningful inside dicts). */
  private readObject(): PyValue | null {
    const code = this.byte();
    const flag = (code & FLAG_REF) !== 0;
    // Type codes are ASCII letters: switching on the number avoids making a one-character string.
    const type = code & ~FLAG_REF;
    switch (type) {
      case T_NULL:
        return null;
      case T_NONE:
        return None;
      case T_FALSE:
        return false;
      case T_TRUE:
        return true;
      case T_ELLIPSIS:
        return Ellipsis;
      case T_STOPITER:
        return StopIteration;
      case T_INT:
        return this.setRef(this.reserve(flag), this.int32());
      case T_FLOAT: {
        const idx = this.reserve(flag);
        if (this.pos + 8 > this.buf.length) this.fail('EOF read where float expected');
        const x = this.view.getFloat64(this.pos, true);
        this.pos += 8;
        return this.setRef(idx, new PyFloat(x));
      }
      case T_COMPLEX: {
        const idx = this.reserve(flag);
        const re = this.view.getFloat64(this.pos, true);
        const im = this.view.getFloat64(this.pos + 8, true);
        this.pos += 16;
        return this.setRef(idx, new PyComplex(re, im));
      }
      case T_OLD_FLOAT: {
        const idx = this.reserve(flag);
        const n = this.byte();
        return this.setRef(idx, new PyFloat(Number(this.ascii(n))));
      }
      case T_LONG:
        return this.setRef(this.reserve(flag), this.readLong());
      case T_BYTES:
        return this.setRef(this.reserve(flag), new PyBytes(this.bytes(this.int32()).slice()));
      case T_INTERNED:
      case T_UNICODE: {
        const idx = this.reserve(flag);
        return this.setRef(idx, decodeUtf8SurrogatePass(this.bytes(this.int32())));
      }
      case T_ASCII:
      case T_ASCII_INTERNED:
        return this.setRef(this.reserve(flag), this.ascii(this.int32()));
      case T_SHORT_ASCII:
      case T_SHORT_ASCII_INTERNED:
        return this.setRef(this.reserve(flag), this.ascii(this.byte()));
      case T_REF: {
        const i = this.int32();
        if (i < 0 || i >= this.refs.length) this.fail('invalid reference');
        return this.refs[i];
      }
      case T_TUPLE:
      case T_SMALL_TUPLE: {
        const idx = this.reserve(flag);
        const n = type === T_SMALL_TUPLE ? this.byte() : this.int32();
        if (n < 0) this.fail('tuple size out of range');
        if (n === 0) return this.setRef(idx, tuple([]));
        // Registered before its items are read, as CPython's reader does: an item may refer to it.
        const items: PyValue[] = new Array(n).fill(None);
        const t = this.setRef(idx, new PyTuple(items));
        for (let i = 0; i < n; i++) items[i] = this.read();
        return t;
      }
      case T_LIST: {
        const idx = this.reserve(flag);
        const n = this.int32();
        if (n < 0) this.fail('list size out of range');
        const list = this.setRef(idx, new PyList([]));
        for (let i = 0; i < n; i++) list.items.push(this.read());
        return list;
      }
      case T_DICT: {
        const idx = this.reserve(flag);
        const d = this.setRef(idx, new PyDict());
        for (;;) {
          const k = this.readObject();
          if (k === null) break;
          d.set(k, this.read());
        }
        return d;
      }
      case T_SET:
      case T_FROZENSET: {
        const idx = this.reserve(flag);
        const n = this.int32();
        if (n < 0) this.fail('set size out of range');
        const s = this.setRef(idx, new PySet(type === T_SET ? setType : frozensetType));
        for (let i = 0; i < n; i++) s.add(this.read());
        return s;
      }
      case T_SLICE: {
        const idx = this.reserve(flag);
        const start = this.read();
        const stop = this.read();
        const step = this.read();
        return this.setRef(idx, new PySlice(start, stop, step));
      }
      case T_CODE:
        return this.readCode(flag);
      default:
        this.fail(`unknown type code ${JSON.stringify(String.fromCharCode(type))}`);
    }
  }

  /** TYPE_LONG: digit count (signed), then 15-bit digits, least significant first. */
  private readLong(): number | bigint {
    const n = this.int32();
    const count = Math.abs(n);
    let v = 0n;
    for (let i = count - 1; i >= 0; i--) {
      const lo = this.view.getUint16(this.pos + 2 * i, true);
      if (lo > 0x7fff) this.fail('bad marshal data (digit out of range in long)');
      v = (v << 15n) | BigInt(lo);
    }
    this.pos += 2 * count;
    if (n < 0) v = -v;
    return v >= -9007199254740991n && v <= 9007199254740991n ? Number(v) : v;
  }

  private readCode(flag: boolean): PyCode {
    const co = new PyCode();
    const idx = this.reserve(flag);
    this.setRef(idx, co);
    co.argcount = this.int32();
    co.posonlyargcount = this.int32();
    co.kwonlyargcount = this.int32();
    co.stacksize = this.int32();
    co.flags = this.int32();
    co.code = this.expectBytes('co_code');
    co.consts = this.expectTuple('co_consts');
    co.names = this.expectStrings('co_names');
    co.localsplusnames = this.expectStrings('co_localsplusnames');
    co.localspluskinds = this.expectBytes('co_localspluskinds');
    co.filename = this.expectStr('co_filename');
    co.name = this.expectStr('co_name');
    co.qualname = this.expectStr('co_qualname');
    co.firstlineno = this.int32();
    co.linetable = this.expectBytes('co_linetable');
    co.exceptiontable = this.expectBytes('co_exceptiontable');
    return co;
  }

  // The fields of a code object: when the next object is not a reference target (no FLAG_REF), its
  // bytes or items are read as they are, without the PyBytes/PyTuple wrapper nothing else would see.

  private expectBytes(what: string): Uint8Array {
    if (this.pos < this.buf.length && this.buf[this.pos] === T_BYTES) {
      this.pos++;
      return this.bytes(this.int32()).slice();
    }
    const v = this.read();
    if (!(v instanceof PyBytes)) this.fail(`${what} is not bytes`);
    return v.data;
  }

  private expectTuple(what: string): PyValue[] {
    if (this.pos < this.buf.length) {
      const type = this.buf[this.pos];
      if (type === T_SMALL_TUPLE || type === T_TUPLE) {
        this.pos++;
        const n = type === T_SMALL_TUPLE ? this.byte() : this.int32();
        if (n < 0) this.fail('tuple size out of range');
        const items: PyValue[] = new Array(n);
        for (let i = 0; i < n; i++) items[i] = this.read();
        return items;
      }
    }
    const v = this.read();
    if (!(v instanceof PyTuple)) this.fail(`${what} is not a tuple`);
    return v.items;
  }

  private expectStrings(what: string): string[] {
    const items = this.expectTuple(what);
    for (const s of items) if (typeof s !== 'string') this.fail(`${what} holds a non-string`);
    return items as string[];
  }

  private expectStr(what: string): string {
    const v = this.read();
    if (typeof v !== 'string') this.fail(`${what} is not a str`);
    return v;
  }
}

/** marshal.loads for VM values. */
export function marshalLoads(data: Uint8Array): PyValue {
  return new MarshalReader(data).read();
}
