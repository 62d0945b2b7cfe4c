# exit: 1
# A sys.excepthook that raises: CPython prints "Error in sys.excepthook:" with the hook's error, then
# "Original exception was:" with the program's exception, and exits with status 1.
import sys


def hook(tp, value, tb):
    print('hook called', tp.__name__, value)
    sys.stdout.flush()
    raise RuntimeError('hook failed')


sys.excepthook = hook
print('before')
raise ValueError('original')
