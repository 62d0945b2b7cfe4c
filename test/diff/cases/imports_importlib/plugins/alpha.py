from . import LOADED
NAME = "alpha"
LOADED.append(NAME)
def run(n):
    return n * 2
