# ZoneInfo construction by key through TZPATH: the cache (same object for the same key, per class),
# no_cache, clear_cache(only_keys=...), subclasses with their own weak cache, pickling and copying by
# key, from_file zones that cannot be pickled, reset_tzpath and PYTHONTZPATH, and the errors for bad
# keys and missing or invalid files.
import copy, os, pickle, shutil, struct, weakref, zoneinfo
from datetime import datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError


def tzif(off, abbr, footer):
    ab = abbr.encode() + b"\0"
    header = b"TZif2" + b"\0" * 15 + struct.pack(">6l", 0, 0, 0, 0, 1, len(ab))
    return b"TZif2" + b"\0" * 39 + header + struct.pack(">lbb", off, 0, 0) + ab + b"\n" + footer + b"\n"


ROOT = os.path.abspath("zoneinfo_cache_tzdata")
ONE = os.path.join(ROOT, "one")
TWO = os.path.join(ROOT, "two")
files = {
    (ONE, "Test/Five"): tzif(-18000, "FIV", b"FIV5"),
    (ONE, "Test/Two"): tzif(7200, "TWO", b"TWO-2"),
    (ONE, "Test/Bad"): b"not a tzif file",
    (ONE, "Deep/Er/Zone"): tzif(3600, "DPR", b"DPR-1"),
    (TWO, "Test/Five"): tzif(-14400, "ALT", b"ALT4"),
    (TWO, "Only/Two"): tzif(0, "ZZZ", b"ZZZ0"),
}
for (base, key), data in files.items():
    path = os.path.join(base, *key.split("/"))
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data)


def attempt(f):
    try:
        r = f()
        print(repr(r))
        return r
    except Exception as e:
        print(type(e).__name__, e)


def desc(z):
    return f"{z!r} {z.utcoffset(None)} {z.tzname(None)}"


try:
    zoneinfo.reset_tzpath([ONE])
    print(zoneinfo.TZPATH == (ONE,))
    a = ZoneInfo("Test/Five")
    b = ZoneInfo(key="Test/Five")
    print(desc(a), a is b, a.key, str(a))
    d = ZoneInfo("Deep/Er/Zone")
    print(desc(d))

    print("-- no_cache")
    n = ZoneInfo.no_cache("Test/Five")
    print(desc(n), n is a, ZoneInfo.no_cache(key="Test/Five") is n, ZoneInfo("Test/Five") is a)

    print("-- the cache survives a TZPATH change until cleared")
    zoneinfo.reset_tzpath([TWO])
    print(desc(ZoneInfo("Test/Five")), ZoneInfo("Test/Five") is a)
    print(desc(ZoneInfo.no_cache("Test/Five")))
    ZoneInfo.clear_cache(only_keys=["Test/Two", "Test/Five", "Not/Cached"])
    c = ZoneInfo("Test/Five")
    print(desc(c), c is a, ZoneInfo("Test/Five") is c)
    print(desc(ZoneInfo("Only/Two")))
    zoneinfo.reset_tzpath([ONE])
    ZoneInfo.clear_cache(only_keys=iter(["Test/Five"]))
    print(desc(ZoneInfo("Test/Five")))
    e = ZoneInfo("Test/Two")
    ZoneInfo.clear_cache()
    print(ZoneInfo("Test/Two") is e, ZoneInfo("Test/Two") is ZoneInfo("Test/Two"))
    ZoneInfo.clear_cache(only_keys=None)
    ZoneInfo.clear_cache(only_keys=())
    attempt(lambda: ZoneInfo.clear_cache(only_keys=5))
    attempt(lambda: ZoneInfo.clear_cache(only_keys=[[]]))

    print("-- PYTHONTZPATH")
    os.environ["PYTHONTZPATH"] = TWO + os.pathsep + ONE
    zoneinfo.reset_tzpath()
    print(zoneinfo.TZPATH == (TWO, ONE))
    print(desc(ZoneInfo.no_cache("Test/Five")), desc(ZoneInfo.no_cache("Test/Two")))
    del os.environ["PYTHONTZPATH"]
    zoneinfo.reset_tzpath([ONE])

    print("-- subclasses")
    class Sub(ZoneInfo):
        pass
    class SubSub(Sub):
        pass
    class Kw(ZoneInfo, flag=True):
        pass
    base = ZoneInfo("Test/Five")
    s = Sub("Test/Five")
    print(desc(s), type(s).__name__, s is base, Sub("Test/Five") is s, str(s))
    print(isinstance(Sub._weak_cache, weakref.WeakValueDictionary), "_weak_cache" in vars(Sub),
          "_weak_cache" in vars(SubSub), "_weak_cache" in vars(Kw), hasattr(ZoneInfo, "_weak_cache"))
    print(Sub._weak_cache is not SubSub._weak_cache, list(Sub._weak_cache.keys()))
    ss = SubSub("Test/Five")
    print(desc(ss), ss is s, SubSub("Test/Five") is ss)
    Sub.clear_cache()
    print(Sub("Test/Five") is s, ZoneInfo("Test/Five") is base, SubSub("Test/Five") is ss)
    Sub.clear_cache(only_keys=["Test/Five"])
    print(list(Sub._weak_cache.keys()), type(Sub.no_cache("Test/Five")).__name__)
    s.extra = 1
    print(s.extra, hasattr(base, "__dict__"))

    print("-- pickling and copying")
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        z = pickle.loads(pickle.dumps(base, proto))
        nz = pickle.loads(pickle.dumps(n, proto))
        print(proto, z is base, nz is n, nz is base, desc(nz))
    r = base.__reduce__()
    print(r[0].__name__, r[0].__self__ is ZoneInfo, r[1], n.__reduce__()[1])
    print(copy.copy(base) is base, copy.deepcopy(base) is base, copy.deepcopy(n) is n)
    s2 = pickle.loads(pickle.dumps(s))
    print(type(s2).__name__, s2 is Sub("Test/Five"))
    print(ZoneInfo._unpickle("Test/Five", 1) is ZoneInfo("Test/Five"), ZoneInfo._unpickle("Test/Five", 256) is base)
    print(desc(ZoneInfo._unpickle("Test/Five", 0)))
    attempt(lambda: ZoneInfo._unpickle("Test/Five", "1"))

    print("-- from_file")
    with open(os.path.join(ONE, "Test", "Two"), "rb") as f:
        ff = ZoneInfo.from_file(f, key="Custom")
    print(desc(ff), str(ff), ff.key)
    with open(os.path.join(ONE, "Test", "Two"), "rb") as f:
        anon = ZoneInfo.from_file(f)
        print(repr(anon) == f"zoneinfo.ZoneInfo.from_file({f!r})", str(anon) == repr(anon), anon.key)
    for obj in (ff, anon):
        for proto in (0, 2, pickle.HIGHEST_PROTOCOL):
            attempt(lambda: pickle.dumps(obj, proto))
    attempt(lambda: copy.copy(ff))
    attempt(lambda: ff.__reduce__())
    attempt(lambda: setattr(ff, "key", "x"))
    attempt(lambda: delattr(ff, "key"))

    print("-- errors")
    for key in ["Test/Bad", "Test/Missing", "Test", "../one/Test/Five", "/abs/Test", "Test/../Test/Five",
                "", "Test//Five", "Test/Five/", 5, None]:
        try:
            ZoneInfo(key)
            print(repr(key), "found")
        except ZoneInfoNotFoundError as e:
            print(repr(key), type(e).__name__, isinstance(e, KeyError), e.args[0].split(".")[0])
        except Exception as e:
            print(repr(key), type(e).__name__, e)
    attempt(lambda: ZoneInfo.no_cache("Test/Missing"))
    print(ZoneInfo("Test/Five") is ZoneInfo("Test/Five"))
    attempt(lambda: ZoneInfo())
    attempt(lambda: ZoneInfo("a", "b"))
    attempt(lambda: ZoneInfo.no_cache())
    attempt(lambda: ZoneInfo.from_file())
    attempt(lambda: ZoneInfo.from_file(None, None, None))
    attempt(lambda: ZoneInfo.clear_cache("Test/Five"))
    attempt(lambda: ZoneInfo.clear_cache(keys=1))
    attempt(lambda: ZoneInfo._unpickle("Test/Five"))
    print(ZoneInfo.__module__, ZoneInfo.__mro__[1], ZoneInfo.__name__, ZoneInfo.__qualname__)
finally:
    shutil.rmtree(ROOT)
