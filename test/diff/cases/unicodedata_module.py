# unicodedata: properties, names and lookup (aliases, named sequences, algorithmic names, case),
# decomposition, normalization in all four forms and is_normalized, the ucd_3_2_0 database (as
# encodings.idna uses it), argument errors, and str.encode('idna') through stringprep.
import unicodedata as u

def show(label, f):
    try:
        print(label, ascii(f()))
    except Exception as e:
        print(label, type(e).__name__, ascii(str(e)))

print(u.unidata_version, u.ucd_3_2_0.unidata_version, type(u.ucd_3_2_0).__name__, type(u.ucd_3_2_0).__module__)
print(sorted(n for n in dir(u.UCD) if not n.startswith('_')))

CHARS = 'aZ09 \t\x00\x7f\xa0\xbd\xb2\u0301\u0660\u0966\u2153\u216b\u2460\u3007\u4e00\u4e94\u5146\uac00\ud7a3' \
        '\u20ac\u00c5\u212b\u1e9b\ufb01\uff21\u0345\u05d0\u0627\u200f\u2028\u3000\ue000\ufffd\U0001f600' \
        '\U00013460\U0001b170\U00018b00\uf900\U0002a6d6\U00017000\U0001f1e6\u0378\U0010ffff\U000e0100'
for c in CHARS:
    print('U+%04X' % ord(c), u.name(c, '-'), u.category(c), u.bidirectional(c), u.combining(c),
          u.east_asian_width(c), u.mirrored(c), u.decimal(c, None), u.digit(c, None), u.numeric(c, None),
          ascii(u.decomposition(c)))

print('-- ucd_3_2_0')
old = u.ucd_3_2_0
for c in '\u0221\u0234\u20b0\u4db6\u9fa6\u1e9e\u0386\u2f868\U0001f600\u20ac':
    print('U+%04X' % ord(c), old.name(c, '-'), old.category(c), old.bidirectional(c), old.combining(c),
          old.east_asian_width(c), old.mirrored(c), old.numeric(c, None), ascii(old.decomposition(c)))
for s in ['\uf951', '\U0002f868', '\u1b05\u1b35', 'Stra\u00dfe', '\u1e9b\u0323']:
    print(ascii([old.normalize(f, s) for f in ('NFC', 'NFD', 'NFKC', 'NFKD')]))

print('-- lookup')
for n in ['LATIN SMALL LETTER A', 'latin small letter sharp s', 'EURO SIGN', 'HANGUL SYLLABLE GAG',
          'hangul syllable gag', 'CJK UNIFIED IDEOGRAPH-4E00', 'CJK UNIFIED IDEOGRAPH-4e00',
          'CJK UNIFIED IDEOGRAPH-20000', 'cjk compatibility ideograph-f900', 'EGYPTIAN HIEROGLYPH-13460',
          'LATIN CAPITAL LETTER GHA', 'BOM', 'NBSP', 'VS17', 'LATIN CAPITAL LETTER A WITH MACRON AND GRAVE',
          'KEYCAP DIGIT ONE', 'NO SUCH THING', '', 'X' * 257, 'TANGUT IDEOGRAPH-17000']:
    show('lookup %.30s' % n, lambda: u.lookup(n))
    show('  3.2.0', lambda: old.lookup(n))
show('bytes', lambda: u.lookup(b'DIGIT SEVEN'))
show('bytearray', lambda: u.lookup(bytearray(b'DIGIT SEVEN')))
show('int', lambda: u.lookup(7))
for c in '\x00\u0378\ue000\U0010ffff':
    show('name U+%04X' % ord(c), lambda: u.name(c))

print('-- normalize')
SAMPLES = ['e\u0301', '\u00e9', 'A\u030a\u0323', '\u1e9b\u0323', '\ufb01 \u2460 \uff21', '\u1100\u1161\u11a8',
           '\uac01', 'q\u0307\u0323', '\u0958', '\u2126\u212b', 'Stra\u00dfe', '\u0f73', '\u3300', '\u00bd',
           'a\u0305\u0301\u0316\u0300b', '\U0001d15e', '\u0344', 'plain ascii', '']
for s in SAMPLES:
    r = [u.normalize(f, s) for f in ('NFC', 'NFD', 'NFKC', 'NFKD')]
    print(ascii(s), ascii(r), [u.is_normalized(f, s) for f in ('NFC', 'NFD', 'NFKC', 'NFKD')])
class S(str):
    pass
print(type(u.normalize('NFC', S('abc'))).__name__, u.normalize('NFD', S('\u00e9')) == 'e\u0301')

print('-- errors')
show('category int', lambda: u.category(5))
show('category empty', lambda: u.category(''))
show('category two', lambda: u.category('ab'))
show('category none', lambda: u.category())
show('category kw', lambda: u.category(chr='a'))
show('name two', lambda: u.name('ab'))
show('name int', lambda: u.name(3))
show('name none', lambda: u.name())
show('name three', lambda: u.name('a', 1, 2))
show('decimal', lambda: u.decimal('x'))
show('digit', lambda: u.digit('x'))
show('numeric', lambda: u.numeric('x'))
show('decimal default', lambda: u.decimal('x', 'dflt'))
show('digit super', lambda: (u.digit('\xb2'), u.decimal('\xb2', None)))
show('form', lambda: u.normalize('NFX', 'a'))
show('form type', lambda: u.normalize(1, 'a'))
show('str type', lambda: u.normalize('NFC', b'a'))
show('is_normalized form', lambda: u.is_normalized('nfc', 'a'))
show('normalize one', lambda: u.normalize('NFC'))
show('UCD()', lambda: u.UCD())

print('-- idna')
print('b\u00fccher.example'.encode('idna'), b'xn--bcher-kva.example'.decode('idna'))
print('\u2168.example'.encode('idna'))
import stringprep
print(stringprep.in_table_b1('\u00ad'), stringprep.map_table_b2('\u0130'), stringprep.in_table_c12('\u3000'))
show('UCD category none', lambda: u.ucd_3_2_0.category())
show('UCD category kw', lambda: u.ucd_3_2_0.category(chr='a'))
show('UCD name none', lambda: u.ucd_3_2_0.name())
show('is_normalized three', lambda: u.is_normalized('NFC', 'x', 'y'))
print(u.__doc__)
print(u.normalize.__module__)
