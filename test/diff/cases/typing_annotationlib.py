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

# Annotations naming things not defined yet, read in the FORWARDREF and STRING formats:
# annotationlib re-runs __annotate__ over fake globals (a dict subclass) and fake closure cells.
import annotationlib
from annotationlib import Format, get_annotations
import re
def no_addr(v):
    return re.sub(r" at 0x[0-9a-f]+", "", repr(v))
class Late:
    a: missing_c
    b: "str"
    c: list[int]
    d: Optional[AlsoMissing]
def late_func(x: Undefined[int] | None = None, *args: "Q", **kw: dict[str, Missing]) -> Undef.attr:
    pass
def make_closure():
    local_type = int
    def inner(p: local_type, q: later_local) -> None:
        pass
    later_local = str
    return inner
show('class forwardref', lambda: no_addr(get_annotations(Late, format=Format.FORWARDREF)))
show('class string', lambda: get_annotations(Late, format=Format.STRING))
show('class value', lambda: get_annotations(Late))
show('func string', lambda: get_annotations(late_func, format=Format.STRING))
show('func forwardref', lambda: no_addr(get_annotations(late_func, format=Format.FORWARDREF)))
show('closure value', lambda: get_annotations(make_closure()))
show('closure string', lambda: get_annotations(make_closure(), format=Format.STRING))
fr = get_annotations(late_func, format=Format.FORWARDREF)
Missing = bytes
show('evaluate later', lambda: (no_addr(fr['kw']), fr['kw'].__args__[1].evaluate()))
show('evaluate still missing', lambda: fr['return'].evaluate())
show('forwardref arg', lambda: (type(fr['x']).__name__, fr['x'].__forward_arg__))
