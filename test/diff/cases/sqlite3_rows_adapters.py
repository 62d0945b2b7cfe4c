# sqlite3: Row and row_factory, text_factory, adapters and converters (detect_types), user functions
# and aggregates, and the exception hierarchy with sqlite_errorcode/sqlite_errorname.
import sqlite3


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


con = sqlite3.connect(":memory:")
con.execute("create table pt(x integer, y integer, label text)")
con.executemany("insert into pt values (?, ?, ?)", [(1, 2, "a"), (3, 4, "b")])

con.row_factory = sqlite3.Row
r = con.execute("select x, y as Why, label from pt order by x").fetchone()
print(type(r).__name__, r.keys(), len(r), tuple(r), list(r))
print(r[0], r[-1], r["x"], r["WHY"], r["why"], r[1:], r[::-1])
attempt("bad key", lambda: r["z"])
attempt("bad index", lambda: r[3])
attempt("bad type", lambda: r[1.0])
r2 = con.execute("select x, y as Why, label from pt order by x").fetchone()
print(r == r2, r != r2, hash(r) == hash(r2), r == tuple(r))
attempt("order", lambda: r < r2)
print(dict(zip(r.keys(), r)))
attempt("Row args", lambda: sqlite3.Row(1, ()))
attempt("Row data", lambda: sqlite3.Row(con.cursor(), [1]))
print(isinstance(r, __import__("collections").abc.Sequence))

cur = con.cursor()
print(cur.row_factory is sqlite3.Row)
cur.row_factory = lambda c, row: {d[0]: v for d, v in zip(c.description, row)}
print(cur.execute("select * from pt").fetchall())
con.row_factory = None

con.text_factory = bytes
print(con.execute("select label, 'é' from pt").fetchall())
con.text_factory = lambda b: b.decode().upper()
print(con.execute("select label from pt").fetchall())
con.text_factory = str

# adapters and converters


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


def adapt_point(p):
    return f"{p.x};{p.y}"


def convert_point(b):
    x, y = map(float, b.split(b";"))
    return Point(x, y)


sqlite3.register_adapter(Point, adapt_point)
sqlite3.register_converter("point", convert_point)
print(sqlite3.adapt(Point(1, 2)))
attempt("adapt int", lambda: sqlite3.adapt(5))
print(sqlite3.adapt(5, sqlite3.PrepareProtocol, "alt"))


class Conforming:
    def __conform__(self, proto):
        if proto is sqlite3.PrepareProtocol:
            return "8;9"


db = sqlite3.connect(":memory:", detect_types=sqlite3.PARSE_DECLTYPES | sqlite3.PARSE_COLNAMES)
db.execute("create table shapes(p point, q POINT(2), n integer, t text)")
db.execute("insert into shapes values (?, ?, ?, ?)", (Point(1, 2), Point(3.5, -1), 7, Conforming()))
db.execute("insert into shapes values (null, null, null, null)")
print(db.execute("select * from shapes").fetchall())
print(db.execute('select t as "t [point]", n as "n [unknown]" from shapes where n = 7').fetchall())
print(db.execute('select t as "t [point]" from shapes').description)
db.close()
db = sqlite3.connect(":memory:")
db.execute("create table shapes(p point)")
db.execute("insert into shapes values (?)", (Point(5, 6),))
print("no detect_types", db.execute("select * from shapes").fetchall())
db.close()
attempt("converter name", lambda: sqlite3.register_converter(1, str))
print(sorted(sqlite3.converters))

# user-defined functions and aggregates
con.create_function("double", 1, lambda v: v * 2)
con.create_function("describe", -1, lambda *a: repr(a), deterministic=True)
print(con.execute("select double(x), double(label), describe(x, 2.5, label, x'00', null) from pt").fetchall())
con.create_function("boom", 0, lambda: 1 / 0)
attempt("raising function", lambda: con.execute("select boom()").fetchall())
con.create_function("weird", 0, lambda: object())
attempt("bad result", lambda: con.execute("select weird()").fetchall())
attempt("wrong arity", lambda: con.execute("select double(1, 2)").fetchall())


class Median:
    def __init__(self):
        self.values = []

    def step(self, v):
        if v is not None:
            self.values.append(v)

    def finalize(self):
        vs = sorted(self.values)
        return vs[len(vs) // 2] if vs else None


class Broken:
    def step(self, v):
        raise RuntimeError("nope")

    def finalize(self):
        return 0


con.create_aggregate("median", 1, Median)
con.create_aggregate("broken", 1, Broken)
con.execute("insert into pt values (5, 6, 'a')")
print(con.execute("select label, median(x) from pt group by label order by label").fetchall())
attempt("raising aggregate", lambda: con.execute("select broken(x) from pt").fetchall())


class Counting:
    def __init__(self):
        print("Counting()")
        self.n = 0

    def step(self, v):
        self.n += 1

    def finalize(self):
        print("finalize")
        return self.n


con.create_aggregate("counting", 1, Counting)
print("no rows", con.execute("select counting(x) from pt where x > 100").fetchall())
print("groups", con.execute("select counting(x) from pt group by label order by label").fetchall())

# the exception hierarchy
for name in ["Warning", "Error", "InterfaceError", "DatabaseError", "DataError", "OperationalError",
             "IntegrityError", "InternalError", "ProgrammingError", "NotSupportedError"]:
    cls = getattr(sqlite3, name)
    print(name, cls.__module__, [b.__name__ for b in cls.__mro__[1:-2]], getattr(con, name) is cls)
con.execute("create table u(k integer primary key, v text unique, w text not null, f integer references u(k))")
con.execute("insert into u values (1, 'a', 'x', null)")
for sql in ["insert into u values (1, 'b', 'x', null)", "insert into u values (2, 'a', 'x', null)",
            "insert into u values (3, 'c', null, null)", "insert into u values (4, 'd', 'x', 99)"]:
    try:
        con.execute(sql)
        print("ok", sql)
    except sqlite3.DatabaseError as e:
        print(type(e).__name__, e, e.sqlite_errorcode, e.sqlite_errorname)
try:
    con.execute("select ?", (1, 2))
except sqlite3.Error as e:
    print(type(e).__name__, hasattr(e, "sqlite_errorcode"))
print(sqlite3.SQLITE_CONSTRAINT_UNIQUE, sqlite3.SQLITE_OK, sqlite3.SQLITE_DENY, sqlite3.PARSE_DECLTYPES)
print(sqlite3.complete_statement("select 1;"), sqlite3.complete_statement("select 1"),
      sqlite3.complete_statement("select ';'"), sqlite3.complete_statement("create trigger t after insert on u begin select 1; end;"),
      sqlite3.complete_statement("create trigger t after insert on u begin select 1;"))
print(isinstance(sqlite3.sqlite_version, str), len(sqlite3.sqlite_version_info))
con.close()
