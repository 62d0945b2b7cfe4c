# Floats: repr (shortest round-trip), special values, arithmetic, int/float mixing, comparisons and the
# float methods.
import math

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

print("-- repr")
for x in (0.1, 0.2, 0.1 + 0.2, 1.0, -0.0, 1e16, 1e15, 123456789012345678.0, 1e-5, 1e-4, 0.0001234,
          1.5e300, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 3.141592653589793,
          100.0, 1e22, 1e23, 2.5, 1 / 3, 2 / 3, 9007199254740993.0, 0.5e-6):
    print(repr(x), str(x))

print("-- special values")
inf = float("inf")
nan = float("nan")
show("inf", lambda: (inf, -inf, repr(nan)))
show("from strings", lambda: (float("Infinity"), float("-iNF"), float(" 1.5 "), float("1_000.5"), float("+1e3")))
show("bad float", lambda: float("1.2.3"))
show("bad float empty", lambda: float(""))
show("nan cmp", lambda: (nan == nan, nan != nan, nan < 1, nan > 1, nan is nan))
show("inf arith", lambda: (inf + 1, inf - inf, inf * 0, -inf * -1, inf / inf))
show("isnan/isinf", lambda: (math.isnan(nan), math.isinf(-inf), math.isfinite(1e308)))
show("overflow mul", lambda: 1e308 * 10)
def overflow_kind():
    # The exception's args hold the C library's errno and strerror (platform-specific): type only.
    try:
        10.0 ** 400
    except OverflowError as e:
        return type(e).__name__, len(e.args)
show("overflow pow", overflow_kind)
show("neg frac pow (complex result, rounded: C library maths)", lambda: (lambda z: (round(z.real, 12), round(z.imag, 12)))((-8.0) ** (1 / 3)))
show("zero div", lambda: 1.0 / 0.0)
show("zero floordiv", lambda: 1.0 // 0.0)
show("zero mod", lambda: 1.0 % 0.0)
show("zero pow neg", lambda: 0.0 ** -1)
show("neg zero", lambda: (-0.0, 0.0 == -0.0, math.copysign(1, -0.0), str(-0.0)))

print("-- arithmetic")
show("add", lambda: 0.1 + 0.7)
show("sub", lambda: 1.0 - 0.9)
show("mul", lambda: 1.1 * 1.1)
show("div", lambda: 10.0 / 4)
show("floordiv", lambda: (7.5 // 2, -7.5 // 2, 7.5 // -2, -7.5 // -2))
show("mod", lambda: (7.5 % 2, -7.5 % 2, 7.5 % -2, -7.5 % -2, -0.0 % 5, 0.0 % -5))
show("divmod", lambda: (divmod(7.5, 2), divmod(-7.5, 2), divmod(1e300, 1e-300)))
show("pow", lambda: (2.0 ** 10, 2 ** 0.5, 4 ** -0.5, (-2.0) ** 2, (-2.0) ** 3))
show("mod small", lambda: (1e-300 % 7, -1e-300 % 7))
show("fmod vs mod", lambda: (math.fmod(-7.5, 2), -7.5 % 2))

print("-- int/float mixing")
show("int+float", lambda: 1 + 0.5)
show("big int + float", lambda: 2 ** 60 + 1.0)
show("int/float", lambda: 7 / 2.0)
show("int*float", lambda: 3 * 0.1)
show("huge int to float", lambda: float(2 ** 1023 * 2))
show("int float eq", lambda: (1 == 1.0, 2 ** 53 == float(2 ** 53), 2 ** 53 + 1 == float(2 ** 53 + 1)))
show("int float lt", lambda: (2 ** 53 + 1 > float(2 ** 53), 10 ** 400 > inf, -(10 ** 400) < -1e308))
show("int nan cmp", lambda: (1 < nan, 1 == nan))
show("float int", lambda: (int(2.5), int(-2.5), int(1e300) % 1000))
show("true div big", lambda: (2 ** 200) / (2 ** 100))
show("mixed floordiv", lambda: (7 // 2.0, -7 // 2.0, 7 % 2.5))

print("-- methods")
show("is_integer", lambda: ((2.0).is_integer(), (2.5).is_integer(), inf.is_integer()))
show("as_integer_ratio", lambda: ((0.75).as_integer_ratio(), (0.1).as_integer_ratio(), (-2.5).as_integer_ratio()))
show("ratio inf", lambda: inf.as_integer_ratio())
show("hex", lambda: ((1.0).hex(), (0.1).hex(), (-0.0).hex(), float.fromhex("0x1.8p1")))
show("conjugate", lambda: ((2.5).conjugate(), (2.5).real, (2.5).imag))
show("float()", lambda: (float(3), float(True), float("nan") != float("nan"), float(" -0 ")))
show("float of big int", lambda: float(10 ** 400))
show("float(None)", lambda: float(None))
show("float of str with underscore bad", lambda: float("1__0"))
show("fromhex bad", lambda: float.fromhex("zz"))

print("-- round")
show("round", lambda: (round(2.675, 2), round(0.125, 2), round(0.375, 2), round(-2.5), round(3.5)))
show("round neg ndigits", lambda: (round(12345.678, -2), round(15.0, -1), round(25.0, -1)))
show("round none", lambda: (round(2.5, None), type(round(2.5, None)).__name__, type(round(2.5, 0)).__name__))
show("round inf", lambda: round(inf))
show("round nan", lambda: round(nan))
show("round inf digits", lambda: round(inf, 2))
show("round big", lambda: round(1.5e300))
show("round tiny", lambda: round(1e-300, 5))

print("-- comparisons and hashing")
show("cmp chain", lambda: (0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9, 1.0 < 1.0000000000000002))
show("hash", lambda: (hash(1.0) == hash(1), hash(0.5) == hash(0.5), hash(-0.0), hash(1e100) == hash(10 ** 100), hash(inf), hash(-inf), hash(2.0)))
show("min max", lambda: (min(1, 1.0), max(1.0, 1), max(0.5, -inf)))
show("sum floats", lambda: (sum([0.1] * 10), math.fsum([0.1] * 10)))
show("sum mixed", lambda: sum([1, 2.5, 3]))
show("bool", lambda: (bool(0.0), bool(-0.0), bool(nan), bool(1e-300)))
