# A small program that exercises functions, classes, generators and exceptions.
import sys


class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError(f"deposit must be positive, got {amount}")
        self.balance += amount
        return self.balance

    def __repr__(self):
        return f"Account({self.owner!r}, {self.balance})"


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


acct = Account("ada")
for amount in (10, 20, -5):
    try:
        acct.deposit(amount)
    except ValueError as e:
        print("refused:", e)
print(acct)

gen = fib()
print([next(gen) for _ in range(15)])
print({n: n * n for n in range(6) if n % 2 == 0})
print(sum(x for x in range(1, 101)), 2 ** 100)
print("argv:", sys.argv[1:])
