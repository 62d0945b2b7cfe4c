// Opcode helpers for f-strings: FORMAT_SIMPLE / FORMAT_WITH_SPEC (format(value, spec)) and ascii().

import { PyValue, typeName } from '../objects/object.js';
import { asciiEscape } from '../objects/str_core.js';
import { repr } from '../runtime/protocols.js';
import { callSpecial } from '../runtime/attributes.js';
import { typeError } from '../runtime/raise.js';

/** format(value, spec): __format__ looked up on the type. */
export function formatValue(v: PyValue, spec: string): string {
  if (typeof v === 'string' && spec === '') return v;
  const r = callSpecial(v, '__format__', [spec]);
  if (r === undefined) throw typeError(`Type ${typeName(v)} doesn't define __format__`);
  if (typeof r !== 'string') throw typeError(`__format__ must return a str, not ${typeName(r)}`);
  return r;
}

export function ascii(v: PyValue): string {
  return asciiEscape(repr(v));
}
