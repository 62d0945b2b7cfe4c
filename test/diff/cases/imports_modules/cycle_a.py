# Half of an import cycle: imports cycle_b, which imports this module back while it is half done.
print("cycle_a: start")
A_VALUE = "a-value"
import cycle_b
print("cycle_a: end, cycle_b sees partial cycle_a:", cycle_b.SAW_A_VALUE)

def from_b():
    return "a gets " + cycle_b.B_VALUE
