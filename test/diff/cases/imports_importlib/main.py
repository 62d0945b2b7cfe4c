# importlib finds what the import statement finds: import_module of modules and packages not imported
# yet (program modules, the standard library), find_spec, reload, and the errors.
import importlib
import importlib.util
import sys

print("plugins" in sys.modules)
fractions = importlib.import_module("fractions")
print(fractions.Fraction(3, 6), "fractions" in sys.modules)
for name in ("alpha", "beta"):
    mod = importlib.import_module(f"plugins.{name}")
    print(mod.__name__, mod.NAME, mod.run(3), mod.__spec__.name, mod.__package__)
rel = importlib.import_module(".alpha", "plugins")
print(rel is sys.modules["plugins.alpha"])
spec = importlib.util.find_spec("plugins.beta")
print(spec.name, spec.parent, spec.origin.endswith("beta.py"), spec.submodule_search_locations)
pkg = importlib.util.find_spec("plugins")
print(pkg.name, pkg.origin.endswith("__init__.py"), len(pkg.submodule_search_locations))
print(importlib.util.find_spec("no_such_module_xyz"))
print(importlib.util.find_spec("textwrap").name)
try:
    importlib.import_module("plugins.gamma")
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    importlib.import_module(".alpha")
except TypeError as e:
    print(type(e).__name__, e)
import plugins.alpha as a
a.NAME = "changed"
print(importlib.reload(a).NAME)
mod = importlib.import_module("colorsys")
print(mod.rgb_to_hsv(0.2, 0.4, 0.4))
print(sys.pycache_prefix, importlib.util.cache_from_source("x/y.py").replace("\\", "/").startswith("x/__pycache__/y."))
