# typing: TypeVar, Generic, NewType, get_origin/get_args, and the
# PEP 695 syntax (def f[T], class C[T], type X = ...). typing's own alias reprs need annotationlib,
# so this program prints their parts (__origin__, __args__) rather than the aliases themselves.
import typing
from typing import (TypeVar, Generic, NewType, Optional, Union,
                    Callable, Any, ClassVar, Final, Literal, get_origin, get_args, cast, overload,
                    ParamSpec, TypeVarTuple, Unpack, Concatenate, Self)

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

T = TypeVar('T')
K = TypeVar('K', bound=str)
N = TypeVar('N', int, float)
show('typevars', lambda: (T, K, K.__bound__, N.__constraints__, T.__module__))

class Box(Generic[T]):
    def __init__(self, item: T) -> None:
        self.item = item
    def get(self) -> T:
        return self.item

show('generic class', lambda: (Box.__parameters__, Box.__mro__, Box(3).get()))
show('subscripted', lambda: (Box[int].__origin__ is Box, Box[int].__args__, Box[int](5).item, Box[int](5).__orig_class__.__args__))
show('generic errors', lambda: Box[int, str])
show('generic plain', lambda: type('X', (Generic,), {}))

class Pair(Generic[K, T]):
    pass
show('pair params', lambda: (Pair.__parameters__, Pair[str, int].__args__, Pair[str, T][bytes].__args__))

class IntBox(Box[int]):
    pass
show('specialised subclass', lambda: (IntBox.__orig_bases__[0].__args__, IntBox.__parameters__, IntBox(4).get()))

show('optional union', lambda: (Optional[int], Union[int, str], Union[int], Union[int, None] == Optional[int], Union[int, str] == (int | str)))
show('get_origin args', lambda: (get_origin(list[int]), get_args(dict[str, list[int]]), get_origin(int | str), get_args(int | str), get_origin(Box[int]), get_args(Box[int]), get_origin(int)))
show('literal', lambda: (get_args(Literal[1, 'a']), get_origin(Literal[1])))
show('callable', lambda: (get_args(Callable[[int, str], bool]), get_origin(Callable[[int], int])))
show('typing aliases', lambda: (typing.List[int].__origin__, typing.Dict[str, int].__args__, typing.Tuple[int, ...].__args__))

UserId = NewType('UserId', int)
show('newtype', lambda: (UserId(5), UserId.__name__, UserId.__supertype__, type(UserId(5))))
show('cast', lambda: cast(int, 'x'))

@overload
def double(x: int) -> int: ...
@overload
def double(x: str) -> str: ...
def double(x):
    return x * 2
show('overload', lambda: (double(2), double('ab')))

# PEP 695
def first[U](items: list[U]) -> U:
    return items[0]
show('generic function', lambda: (first([7, 8]), first.__type_params__, first.__type_params__[0].__infer_variance__))

def bounded[B: (int, str), C: float = int](b: B, c: C) -> None: ...
B, C = bounded.__type_params__
show('bounded params', lambda: (B.__constraints__, B.__bound__, C.__bound__, C.__default__, C.has_default(), B.has_default()))

class Stack[E]:
    def __init__(self) -> None:
        self.items: list[E] = []
    def push(self, e: E) -> None:
        self.items.append(e)
    def pop(self) -> E:
        return self.items.pop()
s = Stack[int]()
s.push(1); s.push(2)
show('generic class syntax', lambda: (s.pop(), Stack.__type_params__, Stack.__parameters__, Stack.__bases__, Stack.__orig_bases__[0].__origin__ is Generic))
show('class syntax subscript', lambda: (Stack[str].__args__, Stack[str].__origin__ is Stack))

class Variadic[*Ts, **P]:
    pass
show('variadic', lambda: (Variadic.__type_params__, [type(p).__name__ for p in Variadic.__type_params__]))

type IntList = list[int]
type Mapping[KT, VT] = dict[KT, VT]
show('type alias', lambda: (IntList, IntList.__value__, type(IntList).__name__, Mapping.__type_params__, Mapping[str, int], Mapping[str, int].__args__))
show('type alias lazy', lambda: __import__('typing').TypeAliasType('Later', int).__value__)
type Recursive = list[Recursive] | int
show('recursive alias', lambda: (Recursive.__value__, Recursive | None))
show('alias not generic', lambda: IntList[int])

class Node[T]:
    def __init__(self, value: T, next: 'Node[T] | None' = None) -> None:
        self.value = value
        self.next = next
show('self-referencing', lambda: Node(1, Node(2)).next.value)

P = ParamSpec('P')
R = TypeVar('R')
def logged(f: Callable[P, R]) -> Callable[P, R]:
    def inner(*args: P.args, **kwargs: P.kwargs) -> R:
        return f(*args, **kwargs)
    return inner
@logged
def add(a: int, b: int) -> int:
    return a + b
show('paramspec decorator', lambda: (add(2, 3), P.args, P.kwargs, get_args(Callable[P, R])))
show('concatenate', lambda: get_args(Concatenate[int, P]))

Ts = TypeVarTuple('Ts')
show('typevartuple', lambda: (Ts, list(Ts)[0].__origin__ is Unpack, get_args(tuple[int, *Ts])[0]))

show('annotations', lambda: Box.__init__.__annotations__)
show('classvar final', lambda: (get_origin(ClassVar[int]) is ClassVar, get_args(Final[int])))
show('any', lambda: (isinstance(Any, type), Any.__name__ if hasattr(Any, '__name__') else '-'))

# Generic adds no instance fields, so it combines with built-in bases that have their own layout
# (tuple, list, dict, str, int, exceptions...), also through the implicit base of `class C[T](...)`.
T_ = TypeVar('T_')
class GenTuple(tuple, Generic[T_]): pass
class GenList[U](list): pass
class GenDict[K, V](dict[K, V]): pass
class GenError(Exception, Generic[T_]): pass
class GenStr(str, Generic[T_]): pass
class GenInt(int, Generic[T_]): pass
class GenFirst(Generic[T_], list): pass
show('generic tuple', lambda: (GenTuple[int], GenTuple((1, 2)), GenTuple.__mro__))
show('generic list', lambda: (GenList[int], GenList([1]) + [2], GenList.__mro__))
show('generic dict', lambda: (GenDict[str, int], GenDict(a=1), GenDict.__orig_bases__))
show('generic error', lambda: (GenError[int], GenError('x').args))
show('generic str int', lambda: (GenStr('ab').upper(), GenInt(3) + 1, GenFirst([5])))
class SlottedTuple(tuple):
    __slots__ = ()
SlottedTuple.__bases__ = (tuple, Generic)
show('bases with Generic', lambda: SlottedTuple.__mro__)
class GenNamed[T](typing.NamedTuple):
    a: T
    b: int = 0
    def total(self):
        return self.a + self.b
show('generic namedtuple', lambda: (GenNamed(1, 2).total(), GenNamed[int], GenNamed._fields, GenNamed.__mro__))
