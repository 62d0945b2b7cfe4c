"""Analyse a web-server style access log: parse with re, aggregate with Counter/groupby, datetime maths."""
import re
from collections import Counter, defaultdict, OrderedDict
from datetime import datetime, timedelta, timezone
from itertools import groupby
from operator import itemgetter
from statistics import mean, median, pstdev

LOG = """\
192.168.1.10 - alice [12/Mar/2024:09:15:02 +0000] "GET /index.html HTTP/1.1" 200 5120 0.012
192.168.1.11 - - [12/Mar/2024:09:15:07 +0000] "GET /about HTTP/1.1" 200 2048 0.020
10.0.0.5 - bob [12/Mar/2024:09:16:45 +0000] "POST /api/login HTTP/1.1" 401 312 0.150
10.0.0.5 - bob [12/Mar/2024:09:16:52 +0000] "POST /api/login HTTP/1.1" 200 298 0.143
192.168.1.10 - alice [12/Mar/2024:09:31:00 +0000] "GET /api/items?page=2 HTTP/1.1" 200 10240 0.310
172.16.0.2 - - [12/Mar/2024:10:02:13 +0000] "GET /missing HTTP/1.1" 404 0 0.003
this line is garbage and should be reported
172.16.0.2 - - [12/Mar/2024:10:02:14 +0000] "GET /favicon.ico HTTP/1.1" 404 0 0.002
10.0.0.7 - carol [12/Mar/2024:10:45:59 +0000] "DELETE /api/items/17 HTTP/1.1" 500 128 1.204
10.0.0.7 - carol [12/Mar/2024:11:00:00 +0000] "GET /api/items HTTP/1.1" 200 8192 0.250
192.168.1.11 - - [12/Mar/2024:11:59:59 +0000] "HEAD / HTTP/1.0" 304 0 0.001
"""

LINE_RE = re.compile(
    r'(?P<ip>\d{1,3}(?:\.\d{1,3}){3}) - (?P<user>\S+) '
    r'\[(?P<ts>[^\]]+)\] "(?P<method>[A-Z]+) (?P<path>\S+) (?P<proto>[^"]+)" '
    r'(?P<status>\d{3}) (?P<size>\d+) (?P<secs>[\d.]+)$'
)


def parse(text):
    records, bad = [], []
    for n, line in enumerate(text.splitlines(), 1):
        m = LINE_RE.match(line)
        if not m:
            bad.append((n, line))
            continue
        d = m.groupdict()
        d["ts"] = datetime.strptime(d["ts"], "%d/%b/%Y:%H:%M:%S %z")
        d["status"] = int(d["status"])
        d["size"] = int(d["size"])
        d["secs"] = float(d["secs"])
        d["user"] = None if d["user"] == "-" else d["user"]
        d["path"], _, d["query"] = d["path"].partition("?")
        records.append(d)
    return records, bad


records, bad = parse(LOG)
print(f"parsed {len(records)} records, {len(bad)} bad")
for n, line in bad:
    print(f"  line {n}: {line[:30]!r}...")

status = Counter(r["status"] for r in records)
print("status:", sorted(status.items()))
print("most common:", status.most_common(2))
classes = Counter(f"{r['status'] // 100}xx" for r in records)
print("classes:", dict(sorted(classes.items())))

by_ip = defaultdict(list)
for r in records:
    by_ip[r["ip"]].append(r)
for ip in sorted(by_ip, key=lambda s: tuple(map(int, s.split(".")))):
    rs = by_ip[ip]
    total = sum(r["size"] for r in rs)
    print(f"{ip:>15} hits={len(rs)} bytes={total:>6,} users={sorted({r['user'] or '-' for r in rs})}")

print("-- per hour --")
key = lambda r: r["ts"].replace(minute=0, second=0)
for hour, group in groupby(sorted(records, key=key), key=key):
    group = list(group)
    lat = [r["secs"] for r in group]
    print(hour.strftime("%Y-%m-%d %H:00"), hour.isoformat(), len(group),
          f"mean={mean(lat):.3f} median={median(lat):.3f} sd={pstdev(lat):.3f}")

first, last = records[0]["ts"], records[-1]["ts"]
span = last - first
print("span:", span, span.total_seconds(), repr(span))
print("per-minute rate: %.2f" % (len(records) / (span / timedelta(minutes=1))))
print(first.tzinfo, first.utcoffset(), first.astimezone(timezone(timedelta(hours=-5))).isoformat())
print(repr(first))

errors = [r for r in records if r["status"] >= 400]
errors.sort(key=itemgetter("status", "path"))
for r in errors:
    print(r["status"], r["method"], r["path"], r["ts"].strftime("%H:%M:%S %a %j"))

slowest = max(records, key=itemgetter("secs"))
print("slowest:", slowest["path"], slowest["secs"])
paths = OrderedDict()
for r in records:
    paths.setdefault(r["path"], 0)
    paths[r["path"]] += 1
paths.move_to_end("/missing")
print(list(paths.items())[:3], list(paths)[-1])
api = [r for r in records if r["path"].startswith("/api")]
print(re.sub(r"/(\d+)", r"/<id:\1>", " ".join(r["path"] for r in api)))
print(re.findall(r"(\w+)=(\w+)", "page=2&size=10&x=y"))
print(re.split(r"[/?]", "/api/items?page=2"))
print(LINE_RE.groupindex["status"], LINE_RE.groups)
