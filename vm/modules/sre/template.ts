// _sre.SRE_Template: a replacement string compiled by re._parser.parse_template into literals and
// group numbers, and its expansion for a match (CPython's _sre.template, compile_template and
// expand_template in sre.c). Compiling a replacement string is delegated to re._compile_template,
// Python code with an LRU cache, exactly as CPython does.
//
// Nothing here searches; sub() and Match.expand() call in with a match already made.

import { PyObject, PyValue, makeBuiltinType, typeName, intType, strType } from '../../objects/object.js';
import { PyList, listType } from '../../objects/list.js';
import { PyBytes, bytesType } from '../../objects/bytes.js';
import { None } from '../../objects/singletons.js';
import { PyBaseException } from '../../objects/exceptions.js';
import { defNew } from '../../objects/native.js';
import { strJoin } from '../../objects/str_methods.js';
import { callObject } from '../../runtime/call.js';
import { getAttr } from '../../runtime/attributes.js';
import { importModule } from '../../runtime/import.js';
import { currentInterpreter } from '../../runtime/interpreter.js';
import { typeError, indexError, overflowError, runtimeError } from '../../runtime/raise.js';
import { type PyMatch, matchGroup } from './match.js';
import { strValueOf, bytesValueOf } from './subject.js';

export const templateType = makeBuiltinType('SRE_Template', undefined, '_sre');
templateType.isBaseType = false;

export class PyTemplate extends PyObject {
  constructor(
    /** The first literal (str or bytes); also decides whether the result is str or bytes. */
    readonly literal: PyValue,
    /** Group numbers, each followed by its literal (null when empty). */
    readonly indices: number[],
    readonly literals: (PyValue | null)[],
  ) {
    super(templateType);
  }
}

defNew(templateType, () => {
  throw typeError("cannot create '_sre.SRE_Template' instances");
});

function isEmptyLiteral(v: PyValue): boolean {
  if (v === '') return true;
  const s = strValueOf(v);
  if (s !== null) return s.length === 0;
  return v instanceof PyBytes && v.data.length === 0;
}

/** PyLong_AsSsize_t: an int (no __index__), OverflowError beyond 64 bits. */
function ssizeOfInt(v: PyValue): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'bigint') throw overflowError('Python int too large to convert to C ssize_t');
  if (typeof v === 'object' && v.cls.isSubtypeOf(intType)) {
    const inner = (v as unknown as { value: number | bigint }).value;
    if (typeof inner === 'number') return inner;
    throw overflowError('Python int too large to convert to C ssize_t');
  }
  throw typeError('an integer is required');
}

/** _sre.template(pattern, template): template is [literal, group, literal, ..., group, literal]. */
export function makeTemplate(template: PyValue): PyTemplate {
  if (!(template instanceof PyList) || !template.cls.isSubtypeOf(listType)) {
    throw typeError(`template() argument 2 must be list, not ${typeName(template)}`);
  }
  const items = template.items;
  const n = items.length;
  if ((n & 1) === 0) throw typeError('invalid template');
  const count = n >> 1;
  const indices: number[] = new Array(count);
  const literals: (PyValue | null)[] = new Array(count);
  for (let i = 0; i < count; i++) {
    const index = ssizeOfInt(items[2 * i + 1]);
    if (index < 0) throw typeError('invalid template');
    indices[i] = index;
    const lit = items[2 * i + 2];
    literals[i] = isEmptyLiteral(lit) ? null : lit;
  }
  return new PyTemplate(items[0], indices, literals);
}

/**
 * compile_template: re._compile_template(pattern, repl). An unhashable replacement (bytearray, str
 * subclass with __hash__ = None...) makes the LRU cache raise TypeError; it is then retried as a
 * plain str or bytes.
 */
export function compileTemplate(pattern: PyValue, repl: PyValue): PyTemplate {
  const interp = currentInterpreter();
  const re = importModule(interp, 're');
  const fn = getAttr(re, '_compile_template');
  let result: PyValue;
  try {
    result = callObject(fn, [pattern, repl]);
  } catch (e) {
    if (!(e instanceof PyBaseException) || e.cls.name !== 'TypeError') throw e;
    let plain: PyValue;
    const s = strValueOf(repl);
    const b = bytesValueOf(repl);
    if (s !== null && typeof repl !== 'string') plain = s;
    else if (b !== null && !(repl instanceof PyBytes && repl.cls === bytesType)) plain = new PyBytes(b.slice());
    else throw e;
    result = callObject(fn, [pattern, plain]);
  }
  if (!(result instanceof PyTemplate)) {
    throw runtimeError(`the result of compiling a replacement string is ${typeName(result)}`);
  }
  return result;
}

/** b''.join(parts) with bytes.join's message for an item that is not bytes-like. */
export function joinBytes(parts: PyValue[]): PyBytes {
  let total = 0;
  const datas: Uint8Array[] = new Array(parts.length);
  for (let k = 0; k < parts.length; k++) {
    const d = bytesValueOf(parts[k]);
    if (d === null) {
      throw typeError(`sequence item ${k}: expected a bytes-like object, ${typeName(parts[k])} found`);
    }
    datas[k] = d;
    total += d.length;
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const d of datas) {
    out.set(d, at);
    at += d.length;
  }
  return new PyBytes(out);
}

/** ''.join(parts), with str.join's message for an item that is not a str. */
export function joinStr(parts: PyValue[]): string {
  return strJoin('', new PyList(parts));
}

function isStrLike(v: PyValue): boolean {
  return typeof v === 'string' || (v instanceof PyObject && v.cls.isSubtypeOf(strType));
}

/** expand_template: the replacement for one match. */
export function expandTemplate(t: PyTemplate, m: PyMatch): PyValue {
  const count = t.indices.length;
  if (count === 0) return t.literal;
  const parts: PyValue[] = [t.literal];
  for (let i = 0; i < count; i++) {
    const index = t.indices[i];
    if (index >= m.groups) throw indexError('no such group');
    const item = matchGroup(m, index, None);
    if (item !== None) parts.push(item);
    const lit = t.literals[i];
    if (lit !== null) parts.push(lit);
  }
  return isStrLike(t.literal) ? joinStr(parts) : joinBytes(parts);
}

