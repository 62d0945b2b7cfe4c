// Checks the _operator module against CPython 3.14: the functions operator.py takes from it, argument
// errors ("add expected 2 arguments, got 1", "_operator.add() takes no keyword arguments"), index() and
// length_hint() messages, _compare_digest, and itemgetter/attrgetter/methodcaller calls, reprs and
// __reduce__. The expected lines were printed by CPython 3.14.2 (pyodide) for the same program.
import { describe } from 'vitest';
import { expectLines } from './io_harness.js';

const PROGRAM = String.raw`import _operator
print(sorted(k for k in dir(_operator) if not k.startswith('__')))
print(_operator.__doc__)
print(type(_operator.add), _operator.itemgetter, _operator.itemgetter.__module__)
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
import operator as op
show('index float', lambda: op.index(1.5))
show('index', lambda: op.index(True))
show('ig repr', lambda: repr(op.itemgetter(1, 'a')))
show('ig repr1', lambda: repr(op.itemgetter(1)))
show('ag repr', lambda: repr(op.attrgetter('a.b', 'c')))
show('mc repr', lambda: repr(op.methodcaller('foo', 1, x=2)))
show('mc repr0', lambda: repr(op.methodcaller('foo')))
show('ig noargs', lambda: op.itemgetter())
show('ag noargs', lambda: op.attrgetter())
show('ag int', lambda: op.attrgetter(1))
show('mc noargs', lambda: op.methodcaller())
show('mc int', lambda: op.methodcaller(1))
show('ig kw', lambda: op.itemgetter(1, x=1))
show('ig call', lambda: op.itemgetter(1)([1,2,3]))
show('ig call2', lambda: op.itemgetter(1, 0)('ab'))
show('ig callkw', lambda: op.itemgetter(1)([1,2], x=1))
show('ig call0', lambda: op.itemgetter(1)())
show('ag call', lambda: op.attrgetter('real', 'imag')(3))
show('ag miss', lambda: op.attrgetter('x.y')(3))
show('mc call', lambda: op.methodcaller('split', ',', maxsplit=1)('a,b,c'))
show('length_hint', lambda: (op.length_hint([1,2]), op.length_hint(iter([1,2,3])), op.length_hint(3, 7)))
show('length_hint bad', lambda: op.length_hint([], 'x'))
class LH:
    def __length_hint__(self): return -1
show('length_hint neg', lambda: op.length_hint(LH()))
class LH2:
    def __length_hint__(self): return 'a'
show('length_hint str', lambda: op.length_hint(LH2()))
class LH3:
    def __length_hint__(self): return NotImplemented
show('length_hint NI', lambda: op.length_hint(LH3(), 5))
show('cd', lambda: (op._compare_digest(b'a', b'a'), _operator._compare_digest('ab', 'ac')))
show('cd mix', lambda: _operator._compare_digest('ab', b'ac'))
show('cd nonascii', lambda: _operator._compare_digest('é', 'é'))
show('cd int', lambda: _operator._compare_digest(1, 2))
show('concat', lambda: op.concat(1, 2))
show('concat2', lambda: op.concat([1], (2,)))
show('iconcat', lambda: op.iconcat(1, 2))
show('countOf', lambda: (op.countOf([1,2,1], 1), op.indexOf([1,2], 2)))
show('indexOf miss', lambda: op.indexOf([1,2], 3))
show('call', lambda: op.call(max, 1, 2, key=None))
show('call0', lambda: op.call())
show('add args', lambda: op.add(1))
show('add kw', lambda: op.add(1, b=2))
show('truth', lambda: (op.truth([]), op.not_(0), op.is_(None, None), op.is_none(None), op.is_not_none(1)))
show('neg', lambda: (op.neg(3), op.pos(-2), op.inv(5), op.invert(5), op.abs(-3)))
show('pow', lambda: (op.pow(2, 10), op.ipow(2, 3), op.matmul))
show('getitem', lambda: (op.getitem([1,2], 1), op.setitem, op.delitem))
show('ig pickle', lambda: op.itemgetter(1, 2).__reduce__())
show('ag pickle', lambda: op.attrgetter('a.b', 'c').__reduce__())
show('mc pickle', lambda: op.methodcaller('f', 1, k=2).__reduce__())
show('mc pickle0', lambda: op.methodcaller('f', 1).__reduce__())
show('ag dot', lambda: op.attrgetter('a..b'))
show('ag bad', lambda: op.attrgetter('.a')(1))
show('types', lambda: (type(op.itemgetter(1)), type(op.attrgetter('a')), type(op.methodcaller('a'))))
show('lt', lambda: op.lt(1, 'a'))
show('ig vectorcall', lambda: op.itemgetter(slice(0,2))('abc'))
show('mc bad kw', lambda: op.methodcaller('f', **{'a':1})(1))
show('fields', lambda: (op.add(2, 3), op.sub(2, 3), op.mul('a', 3), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 3), op.and_(6, 3), op.or_(6, 3), op.xor(6, 3), op.lshift(1, 5), op.rshift(64, 2)))
show('cmp', lambda: (op.lt(1, 2), op.le(2, 2), op.eq(1, 1.0), op.ne(1, 2), op.gt(3, 2), op.ge(1, 2)))
def inplace():
    a = [1]; b = op.iadd(a, [2]); c = op.iconcat(a, (3,)); s = op.iadd('x', 'y')
    return a, b is a, c is a, s, op.imul([0], 3), op.ipow(3, 2), op.imatmul
show('inplace', inplace)
class M:
    def __matmul__(self, o): return 'matmul'
    def __imatmul__(self, o): return 'imatmul'
show('matmul', lambda: (op.matmul(M(), 1), op.imatmul(M(), 1)))
show('contains', lambda: (op.contains([1, 2], 2), op.contains('abc', 'z')))
show('setitem delitem', lambda: (lambda d: (op.setitem(d, 'k', 1), op.delitem(d, 'a'), d))({'a': 0}))
show('ag nested', lambda: op.attrgetter('real.numerator', 'imag')(7))
show('ig dict', lambda: op.itemgetter('a', 'b')({'a': 1, 'b': 2}))
show('mc kwargs order', lambda: repr(op.methodcaller('m', 1, 'two', b=2, a=1)))
show('is', lambda: (op.is_(1, 1), op.is_not([], []), op.is_none(0)))
show('index big', lambda: op.index(2**70))
show('neg str', lambda: op.neg('a'))
show('abs str', lambda: op.abs('a'))
show('length_hint default', lambda: (op.length_hint(object()), op.length_hint(object(), 3)))
show('operator module uses C', lambda: (op.add is _operator.add, op.itemgetter is _operator.itemgetter, op.__lt__ is _operator.lt))
`;

const EXPECTED = String.raw`['_compare_digest', 'abs', 'add', 'and_', 'attrgetter', 'call', 'concat', 'contains', 'countOf', 'delitem', 'eq', 'floordiv', 'ge', 'getitem', 'gt', 'iadd', 'iand', 'iconcat', 'ifloordiv', 'ilshift', 'imatmul', 'imod', 'imul', 'index', 'indexOf', 'inv', 'invert', 'ior', 'ipow', 'irshift', 'is_', 'is_none', 'is_not', 'is_not_none', 'isub', 'itemgetter', 'itruediv', 'ixor', 'le', 'length_hint', 'lshift', 'lt', 'matmul', 'methodcaller', 'mod', 'mul', 'ne', 'neg', 'not_', 'or_', 'pos', 'pow', 'rshift', 'setitem', 'sub', 'truediv', 'truth', 'xor']
Operator interface.

This module exports a set of functions implemented in C corresponding
to the intrinsic operators of Python.  For example, operator.add(x, y)
is equivalent to the expression x+y.  The function names are those
used for special methods; variants without leading and trailing
'__' are also provided for convenience.
<class 'builtin_function_or_method'> <class 'operator.itemgetter'> operator
index float TypeError 'float' object cannot be interpreted as an integer
index 1
ig repr "operator.itemgetter(1, 'a')"
ig repr1 'operator.itemgetter(1)'
ag repr "operator.attrgetter('a.b', 'c')"
mc repr "operator.methodcaller('foo', 1, x=2)"
mc repr0 "operator.methodcaller('foo')"
ig noargs TypeError itemgetter expected 1 argument, got 0
ag noargs TypeError attrgetter expected 1 argument, got 0
ag int TypeError attribute name must be a string
mc noargs TypeError methodcaller needs at least one argument, the method name
mc int TypeError method name must be a string
ig kw TypeError itemgetter() takes no keyword arguments
ig call 2
ig call2 ('b', 'a')
ig callkw TypeError itemgetter() takes no keyword arguments
ig call0 TypeError itemgetter expected 1 argument, got 0
ag call (3, 0)
ag miss AttributeError 'int' object has no attribute 'x'
mc call ['a', 'b,c']
length_hint (2, 3, 7)
length_hint bad TypeError 'str' object cannot be interpreted as an integer
length_hint neg ValueError __length_hint__() should return >= 0
length_hint str TypeError __length_hint__ must be an integer, not str
length_hint NI 5
cd AttributeError module 'operator' has no attribute '_compare_digest'
cd mix TypeError a bytes-like object is required, not 'str'
cd nonascii TypeError comparing strings with non-ASCII characters is not supported
cd int TypeError unsupported operand types(s) or combination of types: 'int' and 'int'
concat TypeError 'int' object can't be concatenated
concat2 TypeError can only concatenate list (not "tuple") to list
iconcat TypeError 'int' object can't be concatenated
countOf (2, 1)
indexOf miss ValueError sequence.index(x): x not in sequence
call 2
call0 TypeError call expected at least 1 argument, got 0
add args TypeError add expected 2 arguments, got 1
add kw TypeError _operator.add() takes no keyword arguments
truth (False, True, True, True, True)
neg (-3, -2, -6, -6, 3)
pow (1024, 8, <built-in function matmul>)
getitem (2, <built-in function setitem>, <built-in function delitem>)
ig pickle (<class 'operator.itemgetter'>, (1, 2))
ag pickle (<class 'operator.attrgetter'>, ('a.b', 'c'))
mc pickle (functools.partial(<class 'operator.methodcaller'>, 'f', k=2), (1,))
mc pickle0 (<class 'operator.methodcaller'>, ('f', 1))
ag dot operator.attrgetter('a..b')
ag bad AttributeError 'int' object has no attribute ''
types (<class 'operator.itemgetter'>, <class 'operator.attrgetter'>, <class 'operator.methodcaller'>)
lt TypeError '<' not supported between instances of 'int' and 'str'
ig vectorcall 'ab'
mc bad kw AttributeError 'int' object has no attribute 'f'
fields (5, -1, 'aaa', 3.5, 3, 1, 2, 7, 5, 32, 16)
cmp (True, True, True, True, True, False)
inplace ([1, 2, 3], True, True, 'xy', [0, 0, 0], 9, <built-in function imatmul>)
matmul ('matmul', 'imatmul')
contains (True, False)
setitem delitem (None, None, {'k': 1})
ag nested (7, 0)
ig dict (1, 2)
mc kwargs order "operator.methodcaller('m', 1, 'two', b=2, a=1)"
is (True, True, False)
index big 1180591620717411303424
neg str TypeError bad operand type for unary -: 'str'
abs str TypeError bad operand type for abs(): 'str'
length_hint default (0, 3)
operator module uses C (True, True, True)
`;

describe('_operator', () => {
  expectLines(PROGRAM, EXPECTED, { seeking: false });
});
