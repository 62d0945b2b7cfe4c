# Exception fields: member descriptors (OSError.errno, SyntaxError.lineno, StopIteration.value...) and
# getset descriptors (BaseException.args, __traceback__, __context__...), with CPython's types, reprs,
# docs, and what assigning and deleting them does.
import builtins

def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, type(e).__name__, e)
    else:
        print(label, 'ok', repr(r))

classes = [BaseException, Exception, OSError, SyntaxError, StopIteration, SystemExit, KeyError,
           UnicodeDecodeError, UnicodeEncodeError, UnicodeTranslateError, ImportError, ModuleNotFoundError,
           AttributeError, NameError, BaseExceptionGroup, ExceptionGroup, StopAsyncIteration, BlockingIOError,
           IndentationError, TabError, _IncompleteInputError if hasattr(builtins, '_IncompleteInputError') else SyntaxError,
           FileNotFoundError, KeyboardInterrupt, GeneratorExit]
for cls in classes:
    own = [(k, type(v).__name__) for k, v in cls.__dict__.items()
           if type(v).__name__ in ('member_descriptor', 'getset_descriptor')]
    print(cls.__name__, own)
    for k, v in cls.__dict__.items():
        if type(v).__name__ in ('member_descriptor', 'getset_descriptor'):
            print('  ', k, repr(v), repr(v.__doc__), v.__name__, v.__qualname__, v.__objclass__.__name__)

# Reading through the descriptor, and errors for the wrong object.
e = OSError(2, 'No such file', 'f.txt')
print(OSError.errno.__get__(e), OSError.strerror.__get__(e), OSError.filename.__get__(e))
show('member on wrong type', lambda: OSError.errno.__get__(ValueError()))
show('member __set__ wrong', lambda: OSError.errno.__set__(1, 2))
show('getset on wrong type', lambda: BaseException.args.__get__(1))
show('unbound get None', lambda: OSError.errno.__get__(None, OSError) is OSError.errno)

# Assign, delete.
e.errno = 5
print(e.errno, e.args)
e.strerror = 'x'
print(e.strerror, str(e), e.args)
del e.errno
print(e.errno)
del e.filename
print(e.filename)
e.filename2 = 'g'
print(e.filename2)
show('del characters_written', lambda: delattr(BlockingIOError(), 'characters_written'))
b = BlockingIOError(11, 'x', 3)
print(b.characters_written)
del b.characters_written
show('characters_written after del', lambda: b.characters_written)
show('set characters_written str', lambda: setattr(b, 'characters_written', 'a'))
b.characters_written = 7
print(b.characters_written)

s = SyntaxError('msg', ('f.py', 1, 2, 'text', 1, 3))
print(s.lineno, s.offset, s.text, s.end_lineno, s.end_offset, s.filename, s.msg, s.print_file_and_line)
s.lineno = 'anything'
print(s.lineno)
del s.lineno
print(s.lineno)
del s.msg
print(s.msg)
show('SyntaxError str', lambda: str(s))

si = StopIteration(1, 2)
print(si.value)
si.value = 3
print(si.value, si.args)
del si.value
print(si.value)
se = SystemExit(4)
print(se.code)
del se.code
print(se.code)
show('del args', lambda: delattr(KeyError(), 'args'))
ke = KeyError(1)
ke.args = [1, 2]
print(ke.args, type(ke.args).__name__)
show('set args int', lambda: setattr(ke, 'args', 5))
show('del __traceback__', lambda: delattr(ke, '__traceback__'))
show('set __traceback__ int', lambda: setattr(ke, '__traceback__', 5))
show('set __context__ int', lambda: setattr(ke, '__context__', 5))
show('set __cause__ int', lambda: setattr(ke, '__cause__', 5))
show('del __context__', lambda: delattr(ke, '__context__'))
show('del __cause__', lambda: delattr(ke, '__cause__'))
show('set __suppress_context__ int', lambda: setattr(ke, '__suppress_context__', 1))
ke.__suppress_context__ = True
print(ke.__suppress_context__)
show('del __suppress_context__', lambda: delattr(ke, '__suppress_context__'))

u = UnicodeDecodeError('utf-8', b'ab', 0, 1, 'bad')
print(u.encoding, u.object, u.start, u.end, u.reason)
u.start = 1
print(u.start, str(u))
show('del start', lambda: delattr(u, 'start'))
show('set start str', lambda: setattr(u, 'start', 'x'))
show('set object str', lambda: setattr(u, 'object', 'x'))
show('set encoding int', lambda: setattr(u, 'encoding', 1))

im = ImportError('m', name='n', path='p', name_from='q')
print(im.name, im.path, im.msg, im.name_from)
del im.name
print(im.name)
ae = AttributeError('a', name='n', obj=1)
print(ae.name, ae.obj)
del ae.obj
print(ae.obj)
ne = NameError('n', name='x')
print(ne.name)
eg = ExceptionGroup('m', [ValueError(1)])
print(eg.message, eg.exceptions)
show('set message', lambda: setattr(eg, 'message', 'y'))
show('set exceptions', lambda: setattr(eg, 'exceptions', ()))
show('del message', lambda: delattr(eg, 'message'))

# More on the typed members.
for v in (True, 2**70, 1.5, -3):
    show('start=' + repr(v), lambda: (setattr(u, 'start', v), u.start)[1])
class I:
    def __index__(self): return 1
show('start index', lambda: (setattr(u, 'start', I()), u.start)[1])
show('end del', lambda: delattr(u, 'end'))
b = BlockingIOError(1, 'x')
show('cw unset', lambda: b.characters_written)
show('cw set big', lambda: setattr(b, 'characters_written', 2**70))
show('cw set index', lambda: (setattr(b, 'characters_written', I()), b.characters_written)[1])
show('cw set float', lambda: setattr(b, 'characters_written', 1.5))
e = ValueError()
try:
    raise KeyError
except KeyError as ex:
    tb = ex.__traceback__
show('tb set ok', lambda: (setattr(e, '__traceback__', tb), e.__traceback__ is tb)[1])
show('tb set None', lambda: (setattr(e, '__traceback__', None), e.__traceback__)[1])
show('sc set False', lambda: (setattr(e, '__suppress_context__', False), e.__suppress_context__)[1])
show('cause None sets suppress', lambda: (setattr(e, '__cause__', None), e.__suppress_context__)[1])
print(repr(str(SyntaxError())), repr(str(SyntaxError('m'))), repr(str(SyntaxError('m', ('a/b.py', 3, 1, 'x')))))
s2 = SyntaxError('m', ('a/b.py', 3, 1, 'x'))
s2.msg = 'changed'
print(str(s2), s2.args)
print(list(k for k, v in BaseException.__dict__.items() if k != '__doc__'))
print('__module__' in ExceptionGroup.__dict__, ExceptionGroup.__weakref__.__doc__)
