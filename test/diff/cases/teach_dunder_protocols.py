# Teaching the protocols behind operators and built-ins: what __bool__/__len__/__index__/__hash__ may
# return, how 'in' falls back to __iter__ and __getitem__, reflected and in-place operators, and the
# TypeError each broken protocol gives.
import math, operator
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, '|', e)
class BadBool:
    def __bool__(self): return 2
t(lambda: bool(BadBool()))
t(lambda: not BadBool())
t(lambda: BadBool() and 1)
class BadLen:
    def __len__(self): return 2**70
t(lambda: len(BadLen()))
t(lambda: bool(BadLen()))
class StrLen:
    def __len__(self): return '3'
t(lambda: len(StrLen()))
class BadIndex:
    def __index__(self): return 1.5
t(lambda: [1, 2][BadIndex()])
t(lambda: range(BadIndex()))
t(lambda: operator.index(BadIndex()))
class BadHash:
    def __hash__(self): return 'x'
t(lambda: hash(BadHash()))
class BigHash:
    def __hash__(self): return 2**100
t(lambda: hash(BigHash()) == hash(2**100))
class BadIter:
    def __iter__(self): return [1]
t(lambda: list(BadIter()))
t(lambda: 1 in BadIter())
class OnlyGetitem:
    def __getitem__(self, i):
        if i > 2: raise IndexError
        return i * 10
t(lambda: 20 in OnlyGetitem())
t(lambda: 25 in OnlyGetitem())
class Num:
    def __init__(self, v): self.v = v
    def __repr__(self): return f'Num({self.v})'
    def __divmod__(self, o): return ('divmod', self.v, o)
    def __rdivmod__(self, o): return ('rdivmod', o, self.v)
    def __pow__(self, o, m=None): return ('pow', self.v, o, m)
    def __rpow__(self, o, m=None): return ('rpow', o, self.v, m)
    def __round__(self, n=None): return ('round', n)
    def __trunc__(self): return 7
    def __floor__(self): return 8
    def __ceil__(self): return 9
    def __abs__(self): return 'abs'
    def __neg__(self): return 'neg'
    def __pos__(self): return 'pos'
    def __invert__(self): return 'inv'
    def __matmul__(self, o): return 'matmul'
    def __rmatmul__(self, o): return 'rmatmul'
    def __complex__(self): return 1j
    def __float__(self): return 2.5
    def __int__(self): return 3
    def __index__(self): return 4
t(lambda: (divmod(Num(1), 2), divmod(2, Num(1)), pow(Num(2), 3), pow(Num(2), 3, 5), pow(3, Num(2)), Num(2) ** 2, 2 ** Num(2)))
t(lambda: pow(3, Num(2), 5))
t(lambda: (round(Num(1)), round(Num(1), 2), math.trunc(Num(1)), math.floor(Num(1)), math.ceil(Num(1)), abs(Num(1)), -Num(1), +Num(1), ~Num(1)))
t(lambda: (Num(1) @ 2, 2 @ Num(1), complex(Num(1)), float(Num(1)), int(Num(1)), hex(Num(1)), [0, 1, 2, 3, 4, 5][Num(1)]))
class FloatNotFloat:
    def __float__(self): return 1
t(lambda: float(FloatNotFloat()))
class IntNotInt:
    def __int__(self): return 1.5
t(lambda: int(IntNotInt()))
class EqNonBool:
    def __eq__(self, o): return 'yes'
    __hash__ = None
t(lambda: EqNonBool() == 1)
t(lambda: [EqNonBool()] == [1])
t(lambda: EqNonBool() in [1])
t(lambda: [1].index(EqNonBool()) if False else [1].count(EqNonBool()))
class Cmp:
    def __lt__(self, o): return NotImplemented
    def __gt__(self, o): return NotImplemented
t(lambda: Cmp() < Cmp())
t(lambda: sorted([Cmp(), Cmp()]))
t(lambda: max(Cmp(), Cmp()))
class IAdd:
    def __iadd__(self, o): return NotImplemented
    def __add__(self, o): return 'fell back to __add__'
x = IAdd()
x += 1
print(x)
class NoAdd: pass
y = NoAdd()
try:
    y += 1
except TypeError as e: print('TypeError', e)
try:
    y @= 1
except TypeError as e: print('TypeError', e)
try:
    y **= 2
except TypeError as e: print('TypeError', e)
t(lambda: operator.iadd([1], (2,)))
t(lambda: operator.concat([1], (2,)))
t(lambda: 'a' < 'B' < 'b', )
t(lambda: (1, 'a') < (1, 2))
t(lambda: [1, 2] < [1, 2, 3] <= [1, 3])
t(lambda: {1: 2} == {1: 2.0})
t(lambda: 1 < 2 > 1.5 != 'x')
t(lambda: None < None)
t(lambda: NotImplemented == NotImplemented)
t(lambda: divmod(7, Num(1)))
t(lambda: 3 % Num(1))
