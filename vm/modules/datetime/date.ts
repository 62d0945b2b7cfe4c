// datetime.date: construction (also from pickle state), the alternative constructors (today,
// fromtimestamp, fromordinal, fromisoformat, fromisocalendar, strptime), date +/- timedelta,
// date - date, comparisons, hashing, the string forms and the calendar queries.
//
// Results of arithmetic and replace() keep the subclass (calling it, as CPython does).

import { PyValue, typeName as tpNameOf } from '../../objects/object.js';
import { PyTuple, tupleType as typeOfTuple } from '../../objects/tuple.js';
import { PyBytes } from '../../objects/bytes.js';
import { NotImplemented } from '../../objects/singletons.js';
import { defMethod, defGetSet, defClassMethod, noArgs, oneArg, PyNativeFunction } from '../../objects/native.js';
import { hash, repr, str as pyStr } from '../../runtime/protocols.js';
import { callObject } from '../../runtime/call.js';
import { getAttr } from '../../runtime/attributes.js';
import { typeError, valueError, overflowError } from '../../runtime/raise.js';
import {
  ymdToOrd, ordToYmd, weekday, isoCalendar, isoToYmd, normalizeDate,
} from './calendar_math.js';
import {
  PyDate, PyDateTime, PyDelta, dateType, isoCalendarDateType, parseArgs, argTypeDesc, cInt, argInt, newDate, dateOfClass,
  newDelta, pad2, defDatetimeNew,
} from './types.js';
import { defRichCompare } from './timedelta.js';
import {
  wrapStrftime, formatViaStrftime, structTime, ctimeString, parseIsoDate, timestampSeconds, utcFields, strptimeVia, timeModuleAttr,
} from './format.js';

export function DT(v: PyValue): PyDate {
  return v as PyDate;
}

const DATE_NAMES = ['year', 'month', 'day'];

defDatetimeNew(dateType, (cls, args, kw) => {
  if (args.length === 1 && (kw === null || kw.size === 0)) {
    const st = args[0];
    let bytes: Uint8Array | null = null;
    if (st instanceof PyBytes) bytes = st.data;
    else if (typeof st === 'string' && st.length === 4) {
      bytes = Uint8Array.from([...st].map((c) => c.charCodeAt(0) & 0xff));
    }
    if (bytes !== null && bytes.length === 4 && bytes[2] >= 1 && bytes[2] <= 12) {
      return new PyDate(bytes[0] * 256 + bytes[1], bytes[2], bytes[3], cls);
    }
  }
  const [y, m, d] = parseArgs(null, DATE_NAMES, args, kw, 3, 3, argInt);
  return newDate(y as number, m as number, d as number, cls);
});

defGetSet(dateType, 'year', (self) => DT(self).year);
defGetSet(dateType, 'month', (self) => DT(self).month);
defGetSet(dateType, 'day', (self) => DT(self).day);

defClassMethod(dateType, 'fromtimestamp', (cls, args, kw) => {
  const ts = oneArg('date.fromtimestamp', args, kw);
  const [y, m, d] = utcFields(timestampSeconds(ts));
  return dateOfClass(y, m, d, cls);
});
defClassMethod(dateType, 'today', (cls, args, kw) => {
  noArgs('date.today', args, kw);
  const t = callObject(timeModuleAttr('time'), []);
  return callObject(getAttr(cls, 'fromtimestamp'), [t]);
});
defClassMethod(dateType, 'fromordinal', (cls, args, kw) => {
  if (kw !== null && kw.size > 0) throw typeError('fromordinal() takes no keyword arguments');
  if (args.length !== 1) throw typeError(`fromordinal() takes exactly 1 argument (${args.length} given)`);
  const o = argInt(args[0]);
  if (o < 1) throw valueError('ordinal must be >= 1');
  const [y, m, d] = ordToYmd(o);
  return dateOfClass(y, m, d, cls);
});
defClassMethod(dateType, 'fromisoformat', (cls, args, kw) => {
  const s = oneArg('date.fromisoformat', args, kw);
  if (typeof s !== 'string') throw typeError('fromisoformat: argument must be str');
  const r = s.length === 7 || s.length === 8 || s.length === 10 ? parseIsoDate(s, s.length) : null;
  if (r === null || typeof r === 'number') throw valueError(`Invalid isoformat string: ${repr(s)}`);
  return dateOfClass(r[0], r[1], r[2], cls);
});
defClassMethod(dateType, 'fromisocalendar', (cls, args, kw) => {
  const [yv, wv, dv] = parseArgs('fromisocalendar', ['year', 'week', 'day'], args, kw, 3);
  let y: number, w: number, d: number;
  try {
    y = argInt(yv!);
    w = argInt(wv!);
    d = argInt(dv!);
  } catch (e) {
    if (e instanceof Object && (e as { cls?: { name?: string } }).cls?.name === 'OverflowError') {
      throw valueError('ISO calendar component out of range');
    }
    throw e;
  }
  const r = isoToYmd(y, w, d);
  if (r === -4) throw valueError(`year must be in 1..9999, not ${y}`);
  if (r === -2) throw valueError(`Invalid week: ${w}`);
  if (r === -3) throw valueError(`Invalid weekday: ${d} (range is [1, 7])`);
  const [yy, mm, dd] = r as [number, number, number];
  return dateOfClass(yy, mm, dd, cls);
});
defClassMethod(dateType, 'strptime', (cls, args, kw) => {
  if (kw !== null && kw.size > 0) throw typeError('strptime() takes no keyword arguments');
  if (args.length !== 2) throw typeError(`strptime() takes exactly 2 arguments (${args.length} given)`);
  for (let i = 0; i < 2; i++) {
    if (typeof args[i] !== 'string') throw typeError(`strptime() argument ${i + 1} must be str, not ${argTypeDesc(args[i])}`);
  }
  return strptimeVia('_strptime_datetime_date', cls, args[0], args[1]);
});

export function addDateDelta(dt: PyDate, delta: PyDelta, sign: number): PyValue {
  const r = normalizeDate(dt.year, dt.month, dt.day + sign * delta.days);
  if (r === null) throw overflowError('date value out of range');
  return dateOfClass(r[0], r[1], r[2], dt.cls);
}

defMethod(dateType, '__add__', (self, args) => {
  const o = args[0];
  if (self instanceof PyDateTime || o instanceof PyDateTime) return NotImplemented;
  if (o instanceof PyDelta) return addDateDelta(DT(self), o, 1);
  return NotImplemented;
});
defMethod(dateType, '__radd__', (self, args) => {
  const o = args[0];
  if (self instanceof PyDateTime || o instanceof PyDateTime) return NotImplemented;
  if (o instanceof PyDelta) return addDateDelta(DT(self), o, 1);
  return NotImplemented;
});
defMethod(dateType, '__sub__', (self, args) => {
  const o = args[0];
  if (self instanceof PyDateTime || o instanceof PyDateTime) return NotImplemented;
  const a = DT(self);
  if (o instanceof PyDate) return newDelta(ymdToOrd(a.year, a.month, a.day) - ymdToOrd(o.year, o.month, o.day), 0, 0);
  if (o instanceof PyDelta) return addDateDelta(a, o, -1);
  return NotImplemented;
});
defMethod(dateType, '__rsub__', (self, args) => {
  const o = args[0];
  if (self instanceof PyDateTime || o instanceof PyDateTime) return NotImplemented;
  if (o instanceof PyDate) {
    const a = DT(self);
    return newDelta(ymdToOrd(o.year, o.month, o.day) - ymdToOrd(a.year, a.month, a.day), 0, 0);
  }
  return NotImplemented;
});

export function dateCmp(a: PyDate, b: PyDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}
defRichCompare(dateType, (self, other) =>
  other instanceof PyDate && !(other instanceof PyDateTime) ? dateCmp(DT(self), other) : NotImplemented);
defMethod(dateType, '__hash__', (self) => {
  const a = DT(self);
  return hash(new PyTuple([a.year, a.month, a.day]));
});

defMethod(dateType, '__repr__', (self) => {
  const a = DT(self);
  return `${tpNameOf(self)}(${a.year}, ${a.month}, ${a.day})`;
});

export function isoDate(a: PyDate): string {
  return `${String(a.year).padStart(4, '0')}-${pad2(a.month)}-${pad2(a.day)}`;
}
defMethod(dateType, 'isoformat', (self, args, kw) => {
  noArgs('date.isoformat', args, kw);
  return isoDate(DT(self));
});
defMethod(dateType, '__str__', (self) => callObject(getAttr(self, 'isoformat'), []));
defMethod(dateType, 'ctime', (self, args, kw) => {
  noArgs('date.ctime', args, kw);
  const a = DT(self);
  return ctimeString(a.year, a.month, a.day, 0, 0, 0);
});
defMethod(dateType, 'strftime', (self, args, kw) => {
  const [fmt] = parseArgs('strftime', ['format'], args, kw, 1);
  if (typeof fmt !== 'string') throw typeError(`strftime() argument 1 must be str, not ${argTypeDesc(fmt!)}`);
  const tt = callObject(getAttr(self, 'timetuple'), []);
  return wrapStrftime(self, fmt, tt, self);
});
defMethod(dateType, '__format__', formatViaStrftime);
defMethod(dateType, 'timetuple', (self, args, kw) => {
  noArgs('date.timetuple', args, kw);
  const a = DT(self);
  return structTime(a.year, a.month, a.day, 0, 0, 0, -1);
});
defMethod(dateType, 'isocalendar', (self, args, kw) => {
  noArgs('date.isocalendar', args, kw);
  const a = DT(self);
  return new PyTuple(isoCalendar(a.year, a.month, a.day), isoCalendarDateType);
});
defMethod(dateType, 'isoweekday', (self, args, kw) => {
  noArgs('date.isoweekday', args, kw);
  const a = DT(self);
  return weekday(a.year, a.month, a.day) + 1;
});
defMethod(dateType, 'weekday', (self, args, kw) => {
  noArgs('date.weekday', args, kw);
  const a = DT(self);
  return weekday(a.year, a.month, a.day);
});
defMethod(dateType, 'toordinal', (self, args, kw) => {
  noArgs('date.toordinal', args, kw);
  const a = DT(self);
  return ymdToOrd(a.year, a.month, a.day);
});
function dateReplace(self: PyValue, args: PyValue[], kw: Map<string, PyValue> | null): PyValue {
  const a = DT(self);
  const [y, m, d] = parseArgs('replace', DATE_NAMES, args, kw, 0);
  return dateOfClass(
    y === undefined ? a.year : cInt(y), m === undefined ? a.month : cInt(m), d === undefined ? a.day : cInt(d), a.cls,
  );
}
defMethod(dateType, 'replace', dateReplace);
defMethod(dateType, '__replace__', dateReplace);
defMethod(dateType, '__reduce__', (self, args, kw) => {
  noArgs('date.__reduce__', args, kw);
  const a = DT(self);
  const data = Uint8Array.from([a.year >> 8, a.year & 0xff, a.month, a.day]);
  return new PyTuple([a.cls, new PyTuple([new PyBytes(data)])]);
});

dateType.attrs.set('min', new PyDate(1, 1, 1));
dateType.attrs.set('max', new PyDate(9999, 12, 31));
dateType.attrs.set('resolution', newDelta(1, 0, 0));
dateType.doc = 'date(year, month, day) --> date object';

// ---- IsoCalendarDate -------------------------------------------------------------------------------

isoCalendarDateType.doc =
  'The result of date.isocalendar() or datetime.isocalendar()\n\nThis object may be accessed either as a tuple of\n  ((year, week, weekday)\nor via the object attributes as named in the above tuple.';
['year', 'week', 'weekday'].forEach((name, i) => defGetSet(isoCalendarDateType, name, (self) => (self as PyTuple).items[i]));
defMethod(isoCalendarDateType, '__repr__', (self) => {
  const it = (self as PyTuple).items;
  return `${tpNameOf(self)}(year=${repr(it[0])}, week=${repr(it[1])}, weekday=${repr(it[2])})`;
});
defMethod(isoCalendarDateType, '__reduce__', (self, args, kw) => {
  noArgs('IsoCalendarDate.__reduce__', args, kw);
  const it = (self as PyTuple).items;
  return new PyTuple([typeOfTuple, new PyTuple([new PyTuple(it.slice(0, 3))])]);
});
isoCalendarDateType.attrs.set('__new__', new PyNativeFunction('__new__', (args, kw) => {
  const cls = args[0];
  const [y, w, d] = parseArgs('IsoCalendarDate', ['year', 'week', 'weekday'], args.slice(1), kw, 3);
  return new PyTuple([cInt(y!), cInt(w!), cInt(d!)], cls as typeof isoCalendarDateType);
}, isoCalendarDateType));

