# Exact linear algebra with fractions.Fraction: Gaussian elimination, determinant, inverse, solving a
# system, matrix printing with aligned columns, plus Decimal arithmetic for money with rounding modes.
from fractions import Fraction as F
from decimal import Decimal, ROUND_HALF_UP, ROUND_HALF_EVEN, getcontext

class Matrix:
    def __init__(self, rows):
        self.rows = [[F(x) for x in row] for row in rows]
        self.n = len(rows)
        self.m = len(rows[0])

    def __matmul__(self, other):
        return Matrix([[sum(a * b for a, b in zip(row, col)) for col in zip(*other.rows)] for row in self.rows])

    def __eq__(self, other):
        return self.rows == other.rows

    def __str__(self):
        cells = [[str(x) for x in row] for row in self.rows]
        width = max(len(c) for row in cells for c in row)
        return "\n".join("[ " + "  ".join(c.rjust(width) for c in row) + " ]" for row in cells)

    @classmethod
    def identity(cls, n):
        return cls([[int(i == j) for j in range(n)] for i in range(n)])

    def determinant(self):
        a = [row[:] for row in self.rows]
        det = F(1)
        for col in range(self.n):
            pivot = next((r for r in range(col, self.n) if a[r][col] != 0), None)
            if pivot is None:
                return F(0)
            if pivot != col:
                a[col], a[pivot] = a[pivot], a[col]
                det = -det
            det *= a[col][col]
            for r in range(col + 1, self.n):
                factor = a[r][col] / a[col][col]
                a[r] = [x - factor * y for x, y in zip(a[r], a[col])]
        return det

    def inverse(self):
        n = self.n
        a = [row[:] + [F(int(i == j)) for j in range(n)] for i, row in enumerate(self.rows)]
        for col in range(n):
            pivot = next((r for r in range(col, n) if a[r][col] != 0), None)
            if pivot is None:
                raise ZeroDivisionError("matrix is singular")
            a[col], a[pivot] = a[pivot], a[col]
            p = a[col][col]
            a[col] = [x / p for x in a[col]]
            for r in range(n):
                if r != col and a[r][col] != 0:
                    f = a[r][col]
                    a[r] = [x - f * y for x, y in zip(a[r], a[col])]
        return Matrix([row[n:] for row in a])

A = Matrix([[2, 1, -1], [-3, -1, 2], [-2, 1, 2]])
print(A)
print("det:", A.determinant())
inv = A.inverse()
print(inv)
print("A @ inv == I:", A @ inv == Matrix.identity(3))
b = Matrix([[8], [-11], [-3]])
print("solution:", [row[0] for row in (inv @ b).rows])
H = Matrix([[F(1, i + j + 1) for j in range(4)] for i in range(4)])
print("hilbert det:", H.determinant())
print("hilbert inverse first row:", [str(x) for x in H.inverse().rows[0]])
try:
    Matrix([[1, 2], [2, 4]]).inverse()
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print("fractions:", F(3, 4) + F(1, 6), F(-6, 8), F("2.5"), F(0.125), F(1, 3) ** 2, float(F(22, 7)), F(7, 3) // 1, F(7, 3) % 1, round(F(5, 2)), F(1, 3) < 0.34)
print("limit_denominator:", F(3.141592653589793).limit_denominator(1000))
try:
    F(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
getcontext().prec = 28
prices = [Decimal("19.99"), Decimal("5.01"), Decimal("0.333")]
total = sum(prices, Decimal(0))
print("decimal total:", total, total.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))
print("half-up vs half-even:", Decimal("2.675").quantize(Decimal("0.01"), ROUND_HALF_UP), Decimal("2.665").quantize(Decimal("0.01"), ROUND_HALF_EVEN))
print("decimal division:", Decimal(1) / Decimal(7), Decimal(10) / Decimal(4))
print("float vs decimal:", 0.1 + 0.2, Decimal("0.1") + Decimal("0.2"), Decimal(0.1))
split = (Decimal("100.00") / 3).quantize(Decimal("0.01"))
print("bill split:", split, split * 3, Decimal("100.00") - split * 2)
