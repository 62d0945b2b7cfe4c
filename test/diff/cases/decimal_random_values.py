# Randomised differential check of Decimal values: str/repr/eng forms, conversions, rounding, hashing
# against float and Fraction, __format__ with many specs, and the operators under the default context
# (traps raise), plus exact conversion of random floats. Seeded, so deterministic.
import random, math
from decimal import *
from fractions import Fraction
random.seed(4242)
def rnd():
    if random.random() < 0.05: return Decimal(random.choice(['0', '-0', 'inf', '-inf', 'nan', '0E-5', '0E+3', '-0.000']))
    digits = ''.join(random.choice('0123456789') for _ in range(random.randint(1, 25)))
    return Decimal((random.randint(0, 1), tuple(map(int, digits)), random.randint(-30, 30)))
specs = ['', 'f', '.2f', '.0f', '12.3f', '<12.2f', '^14.3e', '=+12.2f', '*>10', '+.3e', '.3E', 'e', '.2g', '.10g', 'g', ',', ',.2f', '015.2f', '015,.1f', '%', '.1%', ' .2f', '-f', '08', '.0e', '.3G', 'n', '.5n', 'G', '.1g', '.0%']
for i in range(600):
    a = rnd()
    b = rnd()
    out = [str(a), repr(a), a.to_eng_string(), a.adjusted(), a.number_class(), a.as_tuple()]
    try: out.append(float(a))
    except Exception as e: out.append(type(e).__name__)
    try: out.append(int(a))
    except Exception as e: out.append(type(e).__name__)
    try: out.append(round(a, random.randint(-3, 5)))
    except Exception as e: out.append(type(e).__name__)
    try: out.append(a.as_integer_ratio())
    except Exception as e: out.append(type(e).__name__)
    if a.is_finite():
        f = float(a)
        out.append(hash(a) == hash(Fraction(a)))
        out.append((a == f, a < f, Decimal(f) == f, hash(Decimal(f)) == hash(f)))
    spec = random.choice(specs)
    try: out.append(format(a, spec))
    except Exception as e: out.append(type(e).__name__)
    for op in ['+', '-', '*', '/', '//', '%', '**', '<', '==', 'divmod']:
        try:
            if op == 'divmod': r = divmod(a, b)
            elif op == '**': r = a ** (b if random.random() < 0.2 else random.randint(-5, 5))
            else: r = eval('a %s b' % op)
            out.append(r)
        except Exception as e:
            out.append(type(e).__name__)
    print(i, *out)
    getcontext().clear_flags()
for i in range(150):
    x = random.choice([random.random() * 10 ** random.randint(-30, 30), random.uniform(-1, 1), float(random.randint(-10**6, 10**6)), 2.0 ** random.randint(-1074, 1023)])
    d = Decimal(x)
    print(d, hash(d) == hash(x), d == x, float(d) == x, Decimal.from_float(x) == d)
