# sqlite3: Connection and Cursor subclasses and factories, iterdump, callback tracebacks through
# sys.unraisablehook, the DeprecationWarnings of 3.14 signatures, and attribute checks.
import sqlite3
import sys
import warnings


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


class LoggingConnection(sqlite3.Connection):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.log = []

    def execute(self, sql, *args):
        self.log.append(sql.split()[0])
        return super().execute(sql, *args)


class DictCursor(sqlite3.Cursor):
    def fetch_dicts(self):
        names = [d[0] for d in self.description]
        return [dict(zip(names, row)) for row in self.fetchall()]


con = sqlite3.connect(":memory:", factory=LoggingConnection)
print(type(con).__name__, isinstance(con, sqlite3.Connection))
con.execute("create table kv(k text primary key, v)")
con.executemany("insert into kv values (?, ?)", [("a", 1), ("b", 2.5), ("c", None), ("d", b"\x00\xff"), ("e", "it's")])
con.commit()
print(con.log)
cur = con.cursor(DictCursor)
print(type(cur).__name__, cur.connection is con)
print(cur.execute("select * from kv where v is not null order by k").fetchmany(2))
print(cur.execute("select k from kv order by k desc").fetch_dicts())
attempt("bad factory", lambda: con.cursor(lambda c: 42))
attempt("not a connection", lambda: sqlite3.Cursor(42))


class Lazy(sqlite3.Cursor):
    def __init__(self, con):
        pass


class LazyConnection(sqlite3.Connection):
    def __init__(self, *args):
        pass


attempt("cursor init skipped", lambda: con.cursor(Lazy).execute("select 1"))
attempt("connection init skipped", lambda: LazyConnection(":memory:").execute("select 1"))
attempt("Connection()", lambda: sqlite3.connect())

for line in con.iterdump():
    print("dump:", line)

# attribute rules
attempt("rowcount readonly", lambda: setattr(cur, "rowcount", 3))
attempt("arraysize int", lambda: setattr(cur, "arraysize", "x"))
attempt("in_transaction readonly", lambda: setattr(con, "in_transaction", True))
attempt("narg range", lambda: con.create_function("f", 300, len))
print(con.Error is sqlite3.Error, con.IntegrityError is sqlite3.IntegrityError)

# callback errors reach sys.unraisablehook only with enable_callback_tracebacks(True)
seen = []
sys.unraisablehook = lambda u: seen.append((u.exc_type.__name__, u.err_msg.split(" at 0x")[0]))


def explode(x):
    raise ValueError(x)


con.create_function("explode", 1, explode)
attempt("quiet", lambda: con.execute("select explode(1)").fetchall())
sqlite3.enable_callback_tracebacks(True)
attempt("loud", lambda: con.execute("select explode(2)").fetchall())
sqlite3.enable_callback_tracebacks(False)
print(seen)

# 3.14 deprecations
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    sqlite3.connect(":memory:", 1.0).close()
    con.create_function(name="g", narg=1, func=len)
    con.create_function("h", narg=1, func=len)
    con.create_function("i", 1, len, deterministic=True)
for w in caught:
    print(w.category.__name__, w.message)
print(con.execute("select g('abc'), h('ab'), i('a')").fetchone())

# a cached statement follows schema changes
for step in range(2):
    cur = con.execute("select * from kv where k = 'a'")
    print([d[0] for d in cur.description], cur.fetchall())
    if step == 0:
        con.execute("alter table kv add column extra default 'x'")
con.execute("drop table kv")
con.execute("create table kv(z)")
print([d[0] for d in con.execute("select * from kv").description])
con.close()

# connect() arguments: path-like and bytes names, keyword options, bad values
import os
import pathlib

for db in [pathlib.Path("sqlite3_misc_a.db"), b"sqlite3_misc_b.db", "sqlite3_misc_c.db"]:
    c = sqlite3.connect(db)
    c.execute("create table t(x)")
    c.close()
    print(os.path.exists(os.fsdecode(db)))
    os.remove(db)
attempt("int name", lambda: sqlite3.connect(5))
c = sqlite3.connect(":memory:", timeout=1, detect_types=0, isolation_level="DEFERRED", check_same_thread=False,
                    cached_statements=0)
print(c.isolation_level, c.execute("select 1").fetchone())
c.close()
attempt("bad keyword", lambda: sqlite3.connect(":memory:", bogus=1))
attempt("bad timeout", lambda: sqlite3.connect(":memory:", timeout="x"))
attempt("bad isolation", lambda: sqlite3.connect(":memory:", isolation_level="NOW"))
attempt("bad autocommit", lambda: sqlite3.connect(":memory:", autocommit=None))
