"""datetime: construction, arithmetic across month/year ends, naive/aware subtraction and comparison, hashing, conversions."""
from datetime import date, datetime, time, timedelta, timezone, UTC
import pickle, copy


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


dt = datetime(2024, 12, 31, 23, 59, 59, 999999)
print(repr(dt), str(dt), dt.year, dt.month, dt.day, dt.hour, dt.minute, dt.second, dt.microsecond, dt.tzinfo, dt.fold)
print(repr(datetime(2024, 1, 1)), repr(datetime(2024, 1, 1, 5)), repr(datetime(2024, 1, 1, 5, 6, 7)), repr(datetime(2024, 1, 1, fold=1)))
print(repr(datetime.min), repr(datetime.max), repr(datetime.resolution))
for args, kw in [((2024, 1, 1, 24), {}), ((2024, 2, 30), {}), ((2024,), {}), ((2024, 1, 1, 1, 1, 1, 1, None, 1), {}),
                 ((2024, 1, 1), {"fold": 1, "tzinfo": UTC}), ((2024, 1, 1, 1.0), {}), ((2024, 1, 1), {"hour": 2, "minute": 3}),
                 ((2024, 1, 1), {"tzinfo": 5}), ((2024, 1, 1), {"fold": -1})]:
    show("dt%r%r" % (args, kw), lambda: datetime(*args, **kw))
print(repr(dt + timedelta(microseconds=1)), repr(dt - timedelta(days=365, hours=25)), repr(timedelta(hours=1) + dt))
print(repr(datetime(2024, 3, 1) - timedelta(days=1)), repr(datetime(2023, 3, 1) - timedelta(seconds=1)))
print(repr(dt - datetime(2024, 1, 1)), repr(datetime(2024, 1, 1) - dt), repr(dt - dt))
show("overflow", lambda: datetime.max + timedelta(microseconds=1))
show("underflow", lambda: datetime.min - timedelta(microseconds=1))
show("dt + dt", lambda: dt + dt)
show("dt + int", lambda: dt + 1)
show("dt - date", lambda: dt - date(2024, 1, 1))
show("date - dt", lambda: date(2024, 1, 1) - dt)
show("dt - time", lambda: dt - time(1))
show("delta - dt", lambda: timedelta(1) - dt)
show("dt * 2", lambda: dt * 2)

a = datetime(2024, 6, 1, 12, tzinfo=UTC)
b = datetime(2024, 6, 1, 14, tzinfo=timezone(timedelta(hours=2)))
c = datetime(2024, 6, 1, 12)
print(a == b, a != b, a < b, a <= b, hash(a) == hash(b), repr(a - b), repr(b - a))
print(repr(b - datetime(2024, 1, 1, tzinfo=timezone(timedelta(hours=-7)))))
print(a == c, a != c, c == a)
show("naive < aware", lambda: c < a)
show("aware > naive", lambda: a > c)
show("naive - aware", lambda: c - a)
show("aware - naive", lambda: a - c)
print(a == date(2024, 6, 1), c == date(2024, 6, 1), date(2024, 6, 1) == c, c != date(2024, 6, 1))
show("dt < date", lambda: c < date(2024, 6, 1))
show("date >= dt", lambda: date(2024, 6, 1) >= c)
show("dt < str", lambda: c < "2024")
print(sorted([b, a + timedelta(minutes=1), a - timedelta(minutes=1)]))
print(len({a, b, a.astimezone(timezone(timedelta(hours=-3)))}), len({c, c.replace(fold=1)}), hash(c) == hash(c.replace(fold=1)))
print(max(c, datetime(2025, 1, 1)), min([a, b]))

print(repr(dt.date()), repr(dt.time()), repr(b.timetz()), repr(b.time()), repr(datetime(2024, 1, 1, fold=1).time()))
print(repr(datetime.combine(date(2024, 5, 6), time(7, 8, 9, 10, UTC, fold=1))))
print(repr(datetime.combine(date(2024, 5, 6), time(7, 8), tzinfo=None)), repr(datetime.combine(dt, time(1), timezone.utc)))
show("combine bad", lambda: datetime.combine(1, time()))
show("combine bad2", lambda: datetime.combine(date(2020, 1, 1), 1))
show("combine kw", lambda: datetime.combine(date=date(2020, 1, 1), time=time(2)))
print(dt.timetuple(), a.timetuple().tm_isdst, a.utctimetuple(), b.utctimetuple().tm_hour, c.utctimetuple().tm_isdst)
print(dt.toordinal(), dt.weekday(), dt.isoweekday(), dt.isocalendar(), dt.ctime(), datetime(2024, 1, 5, 3, 4, 5).ctime())
print(a.timestamp(), b.timestamp(), datetime(1970, 1, 1, tzinfo=UTC).timestamp(), datetime(1969, 12, 31, 23, 59, 59, 500000, tzinfo=UTC).timestamp())
print(datetime(2000, 1, 1).timestamp(), datetime(1960, 6, 1, 1, 2, 3, 4).timestamp())
print(repr(datetime.fromtimestamp(0, UTC)), repr(datetime.fromtimestamp(1234567890.123456, tz=timezone(timedelta(hours=3)))))
print(repr(datetime.fromtimestamp(-1.5, UTC)), repr(datetime.fromtimestamp(1e9 + 0.9999995, UTC)), repr(datetime.fromtimestamp(0.0000005, UTC)))
print(repr(datetime.fromtimestamp(1700000000)), repr(datetime.fromtimestamp(1700000000.25)))
show("fromts nan", lambda: datetime.fromtimestamp(float("nan")))
show("fromts huge", lambda: datetime.fromtimestamp(1e20))
show("fromts str", lambda: datetime.fromtimestamp("1"))
show("fromts tz bad", lambda: datetime.fromtimestamp(1, 1))
print(type(datetime.now()).__name__, datetime.now(UTC).tzinfo, type(datetime.today()).__name__)
show("now bad", lambda: datetime.now(5))
print(repr(a.astimezone(timezone(timedelta(hours=9)))), repr(a.astimezone(UTC)) , a.astimezone(UTC) is a)
print(repr(c.astimezone(UTC)), c.astimezone().utcoffset(), a.astimezone().utcoffset(), repr(c.astimezone().replace(tzinfo=None)))
show("astimezone bad", lambda: a.astimezone(3))
show("astimezone min", lambda: datetime.min.astimezone(UTC))
show("astimezone max", lambda: datetime.max.replace(tzinfo=timezone(timedelta(hours=-1))).astimezone(UTC))
print(repr(dt.replace(year=2000, microsecond=0)), repr(a.replace(tzinfo=None)), repr(c.replace(tzinfo=UTC, fold=1)))
show("replace bad", lambda: dt.replace(month=2, day=30))
show("replace kw", lambda: dt.replace(weeks=1))
print(dt.__reduce__(), a.__reduce_ex__(2), datetime(2024, 1, 1, fold=1).__reduce_ex__(4), datetime(2024, 1, 1, fold=1).__reduce_ex__(3))
for x in [dt, a, b, datetime(2024, 11, 3, 1, 30, fold=1)]:
    print(repr(pickle.loads(pickle.dumps(x))), repr(copy.deepcopy(x)), pickle.loads(pickle.dumps(x)).fold)
print(isinstance(dt, date), issubclass(datetime, date), datetime.__mro__, datetime.__doc__)
show("date.fromordinal on dt", lambda: datetime.fromordinal(738000))
show("today type", lambda: type(datetime.today()))
print(repr(datetime.fromisocalendar(2024, 1, 1)), repr(datetime.fromisoformat("2024-01-01")))
for ts in [1e12, -1e12, 253402300800, 253402300799.9999999, -62135596800, -62135596801, -62135596800.5, -62135510401, 253402300799]:
    show("fromts %r aware" % ts, lambda: datetime.fromtimestamp(ts, UTC))
    show("fromts %r date" % ts, lambda: date.fromtimestamp(ts))
    show("fromts %r naive" % ts, lambda: datetime.fromtimestamp(ts))
