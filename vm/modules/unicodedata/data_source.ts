// Where the unicodedata tables come from: the text of ucd_data.ts (or its compiled ucd_data.js),
// read through the Host on the first use of the module, so that programs that never import
// unicodedata do not load or parse half a megabyte of tables at start-up.
//
// The file sits next to this module in both layouts (vitest runs the .ts sources, the CLI runs the
// compiled dist/ tree), so it is found from import.meta.url. A host without a file system may hand
// the sections over directly with setUcdSections(). Must not import Node modules.

import type { Host } from '../../host.js';
import { importError } from '../../runtime/raise.js';

let provided: readonly string[] | null = null;

/** For hosts that bundle the data (a browser): the UCD_SECTIONS array of ucd_data.ts. */
export function setUcdSections(sections: readonly string[]): void {
  provided = sections;
}

function filePath(name: string): string | null {
  const url = new URL(name, import.meta.url);
  if (url.protocol !== 'file:') return null;
  return decodeURIComponent(url.pathname);
}

/** The string literals of the data file, in order (they contain neither quotes nor backslashes). */
export function parseSections(text: string): string[] {
  const start = text.indexOf('= [');
  const out: string[] = [];
  let i = start < 0 ? 0 : start;
  for (;;) {
    const open = text.indexOf('"', i);
    if (open < 0) break;
    const close = text.indexOf('"', open + 1);
    if (close < 0) break;
    out.push(text.slice(open + 1, close));
    i = close + 1;
  }
  return out;
}

export function loadUcdSections(host: Host): readonly string[] {
  if (provided !== null) return provided;
  for (const name of ['./ucd_data.js', './ucd_data.ts']) {
    const path = filePath(name);
    if (path === null) continue;
    const bytes = host.readFile(path);
    if (bytes === null) continue;
    const sections = parseSections(new TextDecoder('utf-8').decode(bytes));
    if (sections.length > 0) {
      provided = sections;
      return sections;
    }
  }
  throw importError('unicodedata: the Unicode database (ucd_data.js) cannot be read');
}
