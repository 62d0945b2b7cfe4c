// A str as an array of its code points (numbers), for the code that works on code points by index:
// codecs and their error handlers, unicodedata, the format-spec parser. (str_core.ts's codePoints gives
// one string per code point instead.)
//
// Pure; lone surrogates stay as they are, as in a Python str.

/** The code points of `s`, in order (a surrogate pair is one code point). */
export function codePointArray(s: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s.codePointAt(i)!;
    out.push(c);
    if (c > 0xffff) i++;
  }
  return out;
}
