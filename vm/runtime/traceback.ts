// Printing an uncaught exception the way CPython's default excepthook does: the chain of causes and
// contexts, "Traceback (most recent call last):", one entry per frame with its source lines and the
// caret markers under the failing expression (laid out by traceback_source.ts), and the final
// "Type: message" line; SyntaxError gets its own file/line/caret layout (with the "Did you mean
// 'while'?" keyword hints of keyword_typos.ts), and exception groups are drawn as nested boxes (traceback.py's TracebackException.format).
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
import { suggestionSuffix } from './suggestions.js';
import { findKeywordTypo } from './keyword_typos.js';
import { formatEntrySource } from './traceback_source.js';

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
      const pos = code.getPositions();
      const i = t.lasti;
      const known = i >= 0 && i < pos.col.length;
      lines.push(...formatEntrySource(
        (n) => cache.line(code.filename, n), lineno,
        known ? pos.endLine[i] : -1, known ? pos.col[i] : -1, known ? pos.endCol[i] : -1,
      ));
    }
    out.push(...lines);
  }
  flushRepeats();
  return out;
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
