// datetime.datetime: construction (also from pickle state), the alternative constructors (now,
// utcnow, fromtimestamp, utcfromtimestamp, combine, fromisoformat, strptime), arithmetic and
// comparisons with naive/aware rules, hashing by UTC, the string forms, time-zone conversion
// (astimezone; local time is UTC in the VM), timestamp(), timetuple() and pickling with the fold bit.

import { PyValue } from '../../objects/object.js';
import { PyTuple } from '../../objects/tuple.js';
import { PyBytes } from '../../objects/bytes.js';
import { PyFloat } from '../../objects/float.js';
import { None, NotImplemented } from '../../objects/singletons.js';
import { exceptionType } from '../../objects/exceptions.js';
import { defMethod, defGetSet, defClassMethod, noArgs, argRange, oneArg } from '../../objects/native.js';
import { hash, repr, Cmp } from '../../runtime/protocols.js';
import { callObject } from '../../runtime/call.js';
import { getAttr } from '../../runtime/attributes.js';
import { typeError, valueError } from '../../runtime/raise.js';
import { warnAt } from '../warnings.js';
import { intTrueDiv, normalizeBigInt } from '../../numeric/int_math.js';
import { ymdToOrd, daysInMonth } from './calendar_math.js';
import {
  PyDate, PyDateTime, PyDelta, PyTime, PyTimezone, datetimeType, parseArgs, cInt, argInt, checkTzinfo,
  newDateTime, dateTimeOfClass, newDate, newTime, newDelta, newTimezone, callTzOffset, callTzname, formatOffset,
  typeNameOf, argTypeDesc, utc, deltaToUs, defDatetimeNew,
} from './types.js';
import { addDateTimeDelta, subtractDateTimes, compareDateTimes, dtUtcOffset } from './datetime_arith.js';
import { appendTzFold, tzFromIso } from './time.js';
import { isoDate } from './date.js';
import {
  ctimeString, structTime, isoTime, isoSeparatorPosition, parseIsoDate, parseIsoTime, timestampParts, utcFields,
  strptimeVia, currentInterpreter,
} from './format.js';

function X(v: PyValue): PyDateTime {
  return v as PyDateTime;
}

const DT_NAMES = ['year', 'month', 'day', 'hour', 'minute', 'second', 'microsecond', 'tzinfo', 'fold'];

defDatetimeNew(datetimeType, (cls, args, kw) => {
  if (args.length >= 1 && args.length <= 2 && (kw === null || kw.size === 0)) {
    const st = args[0];
    let b: Uint8Array | null = null;
    if (st instanceof PyBytes) b = st.data;
    else if (typeof st === 'string' && st.length === 10) b = Uint8Array.from([...st].map((c) => c.charCodeAt(0) & 0xff));
    if (b !== null && b.length === 10 && (b[2] & 0x7f) >= 1 && (b[2] & 0x7f) <= 12) {
      const tz = args.length === 2 ? args[1] : None;
      if (tz !== None) {
        try {
          checkTzinfo(tz);
        } catch {
          throw typeError('bad tzinfo state arg');
        }
      }
      return new PyDateTime(
        b[0] * 256 + b[1], b[2] & 0x7f, b[3], b[4], b[5], b[6], (b[7] << 16) | (b[8] << 8) | b[9], tz, b[2] & 0x80 ? 1 : 0, cls,
      );
    }
  }
  const v = parseArgs(null, DT_NAMES, args, kw, 3, 8, argInt, 7);
  const n = (i: number): number => (v[i] ?? 0) as number;
  const fold = v[8] === undefined ? 0 : argInt(v[8]);
  return newDateTime(n(0), n(1), n(2), n(3), n(4), n(5), n(6), v[7] ?? None, fold, cls);
});

defGetSet(datetimeType, 'hour', (self) => X(self).hour);
defGetSet(datetimeType, 'minute', (self) => X(self).minute);
defGetSet(datetimeType, 'second', (self) => X(self).second);
defGetSet(datetimeType, 'microsecond', (self) => X(self).us);
defGetSet(datetimeType, 'tzinfo', (self) => X(self).tz);
defGetSet(datetimeType, 'fold', (self) => X(self).fold);

defMethod(datetimeType, 'utcoffset', (self, args, kw) => {
  noArgs('datetime.utcoffset', args, kw);
  return dtUtcOffset(X(self)) ?? None;
});
defMethod(datetimeType, 'dst', (self, args, kw) => {
  noArgs('datetime.dst', args, kw);
  const d = X(self);
  return callTzOffset(d.tz, 'dst', d) ?? None;
});
defMethod(datetimeType, 'tzname', (self, args, kw) => {
  noArgs('datetime.tzname', args, kw);
  const d = X(self);
  return callTzname(d.tz, d);
});

// ---- arithmetic and comparison ------------------------------------------------------------------------

defMethod(datetimeType, '__add__', (self, args) => {
  const o = args[0];
  return o instanceof PyDelta ? addDateTimeDelta(X(self), o, 1) : NotImplemented;
});
defMethod(datetimeType, '__radd__', (self, args) => {
  const o = args[0];
  return o instanceof PyDelta ? addDateTimeDelta(X(self), o, 1) : NotImplemented;
});
defMethod(datetimeType, '__sub__', (self, args) => {
  const o = args[0];
  if (o instanceof PyDateTime) return subtractDateTimes(X(self), o);
  if (o instanceof PyDelta) return addDateTimeDelta(X(self), o, -1);
  return NotImplemented;
});
defMethod(datetimeType, '__rsub__', (self, args) => {
  const o = args[0];
  if (o instanceof PyDateTime) return subtractDateTimes(o, X(self));
  return NotImplemented;
});
for (const [n, op] of [
  ['__lt__', Cmp.LT], ['__le__', Cmp.LE], ['__eq__', Cmp.EQ], ['__ne__', Cmp.NE], ['__gt__', Cmp.GT], ['__ge__', Cmp.GE],
] as const) {
  defMethod(datetimeType, n, (self, args) => compareDateTimes(X(self), args[0], op));
}
defMethod(datetimeType, '__hash__', (self) => {
  let d = X(self);
  if (d.fold) d = new PyDateTime(d.year, d.month, d.day, d.hour, d.minute, d.second, d.us, d.tz, 0, d.cls);
  const off = dtUtcOffset(d);
  if (off === null) return hash(new PyTuple([d.year, d.month, d.day, d.hour, d.minute, d.second, d.us]));
  const days = ymdToOrd(d.year, d.month, d.day);
  const secs = d.hour * 3600 + d.minute * 60 + d.second;
  const t = newDelta(days - off.days, secs - off.seconds, d.us - off.us);
  return hash(new PyTuple([t.days, t.seconds, t.us]));
});

// ---- string forms --------------------------------------------------------------------------------------

defMethod(datetimeType, '__repr__', (self) => {
  const d = X(self);
  const name = typeNameOf(self);
  let r = `${name}(${d.year}, ${d.month}, ${d.day}, ${d.hour}, ${d.minute}`;
  if (d.us) r += `, ${d.second}, ${d.us})`;
  else if (d.second) r += `, ${d.second})`;
  else r += ')';
  // datetime puts fold before tzinfo (time does the opposite).
  if (d.fold) r = `${r.slice(0, -1)}, fold=${d.fold})`;
  return appendTzFold(r, d.tz, 0);
});
defMethod(datetimeType, 'isoformat', (self, args, kw) => {
  const [sepV, specV] = parseArgs('isoformat', ['sep', 'timespec'], args, kw, 0);
  let sep = 'T';
  if (sepV !== undefined) {
    if (typeof sepV !== 'string') {
      throw typeError(`isoformat() argument 1 must be a unicode character, not ${argTypeDesc(sepV)}`);
    }
    const n = [...sepV].length;
    if (n !== 1) throw typeError(`isoformat() argument 1 must be a unicode character, not a string of length ${n}`);
    sep = sepV;
  }
  if (specV !== undefined && typeof specV !== 'string') {
    throw typeError(`isoformat() argument 2 must be str, not ${argTypeDesc(specV!)}`);
  }
  const d = X(self);
  let r = isoDate(d) + sep + isoTime(d.hour, d.minute, d.second, d.us, specV ?? 'auto');
  if (d.tz !== None) r += formatOffset(dtUtcOffset(d), ':');
  return r;
});
defMethod(datetimeType, '__str__', (self) => callObject(getAttr(self, 'isoformat'), [' ']));
defMethod(datetimeType, 'ctime', (self, args, kw) => {
  noArgs('datetime.ctime', args, kw);
  const d = X(self);
  return ctimeString(d.year, d.month, d.day, d.hour, d.minute, d.second);
});
defMethod(datetimeType, 'timetuple', (self, args, kw) => {
  noArgs('datetime.timetuple', args, kw);
  const d = X(self);
  let dst = -1;
  if (d.tz !== None) {
    const r = callTzOffset(d.tz, 'dst', d);
    if (r !== null) dst = r.days || r.seconds || r.us ? 1 : 0;
  }
  return structTime(d.year, d.month, d.day, d.hour, d.minute, d.second, dst);
});
defMethod(datetimeType, 'utctimetuple', (self, args, kw) => {
  noArgs('datetime.utctimetuple', args, kw);
  let d = X(self);
  const off = dtUtcOffset(d);
  if (off !== null) d = X(addDateTimeDelta(d, off, -1));
  return structTime(d.year, d.month, d.day, d.hour, d.minute, d.second, 0);
});
defMethod(datetimeType, 'date', (self, args, kw) => {
  noArgs('datetime.date', args, kw);
  const d = X(self);
  return newDate(d.year, d.month, d.day);
});
defMethod(datetimeType, 'time', (self, args, kw) => {
  noArgs('datetime.time', args, kw);
  const d = X(self);
  return newTime(d.hour, d.minute, d.second, d.us, None, d.fold);
});
defMethod(datetimeType, 'timetz', (self, args, kw) => {
  noArgs('datetime.timetz', args, kw);
  const d = X(self);
  return newTime(d.hour, d.minute, d.second, d.us, d.tz, d.fold);
});

const EPOCH_ORD = 719163;

defMethod(datetimeType, 'timestamp', (self, args, kw) => {
  noArgs('datetime.timestamp', args, kw);
  const d = X(self);
  if (d.tz !== None) {
    const epoch = new PyDateTime(1970, 1, 1, 0, 0, 0, 0, utc, 0);
    const delta = subtractDateTimes(d, epoch);
    return new PyFloat(intTrueDiv(normalizeBigInt(deltaToUs(delta)), 1000000));
  }
  return new PyFloat(localToSeconds(d) + d.us / 1e6);
});

/**
 * local_to_seconds for the VM's local time (UTC): the seconds since the epoch of a naive datetime.
 * CPython first converts the moment a day earlier, which fails on the first day of year 1.
 */
function localToSeconds(d: PyDateTime): number {
  const ord = ymdToOrd(d.year, d.month, d.day);
  const daySecs = d.hour * 3600 + d.minute * 60 + d.second;
  if (ord === 1 && daySecs < 86400) throw valueError('year must be in 1..9999, not 0');
  return (ord - EPOCH_ORD) * 86400 + daySecs;
}

// ---- replace, pickling ---------------------------------------------------------------------------------

function dtReplace(self: PyValue, args: PyValue[], kw: Map<string, PyValue> | null): PyValue {
  const d = X(self);
  const v = parseArgs('replace', DT_NAMES, args, kw, 0, 8);
  const n = (i: number, dflt: number): number => (v[i] === undefined ? dflt : cInt(v[i]!));
  return dateTimeOfClass(
    n(0, d.year), n(1, d.month), n(2, d.day), n(3, d.hour), n(4, d.minute), n(5, d.second), n(6, d.us),
    v[7] === undefined ? d.tz : v[7], n(8, d.fold), d.cls,
  );
}
defMethod(datetimeType, 'replace', dtReplace);
defMethod(datetimeType, '__replace__', dtReplace);

function dtReduce(d: PyDateTime, proto: number): PyTuple {
  const data = new PyBytes(Uint8Array.from([
    d.year >> 8, d.year & 0xff, d.month + (proto > 3 && d.fold ? 128 : 0), d.day, d.hour, d.minute, d.second,
    (d.us >> 16) & 0xff, (d.us >> 8) & 0xff, d.us & 0xff,
  ]));
  return new PyTuple([d.cls, new PyTuple(d.tz === None ? [data] : [data, d.tz])]);
}
defMethod(datetimeType, '__reduce_ex__', (self, args, kw) => {
  argRange('__reduce_ex__', args, kw, 1, 1);
  return dtReduce(X(self), cInt(args[0]));
});
defMethod(datetimeType, '__reduce__', (self, args, kw) => {
  noArgs('datetime.__reduce__', args, kw);
  return dtReduce(X(self), 2);
});

// ---- time zones -----------------------------------------------------------------------------------------

/** The VM's local time zone: UTC, named as the C library names it. */
function localTimezone(): PyTimezone {
  return newTimezone(newDelta(0, 0, 0), 'UTC');
}

/** local_timezone_from_local: converts the naive datetime to seconds first (which may fail). */
function localFrom(d: PyDateTime): PyTimezone {
  localToSeconds(d);
  return localTimezone();
}

defMethod(datetimeType, 'astimezone', (self, args, kw) => {
  const [tzArg] = parseArgs('astimezone', ['tz'], args, kw, 0);
  const tz = tzArg ?? None;
  checkTzinfo(tz);
  const d = X(self);
  let selfTz: PyValue = d.tz === None ? localFrom(d) : d.tz;
  if (selfTz === tz) return self;
  let off = callTzOffset(selfTz, 'utcoffset', d);
  if (off === null) {
    selfTz = localFrom(d);
    off = callTzOffset(selfTz, 'utcoffset', d);
  }
  const shifted = X(addDateTimeDelta(d, off!, -1));
  const target = tz === None ? localTimezone() : tz;
  const result = new PyDateTime(
    shifted.year, shifted.month, shifted.day, shifted.hour, shifted.minute, shifted.second, shifted.us, target,
    shifted.fold, shifted.cls,
  );
  return callObject(getAttr(target, 'fromutc'), [result]);
});

// ---- alternative constructors ---------------------------------------------------------------------------

function fromSeconds(cls: PyValue, secs: number, us: number, tz: PyValue, local = false): PyValue {
  // Local time (UTC in the VM) is converted as CPython does, probing a day earlier for a fold first.
  if (local) utcFields(secs - 86400);
  const [y, m, d, hh, mm, ss] = utcFields(secs);
  const r = dateTimeOfClass(y, m, d, hh, mm, ss, us, tz, 0, cls as typeof datetimeType);
  if (tz !== None) return callObject(getAttr(tz, 'fromutc'), [r]);
  return r;
}

defClassMethod(datetimeType, 'fromtimestamp', (cls, args, kw) => {
  const [ts, tzv] = parseArgs('fromtimestamp', ['timestamp', 'tz'], args, kw, 1);
  const tz = tzv ?? None;
  checkTzinfo(tz);
  const [secs, us] = timestampParts(ts!, true);
  return fromSeconds(cls, secs, us, tz, tz === None);
});
defClassMethod(datetimeType, 'utcfromtimestamp', (cls, args, kw) => {
  const ts = oneArg('datetime.utcfromtimestamp', args, kw);
  warnAt(
    currentInterpreter(), exceptionType('DeprecationWarning'),
    'datetime.datetime.utcfromtimestamp() is deprecated and scheduled for removal in a future version. Use timezone-aware objects to represent datetimes in UTC: datetime.datetime.fromtimestamp(timestamp, datetime.UTC).',
    1,
  );
  const [secs, us] = timestampParts(ts, true);
  return fromSeconds(cls, secs, us, None);
});
defClassMethod(datetimeType, 'now', (cls, args, kw) => {
  const [tzv] = parseArgs('now', ['tz'], args, kw, 0);
  const tz = tzv ?? None;
  checkTzinfo(tz);
  const [secs, us] = timestampParts(new PyFloat(currentInterpreter().host.timeSeconds()), true);
  return fromSeconds(cls, secs, us, tz, tz === None);
});
defClassMethod(datetimeType, 'utcnow', (cls, args, kw) => {
  noArgs('datetime.utcnow', args, kw);
  warnAt(
    currentInterpreter(), exceptionType('DeprecationWarning'),
    'datetime.datetime.utcnow() is deprecated and scheduled for removal in a future version. Use timezone-aware objects to represent datetimes in UTC: datetime.datetime.now(datetime.UTC).',
    1,
  );
  const [secs, us] = timestampParts(new PyFloat(currentInterpreter().host.timeSeconds()), true);
  return fromSeconds(cls, secs, us, None);
});
defClassMethod(datetimeType, 'combine', (cls, args, kw) => {
  const [dv, tv, tzv] = parseArgs('combine', ['date', 'time', 'tzinfo'], args, kw, 2);
  if (!(dv instanceof PyDate)) throw typeError(`combine() argument 1 must be datetime.date, not ${typeNameOf(dv!)}`);
  if (!(tv instanceof PyTime)) throw typeError(`combine() argument 2 must be datetime.time, not ${typeNameOf(tv!)}`);
  const tz = tzv === undefined ? tv.tz : tzv;
  return dateTimeOfClass(dv.year, dv.month, dv.day, tv.hour, tv.minute, tv.second, tv.us, tz, tv.fold, cls);
});
defClassMethod(datetimeType, 'fromisoformat', (cls, args, kw) => {
  const s = oneArg('datetime.fromisoformat', args, kw);
  if (typeof s !== 'string') throw typeError('fromisoformat: argument must be str');
  const bad = () => valueError(`Invalid isoformat string: ${repr(s)}`);
  if (s.length < 7) throw bad();
  const sepAt = isoSeparatorPosition(s);
  if (sepAt < 0) throw bad();
  const dr = parseIsoDate(s, sepAt);
  if (typeof dr === 'number') throw bad();
  let [y, mo, d] = dr;
  let h = 0, mi = 0, sec = 0, us = 0;
  let tz: PyValue = None;
  if (s.length > sepAt) {
    const tr = parseIsoTime(s, sepAt + 1);
    if (tr.rv < 0) throw bad();
    h = tr.h;
    mi = tr.m;
    sec = tr.s;
    us = tr.us;
    if (tr.rv === 1) tz = tzFromIso(tr.tzSeconds, tr.tzUs);
  }
  if (h === 24 && mo <= 12) {
    const dim = daysInMonth(y, mo);
    if (d <= dim) {
      if (mi === 0 && sec === 0 && us === 0) {
        h = 0;
        d++;
        if (d > dim) {
          d = 1;
          mo++;
          if (mo > 12) {
            mo = 1;
            y++;
          }
        }
      } else {
        throw valueError('minute, second, and microsecond must be 0 when hour is 24');
      }
    }
  }
  return dateTimeOfClass(y, mo, d, h, mi, sec, us, tz, 0, cls);
});
defClassMethod(datetimeType, 'strptime', (cls, args, kw) => {
  if (kw !== null && kw.size > 0) throw typeError('strptime() takes no keyword arguments');
  if (args.length !== 2) throw typeError(`strptime() takes exactly 2 arguments (${args.length} given)`);
  for (let i = 0; i < 2; i++) {
    if (typeof args[i] !== 'string') throw typeError(`strptime() argument ${i + 1} must be str, not ${argTypeDesc(args[i])}`);
  }
  return strptimeVia('_strptime_datetime_datetime', cls, args[0], args[1]);
});

datetimeType.attrs.set('min', new PyDateTime(1, 1, 1, 0, 0, 0, 0, None, 0));
datetimeType.attrs.set('max', new PyDateTime(9999, 12, 31, 23, 59, 59, 999999, None, 0));
datetimeType.attrs.set('resolution', newDelta(0, 0, 1));
datetimeType.doc =
  'datetime(year, month, day[, hour[, minute[, second[, microsecond[,tzinfo]]]]])\n\nThe year, month and day arguments are required. tzinfo may be None, or an\ninstance of a tzinfo subclass. The remaining arguments may be ints.\n';
