# exit: 1
# An AttributeError raised by __getattr__ gets the name and object looked up (e.name, e.obj), so
# the printed traceback suggests a close attribute; traceback.format_exception_only agrees.
import traceback
class P:
    def __init__(self): self.alpha = 1
    def __getattr__(self, name):
        raise AttributeError(f'nope {name}')
class Q:
    beta = 2
    def __getattribute__(self, name):
        return object.__getattribute__(self, name)
for obj, attr in ((P(), 'alpah'), (Q(), 'bet'), (P(), '__len__')):
    try:
        getattr(obj, attr)
    except AttributeError as e:
        print(e.name, type(e.obj).__name__, traceback.format_exception_only(e)[-1], end='')
try:
    raise AttributeError('manual', name='alph', obj=P())
except AttributeError as e:
    print(traceback.format_exception_only(e)[-1], end='')
try:
    raise NameError('manual', name='P2')
except NameError as e:
    print(traceback.format_exception(e)[-1], end='')
P().alpah
