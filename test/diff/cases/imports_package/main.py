# Imports of a user package: __init__ execution order, submodules, relative imports (., ..), from-import
# of names and submodules, __all__ with star-import, module attributes (__name__, __package__),
# re-import caching, importlib.import_module and import errors.
import sys
import importlib

print("main starts")
import shapes
print("shapes imported:", shapes.__name__, shapes.__package__, shapes.VERSION)
from shapes import flat
print("flat:", flat.__name__, flat.__package__, flat.area_square(3))
from shapes.flat import Rect, area_square as sq
print("Rect:", Rect(2, 5).area(), sq(4), Rect.__module__)
import shapes.solid.cube
print("cube:", shapes.solid.cube.volume(3), shapes.solid.cube.__name__)
from shapes.solid import cube as c2
print("same module object:", c2 is shapes.solid.cube, c2 is sys.modules["shapes.solid.cube"])
from shapes.solid.cube import describe
print(describe(2))
from shapes import *
print("star import gave:", sorted(n for n in ("flat", "circle_area", "PI", "_private") if n in dir()))
print("circle_area:", round(circle_area(1), 5))
import shapes as again
print("cached:", again is shapes, shapes.LOAD_COUNT)
m = importlib.import_module("shapes.flat")
print("import_module:", m is flat)
m2 = importlib.import_module(".solid", "shapes")
print("relative import_module:", m2.__name__)
print("submodule attribute set on parent:", hasattr(shapes, "solid"), hasattr(shapes.solid, "cube"))
print("module file names:", [mod.__file__.rsplit("/", 1)[-1] for mod in (shapes, flat, shapes.solid.cube)])
print("__path__ is list-like:", len(shapes.__path__))
print("user modules:", sorted(k for k in sys.modules if k.split(".")[0] == "shapes"))
try:
    import shapes.missing
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    from shapes import nothing_here
except ImportError as e:
    print(type(e).__name__, e, e.name)
try:
    import not_a_real_top_level_module_xyz
except ImportError as e:
    print(type(e).__name__, e)
try:
    from shapes.flat import Rect, Nope
except ImportError as e:
    print(type(e).__name__, e)
try:
    import shapes.flat.Rect
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
from shapes.solid import helpers_via_parent
print(helpers_via_parent())
print("main ends")
