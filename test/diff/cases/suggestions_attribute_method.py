# exit: 1
# Inside a method of the object, its private names are suggested for a public-looking typo.
class Account:
    def __init__(self):
        self._total = 1
    def peek(self):
        return self.total

Account().peek()
