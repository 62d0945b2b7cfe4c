// sys.monitoring (PEP 669), as far as pyrewind can be truthful about it: the namespace, the tool ids,
// the event constants, DISABLE/MISSING and the tool registry (use_tool_id/free_tool_id/clear_tool_id/
// get_tool), which bdb, pdb and doctest touch at import time or when they set up a debugger.
//
// pyrewind's interpreter does not generate monitoring events, so anything that asks for events or
// registers a callback to receive them raises NotImplementedError saying so; it must never accept a
// request and then silently never call back. Asking for no events (0) is honoured, since that is true.

import { PyValue, PyInstance, objectType, typeName } from '../objects/object.js';
import { PyModule } from '../objects/module.js';
import { PyDict } from '../objects/dict.js';
import { PyCode } from '../objects/code.js';
import { PyNativeFunction, argRange } from '../objects/native.js';
import { simpleNamespace } from '../objects/simple_namespace.js';
import { None } from '../objects/singletons.js';
import { asIndex } from '../runtime/protocols.js';
import { typeError, valueError, notImplementedError } from '../runtime/raise.js';
import { PyTuple } from '../objects/tuple.js';
import { callObject } from '../runtime/call.js';
import { setTrace, setProfile, getTrace, getProfile } from '../runtime/sys_trace.js';
import type { Interpreter } from '../runtime/interpreter.js';

type Args = PyValue[];
type Kw = Map<string, PyValue> | null;

const EVENTS: [string, number][] = [
  ['BRANCH', 262144], ['BRANCH_LEFT', 256], ['BRANCH_RIGHT', 512], ['CALL', 16], ['C_RAISE', 131072],
  ['C_RETURN', 65536], ['EXCEPTION_HANDLED', 4096], ['INSTRUCTION', 64], ['JUMP', 128], ['LINE', 32],
  ['NO_EVENTS', 0], ['PY_RESUME', 2], ['PY_RETURN', 4], ['PY_START', 1], ['PY_THROW', 16384],
  ['PY_UNWIND', 8192], ['PY_YIELD', 8], ['RAISE', 2048], ['RERAISE', 32768], ['STOP_ITERATION', 1024],
];
const ALL_EVENTS = EVENTS.reduce((acc, [, v]) => acc | v, 0);
const MAX_TOOL = 5;

const NO_EVENTS_HINT = 'pyrewind does not generate sys.monitoring (PEP 669) events';

function toolId(v: PyValue): number {
  const n = asIndex(v);
  if (typeof n === 'bigint' || n < 0 || n > MAX_TOOL) throw valueError(`invalid tool ${n} (must be between 0 and ${MAX_TOOL})`);
  return n;
}

function eventSet(v: PyValue): number {
  const n = asIndex(v);
  if (typeof n === 'bigint' || n < 0 || (n & ~ALL_EVENTS) !== 0) {
    throw valueError(`invalid event set 0x${BigInt.asUintN(32, BigInt(n)).toString(16)}`);
  }
  return n;
}

/** The sys.monitoring module object of one interpreter (its tool registry is per interpreter). */
export function makeMonitoring(): PyModule {
  const mod = new PyModule('sys.monitoring');
  const d = mod.dict;
  d.setStr('__doc__', None);
  const tools: (string | null)[] = new Array(MAX_TOOL + 1).fill(null);
  const def = (name: string, fn: (args: Args, kw: Kw) => PyValue): void => {
    d.setStr(name, new PyNativeFunction(name, fn, mod));
  };
  const inUse = (id: number): void => {
    if (tools[id] === null) throw valueError(`tool ${id} is not in use`);
  };
  d.setStr('DEBUGGER_ID', 0);
  d.setStr('COVERAGE_ID', 1);
  d.setStr('PROFILER_ID', 2);
  d.setStr('OPTIMIZER_ID', 5);
  d.setStr('DISABLE', new PyInstance(objectType));
  d.setStr('MISSING', new PyInstance(objectType));
  d.setStr('events', simpleNamespace(EVENTS));

  def('use_tool_id', (args, kw) => {
    argRange('use_tool_id', args, kw, 2, 2);
    const id = toolId(args[0]);
    if (typeof args[1] !== 'string') throw valueError('tool name must be a str');
    if (tools[id] !== null) throw valueError(`tool ${id} is already in use`);
    tools[id] = args[1];
    return None;
  });
  def('clear_tool_id', (args, kw) => {
    argRange('clear_tool_id', args, kw, 1, 1);
    toolId(args[0]);
    // No events or callbacks can be set here, so there is nothing to clear.
    return None;
  });
  def('free_tool_id', (args, kw) => {
    argRange('free_tool_id', args, kw, 1, 1);
    tools[toolId(args[0])] = null;
    return None;
  });
  def('get_tool', (args, kw) => {
    argRange('get_tool', args, kw, 1, 1);
    return tools[toolId(args[0])] ?? None;
  });
  def('get_events', (args, kw) => {
    argRange('get_events', args, kw, 1, 1);
    toolId(args[0]);
    return 0;
  });
  def('set_events', (args, kw) => {
    argRange('set_events', args, kw, 2, 2);
    const id = toolId(args[0]);
    inUse(id);
    if (eventSet(args[1]) !== 0) throw notImplementedError(`sys.monitoring.set_events(): ${NO_EVENTS_HINT}`);
    return None;
  });
  def('get_local_events', (args, kw) => {
    argRange('get_local_events', args, kw, 2, 2);
    toolId(args[0]);
    if (!(args[1] instanceof PyCode)) throw typeError(`code must be a code object, not ${typeName(args[1])}`);
    return 0;
  });
  def('set_local_events', (args, kw) => {
    argRange('set_local_events', args, kw, 3, 3);
    const id = toolId(args[0]);
    if (!(args[1] instanceof PyCode)) throw typeError(`code must be a code object, not ${typeName(args[1])}`);
    inUse(id);
    if (eventSet(args[2]) !== 0) throw notImplementedError(`sys.monitoring.set_local_events(): ${NO_EVENTS_HINT}`);
    return None;
  });
  def('register_callback', (args, kw) => {
    argRange('register_callback', args, kw, 3, 3);
    toolId(args[0]);
    asIndex(args[1]);
    if (args[2] !== None) throw notImplementedError(`sys.monitoring.register_callback(): ${NO_EVENTS_HINT}, so a callback would never be called`);
    return None;
  });
  def('restart_events', (args, kw) => {
    argRange('restart_events', args, kw, 0, 0);
    // No event can have been disabled, so there is nothing to restart.
    return None;
  });
  def('_all_events', (args, kw) => {
    argRange('_all_events', args, kw, 0, 0);
    return new PyDict();
  });
  return mod;
}

/**
 * sys.settrace/gettrace/setprofile/getprofile (and their *allthreads forms: pyrewind runs one thread, and
 * sys.call_tracing): the Python-level trace and profile functions, which vm/runtime/sys_trace.ts calls.
 */
export function defineTraceFunctions(mod: PyModule, interp: Interpreter): void {
  const d = mod.dict;
  const def = (name: string, fn: (args: Args, kw: Kw) => PyValue): void => {
    d.setStr(name, new PyNativeFunction(name, fn, mod));
  };
  const oneArg = (name: string, args: Args, kw: Kw): PyValue => {
    if (kw !== null && kw.size > 0) throw typeError(`${name}() takes no keyword arguments`);
    if (args.length !== 1) throw typeError(`${name}() takes exactly one argument (${args.length} given)`);
    return args[0];
  };
  def('gettrace', (args, kw) => {
    argRange('gettrace', args, kw, 0, 0);
    return getTrace(interp);
  });
  def('getprofile', (args, kw) => {
    argRange('getprofile', args, kw, 0, 0);
    return getProfile(interp);
  });
  const settrace = (name: string) => (args: Args, kw: Kw): PyValue => {
    const f = oneArg(name, args, kw);
    setTrace(interp, f === None ? null : f);
    return None;
  };
  const setprofile = (name: string) => (args: Args, kw: Kw): PyValue => {
    const f = oneArg(name, args, kw);
    setProfile(interp, f === None ? null : f);
    return None;
  };
  def('settrace', settrace('sys.settrace'));
  def('_settraceallthreads', settrace('sys._settraceallthreads'));
  def('setprofile', setprofile('sys.setprofile'));
  def('_setprofileallthreads', setprofile('sys._setprofileallthreads'));
  def('call_tracing', (args, kw) => {
    argRange('call_tracing', args, kw, 2, 2);
    if (!(args[1] instanceof PyTuple)) throw typeError(`call_tracing() argument 2 must be tuple, not ${typeName(args[1])}`);
    const st = interp.sysTrace;
    return st === null ? callObject(args[0], args[1].items.slice()) : st.callTracing(args[0], args[1].items.slice());
  });
}
