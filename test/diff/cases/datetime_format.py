"""datetime text forms: strftime (%z %:z %Z %f and the C library directives), __format__, isoformat and fromisoformat, strptime."""
from datetime import date, datetime, time, timedelta, timezone, UTC


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


d = datetime(2024, 3, 9, 7, 5, 3, 4500)
z = d.replace(tzinfo=timezone(timedelta(hours=-4, minutes=-30), "VET"))
odd = d.replace(tzinfo=timezone(timedelta(hours=5, seconds=7, microseconds=8)))
for fmt in ["%Y-%m-%d %H:%M:%S.%f", "%a %A %b %B %c", "%d %e %j %U %W %w %u", "%G-W%V-%u", "%I %p %y %C", "%x %X %D %T %R %r",
            "%z|%:z|%Z", "%%|%%z|%%%z", "%f%f", "%-d %-m %_H %0e", "%n%t|", "é%Y✓"]:
    print(repr(fmt), "->", repr(d.strftime(fmt)), repr(z.strftime(fmt)), repr(odd.strftime(fmt)))
print(date(2024, 3, 9).strftime("%Y %H %M %S %f %z %Z"), time(1, 2, 3, 4).strftime("%Y-%m-%d %H %f"))
print(date(5, 1, 1).strftime("%Y|%G|%y"), datetime(999, 12, 31).strftime("%Y %G"))
print(format(d, "%H:%M"), format(d, ""), f"{z:%z}", "{:%Y}".format(date(2024, 1, 1)), f"{time(5):%H}")
show("format int", lambda: format(d, 5))
show("strftime kw", lambda: d.strftime(format="%Y"))
show("strftime none", lambda: d.strftime(None))
show("strftime two", lambda: d.strftime("%Y", "%m"))

for x in [d, z, odd, datetime(2024, 1, 1), datetime(2024, 1, 1, tzinfo=UTC), datetime(1, 1, 1, 0, 0, 0, 1)]:
    print(x.isoformat(), x.isoformat(" "), x.isoformat(sep="_", timespec="minutes"), str(x))
for spec in ["auto", "hours", "minutes", "seconds", "milliseconds", "microseconds"]:
    print(spec, d.isoformat(timespec=spec), z.isoformat("T", spec))
show("bad spec", lambda: d.isoformat(timespec="nanoseconds"))
show("bad sep", lambda: d.isoformat("ab"))
show("bad sep type", lambda: d.isoformat(1))
show("bad sep kw", lambda: d.isoformat(sep=""))
print(d.isoformat("✓"))

cases = [
    "2024-03-09", "2024-03-09T07:05", "2024-03-09 07:05:03", "2024-03-09T07:05:03.004500", "2024-03-09T07:05:03,5",
    "2024-03-09T07:05:03.1234567", "20240309T070503", "20240309", "2024-W10-6T12:00", "2024W106T12", "2024-W10T12:00",
    "2024W10", "2024-03-09T07:05:03+05:30", "2024-03-09T07:05:03-0530", "2024-03-09T07:05Z", "2024-03-09T07+01",
    "2024-03-09T07:05:03+01:02:03.000004", "2024-03-09T24:00", "2024-12-31T24:00:00", "2024-03-09T24:00:01",
    "2024-03-09T07:05:03+24:00", "2024-03-09T25:00", "2024-03-09X07:05", "2024-03-09T", "2024-03-09T7:05",
    "2024-03-09T07:05:03Z+01", "2024-03", "2024-3-9", "", "2024-03-09T07:05:03.", "2024-02-30T00:00",
    "2024-03-09T07:05:03+00:00", "2024-03-09T07:05:03-00:00", "2024-03-09T07:05:03.000001-00:00:00.000001",
]
for s in cases:
    show("fromiso " + repr(s), lambda: datetime.fromisoformat(s))
show("fromiso int", lambda: datetime.fromisoformat(5))
show("fromiso none", lambda: datetime.fromisoformat(None))
for x in [d, z, odd, datetime(2024, 1, 1, tzinfo=UTC)]:
    print(datetime.fromisoformat(x.isoformat()) == x, repr(datetime.fromisoformat(str(x))))
for t in [time(1), time(1, 2, 3, 4), time(23, 59, tzinfo=timezone(timedelta(hours=-2)))]:
    print(time.fromisoformat(t.isoformat()) == t, repr(time.fromisoformat(t.isoformat())))

print(repr(datetime.strptime("2024-03-09 07:05:03", "%Y-%m-%d %H:%M:%S")))
print(repr(datetime.strptime("09/03/24 7:05 PM", "%d/%m/%y %I:%M %p")))
print(repr(datetime.strptime("2024-03-09T07:05:03.25+0130", "%Y-%m-%dT%H:%M:%S.%f%z")))
print(repr(datetime.strptime("2024-03-09 UTC", "%Y-%m-%d %Z")), repr(datetime.strptime("Sat Mar  9 07:05:03 2024", "%c")))
print(repr(date.strptime("2024-070", "%Y-%j")), repr(time.strptime("07:05", "%H:%M")))
show("strptime mismatch", lambda: datetime.strptime("2024/03/09", "%Y-%m-%d"))
show("strptime extra", lambda: datetime.strptime("2024-03-09 x", "%Y-%m-%d"))
show("strptime bad day", lambda: datetime.strptime("2023-02-29", "%Y-%m-%d"))
show("strptime int", lambda: datetime.strptime(2024, "%Y"))
show("strptime one arg", lambda: datetime.strptime("2024"))
show("date strptime time", lambda: date.strptime("10:00", "%H:%M"))
show("time strptime date", lambda: time.strptime("2024", "%Y"))


class Stamp(datetime):
    pass


print(repr(Stamp.strptime("2024-01-02", "%Y-%m-%d")), type(Stamp.fromisoformat("2024-01-02T03:04")).__name__)
print(d.ctime(), z.ctime(), date(2024, 3, 9).ctime(), datetime(2024, 3, 19).ctime())
