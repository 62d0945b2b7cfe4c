# exit: 1
# `from module import misspelt`: the ImportError is printed with a suggestion from dir(module).
import shapes
print(shapes.make_circle(2))
from shapes import make_cirle
