// Reading .pyc files: the 16-byte header of CPython 3.7+ (magic number, flags, then source mtime+size
// or a source hash) followed by the marshalled module code object.
//
// Only CPython 3.14's magic number is accepted: bytecode of any other version would execute wrongly,
// so it is refused with a message naming the version it comes from.

import { PyCode } from '../objects/code.js';
import { marshalLoads } from './reader.js';

/** importlib.util.MAGIC_NUMBER of CPython 3.14 (3627, b'+\x0e\r\n'). */
export const MAGIC_3_14 = 3627;

/** First magic number of each CPython release, to name the version of a foreign .pyc. */
const RELEASES: [number, string][] = [
  [3495, '3.11'], [3531, '3.12'], [3571, '3.13'], [3600, '3.14'], [3650, '3.15'],
  [3439, '3.10'], [3413, '3.9'], [3394, '3.8'], [3390, '3.7'],
];

export class PycError extends Error {}

function versionOf(magic: number): string | null {
  let best: [number, string] | null = null;
  for (const r of RELEASES) if (magic >= r[0] && (best === null || r[0] > best[0])) best = r;
  return best === null ? null : best[1];
}

/** The module code object of a .pyc file's bytes; PycError for anything that is not 3.14 bytecode. */
export function loadPyc(data: Uint8Array, filename: string): PyCode {
  if (data.length < 16) throw new PycError(`${filename}: not a .pyc file (only ${data.length} bytes)`);
  const magic = data[0] | (data[1] << 8);
  if (data[2] !== 0x0d || data[3] !== 0x0a) {
    throw new PycError(`${filename}: not a .pyc file (bad magic number)`);
  }
  if (magic !== MAGIC_3_14) {
    const v = versionOf(magic);
    throw new PycError(
      `${filename}: bytecode of ${v === null ? 'an unknown Python version' : `Python ${v}`} (magic number ${magic}); ` +
        'pyrewind runs CPython 3.14 bytecode only (magic number 3627). Recompile with Python 3.14 or run the .py source.',
    );
  }
  const flags = data[4] | (data[5] << 8) | (data[6] << 16) | (data[7] << 24);
  if (flags & ~0b11) throw new PycError(`${filename}: invalid .pyc header flags ${flags}`);
  const code = marshalLoads(data.subarray(16));
  if (!(code instanceof PyCode)) throw new PycError(`${filename}: the .pyc does not hold a code object`);
  return code;
}
