// Struct sequences (sys.version_info, sys.flags, time.struct_time): tuples whose fields also have names.

import { PyType, PyValue, typeType } from './object.js';
import { PyTuple, tupleType } from './tuple.js';
import { defGetSet, defMethod } from './native.js';
import { repr } from '../runtime/protocols.js';

export function makeStructSeqType(name: string, module: string, fields: string[]): PyType {
  const t = new PyType(typeType, name, [tupleType], module);
  t.qualname = name;
  t.isBaseType = false;
  fields.forEach((f, i) => defGetSet(t, f, (self) => (self as PyTuple).items[i]));
  defMethod(t, '__repr__', (self) => {
    const items = (self as PyTuple).items;
    return `${module}.${name}(${fields.map((f, i) => `${f}=${repr(items[i])}`).join(', ')})`;
  });
  t.attrs.set('n_fields', fields.length);
  t.attrs.set('n_sequence_fields', fields.length);
  return t;
}

export function structSeq(type: PyType, values: PyValue[]): PyTuple {
  return new PyTuple(values, type);
}
