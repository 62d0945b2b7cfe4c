// datetime.time: construction (also from pickle state), the field getters, the tzinfo queries
// (called with None), comparisons (naive/aware rules), hashing, repr/str/isoformat/strftime,
// replace(), fromisoformat/strptime and pickling with the fold bit.

import { PyValue } from '../../objects/object.js';
import { PyTuple } from '../../objects/tuple.js';
import { PyBytes } from '../../objects/bytes.js';
import { None, NotImplemented } from '../../objects/singletons.js';
import { defMethod, defGetSet, defClassMethod, noArgs, oneArg, argRange } from '../../objects/native.js';
import { hash, repr, str as pyStr, Cmp } from '../../runtime/protocols.js';
import { callObject } from '../../runtime/call.js';
import { getAttr } from '../../runtime/attributes.js';
import { typeError, valueError } from '../../runtime/raise.js';
import {
  PyTime, timeType, tzinfoType, parseArgs, cInt, argInt, newTime, timeOfClass, callTzOffset, callTzname, formatOffset, typeNameOf, argTypeDesc,
  deltaCmp, newDelta, newTimezone, utc, defDatetimeNew,
} from './types.js';
import { cmpResult } from './timedelta.js';
import { wrapStrftime, formatViaStrftime, structTime, isoTime, parseIsoTime, strptimeVia } from './format.js';

function T(v: PyValue): PyTime {
  return v as PyTime;
}

const TIME_NAMES = ['hour', 'minute', 'second', 'microsecond', 'tzinfo', 'fold'];

defDatetimeNew(timeType, (cls, args, kw) => {
  if (args.length >= 1 && args.length <= 2 && (kw === null || kw.size === 0)) {
    const st = args[0];
    let bytes: Uint8Array | null = null;
    if (st instanceof PyBytes) bytes = st.data;
    else if (typeof st === 'string' && st.length === 6) bytes = Uint8Array.from([...st].map((c) => c.charCodeAt(0) & 0xff));
    if (bytes !== null && bytes.length === 6 && (bytes[0] & 0x7f) < 24) {
      const tz = args.length === 2 ? args[1] : None;
      if (tz !== None && !(typeof tz === 'object' && tz.cls.isSubtypeOf(tzinfoType))) throw typeError('bad tzinfo state arg');
      const fold = bytes[0] & 0x80 ? 1 : 0;
      return new PyTime(bytes[0] & 0x7f, bytes[1], bytes[2], (bytes[3] << 16) | (bytes[4] << 8) | bytes[5], tz, fold, cls);
    }
  }
  const [h, m, s, us, tz, fold] = parseArgs(null, TIME_NAMES, args, kw, 0, 5, argInt, 4);
  return newTime(
    (h ?? 0) as number, (m ?? 0) as number, (s ?? 0) as number, (us ?? 0) as number, tz === undefined ? None : tz,
    fold === undefined ? 0 : argInt(fold), cls,
  );
});

defGetSet(timeType, 'hour', (self) => T(self).hour);
defGetSet(timeType, 'minute', (self) => T(self).minute);
defGetSet(timeType, 'second', (self) => T(self).second);
defGetSet(timeType, 'microsecond', (self) => T(self).us);
defGetSet(timeType, 'tzinfo', (self) => T(self).tz);
defGetSet(timeType, 'fold', (self) => T(self).fold);

defMethod(timeType, 'utcoffset', (self, args, kw) => {
  noArgs('time.utcoffset', args, kw);
  return callTzOffset(T(self).tz, 'utcoffset', None) ?? None;
});
defMethod(timeType, 'dst', (self, args, kw) => {
  noArgs('time.dst', args, kw);
  return callTzOffset(T(self).tz, 'dst', None) ?? None;
});
defMethod(timeType, 'tzname', (self, args, kw) => {
  noArgs('time.tzname', args, kw);
  return callTzname(T(self).tz, None);
});

export function appendTzFold(base: string, tz: PyValue, fold: number): string {
  let r = base;
  if (tz !== None) r = `${r.slice(0, -1)}, tzinfo=${repr(tz)})`;
  if (fold) r = `${r.slice(0, -1)}, fold=${fold})`;
  return r;
}

defMethod(timeType, '__repr__', (self) => {
  const t = T(self);
  const name = typeNameOf(self);
  let r: string;
  if (t.us) r = `${name}(${t.hour}, ${t.minute}, ${t.second}, ${t.us})`;
  else if (t.second) r = `${name}(${t.hour}, ${t.minute}, ${t.second})`;
  else r = `${name}(${t.hour}, ${t.minute})`;
  return appendTzFold(r, t.tz, t.fold);
});
defMethod(timeType, '__str__', (self) => callObject(getAttr(self, 'isoformat'), []));
defMethod(timeType, 'isoformat', (self, args, kw) => {
  const [spec] = parseArgs('isoformat', ['timespec'], args, kw, 0);
  const t = T(self);
  if (spec !== undefined && typeof spec !== 'string') {
    throw typeError(`isoformat() argument 1 must be str, not ${argTypeDesc(spec!)}`);
  }
  let r = isoTime(t.hour, t.minute, t.second, t.us, spec === undefined ? 'auto' : spec);
  if (t.tz !== None) r += formatOffset(callTzOffset(t.tz, 'utcoffset', None), ':');
  return r;
});
defMethod(timeType, 'strftime', (self, args, kw) => {
  const [fmt] = parseArgs('strftime', ['format'], args, kw, 1);
  if (typeof fmt !== 'string') throw typeError(`strftime() argument 1 must be str, not ${argTypeDesc(fmt!)}`);
  const t = T(self);
  const tt = structTime(1900, 1, 1, t.hour, t.minute, t.second, -1);
  return wrapStrftime(self, fmt, tt, None);
});
defMethod(timeType, '__format__', formatViaStrftime);

function timeCompare(self: PyValue, other: PyValue, op: Cmp): PyValue {
  if (!(other instanceof PyTime)) return NotImplemented;
  const a = T(self);
  const fields = (): number => a.hour - other.hour || a.minute - other.minute || a.second - other.second || a.us - other.us;
  if (a.tz === other.tz) return cmpResult(fields(), op);
  const o1 = callTzOffset(a.tz, 'utcoffset', None);
  const o2 = callTzOffset(other.tz, 'utcoffset', None);
  if (o1 === o2 || (o1 !== null && o2 !== null && deltaCmp(o1, o2) === 0)) return cmpResult(fields(), op);
  if (o1 !== null && o2 !== null) {
    const s1 = a.hour * 3600 + a.minute * 60 + a.second - o1.days * 86400 - o1.seconds;
    const s2 = other.hour * 3600 + other.minute * 60 + other.second - o2.days * 86400 - o2.seconds;
    return cmpResult(s1 - s2 || a.us - other.us, op);
  }
  if (op === Cmp.EQ) return false;
  if (op === Cmp.NE) return true;
  throw typeError("can't compare offset-naive and offset-aware times");
}
for (const [n, op] of [
  ['__lt__', Cmp.LT], ['__le__', Cmp.LE], ['__eq__', Cmp.EQ], ['__ne__', Cmp.NE], ['__gt__', Cmp.GT], ['__ge__', Cmp.GE],
] as const) {
  defMethod(timeType, n, (self, args) => timeCompare(self, args[0], op));
}
defMethod(timeType, '__hash__', (self) => {
  const t = T(self);
  const off = callTzOffset(t.tz, 'utcoffset', None);
  if (off === null) return hash(new PyTuple([t.hour, t.minute, t.second, t.us]));
  const secs = t.hour * 3600 + t.minute * 60 + t.second - off.days * 86400 - off.seconds;
  return hash(new PyTuple([secs, t.us - off.us]));
});

function timeReplace(self: PyValue, args: PyValue[], kw: Map<string, PyValue> | null): PyValue {
  const t = T(self);
  const [h, m, s, us, tz, fold] = parseArgs('replace', TIME_NAMES, args, kw, 0, 5);
  return timeOfClass(
    h === undefined ? t.hour : cInt(h), m === undefined ? t.minute : cInt(m), s === undefined ? t.second : cInt(s),
    us === undefined ? t.us : cInt(us), tz === undefined ? t.tz : tz, fold === undefined ? t.fold : cInt(fold), t.cls,
  );
}
defMethod(timeType, 'replace', timeReplace);
defMethod(timeType, '__replace__', timeReplace);

function timeReduce(t: PyTime, proto: number): PyTuple {
  const b0 = t.hour + (proto > 3 && t.fold ? 128 : 0);
  const data = new PyBytes(Uint8Array.from([b0, t.minute, t.second, (t.us >> 16) & 0xff, (t.us >> 8) & 0xff, t.us & 0xff]));
  return new PyTuple([t.cls, new PyTuple(t.tz === None ? [data] : [data, t.tz])]);
}
defMethod(timeType, '__reduce_ex__', (self, args, kw) => {
  argRange('__reduce_ex__', args, kw, 1, 1);
  return timeReduce(T(self), cInt(args[0]));
});
defMethod(timeType, '__reduce__', (self, args, kw) => {
  noArgs('time.__reduce__', args, kw);
  return timeReduce(T(self), 2);
});

defClassMethod(timeType, 'fromisoformat', (cls, args, kw) => {
  const s = oneArg('time.fromisoformat', args, kw);
  if (typeof s !== 'string') throw typeError('fromisoformat: argument must be str');
  let start = 0;
  if (s.length > 0 && s[0] === 'T') start = 1;
  const r = parseIsoTime(s, start);
  if (r.rv < 0 || s.length === start) throw valueError(`Invalid isoformat string: ${repr(s)}`);
  let h = r.h;
  if (h === 24) {
    if (r.m === 0 && r.s === 0 && r.us === 0) h = 0;
    else throw valueError('minute, second, and microsecond must be 0 when hour is 24');
  }
  const tz = r.rv === 1 ? tzFromIso(r.tzSeconds, r.tzUs) : None;
  return timeOfClass(h, r.m, r.s, r.us, tz, 0, cls);
});

/** tzinfo_from_isoformat_results. */
export function tzFromIso(seconds: number, us: number): PyValue {
  if (seconds === 0) return utc;
  return newTimezone(newDelta(0, seconds, us), null);
}

defClassMethod(timeType, 'strptime', (cls, args, kw) => {
  if (kw !== null && kw.size > 0) throw typeError('strptime() takes no keyword arguments');
  if (args.length !== 2) throw typeError(`strptime() takes exactly 2 arguments (${args.length} given)`);
  for (let i = 0; i < 2; i++) {
    if (typeof args[i] !== 'string') throw typeError(`strptime() argument ${i + 1} must be str, not ${argTypeDesc(args[i])}`);
  }
  return strptimeVia('_strptime_datetime_time', cls, args[0], args[1]);
});

timeType.attrs.set('min', new PyTime(0, 0, 0, 0, None, 0));
timeType.attrs.set('max', new PyTime(23, 59, 59, 999999, None, 0));
timeType.attrs.set('resolution', newDelta(0, 0, 1));
timeType.doc =
  'time([hour[, minute[, second[, microsecond[, tzinfo]]]]]) --> a time object\n\nAll arguments are optional. tzinfo may be None, or an instance of\na tzinfo subclass. The remaining arguments may be ints.\n';
