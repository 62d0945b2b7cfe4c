// Checks builtins.sum (exact-int, compensated float and complex paths, the refusals of str/bytes/bytearray
// starts), ord() of str subclasses and bytes, map(strict=True) and isinstance/issubclass with unions and
// generic aliases against CPython 3.14: the expected lines were printed by CPython (pyodide 3.14.2).
import { describe } from 'vitest';
import { describeProgram } from '../vm/describe_program.js';

const PROGRAM = String.raw`def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
show('sum floats compensated', lambda: (sum([0.1] * 10), sum([1e16, 1, 1, 1, 1]), sum([1, 1, 1, 1], 1e16), sum([1e308, 1e308, -1e308]), sum([-0.0]), sum([-0.0], -0.0)))
show('sum complex compensated', lambda: (sum([0.1] * 10, 0j), sum([1j, 2.5, 3]), sum([1e16, 1.0, 1.0, 1.0, 1.0], 0j)))
show('sum ints', lambda: (sum(range(101)), sum([2**53, 2**53]), sum([1, 2**80, 0.5]), sum([True, True, 0.5]), sum([0.1, 0.2, 2**70])))
show('sum generic', lambda: (sum([[1], [2]], []), sum([(1,), (2,)], ())))
show('sum str start', lambda: sum(['a'], ''))
show('sum str subclass start', lambda: sum(['a'], type('S', (str,), {})()))
show('sum bytes start', lambda: sum([b'a'], b''))
show('sum bytearray start', lambda: sum([bytearray(b'a')], bytearray()))
show('sum kw', lambda: (sum([1, 2], start=10), sum(iterable=[1])))
show('ord', lambda: (ord('a'), ord('\U0001d11e'), ord(b'x'), ord(bytearray(b'y')), ord(type('S', (str,), {})('q'))))
show('ord long', lambda: ord('ab'))
show('ord empty', lambda: ord(''))
show('ord bytes long', lambda: ord(b'ab'))
show('ord int', lambda: ord(5))
show('map strict ok', lambda: list(map(pow, [1, 2], [3, 4], strict=True)))
show('map strict short', lambda: list(map(pow, [1, 2], [1], strict=True)))
show('map strict long', lambda: list(map(pow, [1], [1, 2], strict=True)))
show('map strict third', lambda: list(map(lambda *a: a, [1, 2], [1, 2], [1], strict=True)))
show('map bad kw', lambda: map(pow, [1], x=1))
show('map two kw', lambda: map(pow, [1], strict=1, x=2))
show('zip strict', lambda: list(zip([1, 2], [1], strict=True)))
show('isinstance union', lambda: (isinstance(1, int | str), isinstance('a', int | str), isinstance(1.0, int | str), issubclass(bool, int | str)))
show('issubclass generic', lambda: issubclass(list, list[int]))
show('memoryview builtin', lambda: (memoryview is type(memoryview(b'')), memoryview(b'abc')[1]))
`;

const EXPECTED = String.raw`sum floats compensated (1.0, 1.0000000000000004e+16, 1.0000000000000004e+16, inf, 0.0, -0.0)
sum complex compensated ((1+0j), (5.5+1j), (1.0000000000000004e+16+0j))
sum ints (5050, 18014398509481984, 1.2089258196146292e+24, 2.5, 1.1805916207174113e+21)
sum generic ([1, 2], (1, 2))
sum str start TypeError sum() can't sum strings [use ''.join(seq) instead]
sum str subclass start TypeError sum() can't sum strings [use ''.join(seq) instead]
sum bytes start TypeError sum() can't sum bytes [use b''.join(seq) instead]
sum bytearray start TypeError sum() can't sum bytearray [use b''.join(seq) instead]
sum kw TypeError sum() takes at least 1 positional argument (0 given)
ord (97, 119070, 120, 121, 113)
ord long TypeError ord() expected a character, but string of length 2 found
ord empty TypeError ord() expected a character, but string of length 0 found
ord bytes long TypeError ord() expected a character, but string of length 2 found
ord int TypeError ord() expected string of length 1, but int found
map strict ok [1, 16]
map strict short ValueError map() argument 2 is shorter than argument 1
map strict long ValueError map() argument 2 is longer than argument 1
map strict third ValueError map() argument 3 is shorter than arguments 1-2
map bad kw TypeError map() got an unexpected keyword argument 'x'
map two kw TypeError map() takes at most 1 keyword argument (2 given)
zip strict ValueError zip() argument 2 is shorter than argument 1
isinstance union (True, True, False, True)
issubclass generic TypeError issubclass() argument 2 cannot be a parameterized generic
memoryview builtin (True, 98)
`;

describe('builtins_functions', () => {
  describeProgram('builtins_functions', PROGRAM, EXPECTED);
});
