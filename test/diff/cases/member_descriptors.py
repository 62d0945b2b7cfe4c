# Which attributes of built-in types are member descriptors (PyMemberDef) and which getset descriptors,
# their reprs and docs, and what assigning or deleting a read-only member says.
import sys, time, types, functools

def show(T, name):
    d = T.__dict__[name]
    print(T.__name__, name, type(d).__name__, repr(d), repr(d.__doc__)[:40])

for T, names in [
    (slice, ['start', 'stop', 'step']),
    (range, ['start', 'stop', 'step']),
    (property, ['fget', 'fset', 'fdel', '__doc__']),
    (staticmethod, ['__func__', '__wrapped__']),
    (classmethod, ['__func__', '__wrapped__']),
    (super, ['__thisclass__', '__self__', '__self_class__']),
    (types.FunctionType, ['__globals__', '__builtins__', '__closure__', '__doc__', '__module__']),
    (types.MethodType, ['__func__', '__self__']),
    (time.struct_time, ['tm_year', 'tm_zone']),
    (type(sys.version_info), ['major', 'serial']),
    (type(sys.flags), ['optimize', 'gil']),
    (types.GetSetDescriptorType, ['__name__', '__objclass__', '__doc__', '__qualname__']),
    (types.MemberDescriptorType, ['__name__', '__objclass__', '__doc__', '__qualname__']),
    (types.MethodDescriptorType, ['__name__', '__objclass__']),
    (types.WrapperDescriptorType, ['__name__', '__objclass__']),
    (types.ClassMethodDescriptorType, ['__name__', '__objclass__']),
    (types.MethodWrapperType, ['__self__']),
    (types.BuiltinFunctionType, ['__self__']),
    (complex, ['real', 'imag']),
    (types.GenericAlias, ['__origin__', '__args__', '__unpacked__']),
    (types.UnionType, ['__args__']),
    (types.ModuleType, ['__dict__']),
    (types.TracebackType, ['tb_frame', 'tb_lasti', 'tb_next']),
    (functools.partial, ['func', 'args', 'keywords']),
    (type, ['__base__', '__dict__']),
    (types.CodeType, ['co_name', 'co_consts', 'co_argcount', 'co_varnames', 'co_code']),
    (types.SimpleNamespace, ['__dict__']),
    (classmethod, ['__dict__']),
]:
    for name in names:
        show(T, name)

print(types.MemberDescriptorType is type(slice.start), types.MemberDescriptorType.__name__)
d = slice.__dict__['start']
print(d.__name__, d.__qualname__, d.__objclass__, d.__get__(slice(1, 2), slice), d.__get__(None, slice) is d)

def attempt(f):
    try:
        f()
        print('ok')
    except Exception as e:
        print(type(e).__name__, e)

s = slice(1, 2, 3)
def set_start(): s.start = 5
def del_start(): del s.start
attempt(set_start)
attempt(del_start)
attempt(lambda: d.__set__(s, 5))
attempt(lambda: d.__set__(5, 5))
attempt(lambda: d.__get__(5))
attempt(lambda: d.__delete__(s))
r = range(3)
def set_range(): r.stop = 5
attempt(set_range)
p = property(len)
def set_fget(): p.fget = None
attempt(set_fget)
p.__doc__ = 'hello'
print(p.__doc__)
del p.__doc__
print(p.__doc__)
sm = staticmethod(len)
def set_func(): sm.__func__ = abs
attempt(set_func)
def f(): pass
def set_globals(): f.__globals__ = {}
attempt(set_globals)
f.__module__ = 'elsewhere'
print(f.__module__)
del f.__module__
print(f.__module__)
st = time.gmtime(0)
def set_year(): st.tm_year = 5
attempt(set_year)
print(st.tm_year, st.tm_zone, st.tm_gmtoff)

ns = types.SimpleNamespace(a=1)
def set_ns_dict(): ns.__dict__ = {}
attempt(set_ns_dict)
def set_real(): (1j).real = 2.0
attempt(set_real)
def set_module_dict(): types.__dict__ = {}
attempt(set_module_dict)
def set_partial_func(): functools.partial(len).func = abs
attempt(set_partial_func)
def set_co_name(): set_co_name.__code__.co_name = 'x'
attempt(set_co_name)
def set_origin(): list[int].__origin__ = dict
attempt(set_origin)

class Slotted:
    __slots__ = ('a',)
print(type(Slotted.a).__name__, repr(Slotted.a), Slotted.a.__doc__)
