// Universal newlines on input (CPython's IncrementalNewlineDecoder in textio.c): \r\n and \r become \n
// when translating, a trailing \r is held back until the next chunk so that \r\n is never split, and
// the kinds of newline seen are recorded for the `newlines` attribute.
//
// NewlineTranslator is the pure text part, shared by StringIO, TextIOWrapper and the Python-visible
// _io.IncrementalNewlineDecoder type defined here (which wraps any decoder object, or None).

import { PyObject, PyType, PyValue, makeBuiltinType, objectType, typeName } from '../../objects/object.js';
import { PyBytes } from '../../objects/bytes.js';
import { PyTuple, tuple } from '../../objects/tuple.js';
import { None } from '../../objects/singletons.js';
import { defMethod, defGetSet, bindArgs, noArgs, oneArg } from '../../objects/native.js';
import { asIndex, truthy } from '../../runtime/protocols.js';
import { typeError, valueError } from '../../runtime/raise.js';
import { IncrementalDecoder, PythonDecoder, decoderResult } from './text_codecs.js';

const SEEN_LF = 1;
const SEEN_CR = 2;
const SEEN_CRLF = 4;

/** What `newlines` reports for each combination of the SEEN_* bits. */
function newlinesValue(seen: number): PyValue {
  switch (seen) {
    case SEEN_LF: return '\n';
    case SEEN_CR: return '\r';
    case SEEN_CRLF: return '\r\n';
    case SEEN_LF | SEEN_CR: return tuple(['\r', '\n']);
    case SEEN_LF | SEEN_CRLF: return tuple(['\n', '\r\n']);
    case SEEN_CR | SEEN_CRLF: return tuple(['\r', '\r\n']);
    case SEEN_LF | SEEN_CR | SEEN_CRLF: return tuple(['\r', '\n', '\r\n']);
    default: return None;
  }
}

/** Newline bookkeeping and translation of decoded text. */
export class NewlineTranslator {
  pendingCR = false;
  seen = 0;
  constructor(public translate: boolean) {}

  feed(text: string, final: boolean): string {
    let output = text;
    if (this.pendingCR && (final || output.length > 0)) {
      output = '\r' + output;
      this.pendingCR = false;
    }
    // Keep a trailing \r back even when not translating, so readline() sees \r\n in one piece.
    if (!final && output.length > 0 && output.charCodeAt(output.length - 1) === 13) {
      output = output.slice(0, -1);
      this.pendingCR = true;
    }
    if (output.length === 0) return output;
    const hasCR = output.indexOf('\r') >= 0;
    if (!hasCR) {
      if (output.indexOf('\n') >= 0) this.seen |= SEEN_LF;
      return output;
    }
    let seen = this.seen;
    let out = '';
    let runStart = 0;
    const n = output.length;
    for (let i = 0; i < n; i++) {
      const c = output.charCodeAt(i);
      if (c === 10) {
        seen |= SEEN_LF;
      } else if (c === 13) {
        const crlf = i + 1 < n && output.charCodeAt(i + 1) === 10;
        seen |= crlf ? SEEN_CRLF : SEEN_CR;
        if (this.translate) {
          out += output.slice(runStart, i) + '\n';
          runStart = crlf ? i + 2 : i + 1;
        }
        if (crlf) i++;
      }
    }
    this.seen = seen;
    if (!this.translate) return output;
    return out + output.slice(runStart);
  }

  newlines(): PyValue {
    return newlinesValue(this.seen);
  }

  reset(): void {
    this.seen = 0;
    this.pendingCR = false;
  }
}

/** A codec decoder followed by newline handling, with the combined state CPython's tell() relies on. */
export class UniversalDecoder implements IncrementalDecoder {
  constructor(readonly inner: IncrementalDecoder | null, readonly nl: NewlineTranslator) {}

  decode(input: Uint8Array, final: boolean): string {
    const text = this.inner === null ? '' : this.inner.decode(input, final);
    return this.nl.feed(text, final);
  }
  getstate(): [Uint8Array, number] {
    const [buf, flag] = this.inner === null ? [new Uint8Array(0), 0] : this.inner.getstate();
    return [buf, (flag * 2) + (this.nl.pendingCR ? 1 : 0)];
  }
  setstate(buffered: Uint8Array, flags: number): void {
    this.nl.pendingCR = (flags & 1) === 1;
    if (this.inner !== null) this.inner.setstate(buffered, Math.floor(flags / 2));
  }
  reset(): void {
    this.nl.reset();
    if (this.inner !== null) this.inner.reset();
  }
}

// ---- the _io.IncrementalNewlineDecoder type ----------------------------------------------------------------

export const newlineDecoderType = makeBuiltinType('IncrementalNewlineDecoder', objectType, '_io');
newlineDecoderType.doc =
  'Codec used when reading a file in universal newlines mode.\n\nIt wraps another incremental decoder, translating \\r\\n and \\r into \\n.\nIt also records the types of newlines encountered.  When used with\ntranslate=False, it ensures that the newline sequence is returned in\none piece. When used with decoder=None, it expects unicode strings as\ndecode input and translates newlines without first invoking an external\ndecoder.';

class PyNewlineDecoder extends PyObject {
  /** The wrapped decoder object, or None; null before __init__ has run. */
  decoder: PyValue | null = null;
  python: PythonDecoder | null = null;
  nl = new NewlineTranslator(false);
  errors: PyValue = 'strict';
  constructor(cls: PyType) {
    super(cls);
  }
}
newlineDecoderType.allocate = (cls) => new PyNewlineDecoder(cls);

function nd(self: PyValue): PyNewlineDecoder {
  const d = self as PyNewlineDecoder;
  if (d.decoder === null) throw valueError('IncrementalNewlineDecoder.__init__() not called');
  return d;
}

defMethod(newlineDecoderType, '__init__', (self, args, kw) => {
  const [decoder, translate, errors] = bindArgs('IncrementalNewlineDecoder', ['decoder', 'translate', 'errors'], args, kw, 2);
  const d = self as PyNewlineDecoder;
  d.decoder = decoder!;
  d.python = decoder === None ? null : new PythonDecoder(decoder!);
  d.nl = new NewlineTranslator(truthy(translate!));
  d.errors = errors ?? 'strict';
  return None;
});

defMethod(newlineDecoderType, 'decode', (self, args, kw) => {
  const [input, final] = bindArgs('decode', ['input', 'final'], args, kw, 1);
  const d = nd(self);
  const isFinal = final === undefined ? false : truthy(final);
  const text = d.python === null ? decoderResult(input!) : d.python.decodeValue(input!, isFinal);
  return d.nl.feed(text, isFinal);
});

defMethod(newlineDecoderType, 'getstate', (self, args, kw) => {
  noArgs('IncrementalNewlineDecoder.getstate', args, kw);
  const d = nd(self);
  if (d.python === null) return tuple([new PyBytes(new Uint8Array(0)), d.nl.pendingCR ? 1 : 0]);
  const [buf, flag] = d.python.getstate();
  return tuple([new PyBytes(buf), flag * 2 + (d.nl.pendingCR ? 1 : 0)]);
});

defMethod(newlineDecoderType, 'setstate', (self, args, kw) => {
  const state = oneArg('IncrementalNewlineDecoder.setstate', args, kw);
  const d = nd(self);
  if (!(state instanceof PyTuple)) throw typeError('state argument must be a tuple');
  if (state.items.length !== 2) throw typeError(`setstate() expected 2 items, got ${state.items.length}`);
  const [buf, flagObj] = state.items;
  const flag = asIndex(flagObj);
  const f = typeof flag === 'bigint' ? Number(flag & 0xffffffffn) : flag;
  d.nl.pendingCR = (f & 1) === 1;
  if (d.python !== null) {
    if (!(buf instanceof PyBytes)) throw typeError(`a bytes-like object is required, not '${typeName(buf)}'`);
    d.python.setstate(buf.data, Math.floor(f / 2));
  }
  return None;
});

defMethod(newlineDecoderType, 'reset', (self, args, kw) => {
  noArgs('IncrementalNewlineDecoder.reset', args, kw);
  const d = nd(self);
  d.nl.reset();
  if (d.python !== null) d.python.reset();
  return None;
});

defGetSet(newlineDecoderType, 'newlines', (self) => nd(self).nl.newlines());
