"""A miniature ORM: field descriptors, a model metaclass, __init_subclass__ registries, __slots__, queries."""
import operator
from functools import total_ordering, cached_property, reduce
from weakref import WeakValueDictionary


class ValidationError(Exception):
    pass


class Field:
    creation_counter = 0

    def __init__(self, *, default=None, required=False, choices=None):
        self.default = default
        self.required = required
        self.choices = choices
        Field.creation_counter += 1
        self.order = Field.creation_counter

    def __set_name__(self, owner, name):
        self.name = name
        self.attr = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.attr, self.default)

    def __set__(self, obj, value):
        value = self.clean(value)
        if self.choices is not None and value not in self.choices:
            raise ValidationError(f"{self.name}: {value!r} not in {sorted(self.choices)}")
        setattr(obj, self.attr, value)

    def clean(self, value):
        return value

    def __repr__(self):
        return f"<{type(self).__name__} {self.name}>"


class IntField(Field):
    def __init__(self, *, min=None, max=None, **kw):
        super().__init__(**kw)
        self.min, self.max = min, max

    def clean(self, value):
        if isinstance(value, bool) or not isinstance(value, int):
            try:
                value = int(value)
            except (TypeError, ValueError):
                raise ValidationError(f"{self.name}: expected int, got {type(value).__name__}") from None
        if self.min is not None and value < self.min:
            raise ValidationError(f"{self.name}: {value} < {self.min}")
        if self.max is not None and value > self.max:
            raise ValidationError(f"{self.name}: {value} > {self.max}")
        return value


class StrField(Field):
    def clean(self, value):
        return str(value).strip()


class ModelMeta(type):
    registry = {}

    def __new__(mcls, name, bases, ns, **kw):
        fields = {k: v for k, v in ns.items() if isinstance(v, Field)}
        for base in bases:
            for k, v in getattr(base, "_fields", {}).items():
                fields.setdefault(k, v)
        ns["_fields"] = dict(sorted(fields.items(), key=lambda kv: kv[1].order))
        cls = super().__new__(mcls, name, bases, ns, **kw)
        if not ns.get("abstract", False):
            mcls.registry[name.lower()] = cls
        return cls

    def __repr__(cls):
        return f"<model {cls.__name__} fields={list(cls._fields)}>"

    @property
    def objects(cls):
        return Query(cls, list(cls._store.values()))


class Model(metaclass=ModelMeta):
    abstract = True
    _next_id = 0

    def __init_subclass__(cls, table=None, **kw):
        super().__init_subclass__(**kw)
        cls.table = table or cls.__name__.lower() + "s"
        cls._store = {}

    def __init__(self, **values):
        missing = [n for n, f in self._fields.items() if f.required and n not in values]
        if missing:
            raise ValidationError(f"missing required: {', '.join(missing)}")
        unknown = set(values) - set(self._fields)
        if unknown:
            raise TypeError(f"unexpected fields: {sorted(unknown)}")
        for name, value in values.items():
            setattr(self, name, value)

    def save(self):
        if getattr(self, "id", None) is None:
            Model._next_id += 1
            self.id = Model._next_id
        type(self)._store[self.id] = self
        return self

    def as_dict(self):
        return {n: getattr(self, n) for n in self._fields}

    def __repr__(self):
        inner = ", ".join(f"{k}={v!r}" for k, v in self.as_dict().items())
        return f"{type(self).__name__}(id={getattr(self, 'id', None)}, {inner})"

    def __eq__(self, other):
        return type(self) is type(other) and self.as_dict() == other.as_dict()

    __hash__ = None


class Query:
    __slots__ = ("model", "rows")
    OPS = {"eq": operator.eq, "lt": operator.lt, "gt": operator.gt, "in": lambda a, b: a in b,
           "startswith": lambda a, b: str(a).startswith(b)}

    def __init__(self, model, rows):
        self.model, self.rows = model, rows

    def filter(self, **conds):
        rows = self.rows
        for key, want in conds.items():
            field, _, op = key.partition("__")
            fn = self.OPS[op or "eq"]
            rows = [r for r in rows if fn(getattr(r, field), want)]
        return Query(self.model, rows)

    def order_by(self, *keys):
        rows = list(self.rows)
        for key in reversed(keys):
            rows.sort(key=operator.attrgetter(key.lstrip("-")), reverse=key.startswith("-"))
        return Query(self.model, rows)

    def values(self, *names):
        return [tuple(getattr(r, n) for n in names) for r in self.rows]

    def __len__(self):
        return len(self.rows)

    def __iter__(self):
        return iter(self.rows)


class Person(Model, table="people"):
    name = StrField(required=True)
    age = IntField(min=0, max=150, default=0)
    role = StrField(default="staff", choices={"staff", "admin", "guest"})

    @cached_property
    def initials(self):
        print(f"  (computing initials for {self.name})")
        return "".join(p[0] for p in self.name.split()).upper()


class Customer(Person):
    credit = IntField(default=100)


@total_ordering
class Version:
    __slots__ = ("major", "minor")

    def __init__(self, text):
        self.major, self.minor = map(int, text.split("."))

    def __eq__(self, other):
        return (self.major, self.minor) == (other.major, other.minor)

    def __lt__(self, other):
        return (self.major, self.minor) < (other.major, other.minor)

    def __repr__(self):
        return f"v{self.major}.{self.minor}"


people = [Person(name=" grace hopper ", age="85", role="admin"), Person(name="alan turing", age=41),
          Person(name="ada lovelace", age=36, role="guest"), Customer(name="bob buyer", age=30, credit=5)]
for p in people:
    p.save()
print(Person, Customer, Person.table, Customer.table, sorted(ModelMeta.registry))
print(Person._fields, Customer._fields.keys())
print(Person.name, Person.__dict__["age"].min, type(Person).__name__)
for p in Person.objects.order_by("-age"):
    print(" ", p)
print(Person.objects.filter(age__gt=35, role__in=("staff", "guest")).values("name", "age"))
print(Customer.objects.filter(name__startswith="bob").values("credit"), len(Customer.objects))
g = people[0]
print(g.initials, g.initials, "initials" in vars(g))
for bad in [dict(name="x", age=-1), dict(name="x", age="old"), dict(name="x", role="king"), dict(age=3), dict(name="y", colour=1)]:
    try:
        Person(**bad)
    except (ValidationError, TypeError) as e:
        print(type(e).__name__, e)
print(people[1] == Person(name="alan turing", age=41), people[1] == people[2])
try:
    hash(people[1])
except TypeError as e:
    print("TypeError", e)
vs = sorted(Version(s) for s in ["1.10", "1.2", "0.9", "1.2"])
print(vs, Version("2.0") >= Version("1.99"), Version("1.0") <= Version("1.0"), max(vs))
try:
    Version("1.0").patch = 1
except AttributeError as e:
    print("AttributeError", e)
print(Version.__slots__, hasattr(Version("1.1"), "__dict__"), reduce(max, vs))
cache = WeakValueDictionary()
cache["grace"] = g
print(sorted(cache.keys()), cache.get("nobody"), len(cache))
print(isinstance(Person, ModelMeta), issubclass(Customer, Model), Customer.__mro__[1].__name__, Customer.mro()[2].__name__)
print([c.__name__ for c in Model.__subclasses__()], [c.__name__ for c in Person.__subclasses__()])
