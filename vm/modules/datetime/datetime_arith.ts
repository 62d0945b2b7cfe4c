// Arithmetic on datetime values shared by datetime.ts and the tzinfo methods: datetime + timedelta
// with full normalisation (OverflowError "date value out of range"), datetime - datetime with the
// UTC offsets taken into account, and the naive/aware comparison rules.

import { PyValue } from '../../objects/object.js';
import { None, NotImplemented } from '../../objects/singletons.js';
import { Cmp } from '../../runtime/protocols.js';
import { typeError, overflowError } from '../../runtime/raise.js';
import { normalizeDate, ymdToOrd } from './calendar_math.js';
import { PyDateTime, PyDelta, newDelta, dateTimeOfClass, callTzOffset, deltaCmp } from './types.js';
import { cmpResult } from './timedelta.js';

function floorDivMod(x: number, y: number): [number, number] {
  const q = Math.floor(x / y);
  return [q, x - q * y];
}

/** Normalised [y, mo, d, h, mi, s, us] from possibly out-of-range fields; null when out of range. */
export function normalizeDateTime(
  y: number, mo: number, d: number, h: number, mi: number, s: number, us: number,
): [number, number, number, number, number, number, number] | null {
  let q: number;
  [q, us] = floorDivMod(us, 1000000);
  s += q;
  [q, s] = floorDivMod(s, 60);
  mi += q;
  [q, mi] = floorDivMod(mi, 60);
  h += q;
  [q, h] = floorDivMod(h, 24);
  d += q;
  const r = normalizeDate(y, mo, d);
  if (r === null) return null;
  return [r[0], r[1], r[2], h, mi, s, us];
}

/** add_datetime_timedelta: the result keeps self's class and tzinfo, fold 0. */
export function addDateTimeDelta(dt: PyDateTime, delta: PyDelta, factor: number): PyValue {
  const r = normalizeDateTime(
    dt.year, dt.month, dt.day + delta.days * factor, dt.hour, dt.minute, dt.second + delta.seconds * factor,
    dt.us + delta.us * factor,
  );
  if (r === null) throw overflowError('date value out of range');
  return dateTimeOfClass(r[0], r[1], r[2], r[3], r[4], r[5], r[6], dt.tz, 0, dt.cls);
}

export function dtUtcOffset(dt: PyDateTime): PyDelta | null {
  return dt.tz === None ? null : callTzOffset(dt.tz, 'utcoffset', dt);
}

/** datetime - datetime. */
export function subtractDateTimes(a: PyDateTime, b: PyDateTime): PyDelta {
  let o1: PyDelta | null = null;
  let o2: PyDelta | null = null;
  if (a.tz !== b.tz) {
    o1 = dtUtcOffset(a);
    o2 = dtUtcOffset(b);
    if ((o1 !== null) !== (o2 !== null)) throw typeError("can't subtract offset-naive and offset-aware datetimes");
  }
  const dd = ymdToOrd(a.year, a.month, a.day) - ymdToOrd(b.year, b.month, b.day);
  const ds = (a.hour - b.hour) * 3600 + (a.minute - b.minute) * 60 + (a.second - b.second);
  let result = newDelta(dd, ds, a.us - b.us);
  if (o1 !== null && o2 !== null && o1 !== o2 && deltaCmp(o1, o2) !== 0) {
    const off = newDelta(o1.days - o2.days, o1.seconds - o2.seconds, o1.us - o2.us);
    result = newDelta(result.days - off.days, result.seconds - off.seconds, result.us - off.us);
  }
  return result;
}

function fieldCmp(a: PyDateTime, b: PyDateTime): number {
  return a.year - b.year || a.month - b.month || a.day - b.day || a.hour - b.hour || a.minute - b.minute ||
    a.second - b.second || a.us - b.us;
}

/** utcoffset() of dt with its fold flipped (PEP 495). */
function flipFoldOffset(dt: PyDateTime): PyDelta | null {
  const flipped = new PyDateTime(dt.year, dt.month, dt.day, dt.hour, dt.minute, dt.second, dt.us, dt.tz, dt.fold ? 0 : 1, dt.cls);
  return dtUtcOffset(flipped);
}

function sameOffset(x: PyDelta | null, y: PyDelta | null): boolean {
  if (x === y) return true;
  if (x === null || y === null) return false;
  return deltaCmp(x, y) === 0;
}

function pep495Exception(a: PyDateTime, b: PyDateTime, o1: PyDelta | null, o2: PyDelta | null): boolean {
  if (!sameOffset(flipFoldOffset(a), o1)) return true;
  return !sameOffset(flipFoldOffset(b), o2);
}

export function compareDateTimes(a: PyDateTime, other: PyValue, op: Cmp): PyValue {
  if (!(other instanceof PyDateTime)) return NotImplemented;
  const b = other;
  if (a.tz === b.tz) return cmpResult(fieldCmp(a, b), op);
  const o1 = dtUtcOffset(a);
  const o2 = dtUtcOffset(b);
  if (o1 === o2 || (o1 !== null && o2 !== null && deltaCmp(o1, o2) === 0)) {
    let diff = fieldCmp(a, b);
    if ((op === Cmp.EQ || op === Cmp.NE) && diff === 0 && pep495Exception(a, b, o1, o2)) diff = 1;
    return cmpResult(diff, op);
  }
  if (o1 !== null && o2 !== null) {
    const delta = subtractDateTimes(a, b);
    let diff = delta.days;
    if (diff === 0) diff = delta.seconds | delta.us;
    if ((op === Cmp.EQ || op === Cmp.NE) && diff === 0 && pep495Exception(a, b, o1, o2)) diff = 1;
    return cmpResult(diff, op);
  }
  if (op === Cmp.EQ) return false;
  if (op === Cmp.NE) return true;
  throw typeError("can't compare offset-naive and offset-aware datetimes");
}
