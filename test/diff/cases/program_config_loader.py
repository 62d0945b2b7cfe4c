"""Load, merge and validate JSON service configs with pathlib, json and dataclasses."""
import json
import os
import shutil
from dataclasses import dataclass, field, fields, asdict, MISSING
from pathlib import Path
from typing import get_type_hints

ROOT = Path("cfg_loader_tmp")


class ConfigError(ValueError):
    def __init__(self, path, problems):
        self.path = path
        self.problems = problems
        super().__init__(f"{path}: {len(problems)} problem(s)")


@dataclass
class Database:
    host: str = "localhost"
    port: int = 5432
    user: str = "app"
    timeout: float = 2.5


@dataclass
class Service:
    name: str
    replicas: int = 1
    debug: bool = False
    tags: list = field(default_factory=list)
    database: Database = field(default_factory=Database)
    env: dict = field(default_factory=dict)


def deep_merge(base, override):
    out = dict(base)
    for k, v in override.items():
        if isinstance(v, dict) and isinstance(out.get(k), dict):
            out[k] = deep_merge(out[k], v)
        else:
            out[k] = v
    return out


def build(cls, data, where, problems):
    hints = get_type_hints(cls)
    before = len(problems)
    kwargs = {}
    known = {f.name for f in fields(cls)}
    for key in sorted(set(data) - known):
        problems.append(f"{where}.{key}: unknown key")
    for f in fields(cls):
        if f.name not in data:
            if f.default is MISSING and f.default_factory is MISSING:
                problems.append(f"{where}.{f.name}: required")
            continue
        value = data[f.name]
        typ = hints[f.name]
        if hasattr(typ, "__dataclass_fields__"):
            if not isinstance(value, dict):
                problems.append(f"{where}.{f.name}: expected object, got {type(value).__name__}")
                continue
            value = build(typ, value, f"{where}.{f.name}", problems)
        elif typ is float and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        elif not isinstance(value, typ) or (typ is int and isinstance(value, bool)):
            problems.append(f"{where}.{f.name}: expected {typ.__name__}, got {type(value).__name__} {value!r}")
            continue
        kwargs[f.name] = value
    return cls(**kwargs) if len(problems) == before else None


def load(path, defaults):
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as e:
        raise ConfigError(path.name, [f"line {e.lineno} col {e.colno}: {e.msg}"]) from e
    merged = deep_merge(defaults, raw)
    problems = []
    svc = build(Service, merged, path.stem, problems)
    if problems:
        raise ConfigError(path.name, problems)
    return svc


def setup():
    if ROOT.exists():
        shutil.rmtree(ROOT)
    (ROOT / "services").mkdir(parents=True)
    (ROOT / "defaults.json").write_text(json.dumps({"replicas": 2, "database": {"timeout": 5}}, indent=2))
    files = {
        "api.json": {"name": "api", "replicas": 4, "tags": ["web", "public"], "database": {"host": "db1", "port": 6543}},
        "worker.json": {"name": "worker", "debug": True, "env": {"QUEUE": "jobs", "CONCURRENCY": "8"}},
        "broken.json": '{"name": "broken", "replicas": 3,, }',
        "invalid.json": {"replicas": "many", "debug": 1, "colour": "blue", "database": {"port": True, "host": 7}},
        "nested.json": {"name": "nested", "database": ["not", "a", "dict"]},
        "pasted.json": '{"name": "pasted", "tags": ["tab\there"]}',
        "escaped.json": '{"name": "C:\\new\\dir", "env": {"PATH": "C:\\bin;D:\\x"}}',
        "windows.json": '{"name": "win", "env": {"HOME": "C:\\Users\\me"}, "tags": ["\\q", "\\u00e9"]}',
        "badpath.json": '{"name": "C:\\users\\new", "env": {"DIR": "C:\\Program Files\\App"}, "x": "\\d"}',
    }
    for name, content in files.items():
        text = content if isinstance(content, str) else json.dumps(content, sort_keys=True)
        (ROOT / "services" / name).write_text(text + "\n")


setup()
defaults = json.loads((ROOT / "defaults.json").read_text())
print("defaults:", defaults)
loaded = {}
for path in sorted((ROOT / "services").glob("*.json")):
    rel = path.relative_to(ROOT)
    try:
        svc = load(path, defaults)
    except ConfigError as e:
        print(f"FAIL {rel.as_posix()}: {e}")
        for p in e.problems:
            print("   -", p)
        if e.__cause__ is not None:
            print("   cause:", type(e.__cause__).__name__, e.__cause__.pos)
        continue
    loaded[svc.name] = svc
    print(f"ok   {rel.as_posix()} -> {svc}")

print(json.dumps({k: asdict(v) for k, v in loaded.items()}, indent=2, sort_keys=True))
total = sum(s.replicas for s in loaded.values())
print("total replicas:", total)
out = ROOT / "resolved.json"
with out.open("w") as fh:
    json.dump([asdict(s) for s in loaded.values()], fh, separators=(",", ":"))
print(out.name, out.suffix, out.stat().st_size > 50, out.with_suffix(".bak").name, out.parent.name)
print(sorted(p.name for p in ROOT.rglob("*") if p.is_file()))
print(sorted(p.relative_to(ROOT).as_posix() for p in ROOT.iterdir()))
print(Path("a/b/../c.tar.gz").suffixes, Path("a/b/c.tar.gz").stem, Path("/x/y").parts, Path("a") / "b" / "c")
print(PurePath := __import__("pathlib").PurePosixPath("x/y.txt").with_name("z.md"))
print(os.path.join("a", "b"), os.path.splitext("f.tar.gz"), os.path.basename(str(out)))
print(json.dumps({"x": float("inf"), "y": [1.0, 2.5e-8, 10**20]}), json.loads("[1e400, -0.0, 1E2]"))
print(json.dumps("snowman ☃ \u0001", ensure_ascii=True), json.dumps("snowman ☃", ensure_ascii=False))
try:
    json.dumps({"s": {1, 2}})
except TypeError as e:
    print("TypeError", e)
try:
    json.loads('{"a": 1} x')
except json.JSONDecodeError as e:
    print("JSONDecodeError", e, e.pos, e.lineno, e.colno)
shutil.rmtree(ROOT)
print(ROOT.exists())
