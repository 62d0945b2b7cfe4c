"""Digest a syslog-style application log: verbose regexes, finditer, sub with callbacks, Counter and statistics."""
import re
import statistics
from collections import Counter, defaultdict, deque
from statistics import NormalDist

LOG = """\
Mar  3 10:00:01 web01 nginx[812]: 192.168.1.10 "GET /index.html HTTP/1.1" 200 512 0.012s
Mar  3 10:00:02 web01 nginx[812]: 10.0.0.7 "POST /api/login HTTP/1.1" 401 87 0.150s user=bob
Mar  3 10:00:02 web02 app[1301]: ERROR db timeout after 3000ms query="SELECT * FROM users WHERE id=42"
Mar  3 10:00:03 web01 nginx[812]: 10.0.0.7 "POST /api/login HTTP/1.1" 200 143 0.098s user=bob
Mar  3 10:00:05 web02 app[1301]: WARN slow request /api/report took 2400ms
Mar  3 10:00:05 web02 app[1301]: INFO cache hit ratio 0.875 (7/8)
Mar  3 10:00:07 web01 nginx[813]: 172.16.0.3 "GET /static/app.js HTTP/2.0" 304 0 0.002s
Mar  3 10:00:09 web03 sshd[77]: Failed password for invalid user admin from 203.0.113.9 port 52214 ssh2
Mar  3 10:00:10 web03 sshd[77]: Failed password for root from 203.0.113.9 port 52215 ssh2
Mar  3 10:00:11 web03 sshd[77]: Accepted publickey for deploy from 198.51.100.23 port 40022 ssh2
Mar  3 10:00:12 web01 nginx[812]: 192.168.1.10 "GET /api/items?page=2&sort=name HTTP/1.1" 200 2048 0.045s
Mar  3 10:00:13 web02 app[1301]: ERROR unhandled KeyError: 'price' in handler /api/cart
Mar  3 10:00:15 web01 nginx[812]: 192.168.1.11 "DELETE /api/items/17 HTTP/1.1" 204 0 0.031s user=alice
Mar  3 10:00:16 web01 nginx[812]: 192.168.1.11 "GET /does-not-exist HTTP/1.1" 404 153 0.004s
Mar  3 10:00:18 web02 app[1302]: ERROR db timeout after 3000ms query="UPDATE carts SET total=0"
Mar  3 10:00:20 web03 sshd[78]: Failed password for root from 203.0.113.9 port 52230 ssh2
Mar  3 10:00:21 web01 nginx[812]: 10.0.0.8 "GET /index.html HTTP/1.1" 200 512 0.011s
garbage line that matches nothing
Mar  3 10:00:25 web01 nginx[812]: 10.0.0.9 "PUT /api/items/3 HTTP/1.1" 500 61 1.204s user=carol
"""

LINE = re.compile(r"""
    ^(?P<month>[A-Z][a-z]{2})\s+(?P<day>\d{1,2})\s
    (?P<time>(?P<h>\d\d):(?P<m>\d\d):(?P<s>\d\d))\s
    (?P<host>[\w.-]+)\s
    (?P<prog>\w+)\[(?P<pid>\d+)\]:\s     # program and pid
    (?P<msg>.*)$
""", re.VERBOSE | re.MULTILINE)

ACCESS = re.compile(
    r'(?P<ip>(?:\d{1,3}\.){3}\d{1,3}) "(?P<method>[A-Z]+) (?P<path>[^ ?"]+)(?:\?(?P<query>[^ "]*))? '
    r'HTTP/(?P<ver>[\d.]+)" (?P<status>\d{3}) (?P<size>\d+) (?P<secs>\d+\.\d+)s(?: user=(?P<user>\w+))?'
)
SSH = re.compile(r"(?P<result>Failed|Accepted) (?P<auth>\w+) for (?:invalid user )?(?P<user>\w+) from (?P<ip>\S+) port (?P<port>\d+)")
APP = re.compile(r"(?P<level>ERROR|WARN|INFO)\s+(?P<text>.+)")
DURATION = re.compile(r"(?<=\s)(\d+)ms\b")
IP = re.compile(r"\b(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\b")

records = []
unmatched = 0
pos = 0
for m in LINE.finditer(LOG):
    gap = LOG[pos:m.start()]
    unmatched += len([ln for ln in gap.splitlines() if ln.strip()])
    pos = m.end() + 1
    records.append(m)
print("records:", len(records), "unmatched:", unmatched)
first = records[0]
print(first.group("host", "prog", "pid"), first.span("time"), first.lastgroup, first.lastindex)
print({k: v for k, v in first.groupdict().items() if k in ("h", "m", "s")}, first.expand(r"\g<host>:\g<pid> at \g<time> (\5)"))

hosts = Counter(m["host"] for m in records)
progs = Counter(m["prog"] for m in records)
print("hosts:", hosts.most_common(), "progs:", sorted(progs.items()))
seconds = [int(m["h"]) * 3600 + int(m["m"]) * 60 + int(m["s"]) for m in records]
gaps = [b - a for a, b in zip(seconds, seconds[1:])]
print("gaps:", gaps, "max gap", max(gaps), "mode", statistics.mode(gaps), "multimode", statistics.multimode(gaps))

access = []
for m in records:
    a = ACCESS.fullmatch(m["msg"])
    if a:
        access.append(a)
print("access lines:", len(access))
for a in access:
    d = a.groupdict(default="-")
    print(f"{d['ip']:>15} {d['method']:<6} {d['path']:<22} {d['query']:<16} {d['status']} {int(d['size']):>5} {float(d['secs']):6.3f} {d['user']}")

status = Counter(a["status"] for a in access)
classes = Counter(a["status"][0] + "xx" for a in access)
print("status:", sorted(status.items()), "classes:", dict(sorted(classes.items())))
times = [float(a["secs"]) * 1000 for a in access]
print("latency ms: mean=%.2f median=%.2f low=%s high=%s" % (statistics.mean(times), statistics.median(times),
                                                           statistics.median_low(times), statistics.median_high(times)))
print("stdev=%.3f pstdev=%.3f var=%.3f" % (statistics.stdev(times), statistics.pstdev(times), statistics.variance(times)))
print("quantiles:", [round(q, 3) for q in statistics.quantiles(times, n=4)],
      [round(q, 3) for q in statistics.quantiles(times, n=10, method="inclusive")])
print("fmean=%.4f geo=%.4f harm=%.4f" % (statistics.fmean(times), statistics.geometric_mean(times), statistics.harmonic_mean(times)))
sizes = [int(a["size"]) for a in access]
print("corr=%.4f" % statistics.correlation(times, sizes))
lr = statistics.linear_regression(sizes, times)
print("slope=%.6f intercept=%.4f" % (lr.slope, lr.intercept))
nd = NormalDist.from_samples(times)
print("normal: mu=%.3f sigma=%.3f cdf(50)=%.4f p90=%.3f" % (nd.mean, nd.stdev, nd.cdf(50), nd.inv_cdf(0.9)))
print(NormalDist(100, 15) + NormalDist(0, 20), round(NormalDist(0, 1).overlap(NormalDist(1, 1)), 6))
print(statistics.median_grouped([52, 52, 53, 54, 54, 54, 55], interval=1), statistics.mean([1, 2, 3, 4]), statistics.mean([1.5, 2]))
try:
    statistics.mean([])
except statistics.StatisticsError as exc:
    print("StatisticsError:", exc)
try:
    statistics.stdev([5])
except statistics.StatisticsError as exc:
    print("StatisticsError:", exc)

# ssh brute-force detection with a sliding window per IP
failures = defaultdict(deque)
alerts = []
for m, t in zip(records, seconds):
    s = SSH.search(m["msg"])
    if not s:
        continue
    print("ssh:", s.group("result", "auth", "user", "ip"), int(s["port"]) - 52000)
    if s["result"] == "Failed":
        window = failures[s["ip"]]
        window.append(t)
        while window and t - window[0] > 10:
            window.popleft()
        if len(window) >= 2:
            alerts.append((s["ip"], len(window), m["time"]))
print("alerts:", alerts)

# application messages: levels, durations, masking
levels = Counter()
for m in records:
    a = APP.match(m["msg"])
    if not a:
        continue
    levels[a["level"]] += 1
    durations = [int(x) for x in DURATION.findall(a["text"])]
    masked = re.sub(r'query="([^"]*)"', lambda q: 'query="' + re.sub(r"\b\d+\b", "?", q[1]) + '"', a["text"])
    print(f"[{a['level']:^7}] {masked} {durations}")
print("levels:", levels, "total:", levels.total(), "+", levels + Counter(ERROR=1), "-", levels - Counter(ERROR=5))


def anonymise(m):
    a, b, c, d = m.groups()
    if a in ("10", "192", "172"):
        return f"{a}.{b}.x.x"
    return "<public:%03d>" % int(d)


anon, count = IP.subn(anonymise, LOG)
print("anonymised", count, "addresses")
for line in anon.splitlines()[6:11]:
    print("  ", line)
print(re.sub(r"(?i)\b(error|warn)\b", lambda m: m[0].upper().center(7, "*"), "error: Warn and ERROR, not errors"))
print(re.split(r"(\s*[;,]\s*)", "a , b;c ;  d"), re.split(r"\W+", "...words, and more!", maxsplit=2))
print(re.findall(r"(\w)(\d)?", "a1b c3"), re.findall(r"(?:ab)+", "ababxab"), re.escape("1.5*[x] (y)?"))
print(re.sub(r"(?P<word>\w+)@(\w+)", r"\2 at \g<word>", "me@host you@there"), re.sub("x*", "-", "abxd"))
print(re.match(r"(a)|(b)", "b").groups(), re.match(r"(a)|(b)", "b").groups("none"), re.search(r"(?<!\d)\d{3}(?!\d)", "1234 567 89").group())
print(re.fullmatch(r"(?>a+)b", "aaab") is not None, re.match(r"a*+a", "aaa"), re.match(r"(x)?(?(1)y|z)", "z").group())
for bad in [r"(unclosed", r"a{2,1}", r"[z-a]", r"(?P<n>a)(?P<n>b)", r"\k"]:
    try:
        re.compile(bad)
    except re.error as exc:
        print("re.error:", exc, "| pos", exc.pos)
