# The array module: typed arrays of numbers and characters, their sequence protocol, byte conversions,
# the buffer protocol and errors. Item sizes that depend on the word size ('l', 'L') are not printed.
import array
import copy
import os
import pickle


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


print('typecodes', array.typecodes, array.ArrayType is array.array)
for code in 'bBhHiIqQfdw':
    a = array.array(code)
    print(code, a.typecode, a.itemsize, repr(a), len(a))
print('l/L', array.array('l').itemsize == array.array('L').itemsize)

# ---- construction ----
show('ints', lambda: array.array('i', [1, 2, 3]))
show('from tuple', lambda: array.array('h', (4, 5)))
show('from range', lambda: array.array('B', range(5)))
show('from gen', lambda: array.array('q', (x * x for x in range(4))))
show('from bytes', lambda: array.array('B', b'\x01\x02\xff'))
show('from bytes h', lambda: array.array('h', b'\x01\x00\x02\x00'))
show('from bytes bad len', lambda: array.array('h', b'\x01\x00\x02'))
show('from bytearray', lambda: array.array('b', bytearray(b'\xff\x7f')))
show('from array', lambda: array.array('d', array.array('i', [1, 2])))
show('from w array', lambda: array.array('i', array.array('w', 'ab')))
show('w from str', lambda: array.array('w', 'héllo😀'))
show('str for int', lambda: array.array('i', 'abc'))
show('floats', lambda: array.array('d', [1, 2.5, -0.0, float('inf')]))
show('f rounding', lambda: array.array('f', [0.1, 1e40, 3.5]).tolist())
show('bad typecode', lambda: array.array('x'))
show('typecode int', lambda: array.array(1))
show('typecode long str', lambda: array.array('ii'))
show('no args', lambda: array.array())
show('too many', lambda: array.array('i', [], 3))
show('kwargs', lambda: array.array('i', initializer=[1]))
show('not iterable', lambda: array.array('i', 5))

# ---- range errors ----
for code, vals in [('b', [-129, 128, -128, 127]), ('B', [-1, 256, 255]), ('h', [-32769, 32768]),
                   ('H', [-1, 65536]), ('i', [2**31 - 1]), ('I', [-1, 2**32 - 1]),
                   ('q', [-2**63 - 1, 2**63, 2**63 - 1]), ('Q', [-1, 2**64, 2**64 - 1]),
                   ('l', [2**70]), ('L', [-1])]:
    for v in vals:
        try:
            a = array.array(code, [v])
            print('ok', code, v, a[0])
        except Exception as e:
            print('err', code, v, type(e).__name__, e)
show('float in int', lambda: array.array('i', [1.5]))
show('str in int', lambda: array.array('i', ['1']))
show('str in float', lambda: array.array('d', ['1']))
show('int in w', lambda: array.array('w', [1]))
show('long str in w', lambda: array.array('w', ['ab']))
show('bool in i', lambda: array.array('i', [True, False]))
show('index obj', lambda: array.array('i', [__import__('fractions').Fraction(3, 1).numerator]))


class Idx:
    def __index__(self):
        return 7

show('__index__', lambda: array.array('i', [Idx()]))

# ---- sequence ops ----
a = array.array('i', [1, 2, 3, 4, 5])
print('getitem', a[0], a[-1], a[1:3], a[::2], a[::-1], a[10:])
show('getitem oob', lambda: a[5])
show('getitem bad', lambda: a['x'])
a[0] = 10
a[-1] = 50
print('setitem', a)
show('setitem oob', lambda: a.__setitem__(9, 1))
show('setitem overflow', lambda: a.__setitem__(0, 2**70))
a[1:3] = array.array('i', [7, 8, 9])
print('slice assign', a)
show('slice assign list', lambda: a.__setitem__(slice(0, 1), [1]))
show('slice assign other code', lambda: a.__setitem__(slice(0, 1), array.array('h', [1])))
a[::2] = array.array('i', [0, 0, 0])
print('ext slice assign', a)
show('ext slice bad size', lambda: a.__setitem__(slice(None, None, 2), array.array('i', [1])))
del a[0]
print('del', a)
del a[::2]
print('del ext', a)
del a[0:1]
print('del slice', a)
show('del oob', lambda: a.__delitem__(10))
b = array.array('i', [3, 1, 3, 2])
print('count', b.count(3), b.count(9), 'index', b.index(3), b.index(3, 1), b.index(2, -2))
show('index missing', lambda: b.index(9))
show('index range', lambda: b.index(1, 2))
print('contains', 3 in b, 9 in b, 'x' in b)
b.append(6)
b.insert(0, 0)
b.insert(100, 7)
b.insert(-100, -1)
print('append insert', b)
print('pop', b.pop(), b.pop(0), b.pop(-2), b)
show('pop empty', lambda: array.array('i').pop())
show('pop oob', lambda: b.pop(50))
b.remove(3)
print('remove', b)
show('remove missing', lambda: b.remove(99))
b.reverse()
print('reverse', b)
b.extend([9, 8])
b.extend(array.array('i', [7]))
b.extend(x for x in (1, 2))
print('extend', b)
show('extend other code', lambda: b.extend(array.array('d', [1.0])))
show('extend bad', lambda: b.extend(5))
show('append bad', lambda: b.append('x'))
print('len', len(b), 'list', b.tolist(), list(b), 'sum', sum(b))
print('iter', [x for x in array.array('d', [1.5, 2.5])])

# ---- arithmetic ----
c = array.array('h', [1, 2])
print('add', c + array.array('h', [3]), 'mul', c * 2, 2 * c, c * 0, c * -1)
show('add list', lambda: c + [1])
show('add other code', lambda: c + array.array('i', [1]))
c += array.array('h', [5])
print('iadd', c)
c *= 2
print('imul', c)
show('iadd list', lambda: c.__iadd__([1]))

# ---- comparisons ----
x = array.array('i', [1, 2, 3])
print('eq', x == array.array('i', [1, 2, 3]), x == array.array('d', [1.0, 2.0, 3.0]), x == [1, 2, 3])
print('lt', x < array.array('i', [1, 2, 4]), x < array.array('i', [1, 2]), x >= array.array('h', [1, 2, 3]))
print('ne', x != array.array('i', [1]), array.array('w', 'ab') < array.array('w', 'b'))
show('lt list', lambda: x < [1])
show('hash', lambda: hash(x))

# ---- bytes ----
d = array.array('H', [1, 256, 65535])
print('tobytes', d.tobytes())
d.byteswap()
print('byteswap', d, d.tobytes())
d.frombytes(b'\x02\x00')
print('frombytes', d)
show('frombytes bad', lambda: d.frombytes(b'\x01'))
show('frombytes str', lambda: d.frombytes('ab'))
e = array.array('d', [1.5])
print('d bytes', e.tobytes(), array.array('f', [1.5]).tobytes())
e.byteswap()
print('d swapped', e.tobytes())
show('b byteswap', lambda: (lambda t: (t.byteswap(), t)[1])(array.array('b', [1, -2])))
print('bytes()', bytes(memoryview(array.array('h', [1, 2]))), bytearray(memoryview(array.array('b', [1, -1]))))
m = memoryview(array.array('i', [1, 2, 3]))
print('memoryview', m.format, m.itemsize, m.nbytes, m.tolist(), m[1], m.readonly)
arr = array.array('B', [1, 2, 3])
mv = memoryview(arr)
mv[0] = 9
print('mv write', arr)
print('fromlist', array.array('i').fromlist([1, 2]) is None)
f = array.array('i')
f.fromlist([4, 5])
print('fromlist result', f)
show('fromlist bad', lambda: f.fromlist((1, 2)))
show('fromlist partial', lambda: (f.fromlist([6, 'x']), f)[1])
print('after partial', f)

# ---- unicode ----
u = array.array('w', 'abc')
print('w', u, u[0], u.tounicode(), u.itemsize)
u.fromunicode('dé')
u.append('😀')
print('w more', u, len(u), u.tounicode())
show('fromunicode on i', lambda: array.array('i').fromunicode('a'))
show('tounicode on i', lambda: array.array('i').tounicode())
show('fromunicode bytes', lambda: u.fromunicode(b'x'))
print('w bytes', array.array('w', 'A').tobytes())

# ---- copy / pickle / repr ----
g = array.array('d', [1.0, 2.0])
h = copy.copy(g)
h[0] = 9.0
print('copy', g, h, copy.deepcopy(g))
# (protocol 3 and later pickle through array._array_reconstructor, a builtin function)
print('pickle', pickle.loads(pickle.dumps(g, 2)), pickle.loads(pickle.dumps(array.array('w', 'hi'), 2)))
print('reduce_ex 2', array.array('w', 'hi').__reduce_ex__(2), g.__reduce_ex__(1))
r4 = array.array('h', [1, -2]).__reduce_ex__(4)
print('reduce_ex 4', r4[0].__name__, r4[1][1:], r4[2])
print('reconstruct', r4[0](*r4[1]), array._array_reconstructor(array.array, 'i', 9, b'\x00\x00\x00\x05').tolist())
show('reconstruct bad', lambda: array._array_reconstructor(array.array, 'i', 99, b''))
show('reconstruct bad type', lambda: array._array_reconstructor(int, 'i', 8, b''))
print('repr', repr(array.array('b')), str(array.array('f', [0.5])), repr(array.array('w', "it's")))
print('type', type(g).__name__, type(g).__module__, array.array.__name__)
print('class_getitem', array.array[int])


class MyArr(array.array):
    pass

s = MyArr('i', [1, 2])
print('subclass', s, type(s).__name__, s + s, type(s + s).__name__, isinstance(s, array.array))

# ---- files ----
path = 'array_module_tmp.bin'
with open(path, 'wb') as fh:
    array.array('h', [1, 2, 3]).tofile(fh)
with open(path, 'rb') as fh:
    r = array.array('h')
    r.fromfile(fh, 2)
    print('fromfile', r)
    show('fromfile eof', lambda: r.fromfile(fh, 5))
    print('after eof', r)
show('fromfile neg', lambda: r.fromfile(open(path, 'rb'), -1))
os.remove(path)
print('buffer_info', type(array.array('i', [1]).buffer_info()), array.array('i', [1, 2]).buffer_info()[1])
