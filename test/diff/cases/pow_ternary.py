# Three-argument pow() and the ** operator: dispatch to __pow__ / __rpow__ (CPython 3.14 also tries
# __rpow__ with the modulus), and the errors when nothing applies.
from decimal import Decimal
from fractions import Fraction


def show(label, f):
    try:
        r = f()
        print(label, type(r).__name__, repr(r))
    except Exception as e:
        print(label, 'error', type(e).__name__, e)


show('int int int', lambda: pow(3, 4, 5))
show('int neg exp', lambda: pow(3, -1, 7))
show('int neg exp no inverse', lambda: pow(2, -1, 4))
show('int mod zero', lambda: pow(3, 4, 0))
show('int big', lambda: pow(123456789, 987654321, 1000000007))
show('int float mod', lambda: pow(3, 4, 5.0))
show('int int complex', lambda: pow(3, 4, 5j))
show('complex int int', lambda: pow(3j, 4, 5))
show('str int float', lambda: pow('3', 4, 5.0))
show('float int int', lambda: pow(3.0, 4, 5))
show('int int float', lambda: pow(3, 4.0, 5))
show('int str int', lambda: pow(3, '4', 5))
show('str int int', lambda: pow('3', 4, 5))
show('kwargs', lambda: pow(base=3, exp=4, mod=5))
show('mod None', lambda: pow(3, 4, None))
show('two args', lambda: pow(2, 10))
show('operator', lambda: 2 ** 10)
show('unsupported binary', lambda: pow(2, 'x'))
show('unsupported op', lambda: 'x' ** 2)

show('Decimal Decimal int', lambda: pow(Decimal(3), Decimal(4), 5))
show('int Decimal int', lambda: pow(3, Decimal(4), 5))
show('Decimal int int', lambda: pow(Decimal(3), 4, 5))
show('Decimal float', lambda: pow(Decimal(3), 4.0, 5))
show('Decimal frac', lambda: pow(Decimal('3.5'), 4, 5))
show('Decimal two', lambda: pow(3, Decimal(2)))

show('Fraction int int', lambda: pow(Fraction(3), 4, 5))
show('int Fraction int', lambda: pow(3, Fraction(4), 5))
show('Fraction two', lambda: pow(Fraction(3, 2), 2))
show('int Fraction two', lambda: pow(4, Fraction(1, 2)))


class P:
    def __pow__(self, other, mod=None):
        return ('P.__pow__', other, mod)

    def __rpow__(self, other, mod=None):
        return ('P.__rpow__', other, mod)

    def __repr__(self):
        return 'P()'


class Q(P):
    def __rpow__(self, other, mod=None):
        return ('Q.__rpow__', other, mod)

    def __repr__(self):
        return 'Q()'


class OnlyBinaryR:
    def __rpow__(self, other):
        return ('OnlyBinaryR.__rpow__', other)


class NI:
    def __pow__(self, other, mod=None):
        return NotImplemented

    def __rpow__(self, other, mod=None):
        return NotImplemented


class Mod:
    def __repr__(self):
        return "Mod()"

    def __rpow__(self, other, mod=None):
        return ('Mod.__rpow__', other, mod)


show('P int int', lambda: pow(P(), 2, 3))
show('int P int', lambda: pow(2, P(), 3))
show('int P', lambda: pow(2, P()))
show('P ** int', lambda: P() ** 2)
show('int ** P', lambda: 2 ** P())
show('P Q int', lambda: pow(P(), Q(), 3))
show('Q P int', lambda: pow(Q(), P(), 3))
show('P P int', lambda: pow(P(), P(), 3))
show('int OnlyBinaryR int', lambda: pow(2, OnlyBinaryR(), 3))
show('int OnlyBinaryR', lambda: pow(2, OnlyBinaryR()))
show('NI int int', lambda: pow(NI(), 2, 3))
show('int NI int', lambda: pow(2, NI(), 3))
show('NI NI', lambda: NI() ** NI())
show('int int Mod', lambda: pow(2, 3, Mod()))
show('P int Mod', lambda: pow(P(), 3, Mod()))
show('Decimal P int', lambda: pow(Decimal(2), P(), 3))
show('P Decimal int', lambda: pow(P(), Decimal(2), 3))
show('Fraction P int', lambda: pow(Fraction(2), P(), 3))
show('float P int', lambda: pow(2.0, P(), 3))
