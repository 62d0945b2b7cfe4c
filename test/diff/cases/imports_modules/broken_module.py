# A module that fails while being imported.
print("broken_module: about to fail")
x = 1 / 0
