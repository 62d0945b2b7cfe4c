# sqlite3 in a small inventory/ledger application: a schema with foreign keys, stock movements in
# transactions, joins and aggregates for reports, and an IntegrityError that rolls a sale back.
import os
import sqlite3
from contextlib import closing

DB = "sqlite3_inventory_test.db"
if os.path.exists(DB):
    os.remove(DB)

SCHEMA = """
pragma foreign_keys = on;
create table supplier(
    id integer primary key,
    name text not null unique
);
create table product(
    sku text primary key,
    name text not null,
    supplier_id integer not null references supplier(id),
    unit_price integer not null check (unit_price > 0)  -- cents
);
create table movement(
    id integer primary key autoincrement,
    sku text not null references product(sku),
    qty integer not null,
    kind text not null check (kind in ('purchase', 'sale', 'adjust')),
    note text
);
create view stock as
    select p.sku, p.name, coalesce(sum(m.qty), 0) as on_hand
    from product p left join movement m on m.sku = p.sku
    group by p.sku;
"""


class Inventory:
    def __init__(self, path):
        self.con = sqlite3.connect(path)
        self.con.row_factory = sqlite3.Row
        self.con.executescript(SCHEMA)

    def add_supplier(self, name):
        with self.con:
            return self.con.execute("insert into supplier(name) values (?)", (name,)).lastrowid

    def add_products(self, rows):
        with self.con:
            cur = self.con.executemany(
                "insert into product(sku, name, supplier_id, unit_price) values (:sku, :name, :supplier, :price)", rows)
            return cur.rowcount

    def on_hand(self, sku):
        row = self.con.execute("select on_hand from stock where sku = ?", (sku,)).fetchone()
        return None if row is None else row["on_hand"]

    def move(self, sku, qty, kind, note=None):
        self.con.execute("insert into movement(sku, qty, kind, note) values (?, ?, ?, ?)", (sku, qty, kind, note))

    def sell(self, order):
        """Sell every line of an order or nothing: stock may not go negative."""
        try:
            with self.con:
                for sku, qty in order:
                    have = self.on_hand(sku)
                    if have is None:
                        raise KeyError(sku)
                    if have < qty:
                        raise ValueError(f"only {have} of {sku} left")
                    self.move(sku, -qty, "sale", "order")
            return "sold"
        except (KeyError, ValueError) as e:
            return f"rejected: {type(e).__name__} {e}"

    def report(self):
        sql = """
            select s.name as supplier, count(distinct p.sku) as products,
                   sum(st.on_hand) as units, sum(st.on_hand * p.unit_price) / 100.0 as value
            from supplier s
            join product p on p.supplier_id = s.id
            join stock st on st.sku = p.sku
            group by s.id
            order by value desc, supplier
        """
        return [tuple(r) for r in self.con.execute(sql)]


inv = Inventory(DB)
acme = inv.add_supplier("Acme")
globex = inv.add_supplier("Globex")
print("suppliers", acme, globex)
print("products", inv.add_products([
    {"sku": "A-1", "name": "anvil", "supplier": acme, "price": 12500},
    {"sku": "A-2", "name": "rocket skates", "supplier": acme, "price": 9999},
    {"sku": "G-1", "name": "widget", "supplier": globex, "price": 250},
]))

with inv.con:
    for sku, qty in [("A-1", 5), ("A-2", 3), ("G-1", 200), ("A-1", 2)]:
        inv.move(sku, qty, "purchase")
print("stock", [tuple(r) for r in inv.con.execute("select * from stock order by sku")])

print(inv.sell([("A-1", 2), ("G-1", 50)]))
print(inv.sell([("A-2", 1), ("G-1", 500)]))
print(inv.sell([("Z-9", 1)]))
print("after sales", inv.on_hand("A-1"), inv.on_hand("A-2"), inv.on_hand("G-1"), inv.on_hand("Z-9"))

# integrity errors: each rolls back only its own transaction
for label, sql, params in [
    ("duplicate sku", "insert into product values (?, ?, ?, ?)", ("A-1", "dup", acme, 1)),
    ("unknown supplier", "insert into product values (?, ?, ?, ?)", ("X-1", "ghost", 99, 1)),
    ("bad price", "insert into product values (?, ?, ?, ?)", ("B-1", "free", acme, 0)),
    ("bad kind", "insert into movement(sku, qty, kind) values (?, ?, ?)", ("A-1", 1, "gift")),
]:
    try:
        with inv.con:
            inv.con.execute(sql, params)
    except sqlite3.IntegrityError as e:
        print(label, "->", e, f"({e.sqlite_errorname})")
print("products now", inv.con.execute("select count(*) from product").fetchone()[0])

for row in inv.report():
    print("report", row)

top = inv.con.execute("""
    select m.sku, p.name, sum(-m.qty) as sold
    from movement m join product p using (sku)
    where m.kind = 'sale'
    group by m.sku
    having sold > 0
    order by sold desc
""").fetchall()
print("best sellers", [(r["sku"], r["name"], r["sold"]) for r in top])
print("movement ids", [r[0] for r in inv.con.execute("select id from movement order by id")])
cur = inv.con.execute("update product set unit_price = unit_price * 110 / 100 where supplier_id = ?", (acme,))
print("repriced", cur.rowcount, inv.con.in_transaction)
inv.con.commit()
inv.con.close()

with closing(sqlite3.connect(DB)) as con:
    print("persisted", con.execute("select sku, unit_price from product order by sku").fetchall())
    print("tables", [r[0] for r in con.execute("select name from sqlite_master where type in ('table', 'view') order by name")])
os.remove(DB)
