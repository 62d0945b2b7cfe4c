# An inventory system with dataclasses (ordering, defaults, field factories, frozen records, __post_init__),
# an Enum of categories, sorting and grouping, and a formatted report with totals.
from dataclasses import dataclass, field, asdict, replace, FrozenInstanceError
from enum import Enum, auto
from itertools import groupby

class Category(Enum):
    TOOLS = auto()
    FOOD = auto()
    TOYS = auto()

    def __str__(self):
        return self.name.title()

@dataclass(order=True)
class Item:
    sort_key: tuple = field(init=False, repr=False)
    name: str
    category: Category
    price: float
    quantity: int = 0
    tags: list = field(default_factory=list)

    def __post_init__(self):
        if self.price < 0:
            raise ValueError(f"{self.name}: negative price")
        self.sort_key = (self.category.value, self.name)

    @property
    def value(self):
        return round(self.price * self.quantity, 2)

@dataclass(frozen=True)
class Sale:
    item: str
    qty: int
    unit_price: float

class Inventory:
    def __init__(self):
        self.items = {}
        self.sales = []

    def add(self, item):
        if item.name in self.items:
            self.items[item.name].quantity += item.quantity
        else:
            self.items[item.name] = item

    def sell(self, name, qty):
        item = self.items.get(name)
        if item is None:
            raise KeyError(name)
        if qty > item.quantity:
            raise ValueError(f"only {item.quantity} {name} left")
        item.quantity -= qty
        sale = Sale(name, qty, item.price)
        self.sales.append(sale)
        return sale

    def report(self):
        lines = [f"{'Item':<14}{'Category':<8}{'Price':>8}{'Qty':>5}{'Value':>10}"]
        for cat, group in groupby(sorted(self.items.values()), key=lambda i: i.category):
            group = list(group)
            for it in group:
                lines.append(f"{it.name:<14}{str(cat):<8}{it.price:>8.2f}{it.quantity:>5}{it.value:>10.2f}")
            lines.append(f"{'':<14}{'subtotal':<8}{'':>13}{sum(i.value for i in group):>10.2f}")
        lines.append(f"{'TOTAL':<35}{sum(i.value for i in self.items.values()):>10.2f}")
        return "\n".join(lines)

inv = Inventory()
for spec in [("hammer", Category.TOOLS, 12.5, 4, ["steel"]), ("apple", Category.FOOD, 0.4, 120),
             ("yo-yo", Category.TOYS, 3.99, 10), ("wrench", Category.TOOLS, 8.25, 6),
             ("bread", Category.FOOD, 2.2, 15, ["fresh", "daily"]), ("apple", Category.FOOD, 0.4, 30)]:
    inv.add(Item(*spec[:4], tags=list(spec[4]) if len(spec) > 4 else []))
print(inv.report())
print(inv.sell("apple", 100))
print(inv.sell("yo-yo", 3))
for name, qty in [("apple", 100), ("kite", 1)]:
    try:
        inv.sell(name, qty)
    except (KeyError, ValueError) as e:
        print(type(e).__name__, e)
try:
    Item("broken", Category.TOYS, -1)
except ValueError as e:
    print("ValueError", e)
sale = inv.sales[0]
try:
    sale.qty = 5
except FrozenInstanceError as e:
    print("frozen:", e)
print(replace(sale, qty=1), sale == Sale("apple", 100, 0.4), hash(sale) == hash(Sale("apple", 100, 0.4)))
print(asdict(inv.items["bread"]))
print(sorted(inv.items.values())[0].name, max(inv.items.values(), key=lambda i: i.value).name)
print(Category.FOOD, repr(Category.FOOD), Category["TOYS"].value, [c.name for c in Category], Category(1))
print("revenue:", round(sum(s.qty * s.unit_price for s in inv.sales), 2))
print(inv.report())
