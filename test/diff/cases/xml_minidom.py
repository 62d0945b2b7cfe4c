# xml.dom.minidom on top of pyexpat (through xml.dom.expatbuilder): parseString/parse, the DOM tree
# (nodes, attributes, namespaces, doctype and entities), walking it, toxml/toprettyxml and errors.
import io
from xml.dom import minidom, Node
import xml.dom.expatbuilder

src = '''<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE library [
  <!ENTITY pub "Publisher &amp; Co">
  <!ELEMENT library (book+)>
  <!ATTLIST book id ID #REQUIRED kind (paper|ebook) "paper">
]>
<library>
  <book id="b1"><title>First</title><author>Ann</author></book>
  <book id="b2" kind="ebook"><title>Second &amp; Last</title><!-- note --><?render fast?>
    <publisher>&pub;</publisher><raw><![CDATA[<not markup>]]></raw></book>
</library>'''
doc = minidom.parseString(src)
print(doc.doctype.name, repr(doc.doctype.internalSubset))
ents = doc.doctype.entities
print(ents.length, ents.item(0).nodeName, ents.item(0).firstChild.data)
root = doc.documentElement
print(root.tagName, root.nodeType == Node.ELEMENT_NODE, len(root.childNodes))


def walk(node, depth=0):
    for c in node.childNodes:
        if c.nodeType == Node.TEXT_NODE:
            if c.data.strip():
                print('  ' * depth + 'text', repr(c.data))
        elif c.nodeType == Node.ELEMENT_NODE:
            print('  ' * depth + c.tagName, sorted(c.attributes.items()))
            walk(c, depth + 1)
        else:
            print('  ' * depth + c.__class__.__name__, repr(c.nodeValue))


walk(root)
books = doc.getElementsByTagName('book')
print([b.getAttribute('id') for b in books], [b.getAttribute('kind') for b in books])
print(books[1].getElementsByTagName('title')[0].firstChild.data)
print(books[0].attributes['kind'].specified if books[0].hasAttribute('kind') else 'no kind attribute')
print(doc.getElementById('b2') is not None)
print(doc.toxml()[:120])
print(root.toxml())
print(doc.toprettyxml(indent='  '))
print(minidom.parseString('<a><b>x</b><c/></a>').toprettyxml(indent='\t', newl='\n', encoding='utf-8'))

# Namespaces.
nsdoc = minidom.parseString('<r xmlns="urn:d" xmlns:p="urn:p" p:top="t"><p:child p:a="1" b="2">x</p:child><plain/></r>')
r = nsdoc.documentElement
print(r.namespaceURI, r.localName, r.prefix, r.getAttributeNS('urn:p', 'top'))
ch = r.getElementsByTagNameNS('urn:p', 'child')[0]
print(ch.tagName, ch.namespaceURI, ch.prefix, ch.localName, ch.getAttributeNS('urn:p', 'a'), ch.getAttribute('b'))
print([(a.name, a.namespaceURI, a.value) for a in sorted(ch.attributes.values(), key=lambda a: a.name)])
print(r.getElementsByTagNameNS('urn:d', 'plain')[0].tagName)
print(nsdoc.toxml())

# Building and editing.
d = minidom.Document()
top = d.createElement('top')
d.appendChild(top)
top.setAttribute('n', '1 < 2 & "q"')
t = d.createTextNode('a < b')
top.appendChild(t)
top.appendChild(d.createComment('c'))
top.appendChild(d.createCDATASection('x]]y'))
print(d.toxml())
again = minidom.parseString(d.toxml())
print(again.documentElement.getAttribute('n'), [c.nodeType for c in again.documentElement.childNodes])
e2 = again.documentElement.cloneNode(True)
print(e2.toxml())
again.documentElement.normalize()

# Files, bytes and encodings.
fname = 'xml_minidom_tmp.xml'
with open(fname, 'wb') as f:
    f.write('<?xml version="1.0" encoding="iso-8859-1"?><r>\u00e9t\u00e9</r>'.encode('latin-1'))
print(minidom.parse(fname).documentElement.firstChild.data)
import os
os.remove(fname)
big = b'<list>' + b''.join(b'<item n="%d">v%d</item>' % (k, k) for k in range(2000)) + b'</list>'
bd = minidom.parse(io.BytesIO(big))
items = bd.getElementsByTagName('item')
print(len(items), items[-1].getAttribute('n'), items[-1].firstChild.data)
print(minidom.parseString('<a>\u00e9</a>'.encode('utf-16')).documentElement.firstChild.data)
print(repr(minidom.parseString('<a>\r\nx\ry</a>').documentElement.firstChild.data))

# Errors.
for bad in ['<a><b></a>', '<a>', '', '<a/>junk', '<a x="1" x="2"/>', '<a>&nope;</a>']:
    try:
        minidom.parseString(bad)
    except Exception as e:
        print(type(e).__name__, e)
