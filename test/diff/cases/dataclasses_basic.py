# dataclasses: fields, defaults, default_factory, frozen, order, asdict/astuple, replace, __post_init__,
# field(init=False), slots, InitVar, inheritance, KW_ONLY.
import dataclasses
from dataclasses import dataclass, field, asdict, astuple, replace, fields, InitVar, KW_ONLY

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

@dataclass
class Point:
    x: int
    y: int = 0
show('basic', lambda: (Point(1), Point(1, 2), Point(1) == Point(1, 0), Point(1) == (1, 0)))
show('fields', lambda: [f.name for f in fields(Point)])
show('asdict', lambda: (asdict(Point(3, 4)), astuple(Point(3, 4)), replace(Point(1, 2), y=5)))

@dataclass(frozen=True, order=True)
class Version:
    major: int
    minor: int = 0
show('order', lambda: (Version(1, 2) < Version(1, 3), sorted([Version(2), Version(1, 5), Version(1)]), hash(Version(1)) == hash(Version(1))))
show('frozen', lambda: setattr(Version(1), 'major', 2))

@dataclass
class Inventory:
    items: list[str] = field(default_factory=list)
    count: int = field(init=False, default=0)
    def __post_init__(self):
        self.count = len(self.items)
show('factory', lambda: (Inventory(), Inventory(['a', 'b']).count, Inventory().items is not Inventory().items))

@dataclass
class WithInit:
    a: int
    scale: InitVar[int] = 1
    def __post_init__(self, scale):
        self.a *= scale
show('initvar', lambda: (WithInit(2, 3), WithInit(2)))

@dataclass(slots=True)
class Slotted:
    a: int
    b: str = 'x'
show('slots', lambda: (Slotted(1), Slotted.__slots__, hasattr(Slotted(1), '__dict__')))

@dataclass
class Base:
    a: int
@dataclass
class Derived(Base):
    b: int = 2
    _: KW_ONLY
    c: int = 3
show('inheritance', lambda: (Derived(1), Derived(1, 5, c=9), [f.name for f in fields(Derived)]))
show('missing arg', lambda: Point())
show('non-default after default', lambda: dataclass(type('Bad', (), {'__annotations__': {'a': int, 'b': int}, 'a': 1})))
show('is_dataclass', lambda: (dataclasses.is_dataclass(Point), dataclasses.is_dataclass(Point(1)), dataclasses.is_dataclass(3)))
show('make_dataclass', lambda: dataclasses.make_dataclass('Z', [('q', int), ('r', str, field(default='r'))])(1))
