# Teaching the built-in object model: built-in descriptors are objects too. Calling a
# classmethod_descriptor, method-wrapper.__objclass__, super() as a descriptor, __length_hint__ of
# iterators, the PEP 688 buffer protocol methods, and dir() of the common built-in types.
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, '|', e)
fk = dict.__dict__['fromkeys']
t(lambda: fk(dict, 'ab'))
t(lambda: fk())
t(lambda: fk(1, 'ab'))
t(lambda: fk(int, 'ab'))
class D(dict): pass
t(lambda: fk(D, 'ab', 0))
t(lambda: type(fk(D, 'a')))
t(lambda: callable(fk))
t(lambda: fk.__call__(dict, 'x'))
t(lambda: int.__dict__['from_bytes'](int, b'\x01', 'big'))
t(lambda: (1).__add__.__objclass__)
t(lambda: [].__len__.__objclass__)
t(lambda: len(reversed([1, 2, 3]).__length_hint__.__self__ and [1]))
r = reversed([1, 2, 3]); next(r)
t(lambda: r.__length_hint__())
class Seq:
    def __len__(self): return 4
    def __getitem__(self, i): return i
r2 = reversed(Seq()); next(r2)
t(lambda: (type(r2).__name__, r2.__length_hint__()))
import operator
t(lambda: operator.length_hint(r2))
bi = iter(bytearray(b'abc')); next(bi)
t(lambda: bi.__length_hint__())
s = super(int, 1)
class A:
    def f(self): return 'A.f'
class B(A):
    def f(self): return 'B.f'
sup = super(B)
t(lambda: sup.__get__(B(), B).f())
t(lambda: super(B).__get__(B()).f())
t(lambda: super(B, B()).__get__(B()))
t(lambda: bytes.__buffer__)
t(lambda: type(b'ab'.__buffer__(0)).__name__)
t(lambda: b'ab'.__buffer__('x'))
ba = bytearray(b'xy'); mv = ba.__buffer__(0)
t(lambda: ba.__release_buffer__(mv))
t(lambda: mv[0])
t(lambda: fk.__doc__)
t(lambda: fk.__text_signature__)
t(lambda: b'a'.__buffer__())
t(lambda: bytearray().__release_buffer__())
t(lambda: bytearray().__release_buffer__(5))
t(lambda: bytearray().__release_buffer__(memoryview(b'x')))
it = iter(b'abcd'); next(it)
t(lambda: it.__length_hint__())
list(it)
t(lambda: it.__length_hint__())
ba = bytearray(b'abcd'); it = iter(ba); next(it); next(it); next(it)
del ba[:]
t(lambda: it.__length_hint__())
t(lambda: type(s.__get__).__name__)
t(lambda: memoryview(b'ab').__buffer__(0).tobytes())
t(lambda: b'ab'.__buffer__(0).tobytes())

class Base:
    def hello(self):
        return "Base.hello"
class Child(Base):
    def hello(self):
        return "Child.hello"
class Holder:
    parent = super(Child)
h = Holder()
t(lambda: Holder.parent)
t(lambda: type(h.parent).__name__)
class MySuper(super):
    pass
class Holder2(Child):
    parent = MySuper(Child)
t(lambda: type(Holder2().parent).__name__)
t(lambda: Holder2().parent.hello())

for typ in (int, float, complex, str, bytes, bytearray, list, tuple, dict, set, frozenset, range, slice, bool,
            object, property, staticmethod, classmethod, super, memoryview, enumerate, zip, map, filter, reversed,
            type(iter([])), type(iter(b"")), type(iter(bytearray())), type(iter("")), type({}.keys()),
            type(len), type([].append), type(list.append), type(list.__len__), type([].__len__),
            type(dict.__dict__["fromkeys"]), type(int.real), type(lambda: 0), type(Child().hello)):
    print(typ.__name__, sorted(dir(typ)))
