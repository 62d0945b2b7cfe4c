# Structural pattern matching: literal, capture, wildcard, value (dotted), sequence (with star), mapping
# (with **rest), class patterns (positional via __match_args__ and keyword), OR, AS, guards, nested
# patterns, and matching of builtins (str/bytes are not sequences, bool vs int).
from dataclasses import dataclass
from enum import Enum

class Color(Enum):
    RED = 1
    GREEN = 2

@dataclass
class Point:
    x: int
    y: int

class Circle:
    __match_args__ = ("center", "radius")
    def __init__(self, center, radius):
        self.center, self.radius = center, radius

def classify(subject):
    match subject:
        case None:
            return "None"
        case True:
            return "True literal"
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small int"
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case "hello":
            return "greeting"
        case b"bytes":
            return "bytes literal"
        case Color.RED:
            return "red (value pattern)"
        case str() as s if len(s) > 5:
            return f"long string {s!r}"
        case str(s):
            return f"short string {s!r}"
        case int(n) if n < 0:
            return f"negative {n}"
        case int() | float() as num:
            return f"number {num}"
        case []:
            return "empty sequence"
        case [x]:
            return f"one element {x}"
        case [Point(x=0, y=0), *rest]:
            return f"starts at origin then {len(rest)} more"
        case [first, *middle, last]:
            return f"first={first} middle={middle} last={last}"
        case {"type": "user", "name": str(name), **rest}:
            return f"user {name} extra={sorted(rest)}"
        case {"type": "admin"}:
            return "admin mapping"
        case {}:
            return "some mapping"
        case Point(x=0, y=yy):
            return f"on y axis at {yy}"
        case Point(xx, 0):
            return f"on x axis at {xx}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point():
            return "some point"
        case Circle(Point(x=cx, y=cy), r):
            return f"circle at ({cx},{cy}) r={r}"
        case (1, 2) | [3, 4]:
            return "unreachable for tuples, handled above"
        case _:
            return f"fallback {type(subject).__name__}"

subjects = [None, True, False, 0, 1, 3, -1, 1.5, 2.5, -7, 10, "hello", "hi", "a long string", b"bytes",
            b"other", Color.RED, Color.GREEN, [], (), [9], (9,), [Point(0, 0), 1, 2], [1, 2, 3, 4], (1, 2),
            {"type": "user", "name": "ann", "age": 3, "id": 1}, {"type": "user", "name": 5},
            {"type": "admin", "x": 1}, {}, {"other": 1}, Point(0, 5), Point(5, 0), Point(3, 3),
            Point(1, 2), Circle(Point(1, 1), 5), Circle(3, 4), range(2), "ab", 1 + 2j, {1, 2}]
for s in subjects:
    shown = repr(s) if not isinstance(s, (Point, Circle, set)) else type(s).__name__
    print(shown, "->", classify(s))

def command(text):
    match text.split():
        case ["go", ("north" | "south" | "east" | "west") as direction]:
            return f"moving {direction}"
        case ["go", other]:
            return f"cannot go {other}"
        case ["take", *items] if items:
            return f"taking {', '.join(items)}"
        case ["take"]:
            return "take what?"
        case ["quit" | "exit"]:
            return "bye"
        case [verb, *_]:
            return f"unknown verb {verb}"
        case []:
            return "empty"
for line in ["go north", "go up", "take lamp key", "take", "quit", "dance wildly", ""]:
    print(repr(line), "->", command(line))

def nested(data):
    match data:
        case {"items": [{"id": int(i), "tags": [*tags]}, *_]}:
            return f"first item {i} tags {tags}"
        case {"items": []}:
            return "no items"
        case {"items": [_, *_]}:
            return "items without expected shape"
        case _:
            return "no match"
for d in [{"items": [{"id": 1, "tags": ["a", "b"]}]}, {"items": []}, {"items": [{"id": "x"}]}, {"other": 1}, []]:
    print(nested(d))

def capture_binding():
    match [1, [2, 3]]:
        case [a, [b, c]] as whole:
            return a, b, c, whole
print(capture_binding())

def failed_binding_leak():
    x = "before"
    match (1, 2):
        case (x, 3):
            pass
        case _:
            pass
    return x
print("binding after failed case:", failed_binding_leak())

class NoMatchArgs:
    def __init__(self):
        self.a = 1
def too_many_positional():
    try:
        match NoMatchArgs():
            case NoMatchArgs(1):
                return "matched"
    except TypeError as e:
        return f"TypeError {e}"
print(too_many_positional())
def bad_class():
    try:
        match 5:
            case len():
                return "?"
    except TypeError as e:
        return f"TypeError {e}"
print(bad_class())
def match_int_subclass_bool():
    out = []
    for v in (True, 1, 1.0):
        match v:
            case bool():
                out.append("bool")
            case int():
                out.append("int")
            case _:
                out.append("other")
    return out
print(match_int_subclass_bool())
def mapping_key_values():
    match {"a": 1, "b": 2}:
        case {"a": 1, "b": 3}:
            return "no"
        case {"b": 2, "a": a}:
            return f"a={a}"
print(mapping_key_values())
def guard_side_effects():
    calls = []
    def g(v):
        calls.append(v)
        return v > 1
    for v in (1, 2):
        match v:
            case n if g(n):
                calls.append(f"matched {n}")
            case _:
                calls.append(f"default {v}")
    return calls
print(guard_side_effects())
def seq_of_str_chars():
    match "abc":
        case [a, b, c]:
            return "str is a sequence?"
        case _:
            return "str is not matched as a sequence"
print(seq_of_str_chars())
def match_dict_subclass_and_defaultdict():
    from collections import defaultdict, OrderedDict
    out = []
    for m in (defaultdict(int, {"k": 1}), OrderedDict(k=2)):
        match m:
            case {"k": v}:
                out.append(v)
    match defaultdict(int):
        case {"missing": _}:
            out.append("matched missing?")
        case _:
            out.append("get() does not create keys")
    return out
print(match_dict_subclass_and_defaultdict())
