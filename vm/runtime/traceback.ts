// Printing an uncaught exception the way CPython's default excepthook does: the chain of causes and
// contexts, "Traceback (most recent call last):", one entry per frame with its source line and the
// caret markers under the failing expression, and the final "Type: message" line; SyntaxError gets
// its own file/line/caret layout (with the "Did you mean 'while'?" keyword hints of keyword_typos.ts),
// and exception groups are drawn as nested boxes (traceback.py's TracebackException.format).
//
// This never runs user code except str() of the exception (as CPython does); the keyword hints ask
// the host's compiler only.

import { PyValue } from '../objects/object.js';
import { PyBaseException, SyntaxError, excGetAttr } from '../objects/exceptions.js';
import { PyTraceback } from '../objects/traceback.js';
import { None } from '../objects/singletons.js';
import { PyList } from '../objects/list.js';
import { str } from './protocols.js';
import { Frame } from './frame.js';
import type { Host } from '../host.js';
import { Op, BINARY_OP_SYMBOLS } from '../bytecode/opcodes.js';
import { suggestionSuffix } from './suggestions.js';
import { findKeywordTypo } from './keyword_typos.js';

const decoder = new TextDecoder('utf-8');

class SourceCache {
  private files = new Map<string, string[] | null>();
  constructor(private readonly host: Host) {}
  line(filename: string, lineno: number): string | null {
    let lines = this.files.get(filename);
    if (lines === undefined) {
      let data: Uint8Array | null = null;
      try {
        data = filename.startsWith('<') ? null : this.host.readFile(filename);
      } catch {
        data = null;
      }
      lines = data === null ? null : decoder.decode(data).split(/\r\n|\r|\n/);
      this.files.set(filename, lines);
    }
    if (lines === null || lineno < 1 || lineno > lines.length) return null;
    return lines[lineno - 1];
  }
}

function qualifiedName(e: PyBaseException): string {
  const t = e.cls;
  const mod = t.module;
  return mod === 'builtins' || mod === '__main__' ? t.qualname : `${mod}.${t.qualname}`;
}

/** The final "Type: message" line(s), including notes. */
export function formatExceptionOnly(e: PyBaseException, host: Host | null = null): string[] {
  const name = qualifiedName(e);
  const out: string[] = [];
  if (e.cls.isSubtypeOf(SyntaxError)) {
    out.push(...formatSyntaxError(e, name, host));
  } else {
    let msg: string;
    try {
      msg = str(e);
    } catch {
      msg = '<exception str() failed>';
    }
    // CPython's printer (traceback.TracebackException) appends "Did you mean" hints; str(e) has none.
    msg += suggestionSuffix(e);
    out.push(msg === '' ? `${name}\n` : `${name}: ${msg}\n`);
  }
  const notes = e.dict?.getStr('__notes__');
  if (notes instanceof PyList) {
    for (const n of notes.items) out.push(`${typeof n === 'string' ? n : str(n)}\n`);
  }
  return out;
}

function formatSyntaxError(e: PyBaseException, name: string, host: Host | null): string[] {
  const out: string[] = [];
  const filename = excGetAttr(e, 'filename');
  let lineno = excGetAttr(e, 'lineno');
  let text = excGetAttr(e, 'text');
  let offset = excGetAttr(e, 'offset');
  let endOffset = excGetAttr(e, 'end_offset');
  let endLineno = excGetAttr(e, 'end_lineno');
  let msg = excGetAttr(e, 'msg');
  if (typeof filename === 'string' || typeof lineno === 'number') {
    const fn = typeof filename === 'string' ? filename : '<string>';
    out.push(`  File "${fn}", line ${typeof lineno === 'number' ? lineno : '?'}\n`);
  }
  // After the location line, as in traceback.py: a keyword hint replaces the line, caret and message.
  const typo = typeof text === 'string' && host !== null ? findKeywordTypo(e, host) : null;
  if (typo !== null) {
    ({ text, offset, endOffset, lineno, endLineno, msg } = typo);
  }
  let line: string | null = typeof text === 'string' ? text : null;
  if (line === null && host !== null && typeof filename === 'string' && typeof lineno === 'number') {
    line = new SourceCache(host).line(filename, lineno);
  }
  if (line !== null) {
    // traceback.py's _format_syntax_error: offsets are 1-based code point columns of `text`.
    const rtext = line.replace(/\n+$/, '');
    const ltext = rtext.replace(/^[ \n\f]+/, '');
    const ltextChars = Array.from(ltext);
    const spaces = codePoints(rtext) - ltextChars.length;
    if (typeof offset === 'number') {
      let start = offset;
      let end = lineno === endLineno ? (typeof endOffset === 'number' && endOffset !== 0 ? endOffset : start) : codePoints(rtext) + 1;
      const textLength = codePoints(line);
      if (line !== '' && start > textLength) start = codePoints(rtext) + 1;
      if (line !== '' && end > textLength) end = codePoints(rtext) + 1;
      if (start >= end || end < 0) end = start + 1;
      const colno = start - 1 - spaces;
      const endColno = end - 1 - spaces;
      out.push(`    ${ltext}\n`);
      if (colno >= 0) {
        // Whitespace other than spaces (tabs) is kept, so that the caret lines up.
        const caretSpace = ltextChars.slice(0, colno).map((c) => (/^\s$/u.test(c) ? c : ' ')).join('');
        out.push(`    ${caretSpace}${'^'.repeat(Math.max(0, endColno - colno))}\n`);
      }
    } else if (offset === None) {
      out.push(`    ${ltext}\n`);
    }
  }
  const m = msg === None ? '<no detail available>' : str(msg as PyValue);
  out.push(`${name}: ${m}\n`);
  return out;
}

function codePoints(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

/** The "File ..., line N, in name" entries of a traceback, outermost first. */
export function formatTracebackEntries(tb: PyTraceback | null, host: Host): string[] {
  const out: string[] = [];
  const cache = new SourceCache(host);
  let last: string | null = null;
  let repeats = 0;
  const flushRepeats = (): void => {
    if (repeats > 3) {
      const n = repeats - 3;
      out.push(`  [Previous line repeated ${n} more time${n === 1 ? '' : 's'}]\n`);
    }
  };
  for (let t = tb; t !== null; t = t.next) {
    const frame = t.frame as Frame;
    const code = frame.code;
    const lineno = t.lineno;
    const entryKey = `${code.filename}:${lineno}:${code.name}`;
    if (entryKey === last) {
      repeats++;
      if (repeats > 3) continue;
    } else {
      flushRepeats();
      last = entryKey;
      repeats = 1;
    }
    const lines: string[] = [`  File "${code.filename}", line ${lineno ?? '?'}, in ${code.name}\n`];
    if (lineno !== null) {
      const src = cache.line(code.filename, lineno);
      if (src !== null) {
        const stripped = src.trim();
        if (stripped !== '') {
          lines.push(`    ${stripped}\n`);
          const caret = caretLine(src, code, t.lasti, lineno);
          if (caret !== null) lines.push(caret);
        }
      }
    }
    out.push(...lines);
  }
  flushRepeats();
  return out;
}

/**
 * The caret line under the failing expression, as CPython 3.13+ draws it: `^` under the whole
 * instruction range, or `~` with `^` under an anchor (the operator of a binary operation, the `[...]`
 * of a subscript, the `(...)` of a call). CPython finds anchors with the ast module; here the failing
 * instruction tells which kind of expression it is, and a small scan of its source segment finds them.
 */
function caretLine(
  src: string,
  code: { ops: Uint8Array; args: Int32Array; getPositions(): Positions },
  index: number,
  lineno: number,
): string | null {
  const pos = code.getPositions();
  const col = pos.col[index];
  let endCol = pos.endCol[index];
  if (col < 0 || endCol < 0) return null;
  const multiline = pos.endLine[index] !== lineno;
  if (multiline) endCol = byteLength(src);
  // Columns are UTF-8 byte offsets; convert to character offsets.
  const startChar = charOffset(src, col);
  const endChar = charOffset(src, endCol);
  const segment = src.slice(startChar, endChar);
  const anchors = multiline ? null : findAnchors(segment, code.ops[index], code.args[index]);
  const indent = src.length - src.trimStart().length;
  const trimmedEnd = src.trimEnd().length;
  if (anchors === null && startChar <= indent && endChar >= trimmedEnd) return null; // covers the whole line
  let marks = '';
  for (let i = 0; i < segment.length; i++) {
    marks += anchors === null || (i >= anchors[0] && i < anchors[1]) ? '^' : '~';
  }
  return `    ${' '.repeat(Math.max(0, startChar - indent))}${marks}\n`;
}

type Positions = { line: Int32Array; endLine: Int32Array; col: Int32Array; endCol: Int32Array };

const CALLS = new Set([Op.CALL, Op.CALL_KW, Op.CALL_FUNCTION_EX]);

/** [start, end) of the `^` part within the segment, or null when the expression has no anchor. */
function findAnchors(segment: string, op: number, arg: number): [number, number] | null {
  const seg = segment.trimEnd();
  if (CALLS.has(op)) {
    if (!seg.endsWith(')')) return null;
    const open = matchingOpen(seg, seg.length - 1, '(', ')');
    return open > 0 ? [open, seg.length] : null;
  }
  if ((op === Op.BINARY_OP && arg === 26) || op === Op.BINARY_SLICE) {
    if (!seg.endsWith(']')) return null;
    const open = matchingOpen(seg, seg.length - 1, '[', ']');
    return open > 0 ? [open, seg.length] : null;
  }
  if (op === Op.BINARY_OP && arg < 13) {
    const at = binaryOperatorAt(seg, BINARY_OP_SYMBOLS[arg]);
    return at < 0 ? null : [at, at + BINARY_OP_SYMBOLS[arg].length];
  }
  return null;
}

/** Index of the bracket opening the one closing at `close`, skipping nested brackets and strings. */
function matchingOpen(s: string, close: number, open: string, shut: string): number {
  let depth = 0;
  const mask = maskStrings(s);
  for (let i = close; i >= 0; i--) {
    if (mask[i]) continue;
    if (s[i] === shut) depth++;
    else if (s[i] === open && --depth === 0) return i;
  }
  return -1;
}

/** Marks characters inside string literals, so brackets and operators in them are ignored. */
function maskStrings(s: string): boolean[] {
  const mask: boolean[] = new Array(s.length).fill(false);
  let quote: string | null = null;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (quote !== null) {
      mask[i] = true;
      if (c === '\\') {
        if (i + 1 < s.length) mask[++i] = true;
      } else if (s.startsWith(quote, i)) {
        for (let k = 1; k < quote.length; k++) mask[i + k] = true;
        i += quote.length - 1;
        quote = null;
      }
    } else if (c === '"' || c === "'") {
      quote = s.startsWith(c.repeat(3), i) ? c.repeat(3) : c;
      mask[i] = true;
      for (let k = 1; k < quote.length; k++) mask[i + k] = true;
      i += quote.length - 1;
    }
  }
  return mask;
}

/**
 * Where the top-level binary operator `symbol` of the expression `s` is: the last occurrence outside
 * brackets (operators associate to the left), the first for the right-associative `**`. An occurrence
 * counts only in binary position (after an operand) and not as part of a longer operator.
 */
function binaryOperatorAt(s: string, symbol: string): number {
  const mask = maskStrings(s);
  const found: number[] = [];
  let depth = 0;
  for (let i = 0; i < s.length; i++) {
    if (mask[i]) continue;
    const c = s[i];
    if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') depth--;
    else if (depth === 0 && s.startsWith(symbol, i)) {
      const before = s[i - 1] ?? '';
      const after = s[i + symbol.length] ?? '';
      const opChars = '*/<>=!+-%&|^@~';
      const partOfLonger = opChars.includes(after) || (opChars.includes(before) && before !== ')' );
      let j = i - 1;
      while (j >= 0 && s[j] === ' ') j--;
      const operandBefore = j >= 0 && (/[\w)\]}'".]/.test(s[j]) || mask[j]);
      if (!partOfLonger && operandBefore) found.push(i);
      if (symbol.length > 1 || partOfLonger) i += symbol.length - 1;
    }
  }
  if (found.length === 0) return -1;
  return symbol === '**' ? found[0] : found[found.length - 1];
}

function byteLength(s: string): number {
  return new TextEncoder().encode(s).length;
}

function charOffset(s: string, byteOffset: number): number {
  let bytes = 0;
  let i = 0;
  for (const ch of s) {
    if (bytes >= byteOffset) return i;
    const cp = ch.codePointAt(0)!;
    bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    i += ch.length;
  }
  return i;
}

/** An exception with the parts of its report resolved once (traceback.TracebackException, compact). */
interface ReportNode {
  exc: PyBaseException;
  cause: ReportNode | null;
  context: ReportNode | null;
  /** The sub-exceptions of a group, else null. */
  exceptions: ReportNode[] | null;
}

/**
 * Builds the report tree the way TracebackException does with compact=True: each exception is reported
 * once (cycles and repeats are cut), a context only when there is no cause and it is not suppressed.
 */
function buildReport(root: PyBaseException): ReportNode {
  const seen = new Set<PyBaseException>();
  const node = (exc: PyBaseException): ReportNode => {
    seen.add(exc);
    return { exc, cause: null, context: null, exceptions: null };
  };
  const top = node(root);
  const queue: ReportNode[] = [top];
  while (queue.length > 0) {
    const te = queue.pop()!;
    const e = te.exc;
    const cause = e.cause !== null && !seen.has(e.cause) ? node(e.cause) : null;
    const needContext = cause === null && !e.suppressContext;
    const context = e.context !== null && needContext && !seen.has(e.context) ? node(e.context) : null;
    const exceptions = e.egExceptions !== null ? e.egExceptions.map(node) : null;
    te.cause = cause;
    te.context = context;
    te.exceptions = exceptions;
    if (cause !== null) queue.push(cause);
    if (context !== null) queue.push(context);
    if (exceptions !== null) queue.push(...exceptions);
  }
  return top;
}

/** traceback._ExceptionPrintContext: the indentation and "| " margins of nested exception groups. */
class PrintContext {
  depth = 0;
  needClose = false;
  constructor(readonly out: string[], readonly host: Host) {}

  indent(): string {
    return ' '.repeat(2 * this.depth);
  }

  /** Writes text, every line prefixed with the current margin. */
  emit(text: string | string[], margin = '|'): void {
    let prefix = this.indent();
    if (this.depth > 0) prefix += `${margin} `;
    for (const chunk of typeof text === 'string' ? [text] : text) {
      for (const line of chunk.split(/(?<=\n)/)) if (line !== '') this.out.push(prefix + line);
    }
  }
}

const CAUSE_MESSAGE = '\nThe above exception was the direct cause of the following exception:\n\n';
const CONTEXT_MESSAGE = '\nDuring handling of the above exception, another exception occurred:\n\n';
const MAX_GROUP_WIDTH = 15;
const MAX_GROUP_DEPTH = 10;

function formatNode(top: ReportNode, ctx: PrintContext): void {
  // The chain, outermost cause or context first.
  const chain: [string | null, ReportNode][] = [];
  for (let n: ReportNode | null = top; n !== null;) {
    if (n.cause !== null) {
      chain.push([CAUSE_MESSAGE, n]);
      n = n.cause;
    } else if (n.context !== null && !n.exc.suppressContext) {
      chain.push([CONTEXT_MESSAGE, n]);
      n = n.context;
    } else {
      chain.push([null, n]);
      n = null;
    }
  }
  for (let i = chain.length - 1; i >= 0; i--) {
    const [msg, node] = chain[i];
    if (msg !== null) ctx.emit(msg);
    const exc = node.exc;
    if (node.exceptions === null) {
      if (exc.traceback !== null) {
        ctx.emit('Traceback (most recent call last):\n');
        ctx.emit(formatTracebackEntries(exc.traceback, ctx.host));
      }
      ctx.emit(formatExceptionOnly(exc, ctx.host));
    } else if (ctx.depth > MAX_GROUP_DEPTH) {
      ctx.emit(`... (max_group_depth is ${MAX_GROUP_DEPTH})\n`);
    } else {
      formatGroup(node, ctx);
    }
  }
}

function formatGroup(node: ReportNode, ctx: PrintContext): void {
  const exc = node.exc;
  const excs = node.exceptions!;
  const isTop = ctx.depth === 0;
  if (isTop) ctx.depth++;
  if (exc.traceback !== null) {
    ctx.emit('Exception Group Traceback (most recent call last):\n', isTop ? '+' : '|');
    ctx.emit(formatTracebackEntries(exc.traceback, ctx.host));
  }
  ctx.emit(formatExceptionOnly(exc, ctx.host));
  const n = excs.length <= MAX_GROUP_WIDTH ? excs.length : MAX_GROUP_WIDTH + 1;
  ctx.needClose = false;
  for (let i = 0; i < n; i++) {
    const last = i === n - 1;
    if (last) ctx.needClose = true;
    const truncated = i >= MAX_GROUP_WIDTH;
    const title = truncated ? '...' : `${i + 1}`;
    ctx.out.push(`${ctx.indent()}${i === 0 ? '+-' : '  '}+---------------- ${title} ----------------\n`);
    ctx.depth++;
    if (!truncated) {
      formatNode(excs[i], ctx);
    } else {
      const remaining = excs.length - MAX_GROUP_WIDTH;
      ctx.emit(`and ${remaining} more exception${remaining > 1 ? 's' : ''}\n`);
    }
    if (last && ctx.needClose) {
      ctx.out.push(`${ctx.indent()}+------------------------------------\n`);
      ctx.needClose = false;
    }
    ctx.depth--;
  }
  if (isTop) ctx.depth = 0;
}

/**
 * The whole report for an uncaught exception, as the default sys.excepthook prints it: its
 * __cause__/__context__ chain, and exception groups drawn as nested boxes.
 */
export function formatException(e: PyBaseException, host: Host): string {
  const ctx = new PrintContext([], host);
  formatNode(buildReport(e), ctx);
  return ctx.out.join('');
}
