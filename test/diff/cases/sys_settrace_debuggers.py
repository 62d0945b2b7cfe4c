# stdin: n\nn\ns\nn\nn\np y\n!y = 40\np y\nu\np total, i\nd\nr\nn\np total\nb 28\nc\np total, i\ndisplay total\nl 26, 27\ncl 2\nc\n
# stdin: n\nn\nn\nc\n
# bdb and pdb (settrace backend) driven without a terminal: a bdb.Bdb subclass recording its stops, and a
# pdb session whose commands come from standard input (next, step, return, break, continue, print,
# assignment through f_locals, display, up/down, list, clear). Paths print the same on both sides.
import bdb
import pdb
import sys

THIS = __file__

# Class-level state of bdb and pdb outlives a run when the oracle reuses its interpreter: start afresh.
bdb.Breakpoint.next = 1
bdb.Breakpoint.bplist = {}
bdb.Breakpoint.bpbynumber = [None]
pdb.Pdb._file_mtime_table.clear()


def inner(x):
    y = x * 2
    return y


def target(n):
    total = 0
    for i in range(n):
        total += inner(i)
    return total


def failing(n):
    if n > 1:
        raise ValueError('too big')
    return n


# ---- bdb ----------------------------------------------------------------------------------------------

class Recorder(bdb.Bdb):
    def __init__(self):
        super().__init__()
        self.stops = []

    def rel(self, frame):
        return frame.f_lineno - target.__code__.co_firstlineno

    def user_call(self, frame, args):
        if frame.f_code.co_filename == THIS:
            self.stops.append(('call', frame.f_code.co_name, self.rel(frame)))

    def user_line(self, frame):
        if frame.f_code.co_filename == THIS:
            self.stops.append(('line', frame.f_code.co_name, self.rel(frame), sorted(frame.f_locals.items())))

    def user_return(self, frame, value):
        if frame.f_code.co_filename == THIS:
            self.stops.append(('return', frame.f_code.co_name, self.rel(frame), value))

    def user_exception(self, frame, exc_info):
        if frame.f_code.co_filename == THIS:
            self.stops.append(('exception', frame.f_code.co_name, self.rel(frame), exc_info[0].__name__))


def show(title, rec, result):
    print(title, '->', result)
    for s in rec.stops:
        print('   ', s)


r = Recorder()
show('step everywhere', r, r.runcall(target, 2))


class Continuing(Recorder):
    def user_line(self, frame):
        super().user_line(frame)
        self.set_continue()


c = Continuing()
c.set_break(THIS, target.__code__.co_firstlineno + 3)
show('breakpoint', c, c.runcall(target, 2))
c.clear_all_breaks()


class Nexting(Recorder):
    def user_line(self, frame):
        super().user_line(frame)
        self.set_next(frame)


nx = Nexting()
show('next over calls', nx, nx.runcall(target, 2))

ex = Recorder()
try:
    ex.runcall(failing, 2)
except ValueError as e:
    show('exception', ex, repr(e))


# Bdb.run / runeval on source strings: module-level code of '<string>' is traced too.
class StringRecorder(bdb.Bdb):
    def __init__(self):
        super().__init__()
        self.out = []

    def user_line(self, frame):
        self.out.append(('line', frame.f_code.co_name, frame.f_code.co_filename, frame.f_lineno))

    def user_call(self, frame, args):
        self.out.append(('call', frame.f_code.co_name, frame.f_lineno))

    def user_return(self, frame, value):
        self.out.append(('return', frame.f_code.co_name, frame.f_lineno, value))


sr = StringRecorder()
ns = {}
sr.run('x = 1\nfor i in range(2): x += i\ndef f(a):\n    return a\ny = f(x)\n', ns)
show('Bdb.run', type('S', (), {'stops': sr.out})(), ns['y'])
sr = StringRecorder()
show('Bdb.runeval', type('S', (), {'stops': sr.out})(), sr.runeval('sum([1, 2]) + (lambda: 3)()'))


# ---- pdb ----------------------------------------------------------------------------------------------

p = pdb.Pdb(nosigint=True, readrc=False)
print('pdb result', p.runcall(target, 3))
p = pdb.Pdb(nosigint=True, readrc=False)
try:
    p.runcall(failing, 5)
except ValueError as e:
    print('pdb raised', repr(e))
print('done', sys.gettrace())
