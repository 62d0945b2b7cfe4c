"""An event-sourced warehouse ledger: frozen/slotted dataclasses, enums, NamedTuple, Protocol, Generic."""
from __future__ import annotations

import dataclasses
import enum
from collections import defaultdict
from dataclasses import dataclass, field, replace, asdict, astuple, fields, KW_ONLY
from decimal import Decimal
from typing import Generic, NamedTuple, Protocol, TypeVar, runtime_checkable, Iterator


class Perm(enum.Flag):
    READ = enum.auto()
    WRITE = enum.auto()
    AUDIT = enum.auto()
    ADMIN = READ | WRITE | AUDIT


class Level(enum.IntEnum):
    LOW = 1
    MEDIUM = enum.auto()
    HIGH = enum.auto()


class Kind(enum.StrEnum):
    RECEIVE = enum.auto()
    SHIP = enum.auto()
    ADJUST = enum.auto()


class Status(enum.Enum):
    OPEN = "open"
    CLOSED = "closed"

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


class Location(NamedTuple):
    aisle: str
    shelf: int = 0

    def __str__(self):
        return f"{self.aisle}-{self.shelf:02d}"


@dataclass(frozen=True, order=True, slots=True)
class Event:
    seq: int
    kind: Kind = field(compare=False)
    sku: str = field(compare=False)
    qty: int = field(compare=False)
    _: KW_ONLY
    where: Location = field(default=Location("A"), compare=False)
    unit_cost: Decimal = field(default=Decimal("0"), compare=False, repr=False)

    def __post_init__(self):
        if self.qty == 0:
            raise ValueError("an event must move stock")
        object.__setattr__(self, "qty", int(self.qty))


@runtime_checkable
class Projection(Protocol):
    def apply(self, event: Event) -> None: ...


T = TypeVar("T")


class Stream(Generic[T]):
    def __init__(self) -> None:
        self._items: list[T] = []

    def append(self, item: T) -> None:
        self._items.append(item)

    def __iter__(self) -> Iterator[T]:
        return iter(self._items)

    def __len__(self) -> int:
        return len(self._items)

    def __class_getitem__(cls, item):
        alias = super().__class_getitem__(item)
        return alias


@dataclass
class StockLevels:
    levels: dict = field(default_factory=lambda: defaultdict(int))
    value: Decimal = Decimal("0")

    def apply(self, event):
        sign = -1 if event.kind is Kind.SHIP else 1
        self.levels[event.sku] += sign * event.qty
        self.value += sign * event.qty * event.unit_cost


@dataclass(eq=False)
class Movements:
    by_kind: dict = field(default_factory=dict)

    def apply(self, event):
        self.by_kind.setdefault(event.kind, []).append(event.seq)


class Ledger:
    def __init__(self, projections):
        self.stream: Stream[Event] = Stream()
        self.projections = projections
        self.status = Status.OPEN

    def record(self, kind, sku, qty, **kw):
        if self.status is not Status.OPEN:
            raise RuntimeError(f"ledger is {self.status.label}")
        ev = Event(len(self.stream) + 1, Kind(kind), sku, qty, **kw)
        self.stream.append(ev)
        for p in self.projections:
            p.apply(ev)
        return ev


def main():
    print("perm:", Perm.ADMIN, Perm.READ | Perm.WRITE, list(Perm.ADMIN), Perm(3))
    print("perm ops:", Perm.WRITE in Perm.ADMIN, ~Perm.READ, bool(Perm(0)), Perm.ADMIN.value)
    print("level:", Level.HIGH, Level.MEDIUM + 1, sorted([Level.HIGH, Level.LOW]), Level(2).name, repr(Level.LOW))
    print("kind:", Kind.SHIP, repr(Kind.SHIP), Kind("adjust").upper(), [str(k) for k in Kind])
    print("status:", Status("CLOSED"), Status.OPEN.label, Status.__members__.keys())
    try:
        Status(3)
    except ValueError as e:
        print("ValueError:", e)
    print("format:", f"{Level.HIGH}|{Level.HIGH!r}|{Kind.RECEIVE:>10}|{Perm.READ}")

    loc = Location("B", 3)
    print("location:", loc, repr(loc), loc._asdict(), loc._replace(shelf=7), Location._fields, Location._field_defaults)

    stock, moves = StockLevels(), Movements()
    print("protocol check:", isinstance(stock, Projection), isinstance(42, Projection))
    ledger = Ledger([stock, moves])
    ledger.record("receive", "bolt", 100, unit_cost=Decimal("0.25"))
    ledger.record("receive", "nut", 250, where=Location("C", 1), unit_cost=Decimal("0.05"))
    ledger.record("ship", "bolt", 30, unit_cost=Decimal("0.25"))
    e4 = ledger.record(Kind.ADJUST, "nut", -5, unit_cost=Decimal("0.05"))
    ledger.record("ship", "nut", 45.0, where=loc, unit_cost=Decimal("0.05"))
    for ev in ledger.stream:
        print(" ", ev)
    print("levels:", dict(stock.levels), "value:", stock.value)
    print("moves:", {str(k): v for k, v in moves.by_kind.items()})

    try:
        ledger.record("ship", "bolt", 0)
    except ValueError as e:
        print("ValueError:", e)
    try:
        ledger.record("return", "bolt", 1)
    except ValueError as e:
        print("ValueError:", e)
    try:
        e4.qty = 1
    except dataclasses.FrozenInstanceError as e:
        print("FrozenInstanceError:", e)
    try:
        e4.note = "x"
    except (AttributeError, TypeError) as e:
        print(type(e).__name__ + ":", e)
    print("slots:", Event.__slots__, hasattr(e4, "__dict__"))
    print("replace:", replace(e4, seq=99, qty=7))
    print("asdict:", asdict(e4))
    print("astuple:", astuple(e4))
    print("fields:", [(f.name, f.compare, f.kw_only) for f in fields(Event)])
    evs = list(ledger.stream)
    print("order:", evs[0] < evs[1], max(evs).seq, sorted(evs, reverse=True)[0].seq)
    print("eq/hash:", evs[0] == replace(evs[0]), hash(evs[0]) == hash(replace(evs[0])), Movements() == Movements())
    print("stream alias:", Stream[Event], Stream[int].__origin__ is Stream, Stream.__parameters__)
    print("typing args:", Stream[Event].__args__)
    print("annotations:", Event.__annotations__["qty"], StockLevels.__annotations__)
    ledger.status = Status.CLOSED
    try:
        ledger.record("receive", "bolt", 1)
    except RuntimeError as e:
        print("RuntimeError:", e)
    print("dataclass repr:", stock)
    print("is dataclass:", dataclasses.is_dataclass(Event), dataclasses.is_dataclass(e4), dataclasses.is_dataclass(Ledger))
    Point = dataclasses.make_dataclass("Point", [("x", int), ("y", int, field(default=0))], order=True)
    print("made:", Point(1), Point(2, 3) > Point(2, 1), Point.__match_args__)


main()
