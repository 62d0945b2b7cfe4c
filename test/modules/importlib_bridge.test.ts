// Checks _imp (vm/modules/imp.ts) and importlib on top of pyrewind's importer (vm/modules/
// importlib_bridge.ts: the NativeImporter meta path finder, its SourceLoader, and _frozen_importlib)
// against CPython 3.14: the expected output was printed by CPython (pyodide 3.14.2) running the same
// programs with the same files (paths are printed by their last parts only).
//
// The interpreter gets the finder in sys.meta_path and sys.pycache_prefix here, as sys.ts will give
// them. importlib's own modules import _warnings, _io and marshal, which pyrewind does not implement
// natively yet: until it does, the program directory holds stand-ins for them (a native module, once
// registered, is found first and the stand-in is ignored).
import { describe, expect, it } from 'vitest';
import type { Interpreter } from '../../vm/runtime/interpreter.js';
import { PyList } from '../../vm/objects/list.js';
import { None } from '../../vm/objects/singletons.js';
import '../../vm/modules/imp.js';
import { nativeImporterFor } from '../../vm/modules/importlib_bridge.js';
import { runProgram } from './program_runner.js';
import { checkOutputLines } from '../vm/describe_program.js';

function installFinder(interp: Interpreter): void {
  interp.sys.setStr('meta_path', new PyList([nativeImporterFor(interp)]));
  if (interp.sys.getStr('pycache_prefix') === undefined) interp.sys.setStr('pycache_prefix', None);
}

/** Stand-ins for C modules importlib needs that pyrewind lacks (only the names importlib uses). */
const STAND_INS: Record<string, string> = {
  '_warnings.py': String.raw`# test shim
def warn(message, category=None, stacklevel=1, source=None, *, skip_file_prefixes=()):
    print('WARN', message)
`,
  '_io.py': '# stand-in: importlib._bootstrap_external imports _io; the native finder never reads through it\n',
  'marshal.py': '# stand-in: importlib._bootstrap_external imports marshal for .pyc files, which pyrewind does not write\n',
};

const IMP_PROGRAM = String.raw`import _imp, sys
math = __import__('math')
def show(label, f):
    try:
        print(label, repr(f()))
    except BaseException as e:
        print(label, type(e).__name__, e)
show('doc', lambda: _imp.__doc__)
show('is_builtin', lambda: [_imp.is_builtin(n) for n in ('sys', 'builtins', '_imp', 'math', 'cmath', 'atexit', '_thread', 'itertools', 'json', 'nope')])
show('is_frozen', lambda: [_imp.is_frozen(n) for n in ('nope', 'json')])
show('is_builtin int', lambda: _imp.is_builtin(1))
show('is_builtin kw', lambda: _imp.is_builtin(name='sys'))
show('is_frozen int', lambda: _imp.is_frozen(1))
show('magic', lambda: (_imp.pyc_magic_number_token, _imp.pyc_magic_number_token.to_bytes(4, 'little'), _imp.check_hash_based_pycs))
show('source_hash', lambda: [_imp.source_hash(k, s).hex() for k, s in ((_imp.pyc_magic_number_token, b'abc'), (5, b''), (5, b'hello world'), (-1, b'hello world'), (3, bytearray(b'ab')), (3, memoryview(b'ab')), (0, b'x' * 20))])
show('source_hash kw', lambda: _imp.source_hash(key=5, source=b''))
show('source_hash str', lambda: _imp.source_hash(1, 'x'))
show('source_hash big key', lambda: _imp.source_hash(2**70, b'x'))
show('lock', lambda: _imp.lock_held())
_imp.acquire_lock(); _imp.acquire_lock()
show('lock held', lambda: _imp.lock_held())
_imp.release_lock(); _imp.release_lock()
show('lock released', lambda: _imp.lock_held())
show('release unheld', lambda: _imp.release_lock())
show('acquire arg', lambda: _imp.acquire_lock(1))
show('lock_held arg', lambda: _imp.lock_held(1))
show('find_frozen', lambda: _imp.find_frozen('nope'))
show('get_frozen_object', lambda: _imp.get_frozen_object('nope'))
show('is_frozen_package', lambda: _imp.is_frozen_package('nope'))
show('init_frozen', lambda: _imp.init_frozen('nope'))
show('override frozen', lambda: _imp._override_frozen_modules_for_tests(0))
show('override multi', lambda: _imp._override_multi_interp_extensions_check(-1))
class Spec:
    def __init__(self, name): self.name = name
show('create_builtin no name', lambda: _imp.create_builtin(1))
show('create_builtin unknown', lambda: _imp.create_builtin(Spec('nope')))
show('create_builtin fresh', lambda: (_imp.create_builtin(Spec('math')) is math, _imp.create_builtin(Spec('math')).__name__))
show('create_builtin sys', lambda: _imp.create_builtin(Spec('sys')) is sys)
show('create_builtin int name', lambda: _imp.create_builtin(Spec(5)))
show('exec_builtin', lambda: (_imp.exec_builtin(math), _imp.exec_builtin(1)))
show('exec_dynamic', lambda: (_imp.exec_dynamic(sys), _imp.exec_dynamic(1)))
show('create_dynamic no origin', lambda: _imp.create_dynamic(Spec('x')))
co = compile('def f(): pass', 'a.py', 'exec')
_imp._fix_co_filename(co, 'b.py')
show('fix_co_filename', lambda: (co.co_filename, [c.co_filename for c in co.co_consts if hasattr(c, 'co_filename')]))
show('fix bad code', lambda: _imp._fix_co_filename(1, 'b'))
show('fix bad path', lambda: _imp._fix_co_filename(co, 1))
`;

const IMP_EXPECTED = String.raw`doc '(Extremely) low-level import machinery bits as used by importlib.'
is_builtin [-1, -1, 1, 1, 1, 1, 1, 1, 0, 0]
is_frozen [False, False]
is_builtin int TypeError is_builtin() argument must be str, not int
is_builtin kw TypeError _imp.is_builtin() takes no keyword arguments
is_frozen int TypeError is_frozen() argument must be str, not int
magic (168627755, b'+\x0e\r\n', 'default')
source_hash ['6e461bf6a5e97b4a', '50b24a815d812874', '8c706a0fe39a8da7', 'b95a0d63c28a6960', 'bb5248a682b8cf3f', 'bb5248a682b8cf3f', 'dcd9f84559678a32']
source_hash kw b'P\xb2J\x81]\x81(t'
source_hash str TypeError a bytes-like object is required, not 'str'
source_hash big key OverflowError Python int too large to convert to C long
lock False
lock held True
lock released False
release unheld RuntimeError not holding the import lock
acquire arg TypeError _imp.acquire_lock() takes no arguments (1 given)
lock_held arg TypeError _imp.lock_held() takes no arguments (1 given)
find_frozen None
get_frozen_object ImportError No such frozen object named 'nope'
is_frozen_package ImportError No such frozen object named 'nope'
init_frozen None
override frozen None
override multi RuntimeError _imp._override_multi_interp_extensions_check() cannot be used in the main interpreter
create_builtin no name AttributeError 'int' object has no attribute 'name'
create_builtin unknown None
create_builtin fresh (False, 'math')
create_builtin sys True
create_builtin int name TypeError name must be string, not int
exec_builtin (0, 0)
exec_dynamic (0, 0)
create_dynamic no origin AttributeError 'Spec' object has no attribute 'origin'
fix_co_filename ('b.py', ['b.py'])
fix bad code TypeError _fix_co_filename() argument 1 must be code, not int
fix bad path TypeError _fix_co_filename() argument 2 must be str, not int
`;

const IMPORTLIB_FILES: Record<string, string> = {
  'bad.py': String.raw`x = 1
raise ValueError('bad module')
`,
  'early.py': String.raw`print('early imported before importlib')
`,
  'main.py': String.raw`import sys
import early, pkg
try:
    import _warnings  # importlib needs it; until pyrewind has it natively the test provides a stand-in
except ImportError:
    pass
import importlib, importlib.util, importlib.machinery
def show(label, f):
    try:
        print(label, repr(f()))
    except BaseException as e:
        print(label, type(e).__name__, e)
show('bootstrap', lambda: (importlib._bootstrap.__name__, importlib._bootstrap is sys.modules['_frozen_importlib']))
show('meta_path', lambda: [getattr(f, '__name__', None) for f in sys.meta_path][:2])
show('earlier imports got specs', lambda: (early.__spec__.name, early.__spec__.origin.rsplit('/', 1)[-1], early.__spec__.parent, early.__loader__ is early.__spec__.loader, pkg.__spec__.parent, pkg.__spec__.submodule_search_locations == pkg.__path__))
show('find_spec of imported', lambda: importlib.util.find_spec('early').name)
show('import_module', lambda: importlib.import_module('pkg.mod').__name__)
import pkg.mod
show('same object', lambda: importlib.import_module('pkg.mod') is pkg.mod)
show('relative', lambda: importlib.import_module('.sub.deep', 'pkg').f())
show('relative 2', lambda: importlib.import_module('..mod', 'pkg.sub').__name__)
show('spec', lambda: (pkg.sub.deep.__spec__.name, pkg.sub.deep.__spec__.parent, pkg.sub.deep.__spec__.origin.rsplit('/', 2)[-2:], pkg.sub.deep.__spec__.submodule_search_locations, pkg.sub.deep.__spec__.has_location))
show('pkg spec', lambda: (pkg.sub.__spec__.submodule_search_locations[0].rsplit('/', 1)[-1], pkg.sub.__path__[0].rsplit('/', 1)[-1], pkg.sub.__package__))
show('module attrs', lambda: (pkg.sub.deep.__loader__ is pkg.sub.deep.__spec__.loader, pkg.sub.deep.__file__.rsplit('/', 1)[-1], pkg.sub.deep.__cached__.rsplit('/', 2)[-2:]))
show('parent attr', lambda: pkg.sub.deep is pkg.sub.__dict__['deep'])
show('reload', lambda: importlib.reload(pkg.mod).counter)
show('reload again', lambda: importlib.reload(pkg.mod).counter)
show('reload keeps object', lambda: importlib.reload(pkg.mod) is pkg.mod)
show('find_spec', lambda: importlib.util.find_spec('pkg.sub.deep').name)
show('find_spec absent', lambda: importlib.util.find_spec('nope_zz'))
show('find_spec absent sub', lambda: importlib.util.find_spec('pkg.nope'))
show('find_spec absent parent', lambda: importlib.util.find_spec('nope_zz.x'))
show('find_spec builtin', lambda: importlib.util.find_spec('math'))
show('find_spec sys', lambda: importlib.util.find_spec('sys'))
show('find_spec rel', lambda: importlib.util.find_spec('.mod', 'pkg').name)
show('find_spec rel no pkg', lambda: importlib.util.find_spec('.mod'))
show('find_spec main', lambda: importlib.util.find_spec('__main__'))
show('import builtin', lambda: importlib.import_module('cmath').sqrt(-1))
show('builtin spec', lambda: (importlib.import_module('itertools').__spec__, importlib.import_module('itertools').__loader__))
show('missing', lambda: importlib.import_module('nonexistent_mod_q'))
show('missing sub', lambda: importlib.import_module('pkg.nope'))
show('not a package', lambda: importlib.import_module('pkg.mod.x'))
show('empty', lambda: importlib.import_module(''))
show('rel no package', lambda: importlib.import_module('.x'))
show('beyond', lambda: importlib.import_module('...x', 'pkg'))
show('bad package', lambda: importlib.import_module('.x', 'nopkg_zz'))
show('bad module', lambda: importlib.import_module('bad'))
show('bad not kept', lambda: 'bad' in sys.modules)
show('invalidate', lambda: importlib.invalidate_caches())
show('reload bad', lambda: importlib.reload(5))
show('reload not in modules', lambda: importlib.reload(type(sys)('fresh')))
show('reload builtin', lambda: importlib.reload(importlib.import_module('cmath')).__name__)
show('stdlib', lambda: importlib.import_module('colorsys').rgb_to_hsv(1, 0, 0))
show('stdlib spec', lambda: importlib.util.find_spec('colorsys').origin.rsplit('/', 1)[-1])
show('machinery', lambda: (importlib.machinery.ModuleSpec.__name__, importlib.machinery.BuiltinImporter.__module__))
spec = importlib.util.find_spec('pkg.mod')
m = importlib.util.module_from_spec(spec)
spec.loader.exec_module(m)
show('module_from_spec + exec_module', lambda: (type(m).__name__, m.counter, m.__name__, m is sys.modules['pkg.mod']))
show('loader api', lambda: (spec.loader.is_package('pkg.mod'), spec.loader.get_source('pkg.mod').splitlines()[0], spec.loader.get_filename('pkg.mod').rsplit('/', 2)[-2:], spec.loader.get_filename().rsplit('/', 1)[-1]))
show('loader for another module', lambda: spec.loader.get_source('pkg'))
show('loader name/path/eq', lambda: (spec.loader.name, spec.loader.path.rsplit('/', 2)[-2:], spec.loader == importlib.util.find_spec('pkg.mod').loader, hash(spec.loader) == hash(importlib.util.find_spec('pkg.mod').loader), spec == importlib.util.find_spec('pkg.mod')))
show('package loader', lambda: (pkg.sub.__loader__.is_package('pkg.sub'), pkg.sub.__spec__.loader.get_filename('pkg.sub').rsplit('/', 2)[-2:]))
show('get_data', lambda: spec.loader.get_data(spec.origin)[:5])
try:
    spec.loader.get_data(spec.origin + 'x')
except FileNotFoundError as e:
    print('get_data missing', e.strerror, e.filename.rsplit('/', 1)[-1])
`,
  'pkg/__init__.py': String.raw`print('pkg init', __name__, __package__)
VALUE = 1
`,
  'pkg/mod.py': String.raw`print('pkg.mod runs')
counter = globals().get('counter', 0) + 1
`,
  'pkg/sub/__init__.py': String.raw`print('pkg.sub init')
`,
  'pkg/sub/deep.py': String.raw`from .. import mod
def f(): return 'deep', mod.counter
`,
};

const IMPORTLIB_EXPECTED = String.raw`early imported before importlib
pkg init pkg pkg
bootstrap ('importlib._bootstrap', True)
meta_path ['BuiltinImporter', 'FrozenImporter']
earlier imports got specs ('early', 'early.py', '', True, 'pkg', True)
find_spec of imported 'early'
pkg.mod runs
import_module 'pkg.mod'
same object True
pkg.sub init
relative ('deep', 1)
relative 2 'pkg.mod'
spec ('pkg.sub.deep', 'pkg.sub', ['sub', 'deep.py'], None, True)
pkg spec ('sub', 'sub', 'pkg.sub')
module attrs (True, 'deep.py', ['__pycache__', 'deep.cpython-314.pyc'])
parent attr True
pkg.mod runs
reload 2
pkg.mod runs
reload again 3
pkg.mod runs
reload keeps object True
find_spec 'pkg.sub.deep'
find_spec absent None
find_spec absent sub None
find_spec absent parent ModuleNotFoundError No module named 'nope_zz'
find_spec builtin ModuleSpec(name='math', loader=<class '_frozen_importlib.BuiltinImporter'>, origin='built-in')
find_spec sys ModuleSpec(name='sys', loader=<class '_frozen_importlib.BuiltinImporter'>, origin='built-in')
find_spec rel 'pkg.mod'
find_spec rel no pkg ImportError no package specified for '.mod' (required for relative module names)
find_spec main ValueError __main__.__spec__ is None
import builtin 1j
builtin spec (ModuleSpec(name='itertools', loader=<class '_frozen_importlib.BuiltinImporter'>, origin='built-in'), <class '_frozen_importlib.BuiltinImporter'>)
missing ModuleNotFoundError No module named 'nonexistent_mod_q'
missing sub ModuleNotFoundError No module named 'pkg.nope'
not a package ModuleNotFoundError No module named 'pkg.mod.x'; 'pkg.mod' is not a package
empty ValueError Empty module name
rel no package TypeError the 'package' argument is required to perform a relative import for '.x'
beyond ImportError attempted relative import beyond top-level package
bad package ModuleNotFoundError No module named 'nopkg_zz'
bad module ValueError bad module
bad not kept False
invalidate None
reload bad TypeError reload() argument must be a module
reload not in modules ImportError module fresh not in sys.modules
reload builtin 'cmath'
stdlib (0.0, 1.0, 1)
stdlib spec 'colorsys.py'
machinery ('ModuleSpec', '_frozen_importlib')
pkg.mod runs
module_from_spec + exec_module ('module', 1, 'pkg.mod', False)
loader api (False, "print('pkg.mod runs')", ['pkg', 'mod.py'], 'mod.py')
loader for another module ImportError loader for pkg.mod cannot handle pkg
loader name/path/eq ('pkg.mod', ['pkg', 'mod.py'], True, True, True)
package loader (True, ['sub', '__init__.py'])
get_data b'print'
get_data missing No such file or directory mod.pyx
`;

function describeProgram(
  title: string,
  files: () => Record<string, string>,
  expected: string,
  setup?: (interp: Interpreter) => void,
): void {
  describe(title, () => checkOutputLines(() => runProgram(files(), setup), expected));
}

describeProgram('_imp', () => ({ 'main.py': IMP_PROGRAM }), IMP_EXPECTED);

describeProgram('importlib with the native importer', () => ({ ...STAND_INS, ...IMPORTLIB_FILES }), IMPORTLIB_EXPECTED, installFinder);

describe('NativeImporter used before importlib is imported', () => {
  it('imports importlib to build specs, and finds what the import statement finds', async () => {
    const r = await runProgram(
      {
        ...STAND_INS,
        'main.py': String.raw`import sys
finder = sys.meta_path[0]
spec = finder.find_spec('helper')
print(spec.name, spec.origin.rsplit('/', 1)[-1], spec.submodule_search_locations, 'importlib' in sys.modules)
print(finder.find_spec('nope_zz'), finder.find_spec('helper', ['/nonexistent']))
print(finder.find_spec('cmath').loader.__name__)
print([getattr(f, '__name__', type(f).__name__) for f in sys.meta_path])
`,
        'helper.py': 'X = 1\n',
      },
      installFinder,
    );
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(
      "helper helper.py None True\nNone None\nBuiltinImporter\n['BuiltinImporter', 'FrozenImporter', 'NativeImporter']\n",
    );
  });
});
