# A dict display, a dict comprehension, ** unpacking and `in` whose key cannot be hashed: CPython 3.14
# words every one "cannot use 'X' as a dict key (...)", whatever TypeError the hash raised.
class BadHash:
    def __hash__(self):
        raise TypeError("nope")

class OtherError:
    def __hash__(self):
        raise ValueError("not a TypeError")

cases = [
    ("display", lambda: {BadHash(): 1}),
    ("tuple holding a list", lambda: {(1, [2]): 3}),
    ("list", lambda: {[1]: 2}),
    ("comprehension", lambda: {k: 1 for k in [BadHash()]}),
    ("after **", lambda: {**{}, BadHash(): 1}),
    ("** of a mapping", lambda: dict(**{}) | {BadHash(): 2}),
    ("in", lambda: BadHash() in {1: 2}),
    ("subscript", lambda: {1: 2}[BadHash()]),
    ("other error", lambda: {OtherError(): 1}),
    ("other error in", lambda: OtherError() in {1: 2}),
    ("set display", lambda: {BadHash()}),
    ("fine", lambda: {(1, 2): 3, "a": 4}),
]
for name, f in cases:
    try:
        print(name, "->", f())
    except Exception as e:
        print(name, "->", type(e).__name__, e)
