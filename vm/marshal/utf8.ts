// UTF-8 decoding with the 'surrogatepass' error handler, as marshal stores str objects: lone
// surrogates (which Python strings may hold) are encoded as 3-byte sequences that a strict decoder
// rejects. The common case goes through TextDecoder; only invalid input takes the slow path. A lone
// high surrogate followed by a lone low one cannot be a JS string (vm/objects/str_surrogates.ts): that
// input raises NotImplementedError instead of decoding to one astral character. Also the Latin-1 text of
// marshal's ASCII str types (latin1Text).

import { unrepresentableSurrogates } from '../objects/str_surrogates.js';

// ignoreBOM: a leading U+FEFF is part of the string, not a byte-order mark to drop.
const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export function decodeUtf8SurrogatePass(b: Uint8Array): string {
  let ascii = true;
  for (let i = 0; i < b.length; i++) {
    if (b[i] >= 0x80) {
      ascii = false;
      break;
    }
  }
  if (ascii) return latin1Text(b, 0, b.length);
  try {
    return strict.decode(b);
  } catch {
    return decodeSlow(b);
  }
}

/** Longest run handed to String.fromCharCode at once (an argument list has a size limit). */
const CHUNK = 8192;

/**
 * buf[start:end] as Latin-1 text, one character per byte. Typed arrays go to String.fromCharCode as they
 * are: copying them into an Array first (Array.from) costs more than the conversion itself.
 */
export function latin1Text(buf: Uint8Array, start: number, end: number): string {
  const n = end - start;
  if (n <= 1) return n === 1 ? String.fromCharCode(buf[start]) : '';
  if (n <= CHUNK) return String.fromCharCode.apply(null, buf.subarray(start, end) as unknown as number[]);
  let s = '';
  for (let i = start; i < end; i += CHUNK) {
    s += String.fromCharCode.apply(null, buf.subarray(i, Math.min(end, i + CHUNK)) as unknown as number[]);
  }
  return s;
}

function decodeSlow(b: Uint8Array): string {
  let out = '';
  /** The last code point decoded, when it was a lone high surrogate (else 0). */
  let loneHigh = 0;
  for (let i = 0; i < b.length; ) {
    const c = b[i];
    let cp: number;
    if (c < 0x80) {
      cp = c;
      i += 1;
    } else if (c < 0xe0) {
      cp = ((c & 0x1f) << 6) | (b[i + 1] & 0x3f);
      i += 2;
    } else if (c < 0xf0) {
      cp = ((c & 0x0f) << 12) | ((b[i + 1] & 0x3f) << 6) | (b[i + 2] & 0x3f);
      i += 3;
      // Two separately encoded surrogates would become one astral character in a JS string.
      if (loneHigh !== 0 && cp >= 0xdc00 && cp <= 0xdfff) throw unrepresentableSurrogates(loneHigh, cp);
    } else {
      cp = ((c & 0x07) << 18) | ((b[i + 1] & 0x3f) << 12) | ((b[i + 2] & 0x3f) << 6) | (b[i + 3] & 0x3f);
      i += 4;
    }
    out += String.fromCodePoint(cp);
    loneHigh = cp >= 0xd800 && cp <= 0xdbff ? cp : 0;
  }
  return out;
}
