# Which objects accept weak references: the C types that have a weak reference list, and what their
# subclasses inherit.
import weakref, queue, collections, functools, threading

class Sub(ValueError):
    pass

objects = [
    queue.SimpleQueue(), ExceptionGroup("x", [ValueError()]), BaseExceptionGroup("y", [KeyboardInterrupt()]),
    ValueError(), Sub(), set(), frozenset(), collections.deque(), functools.partial(print),
    threading.Lock(), threading.RLock(), 1, "s", (), [], {}, b"", bytearray(), object(),
]
for o in objects:
    try:
        r = weakref.ref(o)
        print(type(o).__name__, r() is o)
    except TypeError as e:
        print(type(o).__name__, "->", e)
