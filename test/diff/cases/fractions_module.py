# The fractions module (which imports decimal): construction from ints, strings, floats and Decimals,
# arithmetic and mixed arithmetic, comparisons, hashing, rounding, formatting, limit_denominator, errors.
from fractions import Fraction as F
from decimal import Decimal as D
import math

def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))

for args in [(3, 4), (-6, 8), (5,), ("3/7",), (" -12/18 ",), ("1.25",), ("-0.001",), ("1e-3",), ("2.5E+2",), ("7",),
             (0.75,), (1.1,), (D("3.14"),), (D("-0.5"),), (F(1, 3), F(2, 5)), (D("1.5"), 3), (True, 2)]:
    show(f"F{args!r}", lambda: F(*args))
for bad in [("1/0",), (1, 0), ("abc",), ("1/2/3",), (float("nan"),), (float("inf"),), (D("NaN"),), (D("Infinity"),), ("1.5/2",), (1.5, 2), ([],)]:
    show(f"F{bad!r}", lambda: F(*bad))
a, b = F(3, 4), F(5, 6)
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b), a ** 2, a ** -2, (-a) ** 3, abs(-a), -a, +a)
print(a + 1, 1 - a, a * 2.0, 2.0 / a, a ** 0.5, 2 ** F(1, 2), a == 0.75, a < 1, a > F(2, 3), F(1, 2) == D("0.5"))
print(a + D("0.25") if False else "skip", F(1, 3) < D("0.34"), D("0.25") == F(1, 4), sorted([F(1, 2), D("0.3"), 0.4, 1]))
print(hash(F(1, 2)) == hash(0.5), hash(F(5)) == hash(5), hash(F(1, 10)) == hash(D("0.1")), len({F(1, 2), 0.5, D("0.5")}))
print(round(F(7, 2)), round(F(5, 2)), round(F(-5, 2)), round(F(22, 7), 3), round(F(1234, 1), -2), math.floor(F(-7, 2)), math.ceil(F(-7, 2)), math.trunc(F(-7, 2)))
print(float(F(1, 3)), int(F(-7, 2)), F(3, 4).as_integer_ratio(), F(5).is_integer(), F(3, 2).is_integer(), F(-3, 4).numerator, F(-3, 4).denominator)
print(F(math.pi).limit_denominator(100), F(math.pi).limit_denominator(), F("3.14159").limit_denominator(1000), F(1, 3).limit_denominator(2))
print(F.from_float(0.1), F.from_decimal(D("1.25")), F.from_decimal(D("-3E+2")), F.from_number(D("0.5")), F.from_number(7))
show("from_decimal nan", lambda: F.from_decimal(D("NaN")))
show("from_float str", lambda: F.from_float("1"))
print(format(F(1, 3), ".5f"), format(F(22, 7), ".3e"), format(F(-5, 8), "10.2%"), format(F(2, 3), ""), format(F(1, 7), ".4g"), f"{F(10, 4):_^12}")
print(str(F(3, 1)), repr(F(-3, 9)), F(0), F(-0), F(10, -4))
print(sum([F(1, n) for n in range(1, 8)]), math.prod([F(2, 3)] * 3), max(F(1, 3), D("0.3"), 0.33))
show("div zero", lambda: F(1, 2) / 0)
show("mod zero", lambda: F(1, 2) % F(0))
show("pow zero neg", lambda: F(0) ** -1)
show("compare str", lambda: F(1) < "a")
