// Opcode helpers for structural pattern matching: MATCH_MAPPING, MATCH_SEQUENCE, MATCH_KEYS, MATCH_CLASS.

import { PyValue, PyType, typeOf, typeName, tpName, TPFLAGS_MAPPING, TPFLAGS_SEQUENCE } from '../objects/object.js';
import { PyTuple } from '../objects/tuple.js';
import { PyList } from '../objects/list.js';
import { PyDict, dictType } from '../objects/dict.js';
import { None } from '../objects/singletons.js';
import { PyBaseException } from '../objects/exceptions.js';
import { getAttr, getAttrOrUndefined } from '../runtime/attributes.js';
import { callObject } from '../runtime/call.js';
import { typeError, valueError } from '../runtime/raise.js';
import { isInstanceOfType } from '../runtime/instance_checks.js';

// Py_TPFLAGS_MAPPING / Py_TPFLAGS_SEQUENCE: by name along the MRO for the built-in types, and the
// collectionFlags that _abc sets (collections.abc.Sequence / Mapping subclasses and registered classes).
const MAPPING_TYPES = new Set(['dict', 'mappingproxy', 'OrderedDict', 'defaultdict', 'Counter', 'ChainMap']);
const SEQUENCE_TYPES = new Set(['list', 'tuple', 'range', 'memoryview', 'deque', 'array']);

function hasFlag(t: PyType, names: Set<string>, flagAttr: string): boolean {
  for (const c of t.mro) {
    if (!c.isHeap && names.has(c.name)) return true;
    const f = c.attrs.get(flagAttr);
    if (f === true) return true;
  }
  return false;
}

export function isMappingType(t: PyType): boolean {
  return (t.collectionFlags & TPFLAGS_MAPPING) !== 0 || hasFlag(t, MAPPING_TYPES, '__pyrewind_mapping__');
}

export function isSequenceType(t: PyType): boolean {
  return (t.collectionFlags & TPFLAGS_SEQUENCE) !== 0 || hasFlag(t, SEQUENCE_TYPES, '__pyrewind_sequence__');
}

export function matchMapping(subject: PyValue): boolean {
  return isMappingType(typeOf(subject));
}

export function matchSequence(subject: PyValue): boolean {
  if (typeof subject === 'string') return false;
  return isSequenceType(typeOf(subject));
}

export function matchKeys(subject: PyValue, keys: PyValue): PyValue {
  const ks = (keys as PyTuple).items;
  const values: PyValue[] = [];
  const seen = new PyDict();
  // map.get(key, dummy) as CPython calls it (never __getitem__, so defaultdict creates no keys); a dict
  // whose get is dict's own is read directly.
  const direct = subject instanceof PyDict && typeOf(subject).lookup('get') === dictType.attrs.get('get');
  const get = direct ? null : getAttr(subject, 'get');
  const dummy = new PyList([]);
  for (const k of ks) {
    if (seen.has(k)) throw valueError(`mapping pattern checks duplicate key (${typeName(k) === 'str' ? `'${k as string}'` : String(k)})`);
    seen.set(k, None);
    let v: PyValue | undefined;
    if (direct) v = (subject as PyDict).get(k);
    else {
      const r = callObject(get!, [k, dummy]);
      v = r === dummy ? undefined : r;
    }
    if (v === undefined) return None;
    values.push(v);
  }
  return new PyTuple(values);
}

export function matchClass(subject: PyValue, cls: PyValue, nargs: number, names: PyValue): PyValue {
  if (!(cls instanceof PyType)) throw typeError('called match pattern must be a class');
  // isinstance(), as CPython's MATCH_CLASS: a metaclass __instancecheck__ (an ABC) decides too.
  if (!isInstanceOfType(subject, cls)) return None;
  const out: PyValue[] = [];
  const seen = new Set<string>();
  if (nargs > 0) {
    const matchArgs = getAttrOrUndefined(cls, '__match_args__');
    const selfMatch = !cls.isHeap && ['bool', 'bytearray', 'bytes', 'dict', 'float', 'frozenset', 'int', 'list', 'set', 'str', 'tuple'].includes(cls.name);
    if (matchArgs === undefined && selfMatch) {
      if (nargs > 1) throw typeError(`${tpName(cls)}() accepts 1 positional sub-pattern (${nargs} given)`);
      out.push(subject);
    } else {
      const ma = matchArgs === undefined ? [] : matchArgs instanceof PyTuple ? matchArgs.items : null;
      if (ma === null) throw typeError(`${tpName(cls)}.__match_args__ must be a tuple (got ${typeName(matchArgs!)})`);
      if (nargs > ma.length) {
        throw typeError(`${tpName(cls)}() accepts ${ma.length} positional sub-pattern${ma.length === 1 ? '' : 's'} (${nargs} given)`);
      }
      for (let i = 0; i < nargs; i++) {
        const name = ma[i];
        if (typeof name !== 'string') throw typeError(`__match_args__ elements must be strings (got ${typeName(name)})`);
        // match_class_attr: a name __match_args__ repeats is two sub-patterns for one attribute.
        if (seen.has(name)) throw typeError(`${tpName(cls)}() got multiple sub-patterns for attribute '${name}'`);
        seen.add(name);
        const v = getAttrOrUndefined(subject, name);
        if (v === undefined) return None;
        out.push(v);
      }
    }
  }
  for (const name of (names as PyTuple).items as string[]) {
    if (seen.has(name)) throw typeError(`${tpName(cls)}() got multiple sub-patterns for attribute '${name}'`);
    seen.add(name);
    const v = getAttrOrUndefined(subject, name);
    if (v === undefined) return None;
    out.push(v);
  }
  return new PyTuple(out);
}

export { PyBaseException };
