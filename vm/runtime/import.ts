// The import system: __import__, finding modules on sys.path (the program's directory, then CPython's
// own pure-Python standard library in pyodide's python_stdlib.zip), native modules, packages,
// relative imports and `from x import y`.
//
// Source modules are compiled by the host's CPython compiler and executed by this VM. A C module of
// CPython that pyrewind does not implement is reported as such, never replaced by a stub.

import { isPyodideAddition } from './stdlib_additions.js';
import { PyValue, typeName } from '../objects/object.js';
import { PyModule } from '../objects/module.js';
import { PyDict } from '../objects/dict.js';
import { PyList } from '../objects/list.js';
import { PyTuple } from '../objects/tuple.js';
import { None } from '../objects/singletons.js';
import { PyBaseException, ImportError, ModuleNotFoundError, excSetAttr, excGetAttr } from '../objects/exceptions.js';
import { bindArgs } from '../objects/native.js';
import { getAttrOrUndefined, getAttr } from './attributes.js';
import { toArray, truthy } from './protocols.js';
import { typeError, valueError } from './raise.js';
import { compileSource } from './compile.js';
import { Frame } from './frame.js';
import type { Interpreter } from './interpreter.js';
import { nativeModuleLoader, initSourceModule, CPYTHON_C_MODULES } from '../modules/registry.js';

const decoder = new TextDecoder('utf-8');

function moduleNotFound(name: string, extra = ''): PyBaseException {
  const e = new PyBaseException(ModuleNotFoundError, [`No module named '${name}'${extra}`]);
  excSetAttr(e, 'msg', `No module named '${name}'${extra}`);
  excSetAttr(e, 'name', name);
  excSetAttr(e, 'path', None);
  excSetAttr(e, 'name_from', None);
  return e;
}

/** Resolve a relative module name against the importing module's package. */
function resolveName(name: string, globals: PyDict | null, level: number): string {
  if (level === 0) return name;
  let pkg = globals?.getStr('__package__');
  if (pkg === undefined || pkg === None) {
    const modName = globals?.getStr('__name__');
    if (typeof modName !== 'string') throw new PyBaseException(ImportError, ['attempted relative import with no known parent package']);
    pkg = globals?.has('__path__') ? modName : modName.slice(0, Math.max(0, modName.lastIndexOf('.')));
  }
  if (typeof pkg !== 'string') throw typeError('package must be a string');
  if (pkg === '') throw new PyBaseException(ImportError, ['attempted relative import with no known parent package']);
  const parts = pkg.split('.');
  if (level - 1 >= parts.length) throw new PyBaseException(ImportError, ['attempted relative import beyond top-level package']);
  const base = parts.slice(0, parts.length - (level - 1)).join('.');
  return name ? `${base}.${name}` : base;
}

/** Import a module by absolute dotted name (importlib._bootstrap._gcd_import). */
export function importModule(interp: Interpreter, name: string): PyValue {
  const existing = interp.modules.get(name);
  if (existing !== undefined && existing !== None) return existing;
  if (existing === None) throw moduleNotFound(name, ' (sys.modules entry is None)');
  const dot = name.lastIndexOf('.');
  let searchPath: string[];
  let parentModule: PyValue | null = null;
  if (dot >= 0) {
    const parent = name.slice(0, dot);
    parentModule = importModule(interp, parent);
    const already = interp.modules.get(name);
    if (already !== undefined) return already;
    const p = getAttrOrUndefined(parentModule, '__path__');
    if (p === undefined) {
      throw moduleNotFound(name, `; '${parent}' is not a package`);
    }
    searchPath = toArray(p).filter((x): x is string => typeof x === 'string');
  } else {
    const loader = nativeModuleLoader(name);
    if (loader !== undefined) {
      // As importlib loads a built-in module: created, put in sys.modules, then executed, so that the
      // imports its execution makes can import it back. A failure takes it out again.
      let m: PyModule | null = null;
      try {
        m = loader.create(interp, (made) => {
          m = made;
          interp.modules.set(name, made);
        });
        loader.exec(interp, m);
      } catch (e) {
        if (m !== null && interp.modules.get(name) === m) interp.modules.delete(name);
        throw e;
      }
      return interp.modules.get(name) ?? m;
    }
    const sp = interp.sys.getStr('path');
    searchPath = sp instanceof PyList ? sp.items.filter((x): x is string => typeof x === 'string') : [];
  }
  const found = findSource(interp, name.slice(dot + 1), searchPath);
  if (found === null) {
    if (dot < 0 && CPYTHON_C_MODULES.has(name)) {
      throw moduleNotFound(name, ' (a C module of CPython that pyrewind does not implement yet)');
    }
    throw moduleNotFound(name);
  }
  const mod = new PyModule(name);
  const d = mod.dict;
  d.setStr('__file__', found.file);
  d.setStr('__cached__', None);
  d.setStr('__loader__', None);
  d.setStr('__spec__', None);
  d.setStr('__builtins__', interp.builtinsModule);
  if (found.isPackage) {
    d.setStr('__path__', new PyList([found.dir]));
    d.setStr('__package__', name);
  } else {
    d.setStr('__package__', dot >= 0 ? name.slice(0, dot) : '');
  }
  initSourceModule(interp, mod); // its __spec__ and __loader__, once importlib is set up
  interp.modules.set(name, mod);
  try {
    const code = compileSource(interp, found.source, found.file, 'exec');
    interp.runNested(new Frame(code, d, interp.builtins, d, null));
  } catch (e) {
    interp.modules.delete(name);
    throw e;
  }
  const final = interp.modules.get(name) ?? mod;
  if (parentModule !== null && typeof parentModule === 'object' && parentModule.dict !== null) {
    parentModule.dict.setStr(name.slice(dot + 1), final);
  }
  return final;
}

function findSource(
  interp: Interpreter,
  last: string,
  path: string[],
): { file: string; dir: string; source: string; isPackage: boolean } | null {
  const host = interp.host;
  for (const entry of path) {
    const base = entry === '' ? host.cwd() : entry;
    if (isPyodideAddition(host.stdlibPath, base, last)) continue;
    const pkgDir = `${base}/${last}`;
    const init = `${pkgDir}/__init__.py`;
    if (host.stat(pkgDir) === 'dir' && host.stat(init) === 'file') {
      const data = host.readFile(init);
      if (data !== null) return { file: init, dir: pkgDir, source: decoder.decode(data), isPackage: true };
    }
    const file = `${base}/${last}.py`;
    if (host.stat(file) === 'file') {
      const data = host.readFile(file);
      if (data !== null) return { file, dir: base, source: decoder.decode(data), isPackage: false };
    }
  }
  return null;
}

/** __import__(name, globals, locals, fromlist, level): returns the top package unless fromlist is given. */
export function importFull(
  interp: Interpreter,
  name: string,
  globals: PyDict | null,
  fromlist: PyValue,
  level: number,
): PyValue {
  if (level < 0) throw valueError('level must be >= 0');
  if (name === '' && level === 0) throw valueError('Empty module name');
  const abs = resolveName(name, globals, level);
  const mod = importModule(interp, abs);
  const hasFrom = fromlist !== None && truthy(fromlist);
  if (!hasFrom) {
    if (level === 0) {
      const first = name.split('.')[0];
      return interp.modules.get(first) ?? mod;
    }
    if (name === '') return mod;
    const cut = abs.length - name.length;
    const topName = abs.slice(0, cut + name.split('.')[0].length);
    return interp.modules.get(topName) ?? mod;
  }
  // from package import submodule: import submodules named in fromlist.
  if (getAttrOrUndefined(mod, '__path__') !== undefined) {
    for (const item of toArray(fromlist)) {
      if (typeof item !== 'string' || item === '*') continue;
      if (getAttrOrUndefined(mod, item) === undefined) {
        const sub = `${abs}.${item}`;
        try {
          importModule(interp, sub);
        } catch (e) {
          // Only the submodule itself being absent is ignored (IMPORT_FROM then reports the name); a
          // module missing deeper down is the real error (importlib's _handle_fromlist).
          if (!(e instanceof PyBaseException && e.cls.isSubtypeOf(ModuleNotFoundError))) throw e;
          if (excGetAttr(e, 'name') !== sub) throw e;
        }
      }
    }
  }
  return mod;
}

export function builtinImport(interp: Interpreter, args: PyValue[], kwargs: Map<string, PyValue> | null): PyValue {
  const [name, globals, , fromlist, level] = bindArgs('__import__', ['name', 'globals', 'locals', 'fromlist', 'level'], args, kwargs, 1);
  if (typeof name !== 'string') throw typeError(`__import__() argument 1 must be str, not ${typeName(name!)}`);
  return importFull(
    interp,
    name,
    globals instanceof PyDict ? globals : null,
    fromlist ?? None,
    typeof level === 'number' ? level : 0,
  );
}

/** `from module import name`: the attribute, or the submodule, or ImportError. */
export function importFromModule(interp: Interpreter, module: PyValue, name: string): PyValue {
  const v = getAttrOrUndefined(module, name);
  if (v !== undefined) return v;
  const modName = getAttrOrUndefined(module, '__name__');
  if (typeof modName === 'string') {
    const sub = interp.modules.get(`${modName}.${name}`);
    if (sub !== undefined) return sub;
  }
  const file = getAttrOrUndefined(module, '__file__');
  const where = typeof file === 'string' ? ` (${file})` : ' (unknown location)';
  const mn = typeof modName === 'string' ? modName : '<unknown module name>';
  const e = new PyBaseException(ImportError, [`cannot import name '${name}' from '${mn}'${where}`]);
  excSetAttr(e, 'msg', e.args[0]);
  excSetAttr(e, 'name', mn);
  excSetAttr(e, 'path', typeof file === 'string' ? file : None);
  excSetAttr(e, 'name_from', name);
  return (() => {
    throw e;
  })();
}

/** from module import *: public names, or __all__. */
export function importStarInto(module: PyValue, target: PyDict): void {
  const all = getAttrOrUndefined(module, '__all__');
  if (all !== undefined) {
    for (const n of toArray(all)) {
      if (typeof n !== 'string') throw typeError(`Item in ${'module'}.__all__ must be str, not ${typeName(n)}`);
      target.setStr(n, getAttr(module, n));
    }
    return;
  }
  const d = typeof module === 'object' ? module.dict : null;
  if (d === null) return;
  for (const [k, v] of d.entries()) {
    if (typeof k === 'string' && !k.startsWith('_')) target.setStr(k, v);
  }
}

export { PyTuple };
