# The descriptor protocol: property (getter/setter/deleter), classmethod, staticmethod, user data and
# non-data descriptors, __set_name__, precedence between instance dict and descriptors.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

class Celsius:
    def __init__(self, t=0.0):
        self._t = t
    @property
    def temp(self):
        "The temperature."
        return self._t
    @temp.setter
    def temp(self, v):
        if v < -273.15:
            raise ValueError("below absolute zero")
        self._t = v
    @temp.deleter
    def temp(self):
        self._t = None
    @property
    def readonly(self):
        return "ro"
c = Celsius(20)
def prop_ops():
    out = [c.temp]
    c.temp = 30
    out.append(c.temp)
    del c.temp
    out.append(c.temp)
    return out
show("property ops", prop_ops)
show("setter validation", lambda: setattr(c, "temp", -300))
show("readonly", lambda: setattr(c, "readonly", 1))
show("no deleter", lambda: delattr(c, "readonly"))
show("property on class", lambda: (type(Celsius.temp).__name__, Celsius.temp.__doc__))

class Typed:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        self.name = name
        self.owner = owner.__name__
    def __get__(self, obj, objtype=None):
        if obj is None:
            return f"<Typed {self.name} of {self.owner}>"
        return obj.__dict__.get(self.name, f"unset {self.name}")
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}, got {type(value).__name__}")
        obj.__dict__[self.name] = value
    def __delete__(self, obj):
        obj.__dict__.pop(self.name, None)

class Record:
    name = Typed(str)
    age = Typed(int)
r = Record()
def typed_ops():
    out = [r.name]
    r.name = "Ann"
    r.age = 5
    out += [r.name, r.age, Record.name]
    del r.age
    out.append(r.age)
    return out
show("data descriptor", typed_ops)
show("data descriptor type check", lambda: setattr(r, "age", "old"))
def data_wins():
    r.__dict__["name"] = "from dict"
    return r.name
show("data descriptor beats instance dict (reads dict via get)", data_wins)

class NonData:
    def __get__(self, obj, objtype=None):
        return "from descriptor"
class Holder:
    attr = NonData()
h = Holder()
def nondata():
    before = h.attr
    h.attr = "instance value"
    return before, h.attr, Holder.attr
show("instance dict beats non-data", nondata)

class Methods:
    factor = 10
    def inst(self, x):
        return ("inst", x * self.factor)
    @classmethod
    def cls(cls, x):
        return ("cls", cls.__name__, x * cls.factor)
    @staticmethod
    def stat(x):
        return ("stat", x)
class SubMethods(Methods):
    factor = 100
show("classmethod", lambda: (Methods.cls(2), SubMethods.cls(2), SubMethods().cls(3)))
show("staticmethod", lambda: (Methods.stat(1), Methods().stat(2)))
show("types", lambda: (type(Methods.__dict__["cls"]).__name__, type(Methods.__dict__["stat"]).__name__, type(Methods.cls).__name__, type(Methods.stat).__name__))
show("staticmethod callable (3.10+)", lambda: Methods.__dict__["stat"](5))
show("function get", lambda: Methods.__dict__["inst"].__get__(Methods(), Methods)(4))
show("classmethod alt constructor", lambda: (lambda k: k.cls(1))(SubMethods))

class Lazy:
    def __init__(self, fn):
        self.fn = fn
        self.__doc__ = fn.__doc__
    def __get__(self, obj, cls):
        if obj is None:
            return self
        value = self.fn(obj)
        setattr(obj, self.fn.__name__, value)
        return value
calls = []
class Heavy:
    @Lazy
    def data(self):
        calls.append(1)
        return [1, 2, 3]
hv = Heavy()
show("lazy attribute", lambda: (hv.data, hv.data, len(calls)))

class Counted:
    def __set_name__(self, owner, name):
        calls.append(f"set_name {owner.__name__}.{name}")
class Owner:
    first = Counted()
    second = Counted()
show("__set_name__ order", lambda: calls[1:])
def late_descriptor():
    class Late:
        pass
    Late.added = Typed(int)
    return getattr(Typed, "name", "no set_name for late"), hasattr(Late.__dict__["added"], "name")
show("set_name not called when added later", late_descriptor)

class Verbose:
    def __get__(self, obj, cls):
        return ("get", obj is None, cls.__name__)
class UsesVerbose:
    v = Verbose()
show("get args", lambda: (UsesVerbose.v, UsesVerbose().v))
class SetOnly:
    def __set__(self, obj, value):
        obj.__dict__["seen"] = value
class HasSetOnly:
    x = SetOnly()
def set_only():
    o = HasSetOnly()
    o.x = 5
    return o.seen, type(o.x).__name__
show("descriptor with only __set__", set_only)
show("property with no getter", lambda: property().__get__(Celsius()))
class PropSub(Celsius):
    @Celsius.temp.getter
    def temp(self):
        return ("sub", self._t)
show("property getter override", lambda: PropSub(3).temp)
show("slots descriptor", lambda: type(type("S", (), {"__slots__": ("a",)}).__dict__["a"]).__name__)
