import contextlib, logging, sys, io, heapq, bisect, random, statistics, datetime, fractions, decimal
class InsufficientFunds(Exception):
    def __init__(self, acct, amount):
        super().__init__(f"{acct.owner} cannot withdraw {amount}")
        self.acct = acct; self.amount = amount
class Account:
    _next = 1000
    def __init__(self, owner, balance=0):
        self.owner = owner; self.balance = decimal.Decimal(balance)
        Account._next += 1; self.number = Account._next
        self.history = []
    def __repr__(self): return f"Account({self.owner!r}, {self.balance})"
    def deposit(self, amt):
        if amt <= 0: raise ValueError("deposit must be positive")
        self.balance += amt; self.history.append(('dep', amt))
    def withdraw(self, amt):
        if amt > self.balance: raise InsufficientFunds(self, amt)
        self.balance -= amt; self.history.append(('wd', amt))
@contextlib.contextmanager
def transaction(*accts):
    snap = [(a, a.balance, len(a.history)) for a in accts]
    try:
        yield
    except Exception as e:
        for a, b, n in snap:
            a.balance = b; del a.history[n:]
        print("rolled back:", e)
        raise
stream = io.StringIO()
logging.basicConfig(stream=stream, level=logging.INFO, format="%(levelname)s:%(name)s:%(message)s")
log = logging.getLogger("bank")
a = Account("ann", "100.50"); b = Account("bob", 20)
def transfer(src, dst, amt):
    with transaction(src, dst):
        dst.deposit(amt); src.withdraw(amt)
        log.info("moved %s from %s to %s", amt, src.owner, dst.owner)
transfer(a, b, decimal.Decimal("50.25"))
try: transfer(b, a, 1000)
except InsufficientFunds as e: print(type(e).__name__, e, e.amount)
try: transfer(a, b, -1)
except ValueError as e: print("ValueError", e)
print(a, b, a.history, b.history)
print(stream.getvalue(), end="")
random.seed(42)
vals = [random.randint(1, 100) for _ in range(20)]
print(vals, statistics.mean(vals), statistics.median(vals), round(statistics.stdev(vals), 6))
print(heapq.nsmallest(3, vals), heapq.nlargest(2, vals))
s = sorted(vals); print(bisect.bisect_left(s, 50), bisect.insort(s, 50) or s[:5])
print(fractions.Fraction(3, 4) + fractions.Fraction(1, 6), fractions.Fraction("0.125"), fractions.Fraction(1.5).limit_denominator())
d = datetime.date(2024, 2, 28) + datetime.timedelta(days=2)
print(d, d.isoformat(), d.strftime("%A %d %B %Y"), d.weekday(), datetime.datetime(2020, 5, 17, 13, 4, 5).isoformat(" "))
print(datetime.timedelta(hours=49, seconds=7), repr(datetime.timedelta(microseconds=-1)))
print(random.choice("abcdef"), random.sample(range(100), 4), random.random(), random.gauss(0, 1))
random.shuffle(vals); print(vals[:6])
print(sys.getrecursionlimit(), decimal.Decimal(1) / decimal.Decimal(7), decimal.Decimal("1.10") * 3)
