# Accurate floating-point kernels built on math.fma: Horner evaluation of polynomials, error-free
# products (TwoProd), a compensated dot product compared with math.sumprod and fractions, and the
# fma error cases (invalid operation, overflow) a numeric library must report.
import math
import random
from fractions import Fraction

def horner(coeffs, x):
    acc = 0.0
    for c in coeffs:
        acc = acc * x + c
    return acc

def horner_fma(coeffs, x):
    acc = 0.0
    for c in coeffs:
        acc = math.fma(acc, x, c)
    return acc

def two_prod(a, b):
    p = a * b
    return p, math.fma(a, b, -p)

def dot_compensated(xs, ys):
    s = c = 0.0
    for a, b in zip(xs, ys):
        p, e = two_prod(a, b)
        t = s + p
        # TwoSum of s and p, folded into the correction term.
        z = t - s
        c += (s - (t - z)) + (p - z) + e
        s = t
    return s + c

def exact_dot(xs, ys):
    return float(sum(Fraction(a) * Fraction(b) for a, b in zip(xs, ys)))

# (x - 1)**7 expanded: catastrophic cancellation near x = 1.
coeffs = [1, -7, 21, -35, 35, -21, 7, -1]
for x in (1.0, 1.0001, 1.001, 0.999, 1.01, 2.0):
    exact = float(Fraction(x) - 1) ** 7
    print(f'{x:<7} naive={horner(coeffs, x)!r:24} fma={horner_fma(coeffs, x)!r:24} exact={exact!r}')

print('twoprod', two_prod(0.1, 10), two_prod(1 / 3, 3), two_prod(1e16 + 1, 1e16 - 1), two_prod(2.0, 0.5))
print('fma basics', math.fma(0.1, 10, -1), math.fma(2.0, 3.0, 1.0), math.fma(3, 1 / 3, -1))
print('fma zeros', math.fma(-0.0, 1, 0.0), math.fma(-0.0, 1, -0.0), math.fma(0.0, -1, -0.0), math.fma(1, 1, -1), math.fma(-1, 1, 1))
print('fma tiny', math.fma(5e-324, 0.5, 5e-324), math.fma(2 ** -1022, 2 ** -52, 5e-324), math.fma(1e-300, 1e-300, 1e-320), math.fma(2 ** -537, 2 ** -537, 2 ** -1070))
print('fma rounding', math.fma(1.0000000000000002, 1.0000000000000002, -1), math.fma(1e16, 1.1, 3.3), math.fma(0.1, 0.1, -0.01), math.fma(7, 3, True))
print('fma big', math.fma(1e200, 1e200, -math.inf), math.fma(1e200, -1e200, math.inf), math.fma(1, 1, math.nan))
print('fma nan in', math.fma(math.nan, 0, math.inf), math.fma(math.inf, 2, 3), math.fma(-math.inf, math.inf, -math.inf))
for args in [(1.7976931348623157e308, -1, -1e292), (1.7976931348623157e308, -1, -1e291), (math.inf, 0, 1), (math.inf, 1, -math.inf), (0, math.inf, 2), (1e308, 10, 0), (1.7976931348623157e308, 1, 1.7976931348623157e308), (-1e300, 1e300, -1)]:
    try:
        print(args, math.fma(*args))
    except (ValueError, OverflowError) as e:
        print(args, type(e).__name__, e)
for bad in [(1, 2), ('a', 1, 2), (1, 2, 3, 4)]:
    try:
        math.fma(*bad)
    except TypeError as e:
        print('TypeError', e)

rnd = random.Random(2024)
worse = better = 0
for trial in range(40):
    n = rnd.randint(5, 40)
    xs = [rnd.uniform(-1, 1) * 10 ** rnd.randint(-8, 8) for _ in range(n)]
    ys = [rnd.uniform(-1, 1) * 10 ** rnd.randint(-8, 8) for _ in range(n)]
    ys[-1] = -sum(a * b for a, b in zip(xs[:-1], ys[:-1])) / xs[-1]
    naive = sum(a * b for a, b in zip(xs, ys))
    comp = dot_compensated(xs, ys)
    exact = exact_dot(xs, ys)
    sp = math.sumprod(xs, ys)
    if abs(comp - exact) <= abs(naive - exact):
        better += 1
    else:
        worse += 1
    if trial < 6:
        print(f'trial {trial}: n={n} exact={exact:.6e} comp={comp:.6e} sumprod={sp:.6e} naive-err={abs(naive - exact):.3e}')
print('compensated at least as good in', better, 'of', better + worse)

hexes = []
for i in range(2000):
    x = rnd.uniform(-1, 1) * 2.0 ** rnd.randint(-700, 700)
    y = rnd.uniform(-1, 1) * 2.0 ** rnd.randint(-300, 300)
    z = rnd.uniform(-1, 1) * 2.0 ** rnd.randint(-1000, 1000) if i % 2 else -(x * y) * (1 + rnd.uniform(-1e-15, 1e-15))
    hexes.append(math.fma(x, y, z).hex())
print(hexes[:4], len(set(hexes)))
print(sum(Fraction(float.fromhex(h)) for h in hexes[1::2]) == sum(Fraction(x) for x in map(float.fromhex, hexes[1::2])), hexes[-3:])
