// The marshal module (CPython's Python/marshal.c), reading side only: loads() and load() decode
// CPython 3.14's marshal format with the VM's reader (vm/marshal/reader.ts), which importlib's
// _bootstrap_external needs at import time (it unmarshals .pyc bodies). Writing (dumps/dump) is not
// implemented yet and says so. Must not import Node modules.

import { PyValue, typeName } from '../objects/object.js';
import { PyModule } from '../objects/module.js';
import { PyBytes, PyByteArray } from '../objects/bytes.js';
import { PyNativeFunction, bindArgs } from '../objects/native.js';
import { PyCode } from '../objects/code.js';
import { marshalLoads, MarshalError } from '../marshal/reader.js';
import { callObject } from '../runtime/call.js';
import { getAttr } from '../runtime/attributes.js';
import { truthy } from '../runtime/protocols.js';
import { notImplementedError, typeError, valueError } from '../runtime/raise.js';
import { PyBaseException, newException } from '../objects/exceptions.js';
import { registerNativeModule } from './registry.js';

type Kw = Map<string, PyValue> | null;

function bytesOf(v: PyValue, fname: string): Uint8Array {
  if (v instanceof PyBytes) return v.data;
  if (v instanceof PyByteArray) return v.data.subarray(0, v.length);
  throw typeError(`${fname}() argument 1 must be bytes-like object, not ${typeName(v)}`);
}

/**
 * CPython's exception for the reader's complaint "bad marshal data (<what> at offset N)": running out
 * of data is EOFError (at an object's start, else "marshal data too short"), a NULL is TypeError, and
 * anything else ValueError naming the problem without the offset.
 */
function marshalError(message: string): PyBaseException {
  const m = /^bad marshal data \((.*) at offset \d+\)$/.exec(message);
  let what = m === null ? message : m[1];
  if (what.startsWith('bad marshal data (') && what.endsWith(')')) what = what.slice(18, -1);
  if (what === 'EOF read where object expected') return newException('EOFError', what);
  if (what.startsWith('EOF read where') || what === 'bytes object size out of range') {
    return newException('EOFError', 'marshal data too short');
  }
  if (what.startsWith('NULL object')) return newException('TypeError', what);
  if (what.startsWith('unknown type code')) what = 'unknown type code';
  return newException('ValueError', `bad marshal data (${what})`);
}

function decode(data: Uint8Array, allowCode: boolean): PyValue {
  let value: PyValue;
  try {
    value = marshalLoads(data);
  } catch (e) {
    if (e instanceof MarshalError) throw marshalError(e.message);
    throw e;
  }
  if (!allowCode && value instanceof PyCode) throw valueError('unmarshalling code objects is disallowed');
  return value;
}

function makeMarshal(): PyModule {
  const mod = new PyModule('marshal');
  const d = mod.dict;
  d.setStr('__doc__', 'This module contains functions that can read and write Python values in\na binary format.');
  d.setStr('version', 5);
  const def = (name: string, fn: (args: PyValue[], kwargs: Kw) => PyValue): void => {
    d.setStr(name, new PyNativeFunction(name, fn, mod));
  };
  def('loads', (args, kwargs) => {
    const [data, allowCode] = bindArgs('loads', ['bytes', 'allow_code'], args, kwargs, 1, 1, 1);
    return decode(bytesOf(data!, 'loads'), allowCode === undefined || truthy(allowCode));
  });
  def('load', (args, kwargs) => {
    const [file, allowCode] = bindArgs('load', ['file', 'allow_code'], args, kwargs, 1, 1, 1);
    const data = callObject(getAttr(file!, 'read'), []);
    return decode(bytesOf(data, 'load'), allowCode === undefined || truthy(allowCode));
  });
  const noWriter = (): PyValue => {
    throw notImplementedError('pyrewind does not implement marshal.dumps()/dump() yet');
  };
  def('dumps', noWriter);
  def('dump', noWriter);
  return mod;
}

registerNativeModule('marshal', makeMarshal);
