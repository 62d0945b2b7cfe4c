"""time, tzinfo and timezone: construction, comparisons (naive/aware), utcoffset/dst/tzname, reprs, pickling."""
from datetime import time, timezone, timedelta, tzinfo, datetime, UTC
import pickle, copy


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


t = time(13, 5, 7, 250)
print(repr(t), str(t), t.hour, t.minute, t.second, t.microsecond, t.tzinfo, t.fold)
print(repr(time()), repr(time(1)), repr(time(1, 2)), repr(time(1, 2, 3)), repr(time(0, 0, 0, 1)), repr(time(1, fold=1)))
print(repr(time.min), repr(time.max), repr(time.resolution))
for args, kw in [((24,), {}), ((1, 60), {}), ((1, 1, 60), {}), ((1, 1, 1, 10**6), {}), ((-1,), {}), ((), {"fold": 2}),
                 ((1, 2, 3, 4, 5), {}), ((1.5,), {}), ((1, 2, 3, 4, None, 0), {}), ((), {"hour": 3, "tzinfo": UTC}),
                 ((), {"second": 5, "nope": 1}), (("1",), {})]:
    show("time%r%r" % (args, kw), lambda: time(*args, **kw))
print(t.isoformat(), t.isoformat("hours"), t.isoformat("minutes"), t.isoformat("seconds"), t.isoformat("milliseconds"), t.isoformat(timespec="microseconds"))
print(time(1, 2, 3).isoformat(), time(1, 2, 3).isoformat("auto"), time(1, 2, 3, 999).isoformat("milliseconds"))
show("bad timespec", lambda: t.isoformat("days"))
show("timespec int", lambda: t.isoformat(3))
print(t.strftime("%H:%M:%S.%f %p %I %%"), format(t, "%H|%M"), format(t, ""), f"{t:%f}")
print(time(10, tzinfo=timezone(timedelta(hours=-3, minutes=-30), "NST")).strftime("%z %:z %Z %H"))
print(time(10).strftime("[%z][%:z][%Z]"), t.strftime("%Y-%m-%d %j %a"))
show("strftime int", lambda: t.strftime(5))
for s in ["12:30", "12:30:45", "12:30:45.5", "12:30:45.123456789", "123045", "1230", "12", "T12:30", "12:30:45+01:00", "12:30Z", "12:30:45,25-05:30:15", "24:00", "24:00:01", "25:00", "12:30:", "12:3", "", "12:30:45+1"]:
    show("fromiso " + s, lambda: time.fromisoformat(s))
print(t == time(13, 5, 7, 250), t < time(14), t >= time(13, 5, 8), t != time(13), t == "x")
show("lt int", lambda: t < 5)
u = time(12, tzinfo=timezone.utc)
p1 = time(13, tzinfo=timezone(timedelta(hours=1)))
print(u == p1, u <= p1, u < p1, hash(u) == hash(p1), u == time(12), u != time(12))
show("naive vs aware", lambda: u < time(12))
print(repr(u), repr(p1), u.utcoffset(), p1.utcoffset(), u.dst(), u.tzname(), p1.tzname(), time(1).utcoffset())
print(repr(t.replace(hour=1)), repr(t.replace(tzinfo=UTC)), repr(u.replace(tzinfo=None)), repr(t.replace(fold=1)))
show("replace bad", lambda: t.replace(minute=61))
show("replace tz", lambda: t.replace(tzinfo=1))
print(time(1, 2, 3, 4, UTC, fold=1).__reduce_ex__(4), time(1, 2, 3, 4, UTC, fold=1).__reduce_ex__(2), t.__reduce__())
for x in [t, u, p1, time(5, fold=1)]:
    print(repr(pickle.loads(pickle.dumps(x))), repr(copy.deepcopy(x)), pickle.loads(pickle.dumps(x, 4)).fold)
print(bool(time()), bool(time(0, tzinfo=UTC)))

# timezone
print(repr(timezone.utc), str(timezone.utc), repr(UTC), UTC is timezone.utc, timezone(timedelta(0)) is UTC)
tzs = [timezone(timedelta(hours=5, minutes=30)), timezone(-timedelta(hours=8), "PST"), timezone(timedelta(seconds=1)),
       timezone(timedelta(microseconds=-1)), timezone(timedelta(0), "Z"), timezone.min, timezone.max]
for z in tzs:
    print(repr(z), str(z), z.tzname(None), z.utcoffset(None), z.dst(None), hash(z) == hash(timezone(z.utcoffset(None))))
print(timezone(timedelta(hours=1)) == timezone(timedelta(hours=1), "X"), timezone.utc == UTC, timezone.utc != tzs[0], UTC == 0)
show("tz lt", lambda: UTC < tzs[0])
for args in [(timedelta(hours=24),), (timedelta(hours=-24),), (timedelta(hours=23, minutes=59, seconds=59, microseconds=999999),), (1,), (timedelta(0), 1), (), (timedelta(0), "a", "b")]:
    show("timezone%r" % (args,), lambda: timezone(*args))
show("timezone kw", lambda: timezone(offset=timedelta(hours=2), name="TWO"))
show("tzname bad", lambda: UTC.tzname(5))
show("utcoffset bad", lambda: UTC.utcoffset("x"))
show("fromutc naive", lambda: tzs[0].fromutc(datetime(2020, 1, 1)))
show("fromutc other", lambda: tzs[0].fromutc(datetime(2020, 1, 1, tzinfo=UTC)))
show("fromutc ok", lambda: tzs[0].fromutc(datetime(2020, 1, 1, tzinfo=tzs[0])))
show("fromutc date", lambda: tzs[0].fromutc(5))
print(tzs[1].__getinitargs__(), UTC.__getinitargs__(), tzs[1].__reduce__(), repr(pickle.loads(pickle.dumps(tzs[1]))), pickle.loads(pickle.dumps(UTC)) is UTC)
show("subclass timezone", lambda: type("TZ", (timezone,), {}))

# tzinfo base and subclasses
base = tzinfo()
for name in ["tzname", "utcoffset", "dst"]:
    show("base " + name, lambda: getattr(base, name)(None))
print(base.__reduce__())


class Fixed(tzinfo):
    def __init__(self, minutes, name):
        self.off = timedelta(minutes=minutes)
        self.name = name

    def utcoffset(self, dt):
        return self.off

    def dst(self, dt):
        return timedelta(0)

    def tzname(self, dt):
        return self.name

    def __repr__(self):
        return f"Fixed({self.name})"

    def __getinitargs__(self):
        return (self.off.total_seconds() // 60, self.name)


f = Fixed(-90, "M%90")
d = datetime(2024, 6, 1, 12, tzinfo=f)
print(repr(d), d.utcoffset(), d.dst(), d.tzname(), d.strftime("%z|%:z|%Z"), d.isoformat(), d.timetuple().tm_isdst)
print(repr(d.astimezone(UTC)), repr(datetime(2024, 6, 1, 12, tzinfo=UTC).astimezone(f)))
print(f.__reduce__()[0].__name__, f.__reduce__()[1], repr(pickle.loads(pickle.dumps(d))))
tt = time(8, tzinfo=f)
print(repr(tt), tt.utcoffset(), tt.tzname(), tt.isoformat(), tt < time(10, tzinfo=UTC))


class Bad(tzinfo):
    def __init__(self, ret):
        self.ret = ret

    def utcoffset(self, dt):
        return self.ret

    def dst(self, dt):
        return self.ret

    def tzname(self, dt):
        return self.ret


for ret in [5, "x", timedelta(hours=24), timedelta(hours=-25), None, timedelta(microseconds=1)]:
    b = Bad(ret)
    show("bad utcoffset %r" % (ret,), lambda: datetime(2020, 1, 1, tzinfo=b).utcoffset())
    show("bad dst %r" % (ret,), lambda: datetime(2020, 1, 1, tzinfo=b).dst())
    show("bad tzname %r" % (ret,), lambda: datetime(2020, 1, 1, tzinfo=b).tzname())
    show("bad time %r" % (ret,), lambda: time(1, tzinfo=b).utcoffset())
show("fromutc none", lambda: Bad(None).fromutc(datetime(2020, 1, 1, tzinfo=None)))
b = Bad(None)
show("fromutc none2", lambda: b.fromutc(datetime(2020, 1, 1, tzinfo=b)))
show("not a tzinfo", lambda: datetime(2020, 1, 1, tzinfo="UTC"))
show("not a tzinfo time", lambda: time(tzinfo=3))


class Half(tzinfo):
    """A zone whose dst() changes an hour after a UTC instant (standard fromutc algorithm)."""

    def utcoffset(self, dt):
        return timedelta(hours=1) + self.dst(dt)

    def dst(self, dt):
        return timedelta(hours=1) if dt.replace(tzinfo=None) >= datetime(2024, 3, 31, 2) else timedelta(0)

    def tzname(self, dt):
        return "SUMMER" if self.dst(dt) else "WINTER"


h = Half()
for hour in range(0, 4):
    x = datetime(2024, 3, 31, hour, tzinfo=UTC).astimezone(h)
    print(hour, repr(x.replace(tzinfo=None)), x.tzname(), x.utcoffset())
