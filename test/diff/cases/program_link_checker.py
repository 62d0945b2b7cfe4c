# A link checker over an HTML page held in memory: html.parser to collect links and text, urllib.parse
# to resolve and normalise them, html.escape/unescape for the report, contextlib for resource handling.
import contextlib
import html
import io
import sys
from html.parser import HTMLParser
from urllib.parse import (urljoin, urlparse, urlsplit, urlunsplit, parse_qs, parse_qsl, urlencode,
                          quote, quote_plus, unquote, unquote_plus, urldefrag)

PAGE = """<!DOCTYPE html>
<html lang="en">
<head><title>Docs &amp; Guides</title>
<meta charset="utf-8"><link rel="stylesheet" href="/static/site.css?v=3">
<script>var x = "<a href='nope'>";</script>
</head>
<body class="main page">
<!-- navigation -->
<h1 id=top>Welcome &mdash; read&nbsp;me</h1>
<p>See <a href="guide/intro.html#start">the intro</a>, the <a href='../api/index.html?lang=en&amp;v=2'>API</a>
and <A HREF="https://Example.COM:443/a/./b/../c?q=1&q=2#frag">external</A>.</p>
<img src="img/logo.png" alt="Logo &lt;big&gt;"/>
<a href="mailto:team@example.com">mail</a> <a>no href</a>
<a href="javascript:void(0)">js</a>
<p>Entities: &#65;&#x42;&copy; &unknown; &lt;tag&gt; 5 &gt; 3</p>
<br/><input disabled value=yes>
<![CDATA[raw]]>
<?php echo 1; ?>
</body></html>
"""

class LinkCollector(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.links = []
        self.events = []
        self.text = []
        self.stack = []

    def handle_starttag(self, tag, attrs):
        self.stack.append(tag)
        self.events.append(('start', tag, attrs))
        d = dict(attrs)
        for key in ('href', 'src'):
            if d.get(key):
                self.links.append((tag, d[key]))

    def handle_startendtag(self, tag, attrs):
        self.events.append(('startend', tag, attrs))
        d = dict(attrs)
        if d.get('src'):
            self.links.append((tag, d['src']))

    def handle_endtag(self, tag):
        if self.stack and self.stack[-1] == tag:
            self.stack.pop()
        self.events.append(('end', tag))

    def handle_data(self, data):
        if data.strip():
            self.text.append(data.strip())

    def handle_comment(self, data):
        self.events.append(('comment', data))

    def handle_decl(self, decl):
        self.events.append(('decl', decl))

    def handle_pi(self, data):
        self.events.append(('pi', data))

    def unknown_decl(self, data):
        self.events.append(('unknown_decl', data))

parser = LinkCollector()
# Feed in awkward chunks to exercise the incremental parser.
for i in range(0, len(PAGE), 37):
    parser.feed(PAGE[i:i + 37])
parser.close()
for ev in parser.events:
    print(ev)
print('text:', parser.text)
print('open at end:', parser.stack)

BASE = 'https://docs.example.org/v2/guide/'
print('--- links')
for tag, link in parser.links:
    absolute = urljoin(BASE, link)
    parts = urlsplit(absolute)
    print(f'{tag:5} {link!r:50} -> {absolute}')
    print('      scheme=%s netloc=%s host=%s port=%s path=%s query=%s frag=%s' % (
        parts.scheme, parts.netloc, parts.hostname, parts.port, parts.path, parts.query, parts.fragment))

u = urlparse('http://user:pw@host.example:8080/p;params?x=1&y=&y=2#top')
print(u, u.username, u.password, u.port, u.geturl())
print(parse_qs(u.query), parse_qs(u.query, keep_blank_values=True), parse_qsl('a=1&b=%20x&c=+y'))
print(urlencode({'q': 'a b&c', 'n': 10, 'list': ['x', 'y']}, doseq=True), urlencode([('k', 'é')]))
print(quote('/path with spaces/ü?'), quote('a/b', safe=''), quote_plus('a b+c'), unquote('%E2%82%AC%20x'), unquote_plus('a+b%2B'))
print(urldefrag('http://x/y#z'), urlunsplit(('https', 'h', '/p', 'q=1', 'f')))
print(urljoin('http://a/b/c/d;p?q', '../../g'), urljoin('http://a/b/c/d;p?q', '//other/x'), urljoin('http://a/b/', '?y'))
try:
    urlsplit('http://[::1/').netloc
except ValueError as e:
    print('ValueError', e)
try:
    urlparse('http://h:99999/').port
except ValueError as e:
    print('ValueError', e)

print('--- escaping')
for s in ['<b>"Tom" & \'Jerry\'</b>', 'plain', '&amp;']:
    print(html.escape(s), html.escape(s, quote=False))
for s in ['&lt;p&gt;', '&#39;&quot;', '&eacute;&Eacute;&hellip;', '&#x1F600;', '&#0;', '&amp;amp;', '&notin; &notit;']:
    print(repr(html.unescape(s)))

print('--- contextlib')
log = []

@contextlib.contextmanager
def opened(name):
    log.append('open ' + name)
    try:
        yield name.upper()
    except KeyError as e:
        log.append(f'handled {e!r} in {name}')
    finally:
        log.append('close ' + name)

with contextlib.ExitStack() as stack:
    handles = [stack.enter_context(opened(n)) for n in ('a', 'b', 'c')]
    stack.callback(log.append, 'callback ran')
    print(handles)
print(log)
log.clear()
with opened('k'):
    raise KeyError('missing')
print(log)
log.clear()
try:
    with opened('v'):
        raise ValueError('bad')
except ValueError as e:
    print('propagated', e, log)

@contextlib.contextmanager
def broken():
    yield 1
    yield 2

try:
    with broken():
        pass
except RuntimeError as e:
    print('RuntimeError', e)

@contextlib.contextmanager
def no_yield():
    if False:
        yield

try:
    with no_yield():
        pass
except RuntimeError as e:
    print('RuntimeError', e)

with contextlib.suppress(FileNotFoundError, KeyError):
    {}['x']
print('suppressed')
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print('captured line')
    help_text = 'x'
print(repr(buf.getvalue()))
with contextlib.ExitStack() as stack:
    stack.push(lambda *exc: print('exit cb', exc[0].__name__ if exc[0] else None) or True)
    raise IndexError('swallowed by push')
print('after swallow')
stack = contextlib.ExitStack()
stack.enter_context(opened('late'))
moved = stack.pop_all()
print(log[-1])
moved.close()
print(log[-1])
class Res(contextlib.AbstractContextManager):
    def __exit__(self, *exc):
        print('Res exit', exc[0])
with Res() as r:
    print(type(r).__name__)
with contextlib.nullcontext(42) as v:
    print('null', v)
with contextlib.closing(io.StringIO('abc')) as f:
    print(f.read())
print(f.closed)
try:
    with contextlib.ExitStack() as st:
        st.enter_context(42)
except TypeError as e:
    print('TypeError', e)

class Tracker(contextlib.ContextDecorator):
    def __enter__(self):
        print('enter tracker')
        return self
    def __exit__(self, *exc):
        print('exit tracker', exc[0])
        return False

@Tracker()
def work(x):
    return x * 2
print(work(21))
with contextlib.chdir('.'):
    print('chdir ok')
