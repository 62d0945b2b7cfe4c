"""A plugin framework: ABC bases, metaclass registry, __init_subclass__, descriptors, singledispatch."""
import abc
import functools
import inspect
from collections import OrderedDict
from typing import Any, ClassVar


class PluginMeta(abc.ABCMeta):
    registry: "OrderedDict[str, type]" = OrderedDict()

    def __new__(mcls, name, bases, ns, *, kind=None, **kwargs):
        cls = super().__new__(mcls, name, bases, ns, **kwargs)
        if kind is not None:
            if kind in mcls.registry:
                raise TypeError(f"duplicate plugin kind {kind!r}")
            mcls.registry[kind] = cls
            cls.kind = kind
        return cls

    def __call__(cls, *args, **kwargs):
        inst = super().__call__(*args, **kwargs)
        inst._created_by = cls.__name__
        return inst

    def __repr__(cls):
        return f"<plugin class {cls.__qualname__}>"


class Validated:
    """A data descriptor that checks its value and records the attribute name via __set_name__."""
    def __init__(self, check, doc):
        self.check = check
        self.__doc__ = doc

    def __set_name__(self, owner, name):
        self.public = name
        self.private = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private)

    def __set__(self, obj, value):
        if not self.check(value):
            raise ValueError(f"{type(obj).__name__}.{self.public} rejects {value!r}")
        setattr(obj, self.private, value)


class Plugin(abc.ABC, metaclass=PluginMeta):
    hooks: ClassVar[dict] = {}
    priority = Validated(lambda v: isinstance(v, int) and 0 <= v <= 100, "0..100")
    name = Validated(lambda v: isinstance(v, str) and v.isidentifier(), "identifier")

    def __init_subclass__(cls, /, hooks=(), **kwargs):
        super().__init_subclass__(**kwargs)
        cls.hooks = {**getattr(cls, "hooks", {}), **{h: cls.__name__ for h in hooks}}

    def __init__(self, name, priority=50):
        self.name = name
        self.priority = priority

    @abc.abstractmethod
    def process(self, data): ...

    @property
    @abc.abstractmethod
    def version(self): ...

    @functools.cached_property
    def signature(self):
        print(f"  (computing signature for {self.name})")
        return f"{self.kind}:{self.name}@{self.version}"

    def __repr__(self):
        return f"{type(self).__name__}(name={self.name!r}, priority={self.priority})"


class Upper(Plugin, kind="upper", hooks=("text",)):
    version = "1.0"

    def process(self, data):
        return data.upper()


class Reverse(Plugin, kind="reverse", hooks=("text", "list")):
    @property
    def version(self):
        return "2." + str(self.priority)

    def process(self, data):
        return data[::-1]


class Counter(Plugin, kind="count"):
    version = "0.1"
    calls = 0

    def process(self, data):
        type(self).calls += 1
        return render(data)


class Broken(Plugin):
    def process(self, data):
        return data


@functools.singledispatch
def render(value):
    return f"<{type(value).__name__}>"


@render.register
def _(value: int):
    return f"int:{value:+d}"


@render.register
def _(value: float):
    return f"float:{value:.2f}"


@render.register(list)
@render.register(tuple)
def _(value):
    return "[" + ", ".join(render(v) for v in value) + "]"


@render.register
def _(value: str | bytes):
    return f"text:{value!r}"


class Formatter:
    @functools.singledispatchmethod
    def fmt(self, arg):
        return f"object {arg!r}"

    @fmt.register
    def _(self, arg: bool):
        return "yes" if arg else "no"

    @fmt.register
    def _(self, arg: dict):
        return "{" + ", ".join(f"{k}={self.fmt(v)}" for k, v in arg.items()) + "}"


def pipeline(plugins, data):
    for p in sorted(plugins, key=lambda p: (-p.priority, p.name)):
        data = p.process(data)
        print(f"  {p!r:40} -> {data!r}")
    return data


def main():
    print("registry:", list(PluginMeta.registry))
    print("classes:", list(PluginMeta.registry.values()))
    print("hooks:", Upper.hooks, Reverse.hooks, Counter.hooks)
    print("abstract:", sorted(Broken.__abstractmethods__), inspect.isabstract(Broken), inspect.isabstract(Upper))
    try:
        Broken("b")
    except TypeError as e:
        print("TypeError:", e)
    try:
        class Dup(Plugin, kind="upper"):
            pass
    except TypeError as e:
        print("TypeError:", e)

    plugins = [Upper("up", 80), Reverse("rev", 20), Counter("cnt", 50)]
    print("created by:", [p._created_by for p in plugins])
    print("result:", pipeline(plugins[:2], "hello plugins"))
    print("list:", pipeline([Reverse("r2", 10)], [1, 2.5, "x"]))
    print("count:", plugins[2].process([1, (2, 3.14159), b"z", None]), Counter.calls)

    for p in plugins:
        print("signature", p.signature)
    print("cached again:", plugins[1].signature, "signature" in vars(plugins[1]))
    del plugins[1].signature
    print("recomputed:", plugins[1].signature)

    for bad in [("priority", 200), ("priority", "high"), ("name", "not valid")]:
        try:
            setattr(plugins[0], *bad)
        except ValueError as e:
            print("ValueError:", e)
    print("descriptor on class:", type(Plugin.__dict__["priority"]).__name__, Plugin.priority.__doc__, Plugin.name.public)

    print("dispatch registry:", sorted(t.__name__ for t in render.registry if t is not object))
    print("dispatch for bool:", render.dispatch(bool).__name__, render(True))
    print("render:", render(3), render(-2.0), render({"a": 1}), render(["s", b"b"]))
    f = Formatter()
    print("method dispatch:", f.fmt({"ok": True, "n": 3, "sub": {"off": False}}))

    print("mro:", [c.__name__ for c in Reverse.__mro__])
    print("isinstance:", isinstance(plugins[0], Plugin), issubclass(Counter, abc.ABC))

    class Duck:
        def process(self, data):
            return data
    Plugin.register(Duck)
    print("virtual subclass:", issubclass(Duck, Plugin), isinstance(Duck(), Plugin), Duck in PluginMeta.registry.values())
    print("type of meta:", type(Plugin).__name__, type(PluginMeta).__name__)
    sig = inspect.signature(Plugin.__init__)
    print("init signature:", sig, list(sig.parameters))
    print("init_subclass sig:", inspect.signature(Plugin.__init_subclass__))


if __name__ == "__main__":
    main()
