// io.StringIO (CPython's Modules/_io/stringio.c): an in-memory text stream. Positions count code
// points; newline=None translates \r and \r\n to \n on write, '' keeps them (both record `newlines`),
// '\r' and '\r\n' translate \n to themselves on write; readline() ends lines as each mode says.
//
// Text is kept as a JS string plus a list of pending appends (the usual use, write() then getvalue(),
// stays linear); code-point offsets are mapped to UTF-16 offsets only when the text has astral chars.

import { PyObject, PyType, PyValue, makeBuiltinType, typeName } from '../../objects/object.js';
import { PyTuple, tuple } from '../../objects/tuple.js';
import { PyDict } from '../../objects/dict.js';
import { None } from '../../objects/singletons.js';
import { PyBaseException, StopIteration } from '../../objects/exceptions.js';
import { defMethod, defNew, defGetSet, bindArgs, noArgs, argRange, noKwargs, oneArg } from '../../objects/native.js';
import { strLen, isAstral } from '../../objects/str_core.js';
import { checkSeam } from '../../objects/str_surrogates.js';
import { asIndex } from '../../runtime/protocols.js';
import { typeError, valueError, overflowError } from '../../runtime/raise.js';
import { textIOBaseType, callMethod } from './iobase.js';
import { plainOSError } from './errors.js';
import { optSizeArg, ssizeArg, intArg } from './args.js';
import { NewlineTranslator } from './newline_decoder.js';

export const stringIOType = makeBuiltinType('StringIO', textIOBaseType, '_io');
stringIOType.doc = 'Text I/O implementation using an in-memory buffer.';

const CLOSED = 'I/O operation on closed file';

/** UTF-16 offset of code point `cp` in s (s may contain surrogate pairs). */
function unitOffset(s: string, cp: number): number {
  let i = 0;
  for (let k = 0; k < cp && i < s.length; k++) {
    const c = s.charCodeAt(i);
    i += c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
  }
  return i;
}

export class PyStringIO extends PyObject {
  private text = '';
  private parts: string[] = [];
  /** Whether text or parts contain a surrogate pair (code points and UTF-16 units differ). */
  private astral = false;
  /** Length and position in code points. */
  length = 0;
  pos = 0;
  closed = false;
  initialized = false;
  /** The newline argument (None or one of '', '\n', '\r', '\r\n'). */
  newline: PyValue = '\n';
  readUniversal = false;
  readTranslate = false;
  /** '\r' or '\r\n' to write instead of '\n', or null. */
  writeNL: string | null = null;
  decoder: NewlineTranslator | null = null;

  constructor(cls: PyType) {
    super(cls);
  }

  private materialize(): string {
    if (this.parts.length > 0) {
      this.text += this.parts.join('');
      this.parts = [];
    }
    return this.text;
  }

  value(): string {
    return this.materialize();
  }

  /** Code points [start, end) of the text. */
  slice(start: number, end: number): string {
    const s = this.materialize();
    if (!this.astral) return s.slice(start, end);
    const a = unitOffset(s, start);
    return s.slice(a, a + unitOffset(s.slice(a), end - start));
  }

  setValue(s: string): void {
    this.text = s;
    this.parts = [];
    this.astral = isAstral(s);
    this.length = this.astral ? strLen(s) : s.length;
  }

  /** Write already-translated text at the position (zero-padding a gap past the end). */
  writeRaw(s: string): void {
    const n = this.astral || isAstral(s) ? strLen(s) : s.length;
    if (n === 0) return;
    // A lone surrogate written against a lone one already in the text (write('\ud800'), then
    // write('\udc00')) is refused here, before anything changes: the joined text could not hold it.
    if (this.pos === this.length) {
      const parts = this.parts;
      checkSeam(parts.length > 0 ? parts[parts.length - 1] : this.text, s);
      if (isAstral(s)) this.astral = true;
      parts.push(s);
      this.length += n;
      this.pos = this.length;
      return;
    }
    let cur = this.materialize();
    if (this.pos > this.length) {
      cur += '\0'.repeat(this.pos - this.length);
      this.length = this.pos;
    }
    const endCp = this.pos + n;
    let a = this.pos;
    let b = endCp;
    if (this.astral) {
      a = unitOffset(cur, this.pos);
      b = a + unitOffset(cur.slice(a), n);
    }
    const before = cur.slice(0, a);
    const after = cur.slice(b);
    checkSeam(before, s);
    checkSeam(s, after);
    if (isAstral(s)) this.astral = true;
    this.text = before + s + after;
    this.pos = endCp;
    if (endCp > this.length) this.length = endCp;
  }

  /** write(s): newline translation as the newline mode asks, then writeRaw. */
  writeText(s: string): void {
    let t = this.decoder === null ? s : this.decoder.feed(s, true);
    if (this.writeNL !== null && t.indexOf('\n') >= 0) t = t.split('\n').join(this.writeNL);
    this.writeRaw(t);
  }

  read(n: number): string {
    const avail = Math.max(0, this.length - this.pos);
    const k = n < 0 || n > avail ? avail : n;
    if (k === 0) return '';
    const out = this.slice(this.pos, this.pos + k);
    this.pos += k;
    return out;
  }

  readline(limit: number): string {
    if (this.pos >= this.length) return '';
    const avail = this.length - this.pos;
    const lim = limit < 0 || limit > avail ? avail : limit;
    const chunk = this.slice(this.pos, this.pos + lim);
    const end = findLineEnd(chunk, 0, this.readTranslate, this.readUniversal, typeof this.newline === 'string' ? this.newline : null);
    const line = end < 0 ? chunk : chunk.slice(0, end);
    this.pos += this.astral ? strLen(line) : line.length;
    return line;
  }

  truncate(size: number): void {
    if (size < this.length) {
      const s = this.materialize();
      this.setValue(this.astral ? s.slice(0, unitOffset(s, size)) : s.slice(0, size));
    }
  }
}
stringIOType.allocate = (cls) => new PyStringIO(cls);

/**
 * Where the first line of s[from:] ends (the index just past its newline), or -1: '\n' after
 * translation, any of \r, \r\n, \n in universal mode, else the given newline string.
 */
export function findLineEnd(s: string, from: number, translated: boolean, universal: boolean, newline: string | null): number {
  if (translated) {
    const i = s.indexOf('\n', from);
    return i < 0 ? -1 : i + 1;
  }
  if (universal) {
    for (let i = from; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c === 10) return i + 1;
      if (c === 13) return i + 1 < s.length && s.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
    }
    return -1;
  }
  const nl = newline!;
  const i = s.indexOf(nl, from);
  return i < 0 ? -1 : i + nl.length;
}

function so(self: PyValue): PyStringIO {
  const s = self as PyStringIO;
  if (!s.initialized) throw valueError('I/O operation on uninitialized object');
  if (s.closed) throw valueError(CLOSED);
  return s;
}

function checkNewline(newline: PyValue, forStringIO: boolean): void {
  if (newline === None) return;
  if (typeof newline !== 'string') throw typeError(`newline must be str or None, not ${typeName(newline)}`);
  if (newline !== '' && newline !== '\n' && newline !== '\r' && newline !== '\r\n') {
    throw valueError(forStringIO ? `illegal newline value: '${newline}'` : `illegal newline value: ${newline}`);
  }
}

function configure(s: PyStringIO, newline: PyValue): void {
  s.newline = newline;
  s.readUniversal = newline === None || newline === '';
  s.readTranslate = newline === None;
  s.writeNL = newline === '\r' || newline === '\r\n' ? newline : null;
  s.decoder = s.readUniversal ? new NewlineTranslator(s.readTranslate) : null;
  s.setValue('');
  s.pos = 0;
  s.closed = false;
  s.initialized = true;
}

defNew(stringIOType, (cls) => cls.allocate!(cls));

defMethod(stringIOType, '__init__', (self, args, kw) => {
  const [initial, newlineArg] = bindArgs('StringIO', ['initial_value', 'newline'], args, kw);
  const newline = newlineArg === undefined ? '\n' : newlineArg;
  checkNewline(newline, true);
  if (initial !== undefined && initial !== None && typeof initial !== 'string') {
    throw typeError(`initial_value must be str or None, not ${typeName(initial)}`);
  }
  const s = self as PyStringIO;
  configure(s, newline);
  if (typeof initial === 'string' && initial.length > 0) {
    s.writeText(initial);
    s.pos = 0;
  }
  return None;
});

defMethod(stringIOType, 'getvalue', (self, args, kw) => {
  noArgs('StringIO.getvalue', args, kw);
  return so(self).value();
});

defMethod(stringIOType, 'read', (self, args, kw) => {
  noKwargs('StringIO.read', kw);
  argRange('read', args, null, 0, 1);
  const n = optSizeArg(args[0]);
  return so(self).read(n);
});

defMethod(stringIOType, 'readline', (self, args, kw) => {
  noKwargs('StringIO.readline', kw);
  argRange('readline', args, null, 0, 1);
  const n = optSizeArg(args[0]);
  return so(self).readline(n);
});

defMethod(stringIOType, 'write', (self, args, kw) => {
  const s = oneArg('StringIO.write', args, kw);
  const io = so(self);
  if (typeof s !== 'string') throw typeError(`string argument expected, got '${typeName(s)}'`);
  io.writeText(s);
  return strLen(s);
});

defMethod(stringIOType, 'tell', (self, args, kw) => {
  noArgs('StringIO.tell', args, kw);
  return so(self).pos;
});

defMethod(stringIOType, 'seek', (self, args, kw) => {
  noKwargs('StringIO.seek', kw);
  argRange('seek', args, null, 1, 2);
  const pos = ssizeArg(args[0]);
  const whence = args.length > 1 ? intArg(args[1]) : 0;
  const s = so(self);
  if (whence !== 0 && whence !== 1 && whence !== 2) throw valueError(`Invalid whence (${whence}, should be 0, 1 or 2)`);
  if (pos < 0 && whence === 0) throw valueError(`Negative seek position ${pos}`);
  if (whence !== 0 && pos !== 0) throw plainOSError("Can't do nonzero cur-relative seeks");
  s.pos = whence === 1 ? s.pos : whence === 2 ? s.length : pos;
  return s.pos;
});

defMethod(stringIOType, 'truncate', (self, args, kw) => {
  noKwargs('StringIO.truncate', kw);
  argRange('truncate', args, null, 0, 1);
  const given = args.length > 0 && args[0] !== None;
  const size = given ? optSizeArg(args[0]) : 0;
  const s = so(self);
  const n = given ? size : s.pos;
  if (n < 0) throw valueError(`Negative size value ${n}`);
  s.truncate(n);
  return n;
});

for (const name of ['readable', 'writable', 'seekable']) {
  defMethod(stringIOType, name, (self, args, kw) => {
    noArgs(`StringIO.${name}`, args, kw);
    so(self);
    return true;
  });
}

defMethod(stringIOType, 'close', (self, args, kw) => {
  noArgs('StringIO.close', args, kw);
  const s = self as PyStringIO;
  s.closed = true;
  s.setValue('');
  return None;
});

defGetSet(stringIOType, 'closed', (self) => {
  const s = self as PyStringIO;
  if (!s.initialized) throw valueError('I/O operation on uninitialized object');
  return s.closed;
});
defGetSet(stringIOType, 'line_buffering', (self) => {
  so(self);
  return false;
});
defGetSet(stringIOType, 'newlines', (self) => {
  const s = so(self);
  return s.decoder === null ? None : s.decoder.newlines();
});

defMethod(stringIOType, '__next__', (self) => {
  const s = so(self);
  let line: PyValue;
  if (!s.cls.isHeap || s.cls.lookup('readline') === stringIOType.attrs.get('readline')) {
    line = s.readline(-1);
  } else {
    line = callMethod(s, 'readline');
    if (typeof line !== 'string') {
      throw plainOSError(`readline() should have returned a str object, not '${typeName(line)}'`);
    }
  }
  if (line === '') throw new PyBaseException(StopIteration, []);
  return line;
});

defMethod(stringIOType, '__getstate__', (self, args, kw) => {
  noArgs('StringIO.__getstate__', args, kw);
  const s = so(self);
  let dictCopy: PyValue = None;
  if (s.dict !== null && s.dict.size > 0) {
    const copy = new PyDict();
    s.dict.copyInto(copy);
    dictCopy = copy;
  }
  return tuple([s.value(), s.newline, s.pos, dictCopy]);
});

defMethod(stringIOType, '__setstate__', (self, args, kw) => {
  const state = oneArg('StringIO.__setstate__', args, kw);
  const s = self as PyStringIO;
  if (!(state instanceof PyTuple) || state.items.length < 4) {
    throw typeError(`${s.cls.isHeap ? s.cls.name : '_io.StringIO'}.__setstate__ argument should be 4-tuple, got ${typeName(state)}`);
  }
  const [initial, newline, posObj, dictObj] = state.items;
  checkNewline(newline, true);
  if (initial !== None && typeof initial !== 'string') {
    throw typeError(`initial_value must be str or None, not ${typeName(initial)}`);
  }
  configure(s, newline);
  // The saved value is restored as is, without newline translation.
  if (typeof initial === 'string') s.setValue(initial);
  if (typeof posObj !== 'number' && typeof posObj !== 'bigint' && typeof posObj !== 'boolean') {
    throw typeError(`third item of state must be an integer, got ${typeName(posObj)}`);
  }
  const pos = asIndex(posObj);
  if (typeof pos === 'bigint') throw overflowError('Python int too large to convert to C ssize_t');
  if (pos < 0) throw valueError('position value cannot be negative');
  s.pos = pos;
  if (dictObj !== None) {
    if (!(dictObj instanceof PyDict)) throw typeError(`fourth item of state should be a dict, got a ${typeName(dictObj)}`);
    if (s.dict === null) s.dict = new PyDict();
    dictObj.copyInto(s.dict);
  }
  return None;
});

export { checkNewline };
