# exit: 7
# A sys.excepthook that calls sys.exit(): the status is the hook's, and nothing else is printed.
import sys


def hook(tp, value, tb):
    print('hook called', tp.__name__, value)
    sys.stdout.flush()
    sys.exit(7)


sys.excepthook = hook
print('before')
raise LookupError('gone')
