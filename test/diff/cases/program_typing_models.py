"""A typing-heavy domain model: Protocols, TypedDict, Generic repositories, frozen slotted dataclasses, Flag."""
from __future__ import annotations

import enum
import typing
from dataclasses import dataclass, field, replace, asdict, astuple, fields, FrozenInstanceError
from typing import (Any, Callable, ClassVar, Generic, Iterator, Literal, NamedTuple, Optional, Protocol,
                    TypedDict, TypeVar, runtime_checkable, get_type_hints, get_origin, get_args, overload)


class Perm(enum.Flag):
    READ = enum.auto()
    WRITE = enum.auto()
    EXEC = enum.auto()
    RW = READ | WRITE
    ALL = READ | WRITE | EXEC


class Color(enum.StrEnum):
    RED = enum.auto()
    GREEN = "verde"


class UserDict(TypedDict, total=False):
    name: str
    age: int
    tags: list[str]


@runtime_checkable
class HasId(Protocol):
    id: int

    def describe(self) -> str: ...


@dataclass(frozen=True, slots=True, order=True)
class User:
    id: int
    name: str
    perms: Perm = Perm.READ
    tags: tuple[str, ...] = ()
    kind: ClassVar[str] = "user"

    def describe(self) -> str:
        return f"{self.name}#{self.id} [{self.perms!r}]"


@dataclass(slots=True)
class Group:
    name: str
    members: list[User] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict, repr=False)

    def add(self, user: User) -> None:
        self.members.append(user)


T = TypeVar("T", bound=HasId)
K = TypeVar("K")


class Repo(Generic[T]):
    def __init__(self) -> None:
        self._items: dict[int, T] = {}

    def put(self, item: T) -> T:
        self._items[item.id] = item
        return item

    @overload
    def get(self, key: int) -> T: ...
    @overload
    def get(self, key: int, default: K) -> T | K: ...
    def get(self, key, default=None):
        return self._items.get(key, default)

    def __iter__(self) -> Iterator[T]:
        return iter(sorted(self._items.values(), key=lambda i: i.id))

    def __len__(self) -> int:
        return len(self._items)


class Point(NamedTuple):
    x: float
    y: float = 0.0

    def norm(self) -> float:
        return (self.x ** 2 + self.y ** 2) ** 0.5


class Box[V]:
    def __init__(self, value: V) -> None:
        self.value = value

    def map[W](self, fn: Callable[[V], W]) -> Box[W]:
        return Box(fn(self.value))

    def __repr__(self) -> str:
        return f"Box({self.value!r})"


type Pair[A] = tuple[A, A]
Mode = Literal["r", "w"]


def open_mode(mode: Mode, user: Optional[User] = None) -> str:
    return f"{mode}:{user.name if user else '-'}"


repo: Repo[User] = Repo()
alice = repo.put(User(2, "alice", Perm.RW, ("admin",)))
bob = repo.put(User(1, "bob"))
print([u.describe() for u in repo], len(repo), repo.get(5, "none"))
print(alice, sorted([alice, bob])[0].name, alice > bob)
print(isinstance(alice, HasId), isinstance(3, HasId))
try:
    alice.name = "eve"
except FrozenInstanceError as e:
    print("FrozenInstanceError", e)
try:
    alice.extra = 1
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
print(replace(alice, name="alicia"), asdict(bob), astuple(bob))
print([f.name for f in fields(User)], User.__slots__, hasattr(alice, "__dict__"))
print(User.__match_args__, hash(alice) == hash(User(2, "alice", Perm.RW, ("admin",))))

g = Group("ops")
g.add(alice)
print(g, Group.__slots__)

print(Perm.RW, Perm.READ | Perm.EXEC, Perm.ALL & ~Perm.WRITE, list(Perm.RW), Perm(0), bool(Perm(0)))
print(Perm.WRITE in Perm.RW, repr(Perm.ALL), Perm["EXEC"].value, len(Perm), [p.name for p in Perm])
print(Color.RED, repr(Color.GREEN), Color("red") is Color.RED, f"{Color.GREEN}", Color.RED.upper())

ud: UserDict = {"name": "x", "tags": []}
print(ud, UserDict.__total__, sorted(UserDict.__optional_keys__), UserDict.__annotations__ if False else "")
print(get_type_hints(UserDict))
p = Point(3, 4)
print(p, p.norm(), p._replace(y=1), p._asdict(), Point._fields, Point._field_defaults)
b = Box(21).map(lambda v: v * 2).map(str)
print(b, Box.__type_params__, Box.map.__type_params__)
print(Pair, Pair.__value__, Pair[int], get_origin(Pair[int]), get_args(Pair[int]))
print(open_mode("r"), open_mode("w", bob))
hints = get_type_hints(open_mode)
print(hints)
print(get_type_hints(User))
print(get_origin(list[int]), get_args(dict[str, list[int]]), get_args(Optional[int]), get_origin(int | None))
print(typing.get_overloads(Repo.get)[0].__name__ if hasattr(typing, "get_overloads") else "")
print(repr(int | str), (int | str) == typing.Union[str, int], list[int] == list[int])
print(T, T.__bound__, K.__constraints__, Repo[User], Repo.__parameters__)
print(User.__annotations__ if hasattr(User, "__annotations__") else None)
