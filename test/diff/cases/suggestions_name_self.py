# exit: 1
# Inside a method, a bare name the instance has as an attribute suggests "self.<name>".
class Counter:
    def __init__(self):
        self.count = 0
    def bump(self):
        return count + 1
Counter().bump()
