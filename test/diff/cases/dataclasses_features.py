# dataclasses beyond the basics: field() options (repr/compare/hash/init/kw_only/metadata), asdict and
# astuple recursion, order comparisons and sorting, frozen (hash, FrozenInstanceError, replace),
# __post_init__ with InitVar, eq=False, unsafe_hash, match_args, fields() introspection, reprs.
import dataclasses
from dataclasses import dataclass, field, asdict, astuple, fields, replace, InitVar, KW_ONLY


def show(title, fn):
    try:
        print(title, fn())
    except Exception as e:
        print(title, type(e).__name__, e)


@dataclass
class Item:
    name: str
    price: float = 0.0
    tags: list = field(default_factory=list)
    secret: str = field(default='s', repr=False)
    cache: dict = field(default_factory=dict, compare=False, repr=False)
    note: str = field(default='', metadata={'unit': 'text'})


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default='', compare=False)


@dataclass(frozen=True)
class Point:
    x: int
    y: int = 0

    def moved(self, dx):
        return replace(self, x=self.x + dx)


@dataclass
class Order:
    items: list
    discount: InitVar[float] = 0.0
    total: float = field(init=False)

    def __post_init__(self, discount):
        self.total = round(sum(i.price for i in self.items) * (1 - discount), 2)


@dataclass
class Nested:
    point: Point
    items: list
    mapping: dict


@dataclass(eq=False)
class Identity:
    v: int


@dataclass(unsafe_hash=True)
class Hashed:
    a: int
    b: int = field(default=0, hash=False)


@dataclass
class Options:
    path: str
    _: KW_ONLY
    verbose: bool = False
    level: int = 1


@dataclass(kw_only=True)
class AllKw:
    a: int
    b: int = 2


@dataclass(repr=False)
class NoRepr:
    a: int


item = Item('pen', 1.5, ['office'])
print('repr', item)
print('eq', item == Item('pen', 1.5, ['office'], cache={'x': 1}), item == Item('pen', 1.5))
print('fields', [(f.name, f.type.__name__ if isinstance(f.type, type) else f.type, f.repr, f.compare) for f in fields(Item)])
print('metadata', fields(Item)[-1].metadata['unit'], dict(fields(Item)[-1].metadata))
print('default factory distinct', Item('a').tags is not Item('b').tags)

versions = [Version(2, 0), Version(1, 5, 'beta'), Version(1, 5, 'rc'), Version(1, 0)]
print('sorted', sorted(versions))
print('compare', Version(1, 5, 'x') == Version(1, 5, 'y'), Version(1) < Version(1, 1), Version(3) >= Version(2, 9))
show('compare other type', lambda: Version(1) < (1, 0))

p = Point(1, 2)
print('frozen', p, hash(p) == hash(Point(1, 2)), p.moved(5), p)
show('assign frozen', lambda: setattr(p, 'x', 9))
show('delete frozen', lambda: delattr(p, 'y'))
print('frozen set', len({Point(1), Point(1), Point(2)}))

order = Order([Item('a', 10.0), Item('b', 5.0)], discount=0.1)
print('post_init', order.total, 'discount' in [f.name for f in fields(Order)])
show('init=False arg', lambda: Order([], total=3))

n = Nested(Point(1, 2), [Point(3, 4), (5, 6)], {'k': Point(7, 8)})
print('asdict', asdict(n))
print('astuple', astuple(n))
print('asdict factory', asdict(Point(1, 2), dict_factory=lambda kv: sorted(kv)))
show('asdict non-dataclass', lambda: asdict(3))

print('identity', Identity(1) == Identity(1), Identity(1).__hash__ is not None)
print('unsafe_hash', hash(Hashed(1, 2)) == hash(Hashed(1, 3)), Hashed(1, 2) == Hashed(1, 3))
print('kw_only', Options('p', verbose=True), AllKw(a=1))
show('kw_only positional', lambda: Options('p', True))
show('all kw positional', lambda: AllKw(1))
print('match_args', Point.__match_args__, Options.__match_args__)
print('no repr', NoRepr(1).__repr__().startswith('<'))
print('replace', replace(Options('p'), level=3))
show('replace init=False', lambda: replace(order, total=1))
print('is_dataclass', dataclasses.is_dataclass(p), dataclasses.is_dataclass(Point), dataclasses.is_dataclass(3))
print('params', Point.__dataclass_params__.frozen, Version.__dataclass_params__.order)
Dyn = dataclasses.make_dataclass('Dyn', [('a', int), ('b', str, field(default='z'))], namespace={'hi': lambda self: 'hi ' + self.b})
print('make_dataclass', Dyn(1), Dyn(1).hi(), [f.name for f in fields(Dyn)])
show('mutable default', lambda: dataclass(type('Bad', (), {'__annotations__': {'x': list}, 'x': []})))


match Point(0, 3):
    case Point(0, y):
        print('match y', y)
