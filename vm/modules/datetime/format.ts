// Text forms of the _datetime types: strftime (the %z, %:z, %Z and %f escapes replaced, then
// time.strftime as CPython does), ctime, the time part of isoformat with its timespec, the ISO 8601
// parsers behind fromisoformat, strptime through Lib/_strptime.py, and the conversions of POSIX
// timestamps (the VM's local time is UTC, as the time module says).

import { PyValue } from '../../objects/object.js';
import { PyTuple } from '../../objects/tuple.js';
import { PyFloat } from '../../objects/float.js';
import { intOf } from '../../objects/int_type.js';
import { callObject } from '../../runtime/call.js';
import { getAttr } from '../../runtime/attributes.js';
import { importModule } from '../../runtime/import.js';
import { asIndex, str as pyStr } from '../../runtime/protocols.js';
import { typeError, valueError, overflowError } from '../../runtime/raise.js';
import type { Interpreter } from '../../runtime/interpreter.js';
import { PyDateTime, PyTime, argTypeDesc, callTzOffset, callTzname, formatOffset, pad2, typeNameOf } from './types.js';
import { ordToYmd, weekday, daysInMonth, isoToYmd } from './calendar_math.js';

let interp: Interpreter | null = null;

export function setInterpreter(i: Interpreter): void {
  interp = i;
}

export function currentInterpreter(): Interpreter {
  if (interp === null) throw new Error('_datetime used before its module was created');
  return interp;
}

export function timeModuleAttr(name: string): PyValue {
  return getAttr(importModule(currentInterpreter(), 'time'), name);
}

export function structTime(y: number, m: number, d: number, hh: number, mm: number, ss: number, dst: number): PyValue {
  const yday = ordinalInYear(y, m, d);
  return callObject(timeModuleAttr('struct_time'), [new PyTuple([y, m, d, hh, mm, ss, weekday(y, m, d), yday, dst])]);
}

function ordinalInYear(y: number, m: number, d: number): number {
  let n = d;
  for (let i = 1; i < m; i++) n += daysInMonth(y, i);
  return n;
}

const DAY_NAMES = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function ctimeString(y: number, m: number, d: number, hh: number, mi: number, ss: number): string {
  return `${DAY_NAMES[weekday(y, m, d)]} ${MONTH_NAMES[m - 1]} ${String(d).padStart(2, ' ')} ${pad2(hh)}:${pad2(mi)}:${pad2(ss)} ${String(y).padStart(4, '0')}`;
}

function tzinfoMember(obj: PyValue): PyValue | null {
  if (obj instanceof PyDateTime || obj instanceof PyTime) return obj.tz;
  return null;
}

/** date.__format__ and time.__format__ (datetime inherits date's): str(self) for '', else self.strftime(fmt). */
export function formatViaStrftime(self: PyValue, args: PyValue[], kw: Map<string, PyValue> | null): PyValue {
  if (kw !== null && kw.size > 0) throw typeError('__format__() takes no keyword arguments');
  if (args.length !== 1) throw typeError(`__format__() takes exactly 1 argument (${args.length} given)`);
  const fmt = args[0];
  if (typeof fmt !== 'string') throw typeError(`__format__() argument 1 must be str, not ${argTypeDesc(fmt!)}`);
  if (fmt.length === 0) return pyStr(self);
  return callObject(getAttr(self, 'strftime'), [fmt]);
}

/** wrap_strftime: the datetime escapes are computed (once each) and the rest goes to time.strftime. */
export function wrapStrftime(obj: PyValue, fmt: string, timetuple: PyValue, tzinfoarg: PyValue): PyValue {
  let z: string | null = null;
  let colonz: string | null = null;
  let Z: string | null = null;
  let out = '';
  const n = fmt.length;
  let i = 0;
  while (i < n) {
    const ch = fmt[i++];
    if (ch !== '%') {
      out += ch;
      continue;
    }
    if (i >= n) {
      out += '%';
      break;
    }
    const c = fmt[i++];
    if (c === 'z') {
      if (z === null) z = zReplacement(obj, '', tzinfoarg);
      out += z;
    } else if (c === ':' && fmt[i] === 'z') {
      i++;
      if (colonz === null) colonz = zReplacement(obj, ':', tzinfoarg);
      out += colonz;
    } else if (c === 'Z') {
      if (Z === null) {
        Z = '';
        const tz = tzinfoMember(obj);
        if (tz !== null) {
          const name = callTzname(tz, tzinfoarg);
          if (typeof name === 'string') Z = name.replace(/%/g, '%%');
        }
      }
      out += Z;
    } else if (c === 'f') {
      const us = obj instanceof PyDateTime || obj instanceof PyTime ? obj.us : 0;
      out += String(us).padStart(6, '0');
    } else {
      out += '%' + c;
    }
  }
  return callObject(timeModuleAttr('strftime'), [out, timetuple]);
}

function zReplacement(obj: PyValue, sep: string, tzinfoarg: PyValue): string {
  const tz = tzinfoMember(obj);
  if (tz === null) return '';
  return formatOffset(callTzOffset(tz, 'utcoffset', tzinfoarg), sep);
}

/** HH:MM:SS[.ffffff] per timespec. */
export function isoTime(h: number, mi: number, s: number, us: number, timespec: string): string {
  let spec = timespec;
  if (spec === 'auto') spec = us ? 'microseconds' : 'seconds';
  switch (spec) {
    case 'hours': return pad2(h);
    case 'minutes': return `${pad2(h)}:${pad2(mi)}`;
    case 'seconds': return `${pad2(h)}:${pad2(mi)}:${pad2(s)}`;
    case 'milliseconds': return `${pad2(h)}:${pad2(mi)}:${pad2(s)}.${String(Math.floor(us / 1000)).padStart(3, '0')}`;
    case 'microseconds': return `${pad2(h)}:${pad2(mi)}:${pad2(s)}.${String(us).padStart(6, '0')}`;
  }
  throw valueError('Unknown timespec value');
}

// ---- ISO 8601 parsing -------------------------------------------------------------------------------

function at(s: string, i: number): string {
  return i < s.length ? s[i] : '\0';
}

function isDigit(c: string): boolean {
  return c >= '0' && c <= '9';
}

/** Parse `count` digits at s[p]; [value, next position] or null. */
function digits(s: string, p: number, count: number): [number, number] | null {
  let v = 0;
  for (let k = 0; k < count; k++) {
    const c = at(s, p + k);
    if (!isDigit(c)) return null;
    v = v * 10 + (c.charCodeAt(0) - 48);
  }
  return [v, p + count];
}

/** parse_isoformat_date on s[0..len): [y, m, d] or a negative code. */
export function parseIsoDate(s: string, len: number): [number, number, number] | number {
  const yr = digits(s, 0, 4);
  if (yr === null) return -1;
  let p = yr[1];
  const sep = at(s, p) === '-';
  if (sep) p++;
  if (at(s, p) === 'W') {
    p++;
    const wk = digits(s, p, 2);
    if (wk === null) return -3;
    p = wk[1];
    let day = 1;
    if (p < len) {
      if (sep && at(s, p++) !== '-') return -2;
      const dd = digits(s, p, 1);
      if (dd === null) return -4;
      day = dd[0];
    }
    const r = isoToYmd(yr[0], wk[0], day);
    return typeof r === 'number' ? -3 + r : r;
  }
  const mo = digits(s, p, 2);
  if (mo === null) return -1;
  p = mo[1];
  if (sep && at(s, p++) !== '-') return -2;
  const dd = digits(s, p, 2);
  if (dd === null) return -1;
  return [yr[0], mo[0], dd[0]];
}

interface HMS {
  h: number;
  m: number;
  s: number;
  us: number;
}

const CORRECTION = [100000, 10000, 1000, 100, 10];

/** parse_hh_mm_ss_ff on s[p..end): rv (<0 error, 1 when more text follows) and the fields. */
function parseHms(s: string, start: number, end: number, out: HMS): number {
  out.h = out.m = out.s = out.us = 0;
  let p = start;
  const vals = [0, 0, 0];
  let hasSep = true;
  let i = 0;
  let broke = false;
  for (; i < 3; i++) {
    const r = digits(s, p, 2);
    if (r === null) return -3;
    vals[i] = r[0];
    p = r[1];
    const c = at(s, p++);
    if (i === 0) hasSep = c === ':';
    if (p >= end) {
      out.h = vals[0];
      out.m = vals[1];
      out.s = vals[2];
      return c !== '\0' ? 1 : 0;
    } else if (hasSep && c === ':') {
      continue;
    } else if (c === '.' || c === ',') {
      broke = true;
      break;
    } else if (!hasSep) {
      p--;
    } else {
      return -4;
    }
  }
  out.h = vals[0];
  out.m = vals[1];
  out.s = vals[2];
  void broke;
  const remains = end - p;
  const toParse = remains >= 6 ? 6 : remains;
  const f = digits(s, p, toParse);
  if (f === null) return -3;
  p = f[1];
  let us = f[0];
  if (toParse < 6) us *= CORRECTION[toParse - 1] ?? 1;
  out.us = us;
  while (isDigit(at(s, p))) p++;
  return at(s, p) !== '\0' ? 1 : 0;
}

export interface IsoTime extends HMS {
  /** 0: no offset, 1: offset given. */
  rv: number;
  tzSeconds: number;
  tzUs: number;
}

/** parse_isoformat_time on s[start..s.length): rv < 0 on failure. */
export function parseIsoTime(s: string, start: number): IsoTime {
  const end = s.length;
  const res: IsoTime = { h: 0, m: 0, s: 0, us: 0, rv: 0, tzSeconds: 0, tzUs: 0 };
  let tzPos = start;
  do {
    const c = at(s, tzPos);
    if (c === 'Z' || c === '+' || c === '-') break;
  } while (++tzPos < end);
  let rv = parseHms(s, start, tzPos, res);
  if (rv < 0) {
    res.rv = rv;
    return res;
  }
  if (tzPos >= end) {
    res.rv = rv === 1 ? -5 : 0;
    return res;
  }
  if (at(s, tzPos) === 'Z') {
    res.rv = at(s, tzPos + 1) !== '\0' ? -5 : 1;
    return res;
  }
  const sign = at(s, tzPos) === '-' ? -1 : 1;
  const tz: HMS = { h: 0, m: 0, s: 0, us: 0 };
  rv = parseHms(s, tzPos + 1, end, tz);
  res.tzSeconds = sign * (tz.h * 3600 + tz.m * 60 + tz.s);
  res.tzUs = sign * tz.us;
  res.rv = rv ? -5 : 1;
  return res;
}

/** _find_isoformat_datetime_separator. */
export function isoSeparatorPosition(s: string): number {
  const len = s.length;
  if (len === 7) return 7;
  if (at(s, 4) === '-') {
    if (at(s, 5) === 'W') {
      if (len < 8) return -1;
      if (len > 8 && at(s, 8) === '-') {
        if (len === 9) return -1;
        if (len > 10 && isDigit(at(s, 10))) return 8;
        return 10;
      }
      return 8;
    }
    return 10;
  }
  if (at(s, 4) === 'W') {
    let idx = 7;
    for (; idx < len; idx++) if (!isDigit(at(s, idx))) break;
    if (idx < 9) return idx;
    return idx % 2 === 0 ? 7 : 8;
  }
  return 8;
}

// ---- timestamps ---------------------------------------------------------------------------------------

/** A timestamp argument as seconds (float or int; anything else refused as CPython's _PyTime does). */
export function timestampValue(ts: PyValue, timeval = false): number {
  let s: number;
  if (ts instanceof PyFloat) s = ts.value;
  else {
    const i = intOf(ts);
    if (i !== undefined) s = Number(i);
    else if (timeval) throw typeError(`argument must be int or float, not ${typeNameOf(ts)}`);
    else if (typeof ts === 'object' && ts.cls.lookup('__index__') !== undefined) s = Number(asIndex(ts));
    else throw typeError(`'${typeNameOf(ts)}' object cannot be interpreted as an integer`);
  }
  if (Number.isNaN(s)) throw valueError('Invalid value NaN (not a number)');
  if (!(Math.abs(s) < 9223372036854775808)) throw overflowError('timestamp out of range for platform time_t');
  return s;
}

/** _PyTime_ObjectToTime_t with _PyTime_ROUND_FLOOR (date.fromtimestamp). */
export function timestampSeconds(ts: PyValue): number {
  return Math.floor(timestampValue(ts));
}

/** Whole seconds and microseconds of a timestamp, microseconds rounded half-even. */
export function timestampParts(ts: PyValue, timeval = false): [number, number] {
  const v = timestampValue(ts, timeval);
  if (!(ts instanceof PyFloat)) return [v, 0];
  // _PyTime_DoubleToDenominator: modf, scale, round half-even, then carry into the seconds.
  let secs = Math.trunc(v);
  let us = roundHalfEven((v - secs) * 1e6);
  if (us >= 1000000) {
    us -= 1000000;
    secs += 1;
  } else if (us < 0) {
    us += 1000000;
    secs -= 1;
  }
  return [secs + 0, us + 0]; // never -0 as a Python int
}

function roundHalfEven(x: number): number {
  const r = Math.round(x);
  if (Math.abs(r - x) === 0.5 && r % 2 !== 0) return r - 1;
  return r;
}

/** [y, m, d, hh, mm, ss] of whole seconds since the epoch, in UTC; year range checked. */
export function utcFields(secs: number): [number, number, number, number, number, number] {
  const days = Math.floor(secs / 86400);
  let rem = secs - days * 86400;
  const hh = Math.floor(rem / 3600);
  rem -= hh * 3600;
  const mm = Math.floor(rem / 60);
  const ss = rem - mm * 60;
  // Proleptic Gregorian for any ordinal (as gmtime gives it), so that the error names the real year.
  const ord = days + 719163;
  const cycles = Math.floor((ord - 1) / 146097);
  const [y0, m, d] = ordToYmd(ord - cycles * 146097);
  const y = y0 + cycles * 400;
  if (y < 1 || y > 9999) throw valueError(`year must be in 1..9999, not ${y}`);
  return [y, m, d, hh, mm, ss];
}

export function strptimeVia(fn: string, cls: PyValue, s: PyValue, fmt: PyValue): PyValue {
  const mod = importModule(currentInterpreter(), '_strptime');
  return callObject(getAttr(mod, fn), [cls, s, fmt]);
}
