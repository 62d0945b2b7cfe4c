# Randomised differential check of the decimal arithmetic kernel: seeded random operands (finite with
# small and huge exponents, zeros, infinities, NaNs) through the Context methods under random precisions,
# rounding modes, exponent limits and clamping, printing each result and the flags it raised.
import random
from decimal import *
random.seed(2024)
def rnd():
    k = random.random()
    if k < 0.05: return Decimal(random.choice(['0', '-0', 'inf', '-inf', 'nan', '0E-5', '0E+3']))
    digits = ''.join(random.choice('0123456789') for _ in range(random.randint(1, 35)))
    e = random.randint(-40, 40) if random.random() < 0.9 else random.randint(-1000010, 1000010)
    return Decimal((random.randint(0, 1), tuple(map(int, digits)), e))
ops = ['add', 'subtract', 'multiply', 'divide', 'divide_int', 'remainder', 'remainder_near', 'compare', 'max', 'min', 'max_mag', 'min_mag', 'quantize', 'compare_total', 'fma', 'sqrt', 'exp', 'ln', 'log10', 'normalize', 'plus', 'minus', 'to_integral_exact', 'next_plus', 'next_minus', 'logb', 'divmod', 'power', 'same_quantum', 'scaleb']
unary = {'sqrt', 'exp', 'ln', 'log10', 'normalize', 'plus', 'minus', 'to_integral_exact', 'next_plus', 'next_minus', 'logb'}
out = []
for i in range(1200):
    c = Context(prec=random.choice([1, 2, 3, 5, 9, 16, 28, 40]), rounding=random.choice(['ROUND_UP', 'ROUND_DOWN', 'ROUND_CEILING', 'ROUND_FLOOR', 'ROUND_HALF_UP', 'ROUND_HALF_DOWN', 'ROUND_HALF_EVEN', 'ROUND_05UP']),
                Emax=random.choice([999999, 99, 9]), Emin=random.choice([-999999, -99, -9]), clamp=random.choice([0, 0, 1]), traps=[])
    op = random.choice(ops)
    a, b, d = rnd(), rnd(), rnd()
    if op == 'power':
        b = Decimal(random.randint(-12, 12)) if random.random() < 0.3 else (Decimal(random.choice(['0.5','1.5','-2.5','0.3333','2.25','-0.1','10.01'])) if random.random()<0.7 else b)
        a = abs(a) if random.random() < 0.8 else a
    if op == 'scaleb':
        b = Decimal(random.randint(-30, 30))
    if op in ('exp',) and random.random() < 0.7:
        a = Decimal(random.uniform(-300, 300)).quantize(Decimal('1e-%d' % random.randint(0, 20)))
    try:
        if op in unary: r = getattr(c, op)(a)
        elif op == 'fma': r = c.fma(a, b, d)
        else: r = getattr(c, op)(a, b)
    except NotImplementedError as e:
        r = 'NI'
    except Exception as e:
        r = type(e).__name__
    fl = sorted(k.__name__ for k, v in c.flags.items() if v)
    print(i, op, c.prec, c.rounding, c.Emax, c.clamp, a, b, d if op == 'fma' else '', r, fl)
