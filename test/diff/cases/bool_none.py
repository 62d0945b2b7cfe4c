# bool and None: bool is an int subclass, truthiness rules, None's identity and operations on it.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

show("bool arith", lambda: (True + True, True * 10, -True, True / 2, True // 2, True ** 10))
show("bool bits", lambda: (True & False, True | False, True ^ True, type(True & False).__name__, type(True + 0).__name__))
show("bool isinstance", lambda: (isinstance(True, int), issubclass(bool, int), type(True) is bool))
show("bool str", lambda: (str(True), repr(False), format(True), format(True, "d"), f"{False:>6}", "%s %d" % (True, True)))
show("bool of", lambda: [bool(x) for x in (0, 1, "", "a", [], [0], (), {}, {0: 0}, set(), None, 0.0, 0j, range(0), range(1), b"", b"\0")])
show("bool()", lambda: bool())
show("bool eq int", lambda: (True == 1, False == 0, True == 1.0, hash(True) == hash(1), {True: "a", 1: "b"}))
show("bool subclass", lambda: type("B", (bool,), {}))
show("bool idx", lambda: ["no", "yes"][True])
show("None", lambda: (None, repr(None), str(None), None is None, None == None, type(None).__name__))
show("None bool", lambda: bool(None))
show("None cmp", lambda: None < 1)
show("None add", lambda: None + 1)
nothing = None
show("None call", lambda: nothing())
show("None attr", lambda: None.foo)
show("None iter", lambda: list(None))
show("None subscr", lambda: nothing[0])
show("NoneType()", lambda: type(None)() is None)
show("and/or", lambda: (0 or "x", "" or None, 1 and 2, 0 and 1 / 0, [] or {} or "last", None and 1))
show("not", lambda: (not 0, not [1], not None))
show("short circuit", lambda: (True or 1 / 0, False and 1 / 0))
show("bool int ops", lambda: (sum([True, True, False]), max(True, 2), sorted([True, False, 0, 1])))
show("bool conversion", lambda: (int(True), float(False), complex(True)))
show("NotImplemented", lambda: (repr(NotImplemented), type(NotImplemented).__name__))
show("Ellipsis", lambda: (..., repr(Ellipsis), ... is Ellipsis))
show("bool of NotImplemented", lambda: bool(NotImplemented))

class Truthy:
    def __bool__(self):
        return False

class LenOnly:
    def __len__(self):
        return 3

class BadBool:
    def __bool__(self):
        return 1

show("custom bool", lambda: (bool(Truthy()), bool(LenOnly()), not LenOnly()))
show("bad bool", lambda: bool(BadBool()))
show("if with custom", lambda: "yes" if Truthy() else "no")
