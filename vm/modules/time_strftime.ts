// time.strftime and time.asctime: a time tuple checked and converted as CPython's gettmarg/checktm do,
// then formatted the way the C library does in the C locale on Linux (glibc): every POSIX directive,
// the glibc flags (-, _, 0, ^, #) and field widths, E and O modifiers ignored, and unknown directives
// copied as they are; %Y and %G padded to four digits as CPython 3.13+ does on glibc. The VM's local time is UTC, so %z is +0000 and %Z is UTC.
//
// Pure formatting: no clock, no host.

import { PyValue, typeName } from '../objects/object.js';
import { PyTuple } from '../objects/tuple.js';
import { asIndex } from '../runtime/protocols.js';
import { typeError, valueError, overflowError } from '../runtime/raise.js';

/** A C `struct tm`: month 0-11, weekday 0 = Sunday, day of the year from 0. */
export interface CTm {
  year: number;
  mon: number;
  mday: number;
  hour: number;
  min: number;
  sec: number;
  wday: number;
  yday: number;
  isdst: number;
}

const DAY_ABBR = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const DAY_FULL = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTH_ABBR = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTH_FULL = [
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
  'November', 'December',
];

/** C's % (the sign of the dividend). */
function cmod(a: number, b: number): number {
  return a % b;
}

/**
 * gettmarg + checktm: a 9-item tuple (or struct_time) of ints as a struct tm, with CPython's range
 * checks and its adjustments (month 0 and day 0 mean the first, yday 0 the first day, isdst clamped).
 */
export function timeTupleToTm(fname: string, v: PyValue): CTm {
  if (!(v instanceof PyTuple)) throw typeError('Tuple or struct_time argument required');
  if (v.items.length !== 9) throw typeError(`${fname}(): illegal time tuple argument`);
  const f = v.items.map((x) => {
    if (typeof x === 'object' && x.cls.lookup('__index__') === undefined) {
      throw typeError(`'${typeName(x)}' object cannot be interpreted as an integer`);
    }
    const n = asIndex(x);
    if (typeof n === 'bigint' || n > 2147483647 || n < -2147483648) throw overflowError('Python int too large to convert to C int');
    return n;
  });
  const tm: CTm = {
    year: f[0], mon: f[1] - 1, mday: f[2], hour: f[3], min: f[4], sec: f[5], wday: cmod(f[6] + 1, 7), yday: f[7] - 1,
    isdst: f[8],
  };
  if (tm.mon === -1) tm.mon = 0;
  else if (tm.mon < 0 || tm.mon > 11) throw valueError('month out of range');
  if (tm.mday === 0) tm.mday = 1;
  else if (tm.mday < 0 || tm.mday > 31) throw valueError('day of month out of range');
  if (tm.hour < 0 || tm.hour > 23) throw valueError('hour out of range');
  if (tm.min < 0 || tm.min > 59) throw valueError('minute out of range');
  if (tm.sec < 0 || tm.sec > 61) throw valueError('seconds out of range');
  if (tm.wday < 0) throw valueError('day of week out of range');
  if (tm.yday === -1) tm.yday = 0;
  else if (tm.yday < 0 || tm.yday > 365) throw valueError('day of year out of range');
  if (tm.isdst < -1) tm.isdst = -1;
  else if (tm.isdst > 1) tm.isdst = 1;
  return tm;
}

/** asctime(): "Sun Sep  9 01:46:40 2001". */
export function asctime(tm: CTm): string {
  const p2 = (n: number): string => String(n).padStart(2, '0');
  return `${DAY_ABBR[tm.wday]} ${MONTH_ABBR[tm.mon]}${String(tm.mday).padStart(3, ' ')} ${p2(tm.hour)}:${p2(tm.min)}:${p2(tm.sec)} ${tm.year}`;
}

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/**
 * [ISO 8601 year, ISO week number] of tm, from its yday and wday as the C library reads them: the
 * offset of the day from the Monday starting week 1 (the week holding the year's first Thursday).
 */
function isoWeek(tm: CTm): [number, number] {
  const fromWeek1 = (yday: number, wday: number): number => yday - ((yday - wday + 4 + 7 * 54) % 7) + 3;
  let year = tm.year;
  let days = fromWeek1(tm.yday, tm.wday);
  if (days < 0) {
    year--;
    days = fromWeek1(tm.yday + (isLeap(year) ? 366 : 365), tm.wday);
  } else {
    const next = fromWeek1(tm.yday - (isLeap(year) ? 366 : 365), tm.wday);
    if (next >= 0) {
      year++;
      days = next;
    }
  }
  return [year, Math.floor(days / 7) + 1];
}

/** Days from 1970-01-01 to a proleptic Gregorian date (month 1-12; out-of-range days carry over). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Seconds since the epoch of tm read as UTC: timegm(), and mktime() in the VM's UTC local time. */
export function epochSeconds(tm: CTm): number {
  return daysFromCivil(tm.year, tm.mon + 1, tm.mday) * 86400 + tm.hour * 3600 + tm.min * 60 + tm.sec;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** strftime(fmt, tm) as glibc formats it in the C locale. */
export function strftime(fmt: string, tm: CTm): string {
  let out = '';
  const n = fmt.length;
  let i = 0;
  while (i < n) {
    const pct = fmt.indexOf('%', i);
    if (pct < 0) {
      out += fmt.slice(i);
      break;
    }
    out += fmt.slice(i, pct);
    let j = pct + 1;
    // Flags, then a width, then an E or O modifier.
    let pad: string | null = null; // '-', '_', '0'
    let upper = false;
    let swapCase = false;
    for (; j < n; j++) {
      const c = fmt[j];
      if (c === '-' || c === '_' || c === '0') pad = c;
      else if (c === '^') upper = true;
      else if (c === '#') swapCase = true;
      else break;
    }
    let width = -1;
    if (j < n && isDigit(fmt.charCodeAt(j))) {
      width = 0;
      while (j < n && isDigit(fmt.charCodeAt(j))) width = width * 10 + (fmt.charCodeAt(j++) - 48);
    }
    if (j < n && (fmt[j] === 'E' || fmt[j] === 'O')) j++;
    if (j >= n) {
      // A lone '%' at the end stays as it is.
      out += fmt.slice(pct);
      break;
    }
    const conv = fmt[j];
    const r = directive(conv, tm);
    if (r === null) {
      out += fmt.slice(pct, j + 1);
    } else {
      const [raw, numeric, defaultWidth, defaultPad] = r;
      let text = raw;
      if (upper) text = text.toUpperCase();
      else if (swapCase) text = conv === 'p' || conv === 'Z' ? text.toLowerCase() : text.toUpperCase();
      const w = pad === '-' ? 0 : width >= 0 ? width : numeric ? defaultWidth : 0;
      const padChar = pad === '_' ? ' ' : pad === '0' ? '0' : numeric ? defaultPad : ' ';
      if (text.length >= w) out += text;
      else if (padChar === '0' && text.startsWith('-')) out += '-' + text.slice(1).padStart(w - 1, '0');
      else out += padChar.repeat(w - text.length) + text;
    }
    i = j + 1;
  }
  return out;
}

/**
 * glibc does not pad %Y and %G, so CPython (3.13+, Py_NORMALIZE_CENTURY) pads years 0-999 to four
 * digits itself, as C99 asks.
 */
function centuryWidth(year: number): number {
  return year >= 0 && year < 1000 ? 4 : 1;
}

/** One directive: [text, is it a number, default width, default padding], or null if unknown. */
function directive(c: string, tm: CTm): [string, boolean, number, string] | null {
  const num = (v: number, w: number, padChar = '0'): [string, boolean, number, string] => [String(v), true, w, padChar];
  const txt = (s: string): [string, boolean, number, string] => [s, false, 0, ' '];
  const p2 = (v: number): string => String(v).padStart(2, '0');
  const hour12 = tm.hour % 12 === 0 ? 12 : tm.hour % 12;
  switch (c) {
    case 'a': return txt(DAY_ABBR[tm.wday]);
    case 'A': return txt(DAY_FULL[tm.wday]);
    case 'b':
    case 'h': return txt(MONTH_ABBR[tm.mon]);
    case 'B': return txt(MONTH_FULL[tm.mon]);
    case 'c': return txt(asctime(tm));
    case 'C': return num(Math.floor(tm.year / 100), 1);
    case 'd': return num(tm.mday, 2);
    case 'D': return txt(`${p2(tm.mon + 1)}/${p2(tm.mday)}/${p2(((tm.year % 100) + 100) % 100)}`);
    case 'e': return num(tm.mday, 2, ' ');
    case 'F': return txt(`${tm.year}-${p2(tm.mon + 1)}-${p2(tm.mday)}`);
    case 'G': return num(isoWeek(tm)[0], centuryWidth(isoWeek(tm)[0]));
    case 'g': return num(((isoWeek(tm)[0] % 100) + 100) % 100, 2);
    case 'H': return num(tm.hour, 2);
    case 'I': return num(hour12, 2);
    case 'j': return num(tm.yday + 1, 3);
    case 'k': return num(tm.hour, 2, ' ');
    case 'l': return num(hour12, 2, ' ');
    case 'm': return num(tm.mon + 1, 2);
    case 'M': return num(tm.min, 2);
    case 'n': return txt('\n');
    case 'p': return txt(tm.hour < 12 ? 'AM' : 'PM');
    case 'P': return txt(tm.hour < 12 ? 'am' : 'pm');
    case 'r': return txt(`${p2(hour12)}:${p2(tm.min)}:${p2(tm.sec)} ${tm.hour < 12 ? 'AM' : 'PM'}`);
    case 'R': return txt(`${p2(tm.hour)}:${p2(tm.min)}`);
    case 's': return num(epochSeconds(tm), 1);
    case 'S': return num(tm.sec, 2);
    case 't': return txt('\t');
    case 'T':
    case 'X': return txt(`${p2(tm.hour)}:${p2(tm.min)}:${p2(tm.sec)}`);
    case 'u': return num(tm.wday === 0 ? 7 : tm.wday, 1);
    case 'U': return num(Math.floor((tm.yday + 7 - tm.wday) / 7), 2);
    case 'V': return num(isoWeek(tm)[1], 2);
    case 'w': return num(tm.wday, 1);
    case 'W': return num(Math.floor((tm.yday + 7 - ((tm.wday + 6) % 7)) / 7), 2);
    case 'x': return txt(`${p2(tm.mon + 1)}/${p2(tm.mday)}/${p2(((tm.year % 100) + 100) % 100)}`);
    case 'y': return num(((tm.year % 100) + 100) % 100, 2);
    case 'Y': return num(tm.year, centuryWidth(tm.year));
    case 'z': return txt('+0000');
    case 'Z': return txt('UTC');
    case '%': return txt('%');
  }
  return null;
}
