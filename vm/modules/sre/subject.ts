// The string a pattern is matched against, as the matcher sees it: the code points of a str (an
// Int32Array, so that astral characters count as one position as in Python) or the bytes of a
// bytes-like object, plus slicing back into Python values (CPython's getstring/getslice in sre.c).
//
// Converting a str costs a pass over it; programs often match the same long string many times from
// increasing positions (json's decoder, tokenizers), so the last few conversions are remembered.
// Nothing here runs the matcher.

import { PyObject, PyValue, strType } from '../../objects/object.js';
import { PyBytes, PyByteArray, bytesType } from '../../objects/bytes.js';
import { isAstral } from '../../objects/str_core.js';
import { memoryviewData } from '../../objects/memoryview.js';
import type { SreText } from './engine.js';

export interface Subject {
  readonly text: SreText;
  readonly isBytes: boolean;
  /** For str subjects: the JS string (of the str value, even for a str subclass instance). */
  readonly str: string;
  /** For astral str subjects: the UTF-16 offset of every code point, and of the end. */
  readonly offsets: Int32Array | null;
  /** The original object (for getslice's "whole exact bytes object" shortcut). */
  readonly source: PyValue;
}

/** The str value of a str or str-subclass instance, or null. */
export function strValueOf(v: PyValue): string | null {
  if (typeof v === 'string') return v;
  if (v instanceof PyObject && v.cls.isSubtypeOf(strType)) {
    const s = (v as unknown as { value?: unknown }).value;
    if (typeof s === 'string') return s;
  }
  return null;
}

/** The bytes of a bytes-like object, or null. */
export function bytesValueOf(v: PyValue): Uint8Array | null {
  if (v instanceof PyBytes) return v.data;
  if (v instanceof PyByteArray) return v.view();
  return memoryviewData(v);
}

interface StrEntry {
  str: string;
  text: Int32Array;
  offsets: Int32Array | null;
}

const CACHE_SIZE = 4;
const strCache: (StrEntry | null)[] = new Array(CACHE_SIZE).fill(null);
let cacheNext = 0;

function convertStr(s: string): StrEntry {
  for (let i = 0; i < CACHE_SIZE; i++) {
    const e = strCache[i];
    if (e !== null && e.str === s) return e;
  }
  let entry: StrEntry;
  if (!isAstral(s)) {
    const text = new Int32Array(s.length);
    for (let i = 0; i < s.length; i++) text[i] = s.charCodeAt(i);
    entry = { str: s, text, offsets: null };
  } else {
    const units = s.length;
    const text = new Int32Array(units);
    const offsets = new Int32Array(units + 1);
    let n = 0;
    for (let i = 0; i < units; i++) {
      const c = s.charCodeAt(i);
      offsets[n] = i;
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < units) {
        const d = s.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) {
          text[n++] = ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
          i++;
          continue;
        }
      }
      text[n++] = c;
    }
    offsets[n] = units;
    entry = { str: s, text: text.subarray(0, n), offsets: offsets.subarray(0, n + 1) };
  }
  // Tiny strings are cheaper to convert again than to compare against the cache.
  if (s.length > 32) {
    strCache[cacheNext] = entry;
    cacheNext = (cacheNext + 1) % CACHE_SIZE;
  }
  return entry;
}

const EMPTY_BYTES = new Uint8Array(0);

/** getstring(): the subject for a str or bytes-like value, or null if it is neither. */
export function getSubject(v: PyValue): Subject | null {
  const s = strValueOf(v);
  if (s !== null) {
    const e = convertStr(s);
    return { text: e.text, isBytes: false, str: s, offsets: e.offsets, source: v };
  }
  const b = bytesValueOf(v);
  if (b !== null) return { text: b, isBytes: true, str: '', offsets: null, source: v };
  return null;
}

/** The str of code points [i, j) of a str subject. */
export function sliceStr(sub: Subject, i: number, j: number): string {
  const off = sub.offsets;
  return off === null ? sub.str.slice(i, j) : sub.str.slice(off[i], off[j]);
}

/** getslice(): the subject's [i, j) as a str, or as bytes (the object itself for a whole exact bytes). */
export function sliceSubject(sub: Subject, i: number, j: number): PyValue {
  if (!sub.isBytes) return sliceStr(sub, i, j);
  const src = sub.source;
  const data = sub.text as Uint8Array;
  if (src instanceof PyBytes && src.cls === bytesType && i === 0 && j === data.length) return src;
  return new PyBytes(j > i ? data.slice(i, j) : EMPTY_BYTES);
}
