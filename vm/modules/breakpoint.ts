// builtins.breakpoint() and the default sys.breakpointhook (CPython's builtin_breakpoint and
// sys_breakpointhook): breakpoint(*args, **kws) calls sys.breakpointhook, whose default reads
// $PYTHONBREAKPOINT ("0" disables it; "module.attr" or a builtin's name picks the callable; unset means
// pdb.set_trace), imports the callable and calls it, warning and doing nothing when it cannot import it.
// The default target starts pdb, whose default backend runs on sys.monitoring (vm/runtime/monitoring.ts).

import { PyValue } from '../objects/object.js';
import { PyNativeFunction } from '../objects/native.js';
import { None } from '../objects/singletons.js';
import { PyBaseException, AttributeError, ImportError, exceptionType } from '../objects/exceptions.js';
import { callObject } from '../runtime/call.js';
import { getAttr } from '../runtime/attributes.js';
import { importModule } from '../runtime/import.js';
import { runtimeError } from '../runtime/raise.js';
import type { Interpreter } from '../runtime/interpreter.js';

type Kw = Map<string, PyValue> | null;

/** builtins.breakpoint: calls sys.breakpointhook with the same arguments. */
export function makeBreakpointBuiltin(interp: Interpreter, module: PyValue | null = null): PyNativeFunction {
  return new PyNativeFunction('breakpoint', (args: PyValue[], kwargs: Kw) => {
    const hook = interp.sys.getStr('breakpointhook');
    if (hook === undefined) throw runtimeError('lost sys.breakpointhook');
    return callObject(hook, args, kwargs);
  }, module);
}

/** The default sys.breakpointhook (also sys.__breakpointhook__). */
export function makeBreakpointHook(interp: Interpreter, sysModule: PyValue | null = null): PyNativeFunction {
  return new PyNativeFunction('breakpointhook', (args: PyValue[], kwargs: Kw) => {
    let target = ignoreEnvironment(interp) ? '' : (interp.host.env()['PYTHONBREAKPOINT'] ?? '');
    if (target === '') target = 'pdb.set_trace';
    else if (target === '0') return None;
    const dot = target.lastIndexOf('.');
    if (dot === 0) return ignoreUnimportable(interp, target);
    const moduleName = dot < 0 ? 'builtins' : target.slice(0, dot);
    const attr = dot < 0 ? target : target.slice(dot + 1);
    let hook: PyValue;
    try {
      hook = getAttr(importModule(interp, moduleName), attr);
    } catch (e) {
      if (e instanceof PyBaseException && (e.cls.isSubtypeOf(ImportError) || e.cls.isSubtypeOf(AttributeError))) {
        return ignoreUnimportable(interp, target);
      }
      throw e;
    }
    return callObject(hook, args, kwargs);
  }, sysModule);
}

function ignoreEnvironment(interp: Interpreter): boolean {
  const flags = interp.sys.getStr('flags');
  if (flags === undefined) return false;
  try {
    const v = getAttr(flags, 'ignore_environment');
    return v === true || (typeof v === 'number' && v !== 0);
  } catch {
    return false;
  }
}

/** RuntimeWarning 'Ignoring unimportable $PYTHONBREAKPOINT: "..."' at the caller, then None. */
function ignoreUnimportable(interp: Interpreter, target: string): PyValue {
  const warnings = importModule(interp, 'warnings');
  callObject(getAttr(warnings, 'warn'), [
    `Ignoring unimportable $PYTHONBREAKPOINT: "${target}"`,
    exceptionType('RuntimeWarning'),
  ]);
  return None;
}
