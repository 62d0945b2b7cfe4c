# Built-in generics (list[int], types.GenericAlias) and X | Y unions (typing.Union) as programs use them
# without importing typing: annotations, isinstance/issubclass with unions, aliases stored in data
# structures, subclassing a parameterized builtin, `|` in dispatch tables.
import types

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

Number = int | float
Matrix = list[list[float]]
Registry = dict[str, list[tuple[int, str]]]

def scale(m: Matrix, k: Number) -> Matrix:
    return [[x * k for x in row] for row in m]

print(scale([[1.0, 2.0], [3.0, 4.0]], 2))
print(scale.__annotations__)
print(Number, Matrix, Registry)
print(Registry.__origin__, Registry.__args__, Registry.__args__[1].__args__[0].__args__)

def describe(value: int | str | list[int] | None) -> str:
    if isinstance(value, int | None):
        return f'small {value!r}'
    if isinstance(value, str):
        return f'text {value!r}'
    return f'list of {len(value)}'

for v in (3, None, 'hi', [1, 2, 3], True):
    print(describe(v))

handlers = {int | float: 'number', str | bytes: 'text', list[int]: 'ints', dict[str, int]: 'counts'}
def kind(v):
    for t, name in handlers.items():
        if isinstance(t, types.UnionType) and isinstance(v, t):
            return name
    return 'other'
print([kind(v) for v in (1, 2.5, 'x', b'y', [1], {})])
print(handlers[float | int], handlers[list[int]], list[int] in handlers, list[str] in handlers)

class Scores(dict[str, int]):
    def best(self):
        return max(self, key=self.__getitem__)
s = Scores(a=3, b=7, c=5)
print(s.best(), Scores.__bases__, Scores.__orig_bases__, isinstance(s, dict))

class Pairs(list[tuple[int, int]]):
    pass
p = Pairs([(1, 2)])
p.append((3, 4))
print(p, type(p).__mro__)

aliases = [list[int], tuple[str, ...], set[bytes], frozenset[int], type[int] if False else dict[int, str]]
print([a.__origin__.__name__ for a in aliases], [len(a.__args__) for a in aliases])
print(sorted(aliases, key=repr))
print(list[int]([3, 1, 2]), dict[str, int](a=1), tuple[int, ...]('ab') if False else tuple[int, ...]([1, 2]))

u = int | str | None
print(u.__args__, type(None) in u.__args__, u == (None | str | int), len({u, str | int | None}))
print(isinstance(1, (str, list[int] | int)) if False else isinstance(1, (str, int | float)))
show('isinstance generic', lambda: isinstance([], list[int]))
show('issubclass union', lambda: (issubclass(bool, int | str), issubclass(bytes, int | str)))
show('union of alias', lambda: (list[int] | dict[str, int] | None).__args__)
show('bad union', lambda: int | 'str')
show('bad union 2', lambda: [1] | int)
show('subclass union', lambda: types.new_class('X', (int | str,)))

def pick[T](items: list[T], i: int) -> T:
    return items[i]
print(pick([10, 20], 1), pick.__annotations__['items'])
