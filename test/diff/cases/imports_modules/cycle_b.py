# The other half of the cycle: cycle_a is in sys.modules but only partly initialised here.
print("cycle_b: start")
import cycle_a
SAW_A_VALUE = hasattr(cycle_a, "A_VALUE"), hasattr(cycle_a, "from_b")
B_VALUE = "b-value"

def from_a():
    return "b gets " + cycle_a.A_VALUE
