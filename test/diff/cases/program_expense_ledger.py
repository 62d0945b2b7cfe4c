"""Expense ledger: parse CSV with Decimal money, split shared costs, group by category/month, print tables."""
import csv
import io
from collections import Counter, defaultdict, namedtuple, OrderedDict
from decimal import Decimal, ROUND_HALF_UP, ROUND_DOWN, InvalidOperation, localcontext
from itertools import groupby
from operator import attrgetter, itemgetter

RAW = """\
date;payer;category;amount;currency;note;split
2024-01-03;alice;groceries;54.20;EUR;weekly shop;alice,bob
2024-01-05;bob;rent;1200;EUR;"January rent; flat 3";alice,bob,carol
2024-01-09;carol;utilities;87.455;EUR;electricity;alice,bob,carol
2024-01-15;alice;transport;12.5;EUR;"train ""express"" now";alice
2024-01-20;bob;groceries;33.99;USD;import shop;bob,carol
2024-02-02;carol;groceries;71.10;EUR;weekly shop;alice,bob,carol
2024-02-05;alice;rent;1200.00;EUR;February rent;alice,bob,carol
2024-02-11;bob;dining;-15.00;EUR;refund;bob
2024-02-14;carol;dining;96.3;EUR;"valentine's";carol,alice
2024-02-29;alice;utilities;n/a;EUR;bad row;alice
2024-03-01;bob;transport;7.25;GBP;bus;bob
2024-03-03;carol;groceries;1e2;EUR;scientific;carol
"""

RATES = {"EUR": Decimal("1"), "USD": Decimal("0.9150"), "GBP": Decimal("1.1725")}
CENT = Decimal("0.01")

Entry = namedtuple("Entry", "date payer category amount note split")


def to_eur(amount, currency):
    return (amount * RATES[currency]).quantize(CENT, rounding=ROUND_HALF_UP)


def parse(text):
    reader = csv.DictReader(io.StringIO(text), delimiter=";")
    print("fields:", reader.fieldnames)
    entries, errors = [], []
    for lineno, row in enumerate(reader, start=2):
        try:
            amount = Decimal(row["amount"])
        except InvalidOperation as exc:
            errors.append((lineno, f"bad amount {row['amount']!r}: {type(exc).__name__}"))
            continue
        if not amount.is_finite():
            errors.append((lineno, "amount not finite"))
            continue
        eur = to_eur(amount, row["currency"])
        entries.append(Entry(row["date"], row["payer"], row["category"], eur, row["note"], tuple(row["split"].split(","))))
    return entries, errors


def split_cost(amount, people):
    # Divide to the cent; the remainder cents go to the first people so the total is exact.
    n = len(people)
    base = (amount / n).quantize(CENT, rounding=ROUND_DOWN)
    remainder = int((amount - base * n) / CENT)
    shares = {}
    for i, person in enumerate(people):
        shares[person] = base + (CENT if i < remainder else 0)
    assert sum(shares.values()) == amount, (amount, shares)
    return shares


def table(headers, rows, aligns):
    widths = [max(len(str(h)), *(len(str(r[i])) for r in rows)) for i, h in enumerate(headers)]
    sep = "+" + "+".join("-" * (w + 2) for w in widths) + "+"
    out = [sep, "| " + " | ".join(f"{h:^{w}}" for h, w in zip(headers, widths)) + " |", sep.replace("-", "=")]
    for r in rows:
        cells = [f"{str(c):{a}{w}}" for c, a, w in zip(r, aligns, widths)]
        out.append("| " + " | ".join(cells) + " |")
    out.append(sep)
    return "\n".join(out)


entries, errors = parse(RAW)
print(f"{len(entries)} entries, {len(errors)} errors")
for lineno, msg in errors:
    print(f"  line {lineno:>3}: {msg}")

for e in entries:
    print(f"{e.date} {e.payer:<6} {e.category:<10} {e.amount:>10,.2f} {e.note!r:<25.25} {'/'.join(e.split)}")

# Totals per category, with share of the whole as a percentage.
by_cat = defaultdict(Decimal)
for e in entries:
    by_cat[e.category] += e.amount
grand = sum(by_cat.values(), Decimal(0))
rows = []
for cat, amt in sorted(by_cat.items(), key=itemgetter(1), reverse=True):
    pct = (amt / grand * 100).quantize(Decimal("0.1"))
    rows.append((cat, f"{amt:,.2f}", f"{pct}%", "#" * int(pct // 5)))
rows.append(("TOTAL", f"{grand:,.2f}", "100.0%", ""))
print(table(["category", "amount", "share", "bar"], rows, ["<", ">", ">", "<"]))

# Monthly grouping with itertools.groupby on sorted entries.
entries.sort(key=attrgetter("date"))
for month, group in groupby(entries, key=lambda e: e.date[:7]):
    group = list(group)
    total = sum((e.amount for e in group), Decimal("0.00"))
    biggest = max(group, key=attrgetter("amount"))
    print(f"{month}: {len(group):2d} items total={total:>9} max={biggest.amount} ({biggest.note})")

# Who owes whom.
paid = Counter()
owed = Counter()
for e in entries:
    paid[e.payer] += e.amount
    for person, share in split_cost(e.amount, e.split).items():
        owed[person] += share
people = sorted(set(paid) | set(owed))
balance = OrderedDict((p, paid[p] - owed[p]) for p in people)
print(table(["person", "paid", "owed", "balance"],
            [(p, paid[p], owed[p], f"{balance[p]:+.2f}") for p in people], ["<", ">", ">", ">"]))
print("balances sum to", sum(balance.values()))

creditors = sorted(((amt, p) for p, amt in balance.items() if amt > 0), reverse=True)
debtors = sorted(((-amt, p) for p, amt in balance.items() if amt < 0), reverse=True)
transfers = []
while creditors and debtors:
    c_amt, c = creditors.pop(0)
    d_amt, d = debtors.pop(0)
    pay = min(c_amt, d_amt)
    transfers.append((d, c, pay))
    if c_amt > pay:
        creditors.insert(0, (c_amt - pay, c))
    if d_amt > pay:
        debtors.insert(0, (d_amt - pay, d))
for d, c, amt in transfers:
    print(f"{d} -> {c}: {amt:>8.2f} EUR")

# Decimal details that reports rely on.
for v in ["87.455", "0.005", "-0.005", "2.675", "1E+3", "123456789.987654321"]:
    d = Decimal(v)
    print(v, d.quantize(CENT, ROUND_HALF_UP), d.quantize(CENT), f"{d:.2f}", f"{d:e}", f"{d:%}" if abs(d) < 10 else "-", d.normalize(), d.as_tuple().exponent)
with localcontext() as ctx:
    ctx.prec = 6
    print("prec 6:", Decimal(1) / 7, Decimal("123456789") + 1, Decimal(2).sqrt())
print(f"{Decimal('1234567.891'):_>20,.1f}|{Decimal('-0.00'):+}|{Decimal('5'):08.3f}|{Decimal('NaN')}|{Decimal('-Infinity'):>10}")

# Write the normalised ledger back out with csv.writer (quoting of ; " and newlines).
buf = io.StringIO()
w = csv.writer(buf, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
w.writerow(["date", "payer", "eur", "note"])
for e in entries[:6]:
    w.writerow([e.date, e.payer, e.amount, e.note])
w.writerow(["x", None, 1.5, "multi\nline"])
print(buf.getvalue(), end="")
buf = io.StringIO()
dw = csv.DictWriter(buf, fieldnames=["a", "b"], quoting=csv.QUOTE_NONNUMERIC, lineterminator="\r\n")
dw.writeheader()
dw.writerows([{"a": 1, "b": "two"}, {"a": Decimal("3.50"), "b": None}])
print(repr(buf.getvalue()))
try:
    dw.writerow({"a": 1, "c": 2})
except ValueError as exc:
    print("ValueError:", exc)
print(list(csv.reader(['a,"b,c",d', '"x""y",,z', ' q , r '], skipinitialspace=True)))
