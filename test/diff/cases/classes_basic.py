# Classes: instances, class vs instance attributes, inheritance and overriding, super(), isinstance,
# class-level mutation, bound methods, __class__, __dict__, __name__/__qualname__/__module__.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

class Animal:
    kingdom = "animalia"
    count = 0
    sounds = []
    def __init__(self, name):
        self.name = name
        Animal.count += 1
    def speak(self):
        return f"{self.name} makes {self.sound()}"
    def sound(self):
        return "a noise"
    def __repr__(self):
        return f"{type(self).__name__}({self.name!r})"

class Dog(Animal):
    def sound(self):
        return "woof"

class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age
    def speak(self):
        return super().speak() + f" (age {self.age})"

a = Animal("generic")
d = Dog("rex")
p = Puppy("bit", 1)
show("speak", lambda: (a.speak(), d.speak(), p.speak()))
show("count", lambda: Animal.count)
show("class attr via instance", lambda: (d.kingdom, Puppy.kingdom))
def shadow():
    d.kingdom = "own"
    return d.kingdom, Dog.kingdom, a.kingdom, "kingdom" in vars(d)
show("instance shadows class attr", shadow)
def unshadow():
    del d.kingdom
    return d.kingdom
show("delete instance attr", unshadow)
def shared_mutable():
    a.sounds.append("x")
    return d.sounds, Animal.sounds is p.sounds
show("shared mutable class attr", shared_mutable)
show("isinstance", lambda: (isinstance(p, Animal), isinstance(a, Dog), isinstance(p, (int, Dog)), issubclass(Puppy, Animal), issubclass(Animal, Animal)))
show("type", lambda: (type(p).__name__, type(p) is Puppy, p.__class__.__name__, Puppy.__bases__, Puppy.__base__.__name__))
show("mro", lambda: [c.__name__ for c in Puppy.__mro__])
show("vars", lambda: (vars(p), sorted(k for k in vars(Dog) if not k.startswith("__"))))
show("qualname module", lambda: (Dog.__name__, Dog.__qualname__, Dog.__module__, Dog.sound.__qualname__))
show("missing attr", lambda: d.fly)
show("missing class attr", lambda: Dog.fly)
show("bound method", lambda: (d.speak.__self__ is d, d.speak.__func__ is Dog.speak, Dog.speak(d), d.speak.__name__))
show("method equality", lambda: (d.speak == d.speak, d.speak is d.speak))
def setattr_class():
    Dog.sound = lambda self: "WOOF"
    return d.speak(), p.speak()
show("monkeypatch class", setattr_class)
def add_method_instance():
    d.extra = lambda: "instance function, not bound"
    return d.extra()
show("function on instance not bound", add_method_instance)
class Empty:
    pass
show("empty class", lambda: (type(Empty()).__name__, vars(Empty()), Empty.__bases__ == (object,)))
class WithClassBody:
    x = 1
    y = x + 1
    z = [y] * 2
    del x
show("class body executes", lambda: (WithClassBody.y, WithClassBody.z, hasattr(WithClassBody, "x")))
class Nested:
    class Inner:
        def where(self):
            return type(self).__qualname__
show("nested class", lambda: Nested.Inner().where())
show("init returns value", lambda: type("Bad", (), {"__init__": lambda self: 5})())
class Counter:
    def __init__(self):
        self.n = 0
    def inc(self):
        self.n += 1
        return self
show("chaining", lambda: Counter().inc().inc().inc().n)
class Base:
    def __init__(self):
        self.log = ["base"]
class NoSuperCall(Base):
    def __init__(self):
        pass
show("init not called", lambda: hasattr(NoSuperCall(), "log"))
class Shape:
    def area(self):
        raise NotImplementedError(f"{type(self).__name__}.area")
class Sq(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
class Tri(Shape):
    pass
show("polymorphism", lambda: [s.area() for s in [Sq(2), Sq(3)]])
show("abstract-ish", lambda: Tri().area())
show("instance creation via type", lambda: type(d)("clone"))
show("dict attr", lambda: (Dog.__dict__["sound"].__name__, "speak" in Dog.__dict__))
show("object attrs", lambda: (object().__class__.__name__, hasattr(object(), "__dict__")))
def object_setattr():
    o = object()
    o.x = 1
show("object() has no attrs", object_setattr)
show("class repr", lambda: (repr(Dog).startswith("<class '"), str(int), repr(type)))
show("str default", lambda: str(d))
show("__init_subclass__ default", lambda: Dog.__subclasses__())
show("class attribute through super", lambda: super(Puppy, p).sound())
show("super outside", lambda: super(Dog, d).speak())
show("super bad", lambda: super(Dog, a))
class Temp:
    def __init__(self, c):
        self.c = c
    @property
    def f(self):
        return self.c * 9 / 5 + 32
show("property", lambda: (Temp(100).f, Temp(-40).f))
class EqByValue:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return type(o) is EqByValue and o.v == self.v
show("eq without hash unhashable", lambda: (EqByValue(1) == EqByValue(1), EqByValue.__hash__ is None))
show("hash of that", lambda: hash(EqByValue(1)))
