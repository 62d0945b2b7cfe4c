# exit: 1
# A custom sys.excepthook receives the uncaught exception that ends the program, exactly once, and
# the built-in traceback is not printed; the status is still 1.
import sys

calls = []


def hook(tp, value, tb):
    calls.append(tp.__name__)
    print('hook called', tp.__name__, value, tb is not None, len(calls))
    print('hook stderr marker', file=sys.stderr)
    sys.stdout.flush()


sys.excepthook = hook
print('default is kept in __excepthook__:', sys.__excepthook__ is not hook)
# Calling the hook directly is an ordinary call.
sys.excepthook(KeyError, KeyError('direct'), None)
calls.clear()
raise ValueError('boom')
