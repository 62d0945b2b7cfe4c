"""Scale recipes between servings and unit systems; render cards with string.Template and custom __format__."""
import math
import re
from dataclasses import dataclass
from fractions import Fraction
from functools import total_ordering
from string import Template

UNITS = {
    # unit: (dimension, factor to base unit: ml for volume, g for mass, 1 for count)
    "tsp": ("volume", Fraction(4929, 1000)), "tbsp": ("volume", Fraction(14787, 1000)),
    "cup": ("volume", Fraction(2365882, 10000)), "ml": ("volume", Fraction(1)), "l": ("volume", Fraction(1000)),
    "floz": ("volume", Fraction(295735, 10000)), "g": ("mass", Fraction(1)), "kg": ("mass", Fraction(1000)),
    "oz": ("mass", Fraction(28349523125, 10**9)), "lb": ("mass", Fraction(45359237, 10**5)), "": ("count", Fraction(1)),
    "pinch": ("volume", Fraction(31, 100)),
}
METRIC = {"volume": [("l", 1000), ("ml", 1)], "mass": [("kg", 1000), ("g", 1)]}
IMPERIAL = {"volume": [("cup", 60), ("tbsp", 3), ("tsp", 1)], "mass": [("lb", 16), ("oz", 1)]}
NICE = [Fraction(0), Fraction(1, 8), Fraction(1, 4), Fraction(1, 3), Fraction(1, 2), Fraction(2, 3), Fraction(3, 4), Fraction(1)]
VULGAR = {Fraction(1, 8): "\u215b", Fraction(1, 4): "\u00bc", Fraction(1, 3): "\u2153", Fraction(1, 2): "\u00bd",
          Fraction(2, 3): "\u2154", Fraction(3, 4): "\u00be"}


def parse_qty(text):
    text = text.strip()
    if m := re.fullmatch(r"(\d+)\s+(\d+)/(\d+)", text):
        return int(m[1]) + Fraction(int(m[2]), int(m[3]))
    for ch, frac in ((c, f) for f, c in VULGAR.items()):
        if text.endswith(ch):
            whole = text[:-1].strip()
            return (int(whole) if whole else 0) + frac
    return Fraction(text)


def mixed(q):
    whole, rest = divmod(q, 1)
    nearest = min(NICE, key=lambda f: (abs(f - rest), f))
    if nearest == 1:
        whole, nearest = whole + 1, Fraction(0)
    approx = "" if nearest == rest else "~"
    if nearest == 0:
        return f"{approx}{int(whole)}"
    return f"{approx}{int(whole) if whole else ''}{VULGAR[nearest]}"


@total_ordering
@dataclass(frozen=True)
class Quantity:
    amount: Fraction
    unit: str

    @property
    def dimension(self):
        return UNITS[self.unit][0]

    def base(self):
        return self.amount * UNITS[self.unit][1]

    def to(self, unit):
        if UNITS[unit][0] != self.dimension:
            raise ValueError(f"cannot convert {self.dimension} ({self.unit!r}) to {UNITS[unit][0]} ({unit!r})")
        return Quantity(self.base() / UNITS[unit][1], unit)

    def __mul__(self, k):
        return Quantity(self.amount * Fraction(k), self.unit)

    __rmul__ = __mul__

    def __add__(self, other):
        if not isinstance(other, Quantity):
            return NotImplemented
        return Quantity(self.amount + other.to(self.unit).amount, self.unit)

    def __eq__(self, other):
        return isinstance(other, Quantity) and self.dimension == other.dimension and self.base() == other.base()

    def __lt__(self, other):
        if self.dimension != other.dimension:
            return NotImplemented
        return self.base() < other.base()

    def __hash__(self):
        return hash((self.dimension, self.base()))

    def __format__(self, spec):
        # spec: "" -> mixed fraction, "m"/"i" -> best metric/imperial unit, anything else -> float format of amount
        if spec in ("", "frac"):
            return f"{mixed(self.amount)} {self.unit}".rstrip()
        if spec in ("m", "i"):
            if self.dimension == "count":
                return format(self)
            table = (METRIC if spec == "m" else IMPERIAL)[self.dimension]
            base_unit = table[-1][0]
            amount = self.to(base_unit).amount
            for unit, mult in table:
                if amount >= mult:
                    q = Quantity(amount / mult, unit)
                    return f"{float(q.amount):.3g} {unit}" if spec == "m" else format(q)
            return f"{float(amount):.2g} {base_unit}"
        return format(float(self.amount), spec) + (" " + self.unit if self.unit else "")

    def __repr__(self):
        return f"Quantity({self.amount}, {self.unit!r})"


RECIPE = """\
Pancakes | serves 4
1 1/2 cup flour
3 1/2 tsp baking powder
1 tbsp sugar
1/4 tsp salt
1 1/4 cup milk
3 tbsp butter
2 large eggs
1 pinch nutmeg
½ lb blueberries
"""
LINE = re.compile(r"^(?P<qty>(?:\d+\s+)?\d+(?:/\d+)?|\d*[\u00bc-\u00be\u2153-\u215e])\s+(?:(?P<unit>[a-z]+)\s+)?(?P<name>.+)$")


def parse_recipe(text):
    header, *lines = text.splitlines()
    title, _, serves = header.partition("|")
    servings = int(serves.split()[-1])
    items = []
    for ln in lines:
        m = LINE.match(ln)
        unit = m["unit"] if m["unit"] in UNITS else ""
        name = m["name"] if unit or not m["unit"] else f"{m['unit']} {m['name']}"
        items.append((name, Quantity(parse_qty(m["qty"]), unit)))
    return title.strip(), servings, items


title, servings, items = parse_recipe(RECIPE)
print(title, servings, items[:3])


class Card(Template):
    delimiter = "%"
    idpattern = r"[a-z][a-z_0-9]*"


class BraceOnly(Template):
    braceidpattern = r"(?a:[_A-Z][_A-Z0-9]*)"


CARD = Card("== %title (%{servings} servings, x%factor) ==\n%lines\n-- 100%% homemade --")
for target in (4, 2, 6, 10):
    factor = Fraction(target, servings)
    rows = []
    for name, q in items:
        scaled = q * factor
        rows.append(f"  {name:<16}{scaled:<14}{format(scaled, 'm'):>10}  {format(scaled, 'i'):<14}{scaled:8.3f}")
    print(CARD.substitute(title=title, servings=target, factor=f"{float(factor):g}", lines="\n".join(rows)))

flour = items[0][1]
print(flour.to("ml"), f"{flour.to('ml'):.1f}", flour.to("tbsp"), format(flour.to("floz"), ".4g"))
print(sorted(q for _, q in items if q.dimension == "volume"))
print(max((q for _, q in items if q.dimension == "volume"), key=Quantity.base))
print(Quantity(Fraction(1), "cup") == Quantity(Fraction(16), "tbsp"), Quantity(Fraction(3), "tsp") == Quantity(Fraction(1), "tbsp"))
print(Quantity(Fraction(1), "cup") + Quantity(Fraction(2), "tbsp"), Quantity(Fraction(500), "g") + Quantity(Fraction(1), "lb"))
print(Quantity(Fraction(1), "lb") > Quantity(Fraction(450), "g"), Quantity(Fraction(1), "kg") <= Quantity(Fraction(2, 1), "lb"))
print(len({Quantity(Fraction(1), "l"), Quantity(Fraction(1000), "ml"), Quantity(Fraction(1), "kg")}))
for bad in [lambda: flour.to("g"), lambda: Quantity(Fraction(1), "cup") < Quantity(Fraction(1), "g"),
            lambda: flour + 1, lambda: Quantity(Fraction(1), "parsec")]:
    try:
        print(bad())
    except (ValueError, TypeError, KeyError) as exc:
        print(type(exc).__name__, exc)
for text in ["2", "1/3", "2 3/4", "\u00bd", "1\u00be", "0.125", "1e1"]:
    q = parse_qty(text)
    print(f"{text!r:>8} -> {q!s:>6} {mixed(q):>4} {mixed(q * 3):>5} {float(q):<6g}")

t = Template("$who likes ${what}; $$5 costs $amount")
print(t.substitute({"who": "Tim", "what": "kung pao"}, amount="5"))
print(t.safe_substitute(who="Ann"), t.get_identifiers())
for tmpl, kw in [(Template("$who $missing"), {"who": 1}), (Template("cost: $"), {}), (Template("x ${a b}"), {}),
                 (Template("line1\n  $$ $ok\n x$1"), {"ok": 2})]:
    try:
        print(tmpl.substitute(**kw))
    except (KeyError, ValueError) as exc:
        print(type(exc).__name__, exc)
print(BraceOnly("${NAME} $name ${X_1}").safe_substitute(NAME="n", X_1="x", name="lower"), BraceOnly("${lower}").is_valid())
print(Card("%a %{b} %% %_c").safe_substitute(a=1, b=2), Card("%Upper").is_valid(), Card.pattern.pattern.count("(?P<"))
print(Template.delimiter, Template.idpattern, Card.flags, Template("$x").template)

# plain number formatting without locale: thousands, rounding, significant digits
for v in [0.5, 1.5, 2.5, 2.675, 1234567.891, 0.000123456, 1e16, -0.0, 12.0, 100.0 / 3]:
    print(f"{v!r:>20} r0={round(v)!s:>8} r2={round(v, 2)!s:>12} {v:,.2f} {v:_.3e} {v:.4g} {v:#.4g} {v:%} {v:10.0f}|{v:n}")
print(f"{1234567:,d} {1234567:_x} {255:#010b} {-42:=+8d} {42:^+9} {3.14159:{'.'}{3}} {True:5} {7:c}{9731:c}")
print(round(123456, -2), round(-0.5), round(1.0000001, 3), round(5e-324, 400), math.ceil(7 / 2), f"{math.pi:.50f}")
print("%5.1f%% of %s" % (42.345, "budget"), "%(a)s/%(b)05.1f" % {"a": "x", "b": 2.25}, "%-6s|%6s|" % ("ab", "cd"), "%.3s" % "abcdef")
print("%#x %#o %+.2e %g %G %i %u" % (255, 8, 12345.6789, 1e-5, 1e20, -3, 7), "%c%c" % ("a", 98), "%r" % ("q",))
for bad in [lambda: "%d" % "x", lambda: "%s %s" % ("a",), lambda: "%z" % 1, lambda: "%(k)s" % {}, lambda: "{:d}".format(1.5),
            lambda: "{0:,s}".format("x"), lambda: format(1, "=^10s"), lambda: "{}{1}".format(1, 2), lambda: "%s" % ()]:
    try:
        print(bad())
    except (TypeError, ValueError, KeyError) as exc:
        print(type(exc).__name__, exc)
