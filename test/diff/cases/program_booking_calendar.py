"""Room bookings: date ranges, overlaps, time zones, recurring events and the errors users run into."""
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone
from itertools import count

UTC = timezone.utc
CET = timezone(timedelta(hours=1), "CET")
NYC = timezone(timedelta(hours=-5))
_ids = count(1)


class BookingError(Exception):
    pass


@dataclass(order=True)
class Booking:
    start: datetime
    end: datetime
    room: str = field(compare=False)
    who: str = field(compare=False)
    id: int = field(default_factory=lambda: next(_ids), compare=False)

    def __post_init__(self):
        if self.end <= self.start:
            raise BookingError(f"booking {self.who!r} ends before it starts")

    @property
    def duration(self):
        return self.end - self.start

    def overlaps(self, other):
        return self.room == other.room and self.start < other.end and other.start < self.end


class Calendar:
    def __init__(self):
        self.bookings = []

    def book(self, room, who, start, hours):
        b = Booking(start, start + timedelta(hours=hours), room, who)
        clash = [o for o in self.bookings if o.overlaps(b)]
        if clash:
            raise BookingError(f"{who} clashes with {', '.join(o.who for o in clash)} in {room}")
        self.bookings.append(b)
        return b

    def day(self, d, tz=UTC):
        lo = datetime.combine(d, time(0), tz)
        hi = lo + timedelta(days=1)
        return sorted(b for b in self.bookings if b.start < hi and b.end > lo)

    def free_slots(self, room, d, open_=time(8), close=time(18), tz=UTC):
        cursor = datetime.combine(d, open_, tz)
        end = datetime.combine(d, close, tz)
        for b in sorted(b for b in self.bookings if b.room == room):
            if b.end <= cursor or b.start >= end:
                continue
            if b.start > cursor:
                yield cursor, b.start
            cursor = max(cursor, b.end)
        if cursor < end:
            yield cursor, end


def weekly(first, until):
    d = first
    while d <= until:
        yield d
        d += timedelta(weeks=1)


cal = Calendar()
base = datetime(2024, 3, 29, 9, 0, tzinfo=UTC)
cal.book("blue", "ana", base, 2)
cal.book("blue", "ben", base + timedelta(hours=3), 1.5)
cal.book("red", "cy", base.astimezone(CET).replace(hour=14), 1)
cal.book("blue", "dee", datetime(2024, 3, 29, 15, 30, tzinfo=NYC) - timedelta(hours=6), 0.25)
for attempt in [("blue", "eve", base + timedelta(minutes=90), 1), ("red", "fay", base, -1)]:
    try:
        cal.book(*attempt)
    except BookingError as e:
        print("BookingError:", e)

for b in cal.day(date(2024, 3, 29)):
    local = b.start.astimezone(CET)
    print(f"#{b.id} {b.room:<4} {b.who:<4} {b.start:%H:%M}-{b.end:%H:%M}Z {local:%H:%M %Z} {b.duration} {b.duration.total_seconds() / 3600:.2f}h")
print([f"{s:%H:%M}-{e:%H:%M}" for s, e in cal.free_slots("blue", date(2024, 3, 29))])
print([d.isoformat() for d in weekly(date(2024, 2, 1), date(2024, 3, 1))])
print(date(2024, 2, 29) + timedelta(days=365), date(2024, 12, 31).timetuple().tm_yday, date(2023, 1, 1).isoweekday())
print(date(2024, 3, 29).isocalendar(), date.fromisocalendar(2024, 13, 5), date(2024, 1, 1).strftime("%G-W%V-%u"))
print(datetime.fromisoformat("2024-03-29T10:15:00+01:00"), datetime.fromisoformat("2024-03-29 10:15"))
print(repr(timedelta(days=1, hours=-1)), timedelta(minutes=90) // timedelta(minutes=40), timedelta(hours=1) / 7)
print(repr(base), repr(CET), repr(NYC), NYC.tzname(None), base.utcoffset(), base.timetz())
print(datetime(2024, 1, 1, tzinfo=CET) == datetime(2023, 12, 31, 23, tzinfo=UTC), hash(timedelta(0)) == hash(timedelta()))

naive = datetime(2024, 3, 29, 9, 0)
problems = [
    lambda: naive < base,
    lambda: base - naive,
    lambda: date(2024, 3, 29) < base,
    lambda: date(2024, 3, 29) - 1,
    lambda: sorted([date(2024, 1, 1), None]),
    lambda: date(2024, 2, 30),
    lambda: datetime(2024, 1, 1, 24),
    lambda: timedelta(days=10**9),
    lambda: date.fromisoformat("2024/03/29"),
    lambda: datetime.strptime("29.03.2024", "%Y-%m-%d"),
    lambda: timezone(timedelta(hours=25)),
    lambda: base + 5,
    lambda: timedelta(hours=1) * 1.5 + 3,
]
for p in problems:
    try:
        print("ok", p())
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
