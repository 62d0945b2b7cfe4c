# Teaching structural pattern matching: class patterns (keyword and positional, __match_args__), mapping
# patterns and what they call, sequence patterns (str/bytes are not sequences here), guards, literals,
# and the errors of malformed patterns.
from dataclasses import dataclass
import collections
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, '|', e)
@dataclass
class Pt:
    x: int
    y: int
def m(v):
    match v:
        case Pt(x=0) | Pt(y=0): return 'axis'
        case Pt(a, b) if a == b: return f'diag {a}'
        case Pt(): return 'pt'
        case {'k': int(n), **rest} if not rest: return f'only k {n}'
        case {'k': _}: return 'k plus'
        case [int() | float() as num, *_]: return f'num first {num}'
        case (str(s),): return f'1-str {s}'
        case bytes(b) | bytearray(b): return f'bytes {b!r}'
        case 'lit' | 'other': return 'literal'
        case True: return 'True literal'
        case 1.5: return 'float lit'
        case -3: return 'neg lit'
        case 1+2j: return 'complex'
        case collections.OrderedDict(): return 'odict'
        case x if isinstance(x, set): return f'set {len(x)}'
        case _: return 'default'
for v in (Pt(0, 5), Pt(2, 2), Pt(1, 2), {'k': 1}, {'k': 1, 'z': 2}, {'k': 'x'}, [1.5, 'a'], ('s',), b'ab', bytearray(b'c'), 'lit', True, 1, 1.5, -3, 1+2j, collections.OrderedDict(), {1, 2}, 'str', [], 'abc'):
    print(repr(v), m(v))
class NoArgs:
    pass
def m2(v):
    match v:
        case NoArgs(1): return 'x'
t(lambda: m2(NoArgs()))
class BadMA:
    __match_args__ = ('a', 'a')
    a = 1
def m3(v):
    match v:
        case BadMA(x, y): return x
t(lambda: m3(BadMA()))
def m4(v):
    match v:
        case BadMA(1, a=1): return 'x'
t(lambda: m4(BadMA()))
class MA2:
    __match_args__ = ['a']
def m5(v):
    match v:
        case MA2(1): return 'x'
t(lambda: m5(MA2()))
def m6(v):
    match v:
        case int(1, 2): return 'x'
t(lambda: m6(1))
class Mapping2(dict):
    def get(self, k, d=None): print('get', k); return super().get(k, d)
def m8(v):
    match v:
        case {'a': x}: return x
t(lambda: m8(Mapping2(a=5)))
def m9(v):
    match v:
        case [a, b, *c, d]: return (a, b, c, d)
        case str() | bytes(): return 'never seq'
t(lambda: (m9(range(6)), m9('abcd'), m9(collections.deque([1, 2, 3]))))
def m10(v):
    match v:
        case len: return 'capture'
print(m10(5))
