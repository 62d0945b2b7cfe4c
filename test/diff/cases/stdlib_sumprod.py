import math, random, statistics
from fractions import Fraction
from decimal import Decimal
rnd = random.Random(11)
print(math.sumprod([], []), math.sumprod([1, 2], [3, 4]), math.sumprod([1.5, 2], [2, 3.0]), math.sumprod([True, False], [3.5, 1.0]), math.sumprod([2**62, 2**62], [2, 2]))
print(math.sumprod([1e16, 1.0, -1e16], [1.0, 1.0, 1.0]), math.sumprod((-5, -5, 10), (1.5, 2**62, 2**61)), math.sumprod([1, 2.5, 3], [4, 5, 6]), math.sumprod([Fraction(1, 3), 2], [3, 0.5]))
print(math.sumprod([1e308, 1e308], [2.0, -2.0]), math.sumprod([1e308], [10.0]), math.sumprod([math.nan, 1.0], [1.0, 2.0]))
for a, b in [([2**1100, 1.5], [1, 2.0]), ([1.5, 2**1100], [2.0, 1]), ([1.5, 2**1100], [2.0, 1.5])]:
    try: print(math.sumprod(a, b))
    except OverflowError as e: print('OverflowError', e)
print(math.sumprod([Decimal('1.1'), 2], [2, Decimal('0.5')]), math.sumprod([1, 2, 3.5, 4, 5], [1.5, 2, 3, 4, 5]), math.sumprod(iter([1.0, 2.0]), (x for x in [3.0, 4.0])))
try: math.sumprod([1, 2], [3])
except ValueError as e: print(e)
try: math.sumprod([1], 5)
except TypeError as e: print(e)
for trial in range(200):
    n = rnd.randint(1, 30)
    xs = [rnd.choice([rnd.uniform(-1, 1) * 10 ** rnd.randint(-10, 10), rnd.randint(-10**6, 10**6), rnd.random() < 0.5]) for _ in range(n)]
    ys = [rnd.choice([rnd.uniform(-1, 1) * 10 ** rnd.randint(-10, 10), rnd.randint(-10**20, 10**20), 2**70]) for _ in range(n)]
    print(trial, repr(math.sumprod(xs, ys)))
xs = [rnd.gauss(0, 1) for _ in range(500)]
ys = [2 * x + rnd.gauss(0, 0.1) for x in xs]
print(statistics.correlation(xs, ys), statistics.covariance(xs, ys), statistics.linear_regression(xs, ys), statistics.fmean(xs, weights=ys))
print(statistics.correlation(xs, ys, method='ranked'), statistics.linear_regression(xs, ys, proportional=True))
