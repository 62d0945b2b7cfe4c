# Method calls on class instances: attribute access, bound methods, __init__.
import sys
SCALE = int(sys.argv[1]) if len(sys.argv) > 1 else 1  # `npm run bench` records with a smaller size
class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def dot(self, other):
        return self.x * other.x + self.y * other.y

acc = Vec(0, 0)
step = Vec(1, 2)
total = 0
for i in range(300_000 // SCALE):
    acc = acc.add(step)
    total += acc.dot(step)
print(acc.x, acc.y, total)
