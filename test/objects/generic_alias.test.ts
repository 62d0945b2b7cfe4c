// types.GenericAlias (list[int]): reprs, attributes forwarded to the origin, calls, ==/hash, isinstance
// refusal, __mro_entries__, substitution of type variables (duck-typed ones, so typing.py is not
// involved), `*tuple[...]` unpacking, __reduce__/copy, and the __class_getitem__ of built-in classes.
import { describe } from 'vitest';
import { describeProgram } from '../vm/describe_program.js';

const PROGRAM = String.raw`import types, copy
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
class TV:
    def __init__(self, name): self.name = name
    def __repr__(self): return '~' + self.name
    def __typing_subst__(self, arg): return arg
T = TV('T'); S = TV('S')
class C: pass
show('reprs', lambda: (list[int], dict[str, list[int]], tuple[int, ...], tuple[()], list[None], list[type(None)], list[...], list[3], list['int'], dict[str, C], list[[int, str]], list[list]))
show('builtins', lambda: [repr(t[int]) for t in (list, dict, tuple, set, frozenset, enumerate, classmethod, staticmethod)])
a = list[int]
show('type', lambda: (type(a), type(a) is types.GenericAlias, type(a).__module__, type(a).__name__))
show('origin args', lambda: (a.__origin__, a.__args__, a.__parameters__, a.__unpacked__, a.__args__ is a.__args__))
show('call', lambda: (a([1, 2]), a(), dict[str, int](x=1), tuple[int, ...]((1, 2))))
class L(list): pass
show('orig_class', lambda: L[int]().__orig_class__)
show('no orig_class', lambda: hasattr(list[int](), '__orig_class__'))
show('eq', lambda: (list[int] == list[int], list[int] != list[int], list[int] == list[str], list[int] == list, dict[str, int] == dict[str, int], list[int] == 3))
show('hash', lambda: (hash(list[int]) == hash(list[int]), {list[int]: 1}[list[int]], len({list[int], list[int], list[str]})))
show('unhashable', lambda: hash(list[[int]]))
show('isinstance', lambda: isinstance([], list[int]))
show('issubclass', lambda: issubclass(list, list[int]))
show('mro_entries', lambda: (list[int].__mro_entries__(()), dict[str, int].__mro_entries__((1,))))
class MyList(list[int]): pass
show('subclass', lambda: (MyList.__bases__, MyList.__orig_bases__, MyList.__mro__))
show('forwarded', lambda: (list[int].append, list[int].__name__, list[int].__qualname__, list[int].__module__, list[int].__class__, list[int].__bases__ if False else 1))
show('forwarded missing', lambda: list[int].foo)
show('setattr', lambda: setattr(list[int], 'x', 1))
show('readonly', lambda: setattr(list[int], '__origin__', dict))
show('params', lambda: (list[T].__parameters__, dict[T, list[S]].__parameters__, dict[T, T].__parameters__, list[[T, S]].__parameters__))
show('subst', lambda: (list[T][int], dict[T, list[S]][str, int], dict[str, T][list[int]], list[[T]][int], dict[T, T][int]))
show('subst nested tuple', lambda: tuple[T, tuple[S, T]][int, str])
show('too many', lambda: list[T][int, str])
show('too few', lambda: dict[T, S][int])
show('not generic', lambda: list[int][int])
show('starred', lambda: (list[*tuple[int, str]], tuple[*tuple[int, str]].__args__, [*tuple[int]], next(iter(tuple[int])).__unpacked__))
u = next(iter(tuple[int, str]))
show('unpacked', lambda: (u, u.__typing_unpacked_tuple_args__, list[int].__typing_unpacked_tuple_args__, u == tuple[int, str], u == next(iter(tuple[int, str]))))
show('unpack ellipsis', lambda: tuple[*tuple[int, ...]].__args__)
show('subst unpack', lambda: tuple[T, S][*tuple[int, str]])
show('reduce', lambda: (list[int].__reduce__(), u.__reduce__()[0]))
show('copy', lambda: (copy.copy(list[int]), copy.deepcopy(dict[str, int])))
show('GenericAlias()', lambda: (types.GenericAlias(list, int), types.GenericAlias(list, (int, str)), types.GenericAlias(dict, ())))
show('GenericAlias bad', lambda: types.GenericAlias(list))
show('GenericAlias kw', lambda: types.GenericAlias(list, int, x=1))
show('class_getitem args', lambda: list.__class_getitem__())
show('class_getitem direct', lambda: (list.__class_getitem__(int), dict.__class_getitem__((str, int))))
show('dir', lambda: [n for n in ('__origin__', '__args__', 'append', '__mro_entries__') if n in dir(list[int])])
show('iter', lambda: list(iter(list[int])))
show('type subscript', lambda: (type[int], type[int].__origin__))
`;

// Printed by CPython 3.14 (pyodide 3.14.2) for PROGRAM.
const EXPECTED = String.raw`reprs (list[int], dict[str, list[int]], tuple[int, ...], tuple[()], list[None], list[None], list[...], list[3], list['int'], dict[str, __main__.C], list[[int, str]], list[list])
builtins ['list[int]', 'dict[int]', 'tuple[int]', 'set[int]', 'frozenset[int]', 'enumerate[int]', 'classmethod[int]', 'staticmethod[int]']
type (<class 'types.GenericAlias'>, True, 'types', 'GenericAlias')
origin args (<class 'list'>, (<class 'int'>,), (), False, True)
call ([1, 2], [], {'x': 1}, (1, 2))
orig_class __main__.L[int]
no orig_class False
eq (True, False, False, False, True, False)
hash (True, 1, 2)
unhashable TypeError unhashable type: 'list'
isinstance TypeError isinstance() argument 2 cannot be a parameterized generic
issubclass TypeError issubclass() argument 2 cannot be a parameterized generic
mro_entries ((<class 'list'>,), (<class 'dict'>,))
subclass ((<class 'list'>,), (list[int],), (<class '__main__.MyList'>, <class 'list'>, <class 'object'>))
forwarded (<method 'append' of 'list' objects>, 'list', 'list', 'builtins', <class 'types.GenericAlias'>, 1)
forwarded missing AttributeError type object 'list' has no attribute 'foo'
setattr AttributeError 'types.GenericAlias' object has no attribute 'x' and no __dict__ for setting new attributes
readonly AttributeError readonly attribute
params ((~T,), (~T, ~S), (~T,), (~T, ~S))
subst (list[int], dict[str, list[int]], dict[str, list[int]], list[[int]], dict[int, int])
subst nested tuple tuple[int, tuple[str, int]]
too many TypeError Too many arguments for list[~T]; actual 2, expected 1
too few TypeError Too few arguments for dict[~T, ~S]; actual 1, expected 2
not generic TypeError list[int] is not a generic class
starred (list[*tuple[int, str]], (*tuple[int, str],), [*tuple[int]], True)
unpacked (*tuple[int, str], (<class 'int'>, <class 'str'>), None, False, True)
unpack ellipsis (*tuple[int, ...],)
subst unpack tuple[int, str]
reduce ((<class 'types.GenericAlias'>, (<class 'list'>, (<class 'int'>,))), <built-in function next>)
copy (list[int], dict[str, int])
GenericAlias() (list[int], list[int, str], dict[()])
GenericAlias bad TypeError GenericAlias expected 2 arguments, got 1
GenericAlias kw TypeError GenericAlias() takes no keyword arguments
class_getitem args TypeError list.__class_getitem__() takes exactly one argument (0 given)
class_getitem direct (list[int], dict[str, int])
dir ['__origin__', '__args__', 'append', '__mro_entries__']
iter [*list[int]]
type subscript (type[int], <class 'type'>)
`;

describe('types.GenericAlias', () => {
  describeProgram('types.GenericAlias', PROGRAM, EXPECTED);
});
