# A grade book: dataclasses (asdict, replace, field factories, __post_init__, frozen errors, ordering),
# statistics over scores, exact fractions for weights and decimal contexts for money-like rounding.
import dataclasses
import statistics
from dataclasses import dataclass, field, asdict, astuple, replace, fields, FrozenInstanceError, InitVar, KW_ONLY
from decimal import Decimal, getcontext, localcontext, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_DOWN, InvalidOperation, Context, Inexact
from fractions import Fraction

@dataclass(frozen=True, order=True)
class Weight:
    name: str
    share: Fraction

@dataclass
class Student:
    name: str
    scores: dict = field(default_factory=dict)
    tags: list = field(default_factory=list, repr=False, compare=False)
    sid: int = field(default=0, kw_only=True)
    curve: InitVar[float] = 0.0

    def __post_init__(self, curve):
        if not self.name:
            raise ValueError('name required')
        self.scores = {k: min(100.0, v + curve) for k, v in self.scores.items()}

    @property
    def mean(self):
        return statistics.fmean(self.scores.values()) if self.scores else 0.0

@dataclass(slots=True)
class Course:
    code: str
    _: KW_ONLY
    credits: int = 3
    students: list = field(default_factory=list)

WEIGHTS = (Weight('homework', Fraction(3, 10)), Weight('midterm', Fraction(3, 10)), Weight('final', Fraction(2, 5)))
print(sum(w.share for w in WEIGHTS), sorted(WEIGHTS)[0], max(WEIGHTS, key=lambda w: w.share))
try:
    WEIGHTS[0].share = Fraction(1)
except FrozenInstanceError as e:
    print('FrozenInstanceError', e)
try:
    del WEIGHTS[0].name
except FrozenInstanceError as e:
    print('FrozenInstanceError', e)
print(hash(WEIGHTS[0]) == hash(Weight('homework', Fraction(3, 10))), WEIGHTS[0] < WEIGHTS[1])

raw = {
    'ana': {'homework': 88, 'midterm': 79, 'final': 91},
    'ben': {'homework': 72, 'midterm': 65, 'final': 70},
    'caro': {'homework': 95, 'midterm': 98, 'final': 99},
    'dev': {'homework': 60, 'midterm': 82, 'final': 77},
    'eli': {'homework': 85, 'midterm': 85, 'final': 85},
}
course = Course('CS101', credits=4)
for i, (name, sc) in enumerate(sorted(raw.items())):
    course.students.append(Student(name, dict(sc), sid=i + 1, curve=2.5 if name == 'ben' else 0))
print(course)
print(course.students[1], course.students[1].mean)
try:
    Student('')
except ValueError as e:
    print('ValueError', e)
try:
    Course('X', 4)
except TypeError as e:
    print('TypeError', e)
try:
    course.extra = 1
except AttributeError as e:
    print('AttributeError', type(e).__name__)

def weighted(student):
    total = Fraction(0)
    for w in WEIGHTS:
        total += w.share * Fraction(student.scores[w.name]).limit_denominator(1000)
    return total

for s in course.students:
    wt = weighted(s)
    print(f'{s.name:5} {s.sid} weighted={wt} ~ {float(wt):.3f} mean={s.mean:.2f}')

finals = [s.scores['final'] for s in course.students]
mids = [s.scores['midterm'] for s in course.students]
print('mean', statistics.mean(finals), 'median', statistics.median(finals), 'median_low', statistics.median_low(mids),
      'median_high', statistics.median_high(mids))
print('mode', statistics.mode([1, 2, 2, 3, 3, 3]), 'multimode', statistics.multimode('aabbcd'))
print('pstdev', round(statistics.pstdev(finals), 6), 'stdev', round(statistics.stdev(finals), 6),
      'variance', round(statistics.variance(mids), 6), 'pvariance', round(statistics.pvariance(mids), 6))
print('quantiles', statistics.quantiles(finals, n=4), statistics.quantiles(range(1, 11), n=10, method='inclusive'))
print('harmonic', round(statistics.harmonic_mean([40, 60]), 6), 'geometric', round(statistics.geometric_mean([1, 4, 16]), 6))
print('correlation', round(statistics.correlation(mids, finals), 6), 'covariance', round(statistics.covariance(mids, finals), 6))
lr = statistics.linear_regression(mids, finals)
print('regression', round(lr.slope, 6), round(lr.intercept, 6))
print(statistics.median_grouped([52, 52, 53, 54]), statistics.mean([Fraction(1, 3), Fraction(1, 6)]), statistics.mean([Decimal('0.5'), Decimal('0.25')]))
nd = statistics.NormalDist(mu=statistics.mean(finals), sigma=statistics.stdev(finals))
print(round(nd.cdf(90), 6), round(nd.inv_cdf(0.9), 4), round(nd.pdf(85), 6), nd.mean == statistics.mean(finals))
print(statistics.NormalDist(100, 15) + 5, round(statistics.NormalDist(0, 1).overlap(statistics.NormalDist(1, 1)), 6))
for bad in ([], [1]):
    try:
        statistics.stdev(bad)
    except statistics.StatisticsError as e:
        print('StatisticsError', e)
try:
    statistics.mean([])
except statistics.StatisticsError as e:
    print('StatisticsError', e)

print(asdict(course.students[0]))
print(astuple(WEIGHTS[2]), [f.name for f in fields(Student)], [f.name for f in fields(course)])
print(replace(course.students[0], name='ana2', curve=0).name, replace(WEIGHTS[0], share=Fraction(1, 2)))
try:
    replace(course.students[0], sid=9)
except (TypeError, ValueError) as e:
    print(type(e).__name__, e)
print(dataclasses.is_dataclass(Student), dataclasses.is_dataclass(course), dataclasses.is_dataclass(int))
Point = dataclasses.make_dataclass('Point', [('x', int), ('y', int, field(default=0))], namespace={'norm': lambda self: abs(self.x) + abs(self.y)})
print(Point(3, -4), Point(3, -4).norm(), Point.__match_args__)
try:
    @dataclass
    class Bad:
        a: int = 0
        b: int
except TypeError as e:
    print('TypeError', e)
try:
    @dataclass
    class Bad2:
        items: list = []
except ValueError as e:
    print('ValueError', e)

print('--- money')
getcontext().prec = 28
prices = [Decimal('19.99'), Decimal('5.005'), Decimal('0.015'), Decimal('100')]
for p in prices:
    print(p, p.quantize(Decimal('0.01'), rounding=ROUND_HALF_UP), p.quantize(Decimal('0.01'), rounding=ROUND_HALF_EVEN),
          p.quantize(Decimal('1.'), rounding=ROUND_DOWN))
total = sum(prices)
print('total', total, total * Decimal('1.0825'), (total / 3).quantize(Decimal('0.0001')))
with localcontext() as ctx:
    ctx.prec = 5
    print('prec5', Decimal(1) / Decimal(7), Decimal('123456.789') + 0, ctx.prec)
with localcontext(prec=3, rounding=ROUND_DOWN) as ctx:
    print('prec3', Decimal(2).sqrt(), Decimal('9.999') * 1)
print('back', Decimal(1) / Decimal(7))
strict = Context(prec=10, traps=[Inexact])
try:
    strict.divide(Decimal(1), Decimal(3))
except Inexact as e:
    print('Inexact', type(e).__mro__[1].__name__)
print(strict.divide(Decimal(1), Decimal(4)))
try:
    Decimal('abc')
except InvalidOperation as e:
    print('InvalidOperation', e)
print(Decimal('1.30').normalize(), Decimal('-0.0'), Decimal(0.1), Decimal('1e3').to_integral_value(), Decimal('2.5').as_integer_ratio())
print(Fraction('3.1415').limit_denominator(100), Fraction(7, -21), Fraction(1.5), round(Fraction(5, 2)), Fraction(22, 7) ** 2, Fraction(2, 3).as_integer_ratio())
print(format(Fraction(1, 3), '.5f'), f'{Decimal("1234.5"):,.2f}', f'{Fraction(22, 7):>10.3f}|')
