// The markup declarations of a document type's internal subset (<!ENTITY>, <!ELEMENT>, <!ATTLIST>,
// <!NOTATION>): split into expat's prolog tokens (which the default handler receives one by one) and
// read into what the declaration handlers are given. Content models become the (type, quantifier,
// name, children) tuples of pyexpat's ElementDeclHandler, as plain data. No handler is called here.

import { isS, isNameStart, isNameChar, isXmlChar, isPubidChar, cpAt, cpLen } from './chars.js';
import { XmlError, E } from './errors.js';

export const enum T {
  S,
  /** A name or name token, possibly followed by one of ?*+ (one token, as in expat). */
  Name,
  /** #PCDATA, #REQUIRED ... */
  PoundName,
  Literal,
  Open,
  /** ')' possibly followed by one of ?*+. */
  Close,
  Or,
  Comma,
  Percent,
  PeRef,
  DeclClose,
  DeclOpen,
  /** '[' opening a document type's internal subset (ends the scan of <!DOCTYPE). */
  OpenBracket,
  /** The start of other markup ("<!NAME", "<?", "<name"), never valid where it is scanned. */
  Markup,
}

export interface Token {
  kind: T;
  start: number;
  end: number;
}

/**
 * The tokens of a markup declaration from its "<!NAME" up to its '>' (or, for the head of a
 * <!DOCTYPE, its '['), as far as they go: `end` says whether the declaration is complete, stops at
 * the end of the text (`at` = where the incomplete token starts) or at a character expat's prolog
 * tokenizer rejects (`at` = that character). Errors are raised by the reader, in token order, so
 * that a syntax error in an earlier token wins as in expat.
 */
export interface DeclScan {
  toks: Token[];
  end: 'complete' | 'partial' | 'invalid';
  at: number;
}

export function scanDecl(s: string, i: number, doctype: boolean): DeclScan {
  const n = s.length;
  const toks: Token[] = [];
  // "<!" and name-start characters, then whitespace or '%' (expat's DECL_OPEN).
  let j = i + 2;
  while (j < n && isNameStart(cpAt(s, j))) j++;
  if (j >= n) return { toks, end: 'partial', at: i };
  const c = s.charCodeAt(j);
  if (j === i + 2 || !(isS(c) || c === 0x25)) return { toks, end: 'invalid', at: j };
  // "<!ENTITY%" must go on with a name ("<!ENTITY%pe;"), not a space or another '%'.
  if (c === 0x25) {
    if (j + 1 >= n) return { toks, end: 'partial', at: i };
    const d = s.charCodeAt(j + 1);
    if (isS(d) || d === 0x25) return { toks, end: 'invalid', at: j };
  }
  toks.push({ kind: T.DeclOpen, start: i, end: j });
  for (;;) {
    const r = scanToken(s, j, toks);
    if (r < 0) return { toks, end: r === PARTIAL ? 'partial' : 'invalid', at: stopAt };
    j = r;
    const last = toks[toks.length - 1].kind;
    if (last === T.DeclClose || (last === T.OpenBracket && doctype)) return { toks, end: 'complete', at: j };
  }
}

const PARTIAL = -1;
const INVALID = -2;
/** Where scanToken stopped: the incomplete token's start, or the rejected character. */
let stopAt = 0;

function stop(kind: number, at: number): number {
  stopAt = at;
  return kind;
}

/** After a literal or ')': what may follow without being an invalid token (expat's prolog tokenizer). */
function endsLiteral(c: number): boolean {
  return isS(c) || c === 0x3e || c === 0x25 || c === 0x5b;
}

function endsName(c: number): boolean {
  return isS(c) || c === 0x3e || c === 0x29 || c === 0x2c || c === 0x7c || c === 0x5b || c === 0x25;
}

/**
 * One token of expat's prolog tokenizer at s[j], appended to `toks`: returns where it ends, or
 * PARTIAL/INVALID with `stopAt` set. A token must be followed by a character that may end it.
 */
export function scanToken(s: string, j: number, toks: Token[]): number {
  const n = s.length;
  if (j >= n) return stop(PARTIAL, j);
  const c = s.charCodeAt(j);
  const start = j;
  if (isS(c)) {
    while (j < n && isS(s.charCodeAt(j))) j++;
    if (j >= n) return stop(PARTIAL, start);
    toks.push({ kind: T.S, start, end: j });
    return j;
  }
  switch (c) {
    case 0x3c: {
      // Markup inside a declaration ("<!ELEMENT", "<?", "<a"): a token expat reads, then rejects.
      const r = markupStart(s, j);
      if (r === 'partial') return stop(PARTIAL, start);
      if (typeof r === 'number') return stop(INVALID, r);
      toks.push({ kind: T.Markup, start, end: j + 1 });
      return j + 1;
    }
    case 0x3e: // >
      toks.push({ kind: T.DeclClose, start, end: j + 1 });
      return j + 1;
    case 0x5b: // [
      toks.push({ kind: T.OpenBracket, start, end: j + 1 });
      return j + 1;
    case 0x5d: // ] (closes an internal subset; a token, though never valid inside a declaration)
      toks.push({ kind: T.Markup, start, end: j + 1 });
      return j + 1;
    case 0x22:
    case 0x27: {
      j++;
      while (j < n && s.charCodeAt(j) !== c) {
        const d = cpAt(s, j);
        if (!isXmlChar(d)) return stop(INVALID, j);
        j += cpLen(d);
      }
      if (j + 1 >= n) return stop(PARTIAL, start);
      j++;
      if (!endsLiteral(s.charCodeAt(j))) return stop(INVALID, j);
      toks.push({ kind: T.Literal, start, end: j });
      return j;
    }
    case 0x28:
      toks.push({ kind: T.Open, start, end: j + 1 });
      return j + 1;
    case 0x7c:
      toks.push({ kind: T.Or, start, end: j + 1 });
      return j + 1;
    case 0x2c:
      toks.push({ kind: T.Comma, start, end: j + 1 });
      return j + 1;
    case 0x29: {
      j++;
      if (j >= n) return stop(PARTIAL, start);
      const d = s.charCodeAt(j);
      if (d === 0x3f || d === 0x2a || d === 0x2b) j++;
      else if (!(isS(d) || d === 0x3e || d === 0x2c || d === 0x7c || d === 0x29)) return stop(INVALID, j);
      toks.push({ kind: T.Close, start, end: j });
      return j;
    }
    case 0x23: {
      j++;
      const k = nameEnd(s, j);
      if (k === j) return j >= n ? stop(PARTIAL, start) : stop(INVALID, j);
      if (k >= n) return stop(PARTIAL, start);
      const d = s.charCodeAt(k);
      if (!(isS(d) || d === 0x3e || d === 0x25 || d === 0x29 || d === 0x7c)) return stop(INVALID, k);
      toks.push({ kind: T.PoundName, start, end: k });
      return k;
    }
    case 0x25: {
      j++;
      if (j >= n) return stop(PARTIAL, start);
      if (isS(s.charCodeAt(j))) {
        toks.push({ kind: T.Percent, start, end: j });
        return j;
      }
      const k = nameEnd(s, j);
      if (k === j || !isNameStart(cpAt(s, j))) return stop(INVALID, j);
      if (k >= n) return stop(PARTIAL, start);
      if (s.charCodeAt(k) !== 0x3b) return stop(INVALID, k);
      toks.push({ kind: T.PeRef, start, end: k + 1 });
      return k + 1;
    }
    default: {
      const cp = cpAt(s, j);
      if (!isNameChar(cp)) return stop(INVALID, j);
      j = nameEnd(s, j);
      if (j >= n) return stop(PARTIAL, start);
      const d = s.charCodeAt(j);
      if (d === 0x3f || d === 0x2a || d === 0x2b) {
        // A quantifier follows a name, not a name token ("-x?" is invalid).
        if (!isNameStart(cp)) return stop(INVALID, j);
        j++;
      } else if (!endsName(d)) return stop(INVALID, j);
      toks.push({ kind: T.Name, start, end: j });
      return j;
    }
  }
}

/**
 * A token outside any declaration (text in the prolog, the internal subset or after the document
 * element): 'partial' when it runs to the end of the text, the index of a character expat's
 * tokenizer rejects, or 'token' when it is a well-formed token that does not belong there.
 */
export function strayToken(s: string, i: number): 'partial' | 'partial-name' | 'token' | number {
  const r = scanToken(s, i, []);
  if (r === PARTIAL) return isNameChar(cpAt(s, i)) || s.charCodeAt(i) === 0x23 ? 'partial-name' : 'partial';
  if (r === INVALID) return stopAt;
  return 'token';
}

/**
 * What expat's prolog tokenizer makes of '<' at s[i] (not a comment or a known declaration):
 * 'token' for "<!" + letters + space or '%', "<![", "<?" or '<' + a name start; 'partial' when
 * the text ends first; otherwise the index of the rejected character.
 */
export function markupStart(s: string, i: number): 'token' | 'partial' | number {
  const n = s.length;
  if (i + 1 >= n) return 'partial';
  const c1 = s.charCodeAt(i + 1);
  if (c1 === 0x3f) return 'token';
  if (c1 !== 0x21) return isNameStart(cpAt(s, i + 1)) ? 'token' : i + 1;
  if (i + 2 >= n) return 'partial';
  const c2 = s.charCodeAt(i + 2);
  if (c2 === 0x5b) return 'token';
  if (c2 === 0x2d) {
    if (i + 3 >= n) return 'partial';
    return s.charCodeAt(i + 3) === 0x2d ? 'token' : i + 3;
  }
  let j = i + 2;
  while (j < n && isNameStart(cpAt(s, j))) j++;
  if (j === i + 2) return j;
  if (j >= n) return 'partial';
  const d = s.charCodeAt(j);
  if (d === 0x25) {
    if (j + 1 >= n) return 'partial';
    const e = s.charCodeAt(j + 1);
    return isS(e) || e === 0x25 ? j : 'token';
  }
  return isS(d) ? 'token' : j;
}

function nameEnd(s: string, i: number): number {
  const n = s.length;
  while (i < n) {
    const c = cpAt(s, i);
    if (!isNameChar(c)) break;
    i += cpLen(c);
  }
  return i;
}

/** The significant tokens of a declaration (whitespace dropped), with a cursor that reports syntax errors. */
export class DeclReader {
  private toks: Token[];
  private k = 0;
  constructor(
    readonly s: string,
    private readonly scan: DeclScan,
  ) {
    this.toks = scan.toks.filter((t) => t.kind !== T.S);
  }
  /** Past the tokens scanned (read only complete or at the document's end): the scan's stop decides. */
  private beyond(): never {
    if (this.scan.end === 'invalid') throw new XmlError(E.INVALID_TOKEN, this.scan.at);
    throw new XmlError(E.UNCLOSED_TOKEN, this.scan.at);
  }
  peek(): Token {
    if (this.k >= this.toks.length) this.beyond();
    return this.toks[this.k];
  }
  next(): Token {
    const t = this.peek();
    this.k++;
    return t;
  }
  text(t: Token): string {
    return this.s.slice(t.start, t.end);
  }
  fail(t: Token = this.peek()): never {
    throw new XmlError(E.SYNTAX, t.start);
  }
  /** A plain name (with a name-start character and no quantifier). */
  name(): string {
    const t = this.next();
    if (t.kind !== T.Name) this.fail(t);
    const v = this.text(t);
    const last = v.charCodeAt(v.length - 1);
    if (!isNameStart(cpAt(v, 0)) || last === 0x3f || last === 0x2a || last === 0x2b) this.fail(t);
    return v;
  }
  keyword(): string | null {
    const t = this.peek();
    return t.kind === T.Name ? this.text(t) : null;
  }
  /** A quoted literal's contents. */
  literal(): string {
    const t = this.next();
    if (t.kind !== T.Literal) this.fail(t);
    return this.s.slice(t.start + 1, t.end - 1);
  }
  pubid(): string {
    const t = this.peek();
    const v = this.literal();
    for (let i = 0; i < v.length; i++) if (!isPubidChar(v.charCodeAt(i))) throw new XmlError(E.PUBLICID, t.start + 1 + i);
    // expat normalises the public id's whitespace.
    return v.replace(/[ \r\n]+/g, ' ').trim();
  }
  close(): void {
    const t = this.next();
    if (t.kind !== T.DeclClose) this.fail(t);
  }
}

// ---- content models ---------------------------------------------------------------------------------

export const CTYPE_EMPTY = 1;
export const CTYPE_ANY = 2;
export const CTYPE_MIXED = 3;
export const CTYPE_NAME = 4;
export const CTYPE_CHOICE = 5;
export const CTYPE_SEQ = 6;
export const CQUANT_NONE = 0;
export const CQUANT_OPT = 1;
export const CQUANT_REP = 2;
export const CQUANT_PLUS = 3;

export interface Model {
  type: number;
  quant: number;
  name: string | null;
  children: Model[];
}

function quantOf(text: string): [string, number] {
  const c = text.charCodeAt(text.length - 1);
  if (c === 0x3f) return [text.slice(0, -1), CQUANT_OPT];
  if (c === 0x2a) return [text.slice(0, -1), CQUANT_REP];
  if (c === 0x2b) return [text.slice(0, -1), CQUANT_PLUS];
  return [text, CQUANT_NONE];
}

/** The contentspec of <!ELEMENT name contentspec>: EMPTY, ANY, mixed content or children. */
export function readContentSpec(r: DeclReader): Model {
  const t = r.next();
  if (t.kind === T.Name) {
    const v = r.text(t);
    if (v === 'EMPTY') return { type: CTYPE_EMPTY, quant: CQUANT_NONE, name: null, children: [] };
    if (v === 'ANY') return { type: CTYPE_ANY, quant: CQUANT_NONE, name: null, children: [] };
    r.fail(t);
  }
  if (t.kind !== T.Open) r.fail(t);
  const first = r.peek();
  if (first.kind === T.PoundName) {
    if (r.text(first) !== '#PCDATA') r.fail(first);
    r.next();
    const names: Model[] = [];
    for (;;) {
      const u = r.next();
      if (u.kind === T.Close) {
        const v = r.text(u);
        if (v === ')') {
          if (names.length > 0) r.fail(u);
          return { type: CTYPE_MIXED, quant: CQUANT_NONE, name: null, children: [] };
        }
        if (v !== ')*') r.fail(u);
        return { type: CTYPE_MIXED, quant: CQUANT_REP, name: null, children: names };
      }
      if (u.kind !== T.Or) r.fail(u);
      const nm = r.next();
      if (nm.kind !== T.Name) r.fail(nm);
      const [name, q] = quantOf(r.text(nm));
      if (q !== CQUANT_NONE) r.fail(nm);
      names.push({ type: CTYPE_NAME, quant: CQUANT_NONE, name, children: [] });
    }
  }
  return readGroup(r);
}

/** A choice or sequence after its '(' up to and with its ')'. */
function readGroup(r: DeclReader): Model {
  const children: Model[] = [];
  let sep: T | null = null;
  for (;;) {
    const t = r.next();
    if (t.kind === T.Open) children.push(readGroup(r));
    else if (t.kind === T.Name) {
      const [name, q] = quantOf(r.text(t));
      if (!isNameStart(cpAt(name, 0))) r.fail(t);
      children.push({ type: CTYPE_NAME, quant: q, name, children: [] });
    } else r.fail(t);
    const u = r.next();
    if (u.kind === T.Close) {
      const [, q] = quantOf(r.text(u));
      return { type: sep === T.Or ? CTYPE_CHOICE : CTYPE_SEQ, quant: q, name: null, children };
    }
    if (u.kind !== T.Or && u.kind !== T.Comma) r.fail(u);
    if (sep !== null && sep !== u.kind) r.fail(u);
    sep = u.kind;
  }
}

/** One attribute definition of <!ATTLIST>: its type as expat spells it and its default. */
export interface AttDef {
  name: string;
  type: string;
  /** The default value's literal (unnormalised), or null for #REQUIRED/#IMPLIED. */
  literal: string | null;
  literalPos: number;
  required: boolean;
}

const ATT_TYPES = new Set(['CDATA', 'ID', 'IDREF', 'IDREFS', 'ENTITY', 'ENTITIES', 'NMTOKEN', 'NMTOKENS']);

/** One attribute definition of <!ATTLIST>, or null at the declaration's '>'. */
export function readAttDef(r: DeclReader): AttDef | null {
  if (r.peek().kind === T.DeclClose) return null;
  const name = r.name();
  let type: string;
  const t = r.next();
  if (t.kind === T.Name && ATT_TYPES.has(r.text(t))) type = r.text(t);
  else if (t.kind === T.Name && r.text(t) === 'NOTATION') {
    if (r.next().kind !== T.Open) r.fail();
    type = 'NOTATION' + readEnumeration(r, true);
  } else if (t.kind === T.Open) type = readEnumeration(r, false);
  else r.fail(t);
  const d = r.peek();
  if (d.kind === T.PoundName) {
    r.next();
    const v = r.text(d);
    if (v === '#REQUIRED') return { name, type, literal: null, literalPos: 0, required: true };
    if (v === '#IMPLIED') return { name, type, literal: null, literalPos: 0, required: false };
    if (v !== '#FIXED') r.fail(d);
    const lt = r.peek();
    return { name, type, literal: r.literal(), literalPos: lt.start + 1, required: true };
  }
  return { name, type, literal: r.literal(), literalPos: d.start + 1, required: false };
}

/** "(a|b|c)" after its '(' (names for NOTATION, name tokens otherwise). */
function readEnumeration(r: DeclReader, names: boolean): string {
  const items: string[] = [];
  for (;;) {
    const t = r.next();
    if (t.kind !== T.Name) r.fail(t);
    const v = r.text(t);
    const last = v.charCodeAt(v.length - 1);
    if (last === 0x3f || last === 0x2a || last === 0x2b || (names && !isNameStart(cpAt(v, 0)))) r.fail(t);
    items.push(v);
    const u = r.next();
    if (u.kind === T.Close) {
      if (r.text(u) !== ')') r.fail(u);
      return '(' + items.join('|') + ')';
    }
    if (u.kind !== T.Or) r.fail(u);
  }
}
