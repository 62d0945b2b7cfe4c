// Proleptic Gregorian calendar arithmetic for the _datetime module: leap years, month lengths,
// ordinals (1 = 0001-01-01) to and from year/month/day, weekdays and the ISO week calendar.
//
// Pure integer functions on JS numbers; no Python objects and no errors raised here (callers
// decide the messages).

export const MINYEAR = 1;
export const MAXYEAR = 9999;
/** date(9999, 12, 31).toordinal() */
export const MAXORDINAL = 3652059;
export const MAX_DELTA_DAYS = 999999999;

const DAYS_IN_MONTH = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const DAYS_BEFORE_MONTH = [0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];

const DI4Y = 1461;
const DI100Y = 36524;
const DI400Y = 146097;

export function isLeap(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeap(year) ? 29 : DAYS_IN_MONTH[month];
}

export function daysBeforeMonth(year: number, month: number): number {
  return DAYS_BEFORE_MONTH[month] + (month > 2 && isLeap(year) ? 1 : 0);
}

/** Days before January 1st of `year` (year >= 1). */
export function daysBeforeYear(year: number): number {
  const y = year - 1;
  return y * 365 + Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400);
}

export function ymdToOrd(year: number, month: number, day: number): number {
  return daysBeforeYear(year) + daysBeforeMonth(year, month) + day;
}

/** [year, month, day] of an ordinal >= 1. */
export function ordToYmd(ordinal: number): [number, number, number] {
  let n = ordinal - 1;
  const n400 = Math.floor(n / DI400Y);
  n %= DI400Y;
  let year = n400 * 400 + 1;
  const n100 = Math.floor(n / DI100Y);
  n %= DI100Y;
  const n4 = Math.floor(n / DI4Y);
  n %= DI4Y;
  const n1 = Math.floor(n / 365);
  n %= 365;
  year += n100 * 100 + n4 * 4 + n1;
  if (n1 === 4 || n100 === 4) return [year - 1, 12, 31];
  const leap = n1 === 3 && (n4 !== 24 || n100 === 3);
  let month = (n + 50) >> 5;
  let preceding = DAYS_BEFORE_MONTH[month] + (month > 2 && leap ? 1 : 0);
  if (preceding > n) {
    month -= 1;
    preceding -= daysInMonth(year, month);
  }
  return [year, month, n - preceding + 1];
}

/** Monday == 0 ... Sunday == 6. */
export function weekday(year: number, month: number, day: number): number {
  return (ymdToOrd(year, month, day) + 6) % 7;
}

/** Ordinal of the Monday starting ISO week 1 of `year`. */
export function isoWeek1Monday(year: number): number {
  const first = ymdToOrd(year, 1, 1);
  const firstWeekday = (first + 6) % 7;
  let monday = first - firstWeekday;
  if (firstWeekday > 3) monday += 7;
  return monday;
}

/** [iso year, week, weekday] of a date. */
export function isoCalendar(year: number, month: number, day: number): [number, number, number] {
  let y = year;
  let week1 = isoWeek1Monday(y);
  const today = ymdToOrd(year, month, day);
  let week = Math.floor((today - week1) / 7);
  let d = (today - week1) - week * 7;
  if (week < 0) {
    y--;
    week1 = isoWeek1Monday(y);
    week = Math.floor((today - week1) / 7);
    d = (today - week1) - week * 7;
  } else if (week >= 52 && today >= isoWeek1Monday(y + 1)) {
    y++;
    week = 0;
  }
  return [y, week + 1, d + 1];
}

/**
 * ISO year/week/weekday to [year, month, day]; or an error code: -4 year out of range, -2 bad week,
 * -3 bad weekday.
 */
export function isoToYmd(isoYear: number, isoWeek: number, isoDay: number): [number, number, number] | number {
  if (isoYear < MINYEAR || isoYear > MAXYEAR) return -4;
  if (isoWeek <= 0 || isoWeek >= 53) {
    let bad = true;
    if (isoWeek === 53) {
      const fw = weekday(isoYear, 1, 1);
      if (fw === 3 || (fw === 2 && isLeap(isoYear))) bad = false;
    }
    if (bad) return -2;
  }
  if (isoDay <= 0 || isoDay >= 8) return -3;
  return ordToYmd(isoWeek1Monday(isoYear) + (isoWeek - 1) * 7 + isoDay - 1);
}

/**
 * Bring an out-of-range day (month 1..12 given) into range by moving across months; null when the
 * result falls outside years 1..9999 ("date value out of range").
 */
export function normalizeDate(year: number, month: number, day: number): [number, number, number] | null {
  const dim = daysInMonth(year, month);
  let y = year;
  let m = month;
  let d = day;
  if (d < 1 || d > dim) {
    if (d === 0) {
      m--;
      if (m > 0) d = daysInMonth(y, m);
      else {
        y--;
        m = 12;
        d = 31;
      }
    } else if (d === dim + 1) {
      m++;
      d = 1;
      if (m > 12) {
        m = 1;
        y++;
      }
    } else {
      const ord = ymdToOrd(y, m, 1) + d - 1;
      if (ord < 1 || ord > MAXORDINAL) return null;
      return ordToYmd(ord);
    }
  }
  if (y < MINYEAR || y > MAXYEAR) return null;
  return [y, m, d];
}
