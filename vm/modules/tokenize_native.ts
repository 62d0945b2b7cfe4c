// The _tokenize module (CPython's Python/Python-tokenize.c): its one type, TokenizerIter, the C
// tokenizer behind tokenize.generate_tokens/tokenize.tokenize (and so inspect.signature of builtins).
//
// pyrewind does not tokenize Python itself: CPython's own tokenizer runs in the host (a CompileRequest
// of mode 'tokenize', see host/node/compile_script.ts), which is stateless. Yet CPython calls readline
// lazily, one line when the tokenizer needs the next one, and a program can see when (a readline that
// prints, an endless source, an error before the rest is read). So TokenizerIter replays that order:
//
// - It calls readline only when it has no token left to give, then asks the host to tokenize the lines
//   read so far followed by a line holding a NUL. CPython refuses a line with a NUL the moment it reads
//   it (SyntaxError 'source code cannot contain null bytes' at that line, before any further token), so
//   the tokens before that error are exactly those CPython yields before calling readline again, and an
//   error before it is one CPython raises before reading on. Only at EOF are the lines sent alone.
// - Re-tokenizing from the start would make a long source quadratic, so when the line just read ends
//   with a NEWLINE token (no open bracket, string or continuation: the tokenizer's whole state is its
//   indentation stack) the next lines form a new segment, sent after synthetic lines that rebuild that stack ('x\n', then each open
//   indentation + 'x\n'); tokens of the synthetic lines are dropped and line numbers shifted back (in
//   positions and in the messages that quote a line number).
//
// CPython takes each readline result as one line, even without a final newline or with several inside:
// lines that are not plain lines travel to the host as a JSON list (flags bit 1) to keep that.
// Must not import Node modules.

import { makeBuiltinType, objectType, PyObject, PyType, PyValue, typeName } from '../objects/object.js';
import { PyModule } from '../objects/module.js';
import { PyTuple } from '../objects/tuple.js';
import { PyList } from '../objects/list.js';
import { PyBytes } from '../objects/bytes.js';
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

/** The indentation of a line (what an INDENT token on it stands for; without extra tokens its string is ''). */
function leadingWhitespace(line: PyValue): string {
  if (typeof line !== 'string') return '';
  let k = 0;
  while (k < line.length) {
    const c = line.charCodeAt(k);
    if (c !== 0x20 && c !== 0x09 && c !== 0x0c) break;
    k++;
  }
  return line.slice(0, k);
}

const tokenizerIterType = makeBuiltinType('TokenizerIter', objectType, '_tokenize');

/** Items per token in the host's flat list: type, string, srow, scol, erow, ecol, line. */
const TOKEN_WIDTH = 7;
const NEWLINE = 4;
const INDENT = 5;
const DEDENT = 6;
/** The line that makes the host's tokenizer stop where CPython would call readline again. */
const STOP_LINE = '\0\n';
const NULL_BYTES = 'source code cannot contain null bytes';

const enum State {
  /** Tokens come as lines are read. */
  Reading,
  /** readline said EOF, or the tokenizer failed: the queue is all that is left, then `error`. */
  Ending,
  /** readline raised (or returned a wrong type): CPython's tokenizer is left broken. */
  Broken,
}

class TokenizerIter extends PyObject {
  private state = State.Reading;
  /** Tokens ready to be yielded, and the next one's index. */
  private queue: PyTuple[] = [];
  private at = 0;
  /** What ends the stream once the queue is drained: the tokenizer's error, or null for StopIteration. */
  private error: PyValue[] | null = null;
  /** Synthetic lines rebuilding the indentation stack before the current segment. */
  private prefix: string[] = [];
  /** The lines of the current segment, and how many real lines came before it. */
  private segment: string[] = [];
  private base = 0;
  /** Tokens of the current segment already queued. */
  private used = 0;
  /** The indentation strings of the open INDENTs, and the type of the last token queued. */
  private readonly indents: string[] = [];
  private lastType = -1;
  /** The end row and line of the last token queued. */
  private lastRow = 0;
  private lastLine: PyValue = '';

  constructor(
    cls: PyType,
    private readonly readline: PyValue,
    private readonly encoding: string | null,
    private readonly extraTokens: boolean,
  ) {
    super(cls);
  }

  next(): PyValue | undefined {
    for (;;) {
      if (this.at < this.queue.length) {
        const t = this.queue[this.at];
        this.queue[this.at++] = undefined as unknown as PyTuple;
        if (this.at === this.queue.length) {
          this.queue = [];
          this.at = 0;
        }
        return t;
      }
      if (this.state === State.Broken) throw new PyBaseException(exceptionType('MemoryError'), []);
      if (this.state === State.Ending) {
        // CPython's tokenizer stays in its error state: every later next() raises the error again.
        if (this.error !== null) throw this.tokenizerError(this.error);
        return undefined;
      }
      const line = this.readLine();
      if (line === null) {
        this.state = State.Ending;
        this.tokenize(false);
      } else {
        this.segment.push(line);
        this.tokenize(true);
      }
    }
  }

  /** One call of readline: the line as str, or null at EOF (StopIteration or an empty line). */
  private readLine(): string | null {
    let line: PyValue;
    try {
      line = callObject(this.readline, []);
    } catch (e) {
      if (e instanceof PyBaseException && e.cls.isSubtypeOf(StopIteration as PyType)) return null;
      this.state = State.Broken;
      throw e;
    }
    if (this.encoding === null) {
      if (typeof line !== 'string') {
        this.state = State.Broken;
        throw typeError('readline() returned a non-string object');
      }
      return line.length === 0 ? null : line;
    }
    if (!(line instanceof PyBytes)) {
      this.state = State.Broken;
      throw typeError('readline() returned a non-bytes object');
    }
    if (line.data.length === 0) return null;
    const text = callObject(getAttr(line, 'decode'), [this.encoding, 'replace']);
    if (typeof text !== 'string') throw typeError(`decoder returned ${typeName(text)}, not str`);
    return text;
  }

  /** Asks the host for the segment's tokens (then a stop line unless at EOF) and queues the new ones. */
  private tokenize(more: boolean): void {
    const p = this.prefix.length;
    const lines = this.prefix.concat(this.segment);
    if (more) lines.push(STOP_LINE);
    // Lines that each end with their only newline (the last may have none at EOF) travel joined, as the
    // host splits them back; any other chunking travels as a JSON list (flags bit 1).
    let plain = true;
    for (let k = 0; k < lines.length && plain; k++) {
      const l = lines[k];
      const nl = l.indexOf('\n');
      plain = nl === l.length - 1 || (nl < 0 && k === lines.length - 1 && l.length > 0);
    }
    const interp = currentInterpreter();
    const r = interp.host.compile({
      source: plain ? lines.join('') : JSON.stringify(lines),
      filename: '<tokenize>',
      mode: 'tokenize',
      flags: (this.extraTokens ? 1 : 0) | (plain ? 0 : 2),
      optimize: 0,
    });
    if (!r.ok) throw newException(r.error.type, r.error.msg);
    const result = marshalLoads(r.marshal);
    if (!(result instanceof PyTuple) || result.items.length !== 2 || !(result.items[0] instanceof PyList)) {
      throw new Error('the host did not return tokens');
    }
    const f = result.items[0].items;
    const shift = this.base - p;
    // The synthetic lines give NAME NEWLINE, then INDENT NAME NEWLINE for each indentation.
    let skip = p === 0 ? 0 : 3 * p - 1;
    let seen = 0;
    const before = this.queue.length;
    for (let i = 0; i + TOKEN_WIDTH <= f.length; i += TOKEN_WIDTH) {
      if (skip > 0) {
        skip--;
        continue;
      }
      if (seen++ < this.used) continue;
      const type = f[i] as number;
      let srow = (f[i + 2] as number) + shift;
      let erow = (f[i + 4] as number) + shift;
      let line = f[i + 6];
      if (srow <= this.base) {
        // Only EOF right after the synthetic lines: without extra tokens the tokens at EOF repeat the
        // row and line of the NEWLINE before them, which is the last real one.
        srow = erow = this.lastRow;
        line = this.lastLine;
      }
      if (type === INDENT) this.indents.push(leadingWhitespace(line));
      else if (type === DEDENT) this.indents.pop();
      this.lastType = type;
      this.lastRow = erow;
      this.lastLine = line;
      this.queue.push(new PyTuple([type, f[i + 1], new PyTuple([srow, f[i + 3]]), new PyTuple([erow, f[i + 5]]), line]));
    }
    this.used = seen;
    const error = result.items[1];
    const items = error instanceof PyTuple ? error.items : null;
    if (more && items !== null && items[1] === NULL_BYTES && items[3] === lines.length) {
      // Stopped at the stop line: CPython would call readline now. After a NEWLINE a new segment starts,
      // unless the line just read gave no token (a comment without extra tokens): the tokens at EOF
      // would then take their row from it.
      if (this.lastType === NEWLINE && this.queue.length > before) {
        this.base += this.segment.length;
        this.segment = [];
        this.used = 0;
        this.prefix = ['x\n'];
        for (const w of this.indents) this.prefix.push(w + 'x\n');
      }
      return;
    }
    this.state = State.Ending;
    this.error = items === null ? null : this.shiftError(items, shift);
  }

  /** The host's error with its line numbers (positions and those quoted in the message) made real. */
  private shiftError(e: PyValue[], shift: number): PyValue[] {
    if (shift === 0) return e;
    const out = e.slice();
    if (typeof out[1] === 'string') {
      out[1] = out[1].replace(/(detected at line |on line )(\d+)/g, (_m, words: string, n: string) => `${words}${Number(n) + shift}`);
    }
    if (typeof out[3] === 'number') out[3] += shift;
    if (typeof out[6] === 'number') out[6] += shift;
    return out;
  }

  /** The exception the host's tokenizer raised: (class name, msg, filename, lineno, offset, text, end_lineno, end_offset). */
  private tokenizerError(e: PyValue[]): PyBaseException {
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
}

defNew(tokenizerIterType, (cls, args, kwargs) => {
  if (args.length > 1) throw typeError(`tokenizeriter() takes exactly 1 positional argument (${args.length} given)`);
  const [readline, extraTokens, encoding] = bindArgs('tokenizeriter', ['readline', 'extra_tokens', 'encoding'], args, kwargs, 2);
  let enc: string | null = null;
  if (encoding !== undefined && encoding !== None) {
    if (typeof encoding !== 'string') throw typeError(`tokenizeriter() argument 'encoding' must be str, not ${typeName(encoding)}`);
    enc = encoding;
  }
  // A BOM left by a 'utf-8' decode is text to the tokenizer; 'utf-8-sig' (detect_encoding's answer for
  // a BOM) has removed it, as CPython's decoder does.
  return new TokenizerIter(cls, readline!, enc, truthy(extraTokens!));
});

defMethod(tokenizerIterType, '__iter__', (self) => self);
defMethod(tokenizerIterType, '__next__', (self) => {
  const v = (self as TokenizerIter).next();
  // CPython's StopIteration carries 'EOF', every time it is raised.
  if (v === undefined) throw new PyBaseException(StopIteration as PyType, ['EOF']);
  return v;
});

registerNativeModule('_tokenize', () => {
  const mod = new PyModule('_tokenize');
  mod.dict.setStr('TokenizerIter', tokenizerIterType);
  return mod;
});
