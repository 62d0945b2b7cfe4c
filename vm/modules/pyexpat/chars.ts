// Character classes of XML 1.0 (names, whitespace, allowed characters) as the tokenizer and the
// DTD reader test them, by code point. Pure functions on numbers; no parsing state here.

export const TAB = 0x09;
export const LF = 0x0a;
export const CR = 0x0d;
export const SPACE = 0x20;

export function isS(c: number): boolean {
  return c === SPACE || c === LF || c === CR || c === TAB;
}

/** Characters a document may contain (XML 1.0 production [2]). */
export function isXmlChar(c: number): boolean {
  if (c < 0x20) return c === TAB || c === LF || c === CR;
  if (c < 0xd800) return true;
  if (c < 0xe000) return false; // a lone surrogate
  return c !== 0xfffe && c !== 0xffff;
}

/**
 * How many UTF-16 units the character data character at `j` takes: 1, 2 for a surrogate pair, 0 when it
 * ends a run of text (a control character other than TAB, a lone surrogate, U+FFFE/U+FFFF; CR and LF
 * are the caller's), or -1 for a high surrogate that is the last unit of the buffer (more may come).
 */
export function textCharWidth(s: string, j: number, n: number): number {
  const d = s.charCodeAt(j);
  if (d < 0x20) return d === TAB ? 1 : 0;
  if (d < 0xd800) return 1;
  if (d <= 0xdbff) {
    if (j + 1 >= n) return -1;
    const e = s.charCodeAt(j + 1);
    return e >= 0xdc00 && e <= 0xdfff ? 2 : 0;
  }
  return d <= 0xdfff || d === 0xfffe || d === 0xffff ? 0 : 1;
}

function isNonAsciiNameStart(c: number): boolean {
  return (
    (c >= 0xc0 && c <= 0xd6) ||
    (c >= 0xd8 && c <= 0xf6) ||
    (c >= 0xf8 && c <= 0x2ff) ||
    (c >= 0x370 && c <= 0x37d) ||
    (c >= 0x37f && c <= 0x1fff) ||
    (c >= 0x200c && c <= 0x200d) ||
    (c >= 0x2070 && c <= 0x218f) ||
    (c >= 0x2c00 && c <= 0x2fef) ||
    (c >= 0x3001 && c <= 0xd7ff) ||
    (c >= 0xf900 && c <= 0xfdcf) ||
    (c >= 0xfdf0 && c <= 0xfffd)
  );
  // Characters outside the BMP are never name characters for expat (its name tables predate
  // XML 1.0's fifth edition), so they are left out here too.
}

/** NameStartChar, with ':' (names are checked for namespaces separately). */
export function isNameStart(c: number): boolean {
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x5f || c === 0x3a;
  return isNonAsciiNameStart(c);
}

export function isNameChar(c: number): boolean {
  if (c < 0x80) {
    return (
      (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) ||
      c === 0x5f || c === 0x3a || c === 0x2d || c === 0x2e
    );
  }
  return c === 0xb7 || (c >= 0x300 && c <= 0x36f) || c === 0x203f || c === 0x2040 || isNonAsciiNameStart(c);
}

/** Characters of a public identifier literal (production [13]). */
export function isPubidChar(c: number): boolean {
  if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39)) return true;
  return c === SPACE || c === CR || c === LF || "-'()+,./:=?;!*#@$_%".indexOf(String.fromCharCode(c)) >= 0;
}

/** Code point at index i of s (surrogate pairs read as one), and its length in UTF-16 units. */
export function cpAt(s: string, i: number): number {
  return s.codePointAt(i)!;
}

export function cpLen(c: number): number {
  return c > 0xffff ? 2 : 1;
}

/** End of the name starting at i, or i when no name starts there. */
export function scanName(s: string, i: number): number {
  const n = s.length;
  if (i >= n) return i;
  let c = s.charCodeAt(i);
  if (c < 0x80) {
    if (!((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x5f || c === 0x3a)) return i;
    i++;
  } else {
    c = cpAt(s, i);
    if (!isNameStart(c)) return i;
    i += cpLen(c);
  }
  while (i < n) {
    c = s.charCodeAt(i);
    if (c < 0x80) {
      // The ASCII name characters, tested inline: this loop is the tokenizer's hottest.
      if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x3a) || c === 0x5f || c === 0x2d || c === 0x2e) {
        i++;
        continue;
      }
      break;
    }
    c = cpAt(s, i);
    if (!isNameChar(c)) break;
    i += cpLen(c);
  }
  return i;
}

export function skipS(s: string, i: number): number {
  const n = s.length;
  while (i < n && isS(s.charCodeAt(i))) i++;
  return i;
}
