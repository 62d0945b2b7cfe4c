# Frame and code objects as CPython 3.14 has them: frame.f_generator (new in 3.14), f_trace_opcodes,
# f_trace_lines (a member), f_builtins, clear() refusals, the frame repr; code objects' co_lnotab
# (deprecated), co_branches(), co_qualname, code(...), replace(), __replace__, equality.
# (frame.__sizeof__ is not printed: it depends on the word size; neither is f_back of the module frame,
# which differs under the oracle's runner.)
import sys, warnings, types
def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, type(e).__name__, e)
    else:
        print(label, 'ok', repr(r))

f = sys._getframe()
print(sorted(k for k in dir(f) if not k.startswith('__')))
print([k for k in type(f).__dict__ if k not in ('__sizeof__', '__doc__')])
for k, v in type(f).__dict__.items():
    if k in ('__sizeof__', '__doc__'): continue
    print(' ', k, type(v).__name__, repr(v.__doc__)[:80])

def gen():
    fr = sys._getframe()
    yield fr
g = gen()
gf = next(g)
show('f_generator of gen frame', lambda: gf.f_generator is g)
show('f_generator of plain', lambda: f.f_generator)
async def co():
    return sys._getframe()
c = co()
try:
    c.send(None)
except StopIteration as e:
    cf = e.value
show('f_generator finished coroutine', lambda: cf.f_generator)
list(g)
show('f_generator finished gen', lambda: gf.f_generator)
show('f_trace_lines del', lambda: delattr(f, 'f_trace_lines'))
show('f_trace_lines int', lambda: setattr(f, 'f_trace_lines', 1))
show('f_trace_opcodes', lambda: f.f_trace_opcodes)
f.f_trace_opcodes = True
show('f_trace_opcodes set', lambda: f.f_trace_opcodes)
f.f_trace_opcodes = False
show('f_trace_opcodes int', lambda: setattr(f, 'f_trace_opcodes', 2))
show('f_trace_opcodes del', lambda: delattr(f, 'f_trace_opcodes'))
show('f_builtins', lambda: f.f_builtins is __builtins__.__dict__ if hasattr(__builtins__, '__dict__') else f.f_builtins is __builtins__)
show('f_builtins type', lambda: type(f.f_builtins).__name__)
show('f_globals', lambda: f.f_globals is globals())
show('f_lineno', lambda: f.f_lineno)
show('f_lasti type', lambda: type(f.f_lasti).__name__)
show('f_trace', lambda: f.f_trace)
show('f_back', lambda: fi.f_back is f)
show('f_code name', lambda: f.f_code.co_name)
show('clear executing', lambda: f.clear())
def inner():
    return sys._getframe()
fi = inner()
show('clear finished', lambda: fi.clear())
show('f_locals after clear', lambda: fi.f_locals)
g2 = gen()
gf2 = next(g2)
show('clear suspended', lambda: gf2.clear())
show('gen after clear', lambda: next(g2))
g3 = gen()
def run_clear():
    fr = next(g3)
    return fr
show('clear in running gen', lambda: None)
import re
show('frame repr', lambda: re.sub('0x[0-9a-f]+', 'ADDR', repr(fi)).replace(repr(fi.f_code.co_filename), 'FILE'))
show('frame repr gen', lambda: re.sub('0x[0-9a-f]+', 'ADDR', repr(gf)).replace(repr(gf.f_code.co_filename), 'FILE'))
show('set f_lineno', lambda: setattr(fi, 'f_lineno', 3))
show('set f_lasti', lambda: setattr(fi, 'f_lasti', 3))
show('del f_trace', lambda: (delattr(fi, 'f_trace'), fi.f_trace)[1])
show('set f_back', lambda: setattr(fi, 'f_back', None))
show('frame new', lambda: types.FrameType())

# ---- code objects ----

def f(a, b=1, *args, c, **kw):
    x = a + b
    def g():
        return x
    return g

co = f.__code__
print(sorted(k for k in dir(co) if not k.startswith('__')))
# (sorted: pyrewind registers the code type's attributes in another order; __sizeof__ depends on the word size)
print(sorted(k for k in type(co).__dict__ if k not in ('__doc__', '__sizeof__')))
for k, v in sorted(type(co).__dict__.items()):
    if k.startswith('co_') or k in ('replace', '_varname_from_oparg'):
        print(' ', k, type(v).__name__, repr(v.__doc__)[:90])
try:
  with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    lt = co.co_lnotab
    print(type(lt).__name__, [(str(x.category.__name__), str(x.message)) for x in w])
except AttributeError as e: print(e)
print(co.co_qualname, co.co_name, co.co_firstlineno, co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount)
print(co.co_varnames, co.co_cellvars, co.co_freevars, co.co_names, co.co_nlocals, co.co_flags)
print(type(co.co_linetable).__name__, type(co.co_code).__name__, type(co.co_exceptiontable).__name__)
gc_ = [c for c in co.co_consts if hasattr(c, 'co_code')][0]
print(gc_.co_qualname, gc_.co_freevars, gc_.co_flags)
c2 = co.replace(co_name='renamed')
print(c2.co_name, c2.co_qualname, c2 == co, c2 is co)
c3 = co.replace(co_qualname='Q')
print(c3.co_qualname)
show('replace bad kw', lambda: co.replace(co_bogus=1))
show('replace pos', lambda: co.replace(1))
show('replace type', lambda: co.replace(co_name=1))
show('replace nlocals', lambda: co.replace(co_nlocals=99))
show('copy.replace', lambda: __import__('copy').replace(co, co_name='z').co_name)
print(list(co.co_lines())[:3] == list(co.co_lines())[:3])
print(all(len(p) == 4 for p in co.co_positions()))
print(len(list(co.co_positions())) == len(co.co_code) // 2)
show('code new', lambda: type(co)())
print(co == f.__code__, hash(co) == hash(f.__code__))
show('setattr', lambda: setattr(co, 'co_name', 'x'))
show('co_lnotab set', lambda: setattr(co, 'co_lnotab', b''))
print(repr(co).split(' at ')[0])
show('code lt', lambda: co < co)
show('replace int kw float', lambda: co.replace(co_argcount=1.5))
show('replace flags big', lambda: co.replace(co_flags=2**40))
show('replace bytes str', lambda: co.replace(co_code='x'))
show('replace odd code', lambda: co.replace(co_code=b'x'))
show('replace names int', lambda: co.replace(co_names=(1,)))
show('replace consts list', lambda: co.replace(co_consts=[1]))
show('replace varnames int', lambda: co.replace(co_varnames=(1, 2, 3, 4, 5, 6)))
print(co.replace() == co, co.replace(co_filename='other') == co, co.replace(co_consts=co.co_consts + (1,)) == co)
print(compile('x = 0.0', 's', 'exec') == compile('x = -0.0', 's', 'exec'), compile('x = 1', 's', 'exec') == compile('x = 1', 't', 'exec'))
print(compile('x = 1', 's', 'exec') == compile('x = True', 's', 'exec'), compile('x = (1, 2)', 's', 'exec') == compile('x = (1, 2)', 's', 'exec'))
print(hash(compile('x = 1', 's', 'exec')) == hash(compile('x = 1', 't', 'exec')))
print(co.__replace__ is not None)
show('_varname_from_oparg', lambda: co._varname_from_oparg(0))
print(type(co).__name__, type(co).__module__, type(co).__qualname__)
show('co_branches', lambda: type(list(co.co_branches())) if hasattr(co, 'co_branches') else 'absent')

def f(a, b=1):
    x = a
    def g(): return x
    return g
co = f.__code__
C = type(co)
args = [co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount, co.co_nlocals, co.co_stacksize, co.co_flags,
        co.co_code, co.co_consts, co.co_names, co.co_varnames, co.co_filename, co.co_name, co.co_qualname,
        co.co_firstlineno, co.co_linetable, co.co_exceptiontable, co.co_freevars, co.co_cellvars]
show('full', lambda: C(*args) == co)
show('16', lambda: C(*args[:16]).co_cellvars)
show('15', lambda: C(*args[:15]))
show('19', lambda: C(*args, ()))
show('kw', lambda: C(*args[:16], freevars=()))
for i in range(18):
    a = list(args); a[i] = 1.5 if i != 10 else 2
    show('bad %d' % i, lambda: C(*a))
a = list(args); a[0] = -1
show('neg argcount', lambda: C(*a))
a = list(args); a[3] = 5
show('nlocals', lambda: C(*a))
a = list(args); a[9] = ('a', 1)
show('varnames int', lambda: C(*a))
a = list(args); a[7] = [1]
show('consts list', lambda: C(*a))
show('replace nlocals', lambda: co.replace(co_nlocals=5))
show('replace varnames', lambda: co.replace(co_varnames=('p', 'q', 'x', 'g'), co_nlocals=4).co_varnames)
print(co.co_varnames, co.co_cellvars)
r = co.replace(co_varnames=('p', 'q', 'h'))
print(r.co_varnames, r.co_cellvars, r.co_nlocals)
show('replace cellvars', lambda: co.replace(co_cellvars=('y',)).co_cellvars)
show('replace varnames short', lambda: co.replace(co_varnames=('p',)))
import types
fn = types.FunctionType(co.replace(co_varnames=('p', 'q', 'h')), globals())
print(fn(5, 1)(), fn.__code__.co_varnames)
print(C.__new__.__doc__ is not None, C.__doc__[:40])
warnings.simplefilter('ignore', DeprecationWarning)
show('co_lnotab empty', lambda: compile('', 's', 'exec').co_lnotab)
show('lnotab f', lambda: f.__code__.co_lnotab)

async def g(x):
    async for i in x:
        if i:
            pass
    for j in x:
        if j: pass
    else:
        pass
    return [k for k in x if k]
print(list(g.__code__.co_branches()))
def h(a):
    if a is None: return 1
    if a is not None: return 2
    while True:
        if a: break
print(list(h.__code__.co_branches()))

def f(a):
    if a:
        return 1
    for i in range(3):
        a += i
    while a < 10:
        a += 1
    return a and 2 or 3
with warnings.catch_warnings():
    warnings.simplefilter('ignore')
    print(f.__code__.co_lnotab, compile('x = 1\n\n\n' + 'y = 2\n' * 3 + '\n' * 300 + 'z = 3\n', 's', 'exec').co_lnotab)
for co in (f.__code__, compile('x = 1\nif x:\n    y = 2\n', 's', 'exec')):
    print(list(co.co_branches()))
    print(type(co.co_branches()).__name__)
    it = co.co_branches()
    print(iter(it) is it)
