# exit: 1
# Suggestions for a module attribute come from dir(module).
import math
print(math.floor(2.5))
math.sqr(4)
