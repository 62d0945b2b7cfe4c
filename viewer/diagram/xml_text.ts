// Turning program values into text that is safe inside SVG and HTML: escaping for XML text and attribute
// values, and shortening long values for a box of fixed width. Every value a diagram shows passes through
// here; nothing here may produce markup from data.

/**
 * Escapes text for XML text content and double- or single-quoted attributes: `<`, `>`, `&`, `"` and `'`
 * (so `]]>` and `</svg>` come out as `]]&gt;` and `&lt;/svg&gt;`). Characters XML 1.0 forbids (controls,
 * lone surrogates, U+FFFE/U+FFFF) become U+FFFD so the document stays well-formed.
 */
export function escapeXml(text: string): string {
  let out = '';
  let last = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let rep: string | null = null;
    if (c === 60) rep = '&lt;';
    else if (c === 62) rep = '&gt;';
    else if (c === 38) rep = '&amp;';
    else if (c === 34) rep = '&quot;';
    else if (c === 39) rep = '&#39;';
    else if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffe || c === 0xffff) rep = '\ufffd';
    else if (c >= 0xd800 && c <= 0xdbff) {
      const d = i + 1 < text.length ? text.charCodeAt(i + 1) : 0;
      if (d >= 0xdc00 && d <= 0xdfff) i++;
      else rep = '\ufffd';
    } else if (c >= 0xdc00 && c <= 0xdfff) rep = '\ufffd';
    if (rep !== null) {
      out += text.slice(last, i) + rep;
      last = i + 1;
    }
  }
  return last === 0 ? text : out + text.slice(last);
}

/** `text` cut to at most `max` code points, ending in an ellipsis when cut. */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const points = Array.from(text);
  return points.length <= max ? text : `${points.slice(0, Math.max(1, max - 1)).join('')}…`;
}
