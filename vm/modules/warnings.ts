// The _warnings module (CPython's Python/_warnings.c): the fast path of warnings.warn/warn_explicit,
// the default filters, and warnExplicit()/warnAt() for native code (compiler SyntaxWarnings, ...).
//
// As in CPython, this module owns the filter list, the "once" registry, the default action and the
// filters version until Lib/warnings.py is imported; from then on it reads warnings.filters,
// warnings.onceregistry and warnings.defaultaction (which are these same objects unless a program
// rebinds them), and a warning that is to be shown goes through warnings._showwarnmsg (importing
// warnings first), so catch_warnings(record=True), a replaced showwarning and formatwarning all apply.
// When warnings cannot be imported, the warning is printed here in the same format.
// Must not print anywhere but sys.stderr, and must not import Node modules.

import { PyValue, PyType, typeName } from '../objects/object.js';
import { PyModule } from '../objects/module.js';
import { PyDict } from '../objects/dict.js';
import { PyList } from '../objects/list.js';
import { PyTuple } from '../objects/tuple.js';
import { None } from '../objects/singletons.js';
import { PyNativeFunction, bindArgs, noArgs } from '../objects/native.js';
import { PyBaseException, exceptionType, ImportError } from '../objects/exceptions.js';
import { callObject, isCallable } from '../runtime/call.js';
import { getAttrOrUndefined } from '../runtime/attributes.js';
import { asIndex, repr, str, truthy } from '../runtime/protocols.js';
import { runtimeError, typeError, valueError } from '../runtime/raise.js';
import { importModule } from '../runtime/import.js';
import { installCompileWarningHandler } from '../runtime/compile.js';
import { currentInterpreter, type Interpreter } from '../runtime/interpreter.js';
import type { Frame } from '../runtime/frame.js';
import { registerNativeModule } from './registry.js';
import { PyContextVar, contextVarLookup } from './contextvars.js';
import { addLifetimeRoots } from '../runtime/lifetime/lifetime.js';

type Kw = Map<string, PyValue> | null;

interface WarningsState {
  filters: PyValue;
  onceRegistry: PyValue;
  defaultAction: PyValue;
  version: number;
  lockDepth: number;
  context: PyContextVar;
}

const states = new WeakMap<Interpreter, WarningsState>();

function filterTuple(action: string, category: string, module: string | null): PyTuple {
  return new PyTuple([action, None, exceptionType(category), module ?? None, 0]);
}

function stateOf(interp: Interpreter): WarningsState {
  let st = states.get(interp);
  if (st === undefined) {
    st = {
      // CPython's release builds: DeprecationWarning is shown only for __main__, and these four
      // categories are ignored elsewhere. The '__main__' is a plain str matched exactly, not a regex.
      filters: new PyList([
        filterTuple('default', 'DeprecationWarning', '__main__'),
        filterTuple('ignore', 'DeprecationWarning', null),
        filterTuple('ignore', 'PendingDeprecationWarning', null),
        filterTuple('ignore', 'ImportWarning', null),
        filterTuple('ignore', 'ResourceWarning', null),
      ]),
      onceRegistry: new PyDict(),
      defaultAction: 'default',
      version: 0,
      lockDepth: 0,
      context: new PyContextVar('_warnings_context', undefined),
    };
    states.set(interp, st);
  }
  return st;
}
addLifetimeRoots((interp) => states.get(interp));

/** An attribute of sys.modules['warnings'] (importing it first when asked); undefined if absent. */
function warningsAttr(interp: Interpreter, name: string, tryImport: boolean): PyValue | undefined {
  let mod: PyValue | undefined;
  if (tryImport) {
    try {
      mod = importModule(interp, 'warnings');
    } catch (e) {
      if (e instanceof PyBaseException && e.cls.isSubtypeOf(ImportError)) return undefined;
      throw e;
    }
  } else {
    mod = interp.modules.get('warnings');
    if (mod === undefined || mod === None) return undefined;
  }
  return getAttrOrUndefined(mod, name);
}

// ---- filters ---------------------------------------------------------------------------------------

function matches(filter: PyValue, arg: string): boolean {
  if (filter === None) return true;
  // The built-in default filters carry plain strings, compared for equality.
  if (typeof filter === 'string') return filter === arg;
  const match = getAttrOrUndefined(filter, 'match');
  if (match === undefined) throw typeError(`'${typeName(filter)}' object has no attribute 'match'`);
  return truthy(callObject(match, [arg]));
}

function isSubclass(category: PyType, cat: PyValue): boolean {
  if (cat instanceof PyType) return category.isSubtypeOf(cat);
  const b = currentInterpreter().builtins.getStr('issubclass');
  return b !== undefined && truthy(callObject(b, [category, cat]));
}

/** The matching filter's action and item in one list, or null. */
function searchFilters(
  filters: PyValue,
  listName: string,
  category: PyType,
  text: string,
  lineno: number,
  module: string,
): [PyValue, PyValue] | null {
  if (!(filters instanceof PyList)) throw valueError(`_warnings.${listName} must be a list`);
  // The list may change while filters' match() methods run: re-read its length each time.
  for (let i = 0; i < filters.items.length; i++) {
    const item = filters.items[i];
    if (!(item instanceof PyTuple) || item.items.length !== 5) {
      throw valueError(`_warnings.${listName} item ${i} isn't a 5-tuple`);
    }
    const [action, msg, cat, mod, lnObj] = item.items;
    if (typeof action !== 'string') throw typeError(`action must be a string, not '${typeName(action)}'`);
    const goodMsg = matches(msg, text);
    const goodMod = matches(mod, module);
    const isSub = isSubclass(category, cat);
    const ln = asIndex(lnObj);
    if (goodMsg && isSub && goodMod && (ln === 0 || ln === lineno)) return [action, item];
  }
  return null;
}

function getFilter(interp: Interpreter, category: PyType, text: string, lineno: number, module: string): [PyValue, PyValue] {
  const st = stateOf(interp);
  // catch_warnings() in context-aware mode keeps its filters in the _warnings_context variable.
  const ctx = contextVarLookup(st.context);
  if (ctx !== undefined && ctx !== None) {
    const ctxFilters = getAttrOrUndefined(ctx, '_filters');
    if (!(ctxFilters instanceof PyList)) throw valueError('_filters of warnings._warnings_context must be a list');
    const found = searchFilters(ctxFilters, '_warnings_context _filters', category, text, lineno, module);
    if (found !== null) return found;
  } else {
    const f = warningsAttr(interp, 'filters', false);
    if (f !== undefined) st.filters = f;
    const found = searchFilters(st.filters, 'filters', category, text, lineno, module);
    if (found !== null) return found;
  }
  const d = warningsAttr(interp, 'defaultaction', false);
  if (d !== undefined) {
    if (typeof d !== 'string') throw typeError(`_warnings.defaultaction must be a string, not '${typeName(d)}'`);
    st.defaultAction = d;
  }
  return [st.defaultAction, None];
}

function onceRegistry(interp: Interpreter): PyDict {
  const st = stateOf(interp);
  const r = warningsAttr(interp, 'onceregistry', false);
  if (r !== undefined) {
    if (!(r instanceof PyDict)) throw typeError(`_warnings.onceregistry must be a dict, not '${typeName(r)}'`);
    st.onceRegistry = r;
  }
  return st.onceRegistry as PyDict;
}

/** Whether `key` is already in the registry; a registry of an older filters version is cleared first. */
function alreadyWarned(interp: Interpreter, registry: PyDict, key: PyValue, set: boolean): boolean {
  const version = stateOf(interp).version;
  const v = registry.getStr('version');
  if (typeof v !== 'number' || v !== version) {
    registry.clear();
    registry.setStr('version', version);
  } else {
    const seen = registry.get(key);
    if (seen !== undefined && truthy(seen)) return true;
  }
  if (set) registry.set(key, true);
  return false;
}

// ---- showing ---------------------------------------------------------------------------------------

function showWarning(interp: Interpreter, filename: string, lineno: number, text: string, category: PyType, sourceLine: string | null): void {
  const stderr = interp.sys.getStr('stderr');
  if (stderr === undefined || stderr === None) return;
  let out = `${filename}:${lineno}: ${category.name}: ${text}\n`;
  const line = sourceLine ?? sourceLineOf(interp, filename, lineno);
  if (line !== null) {
    const stripped = line.replace(/^[ \t\f]+/, '').replace(/\s+$/, '');
    if (stripped !== '') out += `  ${stripped}\n`;
  }
  try {
    const write = getAttrOrUndefined(stderr, 'write');
    if (write !== undefined) callObject(write, [out]);
  } catch (e) {
    if (!(e instanceof PyBaseException)) throw e;
  }
}

const decoder = new TextDecoder('utf-8');

function sourceLineOf(interp: Interpreter, filename: string, lineno: number): string | null {
  let data: Uint8Array | null;
  try {
    data = interp.host.readFile(filename);
  } catch {
    return null;
  }
  if (data === null) return null;
  const lines = decoder.decode(data).split('\n');
  return lineno >= 1 && lineno <= lines.length ? lines[lineno - 1] : null;
}

function callShowWarning(
  interp: Interpreter,
  category: PyType,
  text: string,
  message: PyValue,
  filename: string,
  lineno: number,
  sourceLine: string | null,
  source: PyValue,
): void {
  const show = warningsAttr(interp, '_showwarnmsg', true);
  if (show === undefined) {
    showWarning(interp, filename, lineno, text, category, sourceLine);
    return;
  }
  if (!isCallable(show)) throw typeError('warnings._showwarnmsg() must be set to a callable');
  const cls = warningsAttr(interp, 'WarningMessage', false);
  if (cls === undefined) throw runtimeError('unable to get warnings.WarningMessage');
  const msg = callObject(cls, [message, category, filename, lineno, None, sourceLine ?? None, source]);
  callObject(show, [msg]);
}

// ---- warn_explicit ---------------------------------------------------------------------------------

function normalizeModule(filename: string): string {
  if (filename.length === 0) return '<unknown>';
  return filename.endsWith('.py') ? filename.slice(0, -3) : filename;
}

/**
 * CPython's warn_explicit: filter, record in the registry, then show or raise. `module` null means
 * "derive it from the filename"; `registry` null or None means no per-module registry.
 */
export function warnExplicit(
  interp: Interpreter,
  category: PyType,
  message: PyValue,
  filename: string,
  lineno: number,
  module: PyValue | null,
  registry: PyValue | null,
  sourceLine: string | null = null,
  source: PyValue = None,
): void {
  if (module === None) return;
  if (registry !== null && registry !== None && !(registry instanceof PyDict)) {
    throw typeError("'registry' must be a dict or None");
  }
  const reg = registry instanceof PyDict ? registry : null;
  let text: string;
  let cat = category;
  if (message instanceof PyBaseException && message.cls.isSubtypeOf(exceptionType('Warning'))) {
    text = str(message);
    cat = message.cls;
  } else {
    text = message as string;
    message = callObject(category, [message]);
    if (typeof text !== 'string') text = str(text);
  }
  const mod = module === null ? normalizeModule(filename) : typeof module === 'string' ? module : str(module);
  const key = new PyTuple([text, cat, lineno]);
  if (reg !== null && alreadyWarned(interp, reg, key, false)) return;

  const [action, item] = getFilter(interp, cat, text, lineno, mod);
  if (action === 'error') throw message;
  if (action === 'ignore') return;

  let already = false;
  if (action !== 'always' && action !== 'all') {
    if (reg !== null) reg.set(key, true);
    if (action === 'once') {
      const r = reg ?? onceRegistry(interp);
      already = alreadyWarned(interp, r, new PyTuple([text, cat]), true);
    } else if (action === 'module') {
      if (reg !== null) already = alreadyWarned(interp, reg, new PyTuple([text, cat, 0]), true);
    } else if (action !== 'default') {
      throw runtimeError(`Unrecognized action (${repr(action)}) in warnings.filters:\n ${repr(item)}`);
    }
  }
  if (already) return;
  callShowWarning(interp, cat, text, message, filename, lineno, sourceLine, source);
}


// ---- warn ------------------------------------------------------------------------------------------

function isInternalFilename(filename: string): boolean {
  return filename.includes('importlib') && filename.includes('_bootstrap');
}

function skipped(filename: string, prefixes: string[] | null): boolean {
  if (prefixes === null) return false;
  for (const p of prefixes) if (filename.startsWith(p)) return true;
  return false;
}

function nextExternalFrame(f: Frame, prefixes: string[] | null): Frame | null {
  let g: Frame | null = f.back;
  while (g !== null && (isInternalFilename(g.code.filename) || skipped(g.code.filename, prefixes))) g = g.back;
  return g;
}

/**
 * warnings.warn from native code or Python: attributes the warning to the frame `stacklevel` levels
 * up from the current Python frame (skipping importlib's bootstrap frames as CPython does).
 */
export function warnAt(
  interp: Interpreter,
  category: PyType,
  message: PyValue,
  stacklevel = 1,
  source: PyValue = None,
  skipPrefixes: string[] | null = null,
): void {
  let f: Frame | null = interp.frame;
  let level = stacklevel;
  if (level <= 0 || (f !== null && isInternalFilename(f.code.filename))) {
    while (--level > 0 && f !== null) f = f.back;
  } else {
    while (--level > 0 && f !== null) f = nextExternalFrame(f, skipPrefixes);
  }
  let globals: PyDict;
  let filename: string;
  let lineno: number;
  if (f === null) {
    globals = interp.sys;
    filename = '<sys>';
    lineno = 0;
  } else {
    globals = f.globals;
    filename = f.code.filename;
    lineno = f.lineno ?? 0;
  }
  let registry = globals.getStr('__warningregistry__');
  if (registry === undefined) {
    registry = new PyDict();
    globals.setStr('__warningregistry__', registry);
  }
  let module = globals.getStr('__name__');
  if (module === undefined || (module !== None && typeof module !== 'string')) module = '<string>';
  warnExplicit(interp, category, message, filename, lineno, module, registry, null, source);
}

function categoryOf(message: PyValue, category: PyValue | undefined): PyType {
  const warning = exceptionType('Warning');
  if (message instanceof PyBaseException && message.cls.isSubtypeOf(warning)) return message.cls;
  if (category === undefined || category === None) return exceptionType('UserWarning');
  if (!(category instanceof PyType) || !category.isSubtypeOf(warning)) {
    throw typeError(`category must be a Warning subclass, not '${typeName(category)}'`);
  }
  return category;
}

// ---- the module ------------------------------------------------------------------------------------

function makeWarningsModule(interp: Interpreter): PyModule {
  const st = stateOf(interp);
  const mod = new PyModule('_warnings');
  const d = mod.dict;
  d.setStr('__doc__', '_warnings provides basic warning filtering support.\nIt is a helper module to speed up interpreter start-up.');
  d.setStr('filters', st.filters);
  d.setStr('_defaultaction', st.defaultAction);
  d.setStr('_onceregistry', st.onceRegistry);
  d.setStr('_warnings_context', st.context);
  const def = (name: string, fn: (args: PyValue[], kwargs: Kw) => PyValue): void => {
    d.setStr(name, new PyNativeFunction(name, fn, mod));
  };

  def('warn', (args, kwargs) => {
    const [message, category, stacklevel, source, skip] = bindArgs(
      'warn',
      ['message', 'category', 'stacklevel', 'source', 'skip_file_prefixes'],
      args,
      kwargs,
      1,
      0,
      4,
    );
    const cat = categoryOf(message!, category);
    let level = stacklevel === undefined ? 1 : Number(asIndex(stacklevel));
    let prefixes: string[] | null = null;
    if (skip !== undefined) {
      if (!(skip instanceof PyTuple)) throw typeError(`warn() argument 'skip_file_prefixes' must be tuple, not ${typeName(skip)}`);
      for (const p of skip.items) {
        if (typeof p !== 'string') throw typeError(`Found non-str '${typeName(p)}' in skip_file_prefixes.`);
      }
      if (skip.items.length > 0) {
        prefixes = skip.items as string[];
        if (level < 2) level = 2;
      }
    }
    warnAt(interp, cat, message!, level, source ?? None, prefixes);
    return None;
  });

  def('warn_explicit', (args, kwargs) => {
    const [message, category, filename, lineno, module, registry, moduleGlobals, source] = bindArgs(
      'warn_explicit',
      ['message', 'category', 'filename', 'lineno', 'module', 'registry', 'module_globals', 'source'],
      args,
      kwargs,
      4,
    );
    if (typeof filename !== 'string') throw typeError(`warn_explicit() argument 'filename' must be str, not ${typeName(filename!)}`);
    const ln = Number(asIndex(lineno!));
    let sourceLine: string | null = null;
    if (moduleGlobals !== undefined && moduleGlobals !== None) {
      if (!(moduleGlobals instanceof PyDict)) throw typeError(`module_globals must be a dict, not '${typeName(moduleGlobals)}'`);
      sourceLine = loaderSourceLine(moduleGlobals, ln);
    }
    const isWarning = message instanceof PyBaseException && message.cls.isSubtypeOf(exceptionType('Warning'));
    if (!(category instanceof PyType) && !isWarning) {
      // CPython calls the category with the message: a non-class fails the way calling it fails, or
      // else when the filters test it with issubclass().
      callObject(category!, [message!]);
      throw typeError('issubclass() arg 1 must be a class');
    }
    const cat = category instanceof PyType ? category : exceptionType('UserWarning');
    warnExplicit(interp, cat, message!, filename, ln, module ?? null, registry ?? None, sourceLine, source ?? None);
    return None;
  });

  def('_filters_mutated_lock_held', (args, kwargs) => {
    noArgs('_filters_mutated_lock_held', args, kwargs);
    if (st.lockDepth === 0) throw runtimeError('warnings lock is not held');
    st.version++;
    return None;
  });
  def('_acquire_lock', (args, kwargs) => {
    noArgs('_acquire_lock', args, kwargs);
    st.lockDepth++;
    return None;
  });
  def('_release_lock', (args, kwargs) => {
    noArgs('_release_lock', args, kwargs);
    if (st.lockDepth === 0) throw runtimeError('cannot release un-acquired lock');
    st.lockDepth--;
    return None;
  });
  return mod;
}

/** The source line through module_globals' __loader__.get_source (for zipped or generated modules). */
function loaderSourceLine(globals: PyDict, lineno: number): string | null {
  const loader = globals.getStr('__loader__');
  const name = globals.getStr('__name__');
  if (loader === undefined || loader === None || name === undefined) return null;
  const getSource = getAttrOrUndefined(loader, 'get_source');
  if (getSource === undefined) return null;
  const src = callObject(getSource, [name]);
  if (typeof src !== 'string') return null;
  const lines = src.split(/\r\n|\r|\n/);
  return lineno >= 1 && lineno <= lines.length ? lines[lineno - 1] : null;
}

registerNativeModule('_warnings', makeWarningsModule);

/** A compiler warning (SyntaxWarning, DeprecationWarning...) as CPython's compiler issues it: no module
 *  (derived from the filename) and no registry, so it is shown each time the source is compiled. */
export function warnFromCompiler(interp: Interpreter, categoryName: string, message: string, filename: string, lineno: number): void {
  let cat: PyType;
  try {
    cat = exceptionType(categoryName);
  } catch {
    cat = exceptionType('SyntaxWarning');
  }
  warnExplicit(interp, cat, message, filename, lineno, null, null);
}


installCompileWarningHandler(warnFromCompiler);
