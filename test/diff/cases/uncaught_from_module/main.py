# exit: 1
# An exception class defined in a user module and raised there: the report names it module.Class.
import bank
account = bank.Account(10)
account.withdraw(3)
print("balance", account.balance)
account.withdraw(50)
