# A submodule using a relative import of its parent package.
print("  shapes.flat running as", __name__)
from . import PI

def area_square(s):
    return s * s

class Rect:
    def __init__(self, w, h):
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h

def circumference(r):
    return 2 * PI * r
