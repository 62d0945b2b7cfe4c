// The _typing module's objects used without typing.py: TypeVar, ParamSpec (and P.args/P.kwargs),
// TypeVarTuple, NoDefault, _ConstEvaluator, TypeAliasType, Generic and _idfunc - attributes, reprs,
// argument errors with CPython's messages, `|`, defaults and their lazy evaluators.
import { describe } from 'vitest';
import { describeProgram } from '../vm/describe_program.js';

const PROGRAM = String.raw`from _typing import TypeVar, ParamSpec, TypeVarTuple, ParamSpecArgs, ParamSpecKwargs, TypeAliasType, Generic, Union, NoDefault, _idfunc
import _typing
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
T = TypeVar('T')
show('typevar', lambda: (T, T.__name__, T.__module__, T.__bound__, T.__constraints__, T.__covariant__, T.__contravariant__, T.__infer_variance__, T.__default__, T.has_default()))
show('variance', lambda: (TypeVar('A', covariant=True), TypeVar('B', contravariant=True), TypeVar('C', infer_variance=True)))
show('constraints', lambda: TypeVar('S', int, str).__constraints__)
show('default', lambda: (TypeVar('D', default=int).__default__, TypeVar('D', default=None).__default__, TypeVar('D', default=None).has_default()))
show('evaluators', lambda: (T.evaluate_bound, T.evaluate_constraints, T.evaluate_default, TypeVar('S', int, str).evaluate_constraints))
ev = TypeVar('S', int, list[int]).evaluate_constraints
show('constevaluator', lambda: (ev(1), ev(4), type(ev).__name__, type(ev).__module__, TypeVar('D', default=int).evaluate_default(4), TypeVar('D', default=(int,)).evaluate_default(4)))
show('constevaluator args', lambda: ev())
show('constevaluator kw', lambda: ev(format=1))
show('constevaluator type', lambda: ev('1'))
show('constevaluator new', lambda: type(ev)())
show('single constraint', lambda: TypeVar('T', int))
show('bivariant', lambda: TypeVar('T', covariant=True, contravariant=True))
show('infer+variance', lambda: TypeVar('T', covariant=True, infer_variance=True))
show('name type', lambda: TypeVar(3))
show('no name', lambda: TypeVar())
show('bad kw', lambda: TypeVar('T', foo=1))
show('name twice', lambda: TypeVar('T', name='T'))
show('name kw', lambda: TypeVar(name='U'))
show('readonly', lambda: setattr(T, '__name__', 'x'))
show('own attr', lambda: (setattr(T, 'extra', 1), T.extra))
show('no dict', lambda: T.__dict__)
show('reduce', lambda: (T.__reduce__(), TypeVar.__module__, TypeVar.__name__, TypeVar.__qualname__))
show('mro_entries', lambda: T.__mro_entries__(()))
show('mro_entries args', lambda: T.__mro_entries__())
show('has_default args', lambda: T.has_default(1))
show('subclass TypeVar', lambda: type('X', (TypeVar,), {}))
show('eq hash', lambda: (T == T, T == TypeVar('T'), hash(T) == hash(T)))
show('or', lambda: (T | int, int | T, T | None, type(T | int)))
P = ParamSpec('P')
show('paramspec', lambda: (P, P.__name__, P.__bound__, P.__default__, P.has_default(), ParamSpec('Q', covariant=True), P.__module__))
show('args kwargs', lambda: (P.args, P.kwargs, P.args.__origin__ is P, P.args == P.args, P.args == P.kwargs, P.args != P.args, type(P.args).__name__))
show('args unhashable', lambda: hash(P.args))
show('ParamSpecArgs()', lambda: (ParamSpecArgs(T), ParamSpecKwargs(3), ParamSpecArgs(origin=P)))
show('ParamSpecArgs bad', lambda: ParamSpecArgs(1, 2))
show('ParamSpecArgs none', lambda: ParamSpecArgs())
show('paramspec positional', lambda: ParamSpec('P', 1))
show('args mro', lambda: P.args.__mro_entries__(()))
Ts = TypeVarTuple('Ts')
show('typevartuple', lambda: (Ts, Ts.__name__, Ts.__default__, Ts.has_default(), TypeVarTuple('Us', default=int).__default__, Ts.__module__))
show('typevartuple bound', lambda: TypeVarTuple('Ts', bound=int))
show('typevartuple subst', lambda: Ts.__typing_subst__(int))
show('typevartuple or', lambda: Ts | int)
show('NoDefault', lambda: (NoDefault, type(NoDefault), type(NoDefault)() is NoDefault, NoDefault.__reduce__(), type(NoDefault).__module__))
show('NoDefault args', lambda: type(NoDefault)(1))
A = TypeAliasType('A', int)
show('alias', lambda: (A, A.__name__, A.__value__, A.__module__, A.__type_params__, A.__parameters__, A.evaluate_value, A.evaluate_value(4), A.__reduce__()))
show('alias or', lambda: (A | None, int | A, type(A | None)))
show('alias getitem', lambda: A[int])
G = TypeAliasType('G', list[T], type_params=(T,))
show('generic alias', lambda: (G, G[int], G[int].__origin__ is G, G.__parameters__, G.__type_params__))
show('alias module', lambda: setattr(A, '__module__', 'elsewhere'))
show('alias params type', lambda: TypeAliasType('X', int, type_params=[T]))
show('alias not param', lambda: TypeAliasType('X', int, type_params=(int,)))
show('alias default order', lambda: TypeAliasType('X', int, type_params=(TypeVar('D', default=int), T)))
show('alias args', lambda: TypeAliasType('X', int, 3))
show('alias args2', lambda: TypeAliasType('X'))
show('alias kw', lambda: TypeAliasType(name='X', value=int))
show('alias name', lambda: TypeAliasType(1, int))
show('generic', lambda: (Generic, Generic.__module__, Generic.__mro__, type(Generic()).__name__))
show('union', lambda: (Union is type(int | str), Union[int, str] if False else 1))
show('idfunc', lambda: (_idfunc(5), _idfunc.__name__, _idfunc.__module__))
show('idfunc args', lambda: _idfunc(1, 2))
show('module', lambda: (_typing.__name__, _typing.__doc__))
`;

// Printed by CPython 3.14 (pyodide 3.14.2) for PROGRAM.
const EXPECTED = String.raw`typevar (~T, 'T', '__main__', None, (), False, False, False, typing.NoDefault, False)
variance (+A, -B, C)
constraints (<class 'int'>, <class 'str'>)
default (<class 'int'>, None, True)
evaluators (None, None, <constevaluator typing.NoDefault>, <constevaluator (<class 'int'>, <class 'str'>)>)
constevaluator ((<class 'int'>, list[int]), '(int, list[int])', '_ConstEvaluator', '_typing', 'int', '(int)')
constevaluator args TypeError constevaluator.__call__() takes exactly 1 argument (0 given)
constevaluator kw TypeError constevaluator.__call__() takes no keyword arguments
constevaluator type TypeError 'str' object cannot be interpreted as an integer
constevaluator new TypeError cannot create '_typing._ConstEvaluator' instances
single constraint TypeError A single constraint is not allowed
bivariant ValueError Bivariant types are not supported.
infer+variance ValueError Variance cannot be specified with infer_variance.
name type TypeError typevar() argument 'name' must be str, not int
no name TypeError typevar() missing required argument 'name' (pos 1)
bad kw TypeError typevar() got an unexpected keyword argument 'foo'
name twice TypeError argument for typevar() given by name ('name') and position (1)
name kw ~U
readonly AttributeError readonly attribute
own attr (None, 1)
no dict AttributeError 'typing.TypeVar' object has no attribute '__dict__'
reduce ('T', 'typing', 'TypeVar', 'TypeVar')
mro_entries TypeError Cannot subclass an instance of TypeVar
mro_entries args TypeError TypeVar.__mro_entries__() takes exactly one argument (0 given)
has_default args TypeError TypeVar.has_default() takes no arguments (1 given)
subclass TypeVar TypeError type 'typing.TypeVar' is not an acceptable base type
eq hash (True, False, True)
or (~T | int, int | ~T, ~T | None, <class 'typing.Union'>)
paramspec (~P, 'P', <class 'NoneType'>, typing.NoDefault, False, +Q, '__main__')
args kwargs (P.args, P.kwargs, True, True, False, False, 'ParamSpecArgs')
args unhashable TypeError unhashable type: 'typing.ParamSpecArgs'
ParamSpecArgs() (~T.args, 3.kwargs, P.args)
ParamSpecArgs bad TypeError paramspecargs() takes at most 1 argument (2 given)
ParamSpecArgs none TypeError paramspecargs() missing required argument 'origin' (pos 1)
paramspec positional TypeError paramspec() takes exactly 1 positional argument (2 given)
args mro TypeError Cannot subclass an instance of ParamSpecArgs
typevartuple (Ts, 'Ts', typing.NoDefault, False, <class 'int'>, '__main__')
typevartuple bound TypeError typevartuple() got an unexpected keyword argument 'bound'
typevartuple subst TypeError Substitution of bare TypeVarTuple is not supported
typevartuple or TypeError unsupported operand type(s) for |: 'typing.TypeVarTuple' and 'type'
NoDefault (typing.NoDefault, <class 'NoDefaultType'>, True, 'NoDefault', 'builtins')
NoDefault args TypeError NoDefaultType takes no arguments
alias (A, 'A', <class 'int'>, '__main__', (), (), <constevaluator <class 'int'>>, 'int', 'A')
alias or (A | None, int | A, <class 'typing.Union'>)
alias getitem TypeError Only generic type aliases are subscriptable
generic alias (G, G[int], True, (~T,), (~T,))
alias module AttributeError attribute '__module__' of 'typing.TypeAliasType' objects is not writable
alias params type TypeError type_params must be a tuple
alias not param TypeError Expected a type param, got <class 'int'>
alias default order TypeError non-default type parameter '~T' follows default type parameter
alias args TypeError typealias() takes exactly 2 positional arguments (3 given)
alias args2 TypeError typealias() missing required argument 'value' (pos 2)
alias kw X
alias name TypeError typealias() argument 'name' must be str, not int
generic (<class 'typing.Generic'>, 'typing', (<class 'typing.Generic'>, <class 'object'>), 'Generic')
union (True, 1)
idfunc (5, '_idfunc', '_typing')
idfunc args TypeError _typing._idfunc() takes exactly one argument (2 given)
module ('_typing', 'Primitives and accelerators for the typing module.\n')
`;

describe('_typing objects', () => {
  describeProgram('_typing objects', PROGRAM, EXPECTED);
});
