"""Subclassing the datetime types: constructors and arithmetic keep the subclass, overrides are honoured, pickling round-trips."""
from datetime import date, datetime, time, timedelta, timezone, tzinfo, UTC
import pickle, copy


def show(label, f):
    try:
        r = f()
        print(label, type(r).__name__, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)


class Day(date):
    greeting = "hi"

    def tomorrow(self):
        return self + timedelta(days=1)


x = Day(2024, 2, 28)
print(repr(x), str(x), x.greeting, isinstance(x, date), type(x).__mro__)
show("tomorrow", lambda: x.tomorrow().tomorrow())
show("minus", lambda: x - timedelta(days=30))
show("radd", lambda: timedelta(days=2) + x)
show("diff", lambda: x - date(2024, 1, 1))
show("replace", lambda: x.replace(day=1))
show("fromordinal", lambda: Day.fromordinal(700000))
show("fromisoformat", lambda: Day.fromisoformat("2020-05-05"))
show("fromisocalendar", lambda: Day.fromisocalendar(2020, 1, 1))
show("fromtimestamp", lambda: Day.fromtimestamp(0))
show("today", lambda: type(Day.today()))
show("min", lambda: Day.min)
print(x == date(2024, 2, 28), date(2024, 2, 28) == x, hash(x) == hash(date(2024, 2, 28)), x < date(2025, 1, 1))
x.note = "attr"
print(x.note, x.__dict__)
show("pickle", lambda: pickle.loads(pickle.dumps(x)))
show("copy", lambda: copy.copy(x))
show("reduce", lambda: x.__reduce__())


class Stamp(datetime):
    def __new__(cls, *args, **kwargs):
        print("  Stamp.__new__", args, kwargs)
        return super().__new__(cls, *args, **kwargs)

    def __repr__(self):
        return "Stamp<" + self.isoformat() + ">"


s = Stamp(2024, 1, 31, 12, tzinfo=UTC)
show("add", lambda: s + timedelta(days=1))
show("sub td", lambda: s - timedelta(hours=1))
show("sub dt", lambda: s - datetime(2024, 1, 1, tzinfo=UTC))
show("replace", lambda: s.replace(hour=1, fold=1))
show("astimezone", lambda: s.astimezone(timezone(timedelta(hours=2))))
show("combine", lambda: Stamp.combine(date(2020, 1, 1), time(5)))
show("fromisoformat", lambda: Stamp.fromisoformat("2020-01-01T05:06"))
show("fromtimestamp", lambda: Stamp.fromtimestamp(10, UTC))
show("strptime", lambda: Stamp.strptime("2020", "%Y"))
show("date()", lambda: s.date())
show("pickle", lambda: pickle.loads(pickle.dumps(s)))
print(s == datetime(2024, 1, 31, 12, tzinfo=UTC), str(s), format(s, "%H"))


class Positional(datetime):
    def __new__(cls, year, month, day):
        return super().__new__(cls, year, month, day)


p = Positional(2020, 1, 1)
show("positional add", lambda: p + timedelta(days=1))
show("positional add hours", lambda: p + timedelta(hours=1))
show("positional fromord", lambda: Positional.fromordinal(5))


class Clock(time):
    def describe(self):
        return f"{self.hour}h{self.minute:02d}"


c = Clock(9, 5, fold=1)
print(repr(c), c.describe(), c.fold)
show("replace", lambda: c.replace(minute=7))
show("fromisoformat", lambda: Clock.fromisoformat("10:11"))
show("pickle", lambda: pickle.loads(pickle.dumps(c)))


class Span(timedelta):
    def __add__(self, other):
        return "Span.__add__ wins"


sp = Span(hours=1)
print(repr(sp), sp + timedelta(1), timedelta(1) + sp, repr(sp - timedelta(minutes=1)), repr(sp * 2))
show("date + Span", lambda: date(2020, 1, 1) + sp)
show("Span + date", lambda: sp + date(2020, 1, 1))


class Later(date):
    def __radd__(self, other):
        return "Later.__radd__"

    def __eq__(self, other):
        return "Later.__eq__"

    __hash__ = date.__hash__


print(timedelta(1) + Later(2020, 1, 1), date(2020, 1, 1) == Later(2020, 1, 1), Later(2020, 1, 1) != date(2020, 1, 2))


class Slotted(date):
    __slots__ = ("tag",)


sl = Slotted(2020, 1, 1)
sl.tag = 5
print(repr(sl), sl.tag, hasattr(sl, "__dict__"))


class Zone(tzinfo):
    def __init__(self, hours=0):
        self.hours = hours

    def utcoffset(self, dt):
        return timedelta(hours=self.hours)

    def dst(self, dt):
        return None

    def tzname(self, dt):
        return f"Z{self.hours:+d}"

    def __repr__(self):
        return f"Zone({self.hours})"


zz = Zone(3)
print(zz.__reduce__(), repr(pickle.loads(pickle.dumps(zz))), pickle.loads(pickle.dumps(zz)).hours)
w = datetime(2024, 1, 1, tzinfo=zz)
print(repr(w), w.utcoffset(), w.tzname(), w.dst(), w.timetuple().tm_isdst, repr(pickle.loads(pickle.dumps(w))))
show("fromutc no dst", lambda: zz.fromutc(datetime(2024, 1, 1, tzinfo=zz)))
show("astimezone no dst", lambda: w.astimezone(zz))
show("astimezone other", lambda: datetime(2024, 1, 1, tzinfo=UTC).astimezone(Zone(-2)))


class NoInit(tzinfo):
    pass


show("abstract utcoffset", lambda: datetime(2020, 1, 1, tzinfo=NoInit()).utcoffset())
show("abstract isoformat", lambda: datetime(2020, 1, 1, tzinfo=NoInit()).isoformat())
show("abstract compare", lambda: datetime(2020, 1, 1, tzinfo=NoInit()) == datetime(2020, 1, 1, tzinfo=UTC))
show("abstract same tz", lambda: datetime(2020, 1, 1, tzinfo=(n := NoInit())) < datetime(2020, 1, 2, tzinfo=n))
