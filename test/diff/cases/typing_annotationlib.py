# typing features that go through annotationlib (and so need the _ast module and t-strings): the
# NamedTuple and TypedDict class syntax, runtime-checkable protocols, reprs of typing's own aliases.
from typing import NamedTuple, TypedDict, Optional, Protocol, runtime_checkable, List, Dict, Callable, TypeVarTuple, Unpack, Generic, TypeVar

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

class Point(NamedTuple):
    x: int
    y: int = 0
show('namedtuple', lambda: (Point(1), Point(1, 2)._asdict(), Point._fields, Point._field_defaults, Point(3, 4) == (3, 4)))

class Movie(TypedDict):
    title: str
    year: int
show('typeddict', lambda: (Movie(title='x', year=1), Movie.__required_keys__ == {'title', 'year'}, Movie.__total__))


class Employee(NamedTuple):
    name: str
    boss: Optional['Employee'] = None
show('namedtuple forward ref', lambda: (Employee('a'), Employee('b', Employee('a')).boss.name, Employee.__annotations__))

class Partial(TypedDict, total=False):
    x: int
show('typeddict total', lambda: (Partial(), Partial.__total__, Partial.__optional_keys__ == {'x'}))

@runtime_checkable
class Closeable(Protocol):
    def close(self) -> None: ...
class Resource:
    def close(self) -> None:
        pass
show('protocol', lambda: (isinstance(Resource(), Closeable), isinstance(3, Closeable), issubclass(Resource, Closeable)))
show('protocol instantiate', lambda: Closeable())


Ts = TypeVarTuple('Ts')
T = TypeVar('T')
class Box(Generic[T]):
    pass
show('alias reprs', lambda: (List[int], Dict[str, List[int]], Callable[[int], str], Box[int], Unpack[Ts], Optional['Box']))
