// Checks the native _abc module (what abc.ABCMeta runs on) against CPython 3.14: typing's runtime protocol
// checks (which trust only calls coming from the abc module), _abc_impl, abstract methods, register() and
// the cache token, subclass hooks, the errors, and __abc_tpflags__. Expected lines printed by pyodide 3.14.2.
import { describe } from 'vitest';
import { describeProgram } from '../vm/describe_program.js';

const PROGRAM = String.raw`import abc, _abc, typing
from collections.abc import Sequence, Mapping, Iterable, Sized, Hashable
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
@typing.runtime_checkable
class HasName(typing.Protocol):
    name: str
    def greet(self) -> str: ...
class Person:
    def __init__(self): self.name = 'p'
    def greet(self): return 'hi'
show('protocol isinstance', lambda: (isinstance(Person(), HasName), isinstance(3, HasName)))
show('protocol issubclass', lambda: issubclass(Person, HasName))
show('impl', lambda: (type(Sequence._abc_impl).__name__, sorted(k for k in vars(Sequence) if k.startswith('_abc'))))
show('tpflags popped', lambda: ('__abc_tpflags__' in vars(Sequence), '__abc_tpflags__' in vars(Mapping)))
class Base(abc.ABC):
    @abc.abstractmethod
    def run(self): ...
    @property
    @abc.abstractmethod
    def size(self): ...
    def helper(self): return 1
class Half(Base):
    def run(self): return 'ran'
class Full(Half):
    size = 3
show('abstracts', lambda: (sorted(Base.__abstractmethods__), sorted(Half.__abstractmethods__), sorted(Full.__abstractmethods__)))
show('instantiate', lambda: Half())
show('full', lambda: Full().run())
t0 = abc.get_cache_token()
class Plain: pass
show('register', lambda: Base.register(Plain) is Plain)
show('token bumped', lambda: abc.get_cache_token() - t0)
show('registered', lambda: (issubclass(Plain, Base), isinstance(Plain(), Base), Plain in Base._abc_registry if hasattr(Base, '_abc_registry') else 'no _abc_registry'))
class PlainChild(Plain): pass
show('registered child', lambda: issubclass(PlainChild, Base))
show('again', lambda: (Base.register(Full) is Full, abc.get_cache_token() - t0))
show('cycle', lambda: Plain.register(Base) if hasattr(Plain, 'register') else Half.register(Base))
show('not class', lambda: Base.register(3))
show('issubclass non-class', lambda: issubclass(3, Base))
show('dump', lambda: [len(s) for s in _abc._get_dump(Base)[:3]])
class Weird(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C): return 'yes'
show('bad hook', lambda: issubclass(int, Weird))
class Duck(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return True if hasattr(C, 'quack') else NotImplemented
class Mallard:
    def quack(self): pass
show('hook', lambda: (issubclass(Mallard, Duck), isinstance(Mallard(), Duck), issubclass(int, Duck)))
show('builtin abcs', lambda: (isinstance([], Sequence), isinstance({}, Mapping), isinstance('s', Iterable), issubclass(list, Hashable), isinstance(3, Sized)))
show('wrong impl', lambda: _abc._abc_subclasscheck(Plain, int))
show('arg count', lambda: _abc._abc_instancecheck(Base))
show('get_cache_token args', lambda: _abc.get_cache_token(1))
show('reset', lambda: (_abc._reset_caches(Duck), _abc._reset_registry(Base), issubclass(Plain, Base)))
show('tpflags both', lambda: type('Both', (abc.ABC,), {'__abc_tpflags__': 1 << 5 | 1 << 6}))
`;

const EXPECTED = String.raw`protocol isinstance (True, False)
protocol issubclass TypeError Protocols with non-method members don't support issubclass(). Non-method members: 'name'.
impl ('_abc_data', ['_abc_impl'])
tpflags popped (False, False)
abstracts (['run', 'size'], ['size'], [])
instantiate TypeError Can't instantiate abstract class Half without an implementation for abstract method 'size'
full 'ran'
register True
token bumped 1
registered (True, True, 'no _abc_registry')
registered child True
again (True, 1)
cycle RuntimeError Refusing to create an inheritance cycle
not class TypeError Can only register classes
issubclass non-class TypeError issubclass() arg 1 must be a class
dump [1, 3, 0]
bad hook AssertionError __subclasshook__ must return either False, True, or NotImplemented
hook (True, True, False)
builtin abcs (True, True, True, False, False)
wrong impl AttributeError type object 'Plain' has no attribute '_abc_impl'
arg count TypeError _abc_instancecheck expected 2 arguments, got 1
get_cache_token args TypeError _abc.get_cache_token() takes no arguments (1 given)
reset (None, None, False)
tpflags both TypeError __abc_tpflags__ cannot be both Py_TPFLAGS_SEQUENCE and Py_TPFLAGS_MAPPING
`;

describe('abc_native', () => {
  describeProgram('abc_native', PROGRAM, EXPECTED);
});
