// The UnicodeDecodeError and UnicodeEncodeError that codecs raise (or hand to an error handler), with
// their fields set and CPython's message: built in one place for the str/bytes codecs
// (bytes_methods.ts) and the _codecs module (modules/codecs.ts).
//
// Only builds exception objects; it must not raise them or look up error handlers.

import { PyValue } from './object.js';
import {
  PyBaseException, UnicodeDecodeError, UnicodeEncodeError, excSetAttr, badCharEscape,
} from './exceptions.js';

function setUnicodeErrorFields(
  e: PyBaseException, enc: string, obj: PyValue, start: number, end: number, reason: string,
): PyBaseException {
  excSetAttr(e, 'encoding', enc);
  excSetAttr(e, 'object', obj);
  excSetAttr(e, 'start', start);
  excSetAttr(e, 'end', end);
  excSetAttr(e, 'reason', reason);
  return e;
}

/** UnicodeDecodeError for data[start:end] of `obj` (the bytes-like object being decoded). */
export function newUnicodeDecodeError(
  enc: string, obj: PyValue, data: Uint8Array, start: number, end: number, reason: string,
): PyBaseException {
  const msg = end === start + 1
    ? `'${enc}' codec can't decode byte 0x${data[start].toString(16).padStart(2, '0')} in position ${start}: ${reason}`
    : `'${enc}' codec can't decode bytes in position ${start}-${end - 1}: ${reason}`;
  return setUnicodeErrorFields(new PyBaseException(UnicodeDecodeError, [msg]), enc, obj, start, end, reason);
}

/**
 * UnicodeEncodeError for the code points start..end of `s`; `startCp` is the code point at `start`
 * (callers have it at hand; the message shows it when the range is one character).
 */
export function newUnicodeEncodeError(
  enc: string, s: string, startCp: number, start: number, end: number, reason: string,
): PyBaseException {
  const msg = end === start + 1
    ? `'${enc}' codec can't encode character '${badCharEscape(startCp)}' in position ${start}: ${reason}`
    : `'${enc}' codec can't encode characters in position ${start}-${end - 1}: ${reason}`;
  return setUnicodeErrorFields(new PyBaseException(UnicodeEncodeError, [msg]), enc, s, start, end, reason);
}
