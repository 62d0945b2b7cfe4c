"""A generator-based sensor data pipeline: parsing, smoothing, anomaly detection; logs and warnings go to stderr."""
import logging
import statistics
import sys
import warnings
from collections import deque
from itertools import islice, groupby, count
from operator import attrgetter
from typing import Iterator, NamedTuple

logging.basicConfig(level=logging.INFO, format="%(levelname)s:%(name)s:%(message)s", stream=sys.stderr)
log = logging.getLogger("pipeline")

RAW = """\
t=0 id=a temp=20.5 hum=40
t=1 id=b temp=21.0 hum=38
t=2 id=a temp=20.7 hum=41
t=3 id=a temp=45.0 hum=41
t=4 id=b temp=21.3 hum=
t=5 id=c temp=-999 hum=10
t=6 id=a temp=20.9 hum=42
t=7 id=b temp=21.1 hum=37
garbage
t=9 id=a temp=21.2 hum=43
t=10 id=b temp=35.5 hum=30
t=11 id=a temp=21.0 hum=44
"""


class Reading(NamedTuple):
    t: int
    sensor: str
    temp: float
    hum: float | None


class SensorWarning(UserWarning):
    pass


def parse(lines) -> Iterator[Reading]:
    for lineno, line in enumerate(lines, 1):
        try:
            fields = dict(part.split("=", 1) for part in line.split())
            hum = fields["hum"]
            yield Reading(int(fields["t"]), fields["id"], float(fields["temp"]), float(hum) if hum else None)
        except (ValueError, KeyError) as e:
            log.warning("line %d skipped (%s: %s)", lineno, type(e).__name__, e)


def plausible(readings, lo=-50, hi=60):
    for r in readings:
        if lo <= r.temp <= hi:
            yield r
        else:
            warnings.warn(f"sensor {r.sensor} reported impossible {r.temp}", SensorWarning, stacklevel=2)


def fill_missing(readings):
    last = {}
    for r in readings:
        if r.hum is None:
            r = r._replace(hum=last.get(r.sensor))
            log.info("filled humidity for %s at t=%d with %s", r.sensor, r.t, r.hum)
        last[r.sensor] = r.hum
        yield r


def smooth(readings, window=3):
    windows = {}
    for r in readings:
        w = windows.setdefault(r.sensor, deque(maxlen=window))
        w.append(r.temp)
        yield r, round(statistics.fmean(w), 3)


def anomalies(pairs, threshold=5.0):
    for r, avg in pairs:
        delta = r.temp - avg
        flag = abs(delta) > threshold
        if flag:
            log.error("anomaly %s t=%d temp=%.1f avg=%.2f", r.sensor, r.t, r.temp, avg)
        yield r, avg, flag


def run(text):
    stages = anomalies(smooth(fill_missing(plausible(parse(text.splitlines())))))
    return list(stages)


warnings.simplefilter("default")
results = run(RAW)
for r, avg, flag in results:
    print(f"t={r.t:>2} {r.sensor} temp={r.temp:5.1f} avg={avg:6.3f} hum={r.hum!s:>5} {'ANOMALY' if flag else ''}".rstrip())

by_sensor = groupby(sorted((r for r, _, _ in results), key=attrgetter("sensor", "t")), key=attrgetter("sensor"))
for sensor, rs in by_sensor:
    temps = [r.temp for r in rs]
    print(sensor, len(temps), min(temps), max(temps), round(statistics.median(temps), 2))

first_three = list(islice(parse(RAW.splitlines()), 3))
print(first_three[0], first_three[-1]._asdict())
ticker = count(start=100, step=-7)
print([next(ticker) for _ in range(4)])
gen = parse(["t=1 id=z temp=1 hum=2"])
print(next(gen), next(gen, "exhausted"))
with warnings.catch_warnings():
    warnings.simplefilter("error", SensorWarning)
    try:
        list(plausible([Reading(0, "q", 99.0, 1.0)]))
    except SensorWarning as w:
        print("escalated:", w)
print("anomalies:", sum(flag for *_, flag in results), file=sys.stderr)
logging.shutdown()
