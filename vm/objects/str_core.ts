// The core of str that the rest of the VM relies on: code-point length, indexing and slicing of JS
// strings (which are UTF-16), and repr(str).
//
// Python indexes strings by code point. Most strings have no surrogate pairs, and for those a code
// point is a UTF-16 unit; `isAstral` answers that, with a one-entry cache so that loops indexing the
// same long string do not rescan it.

import { UNASSIGNED_IN_16 } from './str_unicode16.js';
import { checkSeam } from './str_surrogates.js';

function isLowUnit(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

let lastChecked: string | null = null;
let lastAstral = false;

/** True if the string contains a surrogate pair (so code points and UTF-16 units differ). */
export function isAstral(s: string): boolean {
  if (s === lastChecked) return lastAstral;
  let astral = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        astral = true;
        break;
      }
    }
  }
  if (s.length > 16) {
    lastChecked = s;
    lastAstral = astral;
  }
  return astral;
}

/** The string as an array of code points (one string per code point). Only for astral strings. */
export function codePoints(s: string): string[] {
  return Array.from(s);
}

/** len(s). */
export function strLen(s: string): number {
  if (!isAstral(s)) return s.length;
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

/** s[i] for 0 <= i < len(s). */
export function strCharAt(s: string, i: number): string {
  if (!isAstral(s)) return s[i];
  return codePoints(s)[i];
}

/** s[start:stop:step] with already-normalised indices (slice.indices semantics). */
export function strSlice(s: string, start: number, stop: number, step: number, length: number): string {
  const astral = isAstral(s);
  if (step === 1) {
    if (stop <= start) return '';
    if (!astral) return s.slice(start, stop);
    return codePoints(s).slice(start, stop).join('');
  }
  const cps = astral ? codePoints(s) : null;
  let out = '';
  for (let k = 0, i = start; k < length; k++, i += step) {
    const ch = cps === null ? s[i] : cps[i];
    // Stepping can bring a lone high and a lone low surrogate together ('\ud83dX\ude00'[::2]).
    if (isLowUnit(ch.charCodeAt(0)) && k > 0) checkSeam(out, ch);
    out += ch;
  }
  return out;
}

// Characters Unicode 17.0 added are unassigned (Cn) for CPython 3.14, hence not printable.
const nonPrintable = new RegExp(`[\\p{Cc}\\p{Cf}\\p{Cs}\\p{Co}\\p{Cn}\\p{Zl}\\p{Zp}\\p{Zs}${UNASSIGNED_IN_16}]`, 'v');

/** str.isprintable() for one code point. */
export function isPrintableChar(ch: string): boolean {
  return ch === ' ' || !nonPrintable.test(ch);
}

/** repr(str), choosing quotes and escapes as CPython's unicode_repr does. */
export function strRepr(s: string): string {
  let simple = true;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20 || c >= 0x7f || c === 0x5c || c === 0x27) {
      simple = false;
      break;
    }
  }
  if (simple) return `'${s}'`;
  const useDouble = s.includes("'") && !s.includes('"');
  const quote = useDouble ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (ch === quote || ch === '\\') out += '\\' + ch;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (cp < 0x20 || cp === 0x7f) out += '\\x' + cp.toString(16).padStart(2, '0');
    else if (cp < 0x7f) out += ch;
    else if (isPrintableChar(ch)) out += ch;
    else if (cp <= 0xff) out += '\\x' + cp.toString(16).padStart(2, '0');
    else if (cp <= 0xffff) out += '\\u' + cp.toString(16).padStart(4, '0');
    else out += '\\U' + cp.toString(16).padStart(8, '0');
  }
  return out + quote;
}

/** ascii(): repr with every non-ASCII code point escaped. */
export function asciiEscape(r: string): string {
  let out = '';
  for (const ch of r) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80) out += ch;
    else if (cp <= 0xff) out += '\\x' + cp.toString(16).padStart(2, '0');
    else if (cp <= 0xffff) out += '\\u' + cp.toString(16).padStart(4, '0');
    else out += '\\U' + cp.toString(16).padStart(8, '0');
  }
  return out;
}

/** A deterministic string hash (CPython's is randomised per process, so any consistent one is valid). */
export function strHash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  // Spread into a signed value like a Py_hash_t; -1 is reserved.
  const v = h | 0;
  return v === -1 ? -2 : v;
}
