# Teaching numbers: binary floats, exact ratios, rounding, formatting, int bit tricks, divmod signs.
import math
from fractions import Fraction
from decimal import Decimal

print(0.1 + 0.2, 0.1 + 0.2 == 0.3, math.isclose(0.1 + 0.2, 0.3))
print(repr(0.1), f"{0.1:.20f}", Decimal(0.1))
print((0.1).hex(), (1.0).hex(), (-0.0).hex(), float.hex(3.5), (1e-320).hex(), float("inf").hex())
print(float.fromhex("0x1.999999999999ap-4"), float.fromhex("-0x1p+3"), float.fromhex(" 0X1.8P1 "))
print((0.1).as_integer_ratio(), (0.5).as_integer_ratio(), (-2.25).as_integer_ratio(), (3).as_integer_ratio())
print(Fraction(0.1), Fraction("0.1"), Fraction(0.1).limit_denominator(100))
print(sum([0.1] * 10), math.fsum([0.1] * 10), math.fsum([1e100, 1.0, -1e100]))
print([round(x) for x in (0.5, 1.5, 2.5, 3.5, -0.5, -1.5)])
print(round(2.675, 2), round(0.125, 2), round(0.375, 2), round(1234.5678, -2), round(15, -1), round(25, -1))
print(type(round(2.5)), type(round(2.5, 0)), round(-0.4), round(7))
print(int(2.9), int(-2.9), math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5))
print(1e16, 1e15, 123456789012345678.0, 1.5e-5, 0.0001, 1e-4 * 10, 2 ** 0.5)
print(float("nan") == float("nan"), math.nan is math.nan, [math.nan] == [math.nan])
n = float("nan")
print(n in [n], n == n, math.isnan(n))
print(-0.0, 0.0 == -0.0, math.copysign(1, -0.0), str(-0.0), 1 / float("inf"))
print(sys_max := 2 ** 63, float(2 ** 53) == 2 ** 53 + 1, 2 ** 53 + 1.0)
print(10 / 3, 10 // 3, 10 % 3, -10 // 3, -10 % 3, 10 // -3, 10 % -3)
print(divmod(7, 2), divmod(-7, 2), divmod(7, -2), divmod(-7, -2), divmod(7.5, 2), divmod(-7.5, 2))
print(math.fmod(-7, 2), -7 % 2, math.remainder(7, 2), math.remainder(5, 2))
print(5.0 // 0.1, 5.0 % 0.1, 1 % 0.1)

for spec in ("", ".2f", "10.3f", "<10", "^10", "+", " ", "e", ".3e", "g", ".3g", "%", ".1%", ",", "_", "010.2f", "#x"):
    try:
        print(repr(spec), "->", repr(format(1234.5678, spec)))
    except ValueError as e:
        print(repr(spec), "ValueError", e)
for spec in ("d", "b", "o", "x", "X", "#b", "#o", "#X", ",", "_b", "08d", "+d", "c", "e", "%", "n"):
    print(repr(spec), "->", repr(format(255, spec)))
width, prec = 12, 3
print(f"[{math.pi:{width}.{prec}f}]", f"[{'txt':*^{width}}]", f"{math.pi=:.3f}", f"{width = }")
value = 42
print(f"{value!r:>6}", f"{'a'!r}", f"{value:#010b}", f"{1_000_000:,}", f"{1e6:,.2f}")
print(f"{3.0:g}", f"{3.14159:.0f}", f"{0.5:.0f}", f"{1.5:.0f}", f"{2.5:.0f}", f"{1e20:f}", f"{1e-7:g}")
print("%5.2f|%-5d|%x|%r|%s|%%|%c" % (3.14159, 42, 255, "r", "s", 65))

print((255).bit_length(), (-255).bit_length(), (0).bit_length(), (255).bit_count(), (-7).bit_count())
print(5 & 3, 5 | 3, 5 ^ 3, ~5, -5 >> 1, -1 >> 100, 1 << 70, (1 << 70) >> 69)
print(bin(-10), hex(-255), oct(8), int("ff", 16), int("0b101", 0), int("1_000"), int(" -12 "))
print((1024).to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "little"), (-1).to_bytes(2, "big", signed=True))
print(2 ** 100, 2 ** -1, (-2) ** 2, -2 ** 2, pow(2, 10, 1000), pow(3, -1, 7), 10 ** 20 // 7)
print(int.__name__, (7).numerator, (7).denominator, (7).real, (7).imag, (7).conjugate(), (3).is_integer())
print(math.gcd(12, 18), math.lcm(4, 6), math.isqrt(99), math.comb(10, 3), math.perm(5, 2), math.factorial(20))
print(True + True, True * 3, isinstance(True, int), int(True), bool(-1), bool(0.0), 1 == 1.0 == True)
print(hash(1) == hash(1.0) == hash(True), {1: "int", 1.0: "float", True: "bool"})
print(0.1 * 3, 1.1 * 1.1, 1 / 3, 2 / 3, 100 * 1.1, 3 * 1.1, 1.15 * 100, 4.35 * 100)
print(float("1e500"), -float("1e500"), float("-inf") < -1e308, float(" 12.5 "), float("1_0.5"))
for bad in ("abc", "1e", "", "0x10", "1__0"):
    try:
        float(bad)
    except ValueError as e:
        print("ValueError", e)
for bad in ("1.5", "", "0x10", "12a"):
    try:
        int(bad)
    except ValueError as e:
        print("ValueError", e)
try:
    1 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    1 % 0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    divmod(1.0, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    2.0 ** 10000
except OverflowError as e:
    print("OverflowError", e.args[1:] and "(errno, strerror)")
try:
    math.exp(1000)
except OverflowError as e:
    print("OverflowError", e)
try:
    int(float("inf"))
except OverflowError as e:
    print("OverflowError", e)
try:
    int(float("nan"))
except ValueError as e:
    print("ValueError", e)
try:
    (0.0) ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print((-8) ** (1 / 3))
print(complex(1, 2) * 1j, abs(3 + 4j), (1 + 2j).conjugate(), complex("1+2j"), 1j ** 2)
print(math.inf - math.inf, math.inf * 0, 1e308 * 10, sum([1e308, 1e308, -1e308]))
print(sorted([3, 1.5, True, Fraction(1, 2), Decimal("0.25")]))
print(max(1, 1.0), max(1.0, 1), min([2, 2.0]), (1).__eq__(1.0), (1.0).__eq__(1), (1).__add__(1.0))
