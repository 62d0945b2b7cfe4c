# Bound built-in methods: equality (same self by identity, same function), hash consistency, __self__,
# __name__, __qualname__, repr, and methods of modules and classes.
a = []
b = []
print([].append == [].append, a.append == a.append, a.append == b.append, a.append != a.append)
print(a.append == a.extend, a.append == list.append, hash(a.append) == hash(a.append))
print(a.append.__self__ is a, a.append.__name__, a.append.__qualname__, type(a.append).__name__)
print(repr(a.append).startswith('<built-in method append of list object at 0x'))
print(repr([].__len__).startswith("<method-wrapper '__len__' of list object at 0x"))
print(repr(len), repr(abs), len.__self__, len.__qualname__)
import math
print(repr(math.sqrt), math.sqrt.__self__ is math, math.sqrt.__qualname__, math.sqrt.__name__)
print(repr(list.append), list.append.__qualname__, list.append.__name__, list.append.__objclass__)
print(repr(dict.fromkeys)[:45], dict.fromkeys.__self__, dict.fromkeys.__qualname__)
d = {}
print(d.get == d.get, d.get == {}.get, {1: 2}.get(1))
s1 = 'abc'
print(s1.upper == s1.upper, hash(s1.upper) == hash(s1.upper), s1.upper.__self__)
x, y = 1000, 1000
print((5).bit_length == (5).bit_length)
class C(list): pass
c = C()
print(c.append == c.append, repr(c.append).startswith('<built-in method append of C object at 0x'))
print({a.append: 1}[a.append])
print(list.__dict__['append'].__get__(a) == a.append)
print(a.append.__text_signature__ if hasattr(a.append, '__text_signature__') else 'n/a')
