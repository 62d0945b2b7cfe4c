# An audit trail that records who called what: logging with caller information (funcName, lineno,
# module), stack_info dumps, warnings attributed to callers with stacklevel, inspect.stack() and
# getsource() for the audit report, and signatures of the functions being audited (builtins included).
import inspect
import io
import logging
import os
import sys
import traceback
import warnings

stream = io.StringIO()
handler = logging.StreamHandler(stream)
handler.setFormatter(logging.Formatter('%(levelname)s %(module)s.%(funcName)s:%(lineno)d %(message)s'))
log = logging.getLogger('audit')
log.addHandler(handler)
log.setLevel(logging.DEBUG)
log.propagate = False

def audited(func):
    sig = inspect.signature(func)
    def wrapper(*args, **kwargs):
        bound = sig.bind(*args, **kwargs)
        bound.apply_defaults()
        caller = inspect.stack()[1]
        log.info('%s%s called from %s line %d', func.__name__, bound.arguments, caller.function, caller.lineno)
        return func(*args, **kwargs)
    wrapper.__wrapped__ = func
    wrapper.__signature__ = sig
    wrapper.__name__ = func.__name__
    return wrapper

@audited
def transfer(src, dst, amount, *, memo='', fee=0.5):
    """Move money between accounts."""
    if amount <= 0:
        warnings.warn('non-positive transfer ignored', UserWarning, stacklevel=3)
        return None
    log.debug('moving %s', amount)
    return (src, dst, amount - fee, memo)

def nightly_batch():
    results = [transfer('a', 'b', 10), transfer('c', 'd', 0, memo='zero')]
    log.warning('batch done with %d results', len(results))
    return results

def deep_helper():
    log.error('deep problem', stack_info=True)

def middle():
    deep_helper()

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    print(nightly_batch())
for w in caught:
    print('warning:', w.category.__name__, w.message, os.path.basename(w.filename), w.lineno, w.line)
middle()
for line in stream.getvalue().splitlines():
    if line.startswith('  File '):
        path, rest = line[len('  File "'):].split('", ', 1)
        print('  File', os.path.basename(path), rest)
    else:
        print(line)

print('--- signatures')
print(inspect.signature(transfer), inspect.signature(transfer).parameters['fee'].default, transfer.__doc__)
for obj in (sorted, len, print, dict.get, str.split, int, range, zip, open, getattr, iter, max, divmod, list.sort, dict.pop, str.replace, bytes.hex, isinstance):
    try:
        print(f'{getattr(obj, "__qualname__", obj)}{inspect.signature(obj)}')
    except ValueError as e:
        print(getattr(obj, '__qualname__', obj), 'ValueError', e)
sig = inspect.signature(lambda a, /, b=2, *c, d, e=5, **f: None)
for p in sig.parameters.values():
    print(' ', p.name, p.kind.name, p.default is p.empty, str(p))
print(sig.replace(return_annotation=int), sig.bind(1, d=4).arguments, sig.bind_partial(d=1))
try:
    sig.bind()
except TypeError as e:
    print('TypeError', e)
try:
    inspect.signature(transfer).bind('x', 'y', 1, 2)
except TypeError as e:
    print('TypeError', e)

print('--- source')
print(inspect.getsource(deep_helper), end='')
lines, start = inspect.getsourcelines(middle)
print(start, lines)
print(inspect.getdoc(transfer), inspect.getmodule(transfer).__name__, os.path.basename(inspect.getfile(transfer)))
print(inspect.isfunction(transfer), inspect.isbuiltin(len), inspect.ismethod(io.StringIO().write), inspect.isclass(int), inspect.isgeneratorfunction(nightly_batch))
print(inspect.unwrap(transfer) is transfer.__wrapped__, inspect.getcallargs(transfer.__wrapped__, 'a', 'b', 3))
print([name for name, _ in inspect.getmembers(logging.Logger, inspect.isfunction)][:6])

print('--- frames')
def whoami():
    frame = inspect.currentframe()
    return frame.f_code.co_name, frame.f_back.f_code.co_name, sys._getframe(1).f_lineno > 0

def caller_of_whoami():
    return whoami()
print(caller_of_whoami())
def show_stack():
    for fi in inspect.stack()[:3]:
        print('  frame', fi.function, fi.lineno, fi.code_context[0].strip() if fi.code_context else None, fi.index)
    for entry in traceback.extract_stack(limit=3):
        print('  tb', entry.name, entry.lineno, entry.line)
    print(''.join(traceback.format_stack(limit=2)).count('File'))
def outer_frame():
    show_stack()
outer_frame()
try:
    transfer('x', 'y', 'lots')
except TypeError as e:
    tb = traceback.extract_tb(e.__traceback__)
    print('TypeError', e, [(f.name, f.lineno) for f in tb])
    fs = tb[-1]
    print(fs.line, fs.colno is not None, fs.end_lineno == fs.lineno)
    print(traceback.format_exception_only(e)[-1], end='')
