# sys.setprofile: call/return of Python frames (generators: on each resume and yield) and
# c_call/c_return/c_exception of builtin functions and methods, whose argument is the builtin itself.
# Events are printed as (event, function, detail): no ids or paths.
import sys

EVENTS = []
THIS = __file__


def describe(event, arg):
    if event.startswith('c_'):
        return (getattr(arg, '__qualname__', None), type(arg).__name__)
    if event == 'return':
        r = repr(arg)
        return type(arg).__name__ if ' at 0x' in r else r
    return arg


def profiler(frame, event, arg):
    if frame.f_code.co_filename == THIS:
        EVENTS.append((event, frame.f_code.co_name, describe(event, arg)))


def run(fn, *args, prof=profiler):
    EVENTS.clear()
    sys.setprofile(prof)
    try:
        result = fn(*args)
    except Exception as e:
        result = 'raised ' + type(e).__name__
    sys.setprofile(None)
    print(fn.__name__, '->', repr(result))
    for e in EVENTS:
        print('   ', e)
    EVENTS.clear()


def helper(x):
    return x * 2


def builtins_and_methods():
    xs = [3]
    xs.append(1)
    n = len(xs)
    m = [].append
    m(3)
    list.append(xs, 4)
    s = ','.join(str(v) for v in xs)
    t = sorted(xs, key=lambda v: -v)
    u = sorted(xs, reverse=True)
    print(*xs, sep=',')
    top = max(*xs)
    k = int('5')
    return n, s, t, u, top, k, helper(n)


run(builtins_and_methods)


def c_exceptions():
    out = []
    try:
        len(5)
    except TypeError as e:
        out.append(str(e))
    try:
        {}.pop('missing')
    except KeyError as e:
        out.append(repr(e))
    try:
        'abc'.index('z')
    except ValueError as e:
        out.append(str(e))
    return out


run(c_exceptions)


def raiser():
    raise ValueError('boom')


def unwinding():
    try:
        raiser()
    except ValueError:
        pass
    raiser()


run(unwinding)


def gen():
    yield 1
    yield 2


def generators():
    total = 0
    for v in gen():
        total += v
    g = gen()
    next(g)
    g.close()
    return total


run(generators)


class K:
    def __init__(self, v):
        self.v = v

    def get(self):
        return self.v


def methods_and_classes():
    k = K(2)
    return k.get() + getattr(k, 'v')


run(methods_and_classes)


# ---- profile and trace together ---------------------------------------------------------------------

BOTH = []


def both_profile(frame, event, arg):
    if frame.f_code.co_filename == THIS:
        BOTH.append(('profile', event, frame.f_code.co_name))


def both_trace(frame, event, arg):
    if frame.f_code.co_filename != THIS:
        return None
    BOTH.append(('trace', event, frame.f_code.co_name))
    return both_trace


def together():
    a = helper(1)
    return len([a])


sys.setprofile(both_profile)
sys.settrace(both_trace)
together()
sys.settrace(None)
sys.setprofile(None)
print('together')
for e in BOTH:
    print('   ', e)


# ---- errors and the API -----------------------------------------------------------------------------

def failing_profile(frame, event, arg):
    if event == 'call' and frame.f_code.co_name == 'helper':
        raise RuntimeError('profile failed')


def calls_helper():
    try:
        helper(1)
    except RuntimeError as e:
        return str(e), sys.getprofile()


run(calls_helper, prof=failing_profile)

print('getprofile', sys.getprofile())
sys.setprofile(profiler); p = sys.getprofile(); sys.setprofile(None)
print('getprofile while set', p is profiler, sys.getprofile())
try:
    sys.setprofile()
except TypeError as e:
    print(type(e).__name__, e)
