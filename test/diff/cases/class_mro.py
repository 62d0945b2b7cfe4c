# Multiple inheritance: C3 linearisation, cooperative super() in diamonds, super() with arguments,
# inconsistent hierarchies and attribute lookup order.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

def names(cls):
    return [c.__name__ for c in cls.__mro__]

class O: pass
class A(O): pass
class B(O): pass
class C(O): pass
class D(O): pass
class E(O): pass
class K1(A, B, C): pass
class K2(D, B, E): pass
class K3(D, A): pass
class Z(K1, K2, K3): pass
show("wikipedia C3", lambda: names(Z))
show("mro()", lambda: [c.__name__ for c in Z.mro()])

log = []
class Base:
    def __init__(self):
        log.append("Base")
        super().__init__()
class Left(Base):
    def __init__(self):
        log.append("Left")
        super().__init__()
class Right(Base):
    def __init__(self):
        log.append("Right")
        super().__init__()
class Bottom(Left, Right):
    def __init__(self):
        log.append("Bottom")
        super().__init__()
Bottom()
show("diamond init order", lambda: (log, names(Bottom)))

class Greeter:
    def greet(self):
        return ["Greeter"]
class Polite(Greeter):
    def greet(self):
        return ["Polite"] + super().greet()
class Loud(Greeter):
    def greet(self):
        return ["Loud"] + super().greet()
class PoliteLoud(Polite, Loud):
    def greet(self):
        return ["PoliteLoud"] + super().greet()
class LoudPolite(Loud, Polite):
    pass
show("cooperative", lambda: (PoliteLoud().greet(), LoudPolite().greet()))
show("super with args", lambda: super(Polite, PoliteLoud()).greet())
show("super skip", lambda: super(Loud, PoliteLoud()).greet())
show("super unbound-ish", lambda: super(Polite, PoliteLoud).greet(PoliteLoud()))

def bad_mro():
    class X: pass
    class Y(X): pass
    class W(X, Y): pass
show("inconsistent mro", bad_mro)
def dup_base():
    class X: pass
    class W(X, X): pass
show("duplicate base", dup_base)
def final_base():
    class W(bool): pass
show("final base", final_base)

class Attr1:
    x = "Attr1"
class Attr2:
    x = "Attr2"
    y = "Attr2.y"
class Both(Attr1, Attr2):
    pass
show("lookup order", lambda: (Both.x, Both.y))

class Mixin:
    def describe(self):
        return f"{type(self).__name__} with {self.feature()}"
class Feature:
    def feature(self):
        return "feature"
class Product(Mixin, Feature):
    pass
show("mixin", lambda: Product().describe())

class KwBase:
    def __init__(self, **kw):
        self.rest = kw
class Named(KwBase):
    def __init__(self, name=None, **kw):
        self.name = name
        super().__init__(**kw)
class Aged(KwBase):
    def __init__(self, age=None, **kw):
        self.age = age
        super().__init__(**kw)
class Person(Named, Aged):
    pass
pp = Person(name="Ann", age=30, extra=1)
show("kwargs cooperative", lambda: (pp.name, pp.age, pp.rest, names(Person)))

class Meta1(type): pass
class Meta2(type): pass
class WithM1(metaclass=Meta1): pass
class WithM2(metaclass=Meta2): pass
def metaclass_conflict():
    class Both(WithM1, WithM2): pass
show("metaclass conflict", metaclass_conflict)

class Deep0:
    def who(self):
        return "Deep0"
prev = Deep0
for i in range(1, 30):
    prev = type(f"Deep{i}", (prev,), {})
show("deep chain", lambda: (prev().who(), len(prev.__mro__)))
show("issubclass through diamond", lambda: (issubclass(Bottom, Base), issubclass(Z, O), issubclass(K1, K2)))
class Sub(int):
    def double(self):
        return self * 2
show("builtin subclass mro", lambda: (names(Sub), Sub(21).double(), type(Sub(1) + 1).__name__))
class StrSub(str):
    def shout(self):
        return self.upper() + "!"
show("str subclass", lambda: (StrSub("hi").shout(), isinstance(StrSub("x"), str), StrSub("ab")[0], type(StrSub("ab")[0]).__name__))
class ListSub(list):
    def total(self):
        return sum(self)
show("list subclass", lambda: (ListSub([1, 2]).total(), ListSub([1]) + [2], type(ListSub([1]) + [2]).__name__))
class DictSub(dict):
    def __missing__(self, key):
        return f"missing {key}"
show("dict subclass missing", lambda: (DictSub(a=1)["a"], DictSub()["zz"], DictSub().get("zz")))
show("__bases__ and __subclasses__", lambda: ([c.__name__ for c in Bottom.__bases__], [c.__name__ for c in Base.__subclasses__()]))
