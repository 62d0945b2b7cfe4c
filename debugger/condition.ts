// Breakpoint conditions checked on recorded values, without running any code: `PATH OP LITERAL` (or
// `LITERAL OP PATH`), where PATH is what `print` accepts (a name with .attr / [index] / ['key'] parts),
// OP is one of == != < > <= >=, and LITERAL a Python int, float, str, True, False or None. Values are
// compared as Python compares them (ints, floats and bools as numbers, strs by code point); other objects
// are never equal to a literal and cannot be ordered against one (as Python's TypeError says).
// Parsing happens when the condition is set, so a bad one is refused at once; checking happens at each
// hit. Must not move the session or print.

import type { FrameInfo, Trace } from '../schema/trace.js';
import { DebugError, evaluate, parsePath } from './inspect.js';

export type CompareOp = '==' | '!=' | '<' | '>' | '<=' | '>=';

/** A comparable value: a number (ints as bigint), a str, None, or an object known only by type. */
type Scalar = { kind: 'num'; int: bigint | null; float: number } | { kind: 'str'; text: string } | { kind: 'none' } | { kind: 'other'; type: string };

export interface Condition {
  /** As the user wrote it, for `info breakpoints`. */
  text: string;
  path: string;
  op: CompareOp;
  literal: Scalar;
  /** The literal is on the left (`3 < x`). */
  flipped: boolean;
}

const USAGE =
  'a condition compares a name (or a .attr / [item] path of it, as print shows) with ==, !=, <, >, <= or >= ' +
  'to a literal number, string, True, False or None (it is checked on recorded values: no code is run)';

/** Parse a condition; throws DebugError with the reason and what is supported. */
export function parseCondition(text: string): Condition {
  const cond = text.trim();
  const at = findOperator(cond);
  if (at === null) throw new DebugError(`cannot use '${cond}' as a condition: ${USAGE}`);
  const left = cond.slice(0, at.index).trim();
  const right = cond.slice(at.index + at.op.length).trim();
  let path = left;
  let lit = parseLiteral(right);
  let flipped = false;
  if (lit === null) {
    lit = parseLiteral(left);
    path = right;
    flipped = true;
  }
  if (lit === null) throw new DebugError(`cannot use '${cond}' as a condition: no literal to compare with; ${USAGE}`);
  try {
    parsePath(path);
  } catch {
    throw new DebugError(`cannot use '${cond}' as a condition: '${path}' is not a name or path; ${USAGE}`);
  }
  return { text: cond, path, op: at.op, literal: lit, flipped };
}

/** The first comparison operator outside string literals. */
function findOperator(s: string): { index: number; op: CompareOp } | null {
  let quote = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (quote !== '') {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
      continue;
    }
    if (c === "'" || c === '"') {
      quote = c;
      continue;
    }
    const two = s.slice(i, i + 2);
    if (two === '==' || two === '!=' || two === '<=' || two === '>=') return { index: i, op: two };
    if (c === '<' || c === '>') return { index: i, op: c };
    if (c === '=' || c === '!') return null;
  }
  return null;
}

function parseLiteral(s: string): Scalar | null {
  if (s === 'None') return { kind: 'none' };
  if (s === 'True') return { kind: 'num', int: 1n, float: 1 };
  if (s === 'False') return { kind: 'num', int: 0n, float: 0 };
  if (/^[+-]?\d(_?\d)*$/.test(s)) {
    const v = BigInt(s.replace(/_/g, ''));
    return { kind: 'num', int: v, float: Number(v) };
  }
  if (/^[+-]?0[xX](_?[0-9a-fA-F])+$|^[+-]?0[oO](_?[0-7])+$|^[+-]?0[bB](_?[01])+$/.test(s)) {
    const neg = s.startsWith('-');
    const v = BigInt(s.replace(/^[+-]/, '').replace(/_/g, ''));
    return { kind: 'num', int: neg ? -v : v, float: Number(neg ? -v : v) };
  }
  if (/^[+-]?(\d(_?\d)*)?(\.(\d(_?\d)*)?)?([eE][+-]?\d(_?\d)*)?$/.test(s) && /\d/.test(s)) {
    return { kind: 'num', int: null, float: Number(s.replace(/_/g, '')) };
  }
  if (s.length >= 2 && (s[0] === "'" || s[0] === '"') && s[s.length - 1] === s[0]) {
    const text = decodeStr(s);
    return text === null ? null : { kind: 'str', text };
  }
  return null;
}

/** The text of a Python str literal or repr ('...' or "..."), or null when it is not one (or was cut). */
export function decodeStr(repr: string): string | null {
  const q = repr[0];
  if ((q !== "'" && q !== '"') || repr.length < 2 || repr[repr.length - 1] !== q) return null;
  let out = '';
  const end = repr.length - 1;
  for (let i = 1; i < end; i++) {
    const c = repr[i];
    if (c === q) return null;
    if (c !== '\\') {
      out += c;
      continue;
    }
    const e = repr[++i];
    if (i >= end) return null;
    const simple: Record<string, string> = { n: '\n', t: '\t', r: '\r', '\\': '\\', "'": "'", '"': '"', '0': '\0', a: '\x07', b: '\b', f: '\f', v: '\v' };
    if (e in simple) {
      out += simple[e];
    } else if (e === 'x' || e === 'u' || e === 'U') {
      const len = e === 'x' ? 2 : e === 'u' ? 4 : 8;
      const hex = repr.slice(i + 1, i + 1 + len);
      if (hex.length !== len || !/^[0-9a-fA-F]+$/.test(hex)) return null;
      out += String.fromCodePoint(parseInt(hex, 16));
      i += len;
    } else {
      out += `\\${e}`;
    }
  }
  return out;
}

/** The recorded value as a Scalar. */
function scalarOf(type: string, repr: string): Scalar {
  switch (type) {
    case 'int':
      if (/^-?\d+$/.test(repr)) {
        const v = BigInt(repr);
        return { kind: 'num', int: v, float: Number(v) };
      }
      break;
    case 'bool':
      if (repr === 'True' || repr === 'False') return { kind: 'num', int: repr === 'True' ? 1n : 0n, float: repr === 'True' ? 1 : 0 };
      break;
    case 'float': {
      const f = repr === 'inf' ? Infinity : repr === '-inf' ? -Infinity : repr === 'nan' ? NaN : Number(repr);
      if (!Number.isNaN(f) || repr === 'nan') return { kind: 'num', int: null, float: f };
      break;
    }
    case 'str': {
      const text = decodeStr(repr);
      if (text !== null) return { kind: 'str', text };
      throw new DebugError(`the str value was not recorded in full (cut at the trace's repr limit): ${repr}`);
    }
    case 'NoneType':
      return { kind: 'none' };
  }
  if (repr.endsWith('…')) throw new DebugError(`the ${type} value was not recorded in full (cut at the trace's repr limit)`);
  return { kind: 'other', type };
}

function typeNameOf(s: Scalar): string {
  if (s.kind === 'num') return s.int === null ? 'float' : 'int';
  if (s.kind === 'str') return 'str';
  if (s.kind === 'none') return 'NoneType';
  return s.type;
}

/** -1, 0, 1, or NaN (unordered: a NaN float), comparing two numbers exactly where both are whole. */
function compareNumbers(a: Scalar & { kind: 'num' }, b: Scalar & { kind: 'num' }): number {
  const ai = a.int ?? (Number.isInteger(a.float) ? BigInt(a.float) : null);
  const bi = b.int ?? (Number.isInteger(b.float) ? BigInt(b.float) : null);
  if (ai !== null && bi !== null) return ai < bi ? -1 : ai > bi ? 1 : 0;
  const x = a.float;
  const y = b.float;
  if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Code-point order, as Python compares strs (JS compares UTF-16 units). */
function compareStrings(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  for (let i = 0; i < x.length && i < y.length; i++) {
    const d = x[i].codePointAt(0)! - y[i].codePointAt(0)!;
    if (d !== 0) return d < 0 ? -1 : 1;
  }
  return x.length === y.length ? 0 : x.length < y.length ? -1 : 1;
}

function compare(a: Scalar, op: CompareOp, b: Scalar): boolean {
  let c: number | null = null;
  if (a.kind === 'num' && b.kind === 'num') c = compareNumbers(a, b);
  else if (a.kind === 'str' && b.kind === 'str') c = compareStrings(a.text, b.text);
  else if (a.kind === 'none' && b.kind === 'none') c = op === '==' || op === '!=' ? 0 : null;
  if (c === null) {
    // Different kinds (or None, or an object known only by its repr): never equal; not orderable.
    if (op === '==') return false;
    if (op === '!=') return true;
    throw new DebugError(`'${op}' not supported between instances of '${typeNameOf(a)}' and '${typeNameOf(b)}'`);
  }
  if (Number.isNaN(c)) return op === '!=';
  switch (op) {
    case '==': return c === 0;
    case '!=': return c !== 0;
    case '<': return c < 0;
    case '>': return c > 0;
    case '<=': return c <= 0;
    case '>=': return c >= 0;
  }
}

/** Whether the condition holds in frame `f` after step `n`; throws DebugError when it cannot be checked. */
export function checkCondition(trace: Trace, f: FrameInfo, cond: Condition, n: number): boolean {
  const id = evaluate(trace, f, cond.path, n);
  const v = trace.valueAt(id, n);
  const value = scalarOf(v.type, v.repr);
  return cond.flipped ? compare(cond.literal, cond.op, value) : compare(value, cond.op, cond.literal);
}
