# sys.monitoring (PEP 669) events with their callback arguments: function starts, returns, yields, throws
# and unwinds; calls of Python functions and builtins (C_RETURN, C_RAISE); raises, re-raises and handlers;
# a generator's StopIteration; lines, jumps, branches and instructions; per-code (local) events; DISABLE
# and restart_events; several tools at once (highest id first); no events while a callback runs; a
# callback's exception; sys.settrace beside a monitoring tool; clear_tool_id/free_tool_id.
import sys

m = sys.monitoring
E = m.events
HERE = __file__
TOOL = 3
OTHER = 1

# The oracle may reuse its interpreter: start from free tools.
for t in (OTHER, TOOL):
    m.free_tool_id(t)

log = []


def show(x):
    if x is m.MISSING:
        return 'MISSING'
    if isinstance(x, BaseException):
        return repr(x)
    if hasattr(x, 'co_name'):
        return x.co_name
    if isinstance(x, (int, str, type(None))):
        return repr(x)
    if isinstance(x, (list, tuple)):
        return type(x).__name__
    return getattr(x, '__name__', type(x).__name__)


def recorder(name, tag=''):
    def cb(code, *args):
        if code.co_filename != HERE:
            return None
        log.append(' '.join([tag + name, code.co_name] + [show(a) for a in args]))
    return cb


EVENT_NAMES = ['PY_START', 'PY_RESUME', 'PY_RETURN', 'PY_YIELD', 'PY_THROW', 'PY_UNWIND', 'CALL', 'C_RETURN',
               'C_RAISE', 'RAISE', 'RERAISE', 'EXCEPTION_HANDLED', 'STOP_ITERATION', 'LINE', 'JUMP',
               'BRANCH_LEFT', 'BRANCH_RIGHT', 'INSTRUCTION']
m.use_tool_id(TOOL, 'recorder')
for name in EVENT_NAMES:
    m.register_callback(TOOL, getattr(E, name), recorder(name))


def gen(n):
    for i in range(n):
        yield i
    return 'done'


def f(x):
    t = 0
    for v in gen(x):
        if v % 2:
            t += v
        else:
            t -= 1
    try:
        [].pop()
    except IndexError:
        t += 100
    try:
        try:
            raise ValueError('v')
        finally:
            t += 1
    except ValueError:
        pass
    return t


class C:
    def __init__(self, a):
        self.a = a


def h(*a):
    return len(a)


def g():
    C(1)
    s = [1, 2]
    s.append(3)
    h(*s)
    y = yield from gen(2)
    try:
        yield 1
    except KeyError:
        pass
    print('y is', y)
    while s:
        s.pop()
    return 5


def drive():
    it = g()
    next(it)
    next(it)
    next(it)
    try:
        it.throw(KeyError('k'))
    except StopIteration as e:
        print('stopped with', e.value)


def run(title, events, fn, tool=TOOL):
    print('==', title)
    log.clear()
    m.set_events(tool, events)
    try:
        fn()
    except Exception as e:
        log.append('escaped ' + repr(e))
    finally:
        m.set_events(tool, 0)
    for line in log:
        print(line)


FRAME_EVENTS = (E.PY_START | E.PY_RESUME | E.PY_RETURN | E.PY_YIELD | E.PY_UNWIND | E.PY_THROW | E.RAISE
                | E.RERAISE | E.EXCEPTION_HANDLED | E.STOP_ITERATION)
run('frames and exceptions', FRAME_EVENTS, lambda: f(3))
run('generator, calls, throw', FRAME_EVENTS | E.CALL, drive)
run('lines, jumps, branches', E.LINE | E.JUMP | E.BRANCH, lambda: f(3))
run('branches (no STOP_ITERATION then)', E.BRANCH_LEFT | E.BRANCH_RIGHT | E.STOP_ITERATION, lambda: f(3))


def small(a):
    if a:
        a = 1
    return a


run('instructions', E.INSTRUCTION, lambda: (small(0), small(1)))


def fails():
    return len(5)


def unwinds(n):
    if n == 0:
        raise KeyError(n)
    return unwinds(n - 1)


run('C_RAISE and unwinding', E.CALL | E.C_RAISE | E.C_RETURN | E.RAISE | E.PY_UNWIND, fails)
run('unwinding through frames', E.RAISE | E.PY_UNWIND | E.PY_START, lambda: unwinds(2))


class Count:
    def __init__(self):
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 2:
            raise StopIteration
        self.n += 1
        return self.n


def loop_user_iter():
    return [v for v in Count()]


run('StopIteration of a Python __next__', E.RAISE, loop_user_iter)


def one_liner(): return 1


def two_liner():
    return 2


run('one-line functions have no first LINE', E.LINE, lambda: (one_liner(), two_liner()))
run('unless PY_START is set', E.LINE | E.PY_START, lambda: (one_liner(), two_liner()))

class Base:
    def meth(self):
        return 1


class Derived(Base):
    def meth(self):
        return super().meth() + super(Derived, self).meth()


class Ctx:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


def implicit_calls():
    Derived().meth()
    with Ctx():
        pass
    x = [1, 2]
    x[0] = abs(-3)


run('super(), with, builtins', E.CALL | E.PY_START, implicit_calls)


def bad_super():
    return super(Derived, Derived()).missing


run('super() returns, then the attribute is missing', E.CALL | E.C_RAISE | E.C_RETURN, bad_super)

class Ticker:
    def __await__(self):
        yield 'tick'
        return 7


async def awaited():
    return await Ticker()


async def agen():
    for i in range(2):
        yield i


async def coro():
    v = await awaited()
    async for x in agen():
        v += x
    return v


def drive_coro():
    c = coro()
    try:
        while True:
            c.send(None)
    except StopIteration as e:
        return e.value


def closing():
    def inner_gen():
        try:
            yield 1
            yield 2
        finally:
            pass
    g = inner_gen()
    next(g)
    g.close()
    for v in [1, 2, 3]:
        if v == 2:
            break
    while v:
        v -= 1
    return [w for w in range(2) if w]


run('coroutines and close()', FRAME_EVENTS, lambda: (drive_coro(), closing()))
run('coroutines and close(): lines and branches', E.LINE | E.BRANCH | E.JUMP, lambda: (drive_coro(), closing()))

# ---- local events ---------------------------------------------------------------------------------------
print('== local events')
log.clear()
m.set_local_events(TOOL, small.__code__, E.LINE | E.PY_RETURN)
print('local', m.get_local_events(TOOL, small.__code__), m.get_local_events(TOOL, f.__code__), m.get_events(TOOL))
small(1)
f(1)
m.set_local_events(TOOL, small.__code__, 0)
small(1)
for line in log:
    print(line)

# ---- DISABLE and restart_events -------------------------------------------------------------------------
print('== DISABLE')
seen = []


def line_once(code, line):
    if code.co_filename == HERE:
        seen.append((code.co_name, line))
    return m.DISABLE


def loop3():
    total = 0
    for i in range(3):
        total += i
    return total


m.register_callback(TOOL, E.LINE, line_once)
m.set_events(TOOL, E.LINE)
loop3()
loop3()
print('after two calls', seen)
seen.clear()
m.restart_events()
loop3()
print('after restart', seen)
m.set_events(TOOL, 0)
m.register_callback(TOOL, E.LINE, recorder('LINE'))


def disable_raise(code, offset, exc):
    return m.DISABLE


def raiser():
    try:
        raise KeyError('x')
    except KeyError:
        return 'handled'


m.register_callback(TOOL, E.RAISE, disable_raise)
m.set_events(TOOL, E.RAISE)
try:
    raiser()
except ValueError as e:
    print('ValueError', e)
print('callback removed:', m.register_callback(TOOL, E.RAISE, None))
print('raiser now', raiser())
m.set_events(TOOL, 0)

# ---- several tools, recursion, errors in callbacks ------------------------------------------------------
print('== two tools')
m.use_tool_id(OTHER, 'other')
m.register_callback(OTHER, E.PY_START, recorder('PY_START', 'other:'))
m.register_callback(TOOL, E.PY_START, recorder('PY_START', 'tool:'))
log.clear()
m.set_events(OTHER, E.PY_START)
m.set_events(TOOL, E.PY_START)
small(0)
m.set_events(OTHER, 0)
m.set_events(TOOL, 0)
print(log)


def noisy(code, offset):
    if code.co_filename == HERE and code.co_name == 'small':
        log.append('callback runs small: %r' % small(1))


print('== no events inside callbacks')
log.clear()
m.register_callback(TOOL, E.PY_START, noisy)
m.set_events(TOOL, E.PY_START)
small(0)
m.set_events(TOOL, 0)
print(log)


def bad(code, offset):
    if code.co_filename == HERE and code.co_name == 'small':
        raise RuntimeError('from callback')


print('== a callback raises')
m.register_callback(TOOL, E.PY_START, bad)
m.set_events(TOOL, E.PY_START)
try:
    small(0)
except RuntimeError as e:
    print('RuntimeError', e)
m.set_events(TOOL, 0)

print('== settrace beside a tool')
log.clear()


def tracer(frame, event, arg):
    if frame.f_code.co_filename == HERE:
        log.append('trace %s %s' % (event, frame.f_code.co_name))
    return tracer


m.register_callback(TOOL, E.PY_START, recorder('PY_START'))
m.register_callback(TOOL, E.PY_RETURN, recorder('PY_RETURN'))
m.set_events(TOOL, E.PY_START | E.PY_RETURN)
sys.settrace(tracer)
two_liner()
sys.settrace(None)
m.set_events(TOOL, 0)
for line in log:
    print(line)

print('== a coverage-like LINE tool beside settrace')
log.clear()
covered = set()


def cover(code, line):
    if code.co_filename == HERE:
        covered.add((code.co_name, line))
    return m.DISABLE


m.register_callback(TOOL, E.LINE, cover)
m.set_events(TOOL, E.LINE)
sys.settrace(tracer)
one_liner()
two_liner()
loop3()
sys.settrace(None)
one_liner()
m.set_events(TOOL, 0)
print(sorted(covered))
for line in log:
    print(line)

print('== register_callback returns the previous one')
print(show(m.register_callback(TOOL, E.JUMP, None)))
print(m.register_callback(TOOL, E.JUMP, None))
print(show(m.register_callback(TOOL, E.BRANCH, len)), show(m.register_callback(TOOL, E.BRANCH_RIGHT, None)),
      show(m.register_callback(TOOL, E.BRANCH_LEFT, None)))

print('== clear and free')
m.set_events(TOOL, E.PY_START | E.CALL)
m.set_local_events(TOOL, small.__code__, E.LINE)
print(m.get_events(TOOL), m.get_local_events(TOOL, small.__code__), sorted(m._all_events().items()))
m.clear_tool_id(TOOL)
print(m.get_tool(TOOL), m.get_events(TOOL), m.get_local_events(TOOL, small.__code__), m.register_callback(TOOL, E.PY_START, None))
m.set_events(TOOL, E.PY_START)
m.free_tool_id(TOOL)
print(m.get_tool(TOOL), m.get_events(TOOL))
m.free_tool_id(OTHER)
print('end')
