# xml.sax on top of pyexpat (xml.sax.expatreader): a ContentHandler receiving the document's events,
# the locator's positions, namespaces, incremental feeding, lexical and DTD handlers, entity
# resolution switched off, XMLGenerator output and SAXParseException for malformed input.
import io
import xml.sax
import xml.sax.handler
import xml.sax.saxutils
from xml.sax.xmlreader import InputSource


class Recorder(xml.sax.handler.ContentHandler):
    def __init__(self):
        super().__init__()
        self.text = []

    def setDocumentLocator(self, locator):
        self.loc = locator

    def where(self):
        loc = getattr(self, 'loc', None)  # parsers fed with feed() give no locator
        return '-' if loc is None else '%s:%s' % (loc.getLineNumber(), loc.getColumnNumber())

    def startDocument(self):
        print('startDocument')

    def endDocument(self):
        print('endDocument')

    def _flush(self):
        if self.text:
            print('  characters', repr(''.join(self.text)))
            self.text = []

    def startElement(self, name, attrs):
        self._flush()
        print('  startElement', name, sorted(attrs.items()), attrs.getLength(), self.where())

    def endElement(self, name):
        self._flush()
        print('  endElement', name, self.where())

    def startElementNS(self, name, qname, attrs):
        self._flush()
        print('  startElementNS', name, qname, sorted(attrs.items(), key=str), sorted(attrs.getQNames()))

    def endElementNS(self, name, qname):
        self._flush()
        print('  endElementNS', name, qname)

    def startPrefixMapping(self, prefix, uri):
        print('  startPrefixMapping', prefix, uri)

    def endPrefixMapping(self, prefix):
        print('  endPrefixMapping', prefix)

    def characters(self, content):
        self.text.append(content)

    def ignorableWhitespace(self, ws):
        print('  ignorableWhitespace', repr(ws))

    def processingInstruction(self, target, data):
        self._flush()
        print('  processingInstruction', target, repr(data))

    def skippedEntity(self, name):
        print('  skippedEntity', name)


doc = b'''<?xml version="1.0" encoding="utf-8"?>
<order id="7" status='open'>
  <item sku="A1" qty="2">Widget &amp; gadget</item>
  <item sku="B2" qty="1"><![CDATA[<special>]]></item>
  <?audit level="high"?>
  <note>caf\xc3\xa9 &#x263A;</note>
</order>
'''
xml.sax.parseString(doc, Recorder())
xml.sax.parse(io.BytesIO(doc), Recorder())

# Namespaces.
p = xml.sax.make_parser()
p.setFeature(xml.sax.handler.feature_namespaces, True)
p.setContentHandler(Recorder())
p.parse(io.BytesIO(b'<r xmlns="urn:d" xmlns:q="urn:q"><q:c q:a="1" b="2"/><plain/></r>'))

# Feeding pieces.
p = xml.sax.make_parser()
p.setContentHandler(Recorder())
for piece in ['<r>', 'one ', 'two<', 'x/>', '</r>']:
    p.feed(piece)
p.close()

# Lexical and DTD handlers.
class Lex(xml.sax.handler.LexicalHandler):
    def comment(self, content):
        print('  comment', repr(content))

    def startDTD(self, name, public_id, system_id):
        print('  startDTD', name, public_id, system_id)

    def endDTD(self):
        print('  endDTD')

    def startCDATA(self):
        print('  startCDATA')

    def endCDATA(self):
        print('  endCDATA')


class Dtd(xml.sax.handler.DTDHandler):
    def notationDecl(self, name, publicId, systemId):
        print('  notationDecl', name, publicId, systemId)

    def unparsedEntityDecl(self, name, publicId, systemId, ndata):
        print('  unparsedEntityDecl', name, publicId, systemId, ndata)


p = xml.sax.make_parser()
p.setContentHandler(Recorder())
p.setProperty(xml.sax.handler.property_lexical_handler, Lex())
p.setDTDHandler(Dtd())
p.parse(io.BytesIO(b'<!DOCTYPE r [<!NOTATION png SYSTEM "image/png"><!ENTITY logo SYSTEM "logo.png" NDATA png>]>'
                   b'<r><!-- hi --><![CDATA[c]]></r>'))

# External entities are not fetched by default.
p = xml.sax.make_parser()
p.setContentHandler(Recorder())
p.parse(io.BytesIO(b'<!DOCTYPE r SYSTEM "r.dtd"><r>&ext;</r>'))
print(p.getFeature(xml.sax.handler.feature_external_ges), p.getFeature(xml.sax.handler.feature_namespaces))

# External general entities read when feature_external_ges is on (through ExternalEntityParserCreate).
with open('xml_sax_tmp_ent.xml', 'w') as f:
    f.write('<?xml version="1.0" encoding="utf-8"?><inner a="1">external &amp; text</inner>')
p = xml.sax.make_parser()
p.setFeature(xml.sax.handler.feature_external_ges, True)
p.setContentHandler(Recorder())
p.parse(io.BytesIO(b'<!DOCTYPE r [<!ENTITY ext SYSTEM "xml_sax_tmp_ent.xml">]><r>&ext;</r>'))
import os
os.remove('xml_sax_tmp_ent.xml')

# InputSource with an encoding.
src = InputSource()
src.setByteStream(io.BytesIO('<r>\u00e9\u00e8</r>'.encode('latin-1')))
src.setEncoding('iso-8859-1')
p = xml.sax.make_parser()
p.setContentHandler(Recorder())
p.parse(src)

# XMLGenerator round trip.
out = io.StringIO()
xml.sax.parseString(b'<a x="1 &amp; 2"><b>t &lt; u</b><c/></a>', xml.sax.saxutils.XMLGenerator(out))
print(out.getvalue())
out = io.StringIO()
xml.sax.parseString(b'<a x="1"><b/></a>', xml.sax.saxutils.XMLGenerator(out, short_empty_elements=True))
print(out.getvalue())
print(xml.sax.saxutils.escape('<&>'), xml.sax.saxutils.quoteattr('a"b'), xml.sax.saxutils.unescape('&lt;&amp;'))

# Errors.
class Quiet(xml.sax.handler.ContentHandler):
    pass


for bad in [b'<r><c></r>', b'<r>', b'', b'<r/><s/>', b'<r a="1" a="2"/>', b'<r>&undefined;</r>', b'<r>\xff</r>']:
    try:
        xml.sax.parseString(bad, Quiet())
    except xml.sax.SAXParseException as e:
        print('SAXParseException', e, e.getLineNumber(), e.getColumnNumber(), e.getMessage())


class Collect(xml.sax.handler.ErrorHandler):
    def fatalError(self, exc):
        print('fatalError', exc.getMessage())
        raise exc


p = xml.sax.make_parser()
p.setContentHandler(Quiet())
p.setErrorHandler(Collect())
try:
    p.parse(io.BytesIO(b'<a><b></c></a>'))
except xml.sax.SAXParseException as e:
    print('raised', e)
