# A text scrubber for user-submitted content: advanced regular expressions (atomic groups,
# possessive quantifiers, conditionals, lookbehind, Unicode-aware classes and case folding), with
# reprs of compiled patterns and matches and detailed error positions.
import re
import unicodedata

SAMPLES = [
    'Call me at +1 (555) 010-9999 or 555.010.1234!',
    'Email: first.last+tag@example.co.uk, bad@, @nope.com',
    'Straße, STRASSE, ſtraße and Kelvin K vs k',
    'naïve café — résumé; 東京 and Ελλάδα',
    '<<nested <b>bold</b> text>>',
    'aaaaaaaaaaaaaaaaaaaaaaaaaaaab',
    'price: $1,234.50 / €99 / 12 USD',
]

PHONE = re.compile(r'''
    (?P<plus>\+)?              # optional international prefix
    (?(plus)\d{1,3}[\s.-]?)    # country code only when '+' was given
    (?:\(\d{3}\)|\d{3})[\s.-]? # area code, maybe in parentheses
    \d{3}[\s.-]\d{4}           # number
''', re.VERBOSE)
EMAIL = re.compile(r'(?<![\w.])[\w.+-]+@(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,}\b')
MONEY = re.compile(r'(?P<cur>[$€])\s?(?P<amt>\d{1,3}(?:,\d{3})*(?:\.\d\d)?)|(?P<amt2>\d+)\s?(?P<code>USD|EUR)')

print(PHONE.pattern.count('\n'), PHONE.flags & re.VERBOSE == re.VERBOSE, PHONE.groupindex)
print(repr(EMAIL), repr(re.compile('x', re.I | re.M)), repr(re.compile(b'y', re.S)), re.compile('z').flags)
for s in SAMPLES:
    phones = [m.group() for m in PHONE.finditer(s)]
    emails = EMAIL.findall(s)
    money = [(m['cur'] or m['code'], m['amt'] or m['amt2']) for m in MONEY.finditer(s)]
    if phones or emails or money:
        print(repr(s[:30]), phones, emails, money)

m = PHONE.search(SAMPLES[0])
print(repr(m), m.span(), m.groupdict(), m['plus'], m[0])
print(re.sub(r'(?i)strasse|straße', '<street>', SAMPLES[2]))
print(re.findall(r'(?i)k', SAMPLES[2]), re.findall(r'(?ai)k', SAMPLES[2]), re.findall(r'(?i)ss', 'ß SS ss'), re.findall(r'(?i)s', 'ſ S s'))
print(re.findall(r'\w+', SAMPLES[3]), re.findall(r'(?a)\w+', SAMPLES[3]))
print(re.findall(r'[^\W\d_]+', 'abc123_déf'), re.findall(r'\d', '١٢٣ 123'), re.findall(r'(?a)\d', '١٢٣ 123'), re.findall(r'\s', '\u2003\xa0\t'))
print(re.fullmatch(r'(?>a+)b', SAMPLES[5]) is not None, re.fullmatch(r'(?>a+)ab', 'aaab'), re.fullmatch(r'a++b', 'aaab') is not None, re.fullmatch(r'a++ab', 'aaab'))
print(re.findall(r'\d*+\.', '12.34.'), re.findall(r'(?:ab)?+c', 'abc c abab c'), re.match(r'x{2,}+', 'xxxx').group())
print(re.sub(r'<(?!/?b>)[^<>]*>', '', SAMPLES[4]), re.sub(r'(?<=<)<', '', SAMPLES[4]), re.sub(r'(?<!\w)b', 'B', 'b ab b'))
print(re.split(r'(?=[A-Z])', 'splitCamelCaseWords'), re.split(r'\b', 'a b'), re.split(r'x*', 'axbc'), re.split(r'(,)|;', 'a,b;c'))
print(re.sub(r'(\w+)@(\w+)', r'\2 at \1 (\g<0>)', 'me@host'), re.sub(r'(?P<w>\w+)', r'[\g<w>]', 'a b'), re.sub('', '-', 'abc'))
print(re.sub(r'\d+', lambda m: str(int(m[0]) * 2), 'a1 b22 c333', count=2), re.subn(r'(?m)^', '> ', 'l1\nl2\n'))
print(re.escape('1+1=2? [yes] {no} \\ ^$ #~ "\'quote\''), re.escape(b'a.b'))
print(re.search(r'(?s)start.*?end', 'start\nmiddle\nend end').group().count('\n'), re.search(r'^b', 'a\nb', re.M).start())
print(re.match(r'(a)|(b)', 'b').groups(), re.match(r'(a)|(b)', 'b').lastindex, re.match(r'(?:(a)|b)+', 'ab').groups())
print(re.match(r'(?P<x>a)(?P<y>b)?', 'a').groupdict('-'), re.match(r'(a)(?:(b)|c)', 'ac').span(2), re.match(r'(a)(?:(b)|c)', 'ac').start(2))
m = re.match(r'(?P<first>\w+) (?P<last>\w+)', 'Ada Lovelace extra')
print(m.expand(r'\g<last>, \g<first>'), m.pos, m.endpos, m.lastgroup, m.string[m.end():], m.regs)
print(re.compile(r'\d+').search('ab12cd34', 4).group(), re.compile(r'\d+').match('ab12', 2).group(), re.compile(r'^\d', re.M).findall('1\n2', 1))
print(re.compile(r'x').fullmatch('xx', 0, 1), re.compile('(?u)é', re.I).match('É') is not None, re.compile(r'[a-z]', re.I).findall('AbC'))
print(re.findall(r'[\u00e0-\u00ff]+', 'voilà café über'), re.findall(r'\N{GREEK SMALL LETTER ALPHA}|\u03b2', 'αβγ'), re.findall(r'[\N{EM DASH}\-]', 'a—b-c'))
print(re.findall(r'(?i)[à-ÿ]', 'ÀÉÿŸ'), re.findall(r'(?i)σ', 'Σσς'), re.findall(r'(?i)ﬀ', 'ff FF ﬀ'))
print(re.findall(r'(\w)\1', 'aabbcd eé éé'), re.findall(r'(?i)(\w)\1', 'aA bB'), re.sub(r'(?x) a \# b', 'X', 'a#b'))
for pat in ['a{3,2}', '(?P<n>a)(?P<n>b)', '(?<=a+)b', r'\1(a)', '[z-a]', '(?i', 'a)', r'(?P<1a>x)', '(?(2)a|b)', r'\ka', 'x**']:
    try:
        re.compile(pat)
        print('compiled', pat)
    except re.error as e:
        print(f're.error {pat!r}: {e.msg} at {e.pos} (line {e.lineno}, col {e.colno})')
try:
    re.compile('(\n\n  (?P<bad')
except re.error as e:
    print('multiline error', e.lineno, e.colno, str(e))
try:
    re.sub('(a)', r'\2', 'a')
except re.error as e:
    print('re.error', e)
try:
    re.sub('(a)', r'\g<name>', 'a')
except IndexError as e:
    print('IndexError', e)
print(re.Match, re.Pattern, type(re.compile('a')).__name__, isinstance(re.match('a', 'a'), re.Match), re.NOFLAG, repr(re.I | re.X), re.RegexFlag(2))
norm = unicodedata.normalize('NFKC', 'ﬁle ① ｆｕｌｌ')
print(norm, unicodedata.normalize('NFD', 'é') == 'e\u0301', re.findall(r'e\u0301|é', unicodedata.normalize('NFD', 'café é')))
slug = re.sub(r'[^\w\s-]', '', unicodedata.normalize('NFKD', 'Héllo, Wörld! — Ça va?').encode('ascii', 'ignore').decode()).strip().lower()
print(re.sub(r'[-\s]+', '-', slug))
print(re.findall(rb'\w+', 'caf\xe9 x'.encode('latin-1')), re.findall(rb'(?L)\w+', b'a b') if False else '', re.findall(rb'[\x80-\xff]', b'a\xe9\xff'))
