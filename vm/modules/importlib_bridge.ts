// How CPython's importlib (its pure-Python importlib._bootstrap, run from the standard library) works on
// top of pyrewind's own importer (vm/runtime/import.ts), which the import statement keeps using:
//
// - NativeImporter, the meta path finder sys.meta_path holds from the start, in the place of CPython's
//   PathFinder: it finds what the import statement finds (packages and .py files along sys.path or the
//   parent package's __path__). Native modules go to importlib's BuiltinImporter, which creates them
//   through _imp.
// - SourceLoader, the loader of one source module (in the place of SourceFileLoader, with its name and
//   path attributes): create_module leaves module creation to importlib, exec_module compiles the file
//   and runs it in the module's namespace; get_code, get_source, get_filename, is_package and get_data too.
// - _frozen_importlib, the module CPython freezes into the interpreter: here importlib/_bootstrap.py is
//   executed under that name when importlib is first imported, and _install(sys, _imp) is called as
//   CPython's startup does (BuiltinImporter and FrozenImporter go before NativeImporter in
//   sys.meta_path). Modules imported before that get their __spec__ and __loader__ then.
//
// Specs are real importlib ModuleSpec objects. Nothing is cached, so invalidate_caches has nothing to
// forget. This file must not change how the import statement itself works.

import { PyObject, PyValue, makeBuiltinType, typeName } from '../objects/object.js';
import { PyDict } from '../objects/dict.js';
import { PyList } from '../objects/list.js';
import { PyModule } from '../objects/module.js';
import { PyBytes } from '../objects/bytes.js';
import { defMethod, bindArgs, PyNativeFunction } from '../objects/native.js';
import { instanceDictGetSet } from '../objects/object_methods.js';
import { None, NotImplemented } from '../objects/singletons.js';
import { PyBaseException, ImportError, excSetAttr } from '../objects/exceptions.js';
import { intXor } from '../numeric/int_math.js';
import { callObject } from '../runtime/call.js';
import { getAttr, setAttr } from '../runtime/attributes.js';
import { toArray, repr, str, eq, hash } from '../runtime/protocols.js';
import { typeError } from '../runtime/raise.js';
import { compileSource } from '../runtime/compile.js';
import { Frame } from '../runtime/frame.js';
import { importModule } from '../runtime/import.js';
import { currentInterpreter, type Interpreter } from '../runtime/interpreter.js';
import { builtinStatus } from './imp.js';
import { posixError } from './posix.js';
import { errnoNumber } from './errno.js';
import { isPyodideAddition } from '../runtime/stdlib_additions.js';
import { registerNativeModule, setBuiltinModuleInit, setSourceModuleInit } from './registry.js';
import { builtinDoc } from '../objects/doc_source.js';
import { addLifetimeRoots } from '../runtime/lifetime/lifetime.js';

/** The finder type; its one instance per interpreter sits in sys.meta_path. */
export const importerType = makeBuiltinType('NativeImporter', undefined, 'pyrewind');
importerType.isBaseType = false;

/** The loader of one source module, with `name` and `path` in its instance dict. */
export const sourceLoaderType = makeBuiltinType('SourceLoader', undefined, 'pyrewind');
sourceLoaderType.hasInstanceDict = true;
instanceDictGetSet(sourceLoaderType);

const decoder = new TextDecoder('utf-8');

interface Located {
  /** The file to execute: pkg/__init__.py or name.py. */
  readonly file: string;
  /** The package's directory (its __path__ entry) for a package, else null. */
  readonly packageDir: string | null;
}

/**
 * Where the import statement would find module `last` (the last part of a dotted name) along `path`:
 * a directory with __init__.py first, then last.py, in each entry in order ('' is the current directory).
 */
function locate(interp: Interpreter, last: string, path: PyValue[]): Located | null {
  const host = interp.host;
  for (const entry of path) {
    if (typeof entry !== 'string') continue;
    const base = entry === '' ? host.cwd() : entry;
    if (isPyodideAddition(host.stdlibPath, base, last)) continue;
    const pkgDir = `${base}/${last}`;
    const init = `${pkgDir}/__init__.py`;
    if (host.stat(pkgDir) === 'dir' && host.stat(init) === 'file') return { file: init, packageDir: pkgDir };
    const file = `${base}/${last}.py`;
    if (host.stat(file) === 'file') return { file, packageDir: null };
  }
  return null;
}

function sysPath(interp: Interpreter): PyValue[] {
  const p = interp.sys.getStr('path');
  return p instanceof PyList ? p.items.slice() : [];
}

/** importlib._bootstrap as importlib set it up (importing importlib if a program asks us first). */
function bootstrap(interp: Interpreter): PyValue {
  return (
    interp.modules.getStr('_frozen_importlib') ??
    interp.modules.getStr('importlib._bootstrap') ??
    (importModule(interp, 'importlib'), importModule(interp, 'importlib._bootstrap'))
  );
}

function newSourceLoader(name: string, file: string): PyObject {
  const loader = new PyObject(sourceLoaderType);
  loader.dict = new PyDict();
  loader.dict.setStr('name', name);
  loader.dict.setStr('path', file);
  return loader;
}

/**
 * The __loader__ of a script run as __main__ (CPython gives it a SourceFileLoader for the file, and no
 * __spec__): the source loader of `file` under the name '__main__'.
 */
export function mainLoader(file: string): PyObject {
  return newSourceLoader('__main__', file);
}

/** A ModuleSpec for a source module found at `file` (`packageDir` for a package), with its own loader. */
function sourceSpec(bs: PyValue, name: string, file: string, packageDir: string | null): PyValue {
  const loader = newSourceLoader(name, file);
  const kw = new Map<string, PyValue>([
    ['origin', file],
    ['is_package', packageDir !== null],
  ]);
  const spec = callObject(getAttr(bs, 'ModuleSpec'), [name, loader], kw);
  setAttr(spec, 'has_location', true);
  if (packageDir !== null) setAttr(spec, 'submodule_search_locations', new PyList([packageDir]));
  return spec;
}

function locateName(interp: Interpreter, fullname: string, path: PyValue): Located | null {
  const last = fullname.slice(fullname.lastIndexOf('.') + 1);
  return locate(interp, last, path === None ? sysPath(interp) : toArray(path));
}

function findSpec(fullname: string, path: PyValue): PyValue {
  const interp = currentInterpreter();
  const bs = bootstrap(interp);
  if (path === None && !fullname.includes('.') && builtinStatus(fullname) !== 0) {
    const kw = new Map<string, PyValue>([['origin', 'built-in']]);
    return callObject(getAttr(bs, 'spec_from_loader'), [fullname, getAttr(bs, 'BuiltinImporter')], kw);
  }
  const found = locateName(interp, fullname, path);
  if (found === null) return None;
  return sourceSpec(bs, fullname, found.file, found.packageDir);
}

function importErrorFor(msg: string, name: PyValue, path: PyValue = None): PyBaseException {
  const e = new PyBaseException(ImportError, [msg]);
  excSetAttr(e, 'msg', msg);
  excSetAttr(e, 'name', name);
  excSetAttr(e, 'path', path);
  excSetAttr(e, 'name_from', None);
  return e;
}

function readSource(interp: Interpreter, file: string, name: PyValue): string {
  const data = interp.host.readFile(file);
  if (data === null) throw importErrorFor(`source not available for ${repr(name)} at ${repr(file)}`, name, file);
  return decoder.decode(data);
}

function moduleDict(module: PyValue): PyDict {
  if (module instanceof PyModule) return module.dict;
  const d = getAttr(module, '__dict__');
  if (!(d instanceof PyDict)) throw typeError(`module __dict__ must be a dict, not ${typeName(d)}`);
  return d;
}

/** Compiles `file` and runs it in the module's namespace. */
function execSource(module: PyValue, name: PyValue, file: string): void {
  const interp = currentInterpreter();
  const code = compileSource(interp, readSource(interp, file, name), file, 'exec');
  const d = moduleDict(module);
  if (!d.has('__builtins__')) d.setStr('__builtins__', interp.builtinsModule);
  interp.runNested(new Frame(code, d, interp.builtins, d, null));
}

defMethod(importerType, 'find_spec', (_self, args, kwargs) => {
  const [fullname, path, target] = bindArgs('find_spec', ['fullname', 'path', 'target'], args, kwargs, 1);
  void target;
  if (typeof fullname !== 'string') throw typeError(`find_spec() argument 'fullname' must be str, not ${typeName(fullname!)}`);
  return findSpec(fullname, path ?? None);
});

defMethod(importerType, 'invalidate_caches', (_self, args, kwargs) => {
  bindArgs('invalidate_caches', [], args, kwargs);
  return None;
});

function loaderField(self: PyValue, field: string): string {
  const v = (self as PyObject).dict?.getStr(field);
  if (typeof v !== 'string') throw typeError(`SourceLoader.${field} must be str, not ${typeName(v ?? None)}`);
  return v;
}

/** The loader's file, for `fullname` (None: its own module); ImportError for another module's name. */
function loaderFile(self: PyValue, fullname: PyValue | undefined): string {
  const name = loaderField(self, 'name');
  if (fullname !== undefined && fullname !== None && fullname !== name) {
    throw importErrorFor(`loader for ${name} cannot handle ${str(fullname)}`, fullname);
  }
  return loaderField(self, 'path');
}

defMethod(sourceLoaderType, '__init__', (self, args, kwargs) => {
  const [fullname, path] = bindArgs('SourceLoader', ['fullname', 'path'], args, kwargs, 2);
  const d = ((self as PyObject).dict ??= new PyDict());
  d.setStr('name', fullname!);
  d.setStr('path', path!);
  return None;
});

defMethod(sourceLoaderType, 'create_module', (_self, args, kwargs) => {
  bindArgs('create_module', ['spec'], args, kwargs, 1);
  return None; // importlib's default module creation
});

defMethod(sourceLoaderType, 'exec_module', (self, args, kwargs) => {
  const [module] = bindArgs('exec_module', ['module'], args, kwargs, 1);
  execSource(module!, loaderField(self, 'name'), loaderFile(self, undefined));
  return None;
});

defMethod(sourceLoaderType, 'get_filename', (self, args, kwargs) => {
  const [fullname] = bindArgs('get_filename', ['name'], args, kwargs);
  return loaderFile(self, fullname);
});

defMethod(sourceLoaderType, 'get_source', (self, args, kwargs) => {
  const [fullname] = bindArgs('get_source', ['fullname'], args, kwargs, 1);
  return readSource(currentInterpreter(), loaderFile(self, fullname), fullname!);
});

// runpy.run_module and pkgutil's loaders run a module's code themselves (InspectLoader.get_code).
defMethod(sourceLoaderType, 'get_code', (self, args, kwargs) => {
  const [fullname] = bindArgs('get_code', ['fullname'], args, kwargs, 1);
  const interp = currentInterpreter();
  const file = loaderFile(self, fullname);
  return compileSource(interp, readSource(interp, file, fullname!), file, 'exec');
});

defMethod(sourceLoaderType, 'is_package', (self, args, kwargs) => {
  const [fullname] = bindArgs('is_package', ['fullname'], args, kwargs, 1);
  const file = loaderFile(self, fullname);
  const base = file.slice(file.lastIndexOf('/') + 1);
  const tail = str(fullname!).slice(str(fullname!).lastIndexOf('.') + 1);
  return base.slice(0, base.includes('.') ? base.lastIndexOf('.') : base.length) === '__init__' && tail !== '__init__';
});

defMethod(sourceLoaderType, 'get_data', (_self, args, kwargs) => {
  const [path] = bindArgs('get_data', ['path'], args, kwargs, 1);
  if (typeof path !== 'string') throw typeError(`expected str, bytes or os.PathLike object, not ${typeName(path!)}`);
  const data = currentInterpreter().host.readFile(path);
  if (data === null) throw posixError(errnoNumber('ENOENT')!, 'No such file or directory', path);
  return new PyBytes(data);
});

defMethod(sourceLoaderType, '__eq__', (self, args) => {
  const other = args[0];
  if (!(other instanceof PyObject) || other.cls !== (self as PyObject).cls) return NotImplemented;
  return eq((self as PyObject).dict ?? new PyDict(), other.dict ?? new PyDict());
});

defMethod(sourceLoaderType, '__hash__', (self) => {
  const d = (self as PyObject).dict;
  return intXor(hash(d?.getStr('name') ?? None), hash(d?.getStr('path') ?? None));
});

defMethod(importerType, '__repr__', () => '<pyrewind.NativeImporter>');

const importers = new WeakMap<Interpreter, PyObject>();

/** The interpreter's NativeImporter, for sys.meta_path (one per interpreter). */
export function nativeImporterFor(interp: Interpreter): PyObject {
  let f = importers.get(interp);
  if (f === undefined) {
    f = new PyObject(importerType);
    importers.set(interp, f);
  }
  return f;
}
addLifetimeRoots((interp) => importers.get(interp));

/**
 * The __spec__ and __loader__ the import statement should give a module it just created, once importlib
 * is loaded (null before: there is no ModuleSpec class until then). `file` is the source file (with
 * `packageDir` for a package), or null for a native module.
 */
export function importedModuleSpec(
  interp: Interpreter,
  name: string,
  file: string | null,
  packageDir: string | null,
): { spec: PyValue; loader: PyValue } | null {
  const bs = interp.modules.getStr('_frozen_importlib');
  if (bs === undefined) return null;
  let spec: PyValue;
  if (file === null) {
    const kw = new Map<string, PyValue>([['origin', 'built-in']]);
    spec = callObject(getAttr(bs, 'spec_from_loader'), [name, getAttr(bs, 'BuiltinImporter')], kw);
  } else {
    spec = sourceSpec(bs, name, file, packageDir);
  }
  return { spec, loader: getAttr(spec, 'loader') };
}

// ---- _frozen_importlib ------------------------------------------------------------------------------

/** Gives a source module without one the __spec__ and __loader__ importlib expects. */
function addSourceSpec(bs: PyValue, name: string, module: PyModule): void {
  const d = module.dict;
  const spec = d.getStr('__spec__');
  const file = d.getStr('__file__');
  if ((spec !== undefined && spec !== None) || typeof file !== 'string') return;
  const path = d.getStr('__path__');
  const newSpec = sourceSpec(bs, name, file, null);
  // A package's spec shares the module's __path__ list, as importlib's own specs do.
  if (path !== undefined) setAttr(newSpec, 'submodule_search_locations', path);
  d.setStr('__spec__', newSpec);
  const loader = d.getStr('__loader__');
  if (loader === undefined || loader === None) d.setStr('__loader__', getAttr(newSpec, 'loader'));
}

/** Gives modules imported before importlib was set up the __spec__ and __loader__ importlib expects. */
function addMissingSpecs(interp: Interpreter, bs: PyValue): void {
  for (const [name, module] of [...interp.modules.entries()]) {
    if (typeof name !== 'string' || name === '__main__' || !(module instanceof PyModule)) continue;
    addSourceSpec(bs, name, module);
  }
}

/**
 * _frozen_importlib: importlib/_bootstrap.py from sys.path run under that name, then _install(sys,
 * _imp) as CPython's startup calls it, with NativeImporter kept after the importers it adds.
 */
function makeFrozenImportlib(interp: Interpreter): PyModule {
  const pkg = locate(interp, 'importlib', sysPath(interp));
  if (pkg === null || pkg.packageDir === null) {
    throw importErrorFor('cannot set up importlib: importlib/_bootstrap.py is not on sys.path', '_frozen_importlib');
  }
  const file = `${pkg.packageDir}/_bootstrap.py`;
  const mod = new PyModule('_frozen_importlib');
  const d = mod.dict;
  d.setStr('__builtins__', interp.builtinsModule);
  const code = compileSource(interp, readSource(interp, file, '_frozen_importlib'), file, 'exec');
  interp.runNested(new Frame(code, d, interp.builtins, d, null));
  // _install looks for itself in sys.modules, as the frozen module is there in CPython.
  const previous = interp.modules.getStr('_frozen_importlib');
  interp.modules.setStr('_frozen_importlib', mod);
  try {
    callObject(getAttr(mod, '_install'), [interp.modules.getStr('sys')!, importModule(interp, '_imp')]);
  } catch (e) {
    if (previous === undefined) interp.modules.delete('_frozen_importlib');
    else interp.modules.setStr('_frozen_importlib', previous);
    throw e;
  }
  const metaPath = interp.sys.getStr('meta_path');
  if (metaPath instanceof PyList) {
    const importer = nativeImporterFor(interp);
    const rest = metaPath.items.filter((f) => f !== importer);
    if (rest.length !== metaPath.items.length) metaPath.items.splice(0, metaPath.items.length, ...rest, importer);
  }
  addMissingSpecs(interp, mod);
  installFileFinderHook(interp);
  return mod;
}

registerNativeModule('_frozen_importlib', makeFrozenImportlib);

/**
 * sys.path_hooks gets what CPython's startup puts there for directories (FileFinder's path hook), so
 * that pkgutil.iter_modules, PathFinder and other path-entry users find modules. The import statement
 * does not use it (NativeImporter finds source modules). importlib._bootstrap_external is imported
 * only when the hook is first called, to keep start-up as it was.
 */
function installFileFinderHook(interp: Interpreter): void {
  const hooks = interp.sys.getStr('path_hooks');
  if (!(hooks instanceof PyList) || hooks.items.length > 0) return;
  const hook = new PyNativeFunction('path_hook_for_FileFinder', (args, kwargs) => {
    const [path] = bindArgs('path_hook_for_FileFinder', ['path'], args, kwargs, 1);
    const external = importModule(interp, 'importlib._bootstrap_external');
    const loaders = toArray(callObject(getAttr(external, '_get_supported_file_loaders'), []));
    const pathHook = callObject(getAttr(getAttr(external, 'FileFinder'), 'path_hook'), loaders);
    return callObject(pathHook, [path!]);
  });
  hooks.items.push(hook);
}

// ---- the attributes of built-in modules -------------------------------------------------------------

/**
 * Can importlib make specs? Not until its _setup has run (which sets the module's `sys`); _setup itself
 * then gives the modules created meanwhile theirs.
 */
function importlibReady(interp: Interpreter): boolean {
  const bs = interp.modules.getStr('_frozen_importlib');
  return bs instanceof PyModule && bs.dict.getStr('sys') !== undefined;
}

/** The interpreters setting up importlib right now (its own imports must not start it again). */
const settingUp = new WeakSet<Interpreter>();

/**
 * Sets up importlib (_frozen_importlib) if the interpreter has its sys module and importlib is not
 * there yet; false when that cannot be done (no importlib on sys.path) or is under way. CPython has
 * importlib from startup, so every module has a ModuleSpec; modules created before this get theirs
 * from importlib's _setup (all native modules are in sys.builtin_module_names).
 */
export function ensureImportlib(interp: Interpreter): boolean {
  if (interp.modules.getStr('_frozen_importlib') !== undefined) return importlibReady(interp);
  if (settingUp.has(interp) || interp.modules.getStr('sys') === undefined) return false;
  settingUp.add(interp);
  try {
    importModule(interp, '_frozen_importlib');
    return true;
  } catch (e) {
    if (e instanceof PyBaseException && e.cls.isSubtypeOf(ImportError)) return false;
    throw e;
  } finally {
    settingUp.delete(interp);
  }
}

/**
 * __doc__, __package__ '', and __loader__/__spec__ (BuiltinImporter, origin 'built-in') of a native
 * module; with `setUp`, importlib is set up first if it can be.
 */
function initBuiltinModuleAttrs(interp: Interpreter, name: string, mod: PyModule, setUp = true): void {
  const d = mod.dict;
  const doc = d.getStr('__doc__');
  if (doc === undefined || doc === None) d.setStr('__doc__', builtinDoc(`${name}:`) ?? None);
  if (!d.has('__package__')) d.setStr('__package__', '');
  if (name === '_frozen_importlib') return; // importlib's own _setup describes it
  const ready = setUp ? ensureImportlib(interp) : importlibReady(interp);
  const attrs = ready ? importedModuleSpec(interp, name, null, null) : null;
  if (attrs === null) {
    if (!d.has('__loader__')) d.setStr('__loader__', None);
    if (!d.has('__spec__')) d.setStr('__spec__', None);
    return;
  }
  d.setStr('__loader__', attrs.loader);
  d.setStr('__spec__', attrs.spec);
}

setBuiltinModuleInit(initBuiltinModuleAttrs);

// Source modules the import statement creates once importlib is set up get their spec at once (those
// created before get theirs when it is set up: addMissingSpecs).
setSourceModuleInit((interp, mod) => {
  if (importlibReady(interp)) addSourceSpec(interp.modules.getStr('_frozen_importlib')!, mod.name, mod);
});

/**
 * For a new interpreter, once builtins and sys exist: the modules made during startup (builtins, sys,
 * _io) get their built-in module attributes. Their __spec__ and __loader__ stay None until importlib
 * is set up (by the first native module imported, or importlib itself): CPython has it from startup,
 * but setting it up costs every run, and a program that imports no module cannot tell.
 */
export function initStartupModules(interp: Interpreter): void {
  for (const [name, mod] of [...interp.modules.entries()]) {
    if (typeof name === 'string' && mod instanceof PyModule) initBuiltinModuleAttrs(interp, name, mod, false);
  }
}
