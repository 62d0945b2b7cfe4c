# A subpackage: imports from its parent with '..'.
print("  shapes.solid/__init__ running as", __name__)
from .. import flat as _flat

def helpers_via_parent():
    return "solid uses flat: " + str(_flat.area_square(5))
