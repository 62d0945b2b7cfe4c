# stdin: coin 25\ncoin 10\nselect B2\ncoin 100\nselect B2\nselect A1\nrefund\nstock A1 3\nservice on\nprice A1 1.75\nservice off\n
# stdin: coin 5\ncoin 3\nselect Z9\n\nselect\ncoin 200\nselect A1\nselect C3\ncoin 50 extra\nhistory\nstats\nquit\nselect A1\n
"""A vending machine driven by stdin commands: a state machine written with match and class patterns."""
import sys
from dataclasses import dataclass, field
from enum import Enum, auto
from fractions import Fraction
from typing import Union


class State(Enum):
    IDLE = auto()
    PAYING = auto()
    SERVICE = auto()
    OFF = auto()


@dataclass
class Coin:
    cents: int


@dataclass
class Select:
    slot: str


@dataclass
class Refund:
    pass


@dataclass
class Stock:
    slot: str
    count: int


@dataclass
class Price:
    slot: str
    cents: int


@dataclass
class Service:
    on: bool


@dataclass
class Query:
    what: str


@dataclass
class Quit:
    pass


Command = Union[Coin, Select, Refund, Stock, Price, Service, Query, Quit]
VALID_COINS = (5, 10, 25, 100, 200)


@dataclass
class Slot:
    name: str
    cents: int
    count: int

    __match_args__ = ("name", "count")


@dataclass
class Machine:
    slots: dict = field(default_factory=dict)
    state: State = State.IDLE
    credit: int = 0
    bank: int = 0
    history: list = field(default_factory=list)
    errors: int = 0

    def say(self, msg):
        print(f"  [{self.state.name:<7} credit={self.credit:>3}] {msg}")


def parse(line: str) -> Command | None:
    match line.split():
        case []:
            return None
        case ["coin", amount] if amount.isdigit():
            return Coin(int(amount))
        case ["select", slot]:
            return Select(slot.upper())
        case ["refund"]:
            return Refund()
        case ["stock", slot, count]:
            return Stock(slot, int(count))
        case ["price", slot, dollars]:
            return Price(slot, int(Fraction(dollars) * 100))
        case ["service", ("on" | "off") as mode]:
            return Service(mode == "on")
        case ["history" | "stats" as what]:
            return Query(what)
        case ["quit" | "exit"]:
            return Quit()
        case [verb, *rest]:
            raise ValueError(f"cannot parse {verb!r} with {len(rest)} argument(s): {rest}")


def change_for(cents):
    coins = []
    for c in sorted(VALID_COINS, reverse=True):
        n, cents = divmod(cents, c)
        coins += [c] * n
    return coins


def step(m: Machine, cmd: Command):
    match (m.state, cmd):
        case (State.OFF, _):
            m.say("machine is off")
        case (State.SERVICE, Stock(slot=slot, count=n)) if slot in m.slots:
            m.slots[slot].count += n
            m.say(f"restocked {slot} -> {m.slots[slot].count}")
        case (State.SERVICE, Price(slot, cents)):
            m.slots[slot].cents = cents
            m.say(f"price of {slot} is now {cents}")
        case (State.SERVICE, Service(on=False)):
            m.state = State.IDLE
            m.say("service mode ended")
        case (State.SERVICE, _):
            m.say(f"ignored in service mode: {type(cmd).__name__}")
        case (State.IDLE | State.PAYING, Coin(cents)) if cents in VALID_COINS:
            m.credit += cents
            m.state = State.PAYING
            m.say(f"accepted {cents}")
        case (_, Coin(cents)):
            m.errors += 1
            m.say(f"rejected coin {cents}")
        case (State.PAYING, Select(slot)):
            match m.slots.get(slot):
                case None:
                    m.say(f"no slot {slot}")
                case Slot(_, 0):
                    m.say(f"{slot} is sold out")
                case Slot(name, _) as s if s.cents > m.credit:
                    m.say(f"{name} costs {s.cents}, insert {s.cents - m.credit} more")
                case Slot(name, count) as s:
                    s.count = count - 1
                    change = m.credit - s.cents
                    m.bank += s.cents
                    m.history.append((name, s.cents))
                    m.credit = 0
                    m.state = State.IDLE
                    m.say(f"vend {name}, change {change_for(change)}")
        case (State.IDLE, Select(slot)):
            m.say(f"insert coins before selecting {slot}")
        case (State.PAYING, Refund()):
            m.say(f"refund {change_for(m.credit)}")
            m.credit = 0
            m.state = State.IDLE
        case (_, Refund()):
            m.say("nothing to refund")
        case (State.IDLE, Service(on=True)):
            m.state = State.SERVICE
            m.say("service mode")
        case (_, Query(what="history")):
            for i, (name, cents) in enumerate(m.history, 1):
                m.say(f"  sale {i}: {name} for {cents}")
        case (_, Query(what="stats")):
            sold = {n: sum(1 for h in m.history if h[0] == n) for n in sorted(m.slots)}
            m.say(f"bank={m.bank} errors={m.errors} sold={sold}")
        case (_, Quit()):
            m.state = State.OFF
            m.say("bye")
        case other:
            m.say(f"unexpected {other!r}")


def describe(value):
    match value:
        case {"slot": str(s), "cents": int(c), **rest}:
            return f"mapping slot={s} cents={c} extra={sorted(rest)}"
        case Slot(name=n, cents=c) if c > 150:
            return f"pricey {n}"
        case [Slot() as first, *others]:
            return f"list starting with {first.name} and {len(others)} more"
        case int() | float() as number if number < 0:
            return f"negative {number}"
        case str() as s:
            return f"text of {len(s)}"
        case _:
            return "something else"


def main():
    m = Machine(slots={"A1": Slot("A1", 125, 1), "B2": Slot("B2", 110, 5), "C3": Slot("C3", 90, 0)})
    for lineno, raw in enumerate(sys.stdin, 1):
        line = raw.strip()
        print(f"{lineno:>2}> {line}")
        try:
            cmd = parse(line)
        except ValueError as e:
            m.errors += 1
            print("  parse error:", e)
            continue
        if cmd is None:
            print("  (empty)")
            continue
        step(m, cmd)
    print("final:", m.state, m.credit, m.bank, {k: v.count for k, v in m.slots.items()})
    for v in [{"slot": "A1", "cents": 5, "x": 1, "a": 2}, m.slots["A1"], Slot("Z", 200, 1),
              list(m.slots.values()), -3, -2.5, 4, "hello", None]:
        print("describe:", describe(v))


main()
