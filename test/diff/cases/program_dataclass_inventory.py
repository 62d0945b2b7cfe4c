from dataclasses import dataclass, field, asdict, replace
from enum import Enum, auto
from collections import defaultdict, Counter
from typing import Optional
import json, textwrap, functools, itertools, operator, re

class Category(Enum):
    TOOL = auto()
    FOOD = auto()
    TOY = auto()

@dataclass(order=True)
class Item:
    sort_key: float = field(init=False, repr=False)
    name: str
    price: float
    qty: int = 0
    category: Category = Category.TOOL
    tags: list = field(default_factory=list)
    def __post_init__(self):
        self.sort_key = self.price * self.qty
    @property
    def total(self):
        return round(self.price * self.qty, 2)

items = [Item("hammer", 12.5, 3, Category.TOOL, ["heavy"]),
         Item("apple", 0.4, 120, Category.FOOD),
         Item("yo-yo", 3.25, 10, Category.TOY, ["kids", "classic"]),
         Item("saw", 22.0, 1),
         Item("bread", 2.1, 14, Category.FOOD, ["fresh"])]
print(sorted(items)[0])
print(max(items))
by_cat = defaultdict(list)
for it in items:
    by_cat[it.category].append(it.name)
for cat, names in sorted(by_cat.items(), key=lambda kv: kv[0].value):
    print(f"{cat.name:<6}|{', '.join(names):>20}|{len(names):03d}")
print(json.dumps([{**asdict(i), 'category': i.category.name} for i in items[:2]], indent=2, sort_keys=True))
print(replace(items[0], qty=5).total)
c = Counter(t for i in items for t in i.tags)
print(c.most_common(2), sum(c.values()))
total = functools.reduce(operator.add, (i.total for i in items))
print(f"{total:,.2f} {total!r} {total:e} {total:>12.3f}")
for k, g in itertools.groupby(sorted(items, key=lambda i: i.category.value), key=lambda i: i.category):
    print(k, [x.name for x in g])
print(textwrap.fill("The quick brown fox jumps over the lazy dog " * 3, width=30, initial_indent="> ", subsequent_indent="  "))
print(re.sub(r"(\w)(\w*)", lambda m: m.group(1).upper() + m.group(2), "hello big world"))
print(Category.FOOD, repr(Category.TOY), Category['TOOL'], Category(2), list(Category))
try:
    Item("x")
except TypeError as e:
    print("TypeError", e)
@functools.lru_cache(maxsize=None)
def fib(n): return n if n < 2 else fib(n-1) + fib(n-2)
print(fib(90), fib.cache_info())
print(json.loads('{"a": [1, 2.5, null, true, "\\u00e9"]}'))
