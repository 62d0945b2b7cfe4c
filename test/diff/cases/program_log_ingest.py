# A log ingestion pipeline: regular expressions with named groups, VERBOSE patterns, substitution with
# functions, finditer spans and fullmatch validation; events serialised with a custom JSON encoder and
# read back with object hooks.
import json
import re
from datetime import datetime, date, timedelta
from decimal import Decimal
from enum import Enum
from dataclasses import dataclass, asdict

LOG = """\
2024-03-01T10:00:01Z INFO  [web-1] GET /api/users?id=42 200 12ms user=alice
2024-03-01T10:00:02Z WARN  [web-2] GET /api/orders 429 3ms user=bob retry-after=30
2024-03-01T10:00:05Z ERROR [db-1] query failed: timeout after 5000ms (sql="SELECT * FROM orders")
2024-03-01T10:01:00Z INFO  [web-1] POST /api/orders 201 48ms user=carol
garbage line without structure
2024-03-01T10:02:30Z DEBUG [web-3] cache hit ratio=0.93
2024-03-01T10:03:00Z INFO  [web-2] DELETE /api/users/7 204 9ms user=alice
"""

LINE = re.compile(r'''
    ^(?P<ts>\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ)\s+   # timestamp
    (?P<level>[A-Z]+)\s+                          # level
    \[(?P<host>[\w-]+)\]\s+                       # host in brackets
    (?P<msg>.*)$                                  # rest
''', re.VERBOSE | re.MULTILINE)
REQUEST = re.compile(r'(?P<method>GET|POST|PUT|DELETE)\s+(?P<path>/\S*)\s+(?P<status>\d{3})\s+(?P<ms>\d+)ms(?:\s+user=(?P<user>\w+))?')
KV = re.compile(r'(\w[\w-]*)=("[^"]*"|\S+)')

class Level(Enum):
    DEBUG = 10
    INFO = 20
    WARN = 30
    ERROR = 40

@dataclass
class Event:
    ts: datetime
    level: Level
    host: str
    msg: str
    extra: dict

events = []
for m in LINE.finditer(LOG):
    print(m.span(), m.group('level'), m.start('host'), m.end('msg') - m.start('msg'), m.lastgroup)
    extra = {k: v.strip('"') for k, v in KV.findall(m['msg'])}
    events.append(Event(datetime.strptime(m['ts'], '%Y-%m-%dT%H:%M:%SZ'), Level[m['level']], m['host'], m['msg'], extra))
print(len(events), [e.level.name for e in events])
bad = [ln for ln in LOG.splitlines() if not LINE.match(ln)]
print('unparsed', bad)

for e in events:
    r = REQUEST.search(e.msg)
    if r:
        print(r.group('method', 'status'), r.groupdict(), r.groupdict(default='-')['user'], r.span('path'))
    else:
        print('no request:', e.msg[:30])

def mask(m):
    user = m.group(1)
    return 'user=' + user[0] + '*' * (len(user) - 1)
print(re.sub(r'user=(\w+)', mask, LOG.splitlines()[0]))
print(re.sub(r'(\d+)ms', lambda m: f'{int(m[1]) / 1000:.3f}s', LOG.splitlines()[3]))
print(re.subn(r'\d', '#', '2024-03-01', count=6), re.sub(r'(?P<y>\d{4})-(?P<m>\d\d)', r'\g<m>/\g<y>', '2024-03'))
print(re.sub(r'\s+', ' ', '  lots   of\t\nspace  ').strip(), re.sub('x*', '-', 'abxd'))
print(re.split(r'[,;]\s*', 'a, b;c,  d'), re.split(r'(\d)', 'a1b2c'), re.split(r'\b', 'hi you', maxsplit=2))
for candidate in ['alice', 'Bob_2', '9lives', 'x' * 17, 'ok-name']:
    print(candidate, bool(re.fullmatch(r'[A-Za-z_]\w{0,15}', candidate)), bool(re.match(r'[a-z]+', candidate)))
ip = re.compile(r'(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)')
for s in ['10.0.0.1', '256.1.1.1', '192.168.1.300', 'a.b.c.d', '1.2.3.4.5']:
    print(s, bool(ip.fullmatch(s)))
print(re.findall(r'(\w+)@(\w+)\.com', 'a@x.com b@y.com c@z.org'), re.findall(r'\d+', 'no digits') , re.escape('a.b*c?'))
p = re.compile(r'(?i)(?P<word>error|warn)(?=\s)')
print([(m.group(), m.start()) for m in p.finditer(LOG)])
print(p.pattern, p.flags & re.IGNORECASE != 0, p.groups, p.groupindex)
m = re.search(r'(a)(b)?(c)', 'ac')
print(m.groups(), m.groups('?'), m.lastindex, m.re.pattern, m.string, m.pos, m.endpos, repr(m))
print(re.match(r'(?P<a>x)(?P=a)', 'xx').group(0), re.search(r'(?<=\$)\d+', 'cost $42').group(), re.search(r'^\w+$', 'a\nb', re.M).group())
print(re.findall(r'(?s)<b>(.*?)</b>', '<b>1\n</b><b>2</b>'), re.compile(r'\d+').sub('N', 'a1b22', 1))
for bad_pat in ['(unclosed', '[a-', '(?P<1>x)', '*x', r'\p']:
    try:
        re.compile(bad_pat)
    except re.error as e:
        print('re.error', e, e.pos)
m = re.match(r'(\d+)-(\d+)', '10-20')
print(m.expand(r'\2 to \1'), m[1], m.regs if hasattr(m, 'regs') else '')
sc = re.Scanner([(r'\d+', lambda s, t: ('NUM', int(t))), (r'[a-z]+', lambda s, t: ('ID', t)), (r'\s+', None), (r'.', lambda s, t: ('OP', t))])
print(sc.scan('x = 42 + y1'))

class EventEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, datetime):
            return {'__datetime__': o.isoformat()}
        if isinstance(o, Level):
            return {'__level__': o.name}
        if isinstance(o, Decimal):
            return str(o)
        if isinstance(o, (set, frozenset)):
            return sorted(o)
        if isinstance(o, timedelta):
            return o.total_seconds()
        return super().default(o)

def decode_hook(d):
    if '__datetime__' in d:
        return datetime.fromisoformat(d['__datetime__'])
    if '__level__' in d:
        return Level[d['__level__']]
    return d

payload = [asdict(e) for e in events[:3]]
text = json.dumps(payload, cls=EventEncoder, indent=2, sort_keys=True)
print(text[:400])
back = json.loads(text, object_hook=decode_hook)
print(back[0]['ts'], back[0]['level'], back == payload)
print(json.dumps({'price': Decimal('9.99'), 'tags': {'b', 'a'}, 'dur': timedelta(minutes=2)}, cls=EventEncoder))
try:
    json.dumps({'d': date(2024, 1, 1)}, cls=EventEncoder)
except TypeError as e:
    print('TypeError', e)
print(json.dumps({'z': 1, 'a': [1.5, None, True, 'é\n']}, separators=(',', ':'), ensure_ascii=False), json.dumps('é\u2028'))
pairs = json.loads('{"a": 1, "a": 2, "b": [1, {"c": 3}]}', object_pairs_hook=lambda ps: ps)
print(pairs)
print(json.loads('[1.10, 2, 1e400, -0.0]', parse_float=Decimal, parse_int=lambda s: int(s) * 10))
print(json.loads('[NaN, Infinity]', parse_constant=lambda c: c.lower()), json.dumps(float('nan')))
try:
    json.dumps(float('inf'), allow_nan=False)
except ValueError as e:
    print('ValueError', e)
for bad_doc in ['{"a": 1,}', '[1, 2', '{"a" 1}', '', 'tru', '"\\x"', '[1] [2]', '{1: 2}']:
    try:
        json.loads(bad_doc)
    except json.JSONDecodeError as e:
        print('JSONDecodeError', e.msg, e.lineno, e.colno, e.pos)
dec = json.JSONDecoder()
print(dec.raw_decode('{"x": 1} trailing'), json.dumps([1, [2, [3]]], indent='\t'))
print(json.dumps({1: 'int key', True: 'bool', None: 'none', 2.5: 'f'}), json.dumps({'b': 1, 'a': 2}, sort_keys=True, indent=0))
try:
    json.dumps({(1, 2): 'tuple'})
except TypeError as e:
    print('TypeError', e)
print(json.dumps({(1, 2): 'tuple'}, skipkeys=True))
circ = []
circ.append(circ)
try:
    json.dumps(circ)
except ValueError as e:
    print('ValueError', e)
