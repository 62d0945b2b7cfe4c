# Imports of plain user modules: module-level code runs once, `if __name__ == "__main__"` guards,
# import cycles resolved through partially initialised modules, module globals and attributes,
# reload-free re-import, `import x as y`, and a module that raises while being imported.
import sys
print("main: __name__ is", __name__)
import greetings
import greetings as g2
from greetings import greet, DEFAULT
print(greet("ada"), DEFAULT, g2 is greetings)
print("greetings.__name__:", greetings.__name__)
print("counter module state:", greetings.calls)
greetings.DEFAULT = "changed"
print("module attribute changed:", greetings.greet_default(), DEFAULT)
import cycle_a
print("cycle:", cycle_a.from_b(), cycle_a.cycle_b.from_a())
try:
    import broken_module
except ZeroDivisionError as e:
    print("import failed:", type(e).__name__, e)
print("broken module not cached:", "broken_module" in sys.modules)
try:
    import broken_module
except ZeroDivisionError as e:
    print("second attempt runs it again:", e)
import stateful
stateful.bump()
stateful.bump()
import stateful as again
print("shared state:", again.count)
print("dir of module:", [n for n in dir(greetings) if not n.startswith("__")])
print("vars has __file__:", "__file__" in vars(greetings))
print("main module is __main__:", sys.modules["__main__"].__name__, "greetings" in sys.modules)
def use_in_function():
    import greetings as local_ref
    return local_ref.greet("inside")
print(use_in_function())
if __name__ == "__main__":
    print("guard ran in main")
