# Metaclasses (__new__, __init__, __call__, __prepare__), __init_subclass__, type() with three
# arguments, __slots__, __new__ on ordinary classes and __class_getitem__.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

events = []

class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        events.append(f"prepare {name} {sorted(kw)}")
        return {"injected": "by prepare"}
    def __new__(mcls, name, bases, ns, **kw):
        events.append(f"new {name} keys={sorted(k for k in ns if not k.startswith('__'))}")
        cls = super().__new__(mcls, name, bases, ns)
        cls.registered = True
        return cls
    def __init__(cls, name, bases, ns, **kw):
        events.append(f"init {name}")
        super().__init__(name, bases, ns)
    def __call__(cls, *a, **k):
        events.append(f"call {cls.__name__}{a}")
        return super().__call__(*a, **k)
    def describe(cls):
        return f"class {cls.__name__}"

class Model(metaclass=Meta, flag=True):
    field = 1
    def __init__(self, v=0):
        self.v = v

m = Model(5)
show("metaclass events", lambda: events)
show("prepared namespace", lambda: (Model.injected, Model.registered, Model.field, m.v))
show("metaclass method", lambda: (Model.describe(), type(Model).__name__, isinstance(Model, Meta)))
show("metaclass method not on instance", lambda: m.describe())
class SubModel(Model):
    pass
show("inherited metaclass", lambda: (type(SubModel).__name__, events[-2:]))

class Registry(type):
    classes = []
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        if bases:
            mcls.classes.append(name)
        return cls
class Plugin(metaclass=Registry): pass
class Alpha(Plugin): pass
class Beta(Plugin): pass
show("registry", lambda: Registry.classes)

class SingletonMeta(type):
    _inst = {}
    def __call__(cls, *a):
        if cls not in cls._inst:
            cls._inst[cls] = super().__call__(*a)
        return cls._inst[cls]
class Only(metaclass=SingletonMeta):
    def __init__(self, x):
        self.x = x
show("singleton meta", lambda: (Only(1).x, Only(2).x, Only(1) is Only(9)))

class Base:
    subclasses = []
    def __init_subclass__(cls, /, prefix="", **kw):
        super().__init_subclass__(**kw)
        cls.tag = prefix + cls.__name__
        Base.subclasses.append(cls.tag)
class One(Base): pass
class Two(Base, prefix="x-"): pass
class Three(Two): pass
show("__init_subclass__", lambda: (Base.subclasses, One.tag, Two.tag, Three.tag))
def bad_kw():
    class Four(Base, nope=1): pass
show("__init_subclass__ unknown kw", bad_kw)

Dyn = type("Dyn", (Base,), {"x": 1, "get": lambda self: self.x * 2})
show("type 3-arg", lambda: (Dyn.__name__, Dyn().get(), Dyn.tag, [c.__name__ for c in Dyn.__mro__]))
show("type 1-arg", lambda: (type(1), type("s"), type(Dyn())))
show("type bad args", lambda: type("X", (), {}, 1))
show("type bad bases", lambda: type("X", (1,), {}))
show("type 2 args", lambda: type("X", ()))

class Slotted:
    __slots__ = ("x", "y")
    def __init__(self, x):
        self.x = x
s = Slotted(1)
show("slots read", lambda: s.x)
show("slots unset", lambda: s.y)
show("slots no new attr", lambda: setattr(s, "z", 1))
show("slots no dict", lambda: hasattr(s, "__dict__"))
def slots_del():
    s.y = 2
    del s.y
    return hasattr(s, "y")
show("slots delete", slots_del)
class SlottedChild(Slotted):
    pass
show("child of slotted gets dict", lambda: (setattr(SlottedChild(1), "z", 5), hasattr(SlottedChild(1), "__dict__")))
class SlotsWithDict:
    __slots__ = ("a", "__dict__")
show("slots with __dict__", lambda: (lambda o: (setattr(o, "b", 2), o.b, vars(o)))(SlotsWithDict()))
def slot_conflict():
    class Bad:
        __slots__ = ("v",)
        v = 1
show("slot conflicts with class var", slot_conflict)
show("slots attr", lambda: Slotted.__slots__)

class Pooled:
    _pool = {}
    def __new__(cls, key):
        if key in cls._pool:
            return cls._pool[key]
        inst = super().__new__(cls)
        cls._pool[key] = inst
        return inst
    def __init__(self, key):
        self.inits = getattr(self, "inits", 0) + 1
show("__new__ caching", lambda: (Pooled("a") is Pooled("a"), Pooled("a").inits))
class NewReturnsOther:
    def __new__(cls):
        return 42
    def __init__(self):
        raise AssertionError("not called")
show("__new__ returns other type", lambda: NewReturnsOther())
class PositiveInt(int):
    def __new__(cls, v):
        return super().__new__(cls, abs(v))
show("int subclass __new__", lambda: (PositiveInt(-5), type(PositiveInt(-5)).__name__))
show("object.__new__ extra args", lambda: object.__new__(Slotted, 1) and "ok")
show("object() args", lambda: object(1))
class Empty: pass
show("Empty(1)", lambda: Empty(1))

class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item.__name__ if isinstance(item, type) else item}]"
show("__class_getitem__", lambda: (Box[int], Box["x"]))
show("builtin generics", lambda: (list[int], dict[str, list[int]], tuple[int, ...]))
show("generic alias origin", lambda: (list[int].__origin__ is list, list[int]([1, 2])))
class AutoRepr(type):
    def __repr__(cls):
        return f"<AutoRepr {cls.__name__}>"
class Shown(metaclass=AutoRepr): pass
show("metaclass repr", lambda: (repr(Shown), str(Shown), [Shown]))
class AttrMeta(type):
    def __getattr__(cls, name):
        return f"meta provides {name}"
class UsesAttrMeta(metaclass=AttrMeta):
    real = "real"
show("metaclass __getattr__", lambda: (UsesAttrMeta.real, UsesAttrMeta.anything))
show("metaclass __getattr__ not for instances", lambda: UsesAttrMeta().anything)
show("type of type", lambda: (type(type), type(Meta), isinstance(type, type), issubclass(Meta, type)))
