# A module two levels down using both relative and absolute imports.
print("  shapes.solid.cube running as", __name__)
from ..flat import area_square
import shapes

def volume(s):
    return area_square(s) * s

def describe(s):
    return f"cube {s}: volume {volume(s)}, package version {shapes.VERSION}"
