// io.BytesIO (CPython's Modules/_io/bytesio.c): an in-memory binary stream over a growable byte
// buffer, with CPython's argument checks, messages and position rules (writing past the end fills the
// gap with zeros, seeking past it is allowed, truncate never moves the position).
//
// The buffer is a bytearray object so that getbuffer() can hand out a memoryview that writes through.
// pyrewind cannot see when such a view dies (no reference counting), so unlike CPython the buffer may
// still be resized while views exist: they then see the new contents instead of raising BufferError.

import { PyObject, PyType, PyValue, typeName } from '../../objects/object.js';
import { PyBytes, PyByteArray } from '../../objects/bytes.js';
import { PyTuple, tuple } from '../../objects/tuple.js';
import { PyDict } from '../../objects/dict.js';
import { PyList } from '../../objects/list.js';
import { None } from '../../objects/singletons.js';
import { PyBaseException, StopIteration } from '../../objects/exceptions.js';
import { defMethod, defNew, defGetSet, bindArgs, noArgs, argRange, noKwargs, oneArg } from '../../objects/native.js';
import { newMemoryView } from '../../objects/memoryview.js';
import { getIter, iterNext, asIndex } from '../../runtime/protocols.js';
import { typeError, valueError, overflowError } from '../../runtime/raise.js';
import { makeBuiltinType } from '../../objects/object.js';
import { bufferedIOBaseType } from './iobase.js';
import { closedFile } from './errors.js';
import { bytesArg, writableBuffer } from './buffers.js';
import { optSizeArg, ioSsizeArg, ssizeArg, intArg } from './args.js';

export const bytesIOType = makeBuiltinType('BytesIO', bufferedIOBaseType, '_io');
bytesIOType.doc = 'Buffered I/O implementation using an in-memory bytes buffer.';

export class PyBytesIO extends PyObject {
  /** The contents: store.data[0:store.length]; null once closed. */
  store: PyByteArray | null = new PyByteArray(new Uint8Array(0), 0);
  pos = 0;
  constructor(cls: PyType) {
    super(cls);
  }

  /** The contents, for a stream known to be open. */
  get size(): number {
    return this.store!.length;
  }

  value(): Uint8Array {
    return this.store!.data.subarray(0, this.store!.length);
  }

  /** Make room for `size` bytes (growing the capacity geometrically), zero-filling new space. */
  private reserve(size: number): void {
    const s = this.store!;
    if (size <= s.data.length) return;
    const cap = Math.max(size, Math.min(s.data.length * 2, size + (1 << 24)), 16);
    const grown = new Uint8Array(cap);
    grown.set(s.data.subarray(0, s.length));
    s.data = grown;
  }

  /** write(data) at the current position; a position past the end zero-fills the gap. */
  writeBytes(data: Uint8Array): number {
    const n = data.length;
    if (n === 0) return 0;
    const s = this.store!;
    const end = this.pos + n;
    if (end > s.data.length) this.reserve(end);
    if (this.pos > s.length) s.data.fill(0, s.length, this.pos);
    s.data.set(data, this.pos);
    this.pos = end;
    if (end > s.length) s.length = end;
    return n;
  }

  /** Up to n bytes (all if n < 0) from the position, advancing it. */
  readBytes(n: number): Uint8Array {
    const size = this.size;
    const avail = Math.max(0, size - this.pos);
    const k = n < 0 || n > avail ? avail : n;
    const out = this.store!.data.slice(this.pos, this.pos + k);
    this.pos += k;
    return out;
  }

  /** The next line (through '\n'), at most `limit` bytes when limit >= 0. */
  readLine(limit: number): Uint8Array {
    const size = this.size;
    if (this.pos >= size) return new Uint8Array(0);
    const data = this.store!.data;
    let end = data.indexOf(10, this.pos);
    end = end < 0 || end >= size ? size : end + 1;
    if (limit >= 0 && end - this.pos > limit) end = this.pos + limit;
    const out = data.slice(this.pos, end);
    this.pos = end;
    return out;
  }

  truncateTo(size: number): void {
    if (size < this.store!.length) this.store!.length = size;
  }

  reset(): void {
    this.store = new PyByteArray(new Uint8Array(0), 0);
    this.pos = 0;
  }
}
bytesIOType.allocate = (cls) => new PyBytesIO(cls);

/** The stream, checked open ("I/O operation on closed file."). */
function openIO(self: PyValue): PyBytesIO {
  const b = self as PyBytesIO;
  if (b.store === null) throw closedFile();
  return b;
}

defNew(bytesIOType, (cls) => cls.allocate!(cls));

defMethod(bytesIOType, '__init__', (self, args, kw) => {
  if (args.length > 1) throw typeError(`BytesIO() takes at most 1 argument (${args.length} given)`);
  const [initial] = bindArgs('BytesIO', ['initial_bytes'], args, kw);
  const b = self as PyBytesIO;
  b.reset();
  if (initial !== undefined && initial !== None) {
    b.writeBytes(bytesArg(initial));
    b.pos = 0;
  }
  return None;
});

defMethod(bytesIOType, 'getvalue', (self, args, kw) => {
  noArgs('BytesIO.getvalue', args, kw);
  return new PyBytes(openIO(self).value().slice());
});

defMethod(bytesIOType, 'getbuffer', (self, args, kw) => {
  noArgs('BytesIO.getbuffer', args, kw);
  return newMemoryView(openIO(self).store!);
});

for (const name of ['read', 'read1']) {
  defMethod(bytesIOType, name, (self, args, kw) => {
    noKwargs(`BytesIO.${name}`, kw);
    argRange(name, args, null, 0, 1);
    const n = optSizeArg(args[0]);
    return new PyBytes(openIO(self).readBytes(n));
  });
}

defMethod(bytesIOType, 'readline', (self, args, kw) => {
  noKwargs('BytesIO.readline', kw);
  argRange('readline', args, null, 0, 1);
  const n = optSizeArg(args[0]);
  return new PyBytes(openIO(self).readLine(n));
});

defMethod(bytesIOType, 'readlines', (self, args, kw) => {
  noKwargs('BytesIO.readlines', kw);
  argRange('readlines', args, null, 0, 1);
  const hint = ioSsizeArg(args[0]);
  const b = openIO(self);
  const out: PyValue[] = [];
  let total = 0;
  for (;;) {
    const line = b.readLine(-1);
    if (line.length === 0) break;
    out.push(new PyBytes(line));
    total += line.length;
    if (hint > 0 && total >= hint) break;
  }
  return new PyList(out);
});

defMethod(bytesIOType, 'readinto', (self, args, kw) => {
  const dest = writableBuffer('readinto', oneArg('BytesIO.readinto', args, kw));
  const b = openIO(self);
  const data = b.readBytes(dest.length);
  dest.set(data);
  return data.length;
});

defMethod(bytesIOType, 'write', (self, args, kw) => {
  const arg = oneArg('BytesIO.write', args, kw);
  const b = openIO(self);
  return b.writeBytes(bytesArg(arg));
});

defMethod(bytesIOType, 'writelines', (self, args, kw) => {
  const lines = oneArg('BytesIO.writelines', args, kw);
  openIO(self);
  const it = getIter(lines);
  for (;;) {
    const line = iterNext(it);
    if (line === undefined) break;
    openIO(self).writeBytes(bytesArg(line));
  }
  return None;
});

defMethod(bytesIOType, 'seek', (self, args, kw) => {
  noKwargs('BytesIO.seek', kw);
  argRange('seek', args, null, 1, 2);
  let pos = ssizeArg(args[0]);
  const whence = args.length > 1 ? intArg(args[1]) : 0;
  const b = openIO(self);
  if (pos < 0 && whence === 0) throw valueError(`negative seek value ${pos}`);
  if (whence === 1) pos += b.pos;
  else if (whence === 2) pos += b.size;
  else if (whence !== 0) throw valueError(`invalid whence (${whence}, should be 0, 1 or 2)`);
  if (pos > Number.MAX_SAFE_INTEGER) throw overflowError('new position too large');
  b.pos = pos < 0 ? 0 : pos;
  return b.pos;
});

defMethod(bytesIOType, 'tell', (self, args, kw) => {
  noArgs('BytesIO.tell', args, kw);
  return openIO(self).pos;
});

defMethod(bytesIOType, 'truncate', (self, args, kw) => {
  noKwargs('BytesIO.truncate', kw);
  argRange('truncate', args, null, 0, 1);
  const given = args.length > 0 && args[0] !== None;
  const size = given ? optSizeArg(args[0]) : -1;
  const b = openIO(self);
  const n = given ? size : b.pos;
  if (n < 0) throw valueError(`negative size value ${n}`);
  b.truncateTo(n);
  return n;
});

for (const [name, value] of [['readable', true], ['writable', true], ['seekable', true], ['isatty', false]] as const) {
  defMethod(bytesIOType, name, (self, args, kw) => {
    noArgs(`BytesIO.${name}`, args, kw);
    openIO(self);
    return value;
  });
}

defMethod(bytesIOType, 'flush', (self, args, kw) => {
  noArgs('BytesIO.flush', args, kw);
  openIO(self);
  return None;
});

defMethod(bytesIOType, 'close', (self, args, kw) => {
  noArgs('BytesIO.close', args, kw);
  (self as PyBytesIO).store = null;
  return None;
});

defGetSet(bytesIOType, 'closed', (self) => (self as PyBytesIO).store === null);

defMethod(bytesIOType, '__iter__', (self) => self);
defMethod(bytesIOType, '__next__', (self) => {
  const line = openIO(self).readLine(-1);
  if (line.length === 0) throw new PyBaseException(StopIteration, []);
  return new PyBytes(line);
});

defMethod(bytesIOType, '__getstate__', (self, args, kw) => {
  noArgs('BytesIO.__getstate__', args, kw);
  const b = openIO(self);
  const d = b.dict;
  let dictCopy: PyValue = None;
  if (d !== null && d.size > 0) {
    const copy = new PyDict();
    d.copyInto(copy);
    dictCopy = copy;
  }
  return tuple([new PyBytes(b.value().slice()), b.pos, dictCopy]);
});

defMethod(bytesIOType, '__setstate__', (self, args, kw) => {
  const state = oneArg('BytesIO.__setstate__', args, kw);
  const b = self as PyBytesIO;
  if (!(state instanceof PyTuple) || state.items.length < 3) {
    throw typeError(`${b.cls.isHeap ? b.cls.name : '_io.BytesIO'}.__setstate__ argument should be 3-tuple, got ${typeName(state)}`);
  }
  const [value, posObj, dictObj] = state.items;
  b.reset();
  b.writeBytes(bytesArg(value));
  if (typeof posObj !== 'number' && typeof posObj !== 'bigint' && typeof posObj !== 'boolean') {
    throw typeError(`second item of state must be an integer, not ${typeName(posObj)}`);
  }
  const pos = asIndex(posObj);
  if (typeof pos === 'bigint') throw overflowError('Python int too large to convert to C ssize_t');
  if (pos < 0) throw valueError('position value cannot be negative');
  b.pos = pos;
  if (dictObj !== None) {
    if (!(dictObj instanceof PyDict)) throw typeError(`third item of state should be a dict, got a ${typeName(dictObj)}`);
    if (b.dict === null) b.dict = new PyDict();
    dictObj.copyInto(b.dict);
  }
  return None;
});

defMethod(bytesIOType, '__sizeof__', (self) => {
  const b = self as PyBytesIO;
  return 88 + (b.store === null ? 0 : b.store.data.length + 1);
});
