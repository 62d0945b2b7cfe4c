// The _tokenize module (CPython's Python/Python-tokenize.c): its one type, TokenizerIter, the C
// tokenizer behind tokenize.generate_tokens/tokenize.tokenize (and so inspect.signature of builtins).
//
// pyrewind does not tokenize Python itself: CPython's own tokenizer runs in the host (a CompileRequest
// of mode 'tokenize', see host/node/compile_script.ts). TokenizerIter first drains readline, asks the
// host once for the whole source, then yields the host's token tuples and finally raises the error the
// tokenizer raised after them, so a program sees tokens and errors exactly as CPython gives them (only
// readline is called eagerly rather than line by line). Must not import Node modules.

import { makeBuiltinType, objectType, PyType, PyValue, typeName } from '../objects/object.js';
import { PyModule } from '../objects/module.js';
import { PyTuple } from '../objects/tuple.js';
import { PyList } from '../objects/list.js';
import { PyBytes } from '../objects/bytes.js';
import { PyIterator } from '../objects/iterator_base.js';
import { PyBaseException, StopIteration, exceptionType, newException } from '../objects/exceptions.js';
import { None } from '../objects/singletons.js';
import { bindArgs, defMethod, defNew } from '../objects/native.js';
import { callObject } from '../runtime/call.js';
import { getAttr } from '../runtime/attributes.js';
import { marshalLoads } from '../marshal/reader.js';
import { syntaxErrorFrom } from '../runtime/compile.js';
import { currentInterpreter } from '../runtime/interpreter.js';
import { typeError } from '../runtime/raise.js';
import { truthy } from '../runtime/protocols.js';
import { registerNativeModule } from './registry.js';

const tokenizerIterType = makeBuiltinType('TokenizerIter', objectType, '_tokenize');

/** Items per token in the host's flat list: type, string, srow, scol, erow, ecol, line. */
const TOKEN_WIDTH = 7;

class TokenizerIter extends PyIterator {
  private at = 0;

  constructor(
    cls: PyType,
    private readonly flat: PyValue[],
    private readonly error: PyValue,
  ) {
    super(cls);
  }

  next(): PyValue | undefined {
    const f = this.flat;
    const i = this.at;
    if (i + TOKEN_WIDTH <= f.length) {
      this.at = i + TOKEN_WIDTH;
      return new PyTuple([f[i], f[i + 1], new PyTuple([f[i + 2], f[i + 3]]), new PyTuple([f[i + 4], f[i + 5]]), f[i + 6]]);
    }
    // CPython's tokenizer stays in its error state: every later next() raises the error again.
    if (this.error instanceof PyTuple) throw tokenizerError(this.error.items);
    return undefined;
  }
}

/** The exception the host's tokenizer raised: (class name, msg, filename, lineno, offset, text, end_lineno, end_offset). */
function tokenizerError(e: PyValue[]): PyBaseException {
  const [type, msg, filename, lineno, offset, text, endLineno, endOffset] = e;
  const name = typeof type === 'string' ? type : 'SyntaxError';
  const message = typeof msg === 'string' ? msg : '';
  let cls: PyType | null = null;
  try {
    cls = exceptionType(name);
  } catch {
    cls = null;
  }
  const syntaxError = exceptionType('SyntaxError');
  if (cls !== null && !cls.isSubtypeOf(syntaxError)) return new PyBaseException(cls, [message]);
  const int = (v: PyValue | undefined): number | null => (typeof v === 'number' ? v : null);
  return syntaxErrorFrom({
    type: cls === null ? 'SyntaxError' : name,
    msg: message,
    filename: typeof filename === 'string' ? filename : '<string>',
    lineno: int(lineno),
    offset: int(offset),
    text: typeof text === 'string' ? text : null,
    endLineno: int(endLineno),
    endOffset: int(endOffset),
  });
}

/** Calls readline until it raises StopIteration or returns an empty line; the lines joined, as str. */
function drainReadline(readline: PyValue, encoding: string | null): string {
  const parts: string[] = [];
  const stop = StopIteration as PyType;
  for (;;) {
    let line: PyValue;
    try {
      line = callObject(readline, []);
    } catch (e) {
      if (e instanceof PyBaseException && e.cls.isSubtypeOf(stop)) break;
      throw e;
    }
    if (encoding === null) {
      if (typeof line !== 'string') throw typeError('readline() returned a non-string object');
      if (line.length === 0) break;
      parts.push(line);
    } else {
      if (!(line instanceof PyBytes)) throw typeError('readline() returned a non-bytes object');
      if (line.data.length === 0) break;
      const text = callObject(getAttr(line, 'decode'), [encoding, 'replace']);
      if (typeof text !== 'string') throw typeError(`decoder returned ${typeName(text)}, not str`);
      parts.push(text);
    }
  }
  return parts.join('');
}

defNew(tokenizerIterType, (cls, args, kwargs) => {
  if (args.length > 1) throw typeError(`tokenizeriter() takes exactly 1 positional argument (${args.length} given)`);
  const [readline, extraTokens, encoding] = bindArgs('tokenizeriter', ['readline', 'extra_tokens', 'encoding'], args, kwargs, 2);
  let enc: string | null = null;
  if (encoding !== undefined && encoding !== None) {
    if (typeof encoding !== 'string') throw typeError(`tokenizeriter() argument 'encoding' must be str, not ${typeName(encoding)}`);
    enc = encoding;
  }
  const source = drainReadline(readline!, enc);
  // A BOM left by a 'utf-8' decode is text to the tokenizer; 'utf-8-sig' (detect_encoding's answer for
  // a BOM) has removed it, as CPython's decoder does.
  const interp = currentInterpreter();
  const r = interp.host.compile({ source, filename: '<tokenize>', mode: 'tokenize', flags: truthy(extraTokens!) ? 1 : 0, optimize: 0 });
  if (!r.ok) throw newException(r.error.type, r.error.msg);
  const result = marshalLoads(r.marshal);
  if (!(result instanceof PyTuple) || result.items.length !== 2 || !(result.items[0] instanceof PyList)) {
    throw new Error('the host did not return tokens');
  }
  return new TokenizerIter(cls, result.items[0].items, result.items[1]);
});

defMethod(tokenizerIterType, '__iter__', (self) => self);
defMethod(tokenizerIterType, '__next__', (self) => {
  const v = (self as TokenizerIter).next();
  if (v === undefined) throw new PyBaseException(StopIteration as PyType, []);
  return v;
});

registerNativeModule('_tokenize', () => {
  const mod = new PyModule('_tokenize');
  mod.dict.setStr('TokenizerIter', tokenizerIterType);
  return mod;
});
