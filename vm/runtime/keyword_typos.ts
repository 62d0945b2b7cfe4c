// The keyword hint CPython 3.14's traceback printer gives a plain "invalid syntax" (or "Perhaps you forgot
// a comma"): traceback.TracebackException._find_keyword_typos. Each name near the error that is not a
// keyword is replaced in turn by the keywords it resembles (the closest by _Py_CalculateSuggestions's
// distance, then difflib.get_close_matches(name, keyword.kwlist, 3, 0.5)); the first replacement that
// makes the statement compile (codeop.compile_command's rules: complete, or valid but incomplete) gives
// "invalid syntax. Did you mean 'while'?", with the caret under that name.
//
// Where it looks comes from the SyntaxError's _metadata (line, offset, source) set by the parser: the
// lines from the statement the parser was in up to the error line. Without source (CPython parsed a
// file, as for `python3 prog.py`) the file is read again and only names on the error line count.
// Tokens and compiles come from the host's CPython (vm/host.ts); like CPython's printer, any failure
// here just means no hint. Error path only: no care for speed.

import { PyBaseException } from '../objects/exceptions.js';
import { PyList } from '../objects/list.js';
import { PyTuple } from '../objects/tuple.js';
import { marshalLoads } from '../marshal/reader.js';
import type { Host } from '../host.js';
import { closestKeyword } from './keyword_suggestion.js';
import { getCloseMatches } from './close_matches.js';

/** keyword.kwlist of CPython 3.14. */
const KWLIST = [
  'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue', 'def',
  'del', 'elif', 'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda',
  'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield',
];
const KEYWORDS = new Set(KWLIST);

const NAME = 1;
const TOKEN_WIDTH = 7;
const PyCF_ONLY_AST = 0x400;
const PyCF_DONT_IMPLY_DEDENT = 0x200;
const PyCF_ALLOW_INCOMPLETE_INPUT = 0x4000;

/** What the printer shows instead once a keyword fits: the line, the name's columns, the message. */
export interface KeywordTypo {
  text: string;
  offset: number;
  endOffset: number;
  lineno: number;
  endLineno: number;
  msg: string;
}

const decoder = new TextDecoder('utf-8');

/** str.splitlines(): every line boundary Python knows, without the line ends. */
function splitLines(s: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const boundary =
      c === 0x0a || c === 0x0d || c === 0x0b || c === 0x0c || (c >= 0x1c && c <= 0x1e) || c === 0x85 ||
      c === 0x2028 || c === 0x2029;
    if (!boundary) continue;
    out.push(s.slice(start, i));
    if (c === 0x0d && s.charCodeAt(i + 1) === 0x0a) i++;
    start = i + 1;
  }
  if (start < s.length) out.push(s.slice(start));
  return out;
}

function isSpace(s: string): boolean {
  return s.length > 0 && /^[\s\x1c-\x1f\x85]+$/u.test(s);
}

/** textwrap.dedent: the common leading blanks and tabs removed, blank lines emptied. */
function dedent(text: string): string {
  const lines = text.split('\n');
  const nonBlank = lines.filter((l) => l !== '' && !isSpace(l));
  let l1 = '';
  let l2 = '';
  if (nonBlank.length > 0) {
    l1 = nonBlank.reduce((m, l) => (l < m ? l : m));
    l2 = nonBlank.reduce((m, l) => (l > m ? l : m));
  }
  let margin = 0;
  for (margin = 0; margin < l1.length; margin++) {
    const c = l1[margin];
    if (c !== l2[margin] || (c !== ' ' && c !== '\t')) break;
  }
  if (margin === l1.length && l1.length > 0) margin = l1.length - 1; // enumerate() ran out: its last index
  return lines.map((l) => (isSpace(l) ? '' : l.slice(margin))).join('\n');
}

interface NameToken {
  string: string;
  srow: number;
  scol: number;
  erow: number;
  ecol: number;
  line: string;
}

/** The NAME tokens tokenize.generate_tokens yields for `code` before it stops (at its end or an error). */
function nameTokens(host: Host, code: string): NameToken[] {
  const r = host.compile({ source: code, filename: '<tokenize>', mode: 'tokenize', flags: 1, optimize: 0 });
  if (!r.ok) return [];
  const result = marshalLoads(r.marshal);
  if (!(result instanceof PyTuple) || !(result.items[0] instanceof PyList)) return [];
  const f = result.items[0].items;
  const out: NameToken[] = [];
  for (let i = 0; i + TOKEN_WIDTH <= f.length; i += TOKEN_WIDTH) {
    if (f[i] !== NAME) continue;
    out.push({
      string: f[i + 1] as string,
      srow: f[i + 2] as number,
      scol: f[i + 3] as number,
      erow: f[i + 4] as number,
      ecol: f[i + 5] as number,
      line: f[i + 6] as string,
    });
  }
  return out;
}

/** Does compile() of `source` with `flags` succeed ('ok'), fail as incomplete input, or fail? */
function tryCompile(host: Host, source: string, flags: number): 'ok' | 'incomplete' | 'error' {
  const r = host.compile({ source, filename: '<input>', mode: 'exec', flags, optimize: -1 });
  if (r.ok) return 'ok';
  return r.error.type === '_IncompleteInputError' ? 'incomplete' : 'error';
}

/**
 * codeop.compile_command(code, symbol='exec', flags=PyCF_ONLY_AST) returns rather than raising: the
 * tree of the code, or of the code and a newline, is incomplete input; otherwise (also when the first
 * tree was fine) the code must compile for real, without those flags (codeop's last compile() drops
 * them, so "'return' outside function" counts).
 */
function compilesAsCommand(host: Host, code: string): boolean {
  let source = code;
  if (source.split('\n').every((l) => l.trim() === '' || l.trim().startsWith('#'))) source = 'pass';
  const incomplete = PyCF_ONLY_AST | PyCF_ALLOW_INCOMPLETE_INPUT | PyCF_DONT_IMPLY_DEDENT;
  if (tryCompile(host, source, incomplete) !== 'ok' && tryCompile(host, `${source}\n`, incomplete) !== 'error') return true;
  return tryCompile(host, source, 0) === 'ok';
}

function codePointLength(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

/** The hint for SyntaxError `e` (its msg, lineno, filename, text and _metadata), or null. */
export function findKeywordTypo(e: PyBaseException, host: Host): KeywordTypo | null {
  try {
    return search(e, host);
  } catch {
    return null; // CPython's printer runs the search under suppress(Exception)
  }
}

function search(e: PyBaseException, host: Host): KeywordTypo | null {
  const fields = e.fields;
  const msg = fields?.get('msg');
  if (typeof msg !== 'string' || (msg !== 'invalid syntax' && !msg.includes('Perhaps you forgot a comma'))) return null;
  const meta = fields?.get('_metadata');
  if (!(meta instanceof PyTuple) || meta.items.length !== 3) return null;
  let line = meta.items[0] as number;
  const source = meta.items[2];
  const lineno = fields?.get('lineno');
  let endLine = typeof lineno === 'number' ? lineno : 0;
  let lines: string[] | null = null;
  let fromFilename = false;
  if (typeof source !== 'string') {
    const filename = fields?.get('filename');
    if (typeof filename === 'string' && filename !== '') {
      const data = filename.startsWith('<') ? null : host.readFile(filename);
      if (data === null) {
        line = 0;
        endLine = 1;
      } else {
        lines = splitLines(decoder.decode(data));
        fromFilename = true;
      }
    }
    if (lines === null) {
      const text = fields?.get('text');
      if (typeof text !== 'string') return null;
      lines = splitLines(text);
    }
  } else {
    lines = splitLines(source);
  }
  const errorCode = dedent(lines.slice(line > 0 ? line - 1 : 0, Math.max(endLine, 0)).join('\n'));
  if (codePointLength(errorCode) > 1024) return null;
  const errorLines = splitLines(errorCode);
  let left = 10;
  const theEnd = line === 0 ? endLine : endLine + 1;
  for (const token of nameTokens(host, errorCode)) {
    if (fromFilename && token.srow + line !== theEnd) continue;
    const wrong = token.string;
    if (KEYWORDS.has(wrong)) continue;
    left--;
    if (left < 0) break;
    const matches: string[] = [];
    const closest = closestKeyword(KWLIST, wrong);
    if (closest !== null) matches.push(closest);
    matches.push(...getCloseMatches(wrong, KWLIST, 3, 0.5));
    for (const suggestion of matches.slice(0, 3)) {
      if (suggestion === wrong) continue;
      const theLines = errorLines.slice();
      const chars = Array.from(theLines[token.srow - 1]);
      chars.splice(token.scol, token.ecol - token.scol, ...Array.from(suggestion));
      theLines[token.srow - 1] = chars.join('');
      if (!compilesAsCommand(host, theLines.join('\n'))) continue;
      return {
        text: token.line,
        offset: token.scol + 1,
        endOffset: token.ecol + 1,
        lineno: token.srow,
        endLineno: token.erow,
        msg: `invalid syntax. Did you mean '${suggestion}'?`,
      };
    }
  }
  return null;
}
