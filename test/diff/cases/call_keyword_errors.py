# TypeErrors of calls with wrong keyword arguments or counts: the "Did you mean" keyword suggestions
# (Python functions and built-ins), the order of the checks, METH_O/METH_NOARGS built-ins.
import collections
import functools
import itertools
import json
import math
import operator


def show(label, f):
    try:
        print(label, repr(f()))
    except TypeError as e:
        print(label, "TypeError:", e)


def report(name, *, verbose=False, colour="red"):
    return name, verbose, colour


def posonly(a, b, /, c=0):
    return a, b, c


class Table:
    def render(self, width, *, border=True):
        return width, border


show("py-close", lambda: report("x", verbos=True))
show("py-case", lambda: report("x", Verbose=True))
show("py-far", lambda: report("x", zzz=1))
show("py-kwonly", lambda: report("x", colur="blue"))
show("py-method", lambda: Table().render(10, bordr=False))
show("py-posonly-first", lambda: posonly(1, 2, a=1, cc=3))
show("py-posonly-later", lambda: posonly(1, 2, cc=3, b=1))
show("py-only-posonly", lambda: posonly(1, 2, d=4))
show("py-lambda", lambda: (lambda value: value)(valeu=1))
show("print", lambda: print("a", ed=""))
show("print-file", lambda: print("a", fle=None))
show("sorted", lambda: sorted([2, 1], revrse=True))
show("sort", lambda: [2, 1].sort(kye=abs))
show("int", lambda: int("10", bse=2))
show("str", lambda: str(obect=1))
show("split", lambda: "a b".split(maxsplt=1))
show("encode", lambda: "x".encode(erors="strict"))
show("zip", lambda: list(zip([1], strct=True)))
show("zip-two", lambda: zip([], strict=True, x=1))
show("map", lambda: map(str, [1], strct=True))
show("deque", lambda: collections.deque([], maxln=2))
show("enumerate", lambda: enumerate([], sart=1))
show("enumerate-kw", lambda: list(enumerate(start=5, iterable="ab")))
show("enumerate-none", lambda: enumerate())
show("enumerate-many", lambda: enumerate([], 1, 2))
show("product", lambda: itertools.product("a", repat=2))
show("zip_longest", lambda: itertools.zip_longest("a", filvalue=2))
show("zip_longest-ok", lambda: list(itertools.zip_longest("ab", "c", fillvalue="-")))
show("accumulate", lambda: itertools.accumulate([1], intial=0))
show("reduce", lambda: functools.reduce(operator.add, [1], intial=0))
show("json", lambda: json.dumps(1, indnt=2))
show("round-missing", lambda: round(x=1))
show("round-many", lambda: round(1, 2, 3, 4))
show("sum-many", lambda: sum(1, 2, 3, 4))
show("pow-missing", lambda: pow(exp=2, mdo=5))
show("min-none", lambda: min(x=1))
show("max-none", lambda: max(key=abs))
for name in ["hash", "id", "callable", "ascii", "any", "all", "chr", "bin", "oct", "hex", "abs", "len", "repr", "ord"]:
    f = getattr(__builtins__, name)
    show(name + "-kw", lambda: f(x=1))
    show(name + "-0", lambda: f())
    show(name + "-2", lambda: f(1, 2))
for name in ["isinstance", "getattr", "divmod", "format", "iter", "next", "vars", "globals", "locals"]:
    f = getattr(__builtins__, name)
    show(name + "-kw", lambda: f(x=1))
    show(name + "-4", lambda: f(1, 2, 3, 4))
for name in ["sqrt", "gcd", "floor", "fsum", "isnan", "copysign", "remainder", "log", "prod", "nextafter", "isclose"]:
    f = getattr(math, name)
    show("math." + name + "-kw", lambda: f(x=1))
    show("math." + name + "-0", lambda: f())
show("dict.get", lambda: {}.get(1, defualt=2))
show("dict.pop", lambda: {}.pop(key=1))
show("dict.setdefault", lambda: {}.setdefault(key=1))
show("dict.fromkeys", lambda: dict.fromkeys(iterable=[]))
show("list.index", lambda: [1].index(value=1))
show("list.insert", lambda: [].insert(0, object=1))
show("list.pop", lambda: [1].pop(index=0))
show("tuple.index", lambda: (1,).index(value=1))
# In-memory streams: their methods are named with their type ("_IOBase" for the inherited ones).
import io
sio = io.StringIO("a\nb\n")
bio = io.BytesIO(b"a\nb\n")
show("StringIO.write", lambda: sio.write(s="x"))
show("StringIO.write-0", lambda: sio.write())
show("StringIO.read", lambda: sio.read(size=1))
show("StringIO.read-2", lambda: sio.read(1, 2))
show("StringIO.seek", lambda: sio.seek(pos=0))
show("StringIO.readlines", lambda: sio.readlines(hint=1))
show("StringIO.writelines", lambda: sio.writelines())
show("BytesIO.write", lambda: bio.write(b=b"x"))
show("BytesIO.read1", lambda: bio.read1(size=1))
show("BytesIO.readinto", lambda: bio.readinto())
show("BytesIO.writelines", lambda: bio.writelines(lines=[]))
show("BytesIO.truncate", lambda: bio.truncate(size=0))
