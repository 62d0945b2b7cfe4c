// pyexpat's xmlparser object (ParserCreate's result): the handler attributes, Parse/ParseFile,
// ExternalEntityParserCreate, the settings (buffer_text, ordered_attributes, namespace_prefixes ...)
// and the position and error attributes, as Modules/pyexpat.c has them. It feeds the Engine (engine.ts) and is its Sink,
// turning events into calls of the Python handlers: character data buffered when buffer_text is
// set, names interned in the `intern` dict, ExpatError raised with expat's message and position.
// No XML is tokenized here.

import { PyObject, PyValue, typeName, makeBuiltinType, isInstance, strType } from '../../objects/object.js';
import { PyDict } from '../../objects/dict.js';
import { PyList } from '../../objects/list.js';
import { PyTuple } from '../../objects/tuple.js';
import { PyBytes } from '../../objects/bytes.js';
import { defNew, defMethod, defGetSet, bindArgs, oneArg, noArgs } from '../../objects/native.js';
import { bytesLikeData, encodeString } from '../../objects/bytes_methods.js';
import { None } from '../../objects/singletons.js';
import { asIndex, truthy, strValue } from '../../runtime/protocols.js';
import { getAttrOrUndefined } from '../../runtime/attributes.js';
import { callObject } from '../../runtime/call.js';
import { typeError, valueError, runtimeError } from '../../runtime/raise.js';
import { Engine, H, Sink } from './engine.js';
import { InputDecoder } from './decoder.js';
import { XmlError, E, expatError } from './errors.js';
import { Model } from './dtd.js';

type Args = PyValue[];
type Kw = Map<string, PyValue> | null;

/** The handler attributes, in pyexpat's order, with the engine event each stands for. */
const HANDLERS: [string, H][] = [
  ['StartElementHandler', H.StartElement],
  ['EndElementHandler', H.EndElement],
  ['ProcessingInstructionHandler', H.ProcessingInstruction],
  ['CharacterDataHandler', H.CharacterData],
  ['UnparsedEntityDeclHandler', H.UnparsedEntityDecl],
  ['NotationDeclHandler', H.NotationDecl],
  ['StartNamespaceDeclHandler', H.StartNamespaceDecl],
  ['EndNamespaceDeclHandler', H.EndNamespaceDecl],
  ['CommentHandler', H.Comment],
  ['StartCdataSectionHandler', H.StartCdataSection],
  ['EndCdataSectionHandler', H.EndCdataSection],
  ['DefaultHandler', H.Default],
  ['DefaultHandlerExpand', H.Default],
  ['NotStandaloneHandler', H.NotStandalone],
  ['ExternalEntityRefHandler', H.ExternalEntityRef],
  ['StartDoctypeDeclHandler', H.StartDoctypeDecl],
  ['EndDoctypeDeclHandler', H.EndDoctypeDecl],
  ['EntityDeclHandler', H.EntityDecl],
  ['XmlDeclHandler', H.XmlDecl],
  ['ElementDeclHandler', H.ElementDecl],
  ['AttlistDeclHandler', H.AttlistDecl],
  ['SkippedEntityHandler', H.SkippedEntity],
];
const SLOT_DEFAULT = 11;
const SLOT_DEFAULT_EXPAND = 12;
const SLOT_CHARDATA = 3;

/** Bytes ParseFile asks read() for at a time (pyexpat's BUF_SIZE). */
const BUF_SIZE = 2048;

export const xmlparserType = makeBuiltinType('xmlparser', undefined, 'pyexpat');
xmlparserType.isBaseType = false;

const utf8Encoder = new TextEncoder();
const LONE_SURROGATE = /\p{Cs}/u;

function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

export class PyXmlParser extends PyObject implements Sink {
  readonly slots: PyValue[] = HANDLERS.map(() => None);
  /** Which slot expat's single default handler calls: DefaultHandler, DefaultHandlerExpand or none. */
  defaultSlot = -1;
  readonly engine: Engine;
  readonly decoder: InputDecoder;
  bufferText = false;
  bufferSize = 8192;
  private textBuf: string[] = [];
  private textLen = 0;
  orderedAttributes = false;
  specifiedAttributes = false;
  namespacePrefixes = false;
  base: PyValue = None;
  reparseDeferral = true;
  private partialBefore = 0;
  errorCode = 0;
  private errorPos: [number, number, number] | null = null;

  constructor(
    encoding: string | null,
    readonly nsSep: string | null,
    readonly intern: PyDict | null,
    mode: 'document' | 'entity' | 'dtd' = 'document',
  ) {
    super(xmlparserType);
    this.decoder = new InputDecoder(encoding);
    this.engine = new Engine(this, nsSep, () => this.namespacePrefixes, (cp) => this.decoder.byteWidth(cp), mode);
  }

  /**
   * ExternalEntityParserCreate: a parser for an external entity referenced from this document
   * (`context` its name, or None for the external DTD subset), with this parser's handlers,
   * settings, intern dict and declarations.
   */
  externalParser(context: string | null, encoding: string | null): PyXmlParser {
    const child = new PyXmlParser(encoding, this.nsSep, this.intern, context === null ? 'dtd' : 'entity');
    for (let k = 0; k < this.slots.length; k++) child.slots[k] = this.slots[k];
    child.defaultSlot = this.defaultSlot;
    child.refreshActive();
    child.bufferText = this.bufferText;
    child.bufferSize = this.bufferSize;
    child.orderedAttributes = this.orderedAttributes;
    child.specifiedAttributes = this.specifiedAttributes;
    child.namespacePrefixes = this.namespacePrefixes;
    child.base = this.base;
    child.engine.inheritFrom(this.engine);
    return child;
  }

  // ---- settings -------------------------------------------------------------------------------------

  setHandler(slot: number, v: PyValue): void {
    if (slot === SLOT_CHARDATA) this.flush();
    this.slots[slot] = v;
    if (slot === SLOT_DEFAULT || slot === SLOT_DEFAULT_EXPAND) {
      // One default handler in expat: the last one set decides whether internal entities expand.
      this.defaultSlot = v === None ? -1 : slot;
      this.engine.expandInternal = slot === SLOT_DEFAULT_EXPAND;
    }
    this.refreshActive();
  }

  /** Whether each engine event has a handler (by H), kept up to date by setHandler. */
  private readonly active: boolean[] = HANDLERS.map(() => false);

  has(h: H): boolean {
    return this.active[h];
  }

  refreshActive(): void {
    this.active.fill(false);
    for (let k = 0; k < HANDLERS.length; k++) {
      if (k !== SLOT_DEFAULT && k !== SLOT_DEFAULT_EXPAND && this.slots[k] !== None) this.active[HANDLERS[k][1]] = true;
    }
    this.active[H.Default] = this.defaultSlot >= 0;
  }

  private call(slot: number, args: PyValue[]): PyValue {
    this.flush();
    return this.invoke(slot, args);
  }

  private invoke(slot: number, args: PyValue[]): PyValue {
    const f = this.slots[slot];
    if (f === None) return None;
    try {
      return callObject(f, args);
    } catch (e) {
      // pyexpat's flag_error: the handlers are dropped and parsing stops (XML_ERROR_ABORTED).
      this.aborted = true;
      this.errorCode = E.ABORTED;
      for (let k = 0; k < this.slots.length; k++) this.slots[k] = None;
      this.defaultSlot = -1;
      this.refreshActive();
      throw e;
    }
  }

  aborted = false;

  private name(s: string): PyValue {
    if (this.intern === null) return s;
    const v = this.intern.getStr(s);
    if (v !== undefined) return v;
    this.intern.setStr(s, s);
    return s;
  }

  /** Hands buffered character data to the handler. */
  flush(): void {
    if (this.textLen === 0) return;
    const s = this.textBuf.length === 1 ? this.textBuf[0] : this.textBuf.join('');
    // buffer_used still counts the text while the handler runs, as in pyexpat.
    try {
      this.invoke(SLOT_CHARDATA, [s]);
    } finally {
      this.textBuf = [];
      this.textLen = 0;
    }
  }

  bufferUsed(): number {
    return this.textLen;
  }

  setBufferText(on: boolean): void {
    if (!on) this.flush();
    this.bufferText = on;
  }

  setBufferSize(n: number): void {
    this.flush();
    this.bufferSize = n;
  }

  // ---- Sink -----------------------------------------------------------------------------------------

  startElement(name: string, attrs: string[], nSpecified: number): void {
    const count = this.specifiedAttributes ? nSpecified * 2 : attrs.length;
    let a: PyValue;
    if (this.orderedAttributes) {
      const items: PyValue[] = new Array(count);
      for (let k = 0; k < count; k += 2) {
        items[k] = this.name(attrs[k]);
        items[k + 1] = attrs[k + 1];
      }
      a = new PyList(items);
    } else {
      const d = new PyDict();
      for (let k = 0; k < count; k += 2) d.setStr(this.name(attrs[k]) as string, attrs[k + 1]);
      a = d;
    }
    this.call(0, [this.name(name), a]);
  }

  endElement(name: string): void {
    this.call(1, [this.name(name)]);
  }

  characterData(s: string): void {
    if (!this.bufferText) {
      this.invoke(SLOT_CHARDATA, [s]);
      return;
    }
    const len = utf8Length(s);
    if (this.textLen + len > this.bufferSize) this.flush();
    if (len > this.bufferSize) {
      this.invoke(SLOT_CHARDATA, [s]);
      return;
    }
    this.textBuf.push(s);
    this.textLen += len;
  }

  processingInstruction(target: string, data: string): void {
    this.call(2, [this.name(target), data]);
  }

  comment(s: string): void {
    this.call(8, [s]);
  }

  startCdata(): void {
    this.call(9, []);
  }

  endCdata(): void {
    this.call(10, []);
  }

  defaultText(raw: string): void {
    this.call(this.defaultSlot, [raw]);
  }

  xmlDecl(version: string | null, encoding: string | null, standalone: number): void {
    this.call(18, [version ?? None, encoding ?? None, standalone]);
  }

  startDoctype(name: string, sysid: string | null, pubid: string | null, hasInternal: boolean): void {
    this.call(15, [this.name(name), sysid ?? None, pubid ?? None, hasInternal ? 1 : 0]);
  }

  endDoctype(): void {
    this.call(16, []);
  }

  entityDecl(name: string, isPE: boolean, value: string | null, sysid: string | null, pubid: string | null, notation: string | null): void {
    this.call(17, [this.name(name), isPE ? 1 : 0, value ?? None, this.base, sysid ?? None, pubid ?? None, notation === null ? None : this.name(notation)]);
  }

  unparsedEntityDecl(name: string, sysid: string, pubid: string | null, notation: string): void {
    this.call(4, [this.name(name), this.base, sysid, pubid ?? None, this.name(notation)]);
  }

  notationDecl(name: string, sysid: string | null, pubid: string | null): void {
    this.call(5, [this.name(name), this.base, sysid ?? None, pubid ?? None]);
  }

  startNs(prefix: string | null, uri: string | null): void {
    this.call(6, [prefix === null ? None : this.name(prefix), uri === null ? None : this.name(uri)]);
  }

  endNs(prefix: string | null): void {
    this.call(7, [prefix === null ? None : this.name(prefix)]);
  }

  externalEntityRef(context: string | null, sysid: string | null, pubid: string | null): boolean {
    const r = this.call(14, [context ?? None, this.base, sysid ?? None, pubid ?? None]);
    return asIndex(r) !== 0;
  }

  skippedEntity(name: string, isPE: boolean): void {
    this.call(21, [this.name(name), isPE ? 1 : 0]);
  }

  elementDecl(name: string, model: Model): void {
    this.call(19, [this.name(name), modelTuple(model)]);
  }

  attlistDecl(el: string, att: string, type: string, dflt: string | null, required: boolean): void {
    this.call(20, [this.name(el), this.name(att), type, dflt ?? None, required ? 1 : 0]);
  }

  notStandalone(): boolean {
    return asIndex(this.call(13, [])) !== 0;
  }

  // ---- parsing --------------------------------------------------------------------------------------

  /** Parse(data, isfinal): text or bytes, through the engine; an XML error becomes ExpatError. */
  parse(data: PyValue, isFinal: boolean): number {
    const isStr = typeof data === 'string' || (data instanceof PyObject && isInstance(data, strType));
    const bytes = isStr ? null : bytesLikeData(data);
    if (!isStr && bytes === null) throw typeError(`a bytes-like object is required, not '${typeName(data)}'`);
    if (this.engine.finished || this.aborted) throw this.raise(E.FINISHED, this.aborted ? this.errorPos : null);
    if (this.errorCode !== 0) {
      // expat answers with the same error; its position moves on by as much again each time.
      const [line, col, byte] = this.errorPos!;
      const [dl, dc] = this.errorDelta;
      this.errorPos = [line + dl, dl > 0 ? dc : col + dc, byte];
      throw this.raise(this.errorCode, this.errorPos);
    }
    let text: string;
    let raw: number;
    try {
      if (bytes === null) {
        const s = typeof data === 'string' ? data : strValue(data as PyObject);
        // pyexpat passes str as UTF-8: a lone surrogate fails to encode.
        if (LONE_SURROGATE.test(s)) encodeString(s, 'utf-8', 'strict');
        text = this.decoder.text(s);
        raw = utf8Length(s);
      } else {
        raw = bytes.length;
        try {
          text = this.decoder.feed(bytes, isFinal);
        } catch (e) {
          // A declared encoding expat cannot use: positions point at its name.
          if (this.decoder.failAt !== null) {
            this.errorPos = this.decoder.failAt;
            this.errorDelta = [0, 0];
          }
          if (e instanceof XmlError) {
            this.errorCode = e.code;
            throw this.raise(e.code, this.errorPos);
          }
          throw e;
        }
        this.engine.setByteOrigin(this.decoder.bomBytes);
      }
      // Reparse deferral (expat 2.6): an incomplete token is not rescanned until the unparsed
      // input has at least doubled.
      const have = this.unparsed + raw;
      if (!isFinal && this.reparseDeferral && this.partialBefore > 0 && have < 2 * this.partialBefore) {
        this.engine.append(text);
        this.unparsed = have;
      } else {
        this.engine.feed(text, isFinal, this.decoder.partialAtEnd);
        this.partialBefore = this.unparsed = this.engine.pendingBytes();
      }
    } catch (e) {
      if (e instanceof XmlError) {
        const where = e.pos < 0 ? this.engine.current() : this.engine.locate(e.pos);
        const base = this.engine.locate(0);
        this.errorDelta = where[0] > base[0] ? [where[0] - base[0], where[1]] : [0, where[1] - base[1]];
        this.errorCode = e.code;
        this.errorPos = where;
        this.flush();
        throw this.raise(e.code, where);
      }
      throw e;
    }
    this.flush();
    return 1;
  }

  /** Bytes given to Parse and not parsed yet. */
  private unparsed = 0;
  /** How far the error position lies from the start of the text of the call that failed. */
  private errorDelta: [number, number] = [0, 0];

  private raise(code: number, where: [number, number, number] | null): PyValue {
    const [line, col] = where ?? this.engine.current();
    this.errorCode = code;
    return expatError(code, line, col);
  }

  /** CurrentByteIndex: -1 until parsing has begun. */
  byteIndex(): number {
    return this.engine.started || this.errorPos !== null ? this.current()[2] : -1;
  }

  current(): [number, number, number] {
    if (this.errorPos !== null) return this.errorPos;
    return this.engine.current();
  }

  setParamEntityParsing(flag: number): number {
    if (this.engine.busy) return 0;

    this.engine.paramEntityParsing = flag;
    return 1;
  }
}

function modelTuple(m: Model): PyTuple {
  return new PyTuple([m.type, m.quant, m.name ?? None, new PyTuple(m.children.map(modelTuple))]);
}

const P = (v: PyValue): PyXmlParser => v as PyXmlParser;

defNew(xmlparserType, () => {
  throw typeError("cannot create 'pyexpat.xmlparser' instances");
});

HANDLERS.forEach(([name], slot) => {
  defGetSet(
    xmlparserType,
    name,
    (self) => P(self).slots[slot],
    (self, v) => {
      if (v === null) throw runtimeError('Cannot delete attribute');
      P(self).setHandler(slot, v);
    },
  );
});

function boolSetting(name: string, get: (p: PyXmlParser) => boolean, set: (p: PyXmlParser, v: boolean) => void): void {
  defGetSet(
    xmlparserType,
    name,
    (self) => get(P(self)),
    (self, v) => {
      if (v === null) throw runtimeError('Cannot delete attribute');
      set(P(self), truthy(v));
    },
  );
}

boolSetting('buffer_text', (p) => p.bufferText, (p, v) => p.setBufferText(v));
boolSetting('ordered_attributes', (p) => p.orderedAttributes, (p, v) => (p.orderedAttributes = v));
boolSetting('specified_attributes', (p) => p.specifiedAttributes, (p, v) => (p.specifiedAttributes = v));
boolSetting('namespace_prefixes', (p) => p.namespacePrefixes, (p, v) => (p.namespacePrefixes = v));

defGetSet(
  xmlparserType,
  'buffer_size',
  (self) => P(self).bufferSize,
  (self, v) => {
    if (v === null) throw runtimeError('Cannot delete attribute');
    if (typeof v !== 'number' && typeof v !== 'bigint') throw typeError('buffer_size must be an integer');
    if (typeof v === 'bigint' || v > 0x7fffffff) throw valueError('buffer_size must not be greater than 2147483647');
    if (v <= 0) throw valueError('buffer_size must be greater than zero');
    P(self).setBufferSize(v);
  },
);
defGetSet(xmlparserType, 'buffer_used', (self) => P(self).bufferUsed());
defGetSet(xmlparserType, 'intern', (self) => P(self).intern ?? None);
defGetSet(xmlparserType, 'CurrentLineNumber', (self) => P(self).current()[0]);
defGetSet(xmlparserType, 'CurrentColumnNumber', (self) => P(self).current()[1]);
defGetSet(xmlparserType, 'CurrentByteIndex', (self) => P(self).byteIndex());
defGetSet(xmlparserType, 'ErrorCode', (self) => P(self).errorCode);
defGetSet(xmlparserType, 'ErrorLineNumber', (self) => P(self).current()[0]);
defGetSet(xmlparserType, 'ErrorColumnNumber', (self) => P(self).current()[1]);
defGetSet(xmlparserType, 'ErrorByteIndex', (self) => P(self).byteIndex());

defMethod(xmlparserType, 'Parse', (self, args, kw) => {
  positional('Parse', args, kw, 1, 2);
  return P(self).parse(args[0], args.length > 1 ? truthy(args[1]) : false);
});

defMethod(xmlparserType, 'ParseFile', (self, args, kw) => {
  positional('ParseFile', args, kw, 1, 1);
  const file = args[0];
  const read = getAttrOrUndefined(file, 'read');
  if (read === undefined) throw typeError("argument must have 'read' attribute");
  const p = P(self);
  for (;;) {
    const chunk = callObject(read, [BUF_SIZE]);
    const data = chunk instanceof PyObject ? bytesLikeData(chunk) : null;
    if (data === null) throw typeError(`read() did not return a bytes object (type=${typeName(chunk)})`);
    if (data.length > BUF_SIZE) {
      throw valueError(`read() returned too much data: ${BUF_SIZE} bytes requested, ${data.length} returned`);
    }
    p.parse(chunk, data.length === 0);
    if (data.length === 0) return 1;
  }
});

defMethod(xmlparserType, 'SetBase', (self, args, kw) => {
  const base = oneArg('xmlparser.SetBase', args, kw);
  if (typeof base !== 'string') throw typeError(`SetBase() argument must be str, not ${typeName(base)}`);
  P(self).base = base;
  return None;
});
defMethod(xmlparserType, 'GetBase', (self, args, kw) => {
  noArgs('xmlparser.GetBase', args, kw);
  return P(self).base;
});
defMethod(xmlparserType, 'GetInputContext', (self, args, kw) => {
  noArgs('xmlparser.GetInputContext', args, kw);
  const ctx = P(self).engine.inputContext();
  return ctx === null ? None : new PyBytes(utf8Encoder.encode(ctx));
});
defMethod(xmlparserType, 'SetParamEntityParsing', (self, args, kw) => {
  const flag = asIndex(oneArg('xmlparser.SetParamEntityParsing', args, kw));
  return P(self).setParamEntityParsing(Number(flag));
});
defMethod(xmlparserType, 'UseForeignDTD', (self, args, kw) => {
  positional('UseForeignDTD', args, kw, 0, 1);
  const p = P(self);
  if (p.engine.busy) throw expatError(E.CANT_CHANGE_FEATURE_ONCE_PARSING, ...(p.current().slice(0, 2) as [number, number]));
  p.engine.useForeignDTD = args.length === 0 ? true : truthy(args[0]);
  return None;
});
defMethod(xmlparserType, 'GetReparseDeferralEnabled', (self, args, kw) => {
  noArgs('xmlparser.GetReparseDeferralEnabled', args, kw);
  return P(self).reparseDeferral;
});
defMethod(xmlparserType, 'SetReparseDeferralEnabled', (self, args, kw) => {
  const v = oneArg('xmlparser.SetReparseDeferralEnabled', args, kw);
  P(self).reparseDeferral = truthy(v);
  return None;
});
defMethod(xmlparserType, 'ExternalEntityParserCreate', (self, args, kw) => {
  if (args.length === 0) throw typeError('ExternalEntityParserCreate() takes at least 1 positional argument (0 given)');
  const [context, encoding] = bindArgs('ExternalEntityParserCreate', ['context', 'encoding'], args, kw, 0, 2);
  if (context !== None && typeof context !== 'string') {
    throw typeError(`ExternalEntityParserCreate() argument 1 must be str or None, not ${typeName(context!)}`);
  }
  if (encoding !== undefined && typeof encoding !== 'string') {
    throw typeError(`ExternalEntityParserCreate() argument 2 must be str, not ${typeName(encoding)}`);
  }
  return P(self).externalParser(typeof context === 'string' ? context : null, encoding ?? null);
});

/** Argument Clinic's checks for positional-only parameters, with its messages. */
function positional(fname: string, args: Args, kw: Kw, min: number, max: number): void {
  const n = args.length;
  const plural = (k: number): string => (k === 1 ? '' : 's');
  if (n < min || (n > max && min === max)) {
    throw typeError(`${fname}() takes ${min === max ? 'exactly' : 'at least'} ${min} positional argument${plural(min)} (${n} given)`);
  }
  if (kw !== null && kw.size > 0) throw typeError(`${fname}() takes no keyword arguments`);
  if (n > max) throw typeError(`${fname}() takes at most ${max} argument${plural(max)} (${n} given)`);
}

/** ParserCreate(encoding=None, namespace_separator=None, intern=<new dict>). */
export function parserCreate(args: Args, kw: Kw): PyValue {
  const [encoding, sep, intern] = bindArgs('ParserCreate', ['encoding', 'namespace_separator', 'intern'], args, kw);
  let enc: string | null = null;
  if (encoding !== undefined && encoding !== None) {
    if (typeof encoding !== 'string') throw typeError(`ParserCreate() argument 'encoding' must be str or None, not ${typeName(encoding)}`);
    enc = encoding;
  }
  let nsSep: string | null = null;
  if (sep !== undefined && sep !== None) {
    if (typeof sep !== 'string') throw typeError(`ParserCreate() argument 'namespace_separator' must be str or None, not ${typeName(sep)}`);
    if (Array.from(sep).length > 1) throw valueError('namespace_separator must be at most one character, omitted, or None');
    nsSep = sep;
  }
  let dict: PyDict | null;
  if (intern === undefined) dict = new PyDict();
  else if (intern === None) dict = null;
  else if (intern instanceof PyDict) dict = intern;
  else throw typeError('intern must be a dictionary');
  return new PyXmlParser(enc, nsSep, dict);
}
