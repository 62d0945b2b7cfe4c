# The math module: constants, rounding functions, powers and logs, trigonometry, integer functions
# (gcd, lcm, isqrt, comb, perm, factorial), floating-point helpers, and domain/overflow errors.
# Results of functions that come from the C library (trigonometry, exp/log, pow) are rounded to 12
# digits: their last bit legitimately differs between C libraries, so it is not CPython's behaviour.
import math

def r(*values):
    return tuple(round(v, 12) for v in values)

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

show("constants", lambda: (math.pi, math.e, math.tau, math.inf, -math.inf, math.isnan(math.nan)))
show("floor ceil trunc", lambda: (math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), math.floor(3), type(math.floor(2.5)).__name__, math.floor(10 ** 20 + 0.5)))
show("floor inf", lambda: math.floor(math.inf))
show("floor nan", lambda: math.ceil(math.nan))
show("sqrt", lambda: (math.sqrt(2), math.sqrt(16), math.sqrt(0.0), math.sqrt(1e-320)))
show("sqrt negative", lambda: math.sqrt(-1))
show("isqrt", lambda: (math.isqrt(0), math.isqrt(99), math.isqrt(10 ** 40), math.isqrt(2 ** 127)))
show("isqrt negative", lambda: math.isqrt(-1))
show("isqrt float", lambda: math.isqrt(4.0))
show("pow", lambda: (math.pow(2, 10), math.pow(2, -1), math.pow(4, 0.5), math.pow(0, 0), r(math.pow(2, 0.3))))
show("pow domain", lambda: math.pow(-8, 1 / 3))
show("pow overflow", lambda: math.pow(10, 400))
show("exp log", lambda: (r(math.exp(1)), math.exp(0), r(math.log(math.e)), r(math.log(8, 2)), r(math.log(100, 10)), math.log10(1000), math.log2(1024), r(math.log1p(1e-10) * 1e10), r(math.expm1(1e-10) * 1e10)))
show("log of big int", lambda: (r(math.log(10 ** 400)), math.log2(2 ** 2000), math.log10(10 ** 500)))
show("log zero", lambda: math.log(0))
show("log negative", lambda: math.log(-1))
show("exp overflow", lambda: math.exp(1000))
show("exp underflow", lambda: math.exp(-1000))
show("trig", lambda: (math.sin(0), math.cos(0), math.tan(0), math.sin(math.pi / 2), math.cos(math.pi), r(math.atan2(1, 1)), math.atan2(-0.0, -1), r(math.sin(1), math.cos(1), math.tan(1))))
show("inverse trig", lambda: (r(math.asin(1)), math.acos(1), r(math.atan(1)), r(math.atan(math.inf)), r(math.asin(0.3), math.acos(0.3))))
show("asin domain", lambda: math.asin(2))
show("hyperbolic", lambda: r(math.sinh(1), math.cosh(1), math.tanh(1), math.asinh(1), math.acosh(1), math.atanh(0.5)))
show("degrees radians", lambda: (math.degrees(math.pi), math.radians(180), r(math.degrees(1))))
show("hypot dist", lambda: (math.hypot(3, 4), math.hypot(1, 2, 2), math.hypot(), math.dist((0, 0), (3, 4))))
show("gcd lcm", lambda: (math.gcd(12, 18), math.gcd(0, 5), math.gcd(-12, 18), math.gcd(), math.gcd(2 ** 100, 6 ** 50), math.lcm(4, 6), math.lcm(), math.lcm(0, 5), math.gcd(12, 18, 27)))
show("gcd float", lambda: math.gcd(1.5, 2))
show("factorial", lambda: (math.factorial(0), math.factorial(5), math.factorial(25)))
show("factorial negative", lambda: math.factorial(-1))
show("factorial float", lambda: math.factorial(5.0))
show("comb perm", lambda: (math.comb(10, 3), math.comb(5, 0), math.comb(3, 5), math.perm(5, 2), math.perm(5), math.comb(100, 50)))
show("comb negative", lambda: math.comb(-1, 2))
show("fabs copysign", lambda: (math.fabs(-3), math.copysign(3, -0.0), math.copysign(-2, 1)))
show("fmod remainder", lambda: (math.fmod(10, 3), math.fmod(-10, 3), math.remainder(10, 3), math.remainder(11, 3)))
show("fmod zero", lambda: math.fmod(1, 0))
show("modf frexp ldexp", lambda: (math.modf(3.75), math.modf(-3.75), math.frexp(8.0), math.frexp(0.0), math.ldexp(0.5, 4)))
show("isclose", lambda: (math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.1), math.isclose(1, 1.05, rel_tol=0.1), math.isclose(0, 1e-10), math.isclose(0, 1e-10, abs_tol=1e-9)))
show("isfinite isinf isnan", lambda: (math.isfinite(1.0), math.isinf(math.inf), math.isnan(0.0)))
show("fsum", lambda: (math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100])))
show("prod", lambda: (math.prod([1, 2, 3, 4]), math.prod([]), math.prod([0.5, 4]), math.prod(range(1, 6), start=2)))
show("sumprod", lambda: math.sumprod([1, 2, 3], [4, 5, 6]))
show("nextafter ulp", lambda: (math.nextafter(1.0, 2.0), math.ulp(1.0), math.nextafter(0.0, -1.0)))
show("cbrt exp2", lambda: (r(math.cbrt(27), math.cbrt(-8)), math.exp2(10)))
show("gamma lgamma erf", lambda: (math.gamma(5), r(math.gamma(0.5), math.lgamma(10), math.erf(0.5), math.erfc(0.5)), math.erf(0), math.erfc(0)))
show("gamma pole", lambda: math.gamma(0))
show("trunc on object", lambda: math.trunc(type("T", (), {"__trunc__": lambda s: 7})()))
show("math on non-number", lambda: math.sqrt("4"))
show("math on big int", lambda: math.sqrt(10 ** 100))
show("math on too big int", lambda: math.sqrt(10 ** 400))
show("floor of huge float", lambda: math.floor(1e300) == 10 ** 300)
