# os.stat_result, os.terminal_size, os.times_result, os.uname_result (and time.struct_time) are struct
# sequences: tuples whose fields have names, with member descriptors, __match_args__, __replace__,
# n_fields/n_sequence_fields/n_unnamed_fields and CPython's repr. Values that depend on the machine
# (inode numbers, times, uname strings) are not printed, only their types and relations.
import os, time, copy, pickle, posix

def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, type(e).__name__, e)
    else:
        print(label, 'ok', r)

for t in (os.stat_result, os.terminal_size, os.times_result, os.uname_result, time.struct_time):
    print(t, t.__module__, t.__name__, t.__qualname__, t.n_fields, t.n_sequence_fields, t.n_unnamed_fields, t.__match_args__)
    # (pyrewind's built-in types keep __doc__ out of their __dict__: type.__doc__ reads it lazily)
    print([k for k in t.__dict__ if k != '__doc__'])
    print(t.__bases__, t.__mro__)
    print(t.__doc__)
    for name in t.__match_args__:
        d = t.__dict__[name]
        print(' ', name, type(d).__name__, d.__doc__, d.__objclass__ is t)
    show('subclass', lambda: type('X', (t,), {}))
    print(t.__replace__.__doc__)  # (t.__new__.__doc__ is not right yet: None)
print(os.stat_result.st_atime.__doc__, os.stat_result.st_atime_ns.__doc__, os.stat_result.st_rdev.__doc__)
print(os.times_result is posix.times_result, os.uname_result is posix.uname_result)

# stat_result from a sequence: 10 items make the tuple (the last 3 are the int times), the named float
# times default to them.
st = os.stat_result(range(10))
print(st)
print(len(st), st[7], st.st_atime, st[-1], st.st_ctime, st.st_atime_ns, st.st_blksize, st.st_rdev)
print(st == tuple(range(10)), st[:3], st[7:], list(st))
st2 = os.stat_result(tuple(range(10)) + (1.5, 2.5))
print(st2, st2.st_atime, st2.st_mtime, st2.st_ctime)
st3 = os.stat_result(range(10), {'st_atime': 4.5, 'st_rdev': 99, 'st_atime_ns': 4500000000})
print(st3.st_atime, st3.st_rdev, st3.st_atime_ns, st3.st_mtime)
show('short', lambda: os.stat_result(range(9)))
show('long', lambda: os.stat_result(range(20)))
show('19', lambda: os.stat_result(range(19)).st_rdev)
show('bad dict', lambda: os.stat_result(range(10), [1]))
show('dict None', lambda: os.stat_result(range(10), None))
show('extra dict', lambda: os.stat_result(range(10), {'nope': 1}))
show('dup dict', lambda: os.stat_result(range(11), {'st_atime': 1}))
show('not seq', lambda: os.stat_result(5))
show('kw', lambda: os.stat_result(sequence=range(10)).st_mode)
show('no args', lambda: os.stat_result())
show('replace', lambda: st.__replace__(st_mode=5))
show('copy.replace', lambda: copy.replace(st, st_mode=5))
show('setattr', lambda: setattr(st, 'st_mode', 1))
show('delattr', lambda: delattr(st, 'st_mode'))
show('newattr', lambda: setattr(st, 'foo', 1))
print(st.__reduce__())
p = pickle.loads(pickle.dumps(st3))
print(p == st3, p.st_atime, p.st_rdev, type(p).__name__)
c = copy.copy(st3)
print(c.st_atime, c.st_rdev)
print(hash(st) == hash(tuple(range(10))))
match st:
    case os.stat_result(mode, ino, dev, st_nlink=nl):
        print('matched', mode, ino, dev, nl)

# A real file.
name = 'fidelity_structseq_os.tmp'
with open(name, 'wb') as f:
    f.write(b'x' * 123)
for s in (os.stat(name), os.lstat(name)):
    print(type(s).__name__, len(s), s.st_size, s[6], s[0] == s.st_mode)
    print(type(s[7]).__name__, type(s.st_atime).__name__, type(s.st_atime_ns).__name__)
    print(s[8] == s.st_mtime_ns // 10**9, int(s.st_mtime) == s[8], s.st_mtime_ns // 10**9 == int(s.st_mtime))
    print(repr(s).startswith('os.stat_result(st_mode='), 'st_ctime=' in repr(s), 'st_atime_ns' in repr(s))
with open(name, 'rb') as f:
    fs = os.fstat(f.fileno())
    print(type(fs).__name__, fs.st_size)
for entry in os.scandir('.'):
    if entry.name == name:
        es = entry.stat()
        print(type(es).__name__, es.st_size, type(es.st_mtime).__name__)
os.remove(name)

# terminal_size
ts = os.terminal_size((80, 24))
print(ts, ts.columns, ts.lines, ts[0], ts[-1], len(ts))
print(ts.__replace__(lines=5), copy.replace(ts, columns=1))
show('ts replace bad', lambda: ts.__replace__(rows=5))
show('ts replace pos', lambda: ts.__replace__(1))
show('ts short', lambda: os.terminal_size((80,)))
show('ts long', lambda: os.terminal_size((80, 24, 1)))
show('ts dict', lambda: os.terminal_size((80, 24), {}))
show('ts dict2', lambda: os.terminal_size((80, 24), {'columns': 1}))
print(pickle.loads(pickle.dumps(ts)), ts.__reduce__())
match ts:
    case os.terminal_size(c, l):
        print('ts matched', c, l)

# times_result
tr = os.times()
print(type(tr).__name__, len(tr), [type(x).__name__ for x in tr], tr.user == tr[0], tr.elapsed == tr[4])
t5 = os.times_result((1.0, 2.0, 3.0, 4.0, 5.0))
print(t5, t5.children_system, t5.__replace__(elapsed=9.5))
show('times_result short', lambda: os.times_result((1.0,)))

# uname_result
u = os.uname()
print(type(u).__name__, len(u), [type(x).__name__ for x in u], u.sysname == u[0], u.machine == u[4])
u5 = os.uname_result(('s', 'n', 'r', 'v', 'm'))
print(u5, u5.nodename, u5.__replace__(sysname='X'))
print(pickle.loads(pickle.dumps(u5)) == u5)

# struct_time, for comparison: hidden fields reachable by name only.
stt = time.struct_time((2024, 1, 2, 3, 4, 5, 6, 7, 0))
print(stt, len(stt), stt.tm_zone, stt.tm_gmtoff)
print(stt.__replace__(tm_year=1999))
stz = time.struct_time((2024, 1, 2, 3, 4, 5, 6, 7, 0, 'UTC', 0))
print(stz.tm_zone, stz.tm_gmtoff, len(stz), stz.__reduce__())
