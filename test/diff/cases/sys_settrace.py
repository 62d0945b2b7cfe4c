# sys.settrace: the events a Python trace function sees (call, line, return, exception, opcode), with
# CPython 3.12+'s line rule (a line event per new line and per backward jump, even on the same line).
# Events are printed as (event, function, line relative to the case's def line): no ids or paths.
import sys
import dis
import threading

BASE = [0]
EVENTS = []
THIS = __file__


def fmt_arg(event, arg):
    if event == 'exception':
        return (arg[0].__name__, str(arg[1]), arg[2] is not None)
    if event == 'return':
        r = repr(arg)
        return type(arg).__name__ if ' at 0x' in r else r
    return None


def tracer(frame, event, arg):
    if frame.f_code.co_filename != THIS:
        return None
    EVENTS.append((event, frame.f_code.co_name, frame.f_lineno - BASE[0], fmt_arg(event, arg)))
    return tracer


def show(title, events=None):
    print(title)
    for e in (EVENTS if events is None else events):
        print('   ', e)
    EVENTS.clear()


def run(fn, *args, trace=tracer):
    BASE[0] = fn.__code__.co_firstlineno
    EVENTS.clear()
    sys.settrace(trace)
    try:
        result = fn(*args)
    except Exception as e:
        result = 'raised ' + type(e).__name__
    sys.settrace(None)
    show(fn.__name__ + ' -> ' + repr(result))


# ---- basics -----------------------------------------------------------------------------------------

def helper(x):
    y = x + 1
    return y


def basic():
    a = helper(1)
    b = helper(a)
    return a + b


run(basic)


def one_line_for():
    for i in range(3): x = i
    return x


run(one_line_for)


def multi_line_for():
    total = 0
    for i in range(2):
        total += i
    else:
        total += 10
    return total


run(multi_line_for)


def while_loops():
    i = 0
    while i < 3: i += 1
    while i > 0:
        i -= 1
        if i == 1:
            continue
    while True:
        break
    return i


run(while_loops)


def nested_loops():
    n = 0
    for i in range(2):
        for j in range(2): n += j
    return n


run(nested_loops)


def comprehensions():
    a = [x * 2 for x in range(3)]
    b = {x: x
         for x in range(2)
         if x}
    c = {x for x in a if x > 0}
    d = list(x for x in range(2))
    return a, b, sorted(c), d


run(comprehensions)


def try_except():
    try:
        1 / 0
    except ZeroDivisionError:
        x = 1
    try:
        x = 2
    except ValueError:
        x = 3
    else:
        x = 4
    finally:
        x += 1
    return x


run(try_except)


def raiser(v):
    if v:
        raise ValueError(v)
    return v


def exceptions_through_frames():
    try:
        raiser(1)
    except ValueError as e:
        r = str(e)
    try:
        try:
            raiser(2)
        except ValueError:
            raise
    except ValueError:
        pass
    try:
        try:
            raiser(3)
        finally:
            r += '!'
    except ValueError:
        pass
    return r


run(exceptions_through_frames)


def uncaught():
    x = 1
    raiser(x)
    return x


run(uncaught)


def exception_chain():
    try:
        try:
            {}['k']
        except KeyError as e:
            raise TypeError('wrapped') from e
    except TypeError as e:
        return type(e.__cause__).__name__


run(exception_chain)


class Ctx:
    def __init__(self, swallow):
        self.swallow = swallow

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return self.swallow


def with_statements():
    with Ctx(False) as c:
        x = 1
    with Ctx(True):
        raise KeyError('x')
    with Ctx(False), \
         Ctx(False):
        x = 2
    return x


run(with_statements)


def matching(v):
    match v:
        case [1, x]:
            return x
        case {'k': y}:
            return y
        case int() | float() if v > 5:
            return 'big'
        case _:
            return None


def match_statements():
    return [matching([1, 2]), matching({'k': 3}), matching(7), matching('s')]


run(match_statements)


def multi_line_expressions():
    x = (1 +
         2 +
         3)
    y = max(
        x,
        10,
    )
    z = {
        'a': x,
        'b': y,
    }
    w = (x
         if y > 5
         else y)
    s = 'abc' \
        .upper() \
        .lower()
    return x, y, z, w, s


run(multi_line_expressions)


# ---- functions of every kind ------------------------------------------------------------------------

def closures():
    k = 10
    def inner(v):
        return v + k
    f = lambda: inner(1)
    return f()


run(closures)


def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)


run(fact, 3)


def class_body():
    class K:
        a = 1
        def m(self):
            return self.a
    return K().m()


run(class_body)


def decorated():
    def deco(f):
        def wrapper(*args):
            return f(*args) * 2
        return wrapper
    @deco
    def g(x):
        return x
    return g(4)


run(decorated)


# ---- generators and coroutines ----------------------------------------------------------------------

def gen(n):
    for i in range(n):
        yield i
    return 'done'


def generators():
    out = []
    for v in gen(2):
        out.append(v)
    g = gen(3)
    out.append(next(g))
    out.append(g.send(None))
    g.close()
    return out


run(generators)


def receiver():
    total = 0
    while True:
        try:
            v = yield total
        except KeyError:
            total = -1
            continue
        if v is None:
            return total
        total += v


def generator_methods():
    g = receiver()
    next(g)
    g.send(5)
    g.throw(KeyError('x'))
    try:
        g.send(None)
    except StopIteration as e:
        r = e.value
    g2 = receiver()
    next(g2)
    g2.close()
    return r


run(generator_methods)


def delegate():
    r = yield from gen(2)
    return r


def yield_from():
    return list(delegate())


run(yield_from)


async def coro_leaf(x):
    return x * 2


async def coro(x):
    a = await coro_leaf(x)
    b = await coro_leaf(a)
    return a + b


def coroutines():
    c = coro(1)
    try:
        c.send(None)
    except StopIteration as e:
        return e.value


run(coroutines)


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            raise StopIteration('end')
        self.n -= 1
        return self.n


def user_iterator():
    # A user __next__'s StopIteration ends the loop: CPython reports it in the loop's frame too.
    out = []
    for v in Countdown(2):
        out.append(v)
    return out


run(user_iterator)


# ---- the local trace function -----------------------------------------------------------------------

def only_calls(frame, event, arg):
    # Returning None from 'call' means no local tracing: only the calls are seen.
    if frame.f_code.co_filename == THIS:
        EVENTS.append((event, frame.f_code.co_name))
    return None


run(basic, trace=only_calls)


def lines_only_in_helper(frame, event, arg):
    if frame.f_code.co_filename != THIS:
        return None
    EVENTS.append((event, frame.f_code.co_name, frame.f_lineno - BASE[0]))
    if event == 'call':
        return local_tracer if frame.f_code.co_name == 'helper' else None
    return None


def local_tracer(frame, event, arg):
    EVENTS.append(('local', event, frame.f_code.co_name, frame.f_lineno - BASE[0]))
    # Returning None from a local event keeps the local trace function (CPython 3.12+).
    return None


run(basic, trace=lines_only_in_helper)


def no_lines(frame, event, arg):
    if frame.f_code.co_filename != THIS:
        return None
    frame.f_trace_lines = False
    EVENTS.append((event, frame.f_code.co_name, frame.f_lineno - BASE[0], fmt_arg(event, arg)))
    return no_lines


run(exceptions_through_frames, trace=no_lines)


def opcodes_target(a):
    b = a + 1
    return b


def opcodes(frame, event, arg):
    if frame.f_code is not opcodes_target.__code__:
        return None
    frame.f_trace_opcodes = True
    op = dis.opname[frame.f_code.co_code[frame.f_lasti]] if event == 'opcode' else None
    EVENTS.append((event, frame.f_lineno - BASE[0], op))
    return opcodes


run(opcodes_target, 1, trace=opcodes)


def opcodes_gen():
    yield 1
    yield 2


def gen_opcodes(frame, event, arg):
    if frame.f_code is opcodes_gen.__code__:
        frame.f_trace_opcodes = True
    elif frame.f_code is not use_opcodes_gen.__code__:
        return None
    op = dis.opname[frame.f_code.co_code[frame.f_lasti]] if event == 'opcode' else None
    line = frame.f_lineno
    EVENTS.append((event, frame.f_code.co_name, None if line is None else line - BASE[0], op))
    return gen_opcodes


def use_opcodes_gen():
    it = opcodes_gen()
    next(it)
    next(it)
    it.close()


run(use_opcodes_gen, trace=gen_opcodes)


def switcher(frame, event, arg):
    # A local trace function that replaces itself after two events.
    if frame.f_code.co_filename != THIS:
        return None
    EVENTS.append(('A', event, frame.f_lineno - BASE[0]))
    if len(EVENTS) >= 2:
        return second
    return switcher


def second(frame, event, arg):
    EVENTS.append(('B', event, frame.f_lineno - BASE[0]))
    return second


run(multi_line_for, trace=switcher)


def stopper(frame, event, arg):
    # sys.settrace(None) from inside the trace function: no 'call' for later frames, but the local
    # trace functions already returned keep receiving their frames' events.
    if frame.f_code.co_filename != THIS:
        return None
    EVENTS.append((event, frame.f_code.co_name, frame.f_lineno - BASE[0]))
    if len(EVENTS) == 4:
        sys.settrace(None)
    return stopper


run(basic, trace=stopper)


# ---- frames, re-entrancy and errors -----------------------------------------------------------------

def untraced_helper():
    return sum(range(3))


def frame_info(frame, event, arg):
    if frame.f_code.co_filename != THIS:
        return None
    me = sys._getframe()
    back = frame.f_back.f_code.co_name if frame.f_back is not None else None
    # The trace function runs untraced: calling Python code here reports nothing.
    untraced_helper()
    EVENTS.append((event, frame.f_code.co_name, me.f_back is frame, back, sys.gettrace() is frame_info,
                   frame.f_trace is not None, sorted(frame.f_locals) if event == 'call' else None))
    return frame_info


run(basic, trace=frame_info)


def failing(frame, event, arg):
    if frame.f_code.co_filename != THIS:
        return None
    EVENTS.append((event, frame.f_code.co_name, frame.f_lineno - BASE[0]))
    if event == 'line' and frame.f_lineno - BASE[0] == 3:
        raise RuntimeError('trace function failed')
    return failing


def guarded():
    x = 0
    try:
        x = 1
        x = 2
    except RuntimeError as e:
        x = str(e)
    return x, sys.gettrace()


run(guarded, trace=failing)


def failing_call(frame, event, arg):
    if event == 'call' and frame.f_code.co_name == 'helper':
        raise KeyError('no calls')
    return failing_call


def calls_helper():
    try:
        return helper(1)
    except KeyError as e:
        return 'caught ' + repr(e)


run(calls_helper, trace=failing_call)


class MethodTracer:
    def __init__(self):
        self.seen = []

    def dispatch(self, frame, event, arg):
        if frame.f_code.co_filename != THIS:
            return None
        self.seen.append((event, frame.f_code.co_name))
        return self.dispatch


mt = MethodTracer()
BASE[0] = 0
sys.settrace(mt.dispatch)
helper(0)
sys.settrace(None)
show('bound method tracer', mt.seen)


def trace_current_frame():
    # The bdb idiom: trace the running frame too, by setting its f_trace before settrace.
    f = sys._getframe()
    f.f_trace = tracer
    sys.settrace(tracer)
    a = 1
    b = helper(a)
    sys.settrace(None)
    f.f_trace = None
    return b


BASE[0] = trace_current_frame.__code__.co_firstlineno
trace_current_frame()
show('trace_current_frame')


# ---- attributes and the sys/threading API -----------------------------------------------------------

fr = sys._getframe()
print('defaults', fr.f_trace, fr.f_trace_lines, fr.f_trace_opcodes)
for attr, val in [('f_trace_lines', 1), ('f_trace_opcodes', 'x')]:
    try:
        setattr(fr, attr, val)
    except TypeError as e:
        print(attr, type(e).__name__, e)
try:
    fr.f_lineno = 3
except ValueError as e:
    print('f_lineno', type(e).__name__, e)
fr.f_trace = tracer
print('f_trace set', fr.f_trace is tracer)
fr.f_trace = None
print('f_trace cleared', fr.f_trace)
try:
    sys.settrace()
except TypeError as e:
    print(type(e).__name__, e)
try:
    sys.settrace(tracer, None)
except TypeError as e:
    print(type(e).__name__, e)
print('gettrace', sys.gettrace())
sys.settrace(tracer); t = sys.gettrace(); sys.settrace(None)
print('gettrace while set', t is tracer, sys.gettrace())
threading.settrace(tracer)
print('threading.gettrace', threading.gettrace() is tracer, sys.gettrace())
threading.settrace(None)
print('threading.gettrace', threading.gettrace())


# sys.call_tracing: the function it calls is traced, even from inside a trace function.
def call_tracing_tracer(frame, event, arg):
    if frame.f_code.co_filename != THIS:
        return None
    EVENTS.append((event, frame.f_code.co_name))
    if event == 'call' and frame.f_code.co_name == 'basic':
        EVENTS.append(('call_tracing returned', sys.call_tracing(helper, (1,))))
    return None


run(basic, trace=call_tracing_tracer)
try:
    sys.call_tracing(helper, [1])
except TypeError as e:
    print(type(e).__name__, e)

