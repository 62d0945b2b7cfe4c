// The _datetime module's object layouts and type objects (timedelta, date, datetime, time, tzinfo,
// timezone, IsoCalendarDate), their checked constructors, and the argument and tzinfo-call helpers the
// method files share. Methods are registered by timedelta.ts, date.ts, time.ts, datetime.ts and
// timezone.ts; this file must not register any.

import { PyObject, PyInstance, PyType, PyValue, makeBuiltinType, objectType, typeName, typeOf, typeType, tpName } from '../../objects/object.js';
import { PyNativeFunction } from '../../objects/native.js';
import { tupleType } from '../../objects/tuple.js';
import { PyFloat } from '../../objects/float.js';
import { None } from '../../objects/singletons.js';
import { intOf } from '../../objects/int_type.js';
import { asIndex } from '../../runtime/protocols.js';
import { callObject } from '../../runtime/call.js';
import { getAttr } from '../../runtime/attributes.js';
import { typeError, valueError, overflowError } from '../../runtime/raise.js';
import { unexpectedKeywordMessage } from '../../runtime/keyword_suggestion.js';
import { MINYEAR, MAXYEAR, MAX_DELTA_DAYS, daysInMonth } from './calendar_math.js';

export const deltaType: PyType = makeBuiltinType('timedelta', objectType, 'datetime');
export const dateType: PyType = makeBuiltinType('date', objectType, 'datetime');
export const datetimeType: PyType = makeBuiltinType('datetime', dateType, 'datetime');
export const timeType: PyType = makeBuiltinType('time', objectType, 'datetime');
export const tzinfoType: PyType = makeBuiltinType('tzinfo', objectType, 'datetime');
export const timezoneType: PyType = makeBuiltinType('timezone', tzinfoType, 'datetime');
timezoneType.isBaseType = false;
export const isoCalendarDateType: PyType = new PyType(typeType, 'IsoCalendarDate', [tupleType], 'datetime');
isoCalendarDateType.isBaseType = false;

/** Layouts extend PyInstance so that subclasses may declare __slots__. */
export class PyDelta extends PyInstance {
  constructor(
    readonly days: number,
    readonly seconds: number,
    readonly us: number,
    cls: PyType = deltaType,
  ) {
    super(cls);
  }
}
deltaType.allocate = (cls) => new PyDelta(0, 0, 0, cls);

export class PyDate extends PyInstance {
  constructor(
    readonly year: number,
    readonly month: number,
    readonly day: number,
    cls: PyType = dateType,
  ) {
    super(cls);
  }
}
dateType.allocate = (cls) => new PyDate(1, 1, 1, cls);

export class PyDateTime extends PyDate {
  constructor(
    year: number,
    month: number,
    day: number,
    readonly hour: number,
    readonly minute: number,
    readonly second: number,
    readonly us: number,
    /** None when naive. */
    readonly tz: PyValue,
    readonly fold: number,
    cls: PyType = datetimeType,
  ) {
    super(year, month, day, cls);
  }
}
datetimeType.allocate = (cls) => new PyDateTime(1, 1, 1, 0, 0, 0, 0, None, 0, cls);

export class PyTime extends PyInstance {
  constructor(
    readonly hour: number,
    readonly minute: number,
    readonly second: number,
    readonly us: number,
    readonly tz: PyValue,
    readonly fold: number,
    cls: PyType = timeType,
  ) {
    super(cls);
  }
}
timeType.allocate = (cls) => new PyTime(0, 0, 0, 0, None, 0, cls);

export class PyTimezone extends PyObject {
  constructor(
    readonly offset: PyDelta,
    readonly name: string | null,
  ) {
    super(timezoneType);
  }
}

export const zeroDelta = new PyDelta(0, 0, 0);
export const utc = new PyTimezone(zeroDelta, null);

// ---- argument helpers ------------------------------------------------------------------------------

type Kw = Map<string, PyValue> | null;

/**
 * PyArg_ParseTupleAndKeywords: binds positional and keyword arguments to `names`; `fname` null gives
 * "function" in messages as CPython does for formats without a name. kwOnlyFrom: index of the first
 * keyword-only name.
 */
export function parseArgs(
  fname: string | null,
  names: readonly string[],
  args: PyValue[],
  kw: Kw,
  required: number,
  kwOnlyFrom = names.length,
  convert?: (v: PyValue) => PyValue,
  convertUpTo = names.length,
): (PyValue | undefined)[] {
  const fn = fname === null ? 'function' : `${fname}()`;
  const total = args.length + (kw === null ? 0 : kw.size);
  if (total > names.length) {
    throw typeError(`${fn} takes at most ${names.length} argument${names.length === 1 ? '' : 's'} (${total} given)`);
  }
  if (args.length > kwOnlyFrom) {
    throw typeError(`${fn} takes at most ${kwOnlyFrom} positional argument${kwOnlyFrom === 1 ? '' : 's'} (${args.length} given)`);
  }
  // Parameters are bound and converted in order, as vgetargskeywords does: a bad early argument is
  // reported before a missing later one, and unknown keywords only after all parameters.
  const out: (PyValue | undefined)[] = new Array(names.length);
  let used = 0;
  for (let i = 0; i < names.length; i++) {
    let v: PyValue | undefined;
    const byName = kw === null ? undefined : kw.get(names[i]);
    if (i < args.length) {
      if (byName !== undefined) throw typeError(`argument for ${fn} given by name ('${names[i]}') and position (${i + 1})`);
      v = args[i];
    } else if (byName !== undefined) {
      v = byName;
      used++;
    }
    if (v === undefined) {
      if (i < required) throw typeError(`${fn} missing required argument '${names[i]}' (pos ${i + 1})`);
      continue;
    }
    out[i] = convert !== undefined && i < convertUpTo ? convert(v) : v;
  }
  if (kw !== null && used < kw.size) {
    for (const k of kw.keys()) {
      if (!names.includes(k)) throw typeError(unexpectedKeywordMessage(fname === null ? 'this function' : fn, k, names));
    }
  }
  return out;
}

/** PyArg "i": a C int through a C long ("signed integer is greater than maximum" between the two). */
export function argInt(v: PyValue): number {
  if (v instanceof PyFloat) throw typeError("'float' object cannot be interpreted as an integer");
  const i = intOf(v) ?? asIndex(v);
  if (typeof i === 'bigint' && (i > 9223372036854775807n || i < -9223372036854775808n)) {
    throw overflowError('Python int too large to convert to C long');
  }
  if (i > 2147483647) throw overflowError('signed integer is greater than maximum');
  if (i < -2147483648) throw overflowError('signed integer is less than minimum');
  return Number(i);
}

/** A C int argument (PyArg "i" / Argument Clinic int): __index__, no floats, 32-bit range. */
export function cInt(v: PyValue): number {
  if (v instanceof PyFloat) throw typeError("'float' object cannot be interpreted as an integer");
  const i = intOf(v) ?? asIndex(v);
  if (typeof i === 'bigint' || i > 2147483647 || i < -2147483648) {
    throw overflowError('Python int too large to convert to C int');
  }
  return i;
}

export function checkDateArgs(y: number, m: number, d: number): void {
  if (y < MINYEAR || y > MAXYEAR) throw valueError(`year must be in ${MINYEAR}..${MAXYEAR}, not ${y}`);
  if (m < 1 || m > 12) throw valueError(`month must be in 1..12, not ${m}`);
  const dim = daysInMonth(y, m);
  if (d < 1 || d > dim) throw valueError(`day ${d} must be in range 1..${dim} for month ${m} in year ${y}`);
}

export function checkTimeArgs(h: number, mi: number, s: number, us: number, fold: number): void {
  if (h < 0 || h > 23) throw valueError(`hour must be in 0..23, not ${h}`);
  if (mi < 0 || mi > 59) throw valueError(`minute must be in 0..59, not ${mi}`);
  if (s < 0 || s > 59) throw valueError(`second must be in 0..59, not ${s}`);
  if (us < 0 || us > 999999) throw valueError(`microsecond must be in 0..999999, not ${us}`);
  if (fold !== 0 && fold !== 1) throw valueError(`fold must be either 0 or 1, not ${fold}`);
}

export function checkTzinfo(tz: PyValue): void {
  if (tz === None || typeOf(tz).isSubtypeOf(tzinfoType)) return;
  throw typeError(`tzinfo argument must be None or of a tzinfo subclass, not type '${typeName(tz)}'`);
}

// ---- constructors ----------------------------------------------------------------------------------

/** A timedelta from days/seconds/microseconds, normalised; OverflowError beyond ±999999999 days. */
export function newDelta(days: number, seconds: number, us: number, cls: PyType = deltaType): PyDelta {
  let d = days;
  let s = seconds;
  let u = us;
  if (u < 0 || u >= 1000000) {
    const q = Math.floor(u / 1000000);
    u -= q * 1000000;
    s += q;
  }
  if (s < 0 || s >= 86400) {
    const q = Math.floor(s / 86400);
    s -= q * 86400;
    d += q;
  }
  if (d < -MAX_DELTA_DAYS || d > MAX_DELTA_DAYS) {
    throw overflowError(`days=${d}; must have magnitude <= ${MAX_DELTA_DAYS}`);
  }
  if (d === 0 && s === 0 && u === 0 && cls === deltaType) return zeroDelta;
  return new PyDelta(d, s, u, cls);
}

export function deltaToUs(d: PyDelta): bigint {
  return (BigInt(d.days) * 86400n + BigInt(d.seconds)) * 1000000n + BigInt(d.us);
}

/** microseconds_to_delta: C int days (OverflowError "Python int too large to convert to C int"). */
export function usToDelta(us: bigint, cls: PyType = deltaType): PyDelta {
  let q = us / 1000000n;
  let r = us % 1000000n;
  if (r < 0n) {
    r += 1000000n;
    q -= 1n;
  }
  let days = q / 86400n;
  let s = q % 86400n;
  if (s < 0n) {
    s += 86400n;
    days -= 1n;
  }
  if (days > 2147483647n || days < -2147483648n) throw overflowError('Python int too large to convert to C int');
  return newDelta(Number(days), Number(s), Number(r), cls);
}

export function deltaSign(d: PyDelta): number {
  return d.days < 0 ? -1 : d.days > 0 || d.seconds > 0 || d.us > 0 ? 1 : 0;
}

export function deltaCmp(a: PyDelta, b: PyDelta): number {
  return a.days - b.days || a.seconds - b.seconds || a.us - b.us;
}

export function newDate(y: number, m: number, d: number, cls: PyType = dateType): PyDate {
  checkDateArgs(y, m, d);
  return new PyDate(y, m, d, cls);
}

/** new_date_subclass_ex: the exact types are built directly, subclasses by calling the class. */
export function dateOfClass(y: number, m: number, d: number, cls: PyType): PyValue {
  if (cls === dateType) return newDate(y, m, d);
  if (cls === datetimeType) return newDateTime(y, m, d, 0, 0, 0, 0, None, 0);
  return callObject(cls, [y, m, d]);
}

export function newDateTime(
  y: number, mo: number, d: number, h: number, mi: number, s: number, us: number, tz: PyValue, fold: number,
  cls: PyType = datetimeType,
): PyDateTime {
  checkDateArgs(y, mo, d);
  checkTimeArgs(h, mi, s, us, fold);
  checkTzinfo(tz);
  return new PyDateTime(y, mo, d, h, mi, s, us, tz, fold, cls);
}

/** new_datetime_subclass_fold_ex. */
export function dateTimeOfClass(
  y: number, mo: number, d: number, h: number, mi: number, s: number, us: number, tz: PyValue, fold: number,
  cls: PyType,
): PyValue {
  if (cls === datetimeType) return newDateTime(y, mo, d, h, mi, s, us, tz, fold);
  const kw = fold ? new Map<string, PyValue>([['fold', fold]]) : null;
  return callObject(cls, [y, mo, d, h, mi, s, us, tz], kw);
}

export function newTime(h: number, mi: number, s: number, us: number, tz: PyValue, fold: number, cls: PyType = timeType): PyTime {
  checkTimeArgs(h, mi, s, us, fold);
  checkTzinfo(tz);
  return new PyTime(h, mi, s, us, tz, fold, cls);
}

export function timeOfClass(h: number, mi: number, s: number, us: number, tz: PyValue, fold: number, cls: PyType): PyValue {
  if (cls === timeType) return newTime(h, mi, s, us, tz, fold);
  const kw = fold ? new Map<string, PyValue>([['fold', fold]]) : null;
  return callObject(cls, [h, mi, s, us, tz], kw);
}

/** new_timezone: the UTC singleton for a zero offset without a name; range-checked. */
export function newTimezone(offset: PyDelta, name: string | null): PyTimezone {
  if (name === null && deltaSign(offset) === 0) return utc;
  if ((offset.days === -1 && offset.seconds === 0 && offset.us < 1) || offset.days < -1 || offset.days >= 1) {
    throw valueError(
      `offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24), not ${deltaRepr(offset)}`,
    );
  }
  return new PyTimezone(offset, name);
}

export function deltaRepr(d: PyDelta): string {
  const parts: string[] = [];
  if (d.days !== 0) parts.push(`days=${d.days}`);
  if (d.seconds !== 0) parts.push(`seconds=${d.seconds}`);
  if (d.us !== 0) parts.push(`microseconds=${d.us}`);
  return `${typeName(d)}(${parts.length ? parts.join(', ') : '0'})`;
}

// ---- calling tzinfo methods ------------------------------------------------------------------------

/** call_tzinfo_method: None or a timedelta strictly within a day. */
export function callTzOffset(tz: PyValue, name: 'utcoffset' | 'dst', arg: PyValue): PyDelta | null {
  if (tz === None) return null;
  const r = callObject(getAttr(tz, name), [arg]);
  if (r === None) return null;
  if (r instanceof PyDelta) {
    if ((r.days === -1 && r.seconds === 0 && r.us < 1) || r.days < -1 || r.days >= 1) {
      throw valueError(
        `offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24), not ${deltaRepr(r)}`,
      );
    }
    return r;
  }
  throw typeError(`tzinfo.${name}() must return None or timedelta, not '${typeName(r)}'`);
}

export function callTzname(tz: PyValue, arg: PyValue): PyValue {
  if (tz === None) return None;
  const r = callObject(getAttr(tz, 'tzname'), [arg]);
  if (r === None || typeof r === 'string') return r;
  if (typeof r === 'object' && r.cls.isSubtypeOf(typeOf(''))) return r;
  throw typeError(`tzinfo.tzname() must return None or a string, not '${typeName(r)}'`);
}

/** "+HH<sep>MM[<sep>SS[.ffffff]]" of an offset, or '' for None. */
export function formatOffset(off: PyDelta | null, sep: string): string {
  if (off === null) return '';
  let d = off;
  let sign = '+';
  if (d.days < 0) {
    sign = '-';
    d = newDelta(-d.days, -d.seconds, -d.us);
  }
  const hh = Math.floor(d.seconds / 3600);
  const mm = Math.floor((d.seconds % 3600) / 60);
  const ss = d.seconds % 60;
  let s = `${sign}${pad2(hh)}${sep}${pad2(mm)}`;
  if (d.us) s += `${sep}${pad2(ss)}.${String(d.us).padStart(6, '0')}`;
  else if (ss) s += `${sep}${pad2(ss)}`;
  return s;
}

export function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

export { typeName as typeNameOf } from '../../objects/object.js';

/** _PyArg_BadArgument's type description: "None" for None, else the type name. */
export function argTypeDesc(v: PyValue): string {
  return v === None ? 'None' : typeName(v);
}

/**
 * tp_new of a _datetime type as tp_new_wrapper calls it: the class argument is checked with CPython's
 * messages (full tp_names), including "is not safe" when `cls` derives from a static type with another
 * __new__ (date.__new__(datetime) would build a date layout for a datetime).
 */
export function defDatetimeNew(
  type: PyType,
  fn: (cls: PyType, args: PyValue[], kwargs: Map<string, PyValue> | null) => PyValue,
): void {
  const name = tpName(type);
  type.attrs.set('__new__', new PyNativeFunction('__new__', (args, kwargs) => {
    if (args.length === 0) throw typeError(`${name}.__new__(): not enough arguments`);
    const cls = args[0];
    if (!(cls instanceof PyType)) throw typeError(`${name}.__new__(X): X is not a type object (${typeName(cls)})`);
    if (!cls.isSubtypeOf(type)) throw typeError(`${name}.__new__(${tpName(cls)}): ${tpName(cls)} is not a subtype of ${name}`);
    let staticBase = cls;
    while (staticBase.isUserClass && staticBase.bases.length > 0) staticBase = staticBase.bases[0];
    if (staticBase !== type && staticBase.attrs.get('__new__') !== undefined) {
      throw typeError(`${name}.__new__(${tpName(cls)}) is not safe, use ${tpName(staticBase)}.__new__()`);
    }
    return fn(cls, args.slice(1), kwargs);
  }, type));
}
