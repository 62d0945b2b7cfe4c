# sqlite3: connecting, executing, fetching, parameters, type mapping and the errors of bad bindings.
import sqlite3


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


con = sqlite3.connect(":memory:")
cur = con.cursor()
print(cur.rowcount, cur.lastrowid, cur.arraysize, cur.description)
cur.execute("create table people(id integer primary key, name text not null, age integer, score real, photo blob)")
print("create rowcount", cur.rowcount, cur.description)
cur.execute("insert into people(name, age, score) values (?, ?, ?)", ("ann", 31, 4.5))
print("insert", cur.rowcount, cur.lastrowid)
cur.executemany("insert into people(name, age, score) values (?, ?, ?)",
                [("bob", 25, 3.25), ("cy", None, 5.0), ("dee", 40, None)])
print("executemany", cur.rowcount, cur.lastrowid)
cur.execute("insert into people(name, age) values (:name, :age)", {"name": "eve", "age": 22})
print("named", cur.lastrowid)

cur.execute("select id, name, age, score from people order by id")
print([d[0] for d in cur.description])
print(cur.fetchone())
print(cur.fetchmany(2))
cur.arraysize = 3
print(cur.fetchmany())
print(cur.fetchall(), cur.fetchone())

for row in con.execute("select name, age from people where age > ? order by age desc", (24,)):
    print("iter", row)

print(con.execute("select count(*), sum(age), avg(score), max(name) from people").fetchone())
print(con.execute("update people set age = age + 1 where age is not null").rowcount)
print(con.execute("delete from people where name = 'dee'").rowcount)
print(con.execute("select * from people where name = ?", ("nobody",)).fetchall())

# type mapping
row = con.execute("select ?, ?, ?, ?, ?, ?, ?, ?", (1, 2.5, "text", b"\x00\x01", None, True, 2**62, bytearray(b"ba"))).fetchone()
print(row, [type(v).__name__ for v in row])
print(con.execute("select 1.0, 0.1, 1e20, -0.0, 3 / 2, 3 / 2.0, 'é€😀', x'cafe'").fetchone())
print(con.execute("select typeof(?), typeof(?), typeof(?), typeof(?)", (1, 1.0, "s", memoryview(b"m"))).fetchone())
print(con.execute("select ?", (-2**63,)).fetchone(), con.execute("select ?", (2**63 - 1,)).fetchone())
print(con.execute("select 9007199254740993, -9007199254740993").fetchone())
attempt("overflow", lambda: con.execute("select ?", (2**63,)))
attempt("unsupported", lambda: con.execute("select ?", (object(),)))
attempt("unsupported dict", lambda: con.execute("select :x", {"x": [1]}))
attempt("too many", lambda: con.execute("select ?", (1, 2)))
attempt("too few", lambda: con.execute("select ?, ?", (1,)))
attempt("named with seq", lambda: con.execute("select :a", (1,)))
attempt("qmark with dict", lambda: con.execute("select ?", {"a": 1}))
attempt("missing name", lambda: con.execute("select :a, :b", {"a": 1}))
attempt("bad params", lambda: con.execute("select ?", 5))
attempt("numbered", lambda: con.execute("select ?2, ?1, ?2", ("x", "y")).fetchall())
attempt("repeated name", lambda: con.execute("select :a, :b, :a", {"a": 1, "b": 2}).fetchall())
attempt("str is a sequence", lambda: con.execute("select ?", "z").fetchall())
attempt("params in quotes", lambda: con.execute("select '?', ':x', ? -- ?\n", (7,)).fetchall())
attempt("two statements", lambda: con.execute("select 1; select 2"))
attempt("trailing comment", lambda: con.execute("select 1; -- done").fetchall())
attempt("empty", lambda: (con.execute("").description, con.execute("  -- nothing").rowcount))
attempt("null char", lambda: con.execute("select 1\x00"))
attempt("not str", lambda: con.execute(42))
attempt("syntax", lambda: con.execute("selec 1"))
attempt("no table", lambda: con.execute("select * from missing"))
attempt("no column", lambda: con.execute("select nope from people"))
attempt("executemany select", lambda: con.executemany("select ?", [(1,)]))
attempt("executemany not iterable", lambda: con.executemany("insert into people(name) values (?)", 3))
attempt("executemany generator", lambda: con.executemany("insert into people(name) values (?)", ((n,) for n in "xyz")).rowcount)
attempt("surrogate param", lambda: con.execute("select ?", ("a\ud800b",)))
attempt("surrogate named", lambda: con.execute("select :x", {"x": "\udc00"}))
attempt("surrogate sql", lambda: con.execute("select 'a\udc00'"))
attempt("script null", lambda: con.executescript("select 1;\x00"))
attempt("no rows", lambda: con.execute("select 1 where 0").fetchone())
attempt("select rowcount", lambda: con.execute("select 1").rowcount)

closed = con.cursor()
closed.close()
attempt("closed cursor", lambda: closed.execute("select 1"))
con.close()
attempt("closed con", lambda: con.execute("select 1"))
attempt("closed cursor of closed con", lambda: cur.fetchall())
con.close()
print("done")
