// Docstrings and __text_signature__ of built-in functions, types and methods, from doc_data.ts (generated
// by scripts/gen-docstrings.mjs out of CPython 3.14 itself). The data file is not imported: its text is
// read through the Host on the first lookup, so start-up never pays for half a megabyte of docs (the
// same scheme as vm/modules/unicodedata/data_source.ts). A host without files may hand the JSON over with
// setDocData(). Missing data means None docs, never an error. Must not import Node modules.

import { PyType } from './object.js';
import { currentInterpreter } from '../runtime/interpreter.js';

type Entry = [string | null, string?];
let table: Record<string, Entry> | null = null;

/** For hosts that bundle the data (a browser): the DOC_DATA string of doc_data.ts. */
export function setDocData(json: string): void {
  table = JSON.parse(json) as Record<string, Entry>;
}

function load(): Record<string, Entry> {
  if (table !== null) return table;
  let host;
  try {
    host = currentInterpreter().host;
  } catch {
    return {}; // no interpreter yet: nothing to read with, try again next time
  }
  table = {};
  for (const name of ['./doc_data.js', './doc_data.ts']) {
    const url = new URL(name, import.meta.url);
    if (url.protocol !== 'file:') continue;
    const bytes = host.readFile(decodeURIComponent(url.pathname));
    if (bytes === null) continue;
    const text = new TextDecoder('utf-8').decode(bytes);
    // One string literal holding JSON text: `DOC_DATA = "...";` (ASCII only, so both parses are exact).
    const start = text.indexOf('= "');
    const end = text.lastIndexOf('"');
    if (start < 0 || end <= start + 2) continue;
    try {
      table = JSON.parse(JSON.parse(text.slice(start + 2, end + 1)) as string) as Record<string, Entry>;
      break;
    } catch {
      table = {};
    }
  }
  return table;
}

/** The key of a built-in type in the data: "module:qualname". */
export function typeDocKey(t: PyType): string {
  return `${t.module}:${t.qualname}`;
}

/** CPython's __doc__ of the built-in object keyed `key` ("builtins:len", "builtins:list.append"), or null. */
export function builtinDoc(key: string): string | null {
  const e = load()[key];
  return e === undefined ? null : e[0];
}

/** Its __text_signature__ ("($self, object, /)"), or null. */
export function builtinTextSignature(key: string): string | null {
  const e = load()[key];
  return e === undefined || e[1] === undefined ? null : e[1];
}
