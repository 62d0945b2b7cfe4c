// The UnicodeDecodeError and UnicodeEncodeError that codecs raise (or hand to an error handler), with
// their fields set and CPython's message: built in one place for the str/bytes codecs
// (bytes_methods.ts) and the _codecs module (modules/codecs.ts).
//
// Only builds exception objects; it must not raise them or look up error handlers.
//
// As CPython's codecs do, they are made like UnicodeDecodeError(encoding, object, start, end, reason):
// those five are the args, and str() is computed from the fields (a handler may change start/end).

import { PyValue } from './object.js';
import { PyBytes, bytesType } from './bytes.js';
import {
  PyBaseException, UnicodeDecodeError, UnicodeEncodeError, excSetAttr,
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

/**
 * UnicodeDecodeError for data[start:end], `data` being the bytes the codec decodes (the content of
 * `obj`). The error's object is always a bytes object, as CPython copies any buffer (bytearray,
 * memoryview) into one; an exact bytes object holding these very bytes is used as it is.
 */
export function newUnicodeDecodeError(
  enc: string, obj: PyValue, data: Uint8Array, start: number, end: number, reason: string,
): PyBaseException {
  const bytes = obj instanceof PyBytes && obj.cls === bytesType && obj.data === data ? obj : new PyBytes(data.slice());
  const e = new PyBaseException(UnicodeDecodeError, [enc, bytes, start, end, reason]);
  return setUnicodeErrorFields(e, enc, bytes, start, end, reason);
}

/** UnicodeEncodeError for the code points start..end of `s` (`startCp` is kept for the callers' sake). */
export function newUnicodeEncodeError(
  enc: string, s: string, _startCp: number, start: number, end: number, reason: string,
): PyBaseException {
  const e = new PyBaseException(UnicodeEncodeError, [enc, s, start, end, reason]);
  return setUnicodeErrorFields(e, enc, s, start, end, reason);
}
