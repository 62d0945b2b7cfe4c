"""Validate JSON service configs against dataclass schemas driven by typing hints, with enum fields and error paths."""
from __future__ import annotations

import dataclasses
import enum
import json
import typing
from dataclasses import dataclass, field
from typing import Any, Literal, Optional, Union, get_args, get_origin, get_type_hints


class Level(enum.IntEnum):
    DEBUG = 10
    INFO = 20
    WARNING = 30
    ERROR = 40


class Proto(enum.StrEnum):
    HTTP = enum.auto()
    HTTPS = enum.auto()
    GRPC = "grpc"


class Perm(enum.Flag):
    READ = enum.auto()
    WRITE = enum.auto()
    EXEC = enum.auto()
    ALL = READ | WRITE | EXEC


@dataclass
class Endpoint:
    path: str
    methods: list[str] = field(default_factory=lambda: ["GET"])
    timeout: float = 5.0
    perms: Perm = Perm.READ


@dataclass
class Service:
    name: str
    port: int
    proto: Proto = Proto.HTTP
    level: Level = Level.INFO
    tags: tuple[str, ...] = ()
    endpoints: list[Endpoint] = field(default_factory=list)
    limits: dict[str, int] = field(default_factory=dict)
    owner: Optional[str] = None
    mode: Literal["active", "standby"] = "active"
    extra: Union[int, str, None] = None


class SchemaError(Exception):
    def __init__(self, path, message):
        super().__init__(f"{'.'.join(map(str, path)) or '<root>'}: {message}")
        self.path = path


def convert(value, tp, path):
    origin = get_origin(tp)
    args = get_args(tp)
    if tp is Any:
        return value
    if origin is Union or isinstance(tp, type(int | str)):
        errors = []
        for alt in args:
            try:
                return convert(value, alt, path)
            except SchemaError as exc:
                errors.append(str(exc).rpartition(": ")[2])
        raise SchemaError(path, "no alternative matched (" + "; ".join(errors) + ")")
    if origin is Literal:
        if value not in args:
            raise SchemaError(path, f"expected one of {list(args)!r}, got {value!r}")
        return value
    if tp is type(None):
        if value is not None:
            raise SchemaError(path, f"expected null, got {type(value).__name__}")
        return None
    if origin is list:
        if not isinstance(value, list):
            raise SchemaError(path, f"expected list, got {type(value).__name__}")
        return [convert(v, args[0], path + [i]) for i, v in enumerate(value)]
    if origin is tuple:
        if not isinstance(value, list):
            raise SchemaError(path, f"expected array, got {type(value).__name__}")
        return tuple(convert(v, args[0], path + [i]) for i, v in enumerate(value))
    if origin is dict:
        if not isinstance(value, dict):
            raise SchemaError(path, f"expected object, got {type(value).__name__}")
        return {convert(k, args[0], path + [k]): convert(v, args[1], path + [k]) for k, v in value.items()}
    if isinstance(tp, type) and issubclass(tp, enum.Flag):
        if not isinstance(value, list):
            raise SchemaError(path, "flags must be a list of names")
        result = tp(0)
        for name in value:
            try:
                result |= tp[name.upper()]
            except KeyError:
                raise SchemaError(path, f"unknown flag {name!r}") from None
        return result
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        try:
            return tp(value)
        except ValueError as exc:
            raise SchemaError(path, str(exc)) from None
    if dataclasses.is_dataclass(tp):
        return load(tp, value, path)
    if tp is float and isinstance(value, int) and not isinstance(value, bool):
        return float(value)
    if not isinstance(value, tp) or (tp is int and isinstance(value, bool)):
        raise SchemaError(path, f"expected {tp.__name__}, got {type(value).__name__} {value!r}")
    return value


def load(cls, data, path=None):
    path = path or []
    if not isinstance(data, dict):
        raise SchemaError(path, f"expected object for {cls.__name__}")
    hints = get_type_hints(cls)
    known = {f.name for f in dataclasses.fields(cls)}
    unknown = sorted(set(data) - known)
    if unknown:
        raise SchemaError(path, f"unknown keys {unknown}")
    kwargs = {}
    for f in dataclasses.fields(cls):
        if f.name in data:
            kwargs[f.name] = convert(data[f.name], hints[f.name], path + [f.name])
        elif f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING:
            raise SchemaError(path, f"missing required key {f.name!r}")
    return cls(**kwargs)


def encode(obj):
    if isinstance(obj, enum.Flag):
        return [m.name.lower() for m in obj]
    if isinstance(obj, enum.Enum):
        return obj.value
    raise TypeError(f"Object of type {type(obj).__name__} is not JSON serializable")


DOCS = [
    '{"name": "api", "port": 8080, "proto": "https", "level": 30, "tags": ["public", "v2"],'
    ' "endpoints": [{"path": "/users", "methods": ["GET", "POST"], "timeout": 2, "perms": ["read", "write"]},'
    ' {"path": "/health"}], "limits": {"rps": 100, "burst": 20}, "owner": "team-a", "extra": "x"}',
    '{"name": "worker", "port": 9000, "mode": "standby", "extra": 7}',
    '{"name": "bad-port", "port": "80"}',
    '{"name": "bad-proto", "port": 1, "proto": "ftp"}',
    '{"name": "bad-level", "port": 1, "level": 15}',
    '{"name": "bad-ep", "port": 1, "endpoints": [{"path": "/a"}, {"path": 3}]}',
    '{"name": "bad-flag", "port": 1, "endpoints": [{"path": "/a", "perms": ["read", "delete"]}]}',
    '{"name": "bad-mode", "port": 1, "mode": "paused"}',
    '{"name": "bad-extra", "port": 1, "extra": 1.5}',
    '{"name": "unknown", "port": 1, "colour": "red", "size": 2}',
    '{"port": 1}',
    '{"name": "bool-port", "port": true}',
    '{"name": "limits", "port": 1, "limits": {"a": "b"}}',
    '{"name": "trailing", "port": 1,}',
    '{"name": "nan", "port": NaN}',
    '[1, 2',
    '{"name": "dup", "name": "dup2", "port": 5}',
    '',
    '{"a" 1}',
    '"\\ud83d\\ude00 \\u00e9"',
]

services = []
for i, doc in enumerate(DOCS):
    try:
        data = json.loads(doc)
    except json.JSONDecodeError as exc:
        print(f"doc {i}: JSONDecodeError: {exc.msg} (line {exc.lineno} col {exc.colno} pos {exc.pos})")
        continue
    try:
        svc = load(Service, data)
    except SchemaError as exc:
        print(f"doc {i}: invalid: {exc}")
        continue
    except TypeError as exc:
        print(f"doc {i}: TypeError: {exc}")
        continue
    services.append(svc)
    print(f"doc {i}: ok {svc.name} port={svc.port} proto={svc.proto!r} level={svc.level!r}")

for svc in services:
    print(svc)
    d = dataclasses.asdict(svc)
    print(json.dumps(d, default=encode, sort_keys=True))
    print(json.dumps(d, default=encode, indent=2, separators=(",", ": "))[:300])
    back = load(Service, json.loads(json.dumps(d, default=encode)))
    print("round trip equal:", back == svc)

print(list(Level), [str(p) for p in Proto], [format(p) for p in Proto], f"{Level.ERROR}", f"{Level.ERROR:>6}")
print(Perm.READ | Perm.EXEC, repr(Perm.ALL), list(Perm.ALL), Perm(5), Perm(0), bool(Perm(0)), ~Perm.READ)
print(Level(20).name, Level["ERROR"].value, Level.DEBUG < Level.INFO, Level.WARNING + 1, Proto("grpc") is Proto.GRPC)
print(Proto.HTTP.upper(), Proto.HTTPS == "https", sorted(Proto, key=len), Level.__members__.keys())
try:
    Perm(16)
except ValueError as exc:
    print("ValueError:", exc)
try:
    Level.DEBUG = 5
except AttributeError as exc:
    print("AttributeError:", exc)

hints = get_type_hints(Service)
for name, tp in hints.items():
    print(f"{name:10} {tp!r:45} origin={get_origin(tp)!r} args={get_args(tp)!r}")
f1 = dataclasses.fields(Endpoint)[1]
print(f1.name, f1.type, f1.default is dataclasses.MISSING, f1.default_factory(), f1.kw_only, f1.metadata)
print(dataclasses.replace(services[0].endpoints[1], timeout=1))
print(json.dumps({"s": "é\u2028\n\x00", "t": (1, 2), 3: None, "f": 1e100, "i": 10**20}))
print(json.dumps({"s": "é"}, ensure_ascii=False), json.dumps([float("inf")]), json.dumps({True: 1, None: 2}))
try:
    json.dumps([float("nan")], allow_nan=False)
except ValueError as exc:
    print("ValueError:", exc)
try:
    json.dumps({(1, 2): 3})
except TypeError as exc:
    print("TypeError:", exc)
try:
    json.dumps(object())
except TypeError as exc:
    print("TypeError:", exc)
print(json.loads('{"a": [1, 2.50, -0, 1E3, {"b": null}]}', parse_float=str, object_pairs_hook=list))
print(json.loads("[1, 2]", parse_int=lambda s: int(s) * 10), json.JSONDecoder().raw_decode('{"x": 1} tail'))
