"""An event router that dispatches with structural pattern matching over custom Mapping/Sequence types."""
from collections import ChainMap, UserDict, UserList, OrderedDict, defaultdict
from collections.abc import Mapping, Sequence, MutableSequence
from dataclasses import dataclass


class Payload(Mapping):
    """A read-only view of an event's fields (a Mapping, so mapping patterns apply)."""

    def __init__(self, **fields):
        self._fields = dict(fields)

    def __getitem__(self, key):
        return self._fields[key]

    def __iter__(self):
        return iter(self._fields)

    def __len__(self):
        return len(self._fields)

    def __repr__(self):
        return f"Payload({self._fields})"


class Path(Sequence):
    """A URL path split into segments (a Sequence, so sequence patterns apply)."""

    def __init__(self, text):
        self.parts = tuple(p for p in text.split("/") if p)

    def __getitem__(self, i):
        return self.parts[i]

    def __len__(self):
        return len(self.parts)

    def __repr__(self):
        return "/" + "/".join(self.parts)


class Batch(UserList):
    pass


class LegacyRecord:
    def __init__(self, items):
        self.items = list(items)

    def __getitem__(self, i):
        return self.items[i]

    def __len__(self):
        return len(self.items)


Sequence.register(LegacyRecord)


@dataclass
class Event:
    kind: str
    path: Path
    payload: Payload


def route(event):
    match event:
        case Event(kind="GET", path=[]):
            return "index"
        case Event(kind="GET", path=["users", user_id]):
            return f"show user {user_id}"
        case Event(kind="GET", path=["users", user_id, "posts", *rest]):
            return f"posts of {user_id} ({'/'.join(rest) or 'all'})"
        case Event(kind="POST", path=["users"], payload={"name": str(name), **others}):
            return f"create user {name} extra={sorted(others)}"
        case Event(kind="POST", payload={"batch": [first, *more]}):
            return f"batch of {1 + len(more)} starting {first}"
        case Event(kind=("PUT" | "PATCH") as verb, path=[_, ident], payload={"version": int(v)}) if v > 1:
            return f"{verb.lower()} {ident} to v{v}"
        case Event(kind=kind, path=path):
            return f"no route for {kind} {path!r}"


def classify(value):
    match value:
        case str() | bytes():
            return "text"
        case {"type": t, **rest} if not rest:
            return f"bare {t}"
        case {"type": t}:
            return f"typed {t}"
        case []:
            return "empty sequence"
        case [x]:
            return f"singleton {x!r}"
        case [x, y, *_]:
            return f"sequence from {x!r}, {y!r}"
        case Mapping():
            return "other mapping"
        case _:
            return f"scalar {type(value).__name__}"


events = [
    Event("GET", Path("/"), Payload()),
    Event("GET", Path("/users/42"), Payload()),
    Event("GET", Path("/users/42/posts/2024/05"), Payload()),
    Event("POST", Path("/users"), Payload(name="ada", role="admin", active=True)),
    Event("POST", Path("/import"), Payload(batch=Batch([7, 8, 9]))),
    Event("PATCH", Path("/docs/readme"), Payload(version=3)),
    Event("PUT", Path("/docs/readme"), Payload(version=1)),
    Event("DELETE", Path("/users/42"), Payload()),
]
for ev in events:
    print(f"{ev.kind:<6} {ev.path!r:<24} -> {route(ev)}")

samples = ["s", b"b", {"type": "x"}, {"type": "y", "n": 1}, Payload(type="p"), Payload(a=1), ChainMap({"type": "c"}),
           UserDict(type="u"), OrderedDict(type="o", z=0), defaultdict(int), [], (1,), Path("/a/b/c"), Batch([1, 2]),
           LegacyRecord("xy"), range(3), "", 3.5, None, memoryview(b"ab")]
for s in samples:
    print(f"{type(s).__name__:<13} {classify(s)}")
print(isinstance(LegacyRecord([]), Sequence), issubclass(Batch, MutableSequence), isinstance(Payload(), dict))
