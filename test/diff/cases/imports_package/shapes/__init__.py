# The package's __init__: runs once, before any submodule.
print("  shapes/__init__ running as", __name__)
VERSION = "1.0"
LOAD_COUNT = globals().get("LOAD_COUNT", 0) + 1
__all__ = ["flat", "circle_area", "PI"]
PI = 3.14159
_private = "hidden"

def circle_area(r):
    return PI * r * r
