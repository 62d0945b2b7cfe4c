# ZoneInfo.from_file on hand-made TZif data: POSIX TZ footers of every kind (Mm.w.d, Jn, n, quoted
# abbreviations, default and explicit DST offsets, negative DST, transition times outside 0..24h,
# southern-hemisphere rules), version 1 files without a footer, fixed-offset zones with datetime.time,
# and the errors for invalid files and malformed footers, with CPython's messages.
import _zoneinfo  # before zoneinfo, whose import of _zoneinfo then happens while _zoneinfo starts
import io, struct
from datetime import datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

print(_zoneinfo.__doc__, _zoneinfo.ZoneInfo is ZoneInfo, ZoneInfo.__doc__)


def tzif(types, trans=(), footer=b"", version=b"2"):
    """types: [(utcoff, isdst, abbr)], trans: [(utc_seconds, type_index)]."""
    abbrs = b""
    recs = b""
    for off, dst, ab in types:
        ab = ab.encode() + b"\0"
        at = abbrs.find(ab)
        if at < 0:
            at = len(abbrs)
            abbrs += ab
        recs += struct.pack(">lbb", off, dst, at)
    fmt = "l" if version == b"\0" else "q"
    data = struct.pack(f">{len(trans)}{fmt}", *[t for t, _ in trans]) + bytes(i for _, i in trans)
    data += recs + abbrs
    header = b"TZif" + version + b"\0" * 15 + struct.pack(">6l", 0, 0, 0, len(trans), len(types), len(abbrs))
    if version == b"\0":
        return header + data
    return b"TZif" + version + b"\0" * 39 + header + data + b"\n" + footer + b"\n"


class Source:
    """A file-like object with a stable repr (BytesIO's shows an address)."""
    def __init__(self, name, data):
        self.name = name
        self.f = io.BytesIO(data)
    def read(self, n=-1):
        return self.f.read(n)
    def seek(self, *a):
        return self.f.seek(*a)
    def __repr__(self):
        return f"Source({self.name!r})"


def load(name, data, key=None):
    return ZoneInfo.from_file(Source(name, data), key=key)


def attempt(name, data):
    try:
        z = load(name, data)
        print(name, "loaded", z)
        return z
    except Exception as e:
        print(name, type(e).__name__, e)


def show(z, *args, fold=0):
    dt = datetime(*args, tzinfo=z, fold=fold)
    print(" ", dt.isoformat(), fold, dt.utcoffset(), dt.dst(), dt.tzname())


print("-- footers")
footers = [
    b"EST5EDT,M3.2.0,M11.1.0",
    b"AAA3BBB,J60/2,J300/2",
    b"AAA3BBB,59,300",
    b"<+0330>-3:30<+0430>,J79/24,J263/24",
    b"IST-1GMT0,M10.5.0,M3.5.0/1",
    b"AAA5BBB4:30,M3.2.0/-1,M11.1.0/26",
    b"AEST-10AEDT,M10.1.0,M4.1.0/3",
    b"<-03>3",
    b"AAA+4:30:15",
    b"XXX-5",
    b"AAA0BBB,0/0,J365/25",
    b"AAA5BBB,M2.5.0/100,M12.5.6/-100",
]
for footer in footers:
    z = load(footer.decode(), tzif([(0, 0, "LMT")], [(-(2 ** 40), 0)], footer))
    print(footer.decode(), z)
    for args in [(2020, 1, 1), (2020, 2, 29, 12), (2020, 3, 1, 1, 30), (2021, 3, 1, 1, 30), (2020, 3, 8, 2, 30),
                 (2020, 3, 29, 0, 30), (2020, 3, 29, 1, 30), (2020, 4, 5, 2, 30), (2020, 6, 30),
                 (2020, 9, 20, 23, 30), (2020, 10, 4, 2, 30), (2020, 10, 25, 0, 30), (2020, 10, 26, 23, 30),
                 (2020, 10, 27, 0, 30), (2020, 11, 1, 1, 30), (2020, 12, 31, 23, 30), (2021, 12, 31, 23, 30)]:
        show(z, *args)
        show(z, *args, fold=1)
    for h in range(0, 24 * 366, 241):
        u = datetime(2020, 1, 1, tzinfo=timezone.utc) + timedelta(hours=h, minutes=30)
        loc = u.astimezone(z)
        print("  fromutc", u.strftime("%m-%d %H:%M"), loc.isoformat(), loc.fold, loc.astimezone(timezone.utc) == u)

print("-- fromutc around the footer's transitions")
for footer, starts in [(b"IST-1GMT0,M10.5.0,M3.5.0/1", [(2020, 3, 28, 23), (2020, 10, 24, 23)]),
                       (b"AEST-10AEDT,M10.1.0,M4.1.0/3", [(2020, 4, 4, 14), (2020, 10, 3, 14)]),
                       (b"AAA5BBB4:30,M3.2.0/-1,M11.1.0/26", [(2020, 3, 7, 4), (2020, 11, 2, 5)])]:
    z = load(footer.decode(), tzif([(0, 0, "LMT")], [(-(2 ** 40), 0)], footer))
    for start in starts:
        for m in range(0, 240, 20):
            u = datetime(*start, tzinfo=timezone.utc) + timedelta(minutes=m)
            loc = u.astimezone(z)
            print(" ", footer.decode()[:4], u.strftime("%m-%d %H:%M"), loc.isoformat(), loc.fold, loc.dst(),
                  loc.astimezone(timezone.utc) == u)

print("-- footer only, no transitions or types")
z = load("bare", tzif([], [], b"EST5EDT,M3.2.0,M11.1.0"))
show(z, 2020, 7, 1)
show(z, 1900, 1, 1)
print(z.utcoffset(None), time(1, tzinfo=z).utcoffset())
z = load("bare fixed", tzif([], [], b"AAA-2"))
show(z, 2020, 7, 1)
print(z.utcoffset(None), time(1, tzinfo=z).utcoffset(), time(1, tzinfo=z).tzname())

print("-- fixed offset zones and datetime.time")
fixed = load("fixed", tzif([(-18000, 0, "FIX")], [], b"FIX5"), key="Fixed/Five")
print(repr(fixed), str(fixed), fixed.utcoffset(None), fixed.dst(None), fixed.tzname(None))
t = time(10, 30, tzinfo=fixed)
print(t.utcoffset(), t.dst(), t.tzname(), t.isoformat())
other = load("fixed other name", tzif([(-18000, 0, "ABC")], [], b"FIX5"))
print(other.utcoffset(None), other.tzname(None))
print(repr(other), str(other), other.key)

print("-- version 1 files (no footer)")
v1 = tzif([(3600, 0, "AAA"), (7200, 1, "BBB")], [(0, 1), (10 ** 8, 0), (2 * 10 ** 8, 1)], version=b"\0")
z = load("v1", v1)
for args in [(1960, 1, 1), (1969, 12, 31, 23, 30), (1970, 1, 1, 1, 30), (1973, 3, 3, 10), (1976, 4, 1), (2100, 1, 1)]:
    show(z, *args)
    show(z, *args, fold=1)
z = load("v1 standard last", tzif([(3600, 0, "AAA"), (7200, 1, "BBB")], [(0, 1), (10 ** 8, 0)], version=b"\0"))
show(z, 2100, 1, 1)
z = load("v1 dst only", tzif([(7200, 1, "DDD"), (10800, 1, "EEE")], [(0, 0), (10 ** 8, 1)], version=b"\0"))
show(z, 1960, 1, 1)
show(z, 1980, 1, 1)
show(z, 2100, 1, 1)
z = load("no footer v2", tzif([(3600, 0, "AAA"), (7200, 1, "BBB")], [(0, 1)], b""))
show(z, 1960, 1, 1)
show(z, 2100, 1, 1)
z = load("one type", tzif([(19800, 0, "IST")], [], b""))
print(z.utcoffset(None), time(1, tzinfo=z).tzname())

print("-- fromutc just after the last listed transition, and between listed transitions")
T = 1414274400  # 2014-10-25 22:00 UTC
for types, trans, footer in [
    ([(14400, 0, "AAA"), (10800, 0, "BBB")], [(T, 1)], b"BBB-3"),
    ([(14400, 0, "AAA"), (10800, 0, "BBB")], [(T - 10 ** 7, 0), (T, 1)], b"BBB-3"),
    ([(10800, 0, "BBB"), (14400, 1, "AAA")], [(T, 1)], b"BBB-3CCC,M3.5.0,M10.5.0/3"),
    ([(3600, 0, "X"), (7200, 1, "Y"), (10800, 1, "Z")], [(0, 1), (10 ** 6, 2), (2 * 10 ** 6, 0), (3 * 10 ** 6, 1)], b""),
]:
    z = load("last", tzif(types, trans, footer))
    for m in range(-60, 240, 30):
        u = datetime.fromtimestamp(T, timezone.utc) + timedelta(minutes=m)
        loc = u.astimezone(z)
        print(" ", u.strftime("%H:%M"), loc.isoformat(), loc.fold, loc.tzname(), loc.dst())
    for secs in (0, 10 ** 6 + 3600, 2 * 10 ** 6 + 5000):
        loc = datetime.fromtimestamp(secs, z)
        print(" ", loc.isoformat(), loc.fold, loc.dst(), loc.replace(fold=1).utcoffset())

print("-- keys that are not strings, datetime subclasses asked through their methods")
k5 = load("k5", tzif([(0, 0, "U")], [], b"U0"), key=5)
print(repr(k5), k5.key)
try:
    print(str(k5))
except Exception as e:
    print(type(e).__name__, e)


class D(datetime):
    def toordinal(self):
        return 738000


dz = load("d", tzif([(0, 0, "A"), (3600, 1, "B")], [], b"A0B,M3.5.0,M10.5.0"))
print(dz.utcoffset(D(2020, 1, 1, 12)), dz.utcoffset(datetime(2020, 1, 1, 12)), D(2020, 1, 1).toordinal())

print("-- invalid files")
for name, data in [
    ("empty", b""),
    ("bad magic", b"TZjf2" + b"\0" * 60),
    ("no types", tzif([], [], b"")),
    ("bad index", tzif([(0, 0, "UTC")], [(0, 5)], b"UTC0")),
    ("truncated", tzif([(0, 0, "UTC")], [(0, 0)], b"UTC0")[:70]),
]:
    attempt(name, data)

print("-- malformed footers")
for footer in [b"1AB", b"AAA", b"AAA25", b"AAA-25", b"AAA5<B!B>", b"AAA5<BB", b"AAA5BBB", b"AAA5BBB4", b"AAA5BBB,",
               b"AAA5BBB,M13.1.0,M11.1.0", b"AAA5BBB,M0.1.0,M11.1.0", b"AAA5BBB,M3.6.0,M11.1.0",
               b"AAA5BBB,M3.0.0,M11.1.0", b"AAA5BBB,M3.2.7,M11.1.0", b"AAA5BBB,J0,J365", b"AAA5BBB,366,1",
               b"AAA5BBB,J366,1", b"AAA5BBB,M3.2.0/168,M11.1.0", b"AAA5BBB,M3.2.0/-168,M11.1.0",
               b"AAA5BBB,M3.2.0,M11.1.0x", b"AAA5BBB,M3.2.0", b"AAA5BBB,M3.2.0;M11.1.0", b"AAA5:3",
               b"AAA5:30:1", b"AAA5BBB,M3.2.0,M11.1.0/1:2", b"AAA5BBB,M3.2,M11.1.0", b"AAA5BBB,M.2.0,M11.1.0",
               b"AAA5BBB,Jx,J1", b"AAA5BBB,M3.2.0/,M11.1.0", b"AAA5BBB6,M3.2.0,M11.1.0,", b"AAA5 ",
               b"<>5", b"<A+1>5<B-2>4,1,2"]:
    attempt(footer.decode(), tzif([(0, 0, "LMT")], [(0, 0)], footer))

print("-- errors of the methods")
for f in [lambda: fixed.utcoffset(5), lambda: fixed.tzname("x"), lambda: fixed.fromutc(datetime(2020, 1, 1)),
          lambda: fixed.fromutc(None), lambda: fixed.dst(datetime(2020, 1, 1).date()),
          lambda: ZoneInfo.from_file(5), lambda: ZoneInfo.from_file(Source("s", b"TZif")),
          lambda: fixed.utcoffset(), lambda: fixed.utcoffset(dt=None)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
