# xml.etree.ElementTree on top of pyexpat: parsing (fromstring, parse, XMLParser with targets,
# XMLPullParser, iterparse), find/findall/iterfind with the XPath subset, tostring, namespaces,
# entities, encodings and ParseError with code and position.
import io
import xml.etree.ElementTree as ET

doc = '''<?xml version="1.0" encoding="UTF-8"?>
<!-- catalogue -->
<catalog xmlns:x="urn:extra" version="2">
  <book id="b1" lang="en">
    <title>Dive &amp; Swim</title>
    <price currency="EUR">12.50</price>
    <x:note>first</x:note>
  </book>
  <book id="b2" lang="fr">
    <title>Le Livre</title>
    <price currency="USD">7</price>
    <tags><tag>a</tag><tag>b</tag></tags>
  </book>
  <magazine id="m1"><title>Weekly</title></magazine>
</catalog>
'''
root = ET.fromstring(doc)
print(root.tag, root.attrib, len(root), root.text.strip() == '')
for child in root:
    print(' ', child.tag, child.attrib, child.find('title').text)
print([b.get('id') for b in root.findall('book')])
print(root.find('book/price').text, root.find('book/price').get('currency'))
print([t.text for t in root.iter('tag')])
print([e.tag for e in root.findall('.//title/..')])
print([e.get('id') for e in root.findall("book[@lang='fr']")])
print([e.get('id') for e in root.findall('book[tags]')])
print([e.text for e in root.findall('.//book[2]/title')])
print([e.get('id') for e in root.findall("*[title='Weekly']")])
print(root.findtext('magazine/title'), root.findtext('missing', 'dflt'))
print([e.tag for e in root.iterfind('{urn:extra}note')], [e.text for e in root.iterfind('.//{urn:extra}note')])
print(root.find('.//x:note', {'x': 'urn:extra'}).text)
print([e.tag for e in root.findall('*')])
print(ET.tostring(root.find('book'), encoding='unicode'))
print(ET.tostring(root.find('magazine')))
print(ET.tostring(root.find('magazine'), encoding='us-ascii', xml_declaration=True))
print(''.join(root.find('book').itertext()).split())

# Namespaces.
ns_doc = '''<feed xmlns="http://www.w3.org/2005/Atom" xmlns:m="urn:media">
<entry><title>One</title><m:thumb url="a.png"/></entry>
<entry><title>Two</title></entry></feed>'''
feed = ET.fromstring(ns_doc)
print(feed.tag)
A = '{http://www.w3.org/2005/Atom}'
print([e.find(A + 'title').text for e in feed.findall(A + 'entry')])
print(feed.find('.//{urn:media}thumb').attrib)
print([e.text for e in feed.findall('a:entry/a:title', {'a': 'http://www.w3.org/2005/Atom'})])
print(ET.tostring(feed.find(A + 'entry'), encoding='unicode'))
# (register_namespace is left out: it changes state shared by every program of the test run.)
print(ET.tostring(feed[0][0], encoding='unicode', default_namespace='http://www.w3.org/2005/Atom'))

# Building and serialising.
e = ET.Element('r', {'k': 'v&"<'})
s = ET.SubElement(e, 'c')
s.text = 'text <&>'
s.tail = 'tail'
ET.SubElement(e, 'empty')
print(ET.tostring(e, encoding='unicode'))
print(ET.tostring(ET.fromstring(ET.tostring(e)), encoding='unicode'))
ET.indent(e)
print(ET.tostring(e, encoding='unicode'))

# Entities, character references, CDATA, comments and PIs.
print(ET.fromstring('<a>&lt;&#65;&#x42;&gt;<![CDATA[<raw>&]]></a>').text)
print(ET.fromstring('<!DOCTYPE a [<!ENTITY who "World">]><a t="&who;!">Hello &who;</a>').attrib)
print(ET.fromstring('<!DOCTYPE a [<!ENTITY who "World">]><a>Hello &who;</a>').text)
print(ET.fromstring('<a>x<!--c-->y<?p d?>z</a>').text)
tb = ET.TreeBuilder(insert_comments=True, insert_pis=True)
p = ET.XMLParser(target=tb)
p.feed('<a>x<!--c-->y<?p d?>z</a>')
r = p.close()
print([(type(c.tag).__name__ if not isinstance(c.tag, str) else c.tag, c.text, c.tail) for c in r])
print(ET.fromstring('<a>\r\nline\rtwo</a>').text.encode())
print(ET.fromstring('<a b="x\ty\nz"/>').get('b'))

# Targets.
class Target:
    def __init__(self):
        self.events = []
    def start(self, tag, attrib):
        self.events.append(('start', tag, attrib))
    def end(self, tag):
        self.events.append(('end', tag))
    def comment(self, text):
        self.events.append(('comment', text))
    def pi(self, target, data):
        self.events.append(('pi', target, data))
    def doctype(self, name, pubid, system):
        self.events.append(('doctype', name, pubid, system))
    def start_ns(self, prefix, uri):
        self.events.append(('start-ns', prefix, uri))
    def end_ns(self, prefix):
        self.events.append(('end-ns', prefix))
    def close(self):
        return self.events
t = Target()
p = ET.XMLParser(target=t)
p.feed('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">')
p.feed('<html xmlns="http://www.w3.org/1999/xhtml"><!--c--><?php echo?><p:b xmlns:p="urn:p" p:a="1"/></html>')
for ev in p.close():
    print(' ', ev)
t = Target()
p = ET.XMLParser(target=t)
p.feed('<!DOCTYPE s SYSTEM "s.dtd"><s/>')
print(p.close())

# Pull parsing.
pp = ET.XMLPullParser(['start', 'end', 'start-ns', 'end-ns', 'comment', 'pi'])
for chunk in ['<r xmlns:a="u">', '<a:x k="v">1</a', ':x><!--c-->', '<?p q?></r>']:
    pp.feed(chunk)
    for ev, el in pp.read_events():
        if isinstance(el, tuple) or el is None:
            print(ev, el)
        elif ev in ('comment', 'pi'):
            print(ev, el.text)
        else:
            print(ev, el.tag, el.attrib, el.text)
pp.close()
pp = ET.XMLPullParser(['end'])
pp.feed(b'<r><a>1</a><a>2')
print([el.text for ev, el in pp.read_events()])
pp.flush()
pp.feed(b'</a></r>')
print([el.text for ev, el in pp.read_events()])
pp.close()
for ev, el in ET.iterparse(io.BytesIO(b'<a><b>1</b><b>2</b><c/></a>'), events=('start', 'end')):
    print(ev, el.tag, el.text)
big = b'<items>' + b''.join(b'<i n="%d">%d</i>' % (k, k * k) for k in range(1000)) + b"</items>"
total = 0
for ev, el in ET.iterparse(io.BytesIO(big)):
    if el.tag == 'i':
        total += int(el.text)
        el.clear()
print(total)
tree = ET.parse(io.BytesIO(big))
print(len(tree.getroot()), tree.getroot()[999].get('n'))

# Files and encodings.
fname = 'xml_etree_tmp_file.xml'
ET.ElementTree(ET.fromstring('<r><c>\u00e9\u20ac</c></r>')).write(fname, encoding='utf-8', xml_declaration=True)
with open(fname, 'rb') as f:
    print(f.read())
print(ET.parse(fname).getroot()[0].text)
ET.ElementTree(ET.fromstring('<r>\u00e9</r>')).write(fname, encoding='iso-8859-1')
with open(fname, 'rb') as f:
    print(f.read())
print(ET.parse(fname).getroot().text)
import os
os.remove(fname)
print(ET.fromstring('<?xml version="1.0" encoding="utf-16"?><a>\u00e9</a>'.encode('utf-16')).text)
print(ET.fromstring(b'<?xml version="1.0" encoding="latin-1"?><a>\xe9</a>').text)
print(ET.XML('<a>\u00e9</a>').text)

# Errors.
for bad in ['', '<a>', '<a></b>', '<a>\n  <b>\n</a>', '<a>&foo;</a>', '<a/><b/>', '<a x="1" x="2"/>',
            '<a', 'text', '<a>&#0;</a>', '<a><![CDATA[x</a>', '<!DOCTYPE a SYSTEM "x.dtd"><a>&undefined;</a>',
            b'<a>\xff</a>', '<a b=1/>']:
    try:
        ET.fromstring(bad)
        print('parsed', bad)
    except ET.ParseError as e:
        print(type(e).__name__, e, e.code, e.position)
p = ET.XMLParser()
p.feed('<a>')
try:
    p.close()
except ET.ParseError as e:
    print(e, e.position)
print(ET.ParseError.__mro__[1].__name__)
