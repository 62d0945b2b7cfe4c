# Three-argument pow() where only the modulus is a Decimal: CPython's ternary_op ends with the modulus
# type's own nb_power, and C decimal's converts all three operands (pow(3, 4, Decimal(5)) is Decimal('1')).
from decimal import Decimal


class Mod:
    def __repr__(self):
        return "Mod()"

    def __rpow__(self, other, mod=None):
        return ('Mod.__rpow__', other, mod)

    def __pow__(self, other, mod=None):
        return ('Mod.__pow__', other, mod)


class SubDecimal(Decimal):
    pass


class PowDecimal(Decimal):
    def __rpow__(self, other, mod=None):
        return ('PowDecimal.__rpow__', other, mod)


def show(label, f):
    try:
        r = f()
        print(label, type(r).__name__, repr(r))
    except Exception as e:
        print(label, 'error', type(e).__name__, e)


show('int int Decimal', lambda: pow(3, 4, Decimal(5)))
show('int int Decimal neg base', lambda: pow(-3, 4, Decimal(5)))
show('int int Decimal neg mod', lambda: pow(3, 5, Decimal(-7)))
show('int int Decimal fractional', lambda: pow(3, 4, Decimal('5.5')))
show('int int Decimal zero', lambda: pow(3, 4, Decimal(0)))
show('int int Decimal too big', lambda: pow(2**80 + 1, 3**40, Decimal(10**30 + 7)))
show('int int Decimal big', lambda: pow(2**80 + 1, 3**40, Decimal(10**20 + 7)))
show('bool bool Decimal', lambda: pow(True, True, Decimal(5)))
show('float int Decimal', lambda: pow(3.0, 4, Decimal(5)))
show('str int Decimal', lambda: pow('3', 4, Decimal(5)))
show('int negexp Decimal', lambda: pow(3, -1, Decimal(5)))
show('int Decimal Decimal', lambda: pow(3, Decimal(4), Decimal(5)))
show('Decimal int Decimal', lambda: pow(Decimal(3), 4, Decimal(5)))
show('int Mod Decimal', lambda: pow(3, Mod(), Decimal(5)))
show('Mod int Decimal', lambda: pow(Mod(), 4, Decimal(5)))
show('int int SubDecimal', lambda: pow(3, 4, SubDecimal(5)))
show('int int PowDecimal', lambda: pow(3, 4, PowDecimal(5)))
show('int int Decimal nan', lambda: pow(3, 4, Decimal('NaN')))
show('rpow', lambda: Decimal(5).__rpow__(3, 4))
show('pow', lambda: Decimal(5).__pow__(3, 4))
