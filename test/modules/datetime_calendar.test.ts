// The calendar arithmetic behind the native _datetime module (vm/modules/datetime/calendar_math.ts),
// checked exhaustively against a day-by-day walk of the proleptic Gregorian calendar and against
// values CPython gives (date.toordinal(), isocalendar(), fromisocalendar()).
import { describe, expect, it } from 'vitest';
import {
  ymdToOrd, ordToYmd, daysInMonth, isLeap, weekday, isoCalendar, isoToYmd, normalizeDate, MAXORDINAL,
} from '../../vm/modules/datetime/calendar_math.js';

describe('datetime calendar maths', () => {
  it('ordinals round-trip for every day of years 1..9999', () => {
    let ord = 1;
    let wd = 0; // 0001-01-01 was a Monday
    for (let y = 1; y <= 9999; y++) {
      for (let m = 1; m <= 12; m++) {
        const dim = daysInMonth(y, m);
        for (let d = 1; d <= dim; d++) {
          if (ymdToOrd(y, m, d) !== ord) throw new Error(`ymdToOrd(${y}, ${m}, ${d}) != ${ord}`);
          const back = ordToYmd(ord);
          if (back[0] !== y || back[1] !== m || back[2] !== d) throw new Error(`ordToYmd(${ord}) = ${back}`);
          if (weekday(y, m, d) !== wd) throw new Error(`weekday(${y}, ${m}, ${d})`);
          ord++;
          wd = (wd + 1) % 7;
        }
      }
    }
    expect(ord - 1).toBe(MAXORDINAL);
  });

  it('knows the leap years and month lengths', () => {
    expect([1900, 2000, 2023, 2024, 2100, 2400].map(isLeap)).toEqual([false, true, false, true, false, true]);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2024, 12)).toBe(31);
  });

  it('gives the ISO calendar CPython gives, and inverts it', () => {
    // date(y, m, d).isocalendar() in CPython 3.14
    const cases: [number, number, number, [number, number, number]][] = [
      [2000, 1, 1, [1999, 52, 6]], [2024, 1, 1, [2024, 1, 1]], [2020, 12, 31, [2020, 53, 4]],
      [2021, 1, 3, [2020, 53, 7]], [2026, 12, 28, [2026, 53, 1]], [2008, 12, 29, [2009, 1, 1]],
      [9999, 12, 31, [9999, 52, 5]], [1, 1, 1, [1, 1, 1]],
    ];
    for (const [y, m, d, iso] of cases) {
      expect(isoCalendar(y, m, d)).toEqual(iso);
      expect(isoToYmd(...iso)).toEqual([y, m, d]);
    }
    expect(isoToYmd(2021, 53, 1)).toBe(-2);
    expect(isoToYmd(2024, 1, 8)).toBe(-3);
    expect(isoToYmd(0, 1, 1)).toBe(-4);
  });

  it('normalises out-of-range days across month and year ends', () => {
    expect(normalizeDate(2024, 2, 30)).toEqual([2024, 3, 1]);
    expect(normalizeDate(2024, 1, 0)).toEqual([2023, 12, 31]);
    expect(normalizeDate(2024, 3, -365)).toEqual([2023, 3, 1]);
    expect(normalizeDate(2024, 2, 29 + 365)).toEqual([2025, 2, 28]);
    expect(normalizeDate(9999, 12, 32)).toBeNull();
    expect(normalizeDate(1, 1, 0)).toBeNull();
    expect(normalizeDate(1, 1, -1000)).toBeNull();
  });
});
