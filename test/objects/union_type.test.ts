// typing.Union (types.UnionType), the type of `int | str`: reprs, flattening and deduplication, ==/hash,
// isinstance/issubclass with unions, `|` refusals, substitution, Union[...] with classes, unhashable
// members. Type variables are duck-typed so that typing.py is not involved.
import { describe } from 'vitest';
import { describeProgram } from '../vm/describe_program.js';

const PROGRAM = String.raw`import types
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
class TV:
    def __init__(self, name): self.name = name
    def __repr__(self): return '~' + self.name
    def __typing_subst__(self, arg): return arg
T = TV('T')
class C: pass
show('reprs', lambda: (int | str, int | None, None | int, list[int] | None, int | str | bytes, C | int, int | type(None)))
u = int | str
show('type', lambda: (type(u), type(u) is types.UnionType, type(u).__module__, type(u).__name__, type(u).__qualname__))
show('attrs', lambda: (u.__args__, u.__origin__, u.__name__, u.__qualname__, u.__module__, u.__parameters__, u.__args__ is u.__args__))
show('flatten', lambda: ((int | str) | (bytes | int), int | (str | int), (int | str | None).__args__))
show('dedup', lambda: (int | int, int | str | int, list[int] | list[int], list[int] | list[str]))
show('eq', lambda: (int | str == str | int, int | str == int | bytes, int | str != str | int, (int | str) == int, int | str | None == None | str | int))
show('hash', lambda: (hash(int | str) == hash(str | int), len({int | str, str | int, int | bytes})))
show('isinstance', lambda: (isinstance(1, int | str), isinstance('a', int | str), isinstance(None, int | None), isinstance(1.5, int | str), isinstance(True, int | str)))
show('issubclass', lambda: (issubclass(bool, int | str), issubclass(float, int | str), issubclass(type(None), int | None)))
show('isinstance nested', lambda: isinstance(3, (str, int | float)))
show('isinstance generic', lambda: isinstance(1, int | list[int]))
show('isinstance generic first', lambda: isinstance(1, list[int] | int))
show('issubclass generic', lambda: issubclass(int, int | list[int]))
show('issubclass not class', lambda: issubclass(1, int | str))
show('or int', lambda: int | 3)
show('ror int', lambda: 3 | int)
show('or str', lambda: int | 'str')
show('alias or str', lambda: list[int] | 'x')
show('or typevar-like', lambda: int | T)
show('subclass', lambda: type('X', (), {}) and (types.new_class('X', (int | str,))))
show('instantiate', lambda: type(int | str)())
show('subscript', lambda: (list[T] | None)[int])
show('subscript collapse', lambda: (int | list[T])[int] if False else (list[T] | list[int])[int])
show('subscript params', lambda: (list[T] | dict[str, T]).__parameters__)
show('not generic', lambda: (int | str)[int])
show('Union[]', lambda: (types.UnionType[int, str], types.UnionType[int], types.UnionType[int, None], types.UnionType[int, int | str]))
show('Union empty', lambda: types.UnionType[()])
show('mro_entries', lambda: (int | str).__mro_entries__(()))
show('or chain', lambda: (int | str | list[int] | None).__args__)
show('unhashable member', lambda: types.UnionType[int, list[int], list[int]].__args__)
show('bool', lambda: bool(int | str))
`;

// Printed by CPython 3.14 (pyodide 3.14.2) for PROGRAM.
const EXPECTED = String.raw`reprs (int | str, int | None, None | int, list[int] | None, int | str | bytes, __main__.C | int, int | None)
type (<class 'typing.Union'>, True, 'typing', 'Union', 'Union')
attrs ((<class 'int'>, <class 'str'>), <class 'typing.Union'>, 'Union', 'Union', 'typing', (), True)
flatten (int | str | bytes, int | str, (<class 'int'>, <class 'str'>, <class 'NoneType'>))
dedup (<class 'int'>, int | str, list[int], list[int] | list[str])
eq (True, False, False, False, True)
hash (True, 2)
isinstance (True, True, True, False, True)
issubclass (True, False, True)
isinstance nested True
isinstance generic True
isinstance generic first TypeError isinstance() argument 2 cannot be a parameterized generic
issubclass generic True
issubclass not class TypeError issubclass() arg 1 must be a class
or int TypeError unsupported operand type(s) for |: 'type' and 'int'
ror int TypeError unsupported operand type(s) for |: 'int' and 'type'
or str TypeError unsupported operand type(s) for |: 'type' and 'str'
alias or str TypeError unsupported operand type(s) for |: 'types.GenericAlias' and 'str'
or typevar-like TypeError unsupported operand type(s) for |: 'type' and 'TV'
subclass TypeError Cannot subclass int | str
instantiate TypeError cannot create 'typing.Union' instances
subscript list[int] | None
subscript collapse list[int]
subscript params (~T,)
not generic TypeError int | str is not a generic class
Union[] (int | str, <class 'int'>, int | None, int | str)
Union empty TypeError Cannot take a Union of no types.
mro_entries TypeError Cannot subclass int | str
or chain (<class 'int'>, <class 'str'>, list[int], <class 'NoneType'>)
unhashable member (<class 'int'>, list[int])
bool True
`;

describe('typing.Union', () => {
  describeProgram('typing.Union', PROGRAM, EXPECTED);
});
