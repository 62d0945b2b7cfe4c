// The XML 1.0 parser behind pyexpat's xmlparser: reads the decoded text fed to it piece by piece,
// splits it into expat's tokens (prolog, document type declaration, content, CDATA sections, the
// epilog) and reports events to a Sink in expat's order and chunking: character data cut at line
// ends, references and the ends of what was fed; markup with no handler set goes to the default
// handler as its raw text. Well-formedness errors are thrown as XmlError with the buffer index
// expat reports. Line/column/byte positions are computed here.
//
// The same engine reads external parsed entities and external DTD subsets (ExternalEntityParserCreate),
// sharing the declarations of the document that references them.
//
// An incomplete token at the end of what was fed waits for more text; nothing before it is
// re-read. This file knows nothing of Python objects: the Sink (parser.ts) turns events into calls.

import { isS, isXmlChar, isNameStart, scanName, skipS, cpAt, cpLen, textCharWidth, CR, LF, TAB } from './chars.js';
import { XmlError, E } from './errors.js';
import { scanDecl, strayToken, markupStart, DeclReader, T, Token, Model, readContentSpec, readAttDef } from './dtd.js';

export const enum H {
  StartElement,
  EndElement,
  CharacterData,
  ProcessingInstruction,
  Comment,
  StartCdataSection,
  EndCdataSection,
  Default,
  XmlDecl,
  StartDoctypeDecl,
  EndDoctypeDecl,
  EntityDecl,
  UnparsedEntityDecl,
  NotationDecl,
  StartNamespaceDecl,
  EndNamespaceDecl,
  ExternalEntityRef,
  SkippedEntity,
  ElementDecl,
  AttlistDecl,
  NotStandalone,
}

export interface Sink {
  has(h: H): boolean;
  /** attrs: name, value pairs, the first nSpecified given in the tag, the rest declared defaults. */
  startElement(name: string, attrs: string[], nSpecified: number): void;
  endElement(name: string): void;
  characterData(s: string): void;
  processingInstruction(target: string, data: string): void;
  comment(s: string): void;
  startCdata(): void;
  endCdata(): void;
  defaultText(raw: string): void;
  xmlDecl(version: string | null, encoding: string | null, standalone: number): void;
  startDoctype(name: string, sysid: string | null, pubid: string | null, hasInternal: boolean): void;
  endDoctype(): void;
  entityDecl(name: string, isPE: boolean, value: string | null, sysid: string | null, pubid: string | null, notation: string | null): void;
  unparsedEntityDecl(name: string, sysid: string, pubid: string | null, notation: string): void;
  notationDecl(name: string, sysid: string | null, pubid: string | null): void;
  startNs(prefix: string | null, uri: string | null): void;
  endNs(prefix: string | null): void;
  /** False when the handler reports failure (it returned 0). */
  externalEntityRef(context: string | null, sysid: string | null, pubid: string | null): boolean;
  skippedEntity(name: string, isPE: boolean): void;
  elementDecl(name: string, model: Model): void;
  attlistDecl(el: string, att: string, type: string, dflt: string | null, required: boolean): void;
  /** NotStandaloneHandler: false means "not standalone" is an error. */
  notStandalone(): boolean;
}

const enum Phase {
  Prolog,
  Subset,
  Content,
  Cdata,
  Epilog,
  Done,
}

interface Entity {
  value: string | null;
  sysid: string | null;
  pubid: string | null;
  notation: string | null;
  open: boolean;
}

interface OpenElement {
  raw: string;
  name: string;
  /** Namespace prefixes bound by this element, in declaration order ('' for the default). */
  bound: string[] | null;
}

/** The handler that takes each kind of markup declaration (its tokens then skip the default handler). */
const DECL_HANDLERS: Record<string, H> = {
  ENTITY: H.EntityDecl,
  ELEMENT: H.ElementDecl,
  ATTLIST: H.AttlistDecl,
  NOTATION: H.NotationDecl,
};

const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const XML_NS = 'http://www.w3.org/XML/1998/namespace';
const XMLNS_NS = 'http://www.w3.org/2000/xmlns/';

const LT = 0x3c;
const AMP = 0x26;
const RSQB = 0x5d;
const GT = 0x3e;

export class Engine {
  private buf = '';
  private pos = 0;
  private final = false;
  private phase = Phase.Prolog;
  /** Nothing consumed yet: an XML declaration is allowed here. */
  private atStart = true;

  // Position: `mark*` is a known position in the buffer, `origin*` the position of buffer index 0.
  private markIdx = 0;
  private markLine = 1;
  private markCol = 0;
  private markByte = 0;
  private markCR = false;
  private originLine = 1;
  private originCol = 0;
  private originByte = 0;
  private originCR = false;
  /** Buffer index of the event being reported, or -1 between events. */
  eventIdx = -1;
  started = false;

  private stack: OpenElement[] = [];
  private ns = new Map<string, string[]>();
  private entities = new Map<string, Entity>();
  private peEntities = new Map<string, Entity>();
  private attDefaults = new Map<string, { name: string; value: string }[]>();
  private attTypes = new Map<string, string>();
  private sawDoctype = false;
  private doctypeSysid: string | null = null;
  private doctypePubid: string | null = null;
  private hasParamEntityRefs = false;
  private keepProcessing = true;
  standalone = -1;
  /** Set by XML_SetDefaultHandler (false) and XML_SetDefaultHandlerExpand (true). */
  expandInternal = true;
  paramEntityParsing = 0;
  useForeignDTD = false;

  /** While expanding an entity in content: the reference's index in the document buffer. */
  private refIdx = -1;
  private floor = 0;

  constructor(
    private readonly sink: Sink,
    private readonly nsSep: string | null,
    private readonly triplets: () => boolean,
    private readonly width: (cp: number) => number,
    /** What the text is: a document, an external parsed entity (content), or an external DTD subset. */
    private readonly mode: 'document' | 'entity' | 'dtd' = 'document',
  ) {
    if (mode === 'entity') this.phase = Phase.Content;
    else if (mode === 'dtd') this.phase = Phase.Subset;
  }

  /**
   * An external entity parser (ExternalEntityParserCreate) sees its parent's declarations, which
   * an external subset adds to, and the namespaces in scope where the entity is referenced.
   */
  inheritFrom(parent: Engine): void {
    this.entities = parent.entities;
    this.peEntities = parent.peEntities;
    this.attDefaults = parent.attDefaults;
    this.attTypes = parent.attTypes;
    this.hasParamEntityRefs = parent.hasParamEntityRefs;
    this.standalone = parent.standalone;
    this.paramEntityParsing = parent.paramEntityParsing;
    this.expandInternal = parent.expandInternal;
    for (const [prefix, uris] of parent.ns) this.ns.set(prefix, uris.slice());
  }

  /** A byte order mark of n bytes was read before the text: it counts as a character, as in expat. */
  setByteOrigin(n: number): void {
    if (!this.started && n > 0) {
      this.originByte = this.markByte = n;
      this.originCol = this.markCol = 1;
    }
  }

  get finished(): boolean {
    return this.phase === Phase.Done;
  }

  /** Parsing begun and not finished: settings can no longer change (expat's parserBusy). */
  get busy(): boolean {
    return this.started && this.phase !== Phase.Done;
  }

  // ---- positions ------------------------------------------------------------------------------------

  private advanceMark(idx: number): void {
    if (idx < this.markIdx) {
      this.markIdx = 0;
      this.markLine = this.originLine;
      this.markCol = this.originCol;
      this.markByte = this.originByte;
      this.markCR = this.originCR;
    }
    const s = this.buf;
    let i = this.markIdx;
    let line = this.markLine;
    let col = this.markCol;
    let byte = this.markByte;
    let cr = this.markCR;
    while (i < idx) {
      const c = cpAt(s, i);
      i += cpLen(c);
      byte += this.width(c);
      if (c === LF) {
        if (!cr) line++;
        col = 0;
        cr = false;
      } else if (c === CR) {
        line++;
        col = 0;
        cr = true;
      } else {
        col++;
        cr = false;
      }
    }
    this.markIdx = i;
    this.markLine = line;
    this.markCol = col;
    this.markByte = byte;
    this.markCR = cr;
  }

  /** [line, column, byte index] of a buffer index (of the document, not of an entity's text). */
  locate(idx: number): [number, number, number] {
    if (this.refIdx >= 0) idx = this.refIdx;
    this.advanceMark(Math.min(idx, this.docBuf().length));
    return [this.markLine, this.markCol, this.markByte];
  }

  /** Where the next event would be: the current event, or the end of what was parsed. */
  current(): [number, number, number] {
    return this.locate(this.eventIdx >= 0 ? this.eventIdx : this.outerPos());
  }

  private docBuf(): string {
    return this.savedBuf ?? this.buf;
  }

  private outerPos(): number {
    return this.savedBuf !== null ? this.savedPos : this.pos;
  }

  private savedBuf: string | null = null;
  private savedPos = 0;

  /** Unparsed text's size in bytes (for the reparse deferral heuristic). */
  pendingBytes(): number {
    let b = 0;
    const s = this.buf;
    for (let i = this.pos; i < s.length; ) {
      const c = cpAt(s, i);
      i += cpLen(c);
      b += this.width(c);
    }
    return b;
  }

  // ---- driving --------------------------------------------------------------------------------------

  /** Adds text and parses what is complete; with `final`, the document must end here. */
  feed(text: string, final: boolean, partialChar: boolean): void {
    this.started = true;
    if (text.length > 0) this.buf = this.pos === this.buf.length ? text : this.buf + text;
    this.final = final;
    try {
      this.run();
      if (final) this.finish(partialChar);
    } finally {
      this.eventIdx = -1;
    }
    this.trim();
  }

  /** Adds text without parsing it (reparse deferral). */
  append(text: string): void {
    this.started = true;
    this.buf += text;
  }

  /** The document text from the current event on (GetInputContext), or null between events. */
  inputContext(): string | null {
    return this.eventIdx >= 0 ? this.docBuf().slice(this.refIdx >= 0 ? this.refIdx : this.eventIdx) : null;
  }

  /** Drops the parsed text, keeping positions. */
  private trim(): void {
    if (this.pos === 0) return;
    this.advanceMark(this.pos);
    this.originLine = this.markLine;
    this.originCol = this.markCol;
    this.originByte = this.markByte;
    this.originCR = this.markCR;
    this.buf = this.buf.slice(this.pos);
    this.markIdx = 0;
    this.pos = 0;
  }

  private run(): void {
    for (;;) {
      let more: boolean;
      switch (this.phase) {
        case Phase.Prolog:
          more = this.prologStep();
          break;
        case Phase.Subset:
          more = this.subsetStep();
          break;
        case Phase.Content:
          more = this.contentStep();
          break;
        case Phase.Cdata:
          more = this.cdataStep();
          break;
        case Phase.Epilog:
          more = this.epilogStep();
          break;
        default:
          return;
      }
      if (!more) return;
    }
  }

  private finish(partialChar: boolean): void {
    const n = this.buf.length;
    if (this.pos < n) {
      if (this.phase === Phase.Cdata) throw new XmlError(E.UNCLOSED_CDATA_SECTION, n);
      throw new XmlError(E.UNCLOSED_TOKEN, this.pos);
    }
    if (partialChar) throw new XmlError(E.PARTIAL_CHAR, n);
    switch (this.phase) {
      case Phase.Cdata:
        throw new XmlError(E.UNCLOSED_CDATA_SECTION, n);
      case Phase.Epilog:
        this.phase = Phase.Done;
        return;
      case Phase.Done:
        return;
      case Phase.Content:
        if (this.mode === 'entity') {
          // An external entity must close what it opens.
          if (this.stack.length > 0) throw new XmlError(E.ASYNC_ENTITY, n);
          this.phase = Phase.Done;
          return;
        }
        throw new XmlError(E.NO_ELEMENTS, n);
      case Phase.Subset:
        if (this.mode === 'dtd') {
          this.phase = Phase.Done;
          return;
        }
        throw new XmlError(E.NO_ELEMENTS, n);
      default:
        throw new XmlError(E.NO_ELEMENTS, n);
    }
  }

  /** The event index to report for a token at i (an entity's text reports its reference). */
  private ev(i: number): void {
    this.eventIdx = this.refIdx >= 0 ? this.refIdx : i;
  }

  private dflt(i: number, end: number): void {
    if (this.sink.has(H.Default)) {
      this.ev(i);
      this.sink.defaultText(this.buf.slice(i, end));
    }
  }

  /** 1 when s has `lit` at i, 0 when not, -1 when the buffer ends first. */
  private match(i: number, lit: string): number {
    const s = this.buf;
    for (let k = 0; k < lit.length; k++) {
      if (i + k >= s.length) return this.final ? 0 : -1;
      if (s.charCodeAt(i + k) !== lit.charCodeAt(k)) return 0;
    }
    return 1;
  }

  // ---- prolog and epilog ----------------------------------------------------------------------------

  private prologStep(): boolean {
    const s = this.buf;
    const n = s.length;
    const i = this.pos;
    if (i >= n) return false;
    const c = s.charCodeAt(i);
    const first = this.atStart;
    this.atStart = false;
    if (isS(c)) {
      const j = skipS(s, i);
      this.dflt(i, j);
      this.pos = j;
      return true;
    }
    if (c === LT) {
      if (i + 1 >= n) return this.wait(first);
      const c1 = s.charCodeAt(i + 1);
      if (c1 === 0x3f) return this.pi(i, first ? 'decl' : 'misplaced') || this.wait(first);
      if (c1 === 0x21) {
        const m = this.match(i, '<!--');
        if (m === 1) return this.comment(i) || this.wait(first);
        const d = this.match(i, '<!DOCTYPE');
        if (m < 0 || d < 0) return this.wait(first);
        if (d === 1) {
          if (this.sawDoctype) throw new XmlError(E.SYNTAX, i);
          return this.doctype(i) || this.wait(first);
        }
        return this.strayMarkup(i, E.SYNTAX) || this.wait(first);
      }
      if (isNameStart(cpAt(s, i + 1))) {
        this.phase = Phase.Content;
        return true;
      }
      throw new XmlError(E.INVALID_TOKEN, i + 1);
    }
    return this.strayProlog(i);
  }

  /** Markup that does not belong here: `code` if expat reads it as a token, else an invalid token. */
  private strayMarkup(i: number, code: number): boolean {
    const r = markupStart(this.buf, i);
    if (r === 'partial') {
      if (!this.final) return false;
      throw new XmlError(E.UNCLOSED_TOKEN, i);
    }
    if (typeof r === 'number') throw new XmlError(E.INVALID_TOKEN, r);
    throw new XmlError(code, i);
  }

  /** Not consumed after all: an XML declaration may still come at the very start. */
  private wait(first: boolean): boolean {
    if (first) this.atStart = true;
    return false;
  }

  /** Text that is not markup in the prolog: a name is a syntax error, anything else invalid. */
  private strayProlog(i: number): boolean {
    return this.strayText(i, E.SYNTAX);
  }

  /**
   * Text outside the document element: a token of expat's prolog tokenizer (a name, a literal)
   * is `code` (syntax error before the element, junk after it); anything else is an invalid token.
   */
  private strayText(i: number, code: number): boolean {
    const r = strayToken(this.buf, i);
    if (typeof r === 'number') throw new XmlError(E.INVALID_TOKEN, r);
    if (r === 'partial') {
      if (!this.final) return false;
      throw new XmlError(E.UNCLOSED_TOKEN, i);
    }
    // A name running to the end of the text: after the document element expat rejects it at once.
    if (r === 'partial-name' && !this.final && code !== E.JUNK_AFTER_DOC_ELEMENT) return false;
    throw new XmlError(code, i);
  }

  private epilogStep(): boolean {
    const s = this.buf;
    const n = s.length;
    const i = this.pos;
    if (i >= n) return false;
    const c = s.charCodeAt(i);
    if (isS(c)) {
      const j = skipS(s, i);
      this.dflt(i, j);
      this.pos = j;
      return true;
    }
    if (c === LT && i + 1 < n) {
      const c1 = s.charCodeAt(i + 1);
      if (c1 === 0x3f) return this.pi(i, 'junk');
      if (c1 === 0x21) {
        const m = this.match(i, '<!--');
        if (m === 1) return this.comment(i);
        if (m < 0) return false;
        return this.strayMarkup(i, E.JUNK_AFTER_DOC_ELEMENT);
      }
    } else if (c === LT) {
      if (!this.final) return false;
      throw new XmlError(E.UNCLOSED_TOKEN, i);
      // What expat's prolog tokenizer cannot read at all is an invalid token, not junk.
      if (!isNameStart(cpAt(s, i + 1))) throw new XmlError(E.INVALID_TOKEN, i + 1);
      throw new XmlError(E.JUNK_AFTER_DOC_ELEMENT, i);
    }
    return this.strayText(i, E.JUNK_AFTER_DOC_ELEMENT);
  }

  // ---- comments and processing instructions ---------------------------------------------------------

  /** <!-- ... -->; false when incomplete. */
  private comment(i: number): boolean {
    const s = this.buf;
    const n = s.length;
    let j = i + 4;
    for (;;) {
      if (j >= n) return false;
      const c = cpAt(s, j);
      if (c === 0x2d && j + 1 < n && s.charCodeAt(j + 1) === 0x2d) {
        if (j + 2 >= n) return false;
        if (s.charCodeAt(j + 2) !== GT) throw new XmlError(E.INVALID_TOKEN, j + 2);
        break;
      }
      if (c === 0x2d && j + 1 >= n) return false;
      if (!isXmlChar(c)) {
        if (c >= 0xd800 && c <= 0xdbff && j + 1 >= n && !this.final) return false;
        throw new XmlError(E.INVALID_TOKEN, j);
      }
      j += cpLen(c);
    }
    const end = j + 3;
    if (this.sink.has(H.Comment)) {
      this.ev(i);
      this.sink.comment(normalizeNewlines(s.slice(i + 4, j)));
    } else this.dflt(i, end);
    this.pos = end;
    return true;
  }

  /**
   * <?target data?>. `xml` says what a target "xml" is here: the XML declaration, a misplaced one,
   * or junk after the document element. False when incomplete.
   */
  private pi(i: number, xml: 'decl' | 'text' | 'misplaced' | 'junk'): boolean {
    const s = this.buf;
    const n = s.length;
    const t = i + 2;
    if (t >= n) return false;
    const te = scanName(s, t);
    if (te === t) throw new XmlError(E.INVALID_TOKEN, t);
    if (te >= n) return false;
    const target = s.slice(t, te);
    const c = s.charCodeAt(te);
    if (target.length === 3 && target.toLowerCase() === 'xml') {
      if (target !== 'xml') throw new XmlError(E.INVALID_TOKEN, t);
      if (isS(c) || c === 0x3f) {
        if (xml === 'misplaced') throw new XmlError(E.MISPLACED_XML_PI, i);
        if (xml === 'junk') throw new XmlError(E.JUNK_AFTER_DOC_ELEMENT, i);
        return this.xmlDecl(i, te, xml === 'text');
      }
    }
    let dataStart: number;
    let j: number;
    if (c === 0x3f) {
      dataStart = te;
      j = te;
    } else if (isS(c)) {
      dataStart = skipS(s, te);
      j = dataStart;
    } else throw new XmlError(E.INVALID_TOKEN, te);
    for (;;) {
      if (j >= n) return false;
      const d = cpAt(s, j);
      if (d === 0x3f) {
        if (j + 1 >= n) return false;
        if (s.charCodeAt(j + 1) === GT) break;
        if (j === te) throw new XmlError(E.INVALID_TOKEN, j + 1);
      } else if (!isXmlChar(d)) {
        if (d >= 0xd800 && d <= 0xdbff && j + 1 >= n && !this.final) return false;
        throw new XmlError(E.INVALID_TOKEN, j);
      }
      j += cpLen(d);
    }
    const end = j + 2;
    if (this.sink.has(H.ProcessingInstruction)) {
      this.ev(i);
      this.sink.processingInstruction(target, normalizeNewlines(s.slice(dataStart, j)));
    } else this.dflt(i, end);
    this.pos = end;
    return true;
  }

  /** <?xml version="..." encoding="..." standalone="..."?> at the start of the document. */
  private xmlDecl(i: number, afterTarget: number, text: boolean): boolean {
    // A text declaration (external entities) has an optional version and a required encoding.
    const BAD = text ? E.TEXT_DECL : E.XML_DECL;
    const s = this.buf;
    const n = s.length;
    let end = -1;
    for (let j = afterTarget; j + 1 < n; j++) {
      if (s.charCodeAt(j) === 0x3f && s.charCodeAt(j + 1) === GT) {
        end = j;
        break;
      }
    }
    if (end < 0) return false;
    // expat's XmlParseXmlDecl: version, then optionally encoding, then optionally standalone.
    let p = afterTarget;
    const attr = (): { name: number; nameEnd: number; val: number; valEnd: number } | null => {
      if (p === end) return null;
      if (!isS(s.charCodeAt(p))) throw new XmlError(BAD, p);
      p = skipS(s, p);
      if (p >= end) return null;
      const name = p;
      let nameEnd: number;
      for (;;) {
        if (p >= end || s.charCodeAt(p) >= 0x80) throw new XmlError(BAD, p);
        const c = s.charCodeAt(p);
        if (c === 0x3d) {
          nameEnd = p;
          break;
        }
        if (isS(c)) {
          nameEnd = p;
          p = skipS(s, p);
          if (s.charCodeAt(p) !== 0x3d || p >= end) throw new XmlError(BAD, p);
          break;
        }
        p++;
      }
      if (nameEnd === name) throw new XmlError(BAD, p);
      p = skipS(s, p + 1);
      const q = s.charCodeAt(p);
      if (p >= end || (q !== 0x22 && q !== 0x27)) throw new XmlError(BAD, p);
      p++;
      const val = p;
      for (;;) {
        if (p >= end) throw new XmlError(BAD, p);
        const c = s.charCodeAt(p);
        if (c === q) break;
        const ok = (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x2e || c === 0x2d || c === 0x5f;
        if (!ok) throw new XmlError(BAD, p);
        p++;
      }
      const valEnd = p;
      p++;
      return { name, nameEnd, val, valEnd };
    };
    const nameIs = (a: { name: number; nameEnd: number }, kw: string): boolean => s.slice(a.name, a.nameEnd) === kw;
    let version: string | null = null;
    let encoding: string | null = null;
    let standalone = -1;
    let a = attr();
    if (a !== null && nameIs(a, 'version')) {
      version = s.slice(a.val, a.valEnd);
      a = attr();
    } else if (!text || a === null) throw new XmlError(BAD, a === null ? p : a.name);
    if (text && (a === null || !nameIs(a, 'encoding'))) throw new XmlError(BAD, a === null ? p : a.name);
    if (a !== null && nameIs(a, 'encoding')) {
      const c = s.charCodeAt(a.val);
      if (!((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a))) throw new XmlError(BAD, a.val);
      encoding = s.slice(a.val, a.valEnd);
      a = attr();
    }
    if (a !== null) {
      if (text || !nameIs(a, 'standalone')) throw new XmlError(BAD, a.name);
      const v = s.slice(a.val, a.valEnd);
      if (v === 'yes') standalone = 1;
      else if (v === 'no') standalone = 0;
      else throw new XmlError(BAD, a.val);
      p = skipS(s, p);
      if (p !== end) throw new XmlError(BAD, p);
    }
    if (!text) this.standalone = standalone;
    if (this.sink.has(H.XmlDecl)) {
      this.ev(i);
      this.sink.xmlDecl(version, encoding, standalone);
    } else this.dflt(i, end + 2);
    this.pos = end + 2;
    return true;
  }

  // ---- document type declaration --------------------------------------------------------------------

  /** Reports a declaration's tokens to the default handler, one call each, as expat does. */
  private dfltTokens(toks: Token[], from = 0, to = toks.length): void {
    if (!this.sink.has(H.Default)) return;
    for (let k = from; k < to; k++) this.dflt(toks[k].start, toks[k].end);
  }

  /**
   * Runs `read` over a declaration's tokens: false when the declaration is not all there yet; on an
   * error, the tokens before it go to the default handler first (unless `handled`), as expat
   * reports each token once it has read it.
   */
  private declaration(i: number, doctype: boolean, handled: boolean, read: (r: DeclReader, toks: Token[]) => void): boolean {
    const scan = scanDecl(this.buf, i, doctype);
    // Read only once complete (or at the end of the document): handlers run while reading, as
    // expat calls them at the token that completes what they report, before the '>'.
    if (scan.end === 'partial' && !this.final) return false;
    const r = new DeclReader(this.buf, scan);
    try {
      read(r, scan.toks);
    } catch (e) {
      if (e instanceof XmlError && !handled) {
        for (const t of scan.toks) {
          if (t.end > e.pos) break;
          this.dflt(t.start, t.end);
        }
      }
      throw e;
    }
    return true;
  }

  private doctype(i: number): boolean {
    return this.declaration(i, true, this.sink.has(H.StartDoctypeDecl), (r, toks) => this.doctypeDecl(i, r, toks));
  }

  private doctypeDecl(i: number, r: DeclReader, toks: Token[]): void {
    const open = r.next();
    if (this.buf.slice(open.start, open.end) !== '<!DOCTYPE') r.fail(open);
    const name = r.name();
    let sysid: string | null = null;
    let pubid: string | null = null;
    const kw = r.keyword();
    if (kw === 'SYSTEM') {
      r.next();
      sysid = r.literal();
    } else if (kw === 'PUBLIC') {
      r.next();
      pubid = r.pubid();
      sysid = r.literal();
    } else if (kw !== null) r.fail();
    const last = r.next();
    if (last.kind !== T.OpenBracket && last.kind !== T.DeclClose) r.fail(last);
    this.sawDoctype = true;
    this.doctypeSysid = sysid;
    this.doctypePubid = pubid;
    const internal = last.kind === T.OpenBracket;
    this.pos = last.end;
    if (this.sink.has(H.StartDoctypeDecl)) {
      this.ev(i);
      this.sink.startDoctype(name, sysid, pubid, internal);
      if (!internal && !this.sink.has(H.EndDoctypeDecl)) this.dfltTokens(toks, toks.length - 1);
    } else if (internal || !this.sink.has(H.EndDoctypeDecl)) this.dfltTokens(toks);
    else this.dfltTokens(toks, 0, toks.length - 1);
    if (internal) this.phase = Phase.Subset;
    else this.doctypeClose(last.start);
  }

  /** The '>' closing the document type declaration: the external subset, then EndDoctypeDecl. */
  private doctypeClose(i: number): void {
    if (this.doctypeSysid !== null || this.useForeignDTD) {
      const had = this.hasParamEntityRefs;
      this.hasParamEntityRefs = true;
      if (this.paramEntityParsing !== 0 && (this.paramEntityParsing === 2 || this.standalone !== 1) && this.sink.has(H.ExternalEntityRef)) {
        this.ev(i);
        if (!this.sink.externalEntityRef(null, this.doctypeSysid, this.doctypePubid)) {
          throw new XmlError(E.EXTERNAL_ENTITY_HANDLING, i);
        }
        if (this.doctypeSysid === null) this.hasParamEntityRefs = had;
        this.checkStandalone(i);
      } else if (this.doctypeSysid === null) this.hasParamEntityRefs = had;
    }
    if (this.sink.has(H.EndDoctypeDecl)) {
      this.ev(i);
      this.sink.endDoctype();
    }
  }

  private checkStandalone(i: number): void {
    if (this.standalone !== 1 && this.sink.has(H.NotStandalone)) {
      this.ev(i);
      if (!this.sink.notStandalone()) throw new XmlError(E.NOT_STANDALONE, i);
    }
  }

  private subsetStep(): boolean {
    const s = this.buf;
    const n = s.length;
    const i = this.pos;
    if (i >= n) return false;
    if (this.atStart && this.textDeclStep(i)) return this.stepResult;
    const c = s.charCodeAt(i);
    if (isS(c)) {
      const j = skipS(s, i);
      this.dflt(i, j);
      this.pos = j;
      return true;
    }
    if (c === RSQB) {
      const j = skipS(s, i + 1);
      if (j >= n) return false;
      if (s.charCodeAt(j) !== GT) {
        // ']' and the space are tokens read before the one that does not fit.
        const r = strayToken(s, j);
        if (r === 'partial' || (r === 'partial-name' && !this.final)) return false;
        if (!this.sink.has(H.EndDoctypeDecl)) {
          this.dflt(i, i + 1);
          if (j > i + 1) this.dflt(i + 1, j);
        }
        throw new XmlError(typeof r === 'number' ? E.INVALID_TOKEN : E.SYNTAX, typeof r === 'number' ? r : j);
      }
      const endHandled = this.sink.has(H.EndDoctypeDecl);
      if (!endHandled) {
        this.dflt(i, i + 1);
        if (j > i + 1) this.dflt(i + 1, j);
        this.dflt(j, j + 1);
      }
      this.pos = j + 1;
      this.phase = Phase.Prolog;
      this.doctypeClose(j);
      return true;
    }
    if (c === 0x25) {
      const ne = scanName(s, i + 1);
      if (ne === i + 1) {
        if (i + 1 >= n) return false;
        throw new XmlError(E.INVALID_TOKEN, i + 1);
      }
      if (ne >= n) return false;
      if (s.charCodeAt(ne) !== 0x3b) throw new XmlError(E.INVALID_TOKEN, ne);
      this.pos = ne + 1;
      this.peReference(i, s.slice(i + 1, ne));
      return true;
    }
    if (c === LT) {
      if (i + 1 >= n) return false;
      const c1 = s.charCodeAt(i + 1);
      if (c1 === 0x3f) return this.pi(i, 'misplaced');
      if (c1 === 0x21) {
        const m = this.match(i, '<!--');
        if (m === 1) return this.comment(i);
        if (m < 0 || i + 2 >= n) return false;
        if (!isNameStart(s.charCodeAt(i + 2))) return this.strayMarkup(i, E.SYNTAX);
        return this.markupDecl(i);
      }
      return this.strayMarkup(i, E.SYNTAX);
    }
    return this.strayText(i, E.SYNTAX);
  }

  /**
   * %name; between declarations. Without parameter entity parsing (pyexpat's default) it is not
   * read, and later declarations count only in a standalone document; with it, an undeclared one is
   * skipped, an external one goes to the ExternalEntityRefHandler and an internal one is read here.
   */
  private peReference(i: number, name: string): void {
    this.hasParamEntityRefs = true;
    if (this.paramEntityParsing === 0 || (this.paramEntityParsing === 1 && this.standalone === 1)) {
      this.keepProcessing = this.standalone === 1;
      this.dflt(i, this.pos);
      return;
    }
    const ent = this.peEntities.get(name);
    if (ent === undefined) {
      this.keepProcessing = this.standalone === 1;
      if (this.sink.has(H.SkippedEntity)) {
        this.ev(i);
        this.sink.skippedEntity(name, true);
      } else this.dflt(i, this.pos);
      return;
    }
    if (ent.open) throw new XmlError(E.RECURSIVE_ENTITY_REF, i);
    if (ent.value === null) {
      if (this.sink.has(H.ExternalEntityRef)) {
        this.ev(i);
        if (!this.sink.externalEntityRef(null, ent.sysid, ent.pubid)) throw new XmlError(E.EXTERNAL_ENTITY_HANDLING, i);
        this.checkStandalone(i);
      } else this.dflt(i, this.pos);
      this.keepProcessing = this.standalone === 1;
      return;
    }
    this.expandSubset(ent, i);
  }

  /** Reads an internal parameter entity's text as declarations, where it is referenced. */
  private expandSubset(ent: Entity, at: number): void {
    this.withinEntity(ent, at, () => {
      while (this.pos < this.buf.length) {
        if (this.phase !== Phase.Subset || !this.subsetStep()) throw new XmlError(E.INCOMPLETE_PE, at);
      }
    });
  }

  /**
   * Runs `parse` over an internal entity's replacement text in place of the document's text, the
   * reference at `at` being where errors inside it are reported (as expat reports them), then puts
   * the document's text and position back.
   */
  private withinEntity(ent: Entity, at: number, parse: () => void): void {
    const outerBuf = this.buf;
    const outerPos = this.pos;
    const outerFinal = this.final;
    const outerRef = this.refIdx;
    const outerFloor = this.floor;
    const outerSaved = this.savedBuf;
    const outerSavedPos = this.savedPos;
    if (this.savedBuf === null) {
      this.savedBuf = outerBuf;
      this.savedPos = outerPos;
    }
    ent.open = true;
    this.buf = ent.value!;
    this.pos = 0;
    this.final = true;
    this.refIdx = at;
    try {
      parse();
    } catch (e) {
      if (e instanceof XmlError && e.pos !== at) throw new XmlError(e.code, at);
      throw e;
    } finally {
      ent.open = false;
      this.buf = outerBuf;
      this.pos = outerPos;
      this.final = outerFinal;
      this.refIdx = outerRef;
      this.floor = outerFloor;
      this.savedBuf = outerSaved;
      this.savedPos = outerSavedPos;
    }
  }

  private markupDecl(i: number): boolean {
    const s = this.buf;
    let k = i + 2;
    while (k < s.length && isNameStart(s.charCodeAt(k))) k++;
    const handler = DECL_HANDLERS[s.slice(i + 2, k)];
    const handled = handler !== undefined && this.keepProcessing && this.sink.has(handler);
    return this.declaration(i, false, handled, (r, toks) => this.markupDeclBody(i, r, toks));
  }

  private markupDeclBody(i: number, r: DeclReader, toks: Token[]): void {
    const open = r.next();
    const kind = this.buf.slice(open.start + 2, open.end);
    this.ev(i);
    switch (kind) {
      case 'ENTITY':
        this.entityDecl(r);
        break;
      case 'ELEMENT': {
        const name = r.name();
        const model = readContentSpec(r);
        if (this.keepProcessing && this.sink.has(H.ElementDecl)) this.sink.elementDecl(name, model);
        r.close();
        break;
      }
      case 'ATTLIST':
        this.attlistDecl(r);
        break;
      case 'NOTATION': {
        const name = r.name();
        const report = (sysid: string | null, pubid: string | null): void => {
          if (this.keepProcessing && this.sink.has(H.NotationDecl)) this.sink.notationDecl(name, sysid, pubid);
        };
        const kw = r.keyword();
        if (kw === 'SYSTEM') {
          r.next();
          report(r.literal(), null);
        } else if (kw === 'PUBLIC') {
          r.next();
          const pubid = r.pubid();
          if (r.peek().kind === T.Literal) report(r.literal(), pubid);
          else {
            r.close();
            report(null, pubid);
            break;
          }
        } else r.fail();
        r.close();
        break;
      }
      default:
        r.fail(open);
    }
    this.pos = toks[toks.length - 1].end;
    const handler = DECL_HANDLERS[kind];
    if (!(handler !== undefined && this.keepProcessing && this.sink.has(handler))) this.dfltTokens(toks);
  }

  /** <!ENTITY ...>: the handler runs at the value, the notation name or the '>' (external), as in expat. */
  private entityDecl(r: DeclReader): void {
    let isPE = false;
    if (r.peek().kind === T.Percent) {
      r.next();
      isPE = true;
    }
    const name = r.name();
    const ent: Entity = { value: null, sysid: null, pubid: null, notation: null, open: false };
    const t = r.peek();
    if (t.kind === T.Literal) {
      const lit = r.literal();
      let failure: unknown = null;
      try {
        ent.value = this.entityValue(lit, t.start + 1);
      } catch (e) {
        // expat reports the value read up to the error, then the error.
        if (!(e instanceof XmlError)) throw e;
        failure = e;
        ent.value = this.partialValue;
      }
      this.declareEntity(name, isPE, ent);
      if (failure !== null) throw failure;
      r.close();
      return;
    }
    const kw = r.keyword();
    if (kw === 'SYSTEM') {
      r.next();
      ent.sysid = r.literal();
    } else if (kw === 'PUBLIC') {
      r.next();
      ent.pubid = r.pubid();
      ent.sysid = r.literal();
    } else r.fail();
    if (!isPE && r.keyword() === 'NDATA') {
      r.next();
      ent.notation = r.name();
      this.declareEntity(name, isPE, ent);
      r.close();
      return;
    }
    r.close();
    this.declareEntity(name, isPE, ent);
  }

  private declareEntity(name: string, isPE: boolean, ent: Entity): void {
    if (!this.keepProcessing) return;
    const table = isPE ? this.peEntities : this.entities;
    if (table.has(name) || (!isPE && PREDEFINED[name] !== undefined)) return;
    table.set(name, ent);
    if (ent.notation !== null) {
      if (this.sink.has(H.UnparsedEntityDecl)) this.sink.unparsedEntityDecl(name, ent.sysid!, ent.pubid, ent.notation);
      else if (this.sink.has(H.EntityDecl)) this.sink.entityDecl(name, false, null, ent.sysid, ent.pubid, ent.notation);
      return;
    }
    if (this.sink.has(H.EntityDecl)) this.sink.entityDecl(name, isPE, ent.value, ent.sysid, ent.pubid, null);
  }

  /** What entityValue had built when it failed. */
  private partialValue = '';

  /** An entity value literal: character references replaced, line ends normalised. */
  private entityValue(lit: string, at: number): string {
    let out = '';
    let run = 0;
    for (let k = 0; k < lit.length; k++) {
      const c = lit.charCodeAt(k);
      this.partialValue = out + lit.slice(run, k);
      if (c === 0x25) {
        // A parameter entity reference is not allowed in the internal subset's entity values.
        const ne = scanName(lit, k + 1);
        if (ne === k + 1) throw new XmlError(E.INVALID_TOKEN, at + k + 1);
        if (lit.charCodeAt(ne) !== 0x3b) throw new XmlError(E.INVALID_TOKEN, at + ne);
        throw new XmlError(E.PARAM_ENTITY_REF, at + k);
      }
      if (c === CR) {
        out += lit.slice(run, k) + '\n';
        if (lit.charCodeAt(k + 1) === LF) k++;
        run = k + 1;
      } else if (c === AMP) {
        const ref = parseRef(lit, k, at);
        if (ref.code >= 0) {
          out += lit.slice(run, k) + String.fromCodePoint(ref.code);
          run = ref.end;
        }
        k = ref.end - 1;
      }
    }
    return out + lit.slice(run);
  }

  /** <!ATTLIST ...>: each definition is reported as soon as its default is read. */
  private attlistDecl(r: DeclReader): void {
    const el = r.name();
    for (;;) {
      const d = readAttDef(r);
      if (d === null) break;
      if (!this.keepProcessing) continue;
      const key = el + '\u0000' + d.name;
      const value = d.literal === null ? null : this.attrValue(d.literal, d.literalPos, d.literalPos, d.type === 'CDATA');
      if (!this.attTypes.has(key)) {
        this.attTypes.set(key, d.type);
        if (value !== null) {
          let list = this.attDefaults.get(el);
          if (list === undefined) this.attDefaults.set(el, (list = []));
          list.push({ name: d.name, value });
        }
      }
      if (this.sink.has(H.AttlistDecl)) this.sink.attlistDecl(el, d.name, d.type, value, d.required);
    }
    r.close();
  }

  // ---- content --------------------------------------------------------------------------------------

  /**
   * At the start of an external entity or subset: a text declaration may come first. True when
   * the step is done (a declaration or PI read, or more text needed), false to go on normally.
   */
  private textDeclStep(i: number): boolean {
    const s = this.buf;
    if (this.mode === 'document' || s.charCodeAt(i) !== LT) {
      this.atStart = false;
      return false;
    }
    if (i + 1 >= s.length) {
      if (this.final) this.atStart = false;
      this.stepResult = false;
      return !this.final;
    }
    if (s.charCodeAt(i + 1) !== 0x3f) {
      this.atStart = false;
      return false;
    }
    this.stepResult = this.pi(i, 'text');
    if (this.stepResult) this.atStart = false;
    return true;
  }

  private stepResult = false;

  private contentStep(): boolean {
    const s = this.buf;
    const n = s.length;
    const i = this.pos;
    if (i >= n) return false;
    if (this.atStart && this.textDeclStep(i)) return this.stepResult;
    const c = s.charCodeAt(i);
    switch (c) {
      case LT:
        return this.markup(i);
      case AMP:
        return this.reference(i);
      case CR: {
        if (i + 1 >= n && !this.final) return false;
        this.newline(i, i + 1 < n && s.charCodeAt(i + 1) === LF ? i + 2 : i + 1);
        return true;
      }
      case LF:
        this.newline(i, i + 1);
        return true;
      case RSQB:
        if (i + 1 >= n) {
          if (!this.final) return false;
        } else if (s.charCodeAt(i + 1) === RSQB) {
          if (i + 2 >= n) {
            if (!this.final) return false;
          } else if (s.charCodeAt(i + 2) === GT) throw new XmlError(E.INVALID_TOKEN, i + 2);
        }
    }
    let j = i;
    while (j < n) {
      const d = s.charCodeAt(j);
      if (d === LT || d === AMP || d === CR || d === LF) break;
      if (d === RSQB && j > i) {
        if (j + 1 >= n) {
          if (!this.final) break;
        } else if (s.charCodeAt(j + 1) === RSQB) {
          if (j + 2 >= n) {
            if (!this.final) break;
          } else if (s.charCodeAt(j + 2) === GT) {
            // "]]>" inside a run of text makes the whole token invalid: nothing of it is reported.
            throw new XmlError(E.INVALID_TOKEN, j + 2);
          }
        }
      }
      const w = textCharWidth(s, j, n);
      if (w === -1) {
        if (!this.final) break;
        throw new XmlError(E.INVALID_TOKEN, j);
      }
      if (w === 0) break;
      j += w;
    }
    if (j === i) {
      if (j >= n || (s.charCodeAt(j) >= 0xd800 && s.charCodeAt(j) <= 0xdbff && j + 1 >= n)) return false;
      throw new XmlError(E.INVALID_TOKEN, i);
    }
    this.pos = j;
    if (this.sink.has(H.CharacterData)) {
      this.ev(i);
      this.sink.characterData(s.slice(i, j));
    } else this.dflt(i, j);
    return true;
  }

  private newline(i: number, end: number): void {
    this.pos = end;
    if (this.sink.has(H.CharacterData)) {
      this.ev(i);
      this.sink.characterData('\n');
    } else this.dflt(i, end);
  }

  private markup(i: number): boolean {
    const s = this.buf;
    const n = s.length;
    if (i + 1 >= n) return false;
    const c1 = s.charCodeAt(i + 1);
    if (c1 === 0x2f) return this.endTag(i);
    if (c1 === 0x3f) return this.pi(i, 'misplaced');
    if (c1 === 0x21) {
      const m = this.match(i, '<!--');
      if (m === 1) return this.comment(i);
      const d = this.match(i, '<![CDATA[');
      if (d === 1) {
        this.pos = i + 9;
        if (this.sink.has(H.StartCdataSection)) {
          this.ev(i);
          this.sink.startCdata();
        } else this.dflt(i, i + 9);
        this.phase = Phase.Cdata;
        return true;
      }
      if (m < 0 || d < 0) return false;
      // Invalid at the first character that fits neither "<!--" nor "<![CDATA[".
      const lit = s.charCodeAt(i + 2) === 0x2d ? '<!--' : '<![CDATA[';
      let k = i + 2;
      while (s.charCodeAt(k) === lit.charCodeAt(k - i)) k++;
      throw new XmlError(E.INVALID_TOKEN, k);
    }
    return this.startTag(i);
  }

  private cdataStep(): boolean {
    const s = this.buf;
    const n = s.length;
    const i = this.pos;
    if (i >= n) return false;
    const c = s.charCodeAt(i);
    if (c === RSQB) {
      if (i + 1 >= n) {
        if (!this.final) return false;
      } else if (s.charCodeAt(i + 1) === RSQB) {
        if (i + 2 >= n) {
          if (!this.final) return false;
        } else if (s.charCodeAt(i + 2) === GT) {
          this.pos = i + 3;
          this.phase = Phase.Content;
          if (this.sink.has(H.EndCdataSection)) {
            this.ev(i);
            this.sink.endCdata();
          } else this.dflt(i, i + 3);
          return true;
        } else {
          this.cdata(i, i + 1);
          return true;
        }
      }
    } else if (c === CR) {
      if (i + 1 >= n && !this.final) return false;
      this.newline(i, i + 1 < n && s.charCodeAt(i + 1) === LF ? i + 2 : i + 1);
      return true;
    } else if (c === LF) {
      this.newline(i, i + 1);
      return true;
    }
    let j = c === RSQB ? i + 1 : i;
    while (j < n) {
      const d = s.charCodeAt(j);
      if (d === RSQB || d === CR || d === LF) break;
      const w = textCharWidth(s, j, n);
      if (w <= 0) break;
      j += w;
    }
    if (j === i) {
      if (s.charCodeAt(j) >= 0xd800 && s.charCodeAt(j) <= 0xdbff && j + 1 >= n && !this.final) return false;
      throw new XmlError(E.INVALID_TOKEN, i);
    }
    this.cdata(i, j);
    return true;
  }

  private cdata(i: number, j: number): void {
    this.pos = j;
    if (this.sink.has(H.CharacterData)) {
      this.ev(i);
      this.sink.characterData(this.buf.slice(i, j));
    } else this.dflt(i, j);
  }

  private endTag(i: number): boolean {
    const s = this.buf;
    const n = s.length;
    const j = i + 2;
    if (j >= n) return false;
    const ne = scanName(s, j);
    if (ne === j || (this.nsSep !== null && s.charCodeAt(j) === 0x3a)) throw new XmlError(E.INVALID_TOKEN, j);
    if (ne >= n) return false;
    const k = skipS(s, ne);
    if (k >= n) return false;
    if (s.charCodeAt(k) !== GT) throw new XmlError(E.INVALID_TOKEN, k);
    const raw = s.slice(j, ne);
    if (this.stack.length <= this.floor) {
      if (this.refIdx >= 0) throw new XmlError(E.ASYNC_ENTITY, this.refIdx);
      if (this.mode === 'entity') throw new XmlError(E.ASYNC_ENTITY, i);
      throw new XmlError(E.TAG_MISMATCH, j);
    }
    const top = this.stack[this.stack.length - 1];
    if (top.raw !== raw) throw new XmlError(E.TAG_MISMATCH, j);
    this.stack.pop();
    this.pos = k + 1;
    if (this.sink.has(H.EndElement)) {
      this.ev(i);
      this.sink.endElement(top.name);
    } else this.dflt(i, k + 1);
    this.unbind(top, i);
    if (this.stack.length === 0 && this.mode === 'document') this.phase = Phase.Epilog;
    return true;
  }

  private unbind(el: OpenElement, i: number): void {
    if (el.bound === null) return;
    for (let b = el.bound.length - 1; b >= 0; b--) {
      const prefix = el.bound[b];
      this.ns.get(prefix)!.pop();
      if (this.sink.has(H.EndNamespaceDecl)) {
        this.ev(i);
        this.sink.endNs(prefix === '' ? null : prefix);
      }
    }
  }

  /**
   * With namespace processing expat's tokenizer allows one colon in a tag's names, between two
   * name parts: anything else is an invalid token at the offending character.
   */
  private checkQName(start: number, end: number): void {
    if (this.nsSep === null) return;
    const s = this.buf;
    let colon = -1;
    for (let k = start; k < end; k++) {
      if (s.charCodeAt(k) !== 0x3a) continue;
      if (k === start || colon >= 0) throw new XmlError(E.INVALID_TOKEN, k);
      colon = k;
      if (k + 1 >= end || !isNameStart(cpAt(s, k + 1)) || s.charCodeAt(k + 1) === 0x3a) {
        throw new XmlError(E.INVALID_TOKEN, k + 1 < end ? k + 1 : end);
      }
    }
  }

  private startTag(i: number): boolean {
    const s = this.buf;
    const n = s.length;
    const ns = scanName(s, i + 1);
    if (ns === i + 1) throw new XmlError(E.INVALID_TOKEN, i + 1);
    if (ns >= n) return false;
    this.checkQName(i + 1, ns);
    const raw = s.slice(i + 1, ns);
    // name, its index, value start, value end
    const atts: number[] = [];
    let k = ns;
    let empty = false;
    for (;;) {
      if (k >= n) return false;
      let c = s.charCodeAt(k);
      if (c === GT) break;
      if (c === 0x2f) {
        if (k + 1 >= n) return false;
        if (s.charCodeAt(k + 1) !== GT) throw new XmlError(E.INVALID_TOKEN, k + 1);
        empty = true;
        k++;
        break;
      }
      if (!isS(c)) throw new XmlError(E.INVALID_TOKEN, k);
      k = skipS(s, k);
      if (k >= n) return false;
      c = s.charCodeAt(k);
      if (c === GT || c === 0x2f) continue;
      const an = scanName(s, k);
      if (an === k) throw new XmlError(E.INVALID_TOKEN, k);
      if (an >= n) return false;
      this.checkQName(k, an);
      let v = skipS(s, an);
      if (v >= n) return false;
      if (s.charCodeAt(v) !== 0x3d) throw new XmlError(E.INVALID_TOKEN, v);
      v = skipS(s, v + 1);
      if (v >= n) return false;
      const q = s.charCodeAt(v);
      if (q !== 0x22 && q !== 0x27) throw new XmlError(E.INVALID_TOKEN, v);
      let e = v + 1;
      while (e < n) {
        const d = s.charCodeAt(e);
        if (d === q) break;
        if (d === LT) throw new XmlError(E.INVALID_TOKEN, e);
        if (d === AMP) {
          const end = refEnd(s, e);
          if (end < 0) return false;
          e = end;
          continue;
        }
        const cp = cpAt(s, e);
        if (!isXmlChar(cp)) {
          if (d >= 0xd800 && d <= 0xdbff && e + 1 >= n && !this.final) return false;
          throw new XmlError(E.INVALID_TOKEN, e);
        }
        e += cpLen(cp);
      }
      if (e >= n) return false;
      atts.push(k, an, v + 1, e);
      k = e + 1;
      if (k < n) {
        const d = s.charCodeAt(k);
        if (!isS(d) && d !== GT && d !== 0x2f) throw new XmlError(E.INVALID_TOKEN, k);
      }
    }
    const end = k + 1;
    this.pos = end;
    this.openElement(i, raw, atts, empty, end);
    return true;
  }

  private openElement(i: number, raw: string, atts: number[], empty: boolean, end: number): void {
    const s = this.buf;
    const names: string[] = [];
    const values: string[] = [];
    for (let a = 0; a < atts.length; a += 4) {
      const name = s.slice(atts[a], atts[a + 1]);
      if (names.includes(name)) throw new XmlError(E.DUPLICATE_ATTRIBUTE, atts[a]);
      names.push(name);
    }
    const tagIdx = this.refIdx >= 0 ? this.refIdx : i;
    for (let a = 0, k = 0; a < atts.length; a += 4, k++) {
      const type = this.attTypes.size === 0 ? undefined : this.attTypes.get(raw + '\u0000' + names[k]);
      values.push(this.attrValue(s.slice(atts[a + 2], atts[a + 3]), atts[a + 2], tagIdx, type === undefined || type === 'CDATA'));
    }
    const nSpecified = names.length;
    const defaults = this.attDefaults.get(raw);
    if (defaults !== undefined) {
      for (const d of defaults) {
        if (!names.includes(d.name)) {
          names.push(d.name);
          values.push(d.value);
        }
      }
    }
    if (this.useForeignDTD && !this.sawDoctype && this.stack.length === 0) {
      this.sawDoctype = true;
      this.doctypeClose(i);
    }
    const el: OpenElement = { raw, name: raw, bound: null };
    let specified = nSpecified;
    let flat: string[];
    if (this.nsSep !== null) {
      flat = [];
      specified = 0;
      for (let k = 0; k < names.length; k++) {
        const nm = names[k];
        if (nm === 'xmlns' || nm.startsWith('xmlns:')) {
          this.bind(el, nm === 'xmlns' ? '' : nm.slice(6), values[k], tagIdx);
          continue;
        }
        flat.push(nm, values[k]);
        if (k < nSpecified) specified++;
      }
      el.name = this.expand(raw, true, tagIdx);
      const seen = new Set<string>();
      for (let k = 0; k < flat.length; k += 2) {
        if (flat[k].indexOf(':') >= 0) flat[k] = this.expand(flat[k], false, tagIdx);
        if (seen.has(flat[k])) throw new XmlError(E.DUPLICATE_ATTRIBUTE, tagIdx);
        seen.add(flat[k]);
      }
    } else {
      flat = new Array(names.length * 2);
      for (let k = 0; k < names.length; k++) {
        flat[2 * k] = names[k];
        flat[2 * k + 1] = values[k];
      }
    }
    this.stack.push(el);
    const hasStart = this.sink.has(H.StartElement);
    if (hasStart) {
      this.ev(i);
      this.sink.startElement(el.name, flat, specified);
    }
    if (empty) {
      this.stack.pop();
      const hasEnd = this.sink.has(H.EndElement);
      if (hasEnd) {
        this.ev(i);
        this.sink.endElement(el.name);
      }
      if (!hasStart && !hasEnd) this.dflt(i, end);
      this.unbind(el, i);
      if (this.stack.length === 0 && this.mode === 'document') this.phase = Phase.Epilog;
    } else if (!hasStart) this.dflt(i, end);
  }

  private bind(el: OpenElement, prefix: string, uri: string, at: number): void {
    if (prefix === 'xmlns') throw new XmlError(E.RESERVED_PREFIX_XMLNS, at);
    if (prefix === 'xml') {
      if (uri !== XML_NS) throw new XmlError(E.RESERVED_PREFIX_XML, at);
    } else if (uri === XML_NS || uri === XMLNS_NS) throw new XmlError(E.RESERVED_NAMESPACE_URI, at);
    if (uri === '' && prefix !== '') throw new XmlError(E.UNDECLARING_PREFIX, at);
    let stack = this.ns.get(prefix);
    if (stack === undefined) this.ns.set(prefix, (stack = []));
    stack.push(uri);
    (el.bound ??= []).push(prefix);
    if (this.sink.has(H.StartNamespaceDecl)) {
      this.ev(at);
      this.sink.startNs(prefix === '' ? null : prefix, uri === '' ? null : uri);
    }
  }

  /** A qualified name as expat reports it: "uri<sep>local[<sep>prefix]". */
  private expand(qname: string, element: boolean, at: number): string {
    const colon = qname.indexOf(':');
    const sep = this.nsSep!;
    if (colon < 0) {
      if (!element) return qname;
      const st = this.ns.get('');
      const uri = st === undefined || st.length === 0 ? '' : st[st.length - 1];
      return uri === '' ? qname : uri + sep + qname;
    }
    const prefix = qname.slice(0, colon);
    const local = qname.slice(colon + 1);
    let uri: string;
    if (prefix === 'xml') uri = XML_NS;
    else {
      const st = this.ns.get(prefix);
      if (st === undefined || st.length === 0) throw new XmlError(E.UNBOUND_PREFIX, at);
      uri = st[st.length - 1];
    }
    return this.triplets() ? uri + sep + local + sep + prefix : uri + sep + local;
  }

  /**
   * An attribute value as reported: references replaced, whitespace characters made spaces (and,
   * for attributes declared with a non-CDATA type, spaces collapsed). Errors in entities are
   * reported at `tagIdx`.
   */
  private attrValue(raw: string, at: number, tagIdx: number, cdata: boolean): string {
    let v = this.expandAttr(raw, at, tagIdx);
    if (!cdata) v = v.replace(/ +/g, ' ').replace(/^ | $/g, '');
    return v;
  }

  private expandAttr(raw: string, at: number, tagIdx: number): string {
    let out = '';
    let run = 0;
    for (let k = 0; k < raw.length; k++) {
      const c = raw.charCodeAt(k);
      if (c === TAB || c === LF || c === CR) {
        out += raw.slice(run, k) + ' ';
        if (c === CR && raw.charCodeAt(k + 1) === LF) k++;
        run = k + 1;
      } else if (c === LT) {
        throw new XmlError(E.INVALID_TOKEN, at >= 0 ? at + k : tagIdx);
      } else if (c === AMP) {
        const ref = parseRef(raw, k, at >= 0 ? at : tagIdx);
        out += raw.slice(run, k);
        run = ref.end;
        if (ref.code >= 0) out += String.fromCodePoint(ref.code);
        else out += this.attrEntity(ref.name!, at >= 0 ? at + k : tagIdx, tagIdx);
        k = ref.end - 1;
      }
    }
    return out + raw.slice(run);
  }

  /**
   * An entity referenced in an attribute value at `refIdx` (the tag's index inside an entity's
   * text): an undefined one is reported at the tag, other errors at the reference, as in expat.
   */
  private attrEntity(name: string, refIdx: number, tagIdx: number): string {
    const pre = PREDEFINED[name];
    if (pre !== undefined) return pre;
    const ent = this.entities.get(name);
    if (ent === undefined) {
      if (!this.hasParamEntityRefs || this.standalone === 1) throw new XmlError(E.UNDEFINED_ENTITY, tagIdx);
      return '';
    }
    if (ent.open) throw new XmlError(E.RECURSIVE_ENTITY_REF, refIdx);
    if (ent.notation !== null) throw new XmlError(E.BINARY_ENTITY_REF, refIdx);
    if (ent.value === null) throw new XmlError(E.ATTRIBUTE_EXTERNAL_ENTITY_REF, refIdx);
    ent.open = true;
    try {
      return this.expandAttr(ent.value, -1, tagIdx);
    } finally {
      ent.open = false;
    }
  }

  /** &...; in content. */
  private reference(i: number): boolean {
    const s = this.buf;
    const end = refEnd(s, i);
    if (end < 0) return false;
    const ref = parseRef(s, i, 0);
    this.pos = end;
    if (ref.code >= 0) {
      if (this.sink.has(H.CharacterData)) {
        this.ev(i);
        this.sink.characterData(String.fromCodePoint(ref.code));
      } else this.dflt(i, end);
      return true;
    }
    const name = ref.name!;
    const pre = PREDEFINED[name];
    if (pre !== undefined) {
      if (this.sink.has(H.CharacterData)) {
        this.ev(i);
        this.sink.characterData(pre);
      } else this.dflt(i, end);
      return true;
    }
    const at = this.refIdx >= 0 ? this.refIdx : i;
    const ent = this.entities.get(name);
    if (ent === undefined) {
      if (!this.hasParamEntityRefs || this.standalone === 1) throw new XmlError(E.UNDEFINED_ENTITY, at);
      this.skipped(i, end, name);
      return true;
    }
    if (ent.notation !== null) throw new XmlError(E.BINARY_ENTITY_REF, at);
    if (ent.value === null) {
      if (this.sink.has(H.ExternalEntityRef)) {
        this.ev(i);
        if (!this.sink.externalEntityRef(name, ent.sysid, ent.pubid)) throw new XmlError(E.EXTERNAL_ENTITY_HANDLING, at);
      } else this.dflt(i, end);
      return true;
    }
    if (!this.expandInternal) {
      this.skipped(i, end, name);
      return true;
    }
    if (ent.open) throw new XmlError(E.RECURSIVE_ENTITY_REF, at);
    this.expandContent(ent, at);
    return true;
  }

  private skipped(i: number, end: number, name: string): void {
    if (this.sink.has(H.SkippedEntity)) {
      this.ev(i);
      this.sink.skippedEntity(name, false);
    } else this.dflt(i, end);
  }

  /** Parses an internal entity's replacement text as content, where it is referenced. */
  private expandContent(ent: Entity, at: number): void {
    this.withinEntity(ent, at, () => {
      this.floor = this.stack.length;
      while (this.pos < this.buf.length) {
        const more = this.phase === Phase.Cdata ? this.cdataStep() : this.contentStep();
        if (!more) throw new XmlError(E.ASYNC_ENTITY, at);
      }
      if (this.stack.length !== this.floor || this.phase !== Phase.Content) throw new XmlError(E.ASYNC_ENTITY, at);
    });
  }
}

/** Where the reference starting at s[i] ('&') ends (after ';'), -1 if the text ends first. */
function refEnd(s: string, i: number): number {
  const n = s.length;
  let j = i + 1;
  if (j >= n) return -1;
  if (s.charCodeAt(j) === 0x23) {
    j++;
    if (j >= n) return -1;
    let hex = false;
    if (s.charCodeAt(j) === 0x78) {
      hex = true;
      j++;
    }
    const digits = j;
    for (;;) {
      if (j >= n) return -1;
      const c = s.charCodeAt(j);
      if (c === 0x3b && j > digits) return j + 1;
      const isDigit = (c >= 0x30 && c <= 0x39) || (hex && ((c >= 0x61 && c <= 0x66) || (c >= 0x41 && c <= 0x46)));
      if (!isDigit) throw new XmlError(E.INVALID_TOKEN, j);
      j++;
    }
  }
  const ne = scanName(s, j);
  if (ne === j) {
    if (j >= n) return -1;
    throw new XmlError(E.INVALID_TOKEN, j);
  }
  if (ne >= n) return -1;
  if (s.charCodeAt(ne) !== 0x3b) throw new XmlError(E.INVALID_TOKEN, ne);
  return ne + 1;
}

/** A syntactically complete reference at s[i]: a character's code (checked) or an entity name. */
function parseRef(s: string, i: number, at: number): { code: number; name: string | null; end: number } {
  let end: number;
  try {
    end = refEnd(s, i);
  } catch (e) {
    if (e instanceof XmlError) throw new XmlError(e.code, at + e.pos);
    throw e;
  }
  // A reference cut off by the end of a literal: the token is invalid from its '&'.
  if (end < 0) throw new XmlError(E.INVALID_TOKEN, at + i);
  if (s.charCodeAt(i + 1) === 0x23) {
    const hex = s.charCodeAt(i + 2) === 0x78;
    const digits = s.slice(hex ? i + 3 : i + 2, end - 1);
    const code = digits.length > 8 ? 0x110000 : parseInt(digits, hex ? 16 : 10);
    if (code > 0x10ffff || !isXmlChar(code)) throw new XmlError(E.BAD_CHAR_REF, at + i);
    return { code, name: null, end };
  }
  return { code: -1, name: s.slice(i + 1, end - 1), end };
}

function normalizeNewlines(s: string): string {
  return s.indexOf('\r') < 0 ? s : s.replace(/\r\n?/g, '\n');
}
