# A tool that discovers its plugins at run time: pkgutil walks the plugins package, importlib loads each
# one and checks its interface, runpy runs a plugin module and a helper script as programs, and
# cached plugin metadata is read back with marshal, rejecting corrupt caches with CPython's errors.
import importlib
import importlib.util
import marshal
import os
import pkgutil
import runpy
import sys

import plugins

found = sorted(pkgutil.iter_modules(plugins.__path__, plugins.__name__ + '.'), key=lambda m: m.name)
for info in found:
    print('found', info.name, 'package' if info.ispkg else 'module', type(info.module_finder).__name__)
walked = sorted((m.name, m.ispkg) for m in pkgutil.walk_packages(plugins.__path__, 'plugins.'))
print('walked', walked)
print('top level', sorted(m.name for m in pkgutil.iter_modules(['.']) if not m.name.startswith('_')))

registry = {}
for info in found:
    if info.name.endswith(('.broken', '.report')):
        continue
    mod = importlib.import_module(info.name)
    run = getattr(mod, 'run', None)
    if not callable(run):
        print('skip', info.name, '(no run)')
        continue
    registry[getattr(mod, 'NAME', info.name.rsplit('.', 1)[-1])] = mod
    print('loaded', info.name, 'version', getattr(mod, 'VERSION', '?'), 'spec', mod.__spec__.name, os.path.basename(mod.__spec__.origin))
try:
    importlib.import_module('plugins.broken')
except ZeroDivisionError as e:
    print('plugins.broken failed to import:', type(e).__name__, e, 'in sys.modules:', 'plugins.broken' in sys.modules)
for name in sorted(registry):
    print(f'{name:>8} ->', registry[name].run('payload'))

spec = importlib.util.find_spec('plugins.extra.deep')
print('find_spec', spec.name, spec.parent, spec.submodule_search_locations, os.path.basename(spec.origin))
print('missing spec', importlib.util.find_spec('plugins.nope'))
loader = pkgutil.get_loader('plugins.upper') if hasattr(pkgutil, 'get_loader') else None
print('resolve', importlib.util.resolve_name('.deep', 'plugins.extra'), importlib.util.resolve_name('..upper', 'plugins.extra'))

result = runpy.run_module('plugins.report', run_name='__main__')
print('run_module globals', result['TOTAL'], result['__name__'])
env = runpy.run_path('tool_script.py', init_globals={'GREETING': 'hey'}, run_name='tool')
print('run_path', env['OUTPUT'], env['__name__'])
try:
    runpy.run_module('plugins.missing_mod')
except ImportError as e:
    print('ImportError', e)

cache = marshal.loads(b'\xfb\xda\x05upper\xa9\x02\xe9\x01\x00\x00\x00\xe9\x02\x00\x00\x00\xda\x05lower\xa9\x01\xe9\x03\x00\x00\x000')
print('cache', cache)
for blob in [b'', b'\xff', b'i\x01', b's\x05\x00\x00\x00ab', b'r\x05\x00\x00\x00', b'(\x02\x00\x00\x00i', b'l\x01\x00\x00\x00\xff\xff', b'0', b'z\x05ab']:
    try:
        print(marshal.loads(blob))
    except (EOFError, ValueError, TypeError) as e:
        print(f'corrupt cache {blob!r}: {type(e).__name__}: {e}')
