// The source lines and caret markers of one traceback entry, laid out as CPython 3.14's traceback.py
// does (StackSummary.format_frame_summary): every line the failing instruction spans (long spans cut
// to the lines around the anchors, with "...<N lines>..."), dedented together, and under each a line
// of `^`, or of `~` with `^` under the anchor: the operator of a binary operation, the `[...]` of a
// subscript, the `(...)` of a call.
//
// traceback.py finds anchors and decides whether to draw carets with the ast module; this file reads
// the same facts off the source text with a small scanner (strings, comments and brackets skipped),
// so that printing a traceback needs neither the parser nor any Python code. It only formats text.

/** A string as an array of code points (CPython's column arithmetic counts characters). */
function cps(s: string): string[] {
  return Array.from(s);
}

/** Characters in the first `byteOffset` bytes of the UTF-8 encoding of `line`. */
function byteToCharOffset(line: string, byteOffset: number): number {
  let bytes = 0;
  let n = 0;
  for (const ch of line) {
    if (bytes >= byteOffset) return n;
    const cp = ch.codePointAt(0)!;
    bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    n++;
  }
  return n;
}

function isBlank(s: string): boolean {
  return s.trim() === '';
}

function leadingWhitespace(s: string): string {
  let i = 0;
  while (i < s.length && (s[i] === ' ' || s[i] === '\t')) i++;
  return s.slice(0, i);
}

/** textwrap.dedent on a list of lines: the common leading whitespace removed, blank lines emptied. */
function dedent(lines: string[]): string[] {
  let margin: string | null = null;
  for (const l of lines) {
    if (isBlank(l)) continue;
    const ind = leadingWhitespace(l);
    if (margin === null) margin = ind;
    else if (ind.startsWith(margin)) continue;
    else if (margin.startsWith(ind)) margin = ind;
    else {
      let k = 0;
      while (k < margin.length && k < ind.length && margin[k] === ind[k]) k++;
      margin = margin.slice(0, k);
    }
  }
  const m = margin?.length ?? 0;
  return lines.map((l) => (isBlank(l) ? '' : l.slice(m)));
}

/** Where the `^` part of the carets lies in a segment: from (leftLine, leftCol) to (rightLine, rightCol). */
interface Anchors {
  leftLine: number;
  leftCol: number;
  rightLine: number;
  rightCol: number;
}

/** One top-level piece of an expression: a word, a number or string, an operator, or a bracket group. */
interface Item {
  kind: 'word' | 'atom' | 'op' | 'group' | 'comma';
  text: string;
  start: number;
  end: number;
}

const WORD_START = /[\p{L}\p{Nl}_]/u;
const WORD_CHAR = /[\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}_]/u;
const OPERATORS = ['**=', '//=', '>>=', '<<=', '**', '//', '<<', '>>', '<=', '>=', '==', '!=', ':=', '->',
  '+=', '-=', '*=', '/=', '%=', '@=', '&=', '|=', '^=', '+', '-', '*', '/', '%', '@', '&', '|', '^', '~',
  '<', '>', '=', ':', '.', ';', '!'];
/** Precedence of the binary operators (higher binds tighter); unary -, +, ~ sit at 7. */
const BINARY_PRECEDENCE: Record<string, number> = {
  '|': 1, '^': 2, '&': 3, '<<': 4, '>>': 4, '+': 5, '-': 5, '*': 6, '/': 6, '//': 6, '%': 6, '@': 6, '**': 8,
};
/** Python's keywords: at the top level of a segment they make it a statement or an expression other
 *  than a binary operation, call or subscript (None, True and False are plain operands). */
const KEYWORDS = new Set(['lambda', 'if', 'else', 'and', 'or', 'not', 'in', 'is', 'for', 'async', 'await',
  'yield', 'from', 'None', 'True', 'False', 'return', 'del', 'pass', 'with', 'as', 'while', 'def', 'class',
  'try', 'except', 'finally', 'raise', 'import', 'global', 'nonlocal', 'assert', 'break', 'continue', 'elif']);

/** Index just past the string literal whose opening quote is at `i`. */
function skipString(c: string[], i: number): number {
  const q = c[i];
  const triple = c[i + 1] === q && c[i + 2] === q;
  let k = i + (triple ? 3 : 1);
  while (k < c.length) {
    if (c[k] === '\\') {
      k += 2;
      continue;
    }
    if (c[k] === q && (!triple || (c[k + 1] === q && c[k + 2] === q))) return k + (triple ? 3 : 1);
    if (!triple && c[k] === '\n') return k;
    k++;
  }
  return k;
}

/** The top-level items of c[from, to), or null when the text is not balanced. */
function topLevelItems(c: string[], from: number, to: number): Item[] | null {
  const items: Item[] = [];
  let i = from;
  while (i < to) {
    const ch = c[i];
    if (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r' || ch === '\f') {
      i++;
    } else if (ch === '\\') {
      i += 2;
    } else if (ch === '#') {
      while (i < to && c[i] !== '\n') i++;
    } else if (ch === '"' || ch === "'") {
      const end = skipString(c, i);
      items.push({ kind: 'atom', text: ch, start: i, end });
      i = end;
    } else if (ch === '(' || ch === '[' || ch === '{') {
      const start = i;
      let depth = 0;
      while (i < to) {
        const d = c[i];
        if (d === '"' || d === "'") {
          i = skipString(c, i);
          continue;
        }
        if (d === '#') {
          while (i < to && c[i] !== '\n') i++;
          continue;
        }
        if (d === '\\') {
          i += 2;
          continue;
        }
        if (d === '(' || d === '[' || d === '{') depth++;
        else if (d === ')' || d === ']' || d === '}') {
          depth--;
          if (depth === 0) break;
        }
        i++;
      }
      if (i >= to) return null;
      i++;
      items.push({ kind: 'group', text: ch, start, end: i });
    } else if (ch === ')' || ch === ']' || ch === '}') {
      return null;
    } else if (ch === ',') {
      items.push({ kind: 'comma', text: ch, start: i, end: i + 1 });
      i++;
    } else if (/[0-9]/.test(ch) || (ch === '.' && /[0-9]/.test(c[i + 1] ?? ''))) {
      const start = i;
      while (i < to && (WORD_CHAR.test(c[i]) || c[i] === '.' ||
        ((c[i] === '+' || c[i] === '-') && /[eE]/.test(c[i - 1]) && !/^0[xX]/.test(c.slice(start, i).join(''))))) i++;
      items.push({ kind: 'atom', text: c.slice(start, i).join(''), start, end: i });
    } else if (WORD_START.test(ch)) {
      const start = i;
      while (i < to && WORD_CHAR.test(c[i])) i++;
      // A string prefix (r, b, f, rb, t...) directly before a quote belongs to the string.
      if (i < to && (c[i] === '"' || c[i] === "'") && i - start <= 2) {
        const end = skipString(c, i);
        items.push({ kind: 'atom', text: c[i], start, end });
        i = end;
      } else {
        items.push({ kind: 'word', text: c.slice(start, i).join(''), start, end: i });
      }
    } else {
      let op = '';
      for (const o of OPERATORS) {
        if (c.slice(i, i + o.length).join('') === o) {
          op = o;
          break;
        }
      }
      if (op === '') op = ch;
      items.push({ kind: 'op', text: op, start: i, end: i + op.length });
      i += op.length;
    }
  }
  return items;
}

/** Is this item the end of an operand (so that an operator after it is binary)? */
function endsOperand(it: Item | undefined): boolean {
  if (it === undefined) return false;
  if (it.kind === 'atom' || it.kind === 'group') return true;
  if (it.kind !== 'word') return false;
  return !KEYWORDS.has(it.text) || it.text === 'None' || it.text === 'True' || it.text === 'False';
}

/**
 * The anchor range of the expression c[from, to) as _extract_caret_anchors_from_line_segment finds it
 * ([start, end) indices into c), or null when the expression is not a binary operation, a subscript
 * or a call.
 */
function anchorRange(c: string[], from: number, to: number): [number, number] | null {
  const items = topLevelItems(c, from, to);
  if (items === null || items.length === 0) return null;
  let lowest: Item | null = null;
  let lowestPrec = 99;
  for (let k = 0; k < items.length; k++) {
    const it = items[k];
    if (it.kind === 'comma') return null;
    // A keyword: a statement (which the expression parser refuses) or a non-anchored expression.
    if (it.kind === 'word' && KEYWORDS.has(it.text) && it.text !== 'None' && it.text !== 'True' && it.text !== 'False') return null;
    if (it.kind !== 'op') continue;
    if (it.text === '.') continue;
    const prec = BINARY_PRECEDENCE[it.text];
    if (prec === undefined) {
      if (it.text === '-' || it.text === '+' || it.text === '~') continue;
      return null; // comparison, assignment, slice colon...: not an anchored expression
    }
    if (!endsOperand(items[k - 1])) continue; // unary + or -
    // Left-associative operators: the last of the lowest precedence is the top; ** is right-associative.
    if (prec < lowestPrec || (prec === lowestPrec && prec !== 8)) {
      lowest = it;
      lowestPrec = prec;
    }
  }
  const first = items[0];
  const unaryFirst = first.kind === 'op' && (first.text === '-' || first.text === '+' || first.text === '~');
  if (lowest !== null) {
    if (unaryFirst && lowestPrec > 7) return null; // -a ** b is a unary operation
    return [lowest.start, lowest.end];
  }
  if (unaryFirst) return null;
  const last = items[items.length - 1];
  if (last.kind !== 'group' || last.end !== to) return null;
  if (items.length === 1) {
    // A parenthesized expression is its content; a list display or a dict/set is not anchored.
    return last.text === '(' ? anchorRange(c, last.start + 1, last.end - 1) : null;
  }
  if (last.text === '(' || last.text === '[') return [last.start, to];
  return null;
}

/** (line, column) of index `i` of `c`, lines split at '\n'. */
function lineCol(c: string[], i: number): [number, number] {
  let line = 0;
  let col = 0;
  for (let k = 0; k < i && k < c.length; k++) {
    if (c[k] === '\n') {
      line++;
      col = 0;
    } else {
      col++;
    }
  }
  return [line, col + Math.max(0, i - c.length)];
}

function findAnchors(segment: string): Anchors | null {
  const c = cps(segment);
  const r = anchorRange(c, 0, c.length);
  if (r === null) return null;
  const [leftLine, leftCol] = lineCol(c, r[0]);
  const [rightLine, rightCol] = lineCol(c, r[1]);
  return { leftLine, leftCol, rightLine, rightCol };
}

/**
 * traceback.py's _should_show_carets: no carets under `return f(...)` or `x = f(...)` when the failing
 * call (of a plain name) is the whole statement's value; otherwise carets when there are anchors or
 * when the instruction covers less than its lines.
 */
function shouldShowCarets(start: number, end: number, lines: string[][], anchors: Anchors | null): boolean {
  const first = lines[0];
  const last = lines[lines.length - 1];
  const prefix = first.slice(0, start).join('');
  const rest = last.slice(end).join('').trim();
  if (rest === '' || rest.startsWith('#') || rest.startsWith(';')) {
    if (/^return\s+$/.test(prefix) || isAssignmentPrefix(prefix)) {
      const segment = lines.map((l) => l.join('')).join('\n');
      const c = cps(segment);
      const from = lineStartIndex(lines, 0) + start;
      const to = lineStartIndex(lines, lines.length - 1) + end;
      const items = topLevelItems(c, from, to);
      if (items !== null && items.length === 2 && items[0].kind === 'word' && !KEYWORDS.has(items[0].text) &&
        items[1].kind === 'group' && items[1].text === '(' && items[1].end === to) {
        return false;
      }
    }
  }
  if (anchors !== null) return true;
  return first.slice(0, start).join('').trimStart() !== '' || last.slice(end).join('').trimEnd() !== '';
}

function lineStartIndex(lines: string[][], line: number): number {
  let n = 0;
  for (let k = 0; k < line; k++) n += lines[k].length + 1;
  return n;
}

/** `a = `, `self.x = y = `, `a, b = `: assignment targets followed by `=` (not ==, +=, a: int =). */
function isAssignmentPrefix(prefix: string): boolean {
  if (!/=\s*$/.test(prefix)) return false;
  const c = cps(prefix);
  const items = topLevelItems(c, 0, c.length);
  if (items === null || items.length < 2 || items[items.length - 1].text !== '=') return false;
  let expectTarget = true;
  for (const it of items) {
    if (it.kind === 'op' && it.text === '=') {
      if (expectTarget) return false;
      expectTarget = true;
      continue;
    }
    if (it.kind === 'word' && KEYWORDS.has(it.text)) return false;
    if (it.kind === 'op' && it.text !== '.' && it.text !== '*') return false;
    expectTarget = false;
  }
  return expectTarget;
}

/**
 * The indented source lines (and caret lines) of a traceback entry, each ending in '\n'. `getLine`
 * gives a line of the file (null when unknown); col/endCol are the instruction's UTF-8 column offsets
 * (-1 when unknown), on lines lineno and endLineno.
 */
export function formatEntrySource(
  getLine: (lineno: number) => string | null,
  lineno: number,
  endLineno: number,
  col: number,
  endCol: number,
): string[] {
  const noColumns = col < 0 || endCol < 0 || endLineno < lineno;
  const lastLineno = noColumns ? lineno : endLineno;
  const original: string[] = [];
  for (let n = lineno; n <= lastLineno; n++) original.push((getLine(n) ?? '').trimEnd());
  if (original.every(isBlank)) return [];
  if (noColumns) return [`    ${original[0].trim()}\n`];
  const dedented = dedent(original);
  const lines = dedented.map(cps);
  const firstOriginal = cps(original[0]);
  const dedentChars = firstOriginal.length - lines[0].length;
  let start = byteToCharOffset(original[0], col);
  let end = byteToCharOffset(original[original.length - 1], endCol);
  start = Math.max(0, start - dedentChars);
  end = Math.max(0, end - dedentChars);

  const joined = cps(dedented.join('\n'));
  const lastLen = lines[lines.length - 1].length;
  const segment = joined.slice(start, joined.length - (lastLen - end)).join('');
  const anchors = findAnchors(segment);
  const show = shouldShowCarets(start, end, lines, anchors);

  const significant = new Set<number>([0, lines.length - 1]);
  let leftOffset = 0;
  let rightOffset = 0;
  if (anchors !== null) {
    leftOffset = anchors.leftCol + (anchors.leftLine === 0 ? start : 0);
    rightOffset = anchors.rightCol + (anchors.rightLine === 0 ? start : 0);
    for (const l of [anchors.leftLine, anchors.rightLine]) {
      for (let k = l - 1; k <= l + 1; k++) if (k >= 0 && k < lines.length) significant.add(k);
    }
  }
  const result: string[] = [];
  const outputLine = (n: number): void => {
    result.push(dedented[n]);
    if (!show) return;
    const line = lines[n];
    const numSpaces = line.length - cps(dedented[n].trimStart()).length;
    const numCarets = n === lines.length - 1 ? end : line.length;
    let marks = '';
    for (let k = 0; k < numCarets; k++) {
      if (k < numSpaces || (n === 0 && k < start)) marks += ' ';
      else if (anchors !== null &&
        (n > anchors.leftLine || (n === anchors.leftLine && k >= leftOffset)) &&
        (n < anchors.rightLine || (n === anchors.rightLine && k < rightOffset))) marks += '^';
      else marks += anchors !== null ? '~' : '^';
    }
    result.push(marks);
  };
  const sorted = [...significant].sort((a, b) => a - b);
  for (let k = 0; k < sorted.length; k++) {
    if (k > 0) {
      const diff = sorted[k] - sorted[k - 1];
      if (diff === 2) outputLine(sorted[k] - 1);
      else if (diff > 2) result.push(`...<${diff - 1} lines>...`);
    }
    outputLine(sorted[k]);
  }
  return dedent(result).map((l) => `    ${l}\n`);
}
