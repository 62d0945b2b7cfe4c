# Descriptors of types defined by C modules name their owner by its tp_name ('collections.deque',
# 'datetime.date', '_io.StringIO') in reprs and errors; builtins ('list') by the bare name.
import array
import collections
import datetime
import io
import itertools

print(repr(datetime.date.year), repr(io.StringIO.closed), repr(collections.deque.maxlen))
print(repr(list.append), repr(collections.deque.append), repr(collections.deque.__len__))

cases = [
    lambda: collections.deque.append(5, 1),
    lambda: datetime.date.strftime(5, '%Y'),
    lambda: datetime.date.year.__get__(5),
    lambda: io.StringIO.read(1),
    lambda: array.array.append('x', 1),
    lambda: list.append(5, 1),
    lambda: itertools.count.__next__(3),
    lambda: collections.deque.append(),
    lambda: datetime.date.__eq__(),
    lambda: datetime.date.year.__set__(datetime.date(2000, 1, 1), 5),
    lambda: datetime.date.year.__set__(5, 5),
    lambda: datetime.date.year.__delete__(5),
    lambda: collections.deque.maxlen.__set__(collections.deque(), 3),
    lambda: collections.deque.__len__(5),
    lambda: collections.deque.__len__(),
    lambda: list.__len__(5),
    lambda: io.StringIO.closed.__get__(5),
]
for thunk in cases:
    try:
        thunk()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
