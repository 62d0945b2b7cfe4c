# A small bank: an account class hierarchy with properties, class attributes, custom exceptions,
# transaction history, interest, overdraft rules and a monthly statement formatted as a table.
from datetime import date

class BankError(Exception):
    pass

class InsufficientFunds(BankError):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner}: cannot withdraw {amount:.2f}, available {account.available:.2f}")
        self.account = account
        self.amount = amount

class AccountClosed(BankError):
    pass

class Account:
    _next_number = 1000
    kind = "basic"

    def __init__(self, owner, opening=0.0):
        self.owner = owner
        self.number = Account._next_number
        Account._next_number += 1
        self._balance = 0.0
        self.history = []
        self.open = True
        if opening:
            self.deposit(opening, "opening deposit")

    @property
    def balance(self):
        return round(self._balance, 2)

    @property
    def available(self):
        return self.balance

    def _check_open(self):
        if not self.open:
            raise AccountClosed(f"account {self.number} is closed")

    def deposit(self, amount, memo="deposit"):
        self._check_open()
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._balance += amount
        self.history.append((memo, amount, self.balance))
        return self.balance

    def withdraw(self, amount, memo="withdrawal"):
        self._check_open()
        if amount > self.available:
            raise InsufficientFunds(self, amount)
        self._balance -= amount
        self.history.append((memo, -amount, self.balance))
        return self.balance

    def transfer(self, other, amount):
        self.withdraw(amount, f"transfer to {other.number}")
        other.deposit(amount, f"transfer from {self.number}")

    def month_end(self):
        pass

    def close(self):
        self.open = False

    def __repr__(self):
        return f"<{type(self).__name__} #{self.number} {self.owner} {self.balance:.2f}>"

    def __lt__(self, other):
        return self.balance < other.balance

class Savings(Account):
    kind = "savings"
    rate = 0.02

    def month_end(self):
        interest = round(self._balance * self.rate / 12, 2)
        if interest:
            self.deposit(interest, "interest")

class Checking(Account):
    kind = "checking"
    fee = 2.5

    def __init__(self, owner, opening=0.0, overdraft=100.0):
        self.overdraft = overdraft
        super().__init__(owner, opening)

    @property
    def available(self):
        return self.balance + self.overdraft

    def month_end(self):
        if self._balance < 0:
            self.withdraw_fee(10.0, "overdraft fee")
        self.withdraw_fee(self.fee, "monthly fee")

    def withdraw_fee(self, amount, memo):
        self._balance -= amount
        self.history.append((memo, -amount, self.balance))

class Bank:
    def __init__(self, name):
        self.name = name
        self.accounts = {}

    def open(self, cls, *args, **kwargs):
        acct = cls(*args, **kwargs)
        self.accounts[acct.number] = acct
        return acct

    def total(self):
        return round(sum(a.balance for a in self.accounts.values()), 2)

    def statement(self, acct):
        lines = [f"Statement for {acct.owner} ({acct.kind} #{acct.number})", "-" * 46]
        for memo, amount, balance in acct.history:
            lines.append(f"{memo:<24}{amount:>+10.2f}{balance:>12.2f}")
        lines.append("-" * 46)
        lines.append(f"{'closing balance':<24}{'':>10}{acct.balance:>12.2f}")
        return "\n".join(lines)

bank = Bank("First Python Bank")
alice = bank.open(Savings, "Alice", 1000)
bob = bank.open(Checking, "Bob", 50, overdraft=200)
carol = bank.open(Account, "Carol")

alice.deposit(250.75)
alice.transfer(bob, 300)
bob.withdraw(500)
try:
    bob.withdraw(100)
except InsufficientFunds as e:
    print("refused:", e)
try:
    carol.deposit(-5)
except ValueError as e:
    print("refused:", e)
carol.deposit(42.42)
carol.close()
try:
    carol.deposit(1)
except BankError as e:
    print("refused:", type(e).__name__, e)

for month in range(3):
    for acct in bank.accounts.values():
        if acct.open:
            acct.month_end()

for acct in bank.accounts.values():
    print(bank.statement(acct))
    print()
print("accounts by balance:", sorted(bank.accounts.values()))
print("richest:", max(bank.accounts.values(), key=lambda a: a.balance).owner)
print("total deposits:", f"{bank.total():,.2f}")
print("kinds:", {a.kind for a in bank.accounts.values()} == {"savings", "checking", "basic"})
print("date check:", date(2024, 1, 31).isoformat(), (date(2024, 3, 1) - date(2024, 2, 1)).days)
