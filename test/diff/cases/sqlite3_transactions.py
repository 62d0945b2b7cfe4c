# sqlite3: legacy isolation_level transactions (implicit BEGIN before DML), commit/rollback, the
# connection as a context manager, autocommit=True/False, executescript, and a database file that
# outlives its connection.
import os
import sqlite3

PATH = "sqlite3_transactions_test.db"
if os.path.exists(PATH):
    os.remove(PATH)

con = sqlite3.connect(PATH)
print(con.isolation_level, con.autocommit == sqlite3.LEGACY_TRANSACTION_CONTROL, con.in_transaction)
con.execute("create table acct(name text primary key, balance integer check (balance >= 0))")
print("after create", con.in_transaction)
con.execute("insert into acct values ('a', 100)")
print("after insert", con.in_transaction)
con.execute("select * from acct").fetchall()
print("after select", con.in_transaction)
con.commit()
print("after commit", con.in_transaction, con.total_changes)
con.execute("/* note */ insert into acct values ('b', 50)")
print("comment before insert", con.in_transaction)
con.rollback()
print("after rollback", con.execute("select name from acct").fetchall(), con.in_transaction)

# context manager: commit on success, rollback on exception
with con:
    con.execute("insert into acct values ('b', 50)")
print("with ok", con.in_transaction, con.execute("select count(*) from acct").fetchone())
try:
    with con:
        con.execute("update acct set balance = balance - 30 where name = 'a'")
        con.execute("update acct set balance = balance - 80 where name = 'b'")
except sqlite3.IntegrityError as e:
    print("rolled back:", e, e.sqlite_errorname)
print(con.execute("select * from acct order by name").fetchall())
try:
    with con:
        con.execute("insert into acct values ('c', 1)")
        raise ValueError("abort")
except ValueError as e:
    print("with raised", e, con.execute("select count(*) from acct").fetchone())
print(con.__enter__() is con)

# another connection sees only committed data
con.execute("insert into acct values ('d', 7)")
other = sqlite3.connect(PATH, timeout=0.1)
print("other sees", other.execute("select name from acct order by name").fetchall())
con.commit()
print("other sees", other.execute("select name from acct order by name").fetchall())
other.close()

# isolation_level
for level in ("DEFERRED", "immediate", "Exclusive", "", None):
    con.isolation_level = level
    print("level", repr(con.isolation_level))
for bad in ("serializable", 5):
    try:
        con.isolation_level = bad
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
con.isolation_level = None
con.execute("insert into acct values ('e', 3)")
print("autocommit mode", con.in_transaction)
con.execute("begin")
con.execute("insert into acct values ('f', 4)")
print("explicit begin", con.in_transaction)
con.isolation_level = ""
print("still", con.in_transaction)
con.isolation_level = None
print("setting None commits", con.in_transaction)
con.close()

# autocommit attribute
con = sqlite3.connect(PATH, autocommit=False)
print("autocommit False", con.autocommit, con.in_transaction)
con.execute("delete from acct where name = 'f'")
con.rollback()
print("rollback reopens", con.in_transaction, con.execute("select count(*) from acct").fetchone())
con.commit()
print("commit reopens", con.in_transaction)
con.autocommit = True
print("autocommit True", con.autocommit, con.in_transaction)
con.execute("delete from acct where name = 'e'")
print("no implicit begin", con.in_transaction)
try:
    con.autocommit = "yes"
except ValueError as e:
    print(e)
con.autocommit = False
con.execute("insert into acct values ('h', 1)")
con.isolation_level = None
print("None under autocommit=False", con.in_transaction, con.isolation_level)
con.rollback()
print("h kept", con.execute("select count(*) from acct where name = 'h'").fetchone())
con.close()

# executescript commits first, then runs every statement
con = sqlite3.connect(PATH)
con.execute("insert into acct values ('g', 9)")
print("before script", con.in_transaction)
con.executescript("""
    create table log(msg text);  -- a comment
    insert into log values ('one');
    insert into log values ('two; with semicolon');
""")
print("after script", con.in_transaction, con.execute("select * from log").fetchall())
try:
    con.executescript("insert into log values ('three'); bogus statement;")
except sqlite3.OperationalError as e:
    print("script error", e)
print(con.execute("select count(*) from log").fetchone())
try:
    con.executescript(5)
except TypeError as e:
    print(e)
con.close()

con = sqlite3.connect(PATH)
print("reopened", con.execute("select name, balance from acct order by name").fetchall())
con.close()
os.remove(PATH)

try:
    sqlite3.connect("no_such_dir_sqlite3_tx/x.db")
except sqlite3.OperationalError as e:
    print(type(e).__name__, e, e.sqlite_errorcode, e.sqlite_errorname)
