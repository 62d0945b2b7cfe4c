// Fills in the source line of a syntax error that CPython would have read back from the file.
//
// Errors found after parsing (the symbol table's "'return' outside function", "nonlocal" errors...)
// carry no text of their own: CPython reads line `lineno` of the file named by the filename when it
// exists on disk. Pyodide compiles in its own virtual file system, where the file does not exist, so
// the host does that read. Only real files count (not paths inside a zip), as for CPython.

import { readFileSync } from 'node:fs';
import type { SyntaxErrorInfo } from '../../vm/host.js';

/** The error with `text` filled from the file when CPython would have done so; otherwise unchanged. */
export function withProgramText<T extends SyntaxErrorInfo>(error: T): T {
  if (error.text !== null || error.lineno === null || error.lineno < 1) return error;
  let data: Buffer;
  try {
    data = readFileSync(error.filename);
  } catch {
    return error; // Not a file (e.g. "<string>"), a directory, unreadable: CPython leaves text None.
  }
  const text = lineOf(data, error.lineno);
  return text === null ? error : { ...error, text };
}

/** CPython reads the line into a 1000-byte buffer: at most 999 bytes of it (newline included) are kept. */
const MAX_LINE_BYTES = 999;

/** Line `lineno` (1-based) with universal newlines turned into "\n", decoded per the file's coding cookie. */
function lineOf(data: Buffer, lineno: number): string | null {
  let start = 0;
  for (let line = 1; line < lineno; line++) {
    const end = lineEnd(data, start);
    if (end >= data.length) return null;
    start = data[end] === 13 && data[end + 1] === 10 ? end + 2 : end + 1;
  }
  if (start >= data.length) return null;
  const end = lineEnd(data, start);
  const hasNewline = end < data.length;
  let bytes = data.subarray(start, Math.min(end, start + MAX_LINE_BYTES));
  const keepsNewline = hasNewline && bytes.length < MAX_LINE_BYTES;
  if (lineno === 1 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
  const body = decode(bytes, codingOf(data));
  return keepsNewline ? `${body}\n` : body;
}

function lineEnd(data: Buffer, start: number): number {
  let i = start;
  while (i < data.length && data[i] !== 10 && data[i] !== 13) i++;
  return i;
}

/** PEP 263: a "coding[:=]name" comment on one of the first two lines. */
function codingOf(data: Buffer): string {
  const head = data.toString('latin1', 0, Math.min(data.length, 512)).split(/\r\n|\r|\n/, 2);
  for (const line of head) {
    const m = /^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)/.exec(line);
    if (m !== null) return m[1]!.toLowerCase();
    if (!/^[ \t\f]*(#.*)?$/.test(line)) break; // The cookie may only follow a comment or blank line.
  }
  return 'utf-8';
}

function decode(bytes: Buffer, coding: string): string {
  const normalized = coding.replace(/_/g, '-');
  if (normalized === 'latin-1' || normalized === 'iso-8859-1' || normalized === 'iso8859-1' || normalized === 'latin1') {
    return bytes.toString('latin1');
  }
  try {
    return new TextDecoder(normalized, { ignoreBOM: true }).decode(bytes);
  } catch {
    return new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  }
}
