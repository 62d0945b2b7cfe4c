// What the hashlib C modules (_md5, _sha1, _sha3, _blake2) share: the Python hash object wrapping an
// engine, the buffer argument with hashlib's messages, the data/string constructor argument, and the
// update/digest/hexdigest/copy methods.
//
// Engines (md5.ts, sha1.ts, keccak.ts, blake2.ts) know nothing of Python; the per-module files add
// their types, constructors and attributes. Nothing here hashes.

import { PyObject, PyType, PyValue, typeName } from '../../objects/object.js';
import { PyBytes } from '../../objects/bytes.js';
import { None } from '../../objects/singletons.js';
import { defMethod, bindArgs, noArgs, oneArg } from '../../objects/native.js';
import { bytesLikeData } from '../../objects/bytes_methods.js';
import { memoryviewData } from '../../objects/memoryview.js';
import { typeError } from '../../runtime/raise.js';
import { toHex } from './sha256.js';

export { toHex };

/** What every hash engine offers. */
export interface HashEngine {
  update(data: Uint8Array): void;
  copy(): HashEngine;
}

/** A hash object: its type (md5, sha3_256, blake2b...) and the engine holding the state. */
export class PyHashObject<E extends HashEngine = HashEngine> extends PyObject {
  constructor(cls: PyType, readonly engine: E) {
    super(cls);
  }
}

/** The bytes of a data argument: bytes-like objects only, with hashlib's messages for the rest. */
export function hashData(v: PyValue): Uint8Array {
  if (typeof v === 'string') throw typeError('Strings must be encoded before hashing');
  const d = bytesLikeData(v) ?? memoryviewData(v);
  if (d === null) throw typeError('object supporting the buffer API required');
  return d;
}

/** A bytes-like parameter that is not hashed data (blake2's key, salt, person). */
export function bufferParam(v: PyValue): Uint8Array {
  const d = bytesLikeData(v) ?? memoryviewData(v);
  if (d === null) throw typeError(`a bytes-like object is required, not '${typeName(v)}'`);
  return d;
}

const STRING_CONFLICT =
  "'data' and 'string' are mutually exclusive and support for 'string' keyword parameter is slated for removal in a future version.";

/** The initial data of a constructor from its `data` and deprecated `string` arguments, or undefined. */
export function initialData(data: PyValue | undefined, string: PyValue | undefined): PyValue | undefined {
  if (string === undefined || string === None) return data;
  if (data !== undefined) throw typeError(STRING_CONFLICT);
  return string;
}

/**
 * `name(data=b'', *, usedforsecurity=True, string=None)`: binds the common constructor arguments
 * (plus `extra` keyword-only names) and returns the initial data and the extra values.
 */
export function bindConstructor(
  fname: string,
  args: PyValue[],
  kw: Map<string, PyValue> | null,
  extra: readonly string[] = [],
): { data: PyValue | undefined; extra: (PyValue | undefined)[] } {
  const names = ['data', ...extra, 'usedforsecurity', 'string'];
  const bound = bindArgs(fname, names, args, kw, 0, 0, 1);
  return { data: initialData(bound[0], bound[names.length - 1]), extra: bound.slice(1, 1 + extra.length) };
}

/** update(data) and copy() on a hash type; `make` rebuilds an object of the same type around an engine. */
export function defUpdateAndCopy(t: PyType): void {
  defMethod(t, 'update', (self, args, kw) => {
    (self as PyHashObject).engine.update(hashData(oneArg(`${t.name}.update`, args, kw)));
    return None;
  });
  defMethod(t, 'copy', (self, args, kw) => {
    noArgs(`${t.name}.copy`, args, kw);
    const h = self as PyHashObject;
    return new PyHashObject(h.cls, h.engine.copy());
  });
}

/** digest() and hexdigest() for fixed-size hashes, from a function computing the digest. */
export function defFixedDigest<E extends HashEngine>(t: PyType, digest: (engine: E) => Uint8Array): void {
  defMethod(t, 'digest', (self, args, kw) => {
    noArgs(`${t.name}.digest`, args, kw);
    return new PyBytes(digest((self as PyHashObject<E>).engine));
  });
  defMethod(t, 'hexdigest', (self, args, kw) => {
    noArgs(`${t.name}.hexdigest`, args, kw);
    return toHex(digest((self as PyHashObject<E>).engine));
  });
}
