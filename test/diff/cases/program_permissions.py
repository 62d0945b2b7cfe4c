# A permissions and pricing model: enum Flag/IntEnum/StrEnum/auto, functools singledispatch,
# cached_property, total_ordering, reduce and lru_cache statistics.
import enum
import functools
from enum import Enum, Flag, IntEnum, IntFlag, StrEnum, auto, unique

class Perm(Flag):
    READ = auto()
    WRITE = auto()
    EXECUTE = auto()
    DELETE = auto()
    RW = READ | WRITE
    ALL = READ | WRITE | EXECUTE | DELETE

class Priority(IntEnum):
    LOW = 1
    MEDIUM = 2
    HIGH = 3

class Color(StrEnum):
    RED = auto()
    GREEN = auto()
    DARK_BLUE = auto()

class Mode(IntFlag):
    R = 4
    W = 2
    X = 1

@unique
class Status(Enum):
    ACTIVE = 'active'
    SUSPENDED = 'suspended'

    @property
    def label(self):
        return self.value.title()

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for m in cls:
                if m.value == value.lower():
                    return m
        return None

p = Perm.READ | Perm.EXECUTE
print(p, repr(p), p.value, Perm.READ in p, Perm.WRITE in p, bool(Perm(0)))
print(list(p), [m.name for m in Perm], len(Perm))
print(Perm.ALL, repr(~Perm.READ), Perm.RW & Perm.WRITE, Perm(6), Perm.ALL ^ Perm.RW)
print(Perm['WRITE'], Perm(0), repr(Perm(0)))
try:
    Perm(64)
except ValueError as e:
    print('ValueError', e)
print(Priority.HIGH > Priority.LOW, Priority.MEDIUM + 1, sorted([Priority.HIGH, Priority.LOW]), Priority(2))
print(repr(Priority.LOW), str(Priority.LOW), format(Priority.HIGH), f'{Priority.HIGH:>5}')
print(Color.RED, repr(Color.DARK_BLUE), Color.GREEN.upper(), Color('red') is Color.RED, '-'.join(Color))
print(Mode.R | Mode.W, repr(Mode(7)), Mode(5) & 4, Mode(8) if hasattr(Mode, '_boundary_') else '', int(Mode.R | Mode.X))
print(Status('ACTIVE'), Status.SUSPENDED.label, Status.ACTIVE.name)
try:
    Status('gone')
except ValueError as e:
    print('ValueError', e)
try:
    class Dup(Enum):
        A = 1
        B = 1
    unique(Dup)
except ValueError as e:
    print('ValueError', e)
try:
    Priority.LOW = 5
except AttributeError as e:
    print('AttributeError', e)
Animal = Enum('Animal', 'ANT BEE CAT')
print(list(Animal), Animal.BEE.value, Animal(3))
print(Perm.__members__.keys() if False else list(Perm.__members__))
print(enum.member, enum.nonmember is not None)

class Shape:
    pass

class Circle(Shape):
    def __init__(self, r):
        self.r = r

class Square(Shape):
    def __init__(self, s):
        self.s = s

@functools.singledispatch
def area(shape):
    raise NotImplementedError(f'no area for {type(shape).__name__}')

@area.register
def _(shape: Circle):
    return round(3.14159 * shape.r ** 2, 3)

@area.register(Square)
def _(shape):
    return shape.s ** 2

@area.register(int)
@area.register(float)
def _(shape):
    return shape

@area.register(list)
def _(shapes):
    return sum(area(s) for s in shapes)

print(area(Circle(2)), area(Square(3)), area(7), area(2.5), area([Circle(1), Square(2), 3]))
try:
    area('x')
except NotImplementedError as e:
    print('NotImplementedError', e)
print(area.dispatch(bool).__name__ if area.dispatch(bool) is not area.dispatch(object) else 'object', sorted(t.__name__ for t in area.registry))

class Formatter:
    @functools.singledispatchmethod
    def fmt(self, arg):
        return f'<{arg}>'

    @fmt.register
    def _(self, arg: int):
        return f'int:{arg:04d}'

    @fmt.register
    def _(self, arg: list):
        return '[' + ','.join(self.fmt(a) for a in arg) + ']'

print(Formatter().fmt(5), Formatter().fmt('s'), Formatter().fmt([1, 'a', [2]]))

class Order:
    computed = 0

    def __init__(self, items):
        self.items = items

    @functools.cached_property
    def total(self):
        Order.computed += 1
        return functools.reduce(lambda acc, it: acc + it[1] * it[2], self.items, 0)

o = Order([('pen', 2, 3), ('book', 1, 12)])
print(o.total, o.total, Order.computed, 'total' in vars(o))
del o.total
print(o.total, Order.computed)
print(type(Order.__dict__['total']).__name__, Order.__dict__['total'].attrname)

@functools.total_ordering
class Version:
    def __init__(self, s):
        self.parts = tuple(int(x) for x in s.split('.'))

    def __eq__(self, other):
        return self.parts == other.parts

    def __lt__(self, other):
        return self.parts < other.parts

    def __repr__(self):
        return 'V' + '.'.join(map(str, self.parts))

vs = [Version(s) for s in ['1.10.0', '1.2.3', '1.2.10', '0.9']]
print(sorted(vs), max(vs), Version('1.0') >= Version('1.0'), Version('2.0') <= Version('1.9'), Version('1.0') > Version('0.1'))

@functools.lru_cache(maxsize=32)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(60), fib.cache_info())
fib.cache_clear()
print(fib.cache_info(), fib.cache_parameters())

@functools.lru_cache(maxsize=2, typed=True)
def square(x):
    return x * x

for v in [2, 2.0, 2, 3, 4, 2]:
    square(v)
print(square.cache_info())

@functools.cache
def ways(n, coins=(1, 5, 10, 25)):
    if n == 0:
        return 1
    if n < 0 or not coins:
        return 0
    return ways(n - coins[0], coins) + ways(n, coins[1:])
print(ways(100), ways.cache_info().currsize > 0)
p2 = functools.partial(int, base=2)
print(p2('1011'), repr(p2), functools.reduce(lambda a, b: a * b, range(1, 11)))
try:
    functools.reduce(lambda a, b: a + b, [])
except TypeError as e:
    print('TypeError', e)
print(functools.cmp_to_key(lambda a, b: (a > b) - (a < b))(3) < functools.cmp_to_key(lambda a, b: (a > b) - (a < b))(4))
@functools.wraps(fib)
def wrapper(*a):
    return fib(*a)
print(wrapper.__name__, wrapper.__wrapped__ is fib)
