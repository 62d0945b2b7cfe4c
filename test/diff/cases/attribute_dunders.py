# Attribute access hooks (__getattr__, __getattribute__, __setattr__, __delattr__, __dir__) and text
# conversion hooks (__repr__, __str__, __format__), with getattr/setattr/hasattr/delattr and the exact
# AttributeError messages.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "_log", [])
    def __getattr__(self, name):
        self._log.append(f"get {name}")
        return getattr(self._target, name)
    def __setattr__(self, name, value):
        self._log.append(f"set {name}")
        setattr(self._target, name, value)
    def __delattr__(self, name):
        self._log.append(f"del {name}")
        delattr(self._target, name)

class Target:
    def __init__(self):
        self.a = 1
tgt = Target()
px = Proxy(tgt)
def proxy_ops():
    r = [px.a]
    px.b = 2
    r.append(tgt.b)
    del px.a
    r.append(hasattr(tgt, "a"))
    r.append(px._log)
    return r
show("proxy", proxy_ops)
show("proxy missing", lambda: px.nothing)

class Defaults:
    x = "class x"
    def __getattr__(self, name):
        if name.startswith("opt_"):
            return f"default for {name[4:]}"
        raise AttributeError(f"{type(self).__name__!r} has no {name!r}")
dft = Defaults()
show("getattr only when missing", lambda: (dft.x, dft.opt_color))
show("custom attribute error", lambda: dft.other)
show("hasattr custom", lambda: (hasattr(dft, "opt_x"), hasattr(dft, "zzz")))
show("getattr default", lambda: getattr(dft, "zzz", "fallback"))

class Logged:
    def __init__(self):
        self.value = 10
    def __getattribute__(self, name):
        if name == "secret":
            raise AttributeError("no secrets")
        if name == "doubled":
            return object.__getattribute__(self, "value") * 2
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return f"fallback {name}"
lg = Logged()
show("getattribute", lambda: (lg.value, lg.doubled, lg.secret, lg.missing))

class Frozen:
    def __init__(self, **kw):
        for k, v in kw.items():
            object.__setattr__(self, k, v)
    def __setattr__(self, name, value):
        raise AttributeError(f"cannot set {name!r}: frozen")
    def __delattr__(self, name):
        raise AttributeError(f"cannot delete {name!r}: frozen")
fz = Frozen(a=1)
show("frozen get", lambda: fz.a)
show("frozen set", lambda: setattr(fz, "a", 2))
show("frozen del", lambda: delattr(fz, "a"))

class Plain:
    cls_attr = 1
    def method(self):
        pass
pl = Plain()
show("plain missing instance attr", lambda: pl.missing)
show("plain missing class attr", lambda: Plain.missing)
show("module missing attr", lambda: __import__("math").nope)
show("builtin missing attr", lambda: (5).nope)
show("builtin set attr", lambda: setattr(5, "x", 1))
show("builtin type set attr", lambda: setattr(int, "x", 1))
show("str set attr", lambda: setattr("s", "upper", 1))
show("delattr missing", lambda: delattr(pl, "nothing"))
show("delattr class attr via instance", lambda: delattr(pl, "cls_attr"))
show("setattr non-str name", lambda: setattr(pl, 5, 1))
show("getattr non-str name", lambda: getattr(pl, 5))
show("method attr set", lambda: setattr(pl.method, "x", 1))
show("function attr set", lambda: (setattr(show, "tag", 1), show.tag))
show("none attr", lambda: None.x)
show("suggestion-free message", lambda: pl.cls_atr)

class Texts:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"Texts(v={self.v!r})"
    def __str__(self):
        return f"<{self.v}>"
    def __format__(self, spec):
        if not spec:
            return str(self)
        if spec == "upper":
            return str(self.v).upper()
        return format(self.v, spec)
tx = Texts("hi")
show("repr/str/format", lambda: (repr(tx), str(tx), format(tx), format(tx, "upper"), format(tx, ">6"), f"{tx}", f"{tx!r}", f"{tx:upper}"))
show("str falls back to repr", lambda: str(type("R", (), {"__repr__": lambda s: "only repr"})()))
show("containers use repr", lambda: (str([tx]), str({"k": tx}), str((tx,))))
show("print uses str", lambda: print(tx, [tx]))
class BadRepr:
    def __repr__(self):
        return 5
show("repr returns non-str", lambda: repr(BadRepr()))
class BadStr:
    def __str__(self):
        return None
show("str returns non-str", lambda: str(BadStr()))
class BadFormat:
    def __format__(self, spec):
        return 1
show("format returns non-str", lambda: format(BadFormat()))
show("default format with spec", lambda: format(pl, "x"))
show("default format empty", lambda: format(Texts(1), ""))
class DirCustom:
    def __dir__(self):
        return ["b", "a", "c"]
show("__dir__ sorted", lambda: dir(DirCustom()))
class WithSlotsAndDict:
    def __init__(self):
        self.x = 1
        self._y = 2
show("own attributes via dir", lambda: [n for n in dir(WithSlotsAndDict()) if not n.startswith("__")])
show("vars", lambda: vars(WithSlotsAndDict()))
show("vars of non-dict object", lambda: vars(5))
show("__dict__ assignment", lambda: (lambda o: (setattr(o, "__dict__", {"z": 9}), o.z))(WithSlotsAndDict()))
show("__class__ assignment", lambda: (lambda o: (setattr(o, "__class__", Plain), type(o).__name__))(WithSlotsAndDict()))
show("__class__ assignment bad", lambda: setattr(5, "__class__", float))
show("getattr chain", lambda: getattr(getattr(tx, "v"), "upper")())
