// Unicode decimal digits (category Nd, as in CPython's Unicode 16.0 tables) read as numbers: the value of
// one digit (Py_UNICODE_TODECIMAL) and the integer an all-digit format field name stands for (get_integer
// of Objects/stringlib/unicode_format.h), shared by the format-spec parser, str.format's field
// parser and the _string module.
//
// Pure functions of code points and strings; no Python objects beyond the ValueError they raise.

import { unicode16Class } from '../objects/str_unicode16.js';
import { valueError } from '../runtime/raise.js';

const RE_ND = new RegExp(unicode16Class('\\p{Nd}'), 'v');

/**
 * Py_UNICODE_TODECIMAL: the value of a decimal digit, or -1. Unicode encodes decimal digits in runs of
 * ten starting at zero, so the value is the number of digits just before it, modulo ten.
 */
export function decimalDigitValue(cp: number): number {
  if (cp >= 0x30 && cp <= 0x39) return cp - 0x30;
  if (cp < 0x660 || !RE_ND.test(String.fromCodePoint(cp))) return -1;
  let run = 0;
  while (RE_ND.test(String.fromCodePoint(cp - run - 1))) run++;
  return run % 10;
}

const SSIZE_MAX = 9223372036854775807n;

/**
 * get_integer: the value of a field name made only of decimal digits ('0', '12'), or -1 when it is
 * anything else (also ''); more than Py_ssize_t holds is a ValueError.
 */
export function fieldInteger(s: string): number | bigint | -1 {
  if (s.length === 0) return -1;
  let acc = 0;
  let big: bigint | null = null;
  for (const ch of s) {
    const d = decimalDigitValue(ch.codePointAt(0)!);
    if (d < 0) return -1;
    if (big === null) {
      acc = acc * 10 + d;
      if (acc > 1e15) big = BigInt(acc);
    } else {
      big = big * 10n + BigInt(d);
    }
    if (big !== null && big > SSIZE_MAX) throw valueError('Too many decimal digits in format string');
  }
  if (big === null) return acc;
  return big <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(big) : big;
}
