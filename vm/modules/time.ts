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
import { PyBaseException, KeyboardInterrupt } from '../objects/exceptions.js';
import { toDouble } from './math.js';
import { registerNativeModule } from './registry.js';
import { CTm, timeTupleToTm, asctime, strftime, epochSeconds } from './time_strftime.js';
import type { Interpreter } from '../runtime/interpreter.js';

const structTimeType = makeStructSeqType('struct_time', 'time', [
  'tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec', 'tm_wday', 'tm_yday', 'tm_isdst',
]);


function structTime(seconds: number): PyTuple {
  const d = new Date(Math.floor(seconds) * 1000);
  if (Number.isNaN(d.getTime())) throw overflowError('timestamp out of range for platform time_t');
  const start = Date.UTC(d.getUTCFullYear(), 0, 1);
  const yday = Math.floor((d.getTime() - start) / 86400000) + 1;
  return structSeq(structTimeType, [
    d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes(),
    d.getUTCSeconds(), (d.getUTCDay() + 6) % 7, yday, 0,
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
function atMostOne(name: string, args: PyValue[]): void {
  if (args.length > 1) throw typeError(`${name}() takes at most 1 argument (${args.length} given)`);
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

export function makeTime(interp: Interpreter): PyModule {
  const mod = new PyModule('time');
  const d = mod.dict;
  const host = interp.host;
  const def = (name: string, fn: (args: PyValue[]) => PyValue): void => {
    d.setStr(name, new PyNativeFunction(name, (a) => fn(a), mod));
  };
  const t0 = host.monotonicNs();
  d.setStr('struct_time', structTimeType);
  d.setStr('timezone', 0);
  d.setStr('altzone', 0);
  d.setStr('daylight', 0);
  // _strptime slices its result to this many items before making a struct_time (tm_zone, tm_gmtoff included).
  d.setStr('_STRUCT_TM_ITEMS', 11);
  d.setStr('tzname', new PyTuple(['UTC', 'UTC']));
  def('time', () => new PyFloat(host.timeSeconds()));
  def('time_ns', () => BigInt(Math.round(host.timeSeconds() * 1e6)) * 1000n);
  for (const name of ['monotonic', 'perf_counter', 'process_time', 'thread_time']) {
    def(name, () => new PyFloat(Number(host.monotonicNs() - t0) / 1e9));
    def(`${name}_ns`, () => {
      const ns = host.monotonicNs() - t0;
      return ns <= 9007199254740991n ? Number(ns) : ns;
    });
  }
  def('sleep', (args) => {
    argRange('sleep', args, null, 1, 1);
    const s = secondsArg(args[0], 'integer or float');
    if (s < 0) throw valueError('sleep length must be non-negative');
    // PyTime_t counts nanoseconds in 64 bits.
    if (Math.abs(s) * 1e9 >= 2 ** 63) throw overflowError('timestamp too large to convert to C PyTime_t');
    if (host.sleep === undefined) throw notImplementedError('time.sleep() is not available on this host');
    host.sleep(s);
    // Ctrl-C during the sleep: raised here, as CPython's signal handler does inside sleep().
    const flag = host.interruptFlag;
    if (flag !== null && flag[0] !== 0) {
      flag[0] = 0;
      throw new PyBaseException(KeyboardInterrupt, []);
    }
    return None;
  });
  const timestamp = (args: PyValue[]): number =>
    args.length && args[0] !== None ? secondsArg(args[0], 'integer') : host.timeSeconds();
  def('gmtime', (args) => (atMostOne('gmtime', args), structTime(timestamp(args))));
  def('localtime', (args) => (atMostOne('localtime', args), structTime(timestamp(args))));
  // strptime is written in Python (_strptime), as in CPython.
  d.setStr('strptime', new PyNativeFunction('strptime', (args, kw) => {
    const m = importModule(interp, '_strptime');
    return callObject(getAttr(m, '_strptime_time'), args, kw);
  }, mod));
  def('mktime', (args) => {
    argRange('mktime', args, null, 1, 1);
    return new PyFloat(epochSeconds(timeTupleToTm('mktime', args[0])));
  });
  def('asctime', (args) => (atMostOne('asctime', args), asctime(tmArg('asctime', args[0], host))));
  def('ctime', (args) => (atMostOne('ctime', args), asctime(timeTupleToTm('ctime', structTime(timestamp(args))))));
  def('strftime', (args) => {
    argRange('strftime', args, null, 1, 2);
    if (typeof args[0] !== 'string') throw typeError(`strftime() argument 1 must be str, not ${typeName(args[0])}`);
    return strftime(args[0], tmArg('strftime', args[1], host));
  });
  return mod;
}

registerNativeModule('time', makeTime);
