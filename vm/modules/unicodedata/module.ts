// The unicodedata module (CPython's Modules/unicodedata.c): character properties, names, lookup,
// decomposition and normalization from CPython 3.14's Unicode 16.0.0 database, and the UCD type
// whose instance ucd_3_2_0 answers for Unicode 3.2.0 (IDNA's encodings.idna and stringprep use it).
//
// The tables are read and decoded only when the module is first imported (data_source.ts), so that
// importing this file costs nothing at start-up. Argument checks and messages follow CPython's.

import { PyObject, PyValue, typeName, strType, isInstance, makeBuiltinType, objectType } from '../../objects/object.js';
import { PyModule } from '../../objects/module.js';
import { PyNativeFunction, defNew, defMethod, defGetSet, noKwargs, argRange } from '../../objects/native.js';
import { PyBytes, PyByteArray } from '../../objects/bytes.js';
import { PyMemoryView } from '../../objects/memoryview.js';
import { pyFloat } from '../../objects/float.js';
import { newException } from '../../objects/exceptions.js';
import { strValue } from '../../runtime/protocols.js';
import { typeError, valueError } from '../../runtime/raise.js';
import { encodeString } from '../../objects/bytes_methods.js';
import { codePointArray } from '../../objects/code_point_array.js';
import type { Interpreter } from '../../runtime/interpreter.js';
import { registerNativeModule } from '../registry.js';
import { loadUcdSections } from './data_source.js';
import { UcdTables } from './tables.js';
import { characterName, lookupName } from './names.js';
import { decompose, compose, quickUnchanged } from './normalize.js';

type Args = PyValue[];
type Kw = Map<string, PyValue> | null;

/** A database: the current one (old = false) or ucd_3_2_0. */
class PyUcd extends PyObject {
  constructor(readonly tables: UcdTables, readonly old: boolean) {
    super(ucdType);
  }
}

export const ucdType = makeBuiltinType('UCD', objectType, 'unicodedata');
ucdType.isBaseType = false;
defNew(ucdType, () => {
  throw typeError("cannot create 'unicodedata.UCD' instances");
});

let tablesCache: UcdTables | null = null;

function isStr(v: PyValue): boolean {
  return typeof v === 'string' || isInstance(v, strType);
}

function asStr(v: PyValue): string {
  return typeof v === 'string' ? v : strValue(v as PyObject);
}

function cpLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++, n++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
  }
  return n;
}

/**
 * The code point of a one-character str argument. `argLabel` is "argument" for functions of one
 * parameter and "argument 1" for those that also take a default, as CPython's messages say.
 */
function charArg(fname: string, argLabel: string, v: PyValue): number {
  if (!isStr(v)) throw typeError(`${fname}() ${argLabel} must be a unicode character, not ${typeName(v)}`);
  const s = asStr(v);
  const n = cpLength(s);
  if (n !== 1) throw typeError(`${fname}(): ${argLabel} must be a unicode character, not a string of length ${n}`);
  return s.codePointAt(0)!;
}

// ---- the functions, for a database ----------------------------------------------------------------

/** `owner` is how METH_O messages name the function's owner: 'unicodedata' or 'UCD'. */
type Fn = (db: PyUcd, args: Args, kw: Kw, owner: string) => PyValue;

/** METH_O functions of one character. */
function oneChar(fname: string, body: (db: PyUcd, cp: number) => PyValue): Fn {
  return (db, args, kw, owner) => {
    noKwargs(`${owner}.${fname}`, kw);
    if (args.length !== 1) throw typeError(`${owner}.${fname}() takes exactly one argument (${args.length} given)`);
    return body(db, charArg(fname, 'argument', args[0]));
  };
}

/** Functions of a character and an optional default, returned when the property is missing. */
function charWithDefault(fname: string, body: (db: PyUcd, cp: number) => PyValue | null, missing: string): Fn {
  return (db, args, kw, owner) => {
    noKwargs(`${owner}.${fname}`, kw);
    argRange(fname, args, null, 1, 2);
    const cp = charArg(fname, 'argument 1', args[0]);
    const r = body(db, cp);
    if (r !== null) return r;
    if (args.length > 1) return args[1];
    throw valueError(missing);
  };
}

function record(db: PyUcd, cp: number) {
  return db.tables.records(db.old).get(cp);
}

const decimalFn = charWithDefault('decimal', (db, cp) => {
  const d = record(db, cp).decimal;
  return d < 0 ? null : d;
}, 'not a decimal');

const digitFn = charWithDefault('digit', (db, cp) => {
  const d = record(db, cp).digit;
  return d < 0 ? null : d;
}, 'not a digit');

const numericFn = charWithDefault('numeric', (db, cp) => {
  const d = record(db, cp).numeric;
  return Number.isNaN(d) ? null : pyFloat(d);
}, 'not a numeric character');

const nameFn = charWithDefault('name', (db, cp) => characterName(db.tables, cp, db.old), 'no such name');

const categoryFn = oneChar('category', (db, cp) => record(db, cp).category);
const bidirectionalFn = oneChar('bidirectional', (db, cp) => record(db, cp).bidirectional);
const combiningFn = oneChar('combining', (db, cp) => record(db, cp).combining);
const mirroredFn = oneChar('mirrored', (db, cp) => record(db, cp).mirrored);
const eastAsianWidthFn = oneChar('east_asian_width', (db, cp) => record(db, cp).eastAsianWidth);

const decompositionFn = oneChar('decomposition', (db, cp) => {
  const t = db.tables;
  if (db.old && t.oldHasNoDecomposition(cp)) return '';
  const d = t.decomposition(cp);
  if (d === undefined) return '';
  let s = t.decompTags[d[0]];
  for (let i = 1; i < d.length; i++) {
    if (s !== '') s += ' ';
    s += d[i].toString(16).toUpperCase().padStart(4, '0');
  }
  return s;
});

const NAME_MAXLEN = 256;

const lookupFn: Fn = (db, args, kw, owner) => {
  noKwargs(`${owner}.lookup`, kw);
  if (args.length !== 1) throw typeError(`${owner}.lookup() takes exactly one argument (${args.length} given)`);
  const v = args[0];
  let bytes: Uint8Array;
  if (isStr(v)) bytes = encodeString(asStr(v), 'utf-8', 'strict');
  else if (v instanceof PyBytes) bytes = v.data;
  else if (v instanceof PyByteArray || v instanceof PyMemoryView) {
    throw typeError(`lookup() argument must be read-only bytes-like object, not ${typeName(v)}`);
  } else throw typeError(`a bytes-like object is required, not '${typeName(v)}'`);
  if (bytes.length > NAME_MAXLEN) throw newException('KeyError', 'name too long');
  const name = new TextDecoder('utf-8').decode(bytes);
  const nul = name.indexOf('\0');
  const found = nul >= 0 ? null : lookupName(db.tables, name, db.old);
  if (found === null) throw newException('KeyError', `undefined character name '${nul >= 0 ? name.slice(0, nul) : name}'`);
  return found;
};

/** In the order of quickUnchanged's form numbers. */
const FORMS = ['NFC', 'NFD', 'NFKC', 'NFKD'];

function formArgs(fname: string, args: Args, kw: Kw, owner: string): [string, string] {
  noKwargs(`${owner}.${fname}`, kw);
  argRange(fname, args, null, 2, 2);
  if (!isStr(args[0])) throw typeError(`${fname}() argument 1 must be str, not ${typeName(args[0])}`);
  if (!isStr(args[1])) throw typeError(`${fname}() argument 2 must be str, not ${typeName(args[1])}`);
  const form = asStr(args[0]);
  if (!FORMS.includes(form)) throw valueError('invalid normalization form');
  return [form, asStr(args[1])];
}

function normalizeString(db: PyUcd, form: string, s: string): string {
  if (s === '') return s;
  // ASCII is unchanged by every form.
  let ascii = true;
  for (let i = 0; i < s.length; i++) {
    if (s.charCodeAt(i) >= 0x80) {
      ascii = false;
      break;
    }
  }
  if (ascii) return s;
  const cps = codePointArray(s);
  // CPython's quick check: text already in the form comes back as it is (not for ucd_3_2_0).
  if (!db.old && quickUnchanged(db.tables, cps, FORMS.indexOf(form))) return s;
  const compat = form === 'NFKC' || form === 'NFKD';
  const out = form === 'NFC' || form === 'NFKC' ? compose(db.tables, cps, compat, db.old) : decompose(db.tables, cps, compat, db.old);
  let r = '';
  for (let i = 0; i < out.length; i += 4096) r += String.fromCodePoint(...out.slice(i, i + 4096));
  return r;
}

const normalizeFn: Fn = (db, args, kw, owner) => {
  const [form, s] = formArgs('normalize', args, kw, owner);
  // Always an exact str, also for an unchanged str subclass instance.
  return normalizeString(db, form, s);
};

const isNormalizedFn: Fn = (db, args, kw, owner) => {
  const [form, s] = formArgs('is_normalized', args, kw, owner);
  return normalizeString(db, form, s) === s;
};

const FUNCTIONS: [string, Fn][] = [
  ['decimal', decimalFn], ['digit', digitFn], ['numeric', numericFn], ['category', categoryFn],
  ['bidirectional', bidirectionalFn], ['combining', combiningFn], ['mirrored', mirroredFn],
  ['east_asian_width', eastAsianWidthFn], ['decomposition', decompositionFn], ['name', nameFn],
  ['lookup', lookupFn], ['normalize', normalizeFn], ['is_normalized', isNormalizedFn],
];

for (const [name, fn] of FUNCTIONS) {
  defMethod(ucdType, name, (self, args, kw) => fn(self as PyUcd, args, kw, 'UCD'));
}
defGetSet(ucdType, 'unidata_version', (self) => {
  const db = self as PyUcd;
  return db.old ? db.tables.oldVersion : db.tables.version;
});

/** The decoded tables (loading them on first use); for tests and other native modules. */
export function unicodeTables(interp: Interpreter): UcdTables {
  return (tablesCache ??= new UcdTables(loadUcdSections(interp.host)));
}

/**
 * The code point a character name stands for in a "\\N{name}" escape (the unicode_escape codec), as
 * CPython's ucnhash capsule answers it: names and aliases in any ASCII case, no named sequences.
 * Returns -1 for an unknown name. Loads the tables on first use.
 */
export function codePointForName(interp: Interpreter, name: string): number {
  if (name.length > NAME_MAXLEN || name.includes('\0')) return -1;
  const r = lookupName(unicodeTables(interp), name, false, false);
  return r === null ? -1 : r.codePointAt(0)!;
}

function makeUnicodedata(interp: Interpreter): PyModule {
  const tables = unicodeTables(interp);
  const mod = new PyModule('unicodedata');
  const d = mod.dict;
  const current = new PyUcd(tables, false);
  d.setStr('__doc__', DOC);
  d.setStr('UCD', ucdType);
  for (const [name, fn] of FUNCTIONS) {
    d.setStr(name, new PyNativeFunction(name, (args: Args, kw: Kw) => fn(current, args, kw, 'unicodedata'), mod));
  }
  d.setStr('unidata_version', tables.version);
  d.setStr('ucd_3_2_0', new PyUcd(tables, true));
  return mod;
}

const DOC = `This module provides access to the Unicode Character Database which
defines character properties for all Unicode characters. The data in
this database is based on the UnicodeData.txt file version
16.0.0 which is publicly available from ftp://ftp.unicode.org/.

The module uses the same names and symbols as defined by the
UnicodeData File Format 16.0.0.`;

registerNativeModule('unicodedata', makeUnicodedata);
