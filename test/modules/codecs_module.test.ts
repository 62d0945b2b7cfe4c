// Checks the _codecs module (vm/modules/codecs.ts) and the stdlib layers over it (codecs.py, the
// encodings package, json) against CPython 3.14: each expected line was printed by pyodide 3.14.2
// running the same program. The namereplace handler is checked in every codec by the corpus program
// test/diff/cases/codecs_error_handlers.py.
import { describe } from 'vitest';
import { describeProgram } from '../vm/describe_program.js';

const PRIMITIVES = String.raw`import codecs, _codecs
seen=[]
def sf(n):
    seen.append(n); return None
codecs.register(sf)
try: codecs.lookup('UTF-8 X.y-Z')
except LookupError as e: print('L', e)
print(seen)
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
show('enc', lambda: codecs.encode('h\xe9\u20ac\n\\', 'unicode_escape'))
show('dec', lambda: codecs.decode(b'a\\x41\\u20ac\\U0001F600\\n\\t\\101\\q', 'unicode_escape'))
show('trunc', lambda: codecs.decode(b'ab\\x4', 'unicode_escape'))
show('trunc_nf', lambda: _codecs.unicode_escape_decode(b'ab\\x4', 'strict', False))
show('trunc_nf2', lambda: _codecs.unicode_escape_decode(b'ab\\', 'strict', False))
show('end', lambda: _codecs.unicode_escape_decode(b'ab\\'))
show('ill', lambda: _codecs.unicode_escape_decode(b'\\U00110000'))
show('uerepl', lambda: _codecs.unicode_escape_decode(b'a\\x4g', 'replace'))
show('ueign', lambda: _codecs.unicode_escape_decode(b'a\\x4g', 'ignore'))
show('ueback', lambda: _codecs.unicode_escape_decode(b'a\\x4g', 'backslashreplace'))
show('raw_enc', lambda: _codecs.raw_unicode_escape_encode('a\xe9\u20ac\U0001F600\\'))
show('raw_dec', lambda: _codecs.raw_unicode_escape_decode(b'a\\u20ac\\\\u20ac\\x41\xe9'))
show('raw_tr', lambda: _codecs.raw_unicode_escape_decode(b'a\\u20'))
show('esc_enc', lambda: _codecs.escape_encode(b"a'\"\\\n\x00\xff"))
show('esc_dec', lambda: _codecs.escape_decode(b"a\\x41\\n\\'\\101\\q"))
show('esc_dec2', lambda: _codecs.escape_decode(b"a\\x4"))
show('esc_dec3', lambda: _codecs.escape_decode(b"a\\"))
show('esc_dec4', lambda: _codecs.escape_decode("h\xe9"))
show('u8', lambda: _codecs.utf_8_decode(b'a\xe2\x82'))
show('u8f', lambda: _codecs.utf_8_decode(b'a\xe2\x82', 'strict', True))
show('u8e', lambda: _codecs.utf_8_encode('a\u20ac\U0001F600'))
show('u16', lambda: _codecs.utf_16_encode('ab'))
show('u16be', lambda: _codecs.utf_16_encode('ab', 'strict', 1))
show('u16d', lambda: _codecs.utf_16_decode(b'\xfe\xff\x00a\x00'))
show('u16ex', lambda: _codecs.utf_16_ex_decode(b'\xfe\xff\x00a\x00'))
show('u16ex2', lambda: _codecs.utf_16_ex_decode(b'a\x00b'))
show('u16led', lambda: _codecs.utf_16_le_decode(b'a\x00\x3d\xd8'))
show('u32', lambda: _codecs.utf_32_encode('a'))
show('u32d', lambda: _codecs.utf_32_decode(b'\xff\xfe\x00\x00a\x00\x00\x00b'))
show('u32ex', lambda: _codecs.utf_32_ex_decode(b'\x00\x00\xfe\xff\x00\x00\x00a'))
show('ascii', lambda: _codecs.ascii_decode(b'ab\xff', 'replace'))
show('asciie', lambda: _codecs.ascii_encode('ab\xff'))
show('latin', lambda: _codecs.latin_1_encode('ab\xff'))
show('latind', lambda: _codecs.latin_1_decode(b'ab\xff'))
show('cmb', lambda: type(_codecs.charmap_build('abc')).__name__)
show('cmd', lambda: _codecs.charmap_decode(b'\x00\x01\x02', 'strict', 'xy\ufffe'))
show('cmd2', lambda: _codecs.charmap_decode(b'\x00\x01', 'replace', {0: 'A', 1: None}))
show('cmd3', lambda: _codecs.charmap_decode(b'\x00\x01', 'strict', {0: 65, 1: 'bc'}))
show('cmdn', lambda: _codecs.charmap_decode(b'\x00\xff'))
show('cme', lambda: _codecs.charmap_encode('abx', 'strict', _codecs.charmap_build('abc')))
show('cme2', lambda: _codecs.charmap_encode('abz', 'replace', _codecs.charmap_build('abc?')))
show('cme3', lambda: _codecs.charmap_encode('ab', 'strict', {97: 1, 98: b'zz'}))
show('rb', lambda: _codecs.readbuffer_encode(b'xy'))
show('rb2', lambda: _codecs.readbuffer_encode('x\xe9'))
show('look', lambda: codecs.lookup('UTF8').name)
show('look2', lambda: codecs.lookup('Latin-1').name)
show('lookbad', lambda: codecs.lookup('nope'))
show('lookint', lambda: _codecs.lookup(3))
show('cenc', lambda: codecs.encode('\u20ac', 'cp1252'))
show('cdec', lambda: codecs.decode(b'\x80\x81', 'cp1252', 'replace'))
show('cdec2', lambda: codecs.decode(b'\x81', 'cp1252'))
show('cenc2', lambda: codecs.encode('\u0100', 'cp1252'))
show('rot', lambda: codecs.encode('abc', 'rot13'))
show('le', lambda: codecs.lookup_error('nope'))
show('le2', lambda: codecs.lookup_error('strict').__name__)
show('re', lambda: codecs.register_error('x', 3))
show('reg', lambda: codecs.register(3))
def myh(e): return ('<%d>' % e.start, e.end)
codecs.register_error('myh', myh)
show('myh', lambda: _codecs.charmap_encode('a\u20ac', 'myh', _codecs.charmap_build('a<>0123456789')))
show('xml', lambda: codecs.xmlcharrefreplace_errors(UnicodeEncodeError('ascii', 'a\u20acb', 1, 2, 'x')))
show('bsr', lambda: codecs.backslashreplace_errors(UnicodeEncodeError('ascii', 'a\u20ac\U0001F600b', 1, 3, 'x')))
show('bsrd', lambda: codecs.backslashreplace_errors(UnicodeDecodeError('ascii', b'a\xff\xfeb', 1, 3, 'x')))
show('rep', lambda: codecs.replace_errors(UnicodeDecodeError('ascii', b'a\xff\xfeb', 1, 3, 'x')))
show('repe', lambda: codecs.replace_errors(UnicodeEncodeError('ascii', 'abc', 1, 3, 'x')))
show('ign', lambda: codecs.ignore_errors(UnicodeEncodeError('ascii', 'abc', 1, 3, 'x')))
show('str', lambda: codecs.strict_errors(UnicodeEncodeError('ascii', 'abc', 1, 3, 'x')))
show('strbad', lambda: codecs.strict_errors(3))
show('ignbad', lambda: codecs.ignore_errors(ValueError()))
show('xmlbad', lambda: codecs.xmlcharrefreplace_errors(UnicodeDecodeError('ascii', b'a', 0, 1, 'x')))
show('se', lambda: codecs.lookup_error('surrogateescape')(UnicodeDecodeError('ascii', b'a\xff\xfe', 1, 3, 'x')))
show('se2', lambda: codecs.lookup_error('surrogateescape')(UnicodeEncodeError('ascii', 'a\udcff', 1, 2, 'x')))
show('sp', lambda: codecs.lookup_error('surrogatepass')(UnicodeEncodeError('utf-8', 'a\ud800', 1, 2, 'x')))
show('sp2', lambda: codecs.lookup_error('surrogatepass')(UnicodeDecodeError('utf-8', b'a\xed\xa0\x80', 1, 2, 'x')))
show('encbad', lambda: _codecs.utf_8_encode(b'x'))
show('decbad', lambda: _codecs.utf_8_decode('x'))
show('codecs.decode', lambda: codecs.decode(b'\xff'))
import json
print(json.dumps({'a': 'h\xe9\u20ac\U0001F600', 'b': [1, 2.5, None, True]}))
print(json.dumps({'a': 'h\xe9\u20ac'}, ensure_ascii=False))
print(json.loads('{"a": "\\u00e9\\ud83d\\ude00", "b": [1, 2.5, null]}'))
print(json.loads(json.dumps('x\u20ac\n')) == 'x\u20ac\n')
`;

const PRIMITIVES_EXPECTED = String.raw`L unknown encoding: UTF-8 X.y-Z
['utf_8_x.y_z']
enc b'h\\xe9\\u20ac\\n\\\\'
dec 'aA€😀\n\tA\\q'
trunc UnicodeDecodeError 'unicodeescape' codec can't decode bytes in position 2-4: truncated \xXX escape
trunc_nf ('ab', 2)
trunc_nf2 ('ab', 2)
end UnicodeDecodeError 'unicodeescape' codec can't decode byte 0x5c in position 2: \ at end of string
ill UnicodeDecodeError 'unicodeescape' codec can't decode bytes in position 0-9: illegal Unicode character
uerepl ('a�g', 5)
ueign ('ag', 5)
ueback ('a\\x5c\\x78\\x34g', 5)
raw_enc (b'a\xe9\\u20ac\\U0001f600\\', 5)
raw_dec ('a€\\\\u20ac\\x41é', 19)
raw_tr UnicodeDecodeError 'rawunicodeescape' codec can't decode bytes in position 1-4: truncated \uXXXX escape
esc_enc (b'a\\\'"\\\\\\n\\x00\\xff', 7)
esc_dec (b"aA\n'A\\q", 15)
esc_dec2 ValueError invalid \x escape at position 1
esc_dec3 ValueError Trailing \ in string
esc_dec4 (b'h\xc3\xa9', 3)
u8 ('a', 1)
u8f UnicodeDecodeError 'utf-8' codec can't decode bytes in position 1-2: unexpected end of data
u8e (b'a\xe2\x82\xac\xf0\x9f\x98\x80', 3)
u16 (b'\xff\xfea\x00b\x00', 2)
u16be (b'\x00a\x00b', 2)
u16d ('a', 4)
u16ex ('a', 4, 1)
u16ex2 ('a', 2, 0)
u16led ('a', 2)
u32 (b'\xff\xfe\x00\x00a\x00\x00\x00', 1)
u32d ('a', 8)
u32ex ('a', 8, 1)
ascii ('ab�', 3)
asciie UnicodeEncodeError 'ascii' codec can't encode character '\xff' in position 2: ordinal not in range(128)
latin (b'ab\xff', 3)
latind ('abÿ', 3)
cmb 'dict'
cmd UnicodeDecodeError 'charmap' codec can't decode byte 0x02 in position 2: character maps to <undefined>
cmd2 ('A�', 2)
cmd3 ('Abc', 2)
cmdn ('\x00ÿ', 2)
cme UnicodeEncodeError 'charmap' codec can't encode character '\x78' in position 2: character maps to <undefined>
cme2 (b'\x00\x01\x03', 3)
cme3 (b'\x01zz', 2)
rb (b'xy', 2)
rb2 (b'x\xc3\xa9', 3)
look 'utf-8'
look2 'iso8859-1'
lookbad LookupError unknown encoding: nope
lookint TypeError lookup() argument must be str, not int
cenc b'\x80'
cdec '€�'
cdec2 UnicodeDecodeError 'charmap' codec can't decode byte 0x81 in position 0: character maps to <undefined>
cenc2 UnicodeEncodeError 'charmap' codec can't encode character '\u0100' in position 0: character maps to <undefined>
rot 'nop'
le LookupError unknown error handler name 'nope'
le2 'strict_errors'
re TypeError handler must be callable
reg TypeError argument must be callable
myh (b'\x00\x01\x04\x02', 2)
xml ('&#8364;', 2)
bsr ('\\u20ac\\U0001f600', 3)
bsrd ('\\xff\\xfe', 3)
rep ('�', 3)
repe ('??', 3)
ign ('', 3)
str UnicodeEncodeError 'ascii' codec can't encode characters in position 1-2: x
strbad TypeError codec must pass exception instance
ignbad TypeError don't know how to handle ValueError in error callback
xmlbad TypeError don't know how to handle UnicodeDecodeError in error callback
se ('\udcff\udcfe', 3)
se2 (b'\xff', 2)
sp (b'\xed\xa0\x80', 2)
sp2 ('\ud800', 4)
encbad TypeError utf_8_encode() argument 1 must be str, not bytes
decbad TypeError a bytes-like object is required, not 'str'
codecs.decode UnicodeDecodeError 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte
{"a": "h\u00e9\u20ac\ud83d\ude00", "b": [1, 2.5, null, true]}
{"a": "hé€"}
{'a': 'é😀', 'b': [1, 2.5, None]}
True
`;

const LAYERS = String.raw`import codecs, _codecs, json
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
d = codecs.getincrementaldecoder('utf-8')()
print('inc8', [d.decode(b) for b in [b'a\xe2', b'\x82', b'\xacb']], repr(d.decode(b'', final=True)))
d = codecs.getincrementaldecoder('utf-16')()
print('inc16', [d.decode(b) for b in [b'\xff', b'\xfea', b'\x00\x3d\xd8', b'\x00\xde']])
d = codecs.getincrementaldecoder('unicode_escape')()
print('incue', [d.decode(b) for b in [b'a\\', b'u20', b'ac!']])
print('iter', list(codecs.iterdecode([b'\xc3', b'\xa9x'], 'utf-8')))
print('sig', codecs.encode('x', 'utf-8-sig'), codecs.decode(b'\xef\xbb\xbfx', 'utf-8-sig'))
print('cp', codecs.decode(codecs.encode('caf\xe9 \u20ac', 'cp1252'), 'cp1252'))
print('koi', codecs.encode('\u043f\u0440\u0438', 'koi8-r'))
print('mac', codecs.lookup('macroman').name, codecs.lookup('UTF_16LE').name, codecs.lookup('u32').name)
show('info', lambda: (codecs.lookup('ascii').encode('ab'), codecs.lookup('ascii').decode(b'ab')))
show('bad', lambda: codecs.decode(b'\xff', 'ascii'))
show('badarg', lambda: _codecs.encode())
show('unreg', lambda: _codecs._unregister_error('strict'))
codecs.register_error('mine', lambda e: ('?', e.end))
show('unreg2', lambda: (_codecs._unregister_error('mine'), _codecs._unregister_error('mine')))
def sf(name):
    if name == 'my_codec':
        return codecs.CodecInfo(lambda s, e='strict': (s.upper().encode(), len(s)), lambda b, e='strict': (bytes(b).decode().lower(), len(b)), name='my-codec')
codecs.register(sf)
print('custom', codecs.encode('abc', 'My-Codec'), codecs.decode(b'ABC', 'my codec'), codecs.lookup('MY_CODEC').name)
codecs.unregister(sf)
show('after', lambda: codecs.lookup('my-codec'))
def bad(name): return (1, 2)
codecs.register(bad)
show('bad4', lambda: codecs.lookup('zzz'))
codecs.unregister(bad)
s = {'k\xe9y': ['v\u20ac', 1, -2.5e10, None, True, {'n': '\U0001F600\t"\\'}]}
print(json.dumps(s))
print(json.dumps(s, ensure_ascii=False))
print(json.loads(json.dumps(s)) == s, json.loads(json.dumps(s, ensure_ascii=False)) == s)
print(json.loads(b'{"a": "\\u00e9"}'), json.loads('{"a": "\u00e9"}'.encode('utf-16')))
`;

const LAYERS_EXPECTED = String.raw`inc8 ['a', '', '€b'] ''
inc16 ['', '', 'a', '😀']
incue ['a', '', '€!']
iter ['éx']
sig b'\xef\xbb\xbfx' x
cp café €
koi b'\xd0\xd2\xc9'
mac mac-roman utf-16-le utf-32
info ((b'ab', 2), ('ab', 2))
bad UnicodeDecodeError 'ascii' codec can't decode byte 0xff in position 0: ordinal not in range(128)
badarg TypeError encode() missing required argument 'obj' (pos 1)
unreg ValueError cannot un-register built-in error handler 'strict'
unreg2 (True, False)
custom b'ABC' abc my-codec
after LookupError unknown encoding: my-codec
bad4 TypeError codec search functions must return 4-tuples
{"k\u00e9y": ["v\u20ac", 1, -25000000000.0, null, true, {"n": "\ud83d\ude00\t\"\\"}]}
{"kéy": ["v€", 1, -25000000000.0, null, true, {"n": "😀\t\"\\"}]}
True True
{'a': 'é'} {'a': 'é'}
`;

const HANDLERS = String.raw`import codecs, _codecs
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
log = []
def h(e):
    log.append((type(e).__name__, e.encoding, e.start, e.end, e.reason))
    if isinstance(e, UnicodeDecodeError):
        return ('<%s>' % e.object[e.start:e.end].hex(), e.end)
    return ('[%d]' % ord(e.object[e.start]), e.start + 1)
codecs.register_error('cust', h)
show('d8', lambda: _codecs.utf_8_decode(b'a\xffb\xe2\x82c\xf0', 'cust', True))
show('da', lambda: _codecs.ascii_decode(b'a\xffb\x80', 'cust'))
show('e8', lambda: _codecs.utf_8_encode('a\ud800b\udc00', 'cust'))
show('ea', lambda: _codecs.ascii_encode('a\xe9b\u20ac\U0001F600c', 'cust'))
show('el', lambda: _codecs.latin_1_encode('a\u20acb', 'cust'))
show('e16', lambda: _codecs.utf_16_le_encode('a\ud800', 'cust'))
show('d16', lambda: _codecs.utf_16_le_decode(b'a\x00\x00\xdcb\x00', 'cust'))
show('cm', lambda: codecs.decode(b'a\x81', 'cp1252', 'cust'))
def bad(e): return 3
codecs.register_error('bad', bad)
show('bad', lambda: _codecs.ascii_decode(b'\xff', 'bad'))
show('bad2', lambda: _codecs.ascii_encode('\xff', 'bad'))
def oob(e): return ('', 100)
codecs.register_error('oob', oob)
show('oob', lambda: _codecs.ascii_decode(b'\xff', 'oob'))
for l in log: print(l)
`;

const HANDLERS_EXPECTED = String.raw`d8 ('a<ff>b<e282>c<f0>', 7)
da ('a<ff>b<80>', 4)
e8 (b'a[55296]b[56320]', 4)
ea (b'a[233]b[8364][128512]c', 6)
el (b'a[8364]b', 3)
e16 (b'a\x00[\x005\x005\x002\x009\x006\x00]\x00', 2)
d16 ('a<00dc>b', 6)
cm 'a<81>'
bad TypeError decoding error handler must return (str, int) tuple
bad2 TypeError encoding error handler must return (str/bytes, int) tuple
oob IndexError position 100 from error handler out of bounds
('UnicodeDecodeError', 'utf-8', 1, 2, 'invalid start byte')
('UnicodeDecodeError', 'utf-8', 3, 5, 'invalid continuation byte')
('UnicodeDecodeError', 'utf-8', 6, 7, 'unexpected end of data')
('UnicodeDecodeError', 'ascii', 1, 2, 'ordinal not in range(128)')
('UnicodeDecodeError', 'ascii', 3, 4, 'ordinal not in range(128)')
('UnicodeEncodeError', 'utf-8', 1, 2, 'surrogates not allowed')
('UnicodeEncodeError', 'utf-8', 3, 4, 'surrogates not allowed')
('UnicodeEncodeError', 'ascii', 1, 2, 'ordinal not in range(128)')
('UnicodeEncodeError', 'ascii', 3, 5, 'ordinal not in range(128)')
('UnicodeEncodeError', 'ascii', 4, 5, 'ordinal not in range(128)')
('UnicodeEncodeError', 'latin-1', 1, 2, 'ordinal not in range(256)')
('UnicodeEncodeError', 'utf-16-le', 1, 2, 'surrogates not allowed')
('UnicodeDecodeError', 'utf-16-le', 2, 4, 'illegal encoding')
('UnicodeDecodeError', 'charmap', 1, 2, 'character maps to <undefined>')
`;

describe('_codecs primitives, error handlers and registry', () => {
  describeProgram('codecs_primitives', PRIMITIVES, PRIMITIVES_EXPECTED);
});

describe('codecs.py, encodings and json over _codecs', () => {
  describeProgram('codecs_layers', LAYERS, LAYERS_EXPECTED);
});

describe('registered error handlers in the UTF, ascii, latin-1 and charmap codecs', () => {
  describeProgram('codecs_handlers', HANDLERS, HANDLERS_EXPECTED);
});
