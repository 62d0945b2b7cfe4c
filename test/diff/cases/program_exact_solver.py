"""Exact linear algebra over fractions.Fraction: RREF, rank, null space, LU, least squares, continued fractions."""
import math
from decimal import Decimal
from fractions import Fraction
from functools import reduce
from itertools import permutations, product
from numbers import Rational


def parse_matrix(text):
    return [[Fraction(tok) for tok in row.split()] for row in text.strip().splitlines()]


def fmt(x):
    return str(x) if x.denominator != 1 else str(x.numerator)


def show(name, m):
    cells = [[fmt(x) for x in row] for row in m]
    width = max((len(c) for row in cells for c in row), default=1)
    print(f"{name} ({len(m)}x{len(m[0]) if m else 0}):")
    for row in cells:
        print("  [" + " ".join(c.rjust(width) for c in row) + "]")


def rref(m):
    m = [row[:] for row in m]
    rows, cols = len(m), len(m[0])
    pivots = []
    r = 0
    for c in range(cols):
        pivot = next((i for i in range(r, rows) if m[i][c] != 0), None)
        if pivot is None:
            continue
        m[r], m[pivot] = m[pivot], m[r]
        inv = 1 / m[r][c]
        m[r] = [x * inv for x in m[r]]
        for i in range(rows):
            if i != r and m[i][c]:
                f = m[i][c]
                m[i] = [a - f * b for a, b in zip(m[i], m[r])]
        pivots.append(c)
        r += 1
        if r == rows:
            break
    return m, pivots


def det_leibniz(m):
    n = len(m)
    total = Fraction(0)
    for perm in permutations(range(n)):
        inversions = sum(1 for i in range(n) for j in range(i + 1, n) if perm[i] > perm[j])
        total += (-1) ** inversions * math.prod(m[i][perm[i]] for i in range(n))
    return total


def matmul(a, b):
    return [[sum((x * y for x, y in zip(row, col)), Fraction(0)) for col in zip(*b)] for row in a]


def transpose(a):
    return [list(col) for col in zip(*a)]


def inverse(m):
    n = len(m)
    aug = [row + [Fraction(int(i == j)) for j in range(n)] for i, row in enumerate(m)]
    red, piv = rref(aug)
    if piv[:n] != list(range(n)):
        raise ZeroDivisionError("matrix is singular")
    return [row[n:] for row in red]


def null_space(m):
    red, piv = rref(m)
    cols = len(m[0])
    free = [c for c in range(cols) if c not in piv]
    basis = []
    for f in free:
        v = [Fraction(0)] * cols
        v[f] = Fraction(1)
        for row, p in zip(red, piv):
            v[p] = -row[f]
        # scale to integers
        lcm = reduce(math.lcm, (x.denominator for x in v), 1)
        basis.append([int(x * lcm) for x in v])
    return basis


def lu(m):
    n = len(m)
    L = [[Fraction(int(i == j)) for j in range(n)] for i in range(n)]
    U = [row[:] for row in m]
    for k in range(n):
        for i in range(k + 1, n):
            f = U[i][k] / U[k][k]
            L[i][k] = f
            U[i] = [a - f * b for a, b in zip(U[i], U[k])]
    return L, U


A = parse_matrix("""
2 1 -1
-3 -1 2
-2 1 2
""")
b = [Fraction(8), Fraction(-11), Fraction(-3)]
show("A", A)
print("det:", det_leibniz(A))
red, piv = rref([row + [bi] for row, bi in zip(A, b)])
show("rref [A|b]", red)
print("solution:", [fmt(row[-1]) for row in red], "pivots", piv)
Ainv = inverse(A)
show("A^-1", Ainv)
show("A A^-1", matmul(A, Ainv))
L, U = lu(A)
show("L", L)
show("U", U)
print("LU == A:", matmul(L, U) == A)

H = [[Fraction(1, i + j + 1) for j in range(4)] for i in range(4)]
show("Hilbert 4", H)
print("det H4 =", det_leibniz(H), "=", float(det_leibniz(H)))
show("H4^-1", inverse(H))

S = parse_matrix("""
1 2 3 4
2 4 6 8
1 0 1 0
""")
red, piv = rref(S)
show("rref S", red)
print("rank", len(piv), "null space", null_space(S))
for v in null_space(S):
    print("  S v =", [sum(Fraction(a) * x for a, x in zip(row, v)) for row in S])
try:
    inverse(S[:2] + [[Fraction(0)] * 4][:0] or [[Fraction(1), Fraction(2)], [Fraction(2), Fraction(4)]])
except ZeroDivisionError as exc:
    print("ZeroDivisionError:", exc)

# Least squares fit y = a + b x + c x^2 via normal equations, exactly.
xs = [Fraction(x) for x in (0, 1, 2, 3, 4, 5)]
ys = [Fraction(y) for y in ("1", "1.8", "3.3", "4.5", "6.3", "7.9")]
X = [[Fraction(1), x, x * x] for x in xs]
Xt = transpose(X)
coef = matmul(inverse(matmul(Xt, X)), [[y] for y in matmul(Xt, [[y] for y in ys])[0:0] or ys])
coef = [row[0] for row in matmul(inverse(matmul(Xt, X)), matmul(Xt, [[y] for y in ys]))]
print("least squares:", coef)
print("as floats:", [f"{float(c):.6f}" for c in coef], "formatted:", [f"{c:.4f}" for c in coef])
resid = [y - (coef[0] + coef[1] * x + coef[2] * x * x) for x, y in zip(xs, ys)]
print("residuals:", [str(r) for r in resid], "sum", sum(resid))

# Continued fractions and best rational approximations
def continued(x, n=12):
    terms = []
    for _ in range(n):
        a = math.floor(x)
        terms.append(a)
        x -= a
        if x == 0:
            break
        x = 1 / x
    return terms


def convergents(terms):
    h0, h1, k0, k1 = 0, 1, 1, 0
    for a in terms:
        h0, h1 = h1, a * h1 + h0
        k0, k1 = k1, a * k1 + k0
        yield Fraction(h1, k1)


for name, value in [("pi", Fraction(math.pi)), ("sqrt2", Fraction(2 ** 0.5)), ("415/93", Fraction(415, 93)), ("e", Fraction(Decimal("2.718281828459045235360287")))]:
    terms = continued(value)
    cs = list(convergents(terms))
    print(f"{name}: {terms} -> {[str(c) for c in cs[:6]]}")
    print(f"   limit_denominator: {value.limit_denominator(10)} {value.limit_denominator(1000)} {value.limit_denominator(10**6)}")

# Fraction API details
f = Fraction(-7, 3)
print(f, repr(f), f.numerator, f.denominator, f.as_integer_ratio(), f.is_integer(), Fraction(6, 3).is_integer())
print(math.floor(f), math.ceil(f), math.trunc(f), round(f), round(f, 2), round(Fraction(5, 2)), round(Fraction(7, 2)), int(f))
print(f"{f:.3f}|{f:>10}|{f:<10}|{f:^+12}|{f:e}|{f:.2%}|{Fraction(1, 3):g}|{Fraction(10**20, 3):,.2f}|{Fraction(5, 1):#}|{f:_^11.1f}")
print(Fraction("3.1415"), Fraction(" -2/6 "), Fraction("1e-3"), Fraction("-.5"), Fraction(Decimal("1.10")), Fraction(0.1))
print(Fraction.from_float(0.25), Fraction.from_decimal(Decimal("-0.125")), Fraction.from_number(3), Fraction.from_number(1.5))
print(Fraction(1, 3) ** 2, Fraction(4, 9) ** Fraction(1, 2), 2 ** Fraction(1, 2), Fraction(-8) ** -1, Fraction(2, 3) ** -2)
print(divmod(Fraction(7, 2), Fraction(2, 3)), Fraction(7, 2) // 1, Fraction(7, 2) % Fraction(1, 3), -Fraction(1, 2) % 1)
print(Fraction(1, 3) + 0.5, Fraction(1, 3) == 1 / 3, Fraction(1, 2) == 0.5, Fraction(1, 3) < 0.34, hash(Fraction(1, 2)) == hash(0.5))
print(Fraction(3, 1) + 1j, isinstance(Fraction(1), Rational), sorted([Fraction(1, 3), 0.3, Decimal("0.31"), 1, Fraction(-1, 2)]))
print(sum(Fraction(1, n) for n in range(1, 21)), math.fsum([0.1] * 10), sum([0.1] * 10), math.prod(Fraction(k, k + 1) for k in range(1, 10)))
for bad in ["1/0", "abc", "1/-2", "1.5/2", "", "nan", "inf"]:
    try:
        print(repr(bad), "->", Fraction(bad))
    except (ValueError, ZeroDivisionError) as exc:
        print(repr(bad), "->", type(exc).__name__, exc)
for bad_args in [(1, 0), (1.5, 2), ("1", 2), (float("nan"),), (float("inf"),)]:
    try:
        print(Fraction(*bad_args))
    except (ValueError, ZeroDivisionError, TypeError, OverflowError) as exc:
        print(bad_args, "->", type(exc).__name__, exc)
try:
    format(Fraction(1, 3), "d")
except ValueError as exc:
    print("ValueError:", exc)
print([(a, b, math.gcd(a, b), math.lcm(a, b)) for a, b in product((12, 18, 0), (8, -30))])
print(math.comb(30, 12), math.perm(10, 3), math.isqrt(10**30 + 12345), (10**30).bit_length(), (255).bit_count())
