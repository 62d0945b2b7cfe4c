"""A tiny typed-model library: fields read from annotations (forward references allowed, 3.14
deferred annotations), validation and coercion from typing's get_origin/get_args, and a connection
object that changes state by assigning __class__ between slotted classes."""
import annotationlib
import typing
from annotationlib import Format, ForwardRef, get_annotations
from typing import Annotated, Literal, Optional, Union, get_args, get_origin


class ValidationError(Exception):
    def __init__(self, errors):
        self.errors = errors
        super().__init__("; ".join(f"{path}: {msg}" for path, msg in errors))


class Min:
    def __init__(self, bound):
        self.bound = bound

    def __repr__(self):
        return f"Min({self.bound})"


_MODELS = {}


class Model:
    __fields__: dict

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        _MODELS[cls.__name__] = cls
        # Forward references are fine here: the model they name may come later in the module.
        cls.__raw_fields__ = get_annotations(cls, format=Format.FORWARDREF)
        cls.__fields__ = None

    @classmethod
    def fields(cls):
        if cls.__fields__ is None:
            # By first use every model exists: top-level forward refs evaluate directly, and
            # the VALUE format resolves the ones nested inside generics.
            resolved = {}
            for name, ann in cls.__raw_fields__.items():
                if isinstance(ann, ForwardRef):
                    ann = ann.evaluate(globals=_MODELS)
                resolved[name] = ann
            values = get_annotations(cls)
            cls.__fields__ = {k: values[k] if get_origin(v) else v for k, v in resolved.items()}
        return cls.__fields__

    def __init__(self, **data):
        errors = []
        for name, tp in self.fields().items():
            if name in data:
                try:
                    value = coerce(tp, data.pop(name), name)
                except ValidationError as e:
                    errors.extend(e.errors)
                    continue
            elif hasattr(type(self), name):
                value = getattr(type(self), name)
            else:
                errors.append((name, "field required"))
                continue
            setattr(self, name, value)
        for extra in sorted(data):
            errors.append((extra, "unexpected field"))
        if errors:
            raise ValidationError(errors)

    def __repr__(self):
        inner = ", ".join(f"{k}={getattr(self, k)!r}" for k in self.fields())
        return f"{type(self).__name__}({inner})"

    def dump(self):
        out = {}
        for k in self.fields():
            v = getattr(self, k)
            if isinstance(v, Model):
                v = v.dump()
            elif isinstance(v, list):
                v = [x.dump() if isinstance(x, Model) else x for x in v]
            out[k] = v
        return out


def coerce(tp, value, path):
    origin, args = get_origin(tp), get_args(tp)
    if origin is Annotated:
        inner = coerce(args[0], value, path)
        for meta in args[1:]:
            if isinstance(meta, Min) and inner < meta.bound:
                raise ValidationError([(path, f"must be >= {meta.bound}")])
        return inner
    if origin is Union or origin is typing.Union:
        if value is None and type(None) in args:
            return None
        problems = []
        for option in args:
            if option is type(None):
                continue
            try:
                return coerce(option, value, path)
            except ValidationError as e:
                problems.extend(msg for _, msg in e.errors)
        raise ValidationError([(path, "no union member matched (" + ", ".join(problems) + ")")])
    if origin is Literal:
        if value not in args:
            raise ValidationError([(path, f"expected one of {list(args)!r}")])
        return value
    if origin is list:
        if not isinstance(value, list):
            raise ValidationError([(path, f"expected list, got {type(value).__name__}")])
        out, errors = [], []
        for i, item in enumerate(value):
            try:
                out.append(coerce(args[0], item, f"{path}[{i}]"))
            except ValidationError as e:
                errors.extend(e.errors)
        if errors:
            raise ValidationError(errors)
        return out
    if origin is dict:
        return {coerce(args[0], k, f"{path}.key"): coerce(args[1], v, f"{path}[{k!r}]") for k, v in value.items()}
    if isinstance(tp, type) and issubclass(tp, Model):
        if isinstance(value, tp):
            return value
        if not isinstance(value, dict):
            raise ValidationError([(path, f"expected {tp.__name__} mapping")])
        try:
            return tp(**value)
        except ValidationError as e:
            raise ValidationError([(f"{path}.{p}", m) for p, m in e.errors]) from None
    if tp is float and isinstance(value, int) and not isinstance(value, bool):
        return float(value)
    if tp is int and isinstance(value, str) and value.strip().lstrip("-").isdigit():
        return int(value)
    if not isinstance(value, tp):
        raise ValidationError([(path, f"expected {tp.__name__}, got {type(value).__name__}")])
    return value


class Order(Model):
    id: int
    customer: Customer
    lines: list[Line]
    status: Literal["new", "paid", "shipped"] = "new"
    note: Optional[str] = None


class Customer(Model):
    name: str
    tier: Annotated[int, Min(1)] = 1
    tags: dict[str, float | int] = {}


class Line(Model):
    sku: str
    qty: Annotated[int, Min(1)]
    price: float


class Closed:
    __slots__ = ("host", "sent")

    def send(self, data):
        raise ConnectionError(f"{self.host} is closed")

    def open(self):
        self.__class__ = Open
        return self


class Open:
    __slots__ = ("sent", "host")

    def send(self, data):
        self.sent.append(data)
        return len(data)

    def close(self):
        self.__class__ = Closed


def main():
    print("raw:", {k: (v.__forward_arg__ if isinstance(v, ForwardRef) else v) for k, v in Order.__raw_fields__.items()})
    print("strings:", get_annotations(Order, format=Format.STRING))
    print("resolved:", Order.fields())
    print("line fields:", Line.fields(), Customer.fields()["tags"])
    good = Order(id="42", customer={"name": "Ada", "tier": 3, "tags": {"vip": 1.5}},
                 lines=[{"sku": "A-1", "qty": 2, "price": 9}, Line(sku="B", qty=1, price=0.5)], status="paid")
    print("order:", good)
    print("dump:", good.dump())
    bad_inputs = [
        dict(id="x", customer={"name": 5}, lines=[]),
        dict(id=1, customer={"name": "B", "tier": 0}, lines=[{"sku": "Z", "qty": 0, "price": "free"}], status="lost"),
        dict(id=2, customer="nobody", lines="none", extra=1, more=2),
        dict(id=3, customer={"name": "C", "tags": {"k": "v"}}, lines=[], note=7),
    ]
    for data in bad_inputs:
        try:
            Order(**data)
        except ValidationError as e:
            print("invalid:", len(e.errors), "errors")
            for path, msg in e.errors:
                print("   ", path, "->", msg)
    print("models:", sorted(_MODELS))
    print("value format fails early:", end=" ")
    class Later:
        x: NotYetDefined
    try:
        get_annotations(Later)
    except NameError as e:
        print("NameError", e)
    print("typing hints:", typing.get_type_hints(Line, include_extras=True))

    conn = Closed()
    conn.host, conn.sent = "db.local", []
    for step in ("send", "open", "send", "send", "close", "send"):
        try:
            if step == "send":
                print(f"send via {type(conn).__name__}:", conn.send(b"ping"))
            else:
                getattr(conn, step)()
                print(f"{step} -> {type(conn).__name__}", conn.host, conn.sent)
        except ConnectionError as e:
            print("ConnectionError:", e)
    print("slots:", Closed.__slots__, Open.__slots__, [k for k in vars(Open) if k in ("host", "sent")])


main()
