// Where the JS engine's Unicode tables (Node 20 ships Unicode 17.0) disagree with CPython 3.14's
// (Unicode 16.0.0): the characters assigned in 17.0, which CPython still treats as unassigned (not
// alpha, numeric, printable, cased, identifier...), and the few whose case properties 17.0 changed.
// The str predicates build their regexes as set differences with these classes (the `v` flag), so
// checking them costs nothing at run time; case mappings consult isCaseFrozen() for non-ASCII chars.
// Taken from the mismatches test/modules/unicodedata_str_predicates.test.ts found against
// pyodide (CPython 3.14); on an engine with older tables the subtraction is simply a no-op.
// Must not import Node modules; pure data plus two tiny helpers.

/** Code point ranges (first, last) assigned in Unicode 17.0 but not in 16.0. */
const NEW_IN_17: readonly number[] = [
  0x88f, 0x88f, 0xc5c, 0xc5c, 0xcdc, 0xcdc, 0x1acf, 0x1add, 0x1ae0, 0x1aeb, 0x20c1, 0x20c1, 0x2b96, 0x2b96,
  0xa7ce, 0xa7cf, 0xa7d2, 0xa7d2, 0xa7d4, 0xa7d4, 0xa7f1, 0xa7f1, 0xfbc3, 0xfbd2, 0xfd90, 0xfd91, 0xfdc8, 0xfdce,
  0x10940, 0x10959, 0x10ec5, 0x10ec7, 0x10ed0, 0x10ed8, 0x10efa, 0x10efb, 0x11b60, 0x11b67, 0x11db0, 0x11ddb,
  0x11de0, 0x11de9, 0x16ea0, 0x16eb8, 0x16ebb, 0x16ed3, 0x16ff2, 0x16ff6, 0x187f8, 0x187ff, 0x18d09, 0x18d1e,
  0x18d80, 0x18df2, 0x1ccfa, 0x1ccfc, 0x1ceba, 0x1ced0, 0x1cee0, 0x1cef0, 0x1e6c0, 0x1e6de, 0x1e6e0, 0x1e6f5,
  0x1e6fe, 0x1e6ff, 0x1f6d8, 0x1f6d8, 0x1f777, 0x1f77a, 0x1f8d0, 0x1f8d8, 0x1fa54, 0x1fa57, 0x1fa8a, 0x1fa8a,
  0x1fa8e, 0x1fa8e, 0x1fac8, 0x1fac8, 0x1facd, 0x1facd, 0x1faea, 0x1faea, 0x1faef, 0x1faef, 0x1fbfa, 0x1fbfa,
  0x2b73a, 0x2b73f, 0x2cea2, 0x2cead, 0x323b0, 0x33479,
];

function classBody(ranges: readonly number[]): string {
  let out = '';
  for (let i = 0; i < ranges.length; i += 2) {
    out += `\\u{${ranges[i].toString(16)}}`;
    if (ranges[i + 1] !== ranges[i]) out += `-\\u{${ranges[i + 1].toString(16)}}`;
  }
  return out;
}

/** A `v`-flag class operand: `[...]` of the characters new in 17.0. */
export const UNASSIGNED_IN_16 = `[${classBody(NEW_IN_17)}]`;

/**
 * Lowercase (Ll) in 16.0 but a plain letter (Lo) in 17.0: U+0295 LATIN LETTER PHARYNGEAL VOICED
 * FRICATIVE, added back to the Lowercase and Cased classes.
 */
export const LOWERCASE_IN_16_ONLY = '\\u{295}';

/** A `v`-flag class `[<property> -- <chars new in 17>]`, plus the characters `extra` (class syntax). */
export function unicode16Class(property: string, extra = ''): string {
  const base = `[${property}--${UNASSIGNED_IN_16}]`;
  return extra === '' ? base : `[${base}${extra}]`;
}

/**
 * Characters whose case mappings 17.0 added and CPython 3.14 does not have: they map to themselves
 * in upper/lower/title/casefold (U+A7D3 and U+A7D5 existed in 16.0 as caseless-paired lowercase).
 */
export function isCaseFrozen(cp: number): boolean {
  if (cp < 0xa7ce) return false;
  if (cp <= 0xa7d5) return cp <= 0xa7cf || cp >= 0xa7d2;
  return cp === 0xa7f1 || (cp >= 0x16ea0 && cp <= 0x16ed3);
}

/** Matches a string containing any case-frozen character (for whole-string upper()/lower()). */
export const RE_HAS_CASE_FROZEN = /[\ua7ce\ua7cf\ua7d2-\ua7d5\ua7f1\u{16ea0}-\u{16ed3}]/u;
