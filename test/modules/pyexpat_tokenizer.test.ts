// The pyexpat parser's engine, decoder and DTD reader without the Python VM: the events a document
// gives (in expat's chunking: character data cut at line ends, references and feed boundaries), the
// raw text the default handler receives, the error codes and the buffer positions expat reports,
// line/column/byte positions, incremental feeding, and the decoding of the input encodings. The
// expected values were checked against CPython 3.14's pyexpat (expat 2.7.3, pyodide).
import '../../vm/index.js';
import { describe, expect, it } from 'vitest';
import { Engine, H, Sink } from '../../vm/modules/pyexpat/engine.js';
import { InputDecoder, BAD_BYTE } from '../../vm/modules/pyexpat/decoder.js';
import { scanDecl, strayToken, markupStart, T, DeclReader, readContentSpec, Model } from '../../vm/modules/pyexpat/dtd.js';
import { XmlError, E } from '../../vm/modules/pyexpat/errors.js';
import { scanName, isXmlChar } from '../../vm/modules/pyexpat/chars.js';

type Ev = (string | number | boolean | null | Ev[] | Record<string, string>)[];

/** A sink recording events; `handlers` says which handlers are "set". */
function recorder(handlers: H[], log: Ev[]): Sink {
  const set = new Set(handlers);
  return {
    has: (h) => set.has(h),
    startElement: (name, attrs) => {
      const a: Record<string, string> = {};
      for (let k = 0; k < attrs.length; k += 2) a[attrs[k]] = attrs[k + 1];
      log.push(['start', name, a]);
    },
    endElement: (name) => log.push(['end', name]),
    characterData: (s) => log.push(['data', s]),
    processingInstruction: (t, d) => log.push(['pi', t, d]),
    comment: (s) => log.push(['comment', s]),
    startCdata: () => log.push(['startCdata']),
    endCdata: () => log.push(['endCdata']),
    defaultText: (raw) => log.push(['default', raw]),
    xmlDecl: (v, e, s) => log.push(['xmlDecl', v, e, s]),
    startDoctype: (n, s, p, i) => log.push(['doctype', n, s, p, i]),
    endDoctype: () => log.push(['endDoctype']),
    entityDecl: (n, pe, v, s, p, no) => log.push(['entity', n, pe, v, s, p, no]),
    unparsedEntityDecl: (n, s, p, no) => log.push(['unparsed', n, s, p, no]),
    notationDecl: (n, s, p) => log.push(['notation', n, s, p]),
    startNs: (p, u) => log.push(['startNs', p, u]),
    endNs: (p) => log.push(['endNs', p]),
    externalEntityRef: (c, s, p) => {
      log.push(['extRef', c, s, p]);
      return true;
    },
    skippedEntity: (n, pe) => log.push(['skipped', n, pe]),
    elementDecl: (n, m) => log.push(['elementDecl', n, modelList(m)]),
    attlistDecl: (el, att, type, d, req) => log.push(['attlist', el, att, type, d, req]),
    notStandalone: () => true,
  };
}

function modelList(m: Model): Ev {
  return [m.type, m.quant, m.name, m.children.map(modelList)];
}

const CONTENT = [H.StartElement, H.EndElement, H.CharacterData, H.ProcessingInstruction, H.Comment,
  H.StartCdataSection, H.EndCdataSection, H.XmlDecl, H.StartDoctypeDecl, H.EndDoctypeDecl, H.EntityDecl];

function parse(doc: string, handlers: H[] = CONTENT, chunk = 0, nsSep: string | null = null): { log: Ev[]; engine: Engine } {
  const log: Ev[] = [];
  const engine = new Engine(recorder(handlers, log), nsSep, () => false, (cp) => (cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4));
  if (chunk > 0) {
    for (let i = 0; i < doc.length; i += chunk) engine.feed(doc.slice(i, i + chunk), false, false);
    engine.feed('', true, false);
  } else engine.feed(doc, true, false);
  return { log, engine };
}

/** [code, line, column] of the error a document gives. */
function failure(doc: string, chunk = 0, nsSep: string | null = null): [number, number, number] {
  const log: Ev[] = [];
  const engine = new Engine(recorder([], log), nsSep, () => false, () => 1);
  try {
    if (chunk > 0) {
      for (let i = 0; i < doc.length; i += chunk) engine.feed(doc.slice(i, i + chunk), false, false);
      engine.feed('', true, false);
    } else engine.feed(doc, true, false);
  } catch (e) {
    if (!(e instanceof XmlError)) throw e;
    const [line, col] = engine.locate(e.pos);
    return [e.code, line, col];
  }
  throw new Error(`no error for ${JSON.stringify(doc)}`);
}

describe('pyexpat engine: events', () => {
  it('reports elements, data cut at line ends and references, comments, PIs and CDATA', () => {
    const { log } = parse('<a x="1">t&amp;u\r\nv<![CDATA[c]d\ne]]><!--k--><?p q ?></a>');
    expect(log).toEqual([
      ['start', 'a', { x: '1' }], ['data', 't'], ['data', '&'], ['data', 'u'], ['data', '\n'], ['data', 'v'],
      ['startCdata'], ['data', 'c'], [`data`, ']d'], ['data', '\n'], ['data', 'e'], ['endCdata'],
      ['comment', 'k'], ['pi', 'p', 'q '], ['end', 'a'],
    ]);
  });

  it('keeps "]]" in character data unless it ends in ">"', () => {
    expect(parse('<a>x]y]]z</a>').log).toEqual([['start', 'a', {}], ['data', 'x]y]]z'], ['end', 'a']]);
    expect(failure('<a>]]></a>')).toEqual([E.INVALID_TOKEN, 1, 5]);
  });

  it('gives markup without a handler to the default handler as raw text, one prolog token at a time', () => {
    const { log } = parse('<!DOCTYPE d PUBLIC "-//x" "d.dtd">\n<d a="1">x\r\n&amp;</d>', [H.Default]);
    expect(log.map((e) => e[1])).toEqual([
      '<!DOCTYPE', ' ', 'd', ' ', 'PUBLIC', ' ', '"-//x"', ' ', '"d.dtd"', '>', '\n', '<d a="1">', 'x', '\r\n', '&amp;', '</d>',
    ]);
  });

  it('normalises attribute values and expands entities declared in the internal subset', () => {
    const { log } = parse('<!DOCTYPE a [<!ENTITY e "E&#65;">]><a v="1\t2\r\n3&e;&#10;">&e;</a>');
    expect(log).toEqual([
      ['doctype', 'a', null, null, true], ['entity', 'e', false, 'EA', null, null, null], ['endDoctype'],
      ['start', 'a', { v: '1 2 3EA\n' }], ['data', 'EA'], ['end', 'a'],
    ]);
  });

  it('parses entity replacement text as content', () => {
    const { log } = parse('<!DOCTYPE a [<!ENTITY e "<b>in</b>out">]><a>&e;</a>', [H.StartElement, H.EndElement, H.CharacterData]);
    expect(log).toEqual([['start', 'a', {}], ['start', 'b', {}], ['data', 'in'], ['end', 'b'], ['data', 'out'], ['end', 'a']]);
  });

  it('reads element and attribute-list declarations', () => {
    const { log } = parse('<!DOCTYPE a [<!ELEMENT a (b,(c|d)+,e?)><!ELEMENT d (#PCDATA|b)*><!ATTLIST a n NOTATION (x|y) #FIXED "x">]><a/>',
      [H.ElementDecl, H.AttlistDecl, H.StartElement]);
    expect(log).toEqual([
      ['elementDecl', 'a', [6, 0, null, [[4, 0, 'b', []], [5, 3, null, [[4, 0, 'c', []], [4, 0, 'd', []]]], [4, 1, 'e', []]]]],
      ['elementDecl', 'd', [3, 2, null, [[4, 0, 'b', []]]]],
      ['attlist', 'a', 'n', 'NOTATION(x|y)', 'x', true],
      ['start', 'a', { n: 'x' }],
    ]);
  });

  it('expands names with namespaces and reports the declarations around the element', () => {
    const { log } = parse('<r xmlns="urn:d" xmlns:p="urn:p"><p:c p:a="1" b="2"/></r>',
      [H.StartElement, H.EndElement, H.StartNamespaceDecl, H.EndNamespaceDecl], 0, '}');
    expect(log).toEqual([
      ['startNs', null, 'urn:d'], ['startNs', 'p', 'urn:p'], ['start', 'urn:d}r', {}],
      ['start', 'urn:p}c', { 'urn:p}a': '1', b: '2' }], ['end', 'urn:p}c'],
      ['end', 'urn:d}r'], ['endNs', 'p'], ['endNs', null],
    ]);
    expect(failure('<a><q:b/></a>', 0, ' ')).toEqual([E.UNBOUND_PREFIX, 1, 3]);
  });

  it('skips undefined entities when the document has an external subset', () => {
    const { log } = parse('<!DOCTYPE a SYSTEM "a.dtd"><a>&u;</a>', [H.SkippedEntity, H.CharacterData]);
    expect(log).toEqual([['skipped', 'u', false]]);
  });
});

describe('pyexpat engine: incremental feeding', () => {
  const doc = '<?xml version="1.0"?>\n<!DOCTYPE r [<!ENTITY e "E">]>\n<r a="1">x &e; &#x263A;<![CDATA[ c ]]><!--m--><?p d?>\r\n<s/></r>\n';
  const merged = (log: Ev[]): Ev[] => {
    const out: Ev[] = [];
    for (const ev of log) {
      const last = out[out.length - 1];
      if (ev[0] === 'data' && last !== undefined && last[0] === 'data') out[out.length - 1] = ['data', (last[1] as string) + (ev[1] as string)];
      else out.push(ev);
    }
    return out;
  };
  it.each([1, 2, 3, 5, 17])('gives the same events fed %i characters at a time', (n) => {
    expect(merged(parse(doc, CONTENT, n).log)).toEqual(merged(parse(doc).log));
  });

  it('reports data as it arrives and waits for the end of a tag', () => {
    const log: Ev[] = [];
    const engine = new Engine(recorder(CONTENT, log), null, () => false, () => 1);
    engine.feed('<a>hel', false, false);
    expect(log).toEqual([['start', 'a', {}], ['data', 'hel']]);
    engine.feed('lo<b', false, false);
    expect(log.slice(2)).toEqual([['data', 'lo']]);
    expect(engine.pendingBytes()).toBe(2);
    engine.feed('/></a>', true, false);
    expect(log.slice(3)).toEqual([['start', 'b', {}], ['end', 'b'], ['end', 'a']]);
  });
});

describe('pyexpat engine: errors and positions', () => {
  it.each([
    ['', E.NO_ELEMENTS, 1, 0], ['  ', E.NO_ELEMENTS, 1, 2], ['abc<a/>', E.INVALID_TOKEN, 1, 3], ['<a></b>', E.TAG_MISMATCH, 1, 5],
    ['<a>\n</b>', E.TAG_MISMATCH, 2, 2], ['<a>', E.NO_ELEMENTS, 1, 3], ['<a', E.UNCLOSED_TOKEN, 1, 0],
    ['<a/><b/>', E.JUNK_AFTER_DOC_ELEMENT, 1, 4], ['<a/>\n  x', E.JUNK_AFTER_DOC_ELEMENT, 2, 2], ['<a>&foo;</a>', E.UNDEFINED_ENTITY, 1, 3],
    ['<a x="1" x="2"/>', E.DUPLICATE_ATTRIBUTE, 1, 9], ['<a>&#0;</a>', E.BAD_CHAR_REF, 1, 3], ['<a>&#65</a>', E.INVALID_TOKEN, 1, 7],
    ['<a b=c/>', E.INVALID_TOKEN, 1, 5], ['<a b="<"/>', E.INVALID_TOKEN, 1, 6], ['<a><![CDATA[x</a>', E.UNCLOSED_CDATA_SECTION, 1, 17],
    ['<?xml encoding="utf-8"?><a/>', E.XML_DECL, 1, 6], [' <?xml version="1.0"?><a/>', E.MISPLACED_XML_PI, 1, 1],
    ['<!DOCTYPE a [<!ENTITY e "<b>">]><a>&e;</a>', E.ASYNC_ENTITY, 1, 35], ['<!DOCTYPE a [<!ENTITY e "&e;">]><a>&e;</a>', E.RECURSIVE_ENTITY_REF, 1, 35],
    ['<a><!-- x -- y --></a>', E.INVALID_TOKEN, 1, 12], ['<a b="1"c="2"/>', E.INVALID_TOKEN, 1, 8],
    ['<!DOCTYPE a><!DOCTYPE b><a/>', E.SYNTAX, 1, 12], ['<!DOCTYPE a SYSTEM><a/>', E.SYNTAX, 1, 18],
    ['<!DOCTYPE a [<!ELEMENT a (b,c>]><a/>', E.SYNTAX, 1, 29], ['</a>', E.INVALID_TOKEN, 1, 1], ['<a></a></a>', E.INVALID_TOKEN, 1, 8],
    ['<a>\r\n<b/>\n\n  <c>\n</d>', E.TAG_MISMATCH, 5, 2], ['<a x="&unknown;"/>', E.UNDEFINED_ENTITY, 1, 0],
    ['<!DOCTYPE a [<!ENTITY u SYSTEM "u">]><a x="&u;"/>', E.ATTRIBUTE_EXTERNAL_ENTITY_REF, 1, 43],
    ['%r><r/>', E.INVALID_TOKEN, 1, 2], ['<!DOCTYP r><r/>', E.SYNTAX, 1, 0], ['<!r><r/>', E.INVALID_TOKEN, 1, 3],
    ['<r/>]', E.JUNK_AFTER_DOC_ELEMENT, 1, 4], ['<r/>  <', E.UNCLOSED_TOKEN, 1, 6], ['<?xml version="1.&"?><r/>', E.XML_DECL, 1, 17],
    ['<?xml version="1.0" encT r="x"?><r/>', E.XML_DECL, 1, 25], ['<!DOCTYPE r [ <ELMENT r ANY>]><r/>', E.SYNTAX, 1, 14],
    ['<!DOCTYPE r []/\n<r/>', E.INVALID_TOKEN, 1, 14], ['<r><![CD]ATA[x]]></r>', E.INVALID_TOKEN, 1, 8],
    ['<a>\ud83d\ude00<b c\ud83d\ude00="1"/></a>', E.INVALID_TOKEN, 1, 8], ["'unclosed literal", E.UNCLOSED_TOKEN, 1, 0],
    ['<!DOCTYPE r [<!ENTITY% pe "x">]><r/>', E.INVALID_TOKEN, 1, 21], ['-?xml version="1.0"?><r/>', E.INVALID_TOKEN, 1, 1],
    ['<r/>#:10', E.JUNK_AFTER_DOC_ELEMENT, 1, 4], ['<!DOCTYPE r [<!ATTLIST r a CDATA "v&d">]><r/>', E.INVALID_TOKEN, 1, 35],
    ['<!DOCTYPE r [<!NOTATION n PUBLIC "p<">]><r/>', E.PUBLICID, 1, 35], ['<r>x]]>y</r>', E.INVALID_TOKEN, 1, 6],
  ])('%j gives error %i at line %i, column %i', (doc, code, line, col) => {
    expect(failure(doc)).toEqual([code, line, col]);
  });

  it('allows one colon between name parts in tags when namespaces are processed', () => {
    expect(failure('<:a/>', 0, ' ')).toEqual([E.INVALID_TOKEN, 1, 1]);
    expect(failure('<p:b:c xmlns:p="u"/>', 0, ' ')).toEqual([E.INVALID_TOKEN, 1, 4]);
    expect(failure('<a xmlns:p="u"></:a>', 0, ' ')).toEqual([E.INVALID_TOKEN, 1, 17]);
    expect(parse('<:a/>', [H.StartElement]).log).toEqual([['start', ':a', {}]]);
  });

  it('reports a declaration as soon as it is read, before an error later in it', () => {
    const events: Ev[] = [];
    const engine = new Engine(recorder([H.ElementDecl, H.EntityDecl], events), null, () => false, () => 1);
    expect(() => engine.feed('<!DOCTYPE r [<!ELEMENT r ANY\n<!ATTLIST r a CDATA "d">]><r/>', true, false)).toThrow(XmlError);
    expect(events).toEqual([['elementDecl', 'r', [2, 0, null, []]]]);
    events.length = 0;
    const engine2 = new Engine(recorder([H.EntityDecl], events), null, () => false, () => 1);
    expect(() => engine2.feed('<!DOCTYPE r [<!ENTITY e "v&#65<i>">]><r/>', true, false)).toThrow(XmlError);
    expect(events).toEqual([['entity', 'e', false, 'v', null, null, null]]);
  });

  it('rejects a name after the document element at once when fed in pieces', () => {
    expect(failure('<a/>x<b/>')).toEqual([E.INVALID_TOKEN, 1, 5]);
    expect(failure('<a/>x<b/>', 1)).toEqual([E.JUNK_AFTER_DOC_ELEMENT, 1, 4]);
  });

  it('counts columns in code points and bytes in the input encoding', () => {
    const log: Ev[] = [];
    const sink = recorder([H.StartElement], log);
    const engine = new Engine(sink, null, () => false, (cp) => (cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4));
    const positions: number[][] = [];
    sink.startElement = () => positions.push(engine.current());
    engine.feed('<a>\u00e9\ud83d\ude00<b/>\r\n<c/>\r<d/></a>', true, false);
    expect(positions).toEqual([[1, 0, 0], [1, 5, 9], [2, 0, 15], [3, 0, 20]]);
    expect(engine.current()).toEqual([3, 8, 28]);
  });
});

describe('pyexpat engine: external entities', () => {
  function external(text: string, mode: 'entity' | 'dtd', handlers: H[] = CONTENT): { log: Ev[]; error: [number, number, number] | null } {
    const log: Ev[] = [];
    const engine = new Engine(recorder(handlers, log), null, () => false, () => 1, mode);
    try {
      engine.feed(text, true, false);
    } catch (e) {
      if (!(e instanceof XmlError)) throw e;
      const [line, col] = engine.locate(e.pos);
      return { log, error: [e.code, line, col] };
    }
    return { log, error: null };
  }

  it('reads content with a text declaration, several elements and text at the top', () => {
    expect(external('<?xml encoding="utf-8"?><i k="v">in</i>tail<j/>', 'entity')).toEqual({
      log: [['xmlDecl', null, 'utf-8', -1], ['start', 'i', { k: 'v' }], ['data', 'in'], ['end', 'i'], ['data', 'tail'], ['start', 'j', {}], ['end', 'j']],
      error: null,
    });
  });

  it('requires the entity to close what it opens and an encoding in its text declaration', () => {
    expect(external('<i>', 'entity').error).toEqual([E.ASYNC_ENTITY, 1, 3]);
    expect(external('</x>', 'entity').error).toEqual([E.ASYNC_ENTITY, 1, 0]);
    expect(external('<?xml version="1.0"?>x', 'entity').error).toEqual([E.TEXT_DECL, 1, 19]);
  });

  it('reads an external subset as declarations', () => {
    expect(external('<?xml encoding="utf-8"?><!ENTITY x "1"><!ELEMENT r ANY>', 'dtd', [H.EntityDecl])).toEqual({
      log: [['entity', 'x', false, '1', null, null, null]],
      error: null,
    });
  });
});

describe('pyexpat decoder', () => {
  const enc = new TextEncoder();
  it('decodes UTF-8, keeping an incomplete character for the next piece', () => {
    const d = new InputDecoder(null);
    const bytes = enc.encode('<a>\u00e9\u20ac</a>');
    expect(d.feed(bytes.subarray(0, 4), false)).toBe('<a>');
    expect(d.feed(bytes.subarray(4, 7), false)).toBe('\u00e9');
    expect(d.feed(bytes.subarray(7), true)).toBe('\u20ac</a>');
  });

  it('marks undecodable bytes and a final incomplete character', () => {
    const d = new InputDecoder(null);
    expect(d.feed(new Uint8Array([0x3c, 0x61, 0x3e, 0xff, 0xc3]), true)).toBe('<a>' + BAD_BYTE);
    expect(d.partialAtEnd).toBe(true);
  });

  it('follows byte order marks and the XML declaration', () => {
    const le = new InputDecoder(null);
    expect(le.feed(new Uint8Array([0xff, 0xfe, 0x3c, 0, 0x61, 0, 0x2f, 0, 0x3e, 0]), true)).toBe('<a/>');
    expect(le.bomBytes).toBe(2);
    expect(le.byteWidth(0x61)).toBe(2);
    const latin = new InputDecoder(null);
    const head = Array.from('<?xml version="1.0" encoding="ISO-8859-1"?><a>', (c) => c.charCodeAt(0));
    expect(latin.feed(new Uint8Array([...head, 0xe9]), false)).toBe('<?xml version="1.0" encoding="ISO-8859-1"?><a>\u00e9');
    const forced = new InputDecoder('iso-8859-1');
    expect(forced.feed(new Uint8Array([0x3c, 0x61, 0x3e, 0xe9]), false)).toBe('<a>\u00e9');
  });

  it('waits for the end of the XML declaration before choosing', () => {
    const d = new InputDecoder(null);
    expect(d.feed(enc.encode('<?xml version="1.0" enc'), false)).toBe('');
    expect(d.feed(enc.encode('oding="us-ascii"?><a>\u00e9'), false)).toBe('<?xml version="1.0" encoding="us-ascii"?><a>' + BAD_BYTE + BAD_BYTE);
  });
});

describe('pyexpat DTD reader and characters', () => {
  it('splits a declaration into expat prolog tokens', () => {
    const s = '<!ELEMENT a (b|c)*>';
    const scan = scanDecl(s, 0, false);
    expect(scan.end).toBe('complete');
    expect(scan.toks.map((t) => s.slice(t.start, t.end))).toEqual(['<!ELEMENT', ' ', 'a', ' ', '(', 'b', '|', 'c', ')*', '>']);
    expect(scan.toks[8].kind).toBe(T.Close);
    expect(scanDecl('<!ELEMENT a (b', 0, false).end).toBe('partial');
  });

  it('stops at a character that cannot follow a token', () => {
    // A name must end at a space, '>', ')', ',', '|', '[' or '%'; a literal at a space, '>', '%' or '['.
    expect(scanDecl('<!ENTITY e v&#65;>', 0, false)).toMatchObject({ end: 'invalid', at: 12 });
    expect(scanDecl('<!ENTITY e "v"x>', 0, false)).toMatchObject({ end: 'invalid', at: 14 });
    expect(scanDecl('<!ENT>', 0, false)).toMatchObject({ end: 'invalid', at: 5 });
    expect(strayToken('%r>', 0)).toBe(2);
    expect(strayToken('abc<', 0)).toBe(3);
    expect(strayToken('abc ', 0)).toBe('token');
    expect(strayToken('"lit', 0)).toBe('partial');
    expect(markupStart('<!DOCTYP r', 0)).toBe('token');
    expect(markupStart('<!r>', 0)).toBe(3);
    expect(markupStart('<!-!', 0)).toBe(3);
  });

  it('reads content models', () => {
    const s = '<!ELEMENT x (a?,(b|c)*)>';
    const r = new DeclReader(s, scanDecl(s, 0, false));
    r.next();
    r.name();
    expect(modelList(readContentSpec(r))).toEqual([6, 0, null, [[4, 1, 'a', []], [5, 2, null, [[4, 0, 'b', []], [4, 0, 'c', []]]]]]);
  });

  it('classifies names and characters', () => {
    expect(scanName('ab-c.d:e f', 0)).toBe(8);
    expect(scanName('1a', 0)).toBe(0);
    expect(scanName('\u00e9t\u00e9>', 0)).toBe(3);
    expect(isXmlChar(0x1)).toBe(false);
    expect(isXmlChar(0xfffe)).toBe(false);
    expect(isXmlChar(0x10000)).toBe(true);
  });
});
