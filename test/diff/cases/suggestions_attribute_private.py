# exit: 1
# A private name is suggested only when the missing name is private too (or inside a method of the
# object itself).
class Account:
    def __init__(self):
        self._secret = 1
    def peek(self):
        return self._secrte

Account()._secrt
