// The time module: clocks through the Host (time, monotonic, perf_counter, process_time and their _ns
// forms), sleep (through Host.sleep, interruptible by Ctrl-C), and struct_time conversions in UTC/local
// time (the VM treats local as UTC).

import { PyValue, typeName, typeOf } from '../objects/object.js';
import { PyModule } from '../objects/module.js';
import { PyNativeFunction, argRange } from '../objects/native.js';
import { PyFloat } from '../objects/float.js';
import { PyTuple } from '../objects/tuple.js';
import { None } from '../objects/singletons.js';
import { makeStructSeqType, structSeq } from '../objects/structseq.js';
import { asIndex } from '../runtime/protocols.js';
import { getAttr } from '../runtime/attributes.js';
import { callObject } from '../runtime/call.js';
import { importModule } from '../runtime/import.js';
import { typeError, valueError, overflowError, notImplementedError } from '../runtime/raise.js';
import { waitForThread } from './fd_wait.js';
import { asDouble } from '../objects/float_type.js';
import { simpleNamespace } from '../objects/simple_namespace.js';
import { registerNativeModule } from './registry.js';
import { posixError } from './posix.js';
import { strerror } from './errno.js';
import { CTm, timeTupleToTm, asctime, strftime, epochSeconds } from './time_strftime.js';
import type { Interpreter } from '../runtime/interpreter.js';

// tm_zone and tm_gmtoff are fields past n_sequence_fields: attributes, not items.
const structTimeType = makeStructSeqType('struct_time', 'time', [
  'tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec', 'tm_wday', 'tm_yday', 'tm_isdst', 'tm_zone', 'tm_gmtoff',
], { sequenceFields: 9 });


/**
 * get_clock_info()'s answers, per clock name: implementation, monotonic, adjustable. They describe
 * the clocks read through the Host, with the values CPython gives on Linux (clock_gettime, 1 ns).
 * asyncio's event loop reads the monotonic clock's resolution when it is created.
 */
const CLOCKS = new Map<string, [string, boolean, boolean]>([
  ['time', ['clock_gettime(CLOCK_REALTIME)', false, true]],
  ['monotonic', ['clock_gettime(CLOCK_MONOTONIC)', true, false]],
  ['perf_counter', ['clock_gettime(CLOCK_MONOTONIC)', true, false]],
  ['process_time', ['clock_gettime(CLOCK_PROCESS_CPUTIME_ID)', true, false]],
  ['thread_time', ['clock_gettime(CLOCK_THREAD_CPUTIME_ID)', true, false]],
]);

/** The clock ids of Linux that time.clock_gettime() knows, by their constant names. */
const CLOCK_REALTIME = 0;
const CLOCK_TAI = 11;
const CLOCK_IDS: [string, number][] = [
  ['CLOCK_REALTIME', CLOCK_REALTIME], ['CLOCK_MONOTONIC', 1], ['CLOCK_PROCESS_CPUTIME_ID', 2],
  ['CLOCK_THREAD_CPUTIME_ID', 3], ['CLOCK_MONOTONIC_RAW', 4], ['CLOCK_BOOTTIME', 7], ['CLOCK_TAI', CLOCK_TAI],
];
const MONOTONIC_CLOCK_IDS = new Set([1, 2, 3, 4, 7]);
const EINVAL = 22;

/** The struct_time of `seconds`, in UTC; `zone` is its tm_zone (glibc says GMT for gmtime()). */
function structTime(seconds: number, zone = 'UTC'): PyTuple {
  const d = new Date(Math.floor(seconds) * 1000);
  if (Number.isNaN(d.getTime())) throw overflowError('timestamp out of range for platform time_t');
  const start = Date.UTC(d.getUTCFullYear(), 0, 1);
  const yday = Math.floor((d.getTime() - start) / 86400000) + 1;
  return structSeq(structTimeType, [
    d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes(),
    d.getUTCSeconds(), (d.getUTCDay() + 6) % 7, yday, 0, zone, 0,
  ]);
}

/**
 * A time in seconds from a float or an int-like (CPython's _PyTime_ObjectToTime_t family): other types,
 * even with __float__, are refused with "cannot be interpreted as an <what>".
 */
function secondsArg(v: PyValue, what: string): number {
  let s: number;
  if (v instanceof PyFloat) s = v.value;
  else if (typeof v === 'number' || typeof v === 'boolean') s = Number(v);
  else if (typeof v === 'bigint') s = Number(v);
  else if (typeof v === 'object' && v.cls.lookup('__index__') !== undefined) s = Number(asIndex(v));
  else throw typeError(`'${fullyQualifiedTypeName(v)}' object cannot be interpreted as an ${what}`);
  if (Number.isNaN(s)) throw valueError('Invalid value NaN (not a number)');
  return s;
}

/** PyArg_ParseTuple's "|O:name" count check. */
/**
 * How a time function receives its arguments, as CPython declares it: no arguments (METH_NOARGS), exactly
 * one (METH_O), parsed by PyArg_ParseTuple, or unpacked by PyArg_UnpackTuple (asctime).
 */
type ArgKind = 'noargs' | 'o' | 'tuple' | 'unpack';

/** PyArg_ParseTuple's message for a wrong number of positional arguments. */
function parseTupleCountError(qualified: string, n: number, min: number, max: number): string {
  const plural = (k: number): string => `${k} argument${k === 1 ? '' : 's'}`;
  if (min === max) return `${qualified} takes exactly ${plural(min)} (${n} given)`;
  return n < min ? `${qualified} takes at least ${plural(min)} (${n} given)` : `${qualified} takes at most ${plural(max)} (${n} given)`;
}

/** The %T of CPython's messages: module.qualname, without the module for builtins and __main__. */
function fullyQualifiedTypeName(v: PyValue): string {
  const t = typeOf(v);
  return t.module === 'builtins' || t.module === '__main__' ? t.qualname : `${t.module}.${t.qualname}`;
}

/** The struct tm of an optional time-tuple argument (now when missing or None). */
function tmArg(fname: string, v: PyValue | undefined, host: Interpreter['host']): CTm {
  return timeTupleToTm(fname, v === undefined || v === None ? structTime(host.timeSeconds()) : v);
}

/** Nothing but the clock ends a sleep. */
const neverReady = (): boolean => false;

export function makeTime(interp: Interpreter): PyModule {
  const mod = new PyModule('time');
  const d = mod.dict;
  const host = interp.host;
  // How each function takes its arguments decides CPython's messages for wrong ones: METH_NOARGS and
  // METH_O functions say "time.name()", PyArg_ParseTuple ones "name()", and none takes keywords.
  const def = (name: string, fn: (args: PyValue[]) => PyValue, kind: ArgKind, min = 0, max = min): void => {
    const qualified = kind === 'noargs' || kind === 'o' ? `time.${name}()` : `${name}()`;
    d.setStr(name, new PyNativeFunction(name, (args, kw) => {
      if (kw !== null && kw.size > 0) throw typeError(`${qualified} takes no keyword arguments`);
      const n = args.length;
      if (kind === 'noargs') {
        if (n > 0) throw typeError(`${qualified} takes no arguments (${n} given)`);
      } else if (kind === 'o') {
        if (n !== 1) throw typeError(`${qualified} takes exactly one argument (${n} given)`);
      } else if (kind === 'tuple') {
        if (n < min || n > max) throw typeError(parseTupleCountError(qualified, n, min, max));
      } else {
        argRange(name, args, null, min, max);
      }
      return fn(args);
    }, mod));
  };
  const t0 = host.monotonicNs();
  d.setStr('struct_time', structTimeType);
  d.setStr('timezone', 0);
  d.setStr('altzone', 0);
  d.setStr('daylight', 0);
  // _strptime slices its result to this many items before making a struct_time (tm_zone, tm_gmtoff included).
  d.setStr('_STRUCT_TM_ITEMS', 11);
  d.setStr('tzname', new PyTuple(['UTC', 'UTC']));
  def('time', () => new PyFloat(host.timeSeconds()), 'noargs');
  def('time_ns', () => BigInt(Math.round(host.timeSeconds() * 1e6)) * 1000n, 'noargs');
  for (const name of ['monotonic', 'perf_counter', 'process_time', 'thread_time']) {
    def(name, () => new PyFloat(Number(host.monotonicNs() - t0) / 1e9), 'noargs');
    def(`${name}_ns`, () => {
      const ns = host.monotonicNs() - t0;
      return ns <= 9007199254740991n ? Number(ns) : ns;
    }, 'noargs');
  }
  // clock_gettime() reads the same clocks: the wall clock for REALTIME and TAI (the kernel's TAI offset
  // is 0 unless NTP sets it), the monotonic one for the others, as the functions above do.
  for (const [name, id] of CLOCK_IDS) d.setStr(name, id);
  const clockNs = (args: PyValue[]): bigint => {
    const id = typeof args[0] === 'boolean' ? Number(args[0]) : args[0];
    if (typeof id !== 'number' && typeof id !== 'bigint') throw typeError(`clk_id should be integer, not ${typeName(id)}`);
    if (id === CLOCK_REALTIME || id === CLOCK_TAI) return BigInt(Math.round(host.timeSeconds() * 1e6)) * 1000n;
    if (typeof id === 'number' && MONOTONIC_CLOCK_IDS.has(id)) return host.monotonicNs() - t0;
    throw posixError(EINVAL, strerror(EINVAL));
  };
  def('clock_gettime', (args) => new PyFloat(Number(clockNs(args)) / 1e9), 'o');
  def('clock_gettime_ns', (args) => {
    const ns = clockNs(args);
    return ns <= 9007199254740991n ? Number(ns) : ns;
  }, 'o');
  def('clock_getres', (args) => {
    clockNs(args); // validates the id
    return new PyFloat(1e-9);
  }, 'tuple', 1);
  const sleepFn = new Set<PyValue>();
  def('sleep', (args) => {
    const s = secondsArg(args[0], 'integer or float');
    if (s < 0) throw valueError('sleep length must be non-negative');
    // PyTime_t counts nanoseconds in 64 bits.
    if (Math.abs(s) * 1e9 >= 2 ** 63) throw overflowError('timestamp too large to convert to C PyTime_t');
    if (host.sleep === undefined) throw notImplementedError('time.sleep() is not available on this host');
    // Other threads run meanwhile (vm/runtime/threads.ts). A signal during the sleep runs its handler
    // (KeyboardInterrupt for Ctrl-C by default); if the handler returns, the sleep goes on for the time
    // left, as in CPython (PEP 475).
    return waitForThread(interp, sleepFn, s, neverReady, () => None, 'time.sleep()', /* never endless */ '');
  }, 'o');
  sleepFn.add(d.getStr('sleep')!);
  const timestamp = (args: PyValue[]): number =>
    args.length && args[0] !== None ? secondsArg(args[0], 'integer') : host.timeSeconds();
  def('gmtime', (args) => structTime(timestamp(args), 'GMT'), 'tuple', 0, 1);
  def('localtime', (args) => structTime(timestamp(args)), 'tuple', 0, 1);
  // strptime is written in Python (_strptime), as in CPython.
  d.setStr('strptime', new PyNativeFunction('strptime', (args, kw) => {
    if (kw !== null && kw.size > 0) throw typeError('strptime() takes no keyword arguments');
    const m = importModule(interp, '_strptime');
    return callObject(getAttr(m, '_strptime_time'), args, kw);
  }, mod));
  def('mktime', (args) => new PyFloat(epochSeconds(timeTupleToTm('mktime', args[0]))), 'o');
  def('asctime', (args) => asctime(tmArg('asctime', args[0], host)), 'unpack', 0, 1);
  def('ctime', (args) => asctime(timeTupleToTm('ctime', structTime(timestamp(args)))), 'tuple', 0, 1);
  def('strftime', (args) => {
    if (typeof args[0] !== 'string') throw typeError(`strftime() argument 1 must be str, not ${typeName(args[0])}`);
    return strftime(args[0], tmArg('strftime', args[1], host));
  }, 'tuple', 1, 2);
  def('get_clock_info', (args) => {
    const name = args[0];
    if (typeof name !== 'string') throw typeError(`get_clock_info() argument 1 must be str, not ${typeName(name)}`);
    const info = CLOCKS.get(name);
    if (info === undefined) throw valueError('unknown clock');
    return simpleNamespace([
      ['implementation', info[0]],
      ['monotonic', info[1]],
      ['adjustable', info[2]],
      ['resolution', new PyFloat(1e-9)],
    ]);
  }, 'tuple', 1);
  return mod;
}

registerNativeModule('time', makeTime);
