# exit: 1
# An uncaught AttributeError is printed with CPython's "Did you mean" hint (not part of str(e)).
class Account:
    def __init__(self):
        self.balance = 10
        self._secret = 1

acct = Account()
try:
    acct.balnce
except AttributeError as e:
    print("str:", e)
print(acct.balance)
acct.balanse
