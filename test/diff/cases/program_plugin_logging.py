"""A plugin host: logging with handlers/formatters/filters, singledispatch serializers, inspect-based wiring."""
import functools
import inspect
import io
import logging
import sys
from dataclasses import dataclass, field, InitVar, KW_ONLY
from decimal import Decimal
from enum import Enum
from fractions import Fraction

stream = io.StringIO()
handler = logging.StreamHandler(stream)


class ShortTraceback(logging.Formatter):
    """Tracebacks as their innermost frame only: stdlib paths differ between installations."""

    def formatException(self, ei):
        tb = ei[2]
        while tb.tb_next is not None:
            tb = tb.tb_next
        return f"  in {tb.tb_frame.f_code.co_name}() line {tb.tb_lineno}: {ei[0].__name__}: {ei[1]}"


handler.setFormatter(ShortTraceback("%(levelname)-7s %(name)s:%(funcName)s:%(lineno)d %(message)s"))


class OnlyPlugins(logging.Filter):
    def filter(self, record):
        record.msg = record.msg.replace("secret", "******")
        return record.name.startswith("host")


handler.addFilter(OnlyPlugins())
root = logging.getLogger("host")
root.setLevel(logging.DEBUG)
root.addHandler(handler)
root.propagate = False
log = logging.getLogger("host.loader")

err_stream = io.StringIO()
err_handler = logging.StreamHandler(err_stream)
err_handler.setLevel(logging.ERROR)
err_handler.setFormatter(logging.Formatter("{levelname}|{name}|{message}", style="{"))
root.addHandler(err_handler)


class Color(Enum):
    RED = 1
    GREEN = 2


@functools.singledispatch
def serialize(obj):
    raise TypeError(f"cannot serialize {type(obj).__name__}")


@serialize.register
def _(obj: int):
    return f"i:{obj}"


@serialize.register
def _(obj: bool):
    return f"b:{int(obj)}"


@serialize.register(float)
@serialize.register(Decimal)
def _(obj):
    return f"n:{obj}"


@serialize.register
def _(obj: list | tuple):
    return "[" + ",".join(serialize(x) for x in obj) + "]"


@serialize.register
def _(obj: str):
    return f"s:{obj!r}"


@serialize.register
def _(obj: Enum):
    return f"e:{type(obj).__name__}.{obj.name}"


@dataclass
class PluginSpec:
    name: str
    _: KW_ONLY
    priority: int = 10
    options: dict = field(default_factory=dict)
    raw_tags: InitVar[str] = ""
    tags: list = field(init=False)

    def __post_init__(self, raw_tags):
        self.tags = [t for t in raw_tags.split(",") if t]


REGISTRY = {}


def plugin(name=None, **spec_kw):
    def deco(fn):
        pname = name or fn.__name__
        REGISTRY[pname] = (PluginSpec(pname, **spec_kw), fn)
        log.debug("registered %s with %d params", pname, len(inspect.signature(fn).parameters))
        return fn
    return deco


@plugin(priority=1, raw_tags="core,fast")
def greet(who: str, punctuation: str = "!") -> str:
    """Say hello."""
    return f"Hello, {who}{punctuation}"


@plugin("sum", options={"strict": True})
def add_all(*numbers: int, start: int = 0) -> int:
    return sum(numbers, start)


@plugin(raw_tags="io")
def describe(value, *, verbose=False):
    return serialize(value) + (" (verbose)" if verbose else "")


def call_plugin(name, *args, **kwargs):
    spec, fn = REGISTRY[name]
    sig = inspect.signature(fn)
    try:
        bound = sig.bind(*args, **kwargs)
    except TypeError as e:
        log.warning("bad call to %s: %s", name, e)
        return None
    bound.apply_defaults()
    log.info("calling %s%s", name, tuple(bound.arguments.values()))
    try:
        return fn(*bound.args, **bound.kwargs)
    except Exception:
        log.exception("plugin %s crashed", name)
        return None


for name, (spec, fn) in sorted(REGISTRY.items(), key=lambda kv: kv[1][0].priority):
    sig = inspect.signature(fn)
    print(f"{spec.priority:>3} {name:<9} {sig}  tags={spec.tags} opts={spec.options}")
    for p in sig.parameters.values():
        print(f"      {p.name}: kind={p.kind.name} default={p.default!r} annotation={p.annotation!r}")
    print("      returns", sig.return_annotation, "doc:", inspect.getdoc(fn))

print(call_plugin("greet", "world"))
print(call_plugin("greet", who="you", punctuation="?"))
print(call_plugin("sum", 1, 2, 3, start=10))
print(call_plugin("greet"))
print(call_plugin("describe", [1, 2.5, "x", True, Color.RED, (Decimal("1.10"),)], verbose=True))
print(call_plugin("describe", Fraction(1, 3)))
print(call_plugin("describe", {"k": 1}, extra=1))
log.debug("the secret token is %s", "abc")
logging.getLogger("other").error("not from host: dropped by the default last-resort handler? %d", 1)
print(serialize.dispatch(bool).__name__, sorted(t.__name__ for t in serialize.registry if t is not object))
print(PluginSpec("p", priority=3, raw_tags="a,,b"))
try:
    PluginSpec("p", 3)
except TypeError as e:
    print("TypeError", e)
print(logging.getLevelName(15), logging.getLevelName("WARNING"), logging.INFO, log.getEffectiveLevel(), log.parent.name)
print(log.isEnabledFor(logging.DEBUG), logging.getLogger("host.loader") is log, logging.root.level)
handler.flush()
text = stream.getvalue().replace(__file__, "<main>")
print(text, end="")
lines = err_stream.getvalue().splitlines()
print(lines[0])
print(lines[-1])
print(inspect.getsource(greet).splitlines()[1], inspect.isfunction(greet), inspect.getmodule(greet).__name__)
print(inspect.getfullargspec(add_all))
print(inspect.signature(PluginSpec), inspect.signature(dict.get), inspect.signature(functools.partial(greet, "x")))
