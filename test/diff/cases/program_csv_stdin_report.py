# stdin: region,product,units,unit_price,date\nnorth,widget,10,2.50,2024-01-03\nsouth,widget,4,2.50,2024-01-04\nnorth,gadget,1,19.99,2024-01-04\neast,widget,,2.50,2024-01-05\nsouth,"gizmo, deluxe",2,7.25,2024-02-01\nnorth,widget,7,2.45,2024-02-11\nwest,gadget,3,19.99,2024-02-12\nsouth,widget,x,2.50,2024-02-13\neast,"gizmo, deluxe",5,7.00,2024-03-01\n\nnorth,gadget,2,18.50,2024-03-09\n
"""Read CSV sales records from stdin, validate them, and print a pivot report with csv, decimal, calendar."""
import calendar
import csv
import io
import sys
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation, ROUND_HALF_EVEN
from itertools import accumulate, chain, islice, pairwise, zip_longest
from statistics import fmean


@dataclass(frozen=True)
class Sale:
    region: str
    product: str
    units: int
    price: Decimal
    day: date

    @property
    def total(self):
        return (self.price * self.units).quantize(Decimal("0.01"), ROUND_HALF_EVEN)


def read_sales(stream):
    reader = csv.DictReader(stream)
    good, bad = [], []
    for row in reader:
        if not any(row.values()):
            continue
        try:
            units = int(row["units"])
            price = Decimal(row["unit_price"])
            day = date.fromisoformat(row["date"])
        except (ValueError, InvalidOperation) as e:
            bad.append((reader.line_num, row["units"] or "<empty>", type(e).__name__))
            continue
        good.append(Sale(row["region"], row["product"], units, price, day))
    return reader.fieldnames, good, bad


fields, sales, rejected = read_sales(sys.stdin)
print("columns:", fields)
print(f"{len(sales)} sales, {len(rejected)} rejected")
for line, value, err in rejected:
    print(f"  line {line}: units={value!r} ({err})")

regions = sorted({s.region for s in sales})
products = sorted({s.product for s in sales})
pivot = defaultdict(Decimal)
for s in sales:
    pivot[s.region, s.product] += s.total

width = max(map(len, products)) + 2
print("".ljust(8) + "".join(p.rjust(width) for p in products) + "total".rjust(10))
for r in regions:
    row = [pivot.get((r, p), Decimal(0)) for p in products]
    print(r.ljust(8) + "".join(f"{v:>{width}}" for v in row) + f"{sum(row):>10}")
col_totals = [sum(pivot.get((r, p), Decimal(0)) for r in regions) for p in products]
grand = sum(col_totals)
print("total".ljust(8) + "".join(f"{v:>{width}}" for v in col_totals) + f"{grand:>10}")

by_month = defaultdict(list)
for s in sales:
    by_month[s.day.month].append(s)
print()
for month in sorted(by_month):
    items = by_month[month]
    units = sum(s.units for s in items)
    revenue = sum(s.total for s in items)
    print(f"{calendar.month_name[month]:<9} {calendar.month_abbr[month]} units={units:3d} revenue={revenue:8.2f} "
          f"avg_price={fmean(float(s.price) for s in items):.3f}")
running = list(accumulate(sum(s.total for s in by_month[m]) for m in sorted(by_month)))
print("running:", [str(x) for x in running])
print("growth:", [f"{(b - a) / a:+.1%}" for a, b in pairwise(running)])
print(calendar.monthrange(2024, 2), calendar.isleap(2024), calendar.weekday(2024, 3, 1), calendar.day_name[calendar.weekday(2024, 3, 1)])
print(calendar.month(2024, 2).rstrip())
first = min(sales, key=lambda s: s.day)
print(first.day.strftime("%A %d %B %Y"), tuple(first.day.isocalendar()), first.day.isocalendar().week, first.day.toordinal(), first.day.weekday())

out = io.StringIO()
writer = csv.writer(out, quoting=csv.QUOTE_NONNUMERIC, lineterminator="\n")
writer.writerow(["region", "product", "total"])
for (r, p), v in sorted(pivot.items()):
    writer.writerow([r, p, float(v)])
print(out.getvalue(), end="")
out = io.StringIO()
dw = csv.DictWriter(out, fieldnames=["a", "b"], extrasaction="ignore", delimiter=";")
dw.writeheader()
dw.writerows([{"a": 1, "b": 'say "hi"', "c": 3}, {"a": None, "b": "x;y"}])
print(out.getvalue(), end="")
print(list(csv.reader(['a,"b,c",d', "'q' ,e"], skipinitialspace=True)))
print(csv.Sniffer().sniff("a;b;c\n1;2;3\n").delimiter, csv.list_dialects() and "dialects ok")
print(list(zip_longest("ab", [1, 2, 3], fillvalue="-")), list(islice(chain("xy", range(3)), 1, 4)))
print(Decimal("1.005").quantize(Decimal("0.01")), Decimal(1) / Decimal(7), Decimal("2.50") * 3, -Decimal("0.0"))
print(Decimal("10").sqrt(), Decimal("1e3").normalize(), Decimal("123.4500").as_tuple(), Decimal(0.1))
