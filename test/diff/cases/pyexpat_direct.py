# pyexpat used directly: handlers called in order with their arguments, incremental Parse, the
# settings (buffer_text, ordered/specified attributes, namespaces), positions, encodings and the
# error codes, messages and positions of many malformed documents.
import pyexpat
from pyexpat import errors, model

ALL = ['StartElementHandler', 'EndElementHandler', 'CharacterDataHandler', 'ProcessingInstructionHandler',
       'CommentHandler', 'StartCdataSectionHandler', 'EndCdataSectionHandler', 'XmlDeclHandler',
       'StartDoctypeDeclHandler', 'EndDoctypeDeclHandler', 'EntityDeclHandler', 'UnparsedEntityDeclHandler',
       'NotationDeclHandler', 'StartNamespaceDeclHandler', 'EndNamespaceDeclHandler', 'SkippedEntityHandler',
       'ElementDeclHandler', 'AttlistDeclHandler', 'DefaultHandler']


def make(handlers=ALL, log=None, **kw):
    p = pyexpat.ParserCreate(**kw)
    out = [] if log is None else log
    for h in handlers:
        setattr(p, h, (lambda h: lambda *a: out.append((h[:-7],) + a))(h))
    return p, out


def run(data, handlers=ALL, chunks=None, **kw):
    p, out = make(handlers, **kw)
    try:
        if chunks is None:
            p.Parse(data, True)
        else:
            for i in range(0, len(data), chunks):
                p.Parse(data[i:i + chunks], False)
            p.Parse(data[:0], True)
        result = 'ok'
    except pyexpat.ExpatError as e:
        result = 'ExpatError: %s code=%d lineno=%d offset=%d' % (e, e.code, e.lineno, e.offset)
    return out, result


def show(data, handlers=ALL, **kw):
    out, result = run(data, handlers, **kw)
    print(repr(data)[:70])
    for ev in out:
        print('   ', ev)
    print('   ->', result)


# ---- the module -------------------------------------------------------------------------------------
print(pyexpat.EXPAT_VERSION, pyexpat.version_info, pyexpat.native_encoding)
print(pyexpat.features)
print(pyexpat.ExpatError is pyexpat.error, pyexpat.ExpatError.__module__, pyexpat.ExpatError.__name__)
print(type(pyexpat.ParserCreate()).__name__, pyexpat.XMLParserType)
print(errors.XML_ERROR_SYNTAX, errors.XML_ERROR_TAG_MISMATCH, errors.XML_ERROR_UNDEFINED_ENTITY)
print(errors.codes['mismatched tag'], errors.messages[4], len(errors.codes), len(errors.messages))
print(model.XML_CTYPE_SEQ, model.XML_CTYPE_CHOICE, model.XML_CQUANT_PLUS, model.XML_CQUANT_REP)
print(pyexpat.ErrorString(7), pyexpat.ErrorString(0), pyexpat.ErrorString(1000))
print(pyexpat.XML_PARAM_ENTITY_PARSING_NEVER, pyexpat.XML_PARAM_ENTITY_PARSING_UNLESS_STANDALONE,
      pyexpat.XML_PARAM_ENTITY_PARSING_ALWAYS)
import sys
print('pyexpat.errors' in sys.modules, 'pyexpat.model' in sys.modules)

# ---- handlers in order ---------------------------------------------------------------------------------
show('<?xml version="1.0" encoding="utf-8" standalone="no"?>\n'
     '<!DOCTYPE a [\n<!ENTITY e "val&#65;">\n<!ELEMENT a (b|c)*>\n<!ATTLIST a x CDATA "dx">\n<!-- in dtd -->\n]>\n'
     '<a y="1">t1&e;&lt;<b/><![CDATA[c\r\ndata]]><!--com--><?pi some data?>\n</a>\n<!--after-->')
show('<a><b>x]y]]z</b>\n\r\n\r\t</a>')
show('<a>x&#10;&#x41;&amp;&gt;&quot;&apos;</a>', ['CharacterDataHandler'])
show('<a b="x&#10;y\tz\nw" c=\'&lt;&amp;\' d="&#9;"/>', ['StartElementHandler'])
show('<!DOCTYPE a [<!ENTITY e "<b>in</b>tail">]><a>&e;&e;</a>', ['StartElementHandler', 'EndElementHandler', 'CharacterDataHandler'])
show('<!DOCTYPE a [<!ENTITY e "x">]><a>&e;</a>', ['DefaultHandler'])
show('<!DOCTYPE a [<!ENTITY e "x">]><a>&e;</a>', ['DefaultHandlerExpand'])
show('<a>text<b/>more</a>', ['DefaultHandler', 'StartElementHandler'])
show('<!DOCTYPE doc PUBLIC "-//P//ID" "http://x/doc.dtd">\n<doc/>', ['DefaultHandler'])
show('<!DOCTYPE doc SYSTEM "d.dtd"><doc/>', ['StartDoctypeDeclHandler', 'EndDoctypeDeclHandler'])
show('<!DOCTYPE a [<!ENTITY e SYSTEM "e.xml"><!ENTITY u SYSTEM "u.gif" NDATA gif>'
     '<!NOTATION gif PUBLIC "gif-id" "viewer"><!NOTATION n2 SYSTEM "s2"><!ENTITY % pe "pv">]><a/>')
show('<!DOCTYPE a [<!ELEMENT a (b,(c|d)+,e?)><!ELEMENT b EMPTY><!ELEMENT c ANY><!ELEMENT d (#PCDATA)>'
     '<!ELEMENT e (#PCDATA|b|c)*><!ELEMENT f (g)>]><a/>', ['ElementDeclHandler'])
show('<!DOCTYPE a [<!ATTLIST a r CDATA #REQUIRED i ID #IMPLIED n NOTATION (x|y) #FIXED "x" '
     'e (p|q) "q" t NMTOKENS " m  n ">]><a r="1" t=" a  b "/>', ['AttlistDeclHandler', 'StartElementHandler'])
show('<!DOCTYPE a SYSTEM "a.dtd"><a>&undeclared;</a>', ['SkippedEntityHandler', 'CharacterDataHandler'])
show('<!DOCTYPE a SYSTEM "a.dtd"><a>&undeclared;</a>', ['DefaultHandlerExpand'])
show('<?xml version="1.0"?><a/>', ['XmlDeclHandler'])
show('<?xml version="1.0" encoding="ISO-8859-1"?><a/>', ['XmlDeclHandler', 'DefaultHandler'])
show(b'<?xml version="1.0" standalone="yes"?><a/>', ['XmlDeclHandler'])

# ---- ExternalEntityRefHandler ------------------------------------------------------------------------------
def ext(ctx, base, sysid, pubid):
    print('    ext', ctx, base, sysid, pubid)
    return 1
p = pyexpat.ParserCreate()
p.ExternalEntityRefHandler = ext
p.SetBase('file:///base/')
print(p.GetBase())
p.Parse('<!DOCTYPE a [<!ENTITY e SYSTEM "e.xml">]><a>&e;</a>', True)
p = pyexpat.ParserCreate()
p.ExternalEntityRefHandler = lambda *a: 0
try:
    p.Parse('<!DOCTYPE a [<!ENTITY e PUBLIC "pid" "e.xml">]><a>&e;</a>', True)
except pyexpat.ExpatError as e:
    print(e, e.code)
p = pyexpat.ParserCreate()
p.ExternalEntityRefHandler = ext
print(p.SetParamEntityParsing(pyexpat.XML_PARAM_ENTITY_PARSING_ALWAYS))
p.Parse('<!DOCTYPE a SYSTEM "a.dtd"><a/>', True)
print(p.SetParamEntityParsing(0))

# ---- namespaces ---------------------------------------------------------------------------------------
ns_doc = ('<r xmlns="urn:default" xmlns:p="urn:p"><p:c p:a="1" b="2"><d xmlns=""/></p:c>'
          '<e xml:lang="en"/></r>')
show(ns_doc, ['StartElementHandler', 'EndElementHandler', 'StartNamespaceDeclHandler', 'EndNamespaceDeclHandler'],
     namespace_separator='}')
p, out = make(['StartElementHandler', 'EndElementHandler'], namespace_separator=' ')
p.namespace_prefixes = True
p.Parse(ns_doc, True)
for ev in out:
    print('   ', ev)
show('<r xmlns:p="urn:p"/>', ['StartElementHandler'], namespace_separator='')
show('<p:r xmlns:p="urn:p"/>', ['StartElementHandler'])
for bad in ['<a><q:b/></a>', '<a q:x="1"/>', '<a xmlns:p=""/>', '<a xmlns:xmlns="u"/>', '<a xmlns:xml="u"/>',
            '<a xmlns:p="http://www.w3.org/XML/1998/namespace"/>', '<a xmlns:p="u" xmlns:q="u" p:x="1" q:x="2"/>']:
    show(bad, [], namespace_separator=' ')
try:
    pyexpat.ParserCreate(namespace_separator='ab')
except ValueError as e:
    print('ValueError', e)

# ---- settings ----------------------------------------------------------------------------------------
p, out = make(['CharacterDataHandler', 'StartElementHandler', 'CommentHandler'])
print(p.buffer_text, p.buffer_size, p.buffer_used, p.ordered_attributes, p.specified_attributes, p.namespace_prefixes)
p.buffer_text = True
p.Parse('<a>one\ntwo&amp;<![CDATA[three]]>', False)
print('after first feed', out, p.buffer_used)
p.Parse('four<!--c-->five</a>', True)
print(out)
p, out = make(['CharacterDataHandler'])
p.buffer_text = True
p.buffer_size = 5
p.Parse('<a>ab\ncd\nefghijk\nl</a>', True)
print(out)
p, out = make(['StartElementHandler'])
p.ordered_attributes = True
p.Parse('<!DOCTYPE a [<!ATTLIST a d CDATA "dv">]><a z="1" b="2"/>', True)
p.specified_attributes = True
print(out)
p, out = make(['StartElementHandler'])
p.ordered_attributes = p.specified_attributes = 1
p.Parse('<!DOCTYPE a [<!ATTLIST a d CDATA "dv">]><a z="1" b="2"/>', True)
print(out, p.ordered_attributes)
p = pyexpat.ParserCreate()
print(type(p.intern).__name__, pyexpat.ParserCreate(intern=None).intern)
p.StartElementHandler = lambda n, a: None
p.Parse('<root><kid attr="v"/></root>', True)
print(sorted(p.intern))
d = {}
p = pyexpat.ParserCreate(intern=d)
p.Parse('<x/>', True)
print(d)
for bad in [lambda: pyexpat.ParserCreate(intern=[]), lambda: pyexpat.ParserCreate(1),
            lambda: setattr(p, 'buffer_size', 'big'), lambda: setattr(p, 'buffer_size', -1),
            lambda: setattr(p, 'no_such_attr', 1), lambda: p.no_such_attr, lambda: p.Parse(42),
            lambda: delattr(p, 'StartElementHandler'), lambda: pyexpat.xmlparser()]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(p.GetReparseDeferralEnabled(), p.SetReparseDeferralEnabled(False), p.GetReparseDeferralEnabled())
print(p.StartElementHandler, p.DefaultHandler)
h = lambda *a: None
p.StartElementHandler = h
print(p.StartElementHandler is h)

# ---- positions ---------------------------------------------------------------------------------------
p = pyexpat.ParserCreate()
print(p.CurrentLineNumber, p.CurrentColumnNumber, p.CurrentByteIndex, p.ErrorCode, p.ErrorByteIndex)
pos = []
p.StartElementHandler = lambda n, a: pos.append((n, p.CurrentLineNumber, p.CurrentColumnNumber, p.CurrentByteIndex))
p.CharacterDataHandler = lambda d: pos.append((d, p.CurrentLineNumber, p.CurrentColumnNumber, p.CurrentByteIndex))
p.Parse('<a>\n  <b x="\u00e9"/>\u00e9<c/>\r\n<d/>\r<e/>\U0001f600<f/></a>', True)
print(pos)
print(p.CurrentLineNumber, p.CurrentColumnNumber, p.CurrentByteIndex)

# ---- incremental feeding -------------------------------------------------------------------------------
doc = ('<?xml version="1.0"?>\n<!DOCTYPE r [<!ENTITY e "E">]>\n<r a="1" b=\'2\'>text &e; &amp; &#x263A;'
       '<![CDATA[ cdata ]] ]]><!-- comment --><?pi data?>\r\n<s/></r>\n')
whole, r1 = run(doc, ALL)
for n in (1, 2, 3, 7, 50):
    parts, r2 = run(doc, ALL, chunks=n)
    def merge(evs):
        m = []
        for ev in evs:
            if m and ev[0] in ('CharacterData', 'Default') and m[-1][0] == ev[0]:
                m[-1] = (ev[0], m[-1][1] + ev[1])
            else:
                m.append(ev)
        return m
    print(n, merge(parts) == merge(whole), r1, r2)
p, out = make(['StartElementHandler', 'EndElementHandler', 'CharacterDataHandler'])
for piece in ['<a>', '<b', '>', 'x', 'y\ny', '</b></a>']:
    p.Parse(piece, False)
    print(repr(piece), out)
    del out[:]
p.Parse('', True)
p, out = make(['StartElementHandler', 'EndElementHandler', 'CharacterDataHandler'])
p.SetReparseDeferralEnabled(False)
for piece in ['<a>', '<b', '>', 'x', 'y]]', '</b></a>']:
    p.Parse(piece, False)
    print(repr(piece), out)
    del out[:]
p.Parse('', True)
try:
    p.Parse('<x/>', True)
except pyexpat.ExpatError as e:
    print(e, e.code)

# ---- encodings ---------------------------------------------------------------------------------------
for enc, decl in [('utf-8', 'utf-8'), ('utf-16', 'utf-16'), ('utf-16-le', None), ('utf-16-be', None),
                  ('latin-1', 'iso-8859-1'), ('cp1252', 'windows-1252'), ('latin-1', 'latin-1')]:
    head = '<?xml version="1.0" encoding="%s"?>' % decl if decl else ''
    data = (head + '<a x="\u00e9">\u00e9\u00fc</a>').encode(enc)
    if enc == 'utf-16-le' or enc == 'utf-16-be':
        data = '<a x="\u00e9">\u00e9\u00fc</a>'.encode(enc)
    out, result = run(data, ['StartElementHandler', 'CharacterDataHandler'])
    print(enc, out, result)
out, result = run(b'\xef\xbb\xbf<a>\xc3\xa9</a>', ['CharacterDataHandler'])
print(out, result)
out, result = run(b'<a>\xe9</a>', ['CharacterDataHandler'], encoding='iso-8859-1')
print(out, result)
out, result = run('<?xml version="1.0" encoding="latin-1"?><a>\u00e9</a>', ['CharacterDataHandler'])
print(out, result)
out, result = run(b'<?xml version="1.0" encoding="us-ascii"?><a>\xe9</a>', ['CharacterDataHandler'])
print(out, result)
try:
    run(b'<?xml version="1.0" encoding="no-such-codec"?><a/>')
except LookupError as e:
    print('LookupError', e)
out, result = run(b'<a>\xc3\xa9\xe2\x82</a>', ['CharacterDataHandler'])
print(out, result)

# ---- malformed documents -----------------------------------------------------------------------------
BAD = [b'', b'  \n ', b'abc<a/>', b'abc <a/>', b'<a></b>', b'<a>\n</b>', b'<a>', b'<a', b'<a/><b/>', b'<a/>x',
       b'<a/>\n  x', b'<a>&foo;</a>', b'<a x="1" x="2"/>', b'<a>&#0;</a>', b'<a>&#xD800;</a>', b'<a>&#65</a>',
       b'<a b=c/>', b'<a b="<"/>', b'<a>\xff</a>', b'<a>\xc3', b'<a>]]></a>', b'<a><![CDATA[x</a>',
       b'<a/>\n<?xml version="1.0"?>', b'<?xml encoding="utf-8"?><a/>', b' <?xml version="1.0"?><a/>',
       b'<!DOCTYPE a [<!ENTITY e "<b>">]><a>&e;</a>', b'<!DOCTYPE a [<!ENTITY e "&e;">]><a>&e;</a>',
       b'<a><!-- x -- y --></a>', b'<a><!-- x', b'<a><?xml x?></a>', b'<a 1="x"/>', b'<a>\x01</a>', b'<a>x</a',
       b'<a b="1"c="2"/>', b'<!DOCTYPE a><!DOCTYPE b><a/>', b'<!DOCTYPE a SYSTEM><a/>',
       b'<!DOCTYPE a [<!ELEMENT a (b,c>]><a/>', b'<a>& </a>', b'<a>&#x110000;</a>', b'</a>', b'<a></a></a>',
       b'<a>\r\n<b/>\n\n  <c>\n</d>', b'<a x="&unknown;"/>', b'<!-- c --><!-- d -->', b'<a/><!-- c',
       b'<a/>&amp;', b'<a>text', b'<a><b></a></b>', b'<a x=1/>', b'<a x="1"', b'<?pi', b'<a/>x<b/>',
       b'<!DOCTYPE a [<!ENTITY u SYSTEM "u" NDATA n>]><a>&u;</a>', b'<!DOCTYPE a [<!ENTITY u SYSTEM "u">]><a x="&u;"/>',
       b'<a>\xed\xa0\x80</a>', b'<?xml version="1.0" standalone="maybe"?><a/>', b'<a>&#xFFFE;</a>',
       b'<a><![CDATA[\x00]]></a>', b'<!DOCTYPE a [ junk ]><a/>', b'<a><b/></a>\n</a>', b'<a>&amp</a>']
for data in BAD:
    out, result = run(data, [])
    print(repr(data), result)
    out, result = run(data, [], chunks=1)
    print('   bytewise:', result)

# ---- tokens expat's prolog tokenizer rejects, and handlers called before a declaration's error ----------
TOKENS = ['<!DOCTYPE r [<!ENTITY e v&#65;>]><r/>', '<!DOCTYPE r [<!ENTITY e "v&T#65;">]><r/>', '%r><r/>', '<!DOCTYP r><r/>',
          '<!r><r/>', '<![DOCTYPE r><r/>', '<r/>]', '<r/>  <', '<?xml version="1.&"?><r/>',
          '<?xml version="1.0] encoding="x"?><r/>', '<?xml version="1.0" encT r="x"?><r/>',
          '<?xml version="1.0" encoding="utf\n-8"?><r/>', '<!DOCTYPE r [<!ENTITY e "v&#65<i>">]><r/>',
          '<!DOCTYPE r [<!ELEMENT r ANY\n<!ATTLIST r a CDATA "d">]><r/>', '<!DOCTYPE r [<!ATTLIST r a CDATA "d" b CDATA #FIXED>]><r/>',
          '<!DOCTYPE r [ <ELMENT r ANY>]><r/>', '<!DOCTYPE r []/\n<r/>', '<!DOCTYPE r [] <r/>', '<r><![CD]ATA[x]]></r>',
          '<r><!-x--></r>', '<a>\U0001F600<b c\U0001F600="1"/></a>', '<!DOCTYPE r [<!-!- c -->]><r/>',
          '<!DOCTYPE r [<!ENTITY e "a%p;b">]><r/>', '<!DOCTYPE r [<!ENTITY e "a%p>">]><r/>', '\'unclosed literal',
          '<!DOCTYPE r [<!NOTATION n PUBLIC "p" junk>]><r/>', '<!DOCTYPE r [<!ENTITY u SYSTEM "s" NDATA n junk>]><r/>',
          '<!DOCTYPE r [<!ENTITY% pe "x">]><r/>', '<!DOCTYPE r [<!NOTA% peTION n SYSTEM "x">]><r/>', '-?xml version="1.0"?><r/>',
          '<r/>#:10', '<!DOCTYPE r [<!ATTLIST r a CDATA "v&d">]><r/>', '<!DOCTYPE r [<!ENTITY e "a&b">]><r/>',
          '<!DOCTYPE r [<!NOTATION n PUBLIC "p<">]><r/>']
show('<r>x]]>y</r>', ['CharacterDataHandler'])
show('<r>x]] ]]y</r>', ['CharacterDataHandler'], chunks=4)
for doc in TOKENS:
    show(doc, ['DefaultHandler', 'EntityDeclHandler', 'ElementDeclHandler', 'AttlistDeclHandler',
               'NotationDeclHandler', 'UnparsedEntityDeclHandler'])
for doc in ['<:a/>', '<p:b:c xmlns:p="u"/>', '<a xmlns:p="u"></:a>', '<a xmlns:p="u"><p:b></p:b:c></a>',
            '<a xmlns:p="u" p:=""/>', '<a :b="1"/>']:
    show(doc, ['StartElementHandler'], namespace_separator=' ')
    show(doc, ['StartElementHandler'])

# ---- parameter entities --------------------------------------------------------------------------------
pe_doc = '<!DOCTYPE r [<!ENTITY % p "<!ENTITY e \'from pe\'>"> %p; <!ENTITY f "F">]><r>&f;</r>'
for flag in (0, 1, 2):
    for standalone in ('', ' standalone="yes"'):
        p, out = make(['EntityDeclHandler', 'SkippedEntityHandler', 'CharacterDataHandler', 'DefaultHandler'])
        p.SetParamEntityParsing(flag)
        try:
            p.Parse('<?xml version="1.0"%s?>' % standalone + pe_doc, True)
            result = 'ok'
        except pyexpat.ExpatError as e:
            result = str(e)
        print(flag, repr(standalone), out, result)

# ---- ParseFile, handler exceptions, repeated errors, input context, base, foreign DTD -------------------
import io
p = pyexpat.ParserCreate()
names = []
p.StartElementHandler = lambda n, a: names.append(n)
print(p.ParseFile(io.BytesIO(b'<a>' + b'<b/>' * 1000 + b'</a>')), len(names))
for f in [io.StringIO('<a/>'), object(), io.BytesIO(b'<a>')]:
    try:
        print(pyexpat.ParserCreate().ParseFile(f))
    except Exception as e:
        print(type(e).__name__, e)


class TooMuch:
    def read(self, n):
        return b'x' * (n + 1)


class Pieces:
    def __init__(self):
        self.k = 0

    def read(self, n):
        self.k += 1
        return [b'<a>', bytearray(b'</a>'), b''][self.k - 1]


for f in [TooMuch(), Pieces()]:
    try:
        print(pyexpat.ParserCreate().ParseFile(f))
    except Exception as e:
        print(type(e).__name__, e)

p = pyexpat.ParserCreate()


def boom(name, attrs):
    raise ValueError('boom ' + name)


p.StartElementHandler = boom
p.EndElementHandler = print
try:
    p.Parse('<a><b/></a>', True)
except ValueError as e:
    print('ValueError', e)
print(p.StartElementHandler, p.EndElementHandler, p.ErrorCode)
try:
    p.Parse('<c/>', True)
except pyexpat.ExpatError as e:
    print(e, e.code)

for first, second in [('<a></b>', '<c/>'), ('<a>\n</b>', 'xyz')]:
    p = pyexpat.ParserCreate()
    for data, final in [(first, False), (second, False), (second, True)]:
        try:
            p.Parse(data, final)
        except pyexpat.ExpatError as e:
            print(e, p.ErrorCode, p.ErrorLineNumber, p.ErrorColumnNumber, p.ErrorByteIndex)

p = pyexpat.ParserCreate()
ctx = []
p.StartElementHandler = lambda n, a: ctx.append(p.GetInputContext())
print(p.GetInputContext())
p.Parse('<a>\n<b x="1"/>text</a>', True)
print(ctx, p.GetInputContext())
print(p.GetBase())
p.SetBase('http://x/')
print(p.GetBase())
try:
    p.SetBase(1)
except TypeError as e:
    print('TypeError', e)

p = pyexpat.ParserCreate()
p.Parse('<a>', False)
try:
    p.UseForeignDTD()
except pyexpat.ExpatError as e:
    print(e, e.code)
print(p.SetParamEntityParsing(1))
p = pyexpat.ParserCreate()
p.UseForeignDTD(True)
p.ExternalEntityRefHandler = lambda *a: print('ext', a) or 1
p.SetParamEntityParsing(2)
try:
    p.Parse('<a>&x;</a>', True)
except pyexpat.ExpatError as e:
    print(e)

d = {}
p = pyexpat.ParserCreate(intern=d, namespace_separator=' ')
p.StartElementHandler = lambda n, a: None
p.StartNamespaceDeclHandler = lambda pr, u: None
p.ProcessingInstructionHandler = lambda t, data: None
p.Parse('<a xmlns:q="urn:q" q:x="1" y="2"><?tgt data?><q:b/></a>', True)
print(sorted(d))

p = pyexpat.ParserCreate()
p.CharacterDataHandler = lambda s: print(repr(s))
p.buffer_text = True
p.Parse('<a>abc', False)
print(p.buffer_used)
p.buffer_text = False
print(p.buffer_used)
p.Parse('def</a>', True)
p = pyexpat.ParserCreate(encoding='utf-16')
p.CharacterDataHandler = print
p.Parse('<a>\u00e9</a>'.encode('utf-16'), True)

# ---- declared encodings expat cannot use, str with a lone surrogate --------------------------------------
for data, kw in [(b'<?xml version="1.0" encoding="UTF-16"?><a/>', {}), (b'<?xml version="1.0" encoding="bogus"?><a/>', {}),
                 (b'<?xml version="1.0" encoding="iso8859-15"?><a>\xa4</a>', {}), (b'<a>\xe9</a>', {'encoding': 'bogus'}),
                 (b'\xef\xbb\xbf<?xml version="1.0" encoding="utf-8"?><a>\xc3\xa9</a>', {}), (b'<a>x</a>\xef\xbb', {}),
                 ('<a>\ud800</a>', {}), ('<?xml version="1.0" encoding="UTF-16"?><a>\u00e9</a>', {})]:
    p, out = make(['StartElementHandler', 'CharacterDataHandler'], **kw)
    try:
        p.Parse(data, True)
        result = 'ok'
    except Exception as e:
        result = '%s: %s' % (type(e).__name__, e)
    print(repr(data)[:50], out, result, p.CurrentByteIndex, p.ErrorByteIndex, p.ErrorColumnNumber)

# ---- other standard modules built on pyexpat -----------------------------------------------------------
import plistlib
import xmlrpc.client
from xml.dom import pulldom
plist = plistlib.dumps({'a': 1, 'b': [1.5, 'x', True], 'c': {'d': b'bytes'}, 'e': '\u00e9<&>'})
print(plistlib.loads(plist))
try:
    plistlib.loads(b'<?xml version="1.0"?><!DOCTYPE plist [<!ENTITY e "x">]><plist version="1.0"><string>&e;</string></plist>')
except Exception as e:
    print(type(e).__name__, e)
call = xmlrpc.client.dumps((1, 'two', [3, 4.5], {'k': True}), 'meth')
print(xmlrpc.client.loads(call))
print(xmlrpc.client.loads(xmlrpc.client.dumps(({'x': 1},), methodresponse=True)))
for event, node in pulldom.parseString('<a><b x="1">t</b><c/></a>'):
    print(event, getattr(node, 'tagName', None) or getattr(node, 'data', None))

# ---- ExternalEntityParserCreate --------------------------------------------------------------------------
p = pyexpat.ParserCreate()
p.StartElementHandler = lambda n, a: print('start', n, a)
p.EndElementHandler = lambda n: print('end', n)
p.CharacterDataHandler = lambda d: print('data', repr(d))
p.buffer_text = True
p.ordered_attributes = True


def external(ctx, base, sysid, pubid):
    print('ext', ctx, base, sysid, pubid)
    c = p.ExternalEntityParserCreate(ctx)
    print(type(c).__name__, c.buffer_text, c.ordered_attributes, c.StartElementHandler is p.StartElementHandler,
          c.intern is p.intern)
    c.Parse('<?xml encoding="utf-8"?><i k="v">inner &amp; &g;</i>tail<j/>', True)
    for bad in ['<i>', '</x>', '<?xml version="1.0"?>x', 'x<i/>y', '<?xml encoding="utf-8" standalone="yes"?>']:
        c = p.ExternalEntityParserCreate(ctx)
        try:
            c.Parse(bad, True)
            print('ok', repr(bad))
        except pyexpat.ExpatError as e:
            print('child error', repr(bad), e)
    return 1


p.ExternalEntityRefHandler = external
p.Parse('<!DOCTYPE r [<!ENTITY g "G"><!ENTITY e SYSTEM "e.xml">]><r>&e;after</r>', True)
p = pyexpat.ParserCreate()
p.Parse('<r/>', True)
c = p.ExternalEntityParserCreate(None)
c.EntityDeclHandler = lambda *a: print('EntityDecl', a)
c.Parse('<?xml version="1.0" encoding="utf-8"?><!ENTITY x "1"><!ELEMENT r ANY>', True)
for bad_args in [(None, 3), (3,), ()]:
    try:
        p.ExternalEntityParserCreate(*bad_args)
    except TypeError as e:
        print('TypeError', e)
for args, kwargs in [((None,), {'encoding': 'utf-8'}), ((), {'context': None}), (('x', 'utf-8', 3), {})]:
    try:
        p.ExternalEntityParserCreate(*args, **kwargs)
    except TypeError as e:
        print('TypeError', e)

# ---- argument errors --------------------------------------------------------------------------------------
p = pyexpat.ParserCreate()
for call in [lambda: p.Parse(), lambda: p.Parse('<a/>', True, 1), lambda: p.Parse(data='<a/>'), lambda: p.ParseFile(),
             lambda: p.SetParamEntityParsing(), lambda: p.SetParamEntityParsing('x'), lambda: p.UseForeignDTD(1, 2),
             lambda: p.GetReparseDeferralEnabled(1), lambda: p.SetReparseDeferralEnabled(), lambda: p.SetBase(),
             lambda: p.GetBase(1), lambda: pyexpat.ErrorString(), lambda: pyexpat.ErrorString('x'),
             lambda: pyexpat.ParserCreate(foo=1), lambda: pyexpat.ParserCreate(None, None, None, None),
             lambda: pyexpat.ParserCreate(namespace_separator=1), lambda: p.GetInputContext(1)]:
    try:
        print(call())
    except TypeError as e:
        print('TypeError', e)
print(pyexpat.ParserCreate.__name__, p.Parse.__name__, type(p).__module__, repr(type(p)))
