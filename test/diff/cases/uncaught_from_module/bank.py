# A module whose exception escapes to the top level of the program.
class InsufficientFunds(Exception):
    pass

class Account:
    def __init__(self, balance):
        self.balance = balance
    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(f"cannot withdraw {amount}, balance is {self.balance}")
        self.balance -= amount
