// sys.monitoring (PEP 669): the namespace, the tool ids, the event constants, DISABLE/MISSING, the tool
// registry (use_tool_id/free_tool_id/clear_tool_id/get_tool), global and per-code event sets and the
// callbacks, with CPython 3.14's argument checks and messages (Python/instrumentation.c). The events
// themselves are reported by vm/runtime/monitoring.ts, through sys_trace.ts's SysTrace, which is the
// interpreter's tracer only while some event is set (syncMonitoring after every change).

import { PyValue, typeName } from '../objects/object.js';
import { PyModule } from '../objects/module.js';
import { PyDict } from '../objects/dict.js';
import { PyCode } from '../objects/code.js';
import { PyNativeFunction, argRange } from '../objects/native.js';
import { simpleNamespace } from '../objects/simple_namespace.js';
import { None } from '../objects/singletons.js';
import { asIndex } from '../runtime/protocols.js';
import { typeError, valueError, overflowError } from '../runtime/raise.js';
import { PyTuple } from '../objects/tuple.js';
import { callObject } from '../runtime/call.js';
import { setTrace, setProfile, getTrace, getProfile, syncMonitoring } from '../runtime/sys_trace.js';
import { monitoringOf, EVENT_NAMES, EVENT_COUNT, LOCAL_EVENT_COUNT, TOOL_COUNT, C_RETURN_EVENTS, Ev } from '../runtime/monitoring.js';
import { currentInterpreter } from '../runtime/interpreter.js';
import type { Interpreter } from '../runtime/interpreter.js';

type Args = PyValue[];
type Kw = Map<string, PyValue> | null;

const BRANCH_BIT = 1 << Ev.BRANCH;
const C_CALL_EVENTS = C_RETURN_EVENTS | (1 << Ev.CALL);

/** An argument CPython converts to a C int. */
function cInt(v: PyValue): number {
  const n = asIndex(v);
  if (typeof n === 'bigint' || n > 2147483647 || n < -2147483648) {
    throw overflowError(`Python int too large to convert to C int`);
  }
  return n;
}

function toolId(v: PyValue): number {
  const n = cInt(v);
  if (n < 0 || n >= TOOL_COUNT) throw valueError(`invalid tool ${n} (must be between 0 and ${TOOL_COUNT - 1})`);
  return n;
}

function hex32(n: number): string {
  return (n >>> 0).toString(16);
}

/** The C_RETURN/C_RAISE rule and the BRANCH alias, shared by set_events and set_local_events. */
function normalizeEvents(n: number): number {
  if ((n & C_RETURN_EVENTS) !== 0 && (n & C_CALL_EVENTS) !== C_CALL_EVENTS) {
    throw valueError('cannot set C_RETURN or C_RAISE events independently');
  }
  n &= ~C_RETURN_EVENTS;
  if ((n & BRANCH_BIT) !== 0) n = (n & ~BRANCH_BIT) | (1 << Ev.BRANCH_LEFT) | (1 << Ev.BRANCH_RIGHT);
  return n;
}

function popcount(n: number): number {
  let c = 0;
  for (let v = n >>> 0; v !== 0; v &= v - 1) c++;
  return c;
}

/** The argument checks of CPython's METH_O and METH_NOARGS functions. */
function oneArg(name: string, args: Args, kw: Kw): void {
  if (kw !== null && kw.size > 0) throw typeError(`sys.monitoring.${name}() takes no keyword arguments`);
  if (args.length !== 1) throw typeError(`sys.monitoring.${name}() takes exactly one argument (${args.length} given)`);
}

function positional(name: string, args: Args, kw: Kw, n: number): void {
  if (kw !== null && kw.size > 0) throw typeError(`sys.monitoring.${name}() takes no keyword arguments`);
  argRange(name, args, null, n, n);
}

function noArgs(name: string, args: Args, kw: Kw): void {
  if (kw !== null && kw.size > 0) throw typeError(`sys.monitoring.${name}() takes no keyword arguments`);
  if (args.length !== 0) throw typeError(`sys.monitoring.${name}() takes no arguments (${args.length} given)`);
}

/** The sys.monitoring module object of one interpreter. */
export function makeMonitoring(interp: Interpreter = currentInterpreter()): PyModule {
  const mod = new PyModule('sys.monitoring');
  const d = mod.dict;
  const mon = monitoringOf(interp);
  d.setStr('__doc__', None);
  const def = (name: string, fn: (args: Args, kw: Kw) => PyValue): void => {
    d.setStr(name, new PyNativeFunction(name, fn, mod));
  };
  const inUse = (id: number): void => {
    if (mon.names[id] === null) throw valueError(`tool ${id} is not in use`);
  };
  const codeArg = (v: PyValue): PyCode => {
    if (!(v instanceof PyCode)) throw typeError('code must be a code object');
    return v;
  };
  d.setStr('DEBUGGER_ID', 0);
  d.setStr('COVERAGE_ID', 1);
  d.setStr('PROFILER_ID', 2);
  d.setStr('OPTIMIZER_ID', 5);
  d.setStr('DISABLE', mon.DISABLE);
  d.setStr('MISSING', mon.MISSING);
  const events: [string, number][] = EVENT_NAMES.map((name, i) => [name, 2 ** i] as [string, number]);
  events.push(['NO_EVENTS', 0]);
  events.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  d.setStr('events', simpleNamespace(events));

  def('use_tool_id', (args, kw) => {
    positional('use_tool_id', args, kw, 2);
    const id = toolId(args[0]);
    if (typeof args[1] !== 'string') throw valueError('tool name must be a str');
    if (mon.names[id] !== null) throw valueError(`tool ${id} is already in use`);
    mon.names[id] = args[1];
    return None;
  });
  def('clear_tool_id', (args, kw) => {
    oneArg('clear_tool_id', args, kw);
    const id = toolId(args[0]);
    if (mon.names[id] !== null) {
      mon.clearTool(id);
      syncMonitoring(interp);
    }
    return None;
  });
  def('free_tool_id', (args, kw) => {
    oneArg('free_tool_id', args, kw);
    const id = toolId(args[0]);
    if (mon.names[id] !== null) {
      mon.clearTool(id);
      syncMonitoring(interp);
    }
    mon.names[id] = null;
    return None;
  });
  def('get_tool', (args, kw) => {
    oneArg('get_tool', args, kw);
    return mon.names[toolId(args[0])] ?? None;
  });
  def('get_events', (args, kw) => {
    oneArg('get_events', args, kw);
    return mon.global[toolId(args[0])];
  });
  def('set_events', (args, kw) => {
    positional('set_events', args, kw, 2);
    const id = toolId(args[0]);
    let n = cInt(args[1]);
    if (n < 0 || n >= 2 ** EVENT_COUNT) throw valueError(`invalid event set 0x${hex32(n)}`);
    n = normalizeEvents(n);
    inUse(id);
    mon.setGlobal(id, n);
    syncMonitoring(interp);
    return None;
  });
  def('get_local_events', (args, kw) => {
    positional('get_local_events', args, kw, 2);
    const code = codeArg(args[1]);
    return mon.getLocal(toolId(args[0]), code);
  });
  def('set_local_events', (args, kw) => {
    positional('set_local_events', args, kw, 3);
    const code = codeArg(args[1]);
    const id = toolId(args[0]);
    let n = cInt(args[2]);
    n = normalizeEvents(n);
    if (n < 0 || n >= 2 ** LOCAL_EVENT_COUNT) throw valueError(`invalid local event set 0x${hex32(n)}`);
    inUse(id);
    mon.setLocal(id, code, n);
    syncMonitoring(interp);
    return None;
  });
  def('register_callback', (args, kw) => {
    positional('register_callback', args, kw, 3);
    const id = toolId(args[0]);
    const event = cInt(args[1]);
    if (popcount(event) !== 1) throw valueError('The callback can only be set for one event at a time');
    const e = 31 - Math.clz32(event);
    if (e < 0 || e >= EVENT_COUNT) throw valueError(`invalid event ${event}`);
    const func = args[2] === None ? null : args[2];
    // The deprecated BRANCH names both branch events.
    const slots = e === Ev.BRANCH ? [Ev.BRANCH_LEFT, Ev.BRANCH_RIGHT] : [e];
    const previous = mon.callbacks[id * EVENT_COUNT + slots[0]];
    for (const s of slots) mon.callbacks[id * EVENT_COUNT + s] = func;
    return previous ?? None;
  });
  def('restart_events', (args, kw) => {
    noArgs('restart_events', args, kw);
    mon.restart();
    return None;
  });
  def('_all_events', (args, kw) => {
    noArgs('_all_events', args, kw);
    const res = new PyDict();
    for (let e = 0; e < EVENT_COUNT; e++) {
      let tools = 0;
      for (let t = 0; t < TOOL_COUNT; t++) if ((mon.global[t] & (1 << e)) !== 0) tools |= 1 << t;
      if (tools !== 0) res.setStr(EVENT_NAMES[e], tools);
    }
    return res;
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
