# Python-level signal handlers: signal.signal/getsignal, default_int_handler, SIG_IGN, and SIGINT
# delivered with _thread.interrupt_main (handlers run right after the call, at the eval loop's check).
# raise_signal is left out: pyodide (Emscripten) aborts on it.
import signal
import _thread

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)
print(repr(signal.default_int_handler))
print(signal.Signals.SIGINT, int(signal.SIGINT), signal.SIGTERM.name, signal.Handlers.SIG_DFL.name)
print(signal.getsignal(signal.SIGTERM), signal.getsignal(signal.SIGUSR1))
print(signal.strsignal(signal.SIGINT), signal.strsignal(signal.SIGTERM))
print(signal.SIGINT in signal.valid_signals(), 0 in signal.valid_signals(), signal.NSIG)
show(lambda: signal.default_int_handler())
show(lambda: signal.signal(signal.SIGINT, 5))
show(lambda: signal.signal(999, signal.SIG_DFL))
show(lambda: signal.signal(0, signal.SIG_DFL))
show(lambda: signal.getsignal(999))
show(lambda: signal.getsignal("x"))
show(lambda: signal.strsignal(999))
show(lambda: _thread.interrupt_main(999))
show(lambda: signal.siginterrupt(999, False))

try:
    signal.default_int_handler(signal.SIGINT, None)
except KeyboardInterrupt as e:
    print("default handler raised", repr(e))

calls = []
def handler(signum, frame):
    calls.append((signum, type(frame).__name__, frame.f_code.co_name))

def deliver():
    old = signal.signal(signal.SIGINT, handler)
    print("old handler is default:", old is signal.default_int_handler)
    print("installed:", signal.getsignal(signal.SIGINT) is handler)
    _thread.interrupt_main()
    print("after interrupt_main", calls)
    for i in range(3):
        pass
    print("after loop", calls)

deliver()

signal.signal(signal.SIGINT, signal.SIG_IGN)
_thread.interrupt_main()
for i in range(3):
    pass
print("ignored, getsignal is SIG_IGN:", signal.getsignal(signal.SIGINT) is signal.SIG_IGN)

signal.signal(signal.SIGINT, signal.SIG_DFL)
_thread.interrupt_main()
print("SIG_DFL: interrupt_main does nothing")

signal.signal(signal.SIGINT, signal.default_int_handler)
try:
    _thread.interrupt_main()
    print("not reached")
except KeyboardInterrupt as e:
    print("KeyboardInterrupt from interrupt_main", repr(e))

class Stop(Exception):
    pass

def raising(signum, frame):
    raise Stop(f"signal {signum}")

signal.signal(signal.SIGINT, raising)
try:
    total = 0
    for i in range(5):
        total += i
        if i == 2:
            _thread.interrupt_main()
    print("not reached", total)
except Stop as e:
    print("handler raised", e, "total", total)

def outer():
    def inner(signum, frame):
        print("frame seen by handler:", frame.f_code.co_name, frame.f_back.f_code.co_name)
    signal.signal(signal.SIGINT, inner)
    _thread.interrupt_main()

outer()
signal.signal(signal.SIGINT, signal.default_int_handler)
print("done")
