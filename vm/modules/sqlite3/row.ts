// sqlite3.Row (CPython's Modules/_sqlite/row.c): a row_factory result indexable by position and by
// column name (ASCII case-insensitively), with keys(), len(), iteration, equality and a hash made of the
// cursor's description and the values. It holds the description the cursor had when the row was made.

import { PyObject, PyType, PyValue, makeBuiltinType, objectType, typeName, isInstance } from '../../objects/object.js';
import { PyTuple, tupleType } from '../../objects/tuple.js';
import { PyList } from '../../objects/list.js';
import { PySlice } from '../../objects/slice.js';
import { None, NotImplemented } from '../../objects/singletons.js';
import { defNew, defMethod, bindArgs, noArgs, oneArg } from '../../objects/native.js';
import { eq, getIter, getItem, hash } from '../../runtime/protocols.js';
import { indexError, typeError } from '../../runtime/raise.js';
import { cursorType, PyCursor } from './objects.js';

export const rowType = makeBuiltinType('Row', objectType, 'sqlite3');

export class PyRow extends PyObject {
  constructor(cls: PyType, readonly description: PyValue, readonly data: PyTuple) {
    super(cls);
  }
}

/** The column names of a description (each entry's first item), or none for a None description. */
function columnNames(description: PyValue): PyValue[] {
  if (!(description instanceof PyTuple)) return [];
  return description.items.map((d) => (d instanceof PyTuple ? d.items[0] : None));
}

/** ASCII case-insensitive equality, as CPython's row lookup compares names. */
function sameName(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    let x = a.charCodeAt(i);
    let y = b.charCodeAt(i);
    if (x >= 0x41 && x <= 0x5a) x += 0x20;
    if (y >= 0x41 && y <= 0x5a) y += 0x20;
    if (x !== y) return false;
  }
  return true;
}

const R = (self: PyValue): PyRow => self as PyRow;

defNew(rowType, (cls, args, kw) => {
  if (kw !== null && kw.size > 0) throw typeError('Row() takes no keyword arguments');
  const [cursor, data] = bindArgs('Row', ['cursor', 'data'], args, null, 2, 2);
  if (!isInstance(cursor!, cursorType)) {
    throw typeError(`Row() argument 1 must be sqlite3.Cursor, not ${typeName(cursor!)}`);
  }
  if (!(data instanceof PyTuple) || !isInstance(data, tupleType)) {
    throw typeError(`Row() argument 2 must be tuple, not ${typeName(data!)}`);
  }
  return new PyRow(cls, (cursor as PyCursor).description, data);
});

defMethod(rowType, '__getitem__', (self, args, kw) => {
  const row = R(self);
  const key = oneArg('__getitem__', args, kw);
  if (typeof key === 'number' || typeof key === 'bigint' || typeof key === 'boolean' || key instanceof PySlice) {
    return getItem(row.data, key);
  }
  if (typeof key === 'string') {
    const names = columnNames(row.description);
    for (let i = 0; i < names.length; i++) {
      const n = names[i];
      if (typeof n === 'string' && sameName(n, key)) return row.data.items[i];
    }
    throw indexError('No item with that key');
  }
  throw indexError('Index must be int or string');
});

defMethod(rowType, '__len__', (self, args, kw) => {
  noArgs('__len__', args, kw);
  return R(self).data.items.length;
});

defMethod(rowType, '__iter__', (self, args, kw) => {
  noArgs('__iter__', args, kw);
  return getIter(R(self).data);
});

defMethod(rowType, 'keys', (self, args, kw) => {
  noArgs('keys', args, kw);
  return new PyList(columnNames(R(self).description));
});

function rowsEqual(a: PyRow, b: PyValue): boolean | null {
  if (!(b instanceof PyRow)) return null;
  return eq(a.description, b.description) && eq(a.data, b.data);
}

defMethod(rowType, '__eq__', (self, args) => {
  const r = rowsEqual(R(self), args[0]);
  return r === null ? NotImplemented : r;
});

defMethod(rowType, '__ne__', (self, args) => {
  const r = rowsEqual(R(self), args[0]);
  return r === null ? NotImplemented : !r;
});

defMethod(rowType, '__hash__', (self) => {
  const row = R(self);
  const h = BigInt.asIntN(64, BigInt(hash(row.description)) ^ BigInt(hash(row.data)));
  const n = h === -1n ? -2n : h;
  return n <= BigInt(Number.MAX_SAFE_INTEGER) && n >= -BigInt(Number.MAX_SAFE_INTEGER) ? Number(n) : n;
});
