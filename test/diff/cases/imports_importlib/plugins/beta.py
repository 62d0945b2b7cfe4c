from . import LOADED
NAME = "beta"
LOADED.append(NAME)
def run(n):
    return [n] * n
