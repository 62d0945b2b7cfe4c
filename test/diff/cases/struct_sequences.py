# Struct sequences (time.struct_time, sys.version_info, sys.flags, os.terminal_size...): their class
# attributes, hidden fields, constructor and its messages, repr, __reduce__, __replace__ (copy.replace),
# pickling and pattern matching.
import sys, time, os, copy, pickle

def attempt(f):
    try:
        print('ok', f())
    except Exception as e:
        print(type(e).__name__, e)

T = time.struct_time
for t in (T, type(sys.version_info), type(sys.flags), type(sys.float_info), type(sys.int_info),
          type(sys.thread_info), type(sys.hash_info), os.terminal_size):
    print(t.__name__, t.n_fields, t.n_sequence_fields, t.n_unnamed_fields, t.__match_args__)
    # (__module__ is in the dict of the heap types only; pyrewind's non-instantiable types still have a __new__.)
    print(sorted(k for k in t.__dict__ if k not in ('__doc__', '__module__', '__new__')))

s = T((2020, 1, 2, 3, 4, 5, 6, 7, 0))
print(s, len(s), s.tm_zone, s.tm_gmtoff)
s2 = T((2020, 1, 2, 3, 4, 5, 6, 7, 0, 'UTC', 3600))
print(s2, len(s2), s2.tm_zone, s2.tm_gmtoff, tuple(s2), s2 == s, s2[-1])
print(s2.__reduce__())
print(copy.replace(s2, tm_year=1999, tm_zone='X').tm_zone, copy.replace(s2, tm_year=1999))
print(copy.copy(s2) == s2, copy.copy(s2).tm_gmtoff, pickle.loads(pickle.dumps(s2)).tm_zone)
print(T((1,) * 9, {'tm_zone': 'Z'}).tm_zone, T((1,) * 10, {'tm_gmtoff': 5}).tm_gmtoff, T((1,) * 9, {}).tm_zone)
attempt(lambda: T((1,) * 9, {'tm_zone': 'Z', 'bogus': 1}))
attempt(lambda: T((1,) * 10, {'tm_zone': 'Z'}))
attempt(lambda: T((1,) * 9, {1: 2}))
print(T(sequence=range(9)), T(range(9), dict={}).tm_gmtoff, T([1] * 9)[2:5], type(T((1,) * 9)[2:5]).__name__)
print(T((1,) * 9) + (2,), T((1,) * 9) == (1,) * 9, hash(T((1,) * 9)) == hash((1,) * 9))
attempt(lambda: T())
attempt(lambda: T((1, 2)))
attempt(lambda: T((1,) * 12))
attempt(lambda: T((1,) * 9, 5))
attempt(lambda: T((1,) * 9, None))
attempt(lambda: T(5))
attempt(lambda: T((1,) * 9, {}, 3))
attempt(lambda: T(bogus=1))
attempt(lambda: s.__replace__(bogus=1, other=2))
attempt(lambda: s.__replace__(1))
attempt(lambda: s.__replace__())
def set_year(): s.tm_year = 5
attempt(set_year)
attempt(lambda: type(sys.version_info)((3, 14, 0, 'final', 0)))
attempt(lambda: type(sys.flags)())
attempt(lambda: type(sys.int_info)((1, 2, 3)))
attempt(lambda: type(sys.int_info)((1, 2, 3, 4)))

vi = sys.version_info
print(vi.__reduce__()[0], vi.__reduce__()[1][1], copy.replace(vi, major=4)[0], len(sys.flags), sys.flags.gil)
print(sys.flags.__reduce__()[1][1], copy.replace(sys.flags, gil=0).gil)
match vi:
    case (major, minor, *_) if major >= 3:
        print('tuple pattern', major >= 3)
match time.gmtime(0):
    case T(tm_year=y, tm_mon=m):
        print('keyword pattern', y, m)
match time.gmtime(86400):
    case T(y, m, d):
        print('positional pattern', y, m, d)

tsz = os.terminal_size((80, 24))
print(tsz, tsz.__reduce__(), copy.replace(tsz, lines=1), tsz.columns)
attempt(lambda: os.terminal_size((80, 24, 1)))
