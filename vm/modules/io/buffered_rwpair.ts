// io.BufferedRWPair (CPython's bufferedio.c): a BufferedReader and a BufferedWriter over two raw
// streams (the two ends of a pipe or socket) presented as one object; every method forwards to the
// reader or the writer, as CPython's _forward_call does.

import { PyObject, PyType, PyValue, makeBuiltinType } from '../../objects/object.js';
import { None } from '../../objects/singletons.js';
import { PyBaseException } from '../../objects/exceptions.js';
import { defMethod, defGetSet, noArgs, noKwargs } from '../../objects/native.js';
import { getAttr } from '../../runtime/attributes.js';
import { callObject } from '../../runtime/call.js';
import { typeError, valueError, runtimeError } from '../../runtime/raise.js';
import { bufferedIOBaseType, callMethod, DEFAULT_BUFFER_SIZE } from './iobase.js';
import { unsupported } from './errors.js';
import { ssizeArg } from './args.js';
import { bufferedReaderType, bufferedWriterType } from './buffered.js';

export const bufferedRWPairType = makeBuiltinType('BufferedRWPair', bufferedIOBaseType, '_io');
bufferedRWPairType.doc =
  'A buffered reader and writer object together.\n\nA buffered reader object and buffered writer object put together to\nform a sequential IO object that can read and write. This is typically\nused with a socket or two-way pipe.\n\nreader and writer are RawIOBase objects that are readable and\nwriteable respectively. If the buffer_size is omitted it defaults to\nDEFAULT_BUFFER_SIZE.';

class PyRWPair extends PyObject {
  reader: PyValue | null = null;
  writer: PyValue | null = null;
  constructor(cls: PyType) {
    super(cls);
  }
}
bufferedRWPairType.allocate = (cls) => new PyRWPair(cls);

function forward(target: PyValue | null, name: string, args: PyValue[]): PyValue {
  if (target === null) throw valueError('I/O operation on uninitialized object');
  return callObject(getAttr(target, name), args);
}

defMethod(bufferedRWPairType, '__init__', (self, args, kw) => {
  noKwargs('BufferedRWPair', kw);
  if (args.length < 2) throw typeError(`BufferedRWPair expected at least 2 arguments, got ${args.length}`);
  if (args.length > 3) throw typeError(`BufferedRWPair expected at most 3 arguments, got ${args.length}`);
  const [reader, writer] = args;
  const size = args.length > 2 ? ssizeArg(args[2]) : DEFAULT_BUFFER_SIZE;
  if (callMethod(reader, 'readable') !== true) throw unsupported('File or stream is not readable.');
  if (callMethod(writer, 'writable') !== true) throw unsupported('File or stream is not writable.');
  const p = self as PyRWPair;
  p.reader = callObject(bufferedReaderType, [reader, size]);
  p.writer = callObject(bufferedWriterType, [writer, size]);
  return None;
});

for (const name of ['read', 'peek', 'read1', 'readinto', 'readinto1']) {
  defMethod(bufferedRWPairType, name, (self, args, kw) => {
    noKwargs(name, kw);
    return forward((self as PyRWPair).reader, name, args);
  });
}
defMethod(bufferedRWPairType, 'write', (self, args, kw) => {
  noKwargs('write', kw);
  return forward((self as PyRWPair).writer, 'write', args);
});
defMethod(bufferedRWPairType, 'flush', (self, args, kw) => {
  noArgs('BufferedRWPair.flush', args, kw);
  return forward((self as PyRWPair).writer, 'flush', []);
});
defMethod(bufferedRWPairType, 'readable', (self, args, kw) => {
  noArgs('BufferedRWPair.readable', args, kw);
  return forward((self as PyRWPair).reader, 'readable', []);
});
defMethod(bufferedRWPairType, 'writable', (self, args, kw) => {
  noArgs('BufferedRWPair.writable', args, kw);
  return forward((self as PyRWPair).writer, 'writable', []);
});
defMethod(bufferedRWPairType, 'close', (self, args, kw) => {
  noArgs('BufferedRWPair.close', args, kw);
  const p = self as PyRWPair;
  let first: unknown = null;
  try {
    forward(p.writer, 'close', []);
  } catch (e) {
    first = e;
  }
  try {
    const r = forward(p.reader, 'close', []);
    if (first !== null) throw first;
    return r;
  } catch (e) {
    if (first !== null && e !== first && e instanceof PyBaseException && first instanceof PyBaseException && e.context === null) e.context = first;
    throw e;
  }
});
defMethod(bufferedRWPairType, 'isatty', (self, args, kw) => {
  noArgs('BufferedRWPair.isatty', args, kw);
  const p = self as PyRWPair;
  const r = forward(p.writer, 'isatty', []);
  if (r !== false) return r;
  return forward(p.reader, 'isatty', []);
});
defGetSet(bufferedRWPairType, 'closed', (self) => {
  const p = self as PyRWPair;
  if (p.writer === null) throw runtimeError('the BufferedRWPair object is being garbage-collected');
  return getAttr(p.writer, 'closed');
});
