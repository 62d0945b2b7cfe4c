// The abstract bases of the io class tree (CPython's Modules/_io/iobase.c and the base parts of
// bufferedio.c/textio.c): _IOBase, _RawIOBase, _BufferedIOBase and _TextIOBase, whose methods work on
// any subclass through its other methods (readline() through peek()/read(), tell() through seek(),
// RawIOBase.read() through readinto(), ...). io.py builds the public ABCs IOBase, RawIOBase, ... on them.
//
// The concrete classes (FileIO, BytesIO, ...) override most of this with their own state. Also here:
// callMethod(), how every _io class calls a method of another stream object (fast for the exact
// native types, a real attribute lookup for everything else, as CPython's PyObject_CallMethod).

import { joinByteChunks } from '../../objects/byte_chunks.js';
import { PyObject, PyType, PyValue, makeBuiltinType, objectType, typeName } from '../../objects/object.js';
import { PyBytes, PyByteArray } from '../../objects/bytes.js';
import { PyList } from '../../objects/list.js';
import { None } from '../../objects/singletons.js';
import { PyBaseException, StopIteration } from '../../objects/exceptions.js';
import { PyMethodDescriptor, defMethod, defGetSet, noArgs, argRange, noKwargs } from '../../objects/native.js';
import { instanceDictGetSet } from '../../objects/object_methods.js';
import { getAttr, getAttrOrUndefined, setAttr } from '../../runtime/attributes.js';
import { callObject } from '../../runtime/call.js';
import { truthy, len, getIter, iterNext, asIndex } from '../../runtime/protocols.js';
import { typeError, valueError, notImplementedError } from '../../runtime/raise.js';
import { unsupported, closedFile, plainOSError } from './errors.js';
import { ioSsizeArg, optSizeArg } from './args.js';
import { writableBuffer } from './buffers.js';

type Args = PyValue[];
type Kw = Map<string, PyValue> | null;

/** DEFAULT_BUFFER_SIZE of CPython 3.14 (128 KiB). */
export const DEFAULT_BUFFER_SIZE = 128 * 1024;

export const ioBaseType = makeBuiltinType('_IOBase', objectType, '_io');
ioBaseType.hasInstanceDict = true;
instanceDictGetSet(ioBaseType);
ioBaseType.doc = 'The abstract base class for all I/O classes.';
export const rawIOBaseType = makeBuiltinType('_RawIOBase', ioBaseType, '_io');
rawIOBaseType.doc = 'Base class for raw binary I/O.';
export const bufferedIOBaseType = makeBuiltinType('_BufferedIOBase', ioBaseType, '_io');
bufferedIOBaseType.doc = 'Base class for buffered IO objects.';
export const textIOBaseType = makeBuiltinType('_TextIOBase', ioBaseType, '_io');
textIOBaseType.doc = 'Base class for text I/O.';

// ---- calling methods of other streams ------------------------------------------------------------------

/**
 * obj.name(*args): straight to the method descriptor for instances of built-in types without an
 * instance attribute of that name, else a full attribute lookup and call.
 */
export function callMethod(obj: PyValue, name: string, args: PyValue[] = []): PyValue {
  if (typeof obj === 'object' && !obj.cls.isHeap && (obj.dict === null || obj.dict.getStr(name) === undefined)) {
    const d = obj.cls.lookup(name);
    if (d instanceof PyMethodDescriptor) return d.fn(obj, args, null);
  }
  return callObject(getAttr(obj, name), args);
}

/** bool(obj.closed). */
export function isClosed(obj: PyValue): boolean {
  return truthy(getAttr(obj, 'closed'));
}

/** The tp_name CPython prints in reprs: "_io.FileIO" for the built-in type, the bare name for a subclass. */
export function tpName(cls: PyType): string {
  return cls.isHeap ? cls.name : `${cls.module}.${cls.name}`;
}

// ---- _IOBase ---------------------------------------------------------------------------------------------

const CLOSED_FLAG = '__IOBase_closed';

/** Whether _IOBase.close() has run on obj (the flag lives in the instance dict, as in CPython). */
function ioBaseClosedFlag(obj: PyValue): boolean {
  const v = getAttrOrUndefined(obj, CLOSED_FLAG);
  return v !== undefined && truthy(v);
}

/** _checkClosed(): ValueError if obj.closed. */
export function checkClosed(obj: PyValue): void {
  if (isClosed(obj)) throw closedFile();
}

function checkFlag(obj: PyValue, method: string, what: string): void {
  const r = callMethod(obj, method);
  if (r !== true) throw unsupported(`File or stream is not ${what}.`);
}

defMethod(ioBaseType, 'seek', () => {
  throw unsupported('seek');
});
defMethod(ioBaseType, 'tell', (self, args, kw) => {
  noArgs('_IOBase.tell', args, kw);
  return callMethod(self, 'seek', [0, 1]);
});
defMethod(ioBaseType, 'truncate', () => {
  throw unsupported('truncate');
});
defMethod(ioBaseType, 'flush', (self, args, kw) => {
  noArgs('_IOBase.flush', args, kw);
  if (ioBaseClosedFlag(self)) throw closedFile();
  return None;
});
defMethod(ioBaseType, 'close', (self, args, kw) => {
  noArgs('_IOBase.close', args, kw);
  if (ioBaseClosedFlag(self)) return None;
  // The flag is set even when flush() fails; the flush error is what close() raises.
  try {
    callMethod(self, 'flush');
  } finally {
    setAttr(self, CLOSED_FLAG, true);
  }
  return None;
});
defGetSet(ioBaseType, 'closed', (self) => ioBaseClosedFlag(self));
for (const name of ['seekable', 'readable', 'writable']) {
  defMethod(ioBaseType, name, (_self, args, kw) => {
    noArgs(`_IOBase.${name}`, args, kw);
    return false;
  });
}
defMethod(ioBaseType, '_checkClosed', (self, args, kw) => {
  noArgs('_IOBase._checkClosed', args, kw);
  checkClosed(self);
  return None;
});
defMethod(ioBaseType, '_checkSeekable', (self, args, kw) => {
  noArgs('_IOBase._checkSeekable', args, kw);
  checkFlag(self, 'seekable', 'seekable');
  return true;
});
defMethod(ioBaseType, '_checkReadable', (self, args, kw) => {
  noArgs('_IOBase._checkReadable', args, kw);
  checkFlag(self, 'readable', 'readable');
  return true;
});
defMethod(ioBaseType, '_checkWritable', (self, args, kw) => {
  noArgs('_IOBase._checkWritable', args, kw);
  checkFlag(self, 'writable', 'writable');
  return true;
});
defMethod(ioBaseType, '__enter__', (self, args, kw) => {
  noArgs('_IOBase.__enter__', args, kw);
  checkClosed(self);
  return self;
});
defMethod(ioBaseType, '__exit__', (self) => callMethod(self, 'close'));
defMethod(ioBaseType, 'fileno', () => {
  throw unsupported('fileno');
});
defMethod(ioBaseType, 'isatty', (self, args, kw) => {
  noArgs('_IOBase.isatty', args, kw);
  checkClosed(self);
  return false;
});
defMethod(ioBaseType, '__iter__', (self, args, kw) => {
  noArgs('_IOBase.__iter__', args, kw);
  checkClosed(self);
  return self;
});
defMethod(ioBaseType, '__next__', (self) => {
  const line = callMethod(self, 'readline');
  if (len(line) === 0) throw new PyBaseException(StopIteration, []);
  return line;
});
defMethod(ioBaseType, '__del__', (self) => {
  callMethod(self, 'close');
  return None;
});

/** _IOBase.readline(size=-1): through peek() (when there is one) and read(). */
defMethod(ioBaseType, 'readline', (self, args, kw) => {
  noKwargs('_IOBase.readline', kw);
  argRange('readline', args, null, 0, 1);
  const limit = ioSsizeArg(args[0]);
  const peek = getAttrOrUndefined(self, 'peek');
  const out: number[] = [];
  while (limit < 0 || out.length < limit) {
    let nreadahead = 1;
    if (peek !== undefined) {
      const ahead = callObject(peek, [1]);
      if (!(ahead instanceof PyBytes)) {
        throw plainOSError(`peek() should have returned a bytes object, not '${typeName(ahead)}'`);
      }
      const buf = ahead.data;
      if (buf.length > 0) {
        let n = 0;
        const cap = limit >= 0 ? Math.min(buf.length, limit - out.length) : buf.length;
        while (n < cap) {
          if (buf[n++] === 10) break;
        }
        nreadahead = n;
      }
    }
    const b = callMethod(self, 'read', [nreadahead]);
    if (!(b instanceof PyBytes)) {
      throw plainOSError(`read() should have returned a bytes object, not '${typeName(b)}'`);
    }
    if (b.data.length === 0) break;
    for (let i = 0; i < b.data.length; i++) out.push(b.data[i]);
    if (out[out.length - 1] === 10) break;
  }
  return new PyBytes(Uint8Array.from(out));
});

/** _IOBase.readlines(hint=-1): lines from iteration until their total length goes past hint. */
export function readLinesByIteration(self: PyValue, hint: number): PyList {
  const out: PyValue[] = [];
  const it = getIter(self);
  let total = 0;
  for (;;) {
    const line = iterNext(it);
    if (line === undefined) break;
    out.push(line);
    if (hint > 0) {
      // CPython stops once the total would go past the hint (BytesIO stops on reaching it).
      const n = len(line);
      if (n > hint - total) break;
      total += n;
    }
  }
  return new PyList(out);
}
defMethod(ioBaseType, 'readlines', (self, args, kw) => {
  noKwargs('_IOBase.readlines', kw);
  argRange('readlines', args, null, 0, 1);
  return readLinesByIteration(self, ioSsizeArg(args[0]));
});
defMethod(ioBaseType, 'writelines', (self, args, kw) => {
  // METH_O in CPython: its calling convention words the count error.
  noKwargs('_IOBase.writelines', kw);
  if (args.length !== 1) throw typeError(`_IOBase.writelines() takes exactly one argument (${args.length} given)`);
  checkClosed(self);
  const it = getIter(args[0]);
  for (;;) {
    const line = iterNext(it);
    if (line === undefined) break;
    callMethod(self, 'write', [line]);
  }
  return None;
});

// ---- _RawIOBase --------------------------------------------------------------------------------------------

/** RawIOBase.read(size=-1): readall() for a negative size, else readinto() of a fresh bytearray. */
defMethod(rawIOBaseType, 'read', (self, args, kw) => {
  noKwargs('_RawIOBase.read', kw);
  argRange('read', args, null, 0, 1);
  const n = args.length === 0 ? -1 : ssizeOrIndex(args[0]);
  if (n < 0) return callMethod(self, 'readall');
  const b = new PyByteArray(new Uint8Array(n));
  const r = callMethod(self, 'readinto', [b]);
  if (r === None) return None;
  const got = asIndex(r, () => valueError(`'${typeName(r)}' object cannot be interpreted as an integer`));
  if (typeof got === 'bigint' || got < 0 || got > n) {
    throw valueError(`readinto returned ${got} outside buffer size ${n}`);
  }
  return new PyBytes(b.data.slice(0, got));
});

function ssizeOrIndex(v: PyValue): number {
  const n = asIndex(v);
  return typeof n === 'bigint' ? (n < 0n ? -1 : Number.MAX_SAFE_INTEGER) : n;
}

/** RawIOBase.readall(): read(DEFAULT_BUFFER_SIZE) until EOF. */
defMethod(rawIOBaseType, 'readall', (self, args, kw) => {
  noArgs('_RawIOBase.readall', args, kw);
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const data = callMethod(self, 'read', [DEFAULT_BUFFER_SIZE]);
    if (data === None) {
      if (chunks.length === 0) return None;
      break;
    }
    if (!(data instanceof PyBytes)) throw typeError('read() should return bytes');
    if (data.data.length === 0) break;
    chunks.push(data.data);
    total += data.data.length;
  }
  return new PyBytes(joinByteChunks(chunks, total));
});
defMethod(rawIOBaseType, 'readinto', () => {
  throw notImplementedError('');
});
defMethod(rawIOBaseType, 'write', () => {
  throw notImplementedError('');
});

// ---- _BufferedIOBase -------------------------------------------------------------------------------------

for (const name of ['detach', 'read', 'read1', 'write']) {
  defMethod(bufferedIOBaseType, name, () => {
    throw unsupported(name);
  });
}

/** BufferedIOBase.readinto(b) / readinto1(b): read(len(b)) or read1(len(b)), copied into b. */
function readintoGeneric(self: PyValue, args: Args, kw: Kw, method: 'read' | 'read1', fname: string): PyValue {
  noKwargs(fname, kw);
  argRange(fname, args, null, 1, 1);
  const dest = writableBuffer(fname, args[0]);
  const data = callMethod(self, method, [dest.length]);
  if (!(data instanceof PyBytes)) throw typeError('read() should return bytes');
  const n = data.data.length;
  if (n > dest.length) {
    throw valueError(`read() returned too much data: ${dest.length} bytes requested, ${n} returned`);
  }
  dest.set(data.data);
  return n;
}
defMethod(bufferedIOBaseType, 'readinto', (self, args, kw) => readintoGeneric(self, args, kw, 'read', 'readinto'));
defMethod(bufferedIOBaseType, 'readinto1', (self, args, kw) => readintoGeneric(self, args, kw, 'read1', 'readinto1'));

// ---- _TextIOBase -----------------------------------------------------------------------------------------

for (const name of ['detach', 'read', 'readline', 'write']) {
  defMethod(textIOBaseType, name, () => {
    throw unsupported(name);
  });
}
for (const name of ['encoding', 'newlines', 'errors']) defGetSet(textIOBaseType, name, () => None);

/** Arguments of read(size=-1)-style methods: at most one, positional, size or None. */
export function sizeParam(fname: string, args: Args, kw: Kw): number {
  noKwargs(fname, kw);
  argRange(fname, args, null, 0, 1);
  return optSizeArg(args[0]);
}

