// Checks dir() against CPython 3.14 where built-in types are involved: __doc__ is always listed (every
// type's dict holds it in CPython, object's included), and bound methods have __get__ (returning
// themselves). Expected lines printed by pyodide 3.14.2.
import { describe } from 'vitest';
import { describeProgram } from '../vm/describe_program.js';

const PROGRAM = String.raw`import types
class A:
    def f(self): return self
m = A().f
print('__doc__' in dir(1), '__doc__' in dir([]), '__doc__' in dir(int), '__doc__' in dir(object), '__doc__' in dir(object()))
print(dir(types.SimpleNamespace(a=1)))
print([n for n in dir(m) if n.startswith('__g')], '__doc__' in dir(m), '__doc__' in dir(len))
print(m.__get__(1) is m, m.__get__(None, int) is m)
class B:
    g = m
print(B().g is m, B.g is m)
try:
    m.__get__()
except TypeError as e:
    print(e)
print(type(m).__get__)
`;

const EXPECTED = String.raw`True True True True True
['__class__', '__delattr__', '__dict__', '__dir__', '__doc__', '__eq__', '__format__', '__ge__', '__getattribute__', '__getstate__', '__gt__', '__hash__', '__init__', '__init_subclass__', '__le__', '__lt__', '__ne__', '__new__', '__reduce__', '__reduce_ex__', '__replace__', '__repr__', '__setattr__', '__sizeof__', '__str__', '__subclasshook__', 'a']
['__ge__', '__get__', '__getattribute__', '__getstate__', '__gt__'] True True
True True
True True
__get__ expected at least 1 argument, got 0
<slot wrapper '__get__' of 'method' objects>
`;

describe('dir_builtin_names', () => {
  describeProgram('dir_builtin_names', PROGRAM, EXPECTED);
});
