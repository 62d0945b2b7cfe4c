# enum: Enum, IntEnum, Flag, IntFlag, StrEnum, auto, unique, functional API, members with values and
# methods, lookups and their errors, match on members.
import enum
from enum import Enum, IntEnum, Flag, IntFlag, auto, StrEnum, unique
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
print(Color.RED, repr(Color.GREEN), Color(3), Color['RED'], list(Color), len(Color))
print(Color.RED.name, Color.RED.value, Color.RED is Color(1), isinstance(Color.RED, Color))
class P(IntEnum):
    A = auto()
    B = auto()
print(P.A + 1, P.B, repr(P.B), P.A < P.B, int(P.B))
class F(Flag):
    R = auto(); W = auto(); X = auto()
print(F.R | F.W, repr(F.R | F.X), F.R in (F.R | F.W), ~F.R, list(F.R|F.W))
class IF(IntFlag):
    A = 1; B = 2
print(IF.A | IF.B, repr(IF.A | 4))
class S(StrEnum):
    X = auto(); Y = 'why'
print(S.X, S.Y, S.X.upper(), repr(S.Y))
try: Color(7)
except ValueError as e: print(e)
@unique
class U(Enum):
    a = 1
try:
    @unique
    class V(Enum):
        a = 1
        b = 1
except ValueError as e: print(e)
print(Color.__members__)
class Planet(Enum):
    EARTH = (5.97e24, 6.37e6)
    def __init__(self, mass, radius):
        self.mass = mass; self.radius = radius
    @property
    def g(self): return round(6.67e-11 * self.mass / self.radius**2, 2)
print(Planet.EARTH.g, Planet.EARTH.value)
print({Color.RED: 1}[Color.RED], hash(Color.RED) == hash(Color.RED))
match Color.BLUE:
    case Color.RED: print('r')
    case Color.BLUE: print('b')
print(enum.Enum('Dyn', 'a b c').b, list(enum.Enum('D2', [('x', 5)])))
