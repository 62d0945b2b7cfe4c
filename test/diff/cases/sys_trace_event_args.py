# What trace functions and sys.monitoring tools are handed, for the cases where pyrewind reads it off the
# value stack or from the shared line rule: f_lasti of the line event a loop on one line reports at each
# turn (its JUMP_BACKWARD), no line event where a line comes back without starting (after an inlined
# comprehension written over several lines), the builtin of a c_call made with f(*args) (tuple or list),
# and the callable and first argument of sys.monitoring's CALL events.
import sys

M = sys.monitoring


def one_line_loops():
    q = 0
    for k in range(3): q += k
    i = 0
    while i < 2: i += 1
    ys = [k * 2 for k in range(2)]
    return q + i + len(ys)


def comp_over_lines():
    r = range(4)
    ys = [x
          for x in r
          if x % 2]
    return ys


def one_liner(): return [x for x in range(2)]


def loop_gen():
    while True: yield 1


def line_events(fn, *args):
    base = fn.__code__.co_firstlineno
    out = []

    def tracer(frame, event, arg):
        if frame.f_code is fn.__code__:
            if event == 'line':
                out.append((frame.f_lineno - base, frame.f_lasti))
            return tracer
        return None

    sys.settrace(tracer)
    try:
        r = fn(*args)
    finally:
        sys.settrace(None)
    print(fn.__name__, r)
    print('   ', out)


line_events(one_line_loops)
line_events(comp_over_lines)
line_events(one_liner)


KEEP = []


def gen_twice():
    g = loop_gen()
    KEEP.append(g)  # not finalized while traced (close() is reported from another f_lasti: not compared here)
    return next(g) + next(g) + next(g)


base = loop_gen.__code__.co_firstlineno
gen_lines = []


def gen_tracer(frame, event, arg):
    if frame.f_code is loop_gen.__code__:
        gen_lines.append((event, frame.f_lineno - base, frame.f_lasti))
        return gen_tracer
    return None


sys.settrace(gen_tracer)
gen_twice()
sys.settrace(None)
print('loop_gen', gen_lines)

# sys.monitoring's LINE events of the same functions: no extra event for a loop on one line.
mon_lines = []
codes = {f.__code__: f.__code__.co_firstlineno for f in (one_line_loops, comp_over_lines, one_liner)}


def on_line(code, line):
    if code in codes:
        mon_lines.append((code.co_name, line - codes[code]))


M.use_tool_id(3, 'lines')
M.register_callback(3, M.events.LINE, on_line)
M.set_events(3, M.events.LINE)
one_line_loops()
comp_over_lines()
one_liner()
M.set_events(3, 0)
print('LINE', mon_lines)
# With PY_START set too, the RESUME of a one-line function is instrumented: its line is reported after it.
mon_lines.clear()
M.register_callback(3, M.events.PY_START, lambda code, offset: None)
M.set_events(3, M.events.LINE | M.events.PY_START)
one_liner()
M.set_events(3, 0)
M.free_tool_id(3)
print('LINE with PY_START', mon_lines)


# c_call / c_return of builtins called with f(*args): the first argument binds a method descriptor.
profiled = []


def prof(frame, event, arg):
    if event.startswith('c_'):
        profiled.append((event, getattr(arg, '__qualname__', type(arg).__name__)))


sys.setprofile(prof)
str.upper(*['a'])
str.upper(*('b',))
len(*[[1]])
max(*[1, 2])
sys.setprofile(None)
print('profile', profiled)


# CALL events: the callable and first argument, whatever the call instruction.
calls = []


def on_call(code, offset, callable, arg0):
    if code.co_name in ('calls_made', 'hello'):
        a = 'MISSING' if arg0 is M.MISSING else type(arg0).__name__ if isinstance(arg0, Base) else repr(arg0)
        calls.append((code.co_name, getattr(callable, '__qualname__', type(callable).__name__), a))


class Base:
    def hello(self, x):
        return x


class Child(Base):
    def hello(self, x):
        return super().hello(x) + 1


def calls_made():
    c = Child()
    c.hello(1)
    Child.hello(c, 2)
    str.upper(*['a'])
    str.upper(*('b',))
    max(1, 2)
    max(*[3, 4])
    sorted([2, 1], key=None)
    len([])
    print(*[], end='')


M.use_tool_id(2, 'calls')
M.register_callback(2, M.events.CALL, on_call)
M.set_events(2, M.events.CALL)
calls_made()
M.set_events(2, 0)
M.free_tool_id(2)
for c in calls:
    print('CALL', c)
