# The decimal module (_decimal): construction, text forms, arithmetic under contexts, rounding modes,
# signals and traps, comparisons and hashing, conversions, quantize, sqrt/exp/ln/log10, __format__.
import decimal
from decimal import (Decimal, Context, getcontext, setcontext, localcontext, DecimalTuple,
                     ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP,
                     ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP, InvalidOperation, DivisionByZero,
                     Inexact, Rounded, Overflow, Underflow, Subnormal, Clamped, FloatOperation,
                     DecimalException, ConversionSyntax, DivisionImpossible, DivisionUndefined,
                     InvalidContext, BasicContext, ExtendedContext, DefaultContext)
from fractions import Fraction
import math

def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))

D = Decimal

print("== construction")
for s in ["0", "-0", "1.50", "  12.5e3 ", "-1_000.5", ".5", "5.", "1e-7", "1E+7", "123456789012345678901234567890",
          "0.000001", "0.0000001", "-0E-5", "0e10", "nan", "-NaN123", "sNaN", "sNaN45", "Inf", "-infinity",
          "1e99999", "+7", "00012", "1.", "١٢٣"]:
    show(s, lambda: D(s))
for s in ["abc", "", "1e", "1.2.3", "--1", "1_", "_1", "1__0", "_", "1 _", " _1 ", "N_aN", "1e_1", "NaNx", "1 2", "e5"]:
    show(repr(s), lambda: D(s))
for v in [0, -5, 10**30, -(2**70), True, 0.1, -0.0, 2.5, 1e300, 5e-324, float("inf"), float("-inf"), float("nan")]:
    show(repr(v), lambda: D(v))
for t in [(0, (1, 2, 3), -2), (1, (0,), 5), (0, (), 0), (1, (), 'F'), (0, (1,), 'n'), (0, (4, 2), 'N'),
          [0, [1, 5], -1], (0, (1, 2), 'x'), (0, (1, 2)), (2, (1,), 1), (0, (1, 12), 1), (0, (1,), 1.5),
          (0, (1, 'a'), 0)]:
    show(repr(t), lambda: D(t))
show("D(D('1.5'))", lambda: D(D("1.5")))
show("complex", lambda: D(1j))
show("list str", lambda: D([1]))
show("None", lambda: D(None))
show("from_float", lambda: D.from_float(0.25))
show("from_float int", lambda: D.from_float(7))
show("from_float str", lambda: D.from_float("1"))
show("from_number", lambda: D.from_number(D("2.5")))
show("no args", lambda: D())

print("== str repr eng")
for s in ["123.456", "1E+3", "1.23E-10", "-0.000", "0E+2", "0E-8", "1234567E+5", "12E-9", "1.000E+6", "-5E-1",
          "0.1E+7", "10E+2", "sNaN", "-Inf", "NaN5"]:
    d = D(s)
    print(s, str(d), repr(d), d.to_eng_string())
c = Context(capitals=0)
print(c.to_sci_string(D("1E+5")), D("1e5").to_eng_string(c))

print("== arithmetic")
a, b = D("1.30"), D("1.20")
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b), -a, +a, abs(D("-3.00")))
print(D(7) // D(2), D(-7) // D(2), D(7) % D(-2), D(-7) % D(2), divmod(D(-7), D(2)))
print(D("1") / D("3"), D("2") / D("3"), D(10) / D(4), D("1.00") / D("0.10"), D(100) / D(5), D(1) / D(8))
print(D("12.345") * 10, 3 * D("1.5"), 1 - D("0.1"), 10 / D(4), 7 // D(2), 7 % D("2.5"), 2 ** D(3))
print(D("1e100") + D("1e-100"), D("1") - D("1e-30"), D("0.1") + D("0.2") - D("0.3"))
print(D("-0") + D("0"), D("-0") + D("-0"), D("0") - D("0"), D("-5") + D("5"))
print(D("inf") + 1, D("-inf") * -2, D(1) / D("inf"), D("inf") / D(3), D("nan") + 1)
for expr in ["D('inf') - D('inf')", "D(0) * D('inf')", "D(1) / 0", "D(0) / 0", "D(1) // 0", "D(1) % 0",
             "D(0) % 0", "D('inf') % 1", "divmod(D(1), 0)", "D('sNaN') + 1", "D(10) ** 400 // D('0.0001')",
             "D('inf') / D('inf')", "D(1) + 0.5", "D(1) * 'x'", "0.5 + D(1)"]:
    show(expr, lambda: eval(expr))
print(D(2) ** 10, D("1.5") ** 3, D(2) ** -2, D("0.5") ** -3, D(-2) ** 3, D(10) ** 30, D("1.1") ** 50)
print(D(0) ** 5, D("inf") ** -1, D("-inf") ** 3, D(0) ** -2, D(3) ** 0)
show("0**0", lambda: D(0) ** 0)
show("(-2)**0.5", lambda: D(-2) ** D("0.5"))

print("== context precision and rounding")
with localcontext() as ctx:
    ctx.prec = 5
    print(D(1) / 7, D("123456789") + 0, D("1.23456789") * 1, D(2).sqrt())
    for r in [ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP]:
        ctx.rounding = r
        print(r, +D("1.23455"), +D("-1.23455"), +D("1.23465"), +D("1.23450001"), +D("1.23401"), +D("-9.99999"))
print(getcontext().prec, getcontext().rounding)
ctx = Context(prec=3, rounding=ROUND_HALF_UP)
print(ctx.add(D("1.234"), D("5.678")), ctx.multiply(3, D("0.3333")), ctx.divide(2, 3), ctx.power(2, 10))
print(ctx.create_decimal("3.14159"), ctx.create_decimal(12345), ctx.create_decimal_from_float(0.1))
print(ctx.plus(D("9.996")), ctx.minus(D("1.2345")), ctx.abs(D("-7.777")), ctx.sqrt(2), ctx.divmod(10, 3))
print(ctx.compare(1, 2), ctx.max(1, D("1.00")), ctx.min(3, 2), ctx.quantize(D("1.2345"), D("0.01")))
print(ctx.to_integral_value(D("2.5")), ctx.to_integral_exact(D("3.5")), ctx.remainder(10, 3), ctx.divide_int(10, 3))
print(ctx.is_zero(0), ctx.is_signed(D(-1)), ctx.copy_sign(D(5), D(-1)), ctx.radix(), ctx.Etiny(), ctx.Etop())
show("ctx float", lambda: ctx.add(1.5, 1))
show("ctx str", lambda: ctx.add("1", 1))

print("== flags and traps")
c = Context(prec=4)
print(c.flags[Inexact], c.traps[DivisionByZero], c.traps[Inexact])
c.divide(D(1), D(3))
print(c.flags[Inexact], c.flags[Rounded], c.flags[DivisionByZero])
print(c)
c.clear_flags()
c.traps[Inexact] = True
show("trapped inexact", lambda: c.divide(D(1), D(3)))
print(c.flags[Inexact])
c.traps[Inexact] = False
c.traps[DivisionByZero] = False
print(c.divide(D(1), D(0)), c.divide(D(-1), D(0)), c.flags[DivisionByZero])
c.traps[InvalidOperation] = False
print(c.divide(D(0), D(0)), c.sqrt(D(-1)), c.create_decimal("xyz"), c.flags[InvalidOperation])
print(c)
c2 = Context(prec=9, Emax=99, Emin=-99)
show("overflow", lambda: c2.multiply(D("9e99"), 10))
c2.traps[Overflow] = False
print(c2.multiply(D("9e99"), 10), c2.flags[Overflow], c2.flags[Inexact], c2.flags[Rounded])
c2.rounding = ROUND_DOWN
print(c2.multiply(D("9e99"), 10), c2.multiply(D("-9e99"), 10))
c2.rounding = ROUND_FLOOR
print(c2.multiply(D("9e99"), 10), c2.multiply(D("-9e99"), 10))
c2.rounding = ROUND_HALF_EVEN
c2.clear_flags()
print(c2.multiply(D("1e-99"), D("1e-5")), c2.flags[Subnormal], c2.flags[Underflow], c2.flags[Inexact])
c2.clear_flags()
print(c2.multiply(D("1.23456e-99"), D("1e-5")), c2.flags[Subnormal], c2.flags[Underflow], c2.flags[Inexact], c2.flags[Rounded])
c2.clear_flags()
print(c2.multiply(D("1e-99"), D("1e-50")), c2.flags[Underflow], c2.flags[Clamped])
c3 = Context(prec=5, Emax=10, clamp=1)
print(c3.create_decimal("1E+10"), c3.create_decimal("0E+20"), c3.flags[Clamped])
tc = Context(traps=[Inexact], flags=[Rounded])
# By key, not through .traps.items(): under pyodide that iteration gave [] or ['Inexact'] from run to run.
print([k.__name__ for k in (Inexact, Rounded, DivisionByZero, InvalidOperation) if tc.traps[k]], tc.flags[Rounded])
print(Context(traps=[Inexact], flags=[Rounded]))
print(Context(traps={s: False for s in getcontext().traps}).traps[InvalidOperation])
print(BasicContext)
print(ExtendedContext)
print(Context())
show("prec 0", lambda: Context(prec=0))
show("bad rounding", lambda: Context(rounding="round"))
show("Emin 1", lambda: Context(Emin=1))
show("Emax -1", lambda: Context(Emax=-1))
show("capitals", lambda: Context(capitals=2))
show("clamp", lambda: Context(clamp=-1))
show("prec str", lambda: setattr(getcontext(), "prec", "5"))
show("traps bad", lambda: Context(traps=[int]))
show("setcontext bad", lambda: setcontext(5))
show("opt ctx bad", lambda: D(1).sqrt(context=5))

print("== exceptions hierarchy")
for cls in [DecimalException, Clamped, InvalidOperation, ConversionSyntax, DivisionImpossible, DivisionUndefined,
            InvalidContext, DivisionByZero, Inexact, Rounded, Subnormal, Overflow, Underflow, FloatOperation]:
    print(cls.__name__, cls.__module__, [b.__name__ for b in cls.__mro__[1:]])
try:
    D("junk")
except ArithmeticError as e:
    print(type(e).__name__, e.args, isinstance(e, ValueError))
try:
    D(5) / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError caught", type(e).__name__)

print("== localcontext")
before = getcontext()
with localcontext(prec=3, rounding=ROUND_DOWN) as lc:
    print(lc.prec, lc.rounding, getcontext() is lc, D(2) / 3)
print(getcontext() is before, getcontext().prec, D(2) / 3)
try:
    with localcontext() as lc:
        lc.prec = 2
        raise KeyError("x")
except KeyError:
    pass
print(getcontext().prec)
new = Context(prec=6)
setcontext(new)
print(getcontext() is new, D(1) / 3)
setcontext(DefaultContext)
print(getcontext() is DefaultContext, getcontext().prec, D(1) / 3)
show("localcontext bad", lambda: localcontext(prec=-1))

print("== comparisons")
print(D("1.0") == D(1), D("1.0") == 1, D("0.5") == 0.5, D("0.1") == 0.1, D(1) < 2, D(2) >= 2.0, D("1.5") > Fraction(3, 2))
print(D("0.75") == Fraction(3, 4), D("0.3") < Fraction(1, 3), D(1) == 1 + 0j, D(1) == 1j, D(1) != "1", D(1) == None)
print(D("nan") == D("nan"), D("nan") != 1, D("-0") == D("0"), D("inf") > 10**100, D("-inf") < -1e308)
print(max(D(1), D("1.5"), D("0.5")), min([D(3), 2, D("2.5")]), sorted([D("1.1"), 1, D("0.9"), Fraction(1, 2)]))
for expr in ["D('nan') < 1", "D('sNaN') == 1", "D(1) < 'a'", "D(1) < 1j", "D('nan') >= D(0)"]:
    show(expr, lambda: eval(expr))
print(getcontext().flags[FloatOperation])
with localcontext() as lc:
    lc.traps[FloatOperation] = True
    show("float cmp trapped", lambda: D(1) < 1.5)
    show("float eq not trapped", lambda: D(1) == 1.0)
    show("float ctor trapped", lambda: D(1.5))
print(D(1).compare(D(2)), D(2).compare(1), D(1).compare(D("1.0")), D("nan").compare(1))
show("compare_signal nan", lambda: D("nan").compare_signal(1))
print(D("12.0").compare_total(D("12")), D("-1").compare_total(D("1")), D("nan").compare_total(D("inf")))
print(D("-5").compare_total_mag(D("3")), D("sNaN").compare_total(D("nan")))

print("== hash")
for v in ["0", "-0", "1", "1.0", "1.5", "-2.25", "1e20", "123456789.123456789", "1e-20", "0.1", "inf", "-inf", "1E+400", "3.0E-400"]:
    d = D(v)
    print(v, hash(d) == hash(float(d)) if d == float(d) else "-", hash(d) == hash(int(d)) if d.is_finite() and d == int(d) else "-",
          hash(d) == hash(Fraction(d)) if d.is_finite() else "-")
print(hash(D(5)) == hash(5), hash(D("2.5")) == hash(2.5), hash(D("0.1")) == hash(Fraction(1, 10)), len({D(1), D("1.0"), 1, 1.0}))
show("hash snan", lambda: hash(D("sNaN")))
print(hash(D("nan")) == hash(D("nan")) or True)

print("== conversions")
for v in ["1.5", "-1.5", "2.5", "-2.5", "0.5", "7.999", "-0.1", "1E+3", "12345.95"]:
    d = D(v)
    print(v, int(d), float(d), round(d), math.floor(d), math.ceil(d), math.trunc(d), round(d, 1), complex(d))
print(round(D("2.675"), 2), round(D("-0.5")), round(D("1234.5678"), -2), round(D("0.125"), 2), float(D("1e400")), float(D("-1e-400")))
for expr in ["int(D('nan'))", "int(D('-inf'))", "float(D('sNaN'))", "float(D('-nan'))", "round(D('inf'))",
             "round(D('nan'), 2)", "round(D(1), 'x')", "round(D('1e30'), 2)",
             "round(D('123456789012345678901234567890.9'), 1)", "D('nan').as_integer_ratio()",
             "D('inf').as_integer_ratio()"]:
    show(expr, lambda: eval(expr))
for v in ["1.5", "-0.75", "100", "1E+3", "0", "-0.0", "3.14159", "1e-5"]:
    print(v, D(v).as_integer_ratio(), D(v).as_tuple())
print(D("nan").as_tuple(), D("-sNaN7").as_tuple(), D("-inf").as_tuple())
t = D("-3.25").as_tuple()
print(t.sign, t.digits, t.exponent, type(t).__name__, isinstance(t, tuple), DecimalTuple(0, (1,), 2))
print(D(D("3.25").as_tuple()), Fraction(D("3.25")), Fraction(*D("0.125").as_integer_ratio()))
print(bool(D(0)), bool(D("0.00")), bool(D("nan")), bool(D("-1e-50")), D(5).real, D(5).imag, D(5).conjugate())

print("== quantize and integral")
for v, q in [("1.2345", "0.01"), ("1.235", "0.01"), ("1.245", "0.01"), ("-1.245", "0.01"), ("123.456", "1"),
             ("123.456", "1E+1"), ("1E+2", "0.01"), ("0", "0.001"), ("-0", "1E+3"), ("inf", "1"), ("1", "inf"),
             ("inf", "-inf"), ("nan", "1"), ("123456789", "0.000000000000000000001"), ("1.5", "1E+999999999"),
             ("0.0001", "1E-1000030")]:
    show(f"quantize({v},{q})", lambda: D(v).quantize(D(q)))
print(D("2.675").quantize(D("0.01"), rounding=ROUND_HALF_UP), D("2.665").quantize(D("0.01"), ROUND_HALF_EVEN))
print(D("7.5").quantize(D("1"), ROUND_DOWN), D("-7.5").quantize(D("1"), ROUND_CEILING), D("7.51").quantize(D("0.1"), ROUND_05UP))
show("quantize bad rounding", lambda: D(1).quantize(D(1), rounding="x"))
show("quantize float", lambda: D(1).quantize(0.1))
for v in ["2.5", "3.5", "-2.5", "2.4999", "1E+5", "-0.5", "inf", "nan", "123.000"]:
    d = D(v)
    print(v, d.to_integral_value(), d.to_integral(ROUND_UP), d.to_integral_exact(), d.to_integral_value(rounding=ROUND_FLOOR))
with localcontext() as lc:
    lc.traps[Inexact] = True
    show("to_integral_exact trapped", lambda: D("2.5").to_integral_exact())
    show("to_integral_value not", lambda: D("2.5").to_integral_value())

print("== sqrt exp ln log10")
for v in ["2", "4", "0.25", "100", "1E+9", "1E-9", "0", "-0", "0.0004", "2E+1", "10", "1.21", "inf", "-1", "-inf", "nan", "12345678901234567890"]:
    show("sqrt " + v, lambda: D(v).sqrt())
for v in ["0", "1", "-1", "2.5", "10", "-10", "100", "1E-30", "0.5", "inf", "-inf", "2302585", "-2302585", "1E+10", "-1E+10", "nan"]:
    show("exp " + v, lambda: D(v).exp())
for v in ["1", "2", "10", "0.5", "1E+100", "1E-100", "1.000000001", "0.999999999", "0", "-1", "inf", "3.14159"]:
    show("ln " + v, lambda: D(v).ln())
for v in ["1", "10", "100", "1000", "0.001", "2", "5", "1E+100", "0.5", "12345", "0", "-1", "1.0000001", "10.00"]:
    show("log10 " + v, lambda: D(v).log10())
with localcontext(prec=50):
    print(D(2).sqrt(), D(1).exp(), D(2).ln(), D(3).log10())
with localcontext(prec=10, rounding=ROUND_DOWN):
    print(D(2).sqrt(), D(1).exp(), D(2).ln(), D(3).log10(), D(7).sqrt())
with localcontext(prec=3):
    print(D("9.99").exp(), D("1.5").ln(), D(99).sqrt(), D("0.1").log10())

print("== other methods")
print(D("-1.5").copy_abs(), D("1.5").copy_negate(), D("1.5").copy_sign(D("-0")), D(3).copy_sign(-1))
print(D(1).max(D(2)), D("nan").max(1), D(1).min(D("nan")), D(-3).max_mag(2), D(-3).min_mag(2), D("1.0").max(D(1)), D(1).max(D("1.0")))
print(D("1.2300").normalize(), D("0.000").normalize(), D("1E+2").normalize(), D("-120").normalize(), D("inf").normalize())
print(D("123.45").adjusted(), D("0.001").adjusted(), D("inf").adjusted(), D(0).adjusted())
print(D(1).fma(2, 3), D("1.5").fma(D("2"), D("-3")), D("inf").fma(2, 1))
show("fma inf*0", lambda: D("inf").fma(0, 1))
print(D(2).same_quantum(D(3)), D("2.0").same_quantum(D(3)), D("nan").same_quantum(D("nan")), D("inf").same_quantum(1))
print([D(v).number_class() for v in ["-inf", "-1", "-0", "0", "1E-1000000", "1", "inf", "nan", "sNaN"]])
print([D(v).is_normal() for v in ["1", "0", "1E-1000000", "inf"]], [D(v).is_subnormal() for v in ["1", "1E-1000000"]])
print(D(1).is_finite(), D("inf").is_infinite(), D("nan").is_nan(), D("nan").is_qnan(), D("snan").is_snan(), D(-1).is_signed(), D("0.0").is_zero(), D(1).is_canonical())
print(D(5).radix(), D(1).canonical(), D("1.5").logb(), D(250).logb(), D(0).scaleb(2), D("1.5").scaleb(3), D("1.5").scaleb(-3))
show("logb 0", lambda: D(0).logb())
print(D(1).next_plus(), D(1).next_minus(), D(0).next_plus(), D("-inf").next_plus(), D("9.999999999999999999999999999E+999999").next_plus())
print(D(7).remainder_near(D(3)), D(8).remainder_near(D(3)), D(10).remainder_near(D(4)), D(-10).remainder_near(D(6)))
print(D("1.5").__reduce__(), D(3).__round__(), D("1.2").__copy__())
show("compare str", lambda: D(1).compare("1"))
show("compare float", lambda: D(1).compare(1.5))

print("== format")
for spec in ["", "f", ".2f", ".0f", "10.3f", "<10.2f", "^12.3f", "=+10.2f", "*>10", "+.3e", ".3E", "e", ".2g", ".10g", "g",
             ",", ",.2f", "012.2f", "012,.1f", "%", ".1%", " .2f", "-f", "08", ".0e", ".3G", "n"]:
    for v in ["1234.5678", "-0.000012345", "0", "-0.0001", "1E+3", "123456789", "inf", "-nan"]:
        try:
            r = format(D(v), spec)
        except Exception as e:
            r = type(e).__name__ + ": " + str(e)
        print(repr(spec), v, repr(r))
print(f"{D('3.14159'):.2f} {D('2.5'):.0f} {D('3.5'):.0f} {D('1e-10'):f} {D('1e10'):g} {D('123'):.1e}")
with localcontext(rounding=ROUND_DOWN):
    print(f"{D('2.999'):.2f}", f"{D('-2.999'):.1f}")

print("== pow with modulus, logical, rotate, shift, next_toward")
from decimal import Decimal
for args in [(3,4,5),('3.0',4,5),(-3,3,5),(2,'2.0',7),(2,-1,7),(0,0,7),(2,3,0),('2.5',2,3),(2,3,'1e30'),('inf',2,3),(7,3,-5),(-7,3,-5),('nan',2,3), (10**30, 10**20, 97), ('1e3', 2, 7)]:
    show("op", lambda: pow(Decimal(args[0]), Decimal(args[1]), Decimal(args[2])))
show("op", lambda: pow(Decimal(3), 4, 5))
c = getcontext()
show("op", lambda: c.power(3, 4, 5))
for a, b in [('1010', '1100'), ('1', '0'), ('12', '1'), ('-1', '1'), ('1.0', '1'), ('11111111111111111111111111111', '1')]:
    show("op", lambda: Decimal(a).logical_and(Decimal(b))); show("op", lambda: Decimal(a).logical_or(Decimal(b))); show("op", lambda: Decimal(a).logical_xor(Decimal(b)))
for a in ['0', '101', '1111111111111111111111111111', '12']:
    show("op", lambda: Decimal(a).logical_invert())
for a, b in [('123456789', '2'), ('123456789', '-2'), ('123', '0'), ('123', '28'), ('123', '29'), ('123', '-28'), ('1.5', '1'), ('inf', '3'), ('123', '1.5'), ('123456789012345678901234567890123', '3'), ('-12', '1')]:
    show("op", lambda: Decimal(a).rotate(Decimal(b))); show("op", lambda: Decimal(a).shift(Decimal(b)))
with localcontext(prec=5, Emin=-10, Emax=10, traps=[]) as c:
    for a, b in [('1', '2'), ('1', '0'), ('1', '1'), ('-0', '0'), ('0', '-1'), ('99999e6', 'inf'), ('1e-14', '0'), ('1e-10', '0'), ('2', '1')]:
        c.clear_flags()
        r = Decimal(a).next_toward(Decimal(b))
        print(a, b, r, sorted(k.__name__ for k, v in c.flags.items() if v))
print(format(Decimal('1234567.891'), 'n'), format(Decimal('1234567.891'), '.3n'), format(Decimal('-0.00001234'), 'n'), format(Decimal('1E+20'), 'n'))

print("== pickling, copying, IEEEContext, _apply")
import copy, pickle
pc = Context(prec=7, traps=[Inexact], flags=[Rounded])
print(pc.__reduce__())
print(copy.copy(pc), copy.deepcopy(pc), pickle.loads(pickle.dumps(pc)))
print(pickle.loads(pickle.dumps(D("1.5"))), copy.deepcopy(D("-0")), copy.copy(D("nan")), D("2.50").__reduce__())
pc.traps[Inexact] = False
print(pc._apply(D("1.23456789")), pc.flags[Inexact])
pc.traps[Inexact] = True
show("_apply trapped", lambda: pc._apply(D("1.23456789")))
pc._unsafe_setprec(3)
print(pc.prec, pc == pc, pc != Context(), Decimal.__doc__.split(".")[0], Context.__doc__.split(",")[0])
for bits in [32, 64, 128]:
    print(decimal.IEEEContext(bits))
show("IEEEContext str", lambda: decimal.IEEEContext("x"))
show("flags dict short", lambda: Context(flags={Inexact: True}))

print("== module")
print(decimal.ROUND_HALF_EVEN, decimal.HAVE_THREADS, decimal.HAVE_CONTEXTVAR, Decimal.__module__, Context.__module__)
print(type(D(1)).__name__, type(D(1)).__qualname__, isinstance(D(1), decimal.Decimal), issubclass(bool, int))
import numbers
print(isinstance(D(1), numbers.Number), isinstance(D(1), numbers.Real))

class MyDec(Decimal):
    pass

m = MyDec("1.25")
print(type(m).__name__, m, m + 1, type(m + 1).__name__, MyDec.from_float(0.5), type(MyDec.from_float(0.5)).__name__)
print(sum([D("0.1")] * 10), sum([D("0.1")] * 10) == 1, str(sum(D(i) / 10 for i in range(5))))
