# help() and pydoc render documentation of builtins, the program's own functions and classes; sysconfig
# answers what every CPython build agrees on.
import pydoc
import sysconfig


def area(width: float, height: float = 1.0) -> float:
    """Return the area of a rectangle.

    Both sides must be positive.
    """
    return width * height


class Shape:
    """A shape with a name."""

    sides = 0

    def __init__(self, name):
        self.name = name

    def describe(self, verbose=False):
        """Say what the shape is."""
        return self.name

    @property
    def label(self):
        """The upper-case name."""
        return self.name.upper()


help(len)
help(area)
print(pydoc.render_doc(Shape, renderer=pydoc.plaintext))
print(pydoc.render_doc(abs, renderer=pydoc.plaintext))
print(pydoc.getdoc(area))
print(pydoc.describe(Shape), pydoc.describe(area), pydoc.describe(len))
print(sysconfig.get_config_var('TZPATH'), sysconfig.get_config_var('VERSION'), sysconfig.get_config_var('Py_GIL_DISABLED'))
print(sysconfig.get_python_version(), sysconfig.get_config_var('py_version_nodot'), sysconfig.get_config_var('ABIFLAGS'))
