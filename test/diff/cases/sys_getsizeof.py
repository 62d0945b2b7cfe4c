# sys.getsizeof: CPython's sizes depend on the word size (pyodide is 32-bit), so this prints only
# relations that hold on every platform: digit counts of ints, bytes per character of each str kind,
# __sizeof__ overrides and what getsizeof adds to them, the default argument, and the errors.
import sys
g = sys.getsizeof

def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

class Sized:
    def __sizeof__(self):
        return 100

class Sized2(Sized):
    pass

class Neg:
    def __sizeof__(self):
        return -1

class FloatSize:
    def __sizeof__(self):
        return 1.5

class BigSize:
    def __sizeof__(self):
        return 2 ** 70

class RaisesType:
    def __sizeof__(self):
        raise TypeError('no size')

class RaisesValue:
    def __sizeof__(self):
        raise ValueError('bad size')

class BoolSize:
    def __sizeof__(self):
        return True

class NoneSize:
    __sizeof__ = None

class IntSub(int):
    pass

class IntSubSize:
    def __sizeof__(self):
        return IntSub(7)

class Plain:
    pass

class WithAttrs:
    def __init__(self):
        self.a = 1
        self.b = 2

# ints: 30-bit digits, zero and the bools as large as one.
show('zero and one', lambda: g(0) == g(1) == g(True) == g(False) == g(-1))
show('one digit', lambda: g(2 ** 30 - 1) == g(1))
show('second digit', lambda: g(2 ** 30) - g(1))
show('third digit', lambda: g(2 ** 60) - g(2 ** 30))
show('negative', lambda: g(-2 ** 60) == g(2 ** 60))
show('big', lambda: g(2 ** 100) > g(1))
show('int method', lambda: (2 ** 30).__sizeof__() - (1).__sizeof__())
# str: one byte per character for ASCII and Latin-1, two for UCS-2, four for UCS-4.
show('ascii char', lambda: g('abc') - g('ab'))
show('latin1 char', lambda: g('\xe9abc') - g('\xe9ab'))
show('ucs2 char', lambda: g('\u0101\u0101') - g('\u0101'))
show('ucs4 char', lambda: g('\U0001f600\U0001f600') - g('\U0001f600'))
show('ascii smaller', lambda: g('abcd') < g('\xe9abc') < g('\u0101abc') < g('\U0001f600abc'))
# bytes and bytearray: one byte per item.
show('bytes', lambda: g(b'abcd') - g(b'abc'))
show('bytearray', lambda: g(bytearray(10)) - g(bytearray(9)))
show('empty bytearray', lambda: g(bytearray()) == g(bytearray(b'')) < g(bytearray(1)))
# containers
show('tuple grows', lambda: g((1, 2)) > g((1,)) > g(()))
show('tuple items', lambda: (g((1, 2, 3)) - g(())) == 3 * (g((1,)) - g(())))
show('list', lambda: g([0] * 10) > g([]))
show('list items', lambda: (g([0] * 8) - g([])) == 2 * (g([0] * 4) - g([])))
show('dict', lambda: g({}) < g({'a': 1}) < g({1: 1}))
show('dict same table', lambda: g({'a': 1}) == g({'a': 1, 'b': 2, 'c': 3}))
show('dict grows', lambda: g({str(i): i for i in range(6)}) > g({str(i): i for i in range(5)}))
show('set small table', lambda: g(set()) == g({1, 2, 3}) == g(frozenset()))
show('set grows', lambda: g(set(range(5))) > g(set(range(4))))
show('object', lambda: g(object()) == object().__sizeof__())
show('instances', lambda: g(Plain()) == g(WithAttrs()))
# __sizeof__ overrides: getsizeof adds the GC header (and the managed __dict__ pointers) to them.
show('override', lambda: (Sized().__sizeof__(), g(Sized()) > 100, g(Sized()) == g(Sized2())))
show('bool result', lambda: g(Sized()) - g(BoolSize()))
show('int subclass result', lambda: g(Sized()) - g(IntSubSize()))
show('negative', lambda: g(Neg()))
show('float result', lambda: g(FloatSize()))
show('huge result', lambda: g(BigSize()))
show('raises TypeError', lambda: g(RaisesType()))
show('raises ValueError', lambda: g(RaisesValue()))
show('not callable', lambda: g(NoneSize()))
# default: returned only when the size cannot be had because of a TypeError.
show('default unused', lambda: g(Sized(), 5) == g(Sized()))
show('default TypeError', lambda: g(RaisesType(), 'dflt'))
show('default not callable', lambda: g(NoneSize(), None))
show('default float', lambda: g(FloatSize(), -1))
show('default ValueError', lambda: g(RaisesValue(), 5))
show('default negative', lambda: g(Neg(), 5))
show('default overflow', lambda: g(BigSize(), 5))
show('keywords', lambda: g(object=Sized(), default=3) == g(Sized()))
show('keyword default', lambda: g(RaisesType(), default=7))
# argument errors
show('no args', lambda: g())
show('three args', lambda: g(1, 2, 3))
show('bad keyword', lambda: g(1, obj=2))
show('only bad keyword', lambda: g(obj=2))
show('twice', lambda: g(1, object=2))
