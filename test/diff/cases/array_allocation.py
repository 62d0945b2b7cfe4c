# array.array's allocation, as __sizeof__ shows it: the capacity CPython's growth policy (array_resize) gives
# after appends, pops, extends, slice assignments and deletions, and the exact sizes of new arrays
# (copies, slices, concatenations, arrays made from lists). Printed in items, not bytes: the header size
# depends on the word size (pyodide is 32-bit).
from array import array
import pickle, copy
base = array('b').__sizeof__()
def alloc(a):
    return (a.__sizeof__() - base) // a.itemsize
out = []
for tc in 'bBhHiIfdqQw':
    a = array(tc)
    row = [alloc(a)]
    for i in range(40):
        a.append(0 if tc != 'w' else 'x')
        row.append(alloc(a))
    out.append((tc, row))
    for k in range(40):
        a.pop()
        row.append(alloc(a))
for tc, row in out: print(tc, row)
print(alloc(array('i', [1,2,3])), alloc(array('i', (1,2,3,4,5))), alloc(array('i', range(5))), alloc(array('i', iter([1]*20))))
print(alloc(array('b', b'abcdef')), alloc(array('b', bytearray(17))), alloc(array('w', 'hello')), alloc(array('w', '')))
a = array('i', [1,2,3]); a.extend([4,5]); print(alloc(a)); a.extend(array('i', [9]*30)); print(alloc(a))
a = array('i', [1,2,3]); a.frombytes(b'\0'*40); print(alloc(a)); a.fromlist([1]*7); print(alloc(a))
try: a.fromlist([1, 'x'])
except TypeError as e: print(e, alloc(a), len(a))
a = array('w', 'ab'); a.fromunicode('cdefghij'); print(alloc(a))
a = array('i', range(100)); print(alloc(a)); del a[10:20]; print(alloc(a)); del a[::3]; print(alloc(a)); a[0:5] = array('i', [7]*40); print(alloc(a))
a.insert(0, 5); print(alloc(a)); a.remove(5); print(alloc(a))
a = array('i', [1,2,3]); a *= 5; print(alloc(a)); a *= 0; print(alloc(a), len(a))
a = array('i', [1,2,3]); a += array('i', [4]); print(alloc(a))
a = array('i', range(30)); print(alloc(a[2:9]), alloc(a[::2]), alloc(a + a), alloc(a * 3), alloc(copy.copy(a)), alloc(copy.deepcopy(a)), alloc(array('i', a)))
print(alloc(pickle.loads(pickle.dumps(a))), alloc(pickle.loads(pickle.dumps(array('f', [1.0, 2.0])))))
a = array('i', range(30)); a.clear(); print(alloc(a), len(a)); a.append(1); print(alloc(a))
class A(array): pass
print(type(copy.copy(A('i', [1]))).__name__, type(A('i',[1])[0:1]).__name__, type(A('i',[1]) + A('i',[2])).__name__)
