# sys functions about the running interpreter: switch interval, frames and exceptions of the (one)
# thread, module names of calling frames, cache clearing, breakpoint hooks, constants.
import sys
print(sys.copyright.splitlines()[0], sys.platlibdir, sys.pycache_prefix)
print(sys.getswitchinterval())
sys.setswitchinterval(0.01)
print(sys.getswitchinterval())
for bad in (0, -1.5, 'x', None):
    try:
        sys.setswitchinterval(bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    sys.getswitchinterval(1)
except TypeError as e:
    print(e)
print(sys._is_gil_enabled())
print(sys._getframemodulename(), sys._getframemodulename(0), sys._getframemodulename(depth=0), sys._getframemodulename(40))
def outer():
    return sys._getframemodulename(1)
print(outer())
frames = sys._current_frames()
print(type(frames).__name__, len(frames), [f.f_code.co_name for f in frames.values()])
def inner_frames():
    return [f.f_code.co_name for f in sys._current_frames().values()]
print(inner_frames())
print(list(sys._current_exceptions().values()))
try:
    raise KeyError('k')
except KeyError:
    print(list(sys._current_exceptions().values()))
print(sys._clear_internal_caches())
class A:
    x = 1
a = A()
print(a.x)
sys._clear_internal_caches()
A.x = 2
print(a.x)
print(sys.breakpointhook.__name__, sys.__breakpointhook__ is sys.breakpointhook)
sys.breakpointhook = lambda *a, **k: ('hook', a, k)
print(breakpoint(1, two=2))
sys.breakpointhook = sys.__breakpointhook__
sys.setswitchinterval(0.005)  # the harness's CPython runs programs in one interpreter
for f, a in ((sys.get_int_max_str_digits, (1,)), (sys.displayhook, ()), (sys.setswitchinterval, ()),
             (sys._getframemodulename, (1, 2)), (sys._current_exceptions, (1,))):
    try:
        f(*a)
    except TypeError as e:
        print(e)
try:
    sys._getframemodulename(x=1)
except TypeError as e:
    print(e)
