// Values between Python and SQLite for _sqlite3: the adapter registry and adapt() (CPython's
// microprotocols.c, PEP 246 style), the PrepareProtocol type, the converter registry, the binding of a
// Python value as an SQLite value and the reading of an SQLite value back (with text_factory), and
// the text SQLite gives for a number when a converter asks for a column's bytes.
//
// Module state (the registries) lives in one SqliteState per import of _sqlite3, like CPython's
// per-module state; connections keep the state they were made under.

import { PyObject, PyValue, makeBuiltinType, objectType, typeOf, isInstance, strType, intType } from '../../objects/object.js';
import { PyDict } from '../../objects/dict.js';
import { tuple } from '../../objects/tuple.js';
import { PyFloat, pyFloat, floatType } from '../../objects/float.js';
import { PyBytes, PyByteArray, bytesType, bytearrayType } from '../../objects/bytes.js';
import { bytesLikeData, encodeString } from '../../objects/bytes_methods.js';
import { None } from '../../objects/singletons.js';
import { defNew, defMethod, argRange } from '../../objects/native.js';
import { getAttrOrUndefined } from '../../runtime/attributes.js';
import { callObject } from '../../runtime/call.js';
import { asIndex, strValue } from '../../runtime/protocols.js';
import { overflowError } from '../../runtime/raise.js';
import type { HostSqlite, HostSqliteValue } from '../../host.js';
import { programmingError } from './exceptions.js';

export interface SqliteState {
  readonly engine: HostSqlite;
  /** (type, protocol) -> adapter callable. */
  readonly adapters: PyDict;
  /** Upper-cased type name -> converter callable. */
  readonly converters: PyDict;
  /** Whether an adapter was registered for int, float, str or bytearray (then every value is adapted). */
  baseTypeAdapted: boolean;
  enableCallbackTracebacks: boolean;
}

/** The state of the latest import of _sqlite3, which new connections use. */
let current: SqliteState | null = null;

export function setCurrentState(state: SqliteState): void {
  current = state;
}

export function currentState(): SqliteState {
  if (current === null) throw new Error('_sqlite3 used before its module was made');
  return current;
}

// ---- PrepareProtocol --------------------------------------------------------------------------------

export const prepareProtocolType = makeBuiltinType('PrepareProtocol', objectType, 'sqlite3');
prepareProtocolType.allocate = (cls) => new PyObject(cls);
defNew(prepareProtocolType, (cls) => cls.allocate!(cls));
defMethod(prepareProtocolType, '__init__', (_self, args, kw) => {
  argRange('PrepareProtocol', args, kw, 0, 0);
  return None;
});

// ---- adapt ------------------------------------------------------------------------------------------

/**
 * pysqlite_microprotocols_adapt: the registered adapter for (type(obj), proto), else proto.__adapt__(obj),
 * else obj.__conform__(proto), else `alt`, else ProgrammingError("can't adapt").
 */
export function adapt(state: SqliteState, obj: PyValue, proto: PyValue, alt: PyValue | undefined): PyValue {
  const adapter = state.adapters.get(tuple([typeOf(obj), proto]));
  if (adapter !== undefined) return callObject(adapter, [obj]);
  const adaptMethod = getAttrOrUndefined(proto, '__adapt__');
  if (adaptMethod !== undefined) {
    const r = callObject(adaptMethod, [obj]);
    if (r !== None) return r;
  }
  const conform = getAttrOrUndefined(obj, '__conform__');
  if (conform !== undefined) {
    const r = callObject(conform, [proto]);
    if (r !== None) return r;
  }
  if (alt !== undefined) return alt;
  throw programmingError("can't adapt");
}

export function registerAdapter(state: SqliteState, type: PyValue, adapter: PyValue): void {
  if (type === intType || type === floatType || type === strType || type === bytearrayType) state.baseTypeAdapted = true;
  state.adapters.set(tuple([type, prepareProtocolType]), adapter);
}

/** Whether a parameter must go through adapt() first (exact int, float, str, bytearray need not). */
function needsAdapt(state: SqliteState, v: PyValue): boolean {
  if (state.baseTypeAdapted) return true;
  if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'string') return false;
  if (v instanceof PyObject) {
    const t = v.cls;
    return !(t === floatType || t === bytearrayType);
  }
  return true;
}

// ---- Python -> SQLite ---------------------------------------------------------------------------------

const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;

function intValue(v: PyValue): bigint {
  const n = typeof v === 'number' ? BigInt(v) : typeof v === 'bigint' ? v : typeof v === 'boolean' ? BigInt(v ? 1 : 0) : asIndex(v);
  const b = typeof n === 'bigint' ? n : BigInt(n);
  if (b < INT64_MIN || b > INT64_MAX) throw overflowError('Python int too large to convert to SQLite INTEGER');
  return b;
}

const SURROGATE = /[\uD800-\uDFFF]/;

/** Text goes to SQLite as UTF-8: a lone surrogate raises UnicodeEncodeError as str.encode() does. */
export function sqliteText(s: string): string {
  if (SURROGATE.test(s)) encodeString(s, 'utf-8', 'strict');
  return s;
}

/** A Python value as the SQLite value it binds as, or undefined for an unsupported type. */
export function toSqliteValue(v: PyValue): HostSqliteValue | undefined {
  if (v === None) return null;
  switch (typeof v) {
    case 'number':
    case 'bigint':
    case 'boolean':
      return intValue(v);
    case 'string':
      return sqliteText(v);
  }
  if (v instanceof PyFloat) return v.value;
  if (isInstance(v, intType)) return intValue(v);
  if (isInstance(v, strType)) return sqliteText(strValue(v as PyObject));
  const data = bytesLikeData(v);
  if (data !== null) return data.slice();
  return undefined;
}

/** The value bound for one parameter: adapted first when needed, then converted. */
export function bindValue(state: SqliteState, v: PyValue, label: string): HostSqliteValue {
  const adapted = needsAdapt(state, v) ? adapt(state, v, prepareProtocolType, v) : v;
  const out = toSqliteValue(adapted);
  if (out === undefined) {
    throw programmingError(`Error binding parameter ${label}: type '${typeOf(adapted).name}' is not supported`);
  }
  return out;
}

// ---- SQLite -> Python -----------------------------------------------------------------------------------

const utf8 = new TextEncoder();
const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

export function intFromSqlite(v: bigint): PyValue {
  return v <= MAX_SAFE && v >= -MAX_SAFE ? Number(v) : v;
}

/** A value read from SQLite as Python sees it; TEXT goes through the connection's text_factory. */
export function fromSqliteValue(v: HostSqliteValue, textFactory: PyValue): PyValue {
  if (v === null) return None;
  if (typeof v === 'bigint') return intFromSqlite(v);
  if (typeof v === 'number') return pyFloat(v);
  if (typeof v === 'string') {
    if (textFactory === strType) return v;
    const bytes = utf8.encode(v);
    if (textFactory === bytesType) return new PyBytes(bytes);
    if (textFactory === bytearrayType) return new PyByteArray(bytes);
    return callObject(textFactory, [new PyBytes(bytes)]);
  }
  return new PyBytes(v.slice());
}

/** The bytes of a column value as sqlite3_column_blob gives them to a converter (null for NULL). */
export function sqliteBytes(v: HostSqliteValue): PyValue {
  if (v === null) return None;
  if (typeof v === 'bigint') return new PyBytes(utf8.encode(v.toString()));
  if (typeof v === 'number') return new PyBytes(utf8.encode(realText(v)));
  if (typeof v === 'string') return new PyBytes(utf8.encode(v));
  return new PyBytes(v.slice());
}

/** SQLite's text of a REAL ("%!.15g": 15 significant digits, always a '.0' when integral). */
export function realText(x: number): string {
  if (Number.isNaN(x)) return '';
  if (!Number.isFinite(x)) return x > 0 ? 'Inf' : '-Inf';
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  const exp = Number(x.toExponential(14).split('e')[1]);
  if (exp < -4 || exp >= 15) {
    const [mant, e] = x.toExponential(14).split('e');
    const digits = Math.abs(Number(e));
    return `${trimZeros(mant)}e${e[0] === '-' ? '-' : '+'}${digits < 10 ? '0' : ''}${digits}`;
  }
  return trimZeros(x.toFixed(Math.max(0, 14 - exp)));
}

function trimZeros(s: string): string {
  if (!s.includes('.')) return `${s}.0`;
  let end = s.length;
  while (s.charCodeAt(end - 1) === 0x30) end--;
  if (s.charCodeAt(end - 1) === 0x2e) end++;
  return s.slice(0, end);
}
