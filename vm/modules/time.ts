// The time module: clocks through the Host (time, monotonic, perf_counter, process_time and their _ns
// forms), sleep (a busy clock wait would change nothing observable but time: it returns at once after
// checking its argument), and struct_time conversions in UTC/local time (the VM treats local as UTC).

import { PyValue, typeName } from '../objects/object.js';
import { PyModule } from '../objects/module.js';
import { PyNativeFunction, argRange } from '../objects/native.js';
import { PyFloat } from '../objects/float.js';
import { PyTuple } from '../objects/tuple.js';
import { None } from '../objects/singletons.js';
import { makeStructSeqType, structSeq } from '../objects/structseq.js';
import { toArray, asIndex } from '../runtime/protocols.js';
import { getAttr } from '../runtime/attributes.js';
import { callObject } from '../runtime/call.js';
import { importModule } from '../runtime/import.js';
import { typeError, valueError, overflowError } from '../runtime/raise.js';
import { toDouble } from './math.js';
import { registerNativeModule } from './registry.js';
import type { Interpreter } from '../runtime/interpreter.js';

const structTimeType = makeStructSeqType('struct_time', 'time', [
  'tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec', 'tm_wday', 'tm_yday', 'tm_isdst',
]);

const DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

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
  else throw typeError(`'${typeName(v)}' object cannot be interpreted as an ${what}`);
  if (Number.isNaN(s)) throw valueError('Invalid value NaN (not a number)');
  return s;
}

function asctime(t: PyValue[]): string {
  const [y, mo, day, h, mi, s, wd] = t.map((v) => Number(v));
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${DAYS[wd]} ${MONTHS[mo - 1]} ${String(day).padStart(2, ' ')} ${pad(h)}:${pad(mi)}:${pad(s)} ${y}`;
}

function strftime(fmt: string, t: PyValue[]): string {
  const [y, mo, day, h, mi, s, wd, yd] = t.map((v) => Number(v));
  const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
  return fmt.replace(/%([a-zA-Z%])/g, (_m, c: string) => {
    switch (c) {
      case 'Y': return String(y);
      case 'y': return pad(y % 100);
      case 'm': return pad(mo);
      case 'd': return pad(day);
      case 'H': return pad(h);
      case 'I': return pad(h % 12 === 0 ? 12 : h % 12);
      case 'M': return pad(mi);
      case 'S': return pad(s);
      case 'p': return h < 12 ? 'AM' : 'PM';
      case 'a': return DAYS[wd];
      case 'A': return ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'][wd];
      case 'b': return MONTHS[mo - 1];
      case 'B': return ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'][mo - 1];
      case 'j': return pad(yd, 3);
      case 'w': return String((wd + 1) % 7);
      case 'Z': return 'UTC';
      case 'z': return '+0000';
      case 'c': return asctime(t);
      case 'x': return `${pad(mo)}/${pad(day)}/${pad(y % 100)}`;
      case 'X': return `${pad(h)}:${pad(mi)}:${pad(s)}`;
      case '%': return '%';
      default: throw valueError(`pyrewind's time.strftime does not support %${c} yet`);
    }
  });
}

function timeTuple(v: PyValue | undefined, host: Interpreter['host']): PyValue[] {
  if (v === undefined || v === None) return structTime(host.timeSeconds()).items;
  const items = toArray(v);
  if (items.length !== 9) throw typeError('time.struct_time() takes a 9-sequence (' + items.length + '-sequence given)');
  return items;
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
    return None;
  });
  const timestamp = (args: PyValue[]): number =>
    args.length && args[0] !== None ? secondsArg(args[0], 'integer') : host.timeSeconds();
  def('gmtime', (args) => (argRange('gmtime', args, null, 0, 1), structTime(timestamp(args))));
  def('localtime', (args) => (argRange('localtime', args, null, 0, 1), structTime(timestamp(args))));
  // strptime is written in Python (_strptime), as in CPython.
  d.setStr('strptime', new PyNativeFunction('strptime', (args, kw) => {
    const m = importModule(interp, '_strptime');
    return callObject(getAttr(m, '_strptime_time'), args, kw);
  }, mod));
  def('mktime', (args) => {
    const t = timeTuple(args[0], host).map(Number);
    return new PyFloat(Date.UTC(t[0], t[1] - 1, t[2], t[3], t[4], t[5]) / 1000);
  });
  def('asctime', (args) => asctime(timeTuple(args[0], host)));
  def('ctime', (args) => (argRange('ctime', args, null, 0, 1), asctime(structTime(timestamp(args)).items)));
  def('strftime', (args) => {
    argRange('strftime', args, null, 1, 2);
    if (typeof args[0] !== 'string') throw typeError(`strftime() argument 1 must be str, not ${typeName(args[0])}`);
    return strftime(args[0], timeTuple(args[1], host));
  });
  return mod;
}

registerNativeModule('time', makeTime);
