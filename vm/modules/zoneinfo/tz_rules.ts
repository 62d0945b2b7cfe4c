// The POSIX TZ string footer of a TZif file ("CET-1CEST,M3.5.0,M10.5.0/3") as _zoneinfo uses it for
// times after the last listed transition: parsing it into a rule (standard and DST offsets, start and end
// transition rules of the three POSIX kinds Jn, n and Mm.w.d) and finding the offset that applies at a
// local or a UTC timestamp, with the fold of ambiguous times.
//
// Timestamps are seconds since 1970-01-01 as JS numbers. This file holds no Python state: the offsets
// are built by the caller's `makeTtinfo` (which caches the timedelta objects); it must not read files.

import { PyValue, typeName } from '../../objects/object.js';
import { PyBytes, bytesType } from '../../objects/bytes.js';
import { ymdToOrd, isLeap, daysInMonth } from '../datetime/calendar_math.js';
import { repr } from '../../runtime/protocols.js';
import { typeError, valueError } from '../../runtime/raise.js';

const EPOCH_ORDINAL = 719163;

/** One local time type: UTC offset and DST amount as timedeltas, abbreviation, offset in seconds. */
export interface Ttinfo {
  readonly utcoff: PyValue;
  readonly dstoff: PyValue;
  readonly tzname: PyValue;
  readonly utcoffSeconds: number;
}

/** A transition day of the year: the local timestamp at which it happens in a given year. */
interface TransitionRule {
  yearToTimestamp(year: number): number;
}

/** Mm.w.d: day d (0 = Sunday) of week w (5 = last) of month m. */
class CalendarRule implements TransitionRule {
  constructor(
    private readonly month: number,
    private readonly week: number,
    private readonly day: number,
    private readonly seconds: number,
  ) {}

  yearToTimestamp(year: number): number {
    // Weekday of the 1st with 0 = Monday, as the proleptic ordinal gives it.
    const firstDay = (ymdToOrd(year, this.month, 1) + 6) % 7;
    let monthDay = (this.day - (firstDay + 1)) % 7;
    if (monthDay < 0) monthDay += 7;
    monthDay += 1 + (this.week - 1) * 7;
    if (monthDay > daysInMonth(year, this.month)) monthDay -= 7;
    return (ymdToOrd(year, this.month, monthDay) - EPOCH_ORDINAL) * 86400 + this.seconds;
  }
}

/** Jn (1-based, February 29th never counted) or n (0-based, leap days counted). */
class DayRule implements TransitionRule {
  constructor(
    private readonly julian: boolean,
    private readonly day: number,
    private readonly seconds: number,
  ) {}

  yearToTimestamp(year: number): number {
    const daysBeforeYear = ymdToOrd(year, 1, 1) - EPOCH_ORDINAL - 1;
    let day = this.day;
    if (this.julian && day >= 59 && isLeap(year)) day += 1;
    return (daysBeforeYear + day) * 86400 + this.seconds;
  }
}

/** The rule after the last transition: standard time only, or standard and DST with two transitions. */
export interface TzRule {
  readonly std: Ttinfo;
  /** null for a standard-time-only rule. */
  readonly dst: Ttinfo | null;
  readonly dstDiff: number;
  readonly start: TransitionRule | null;
  readonly end: TransitionRule | null;
}

export type TtinfoMaker = (utcoff: number, dstoff: number, tzname: PyValue) => Ttinfo;

export function stdOnlyRule(std: Ttinfo): TzRule {
  return { std, dst: null, dstDiff: 0, start: null, end: null };
}

// ---- parsing -------------------------------------------------------------------------------------------

/** A cursor over the TZ string's bytes; reading past the end (or at a NUL, as C does) gives 0. */
class Cursor {
  pos = 0;
  constructor(private readonly b: Uint8Array) {}
  peek(): number {
    return this.pos < this.b.length ? this.b[this.pos] : 0;
  }
  text(from: number, to: number): string {
    let s = '';
    for (let i = from; i < to; i++) s += String.fromCharCode(this.b[i]);
    return s;
  }
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}
function isAlpha(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/** Between min and max digits; null when fewer than min. */
function parseDigits(p: Cursor, min: number, max: number): number | null {
  let v = 0;
  for (let i = 0; i < max; i++) {
    const c = p.peek();
    if (!isDigit(c)) return i < min ? null : v;
    v = v * 10 + (c - 0x30);
    p.pos++;
  }
  return v;
}

/** An abbreviation, quoted (<+03>) or alphabetic; null if malformed. */
function parseAbbr(p: Cursor): string | null {
  if (p.peek() === 0x3c /* < */) {
    p.pos++;
    const start = p.pos;
    for (;;) {
      const c = p.peek();
      if (c === 0x3e /* > */) break;
      if (!isAlpha(c) && !isDigit(c) && c !== 0x2b && c !== 0x2d) return null;
      p.pos++;
    }
    const s = p.text(start, p.pos);
    p.pos++;
    return s;
  }
  const start = p.pos;
  while (isAlpha(p.peek())) p.pos++;
  if (p.pos === start) return null;
  return p.text(start, p.pos);
}

/** [+-]h[hh][:mm[:ss]] as [hours, minutes, seconds], each carrying the sign; null if malformed. */
function parseTime(p: Cursor): [number, number, number] | null {
  let sign = 1;
  const c = p.peek();
  if (c === 0x2d || c === 0x2b) {
    if (c === 0x2d) sign = -1;
    p.pos++;
  }
  const h = parseDigits(p, 1, 3);
  if (h === null) return null;
  let m = 0;
  let s = 0;
  if (p.peek() === 0x3a /* : */) {
    p.pos++;
    const mm = parseDigits(p, 2, 2);
    if (mm === null) return null;
    m = mm;
    if (p.peek() === 0x3a) {
      p.pos++;
      const ss = parseDigits(p, 2, 2);
      if (ss === null) return null;
      s = ss;
    }
  }
  return [sign * h, sign * m, sign * s];
}

/** A UTC offset: POSIX counts west as positive, so the result is negated; null beyond 24 hours. */
function parseOffset(p: Cursor): number | null {
  const t = parseTime(p);
  if (t === null || t[0] > 24 || t[0] < -24) return null;
  return -(t[0] * 3600 + t[1] * 60 + t[2]);
}

/** One date[/time] transition rule; null if malformed or out of range (the caller reports it). */
function parseTransitionRule(p: Cursor): TransitionRule | null {
  let time: [number, number, number] = [2, 0, 0];
  const readTime = (): boolean => {
    if (p.peek() !== 0x2f /* / */) return true;
    p.pos++;
    const t = parseTime(p);
    if (t === null) return false;
    time = t;
    return true;
  };
  const secs = (): number => time[0] * 3600 + time[1] * 60 + time[2];
  if (p.peek() === 0x4d /* M */) {
    p.pos++;
    const month = parseDigits(p, 1, 2);
    if (month === null || p.peek() !== 0x2e) return null;
    p.pos++;
    const week = parseDigits(p, 1, 1);
    if (week === null || p.peek() !== 0x2e) return null;
    p.pos++;
    const day = parseDigits(p, 1, 1);
    if (day === null || !readTime()) return null;
    if (month < 1 || month > 12 || week < 1 || week > 5 || day > 6) return null;
    if (time[0] < -167 || time[0] > 167) return null;
    return new CalendarRule(month, week, day, secs());
  }
  let julian = false;
  if (p.peek() === 0x4a /* J */) {
    julian = true;
    p.pos++;
  }
  const day = parseDigits(p, 1, 3);
  if (day === null || !readTime()) return null;
  if (day < (julian ? 1 : 0) || day > 365) return null;
  if (time[0] < -167 || time[0] > 167) return null;
  return new DayRule(julian, day, secs());
}

/** parse_tz_str: the footer (bytes) as a rule, or ValueError naming what is wrong. */
export function parseTzString(tzStr: PyValue, makeTtinfo: TtinfoMaker): TzRule {
  if (!(tzStr instanceof PyBytes) || !tzStr.cls.isSubtypeOf(bytesType)) {
    throw typeError(`expected bytes, ${typeName(tzStr)} found`);
  }
  const p = new Cursor(tzStr.data);
  const r = (): string => repr(tzStr);
  const stdAbbr = parseAbbr(p);
  if (stdAbbr === null) throw valueError(`Invalid STD format in ${r()}`);
  const stdOffset = parseOffset(p);
  if (stdOffset === null) throw valueError(`Invalid STD offset in ${r()}`);
  if (p.peek() === 0) return stdOnlyRule(makeTtinfo(stdOffset, 0, stdAbbr));
  const dstAbbr = parseAbbr(p);
  if (dstAbbr === null) throw valueError(`Invalid DST format in ${r()}`);
  let dstOffset: number;
  if (p.peek() === 0x2c /* , */) {
    dstOffset = stdOffset + 3600;
  } else {
    const o = parseOffset(p);
    if (o === null) throw valueError(`Invalid DST offset in ${r()}`);
    dstOffset = o;
  }
  const rules: TransitionRule[] = [];
  for (let i = 0; i < 2; i++) {
    if (p.peek() !== 0x2c) throw valueError(`Missing transition rules in TZ string: ${r()}`);
    p.pos++;
    const rule = parseTransitionRule(p);
    if (rule === null) throw valueError(`Malformed transition rule in TZ string: ${r()}`);
    rules.push(rule);
  }
  if (p.peek() !== 0) throw valueError(`Extraneous characters at end of TZ string: ${r()}`);
  const dstDiff = dstOffset - stdOffset;
  return {
    std: makeTtinfo(stdOffset, 0, stdAbbr),
    dst: makeTtinfo(dstOffset, dstDiff, dstAbbr),
    dstDiff,
    start: rules[0],
    end: rules[1],
  };
}

// ---- evaluation ----------------------------------------------------------------------------------------

/** find_tzrule_ttinfo: the time type at a local timestamp; fold picks the side of a gap or fold. */
export function ruleTtinfoAtLocal(rule: TzRule, ts: number, fold: number, year: number): Ttinfo {
  if (rule.dst === null) return rule.std;
  let start = rule.start!.yearToTimestamp(year);
  let end = rule.end!.yearToTimestamp(year);
  // fold = 0 puts the smaller offset's period after the gap and through the fold; fold = 1 before
  // both. Which end moves depends on fold XOR "DST is ahead of standard time".
  if (fold === (rule.dstDiff >= 0 ? 1 : 0)) end -= rule.dstDiff;
  else start += rule.dstDiff;
  const isDst = start < end ? ts >= start && ts < end : ts < end || ts >= start;
  return isDst ? rule.dst : rule.std;
}

/** find_tzrule_ttinfo_fromutc: the time type at a UTC timestamp and whether it falls in the fold. */
export function ruleTtinfoAtUtc(rule: TzRule, ts: number, year: number): [Ttinfo, number] {
  if (rule.dst === null) return [rule.std, 0];
  const start = rule.start!.yearToTimestamp(year) - rule.std.utcoffSeconds;
  const end = rule.end!.yearToTimestamp(year) - rule.dst.utcoffSeconds;
  const isDst = start < end ? ts >= start && ts < end : ts < end || ts >= start;
  // Positive DST repeats dstDiff after its end; negative DST repeats before its start.
  let ambigStart: number;
  let ambigEnd: number;
  if (rule.dstDiff > 0) {
    ambigStart = end;
    ambigEnd = end + rule.dstDiff;
  } else {
    ambigStart = start;
    ambigEnd = start - rule.dstDiff;
  }
  const fold = ts >= ambigStart && ts < ambigEnd ? 1 : 0;
  return [isDst ? rule.dst : rule.std, fold];
}
