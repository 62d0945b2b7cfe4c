// The _csv module (CPython's Modules/_csv.c), which csv.py imports: the Dialect type, reader and writer
// objects, the dialect registry, field_size_limit, the QUOTE_* constants and _csv.Error, with
// CPython's parsing state machine, quoting rules and error messages.
//
// Dialect characters are kept as code points (NOT_SET = -1 for "none"), since Python strings index
// by code point. The reader walks each line by code point; fields accumulate as JS strings. This file
// evaluates Python code only through the input iterator, the output's write(), str() of fields written
// and float() of unquoted fields read under QUOTE_NONNUMERIC/QUOTE_STRINGS.

import { strLen } from '../objects/str_core.js';
import { PyObject, PyType, PyValue, typeName, typeOf, typeType, makeBuiltinType, isInstance, strType } from '../objects/object.js';
import { PyModule } from '../objects/module.js';
import { PyDict } from '../objects/dict.js';
import { PyList } from '../objects/list.js';
import { PyNativeFunction, defNew, defMethod, defGetSet, bindArgs, argRange, oneArg } from '../objects/native.js';
import { PyIterator } from '../objects/iterator_base.js';
import { defIteratorProtocol } from '../objects/iterator_methods.js';
import { PyBaseException, exceptionType } from '../objects/exceptions.js';
import { PyFloat, pyFloat } from '../objects/float.js';
import { PyComplex } from '../objects/complex.js';
import { toFloat } from '../objects/float_type.js';
import { None } from '../objects/singletons.js';
import { getIter, iterNext, truthy, str, strValue, asIndex } from '../runtime/protocols.js';
import { getAttrOrUndefined } from '../runtime/attributes.js';
import { callObject, isCallable } from '../runtime/call.js';
import { typeError, valueError, attributeError, overflowError } from '../runtime/raise.js';
import { builtinDoc } from '../objects/doc_source.js';
import { registerNativeModule } from './registry.js';

type Args = PyValue[];
type Kw = Map<string, PyValue> | null;

const QUOTE_MINIMAL = 0;
const QUOTE_ALL = 1;
const QUOTE_NONNUMERIC = 2;
const QUOTE_NONE = 3;
const QUOTE_STRINGS = 4;
const QUOTE_NOTNULL = 5;

const NOT_SET = -1;
/** The end-of-line pseudo character fed to the parser after each line. */
const EOL = -2;
const LF = 0x0a;
const CR = 0x0d;
const SPACE = 0x20;

/** _csv.Error. */
export const CsvError = new PyType(typeType, 'Error', [exceptionType('Exception')], '_csv');
CsvError.hasInstanceDict = true;

function csvError(msg: string): PyBaseException {
  return new PyBaseException(CsvError, [msg]);
}

/**
 * The module's state (CPython keeps it per module object): the dialect registry and the field size
 * limit. Each import of _csv in a new interpreter starts afresh, so programs run one after another in
 * one process do not see each other's dialects; the Dialect type, shared by all, uses the latest.
 */
interface CsvState {
  registry: PyDict;
  fieldLimit: number;
}

let current: CsvState = { registry: new PyDict(), fieldLimit: 128 * 1024 };

/** Python str value of a str or str subclass, or undefined. */
function strOf(v: PyValue): string | undefined {
  if (typeof v === 'string') return v;
  if (v instanceof PyObject && isInstance(v, strType)) return strValue(v);
  return undefined;
}

// ---- Dialect ------------------------------------------------------------------------------------------

export const dialectType = makeBuiltinType('Dialect', undefined, '_csv');

export class PyDialect extends PyObject {
  delimiter = 0x2c;
  quotechar = 0x22;
  escapechar = NOT_SET;
  lineterminator = '\r\n';
  quoting = QUOTE_MINIMAL;
  doublequote = true;
  skipinitialspace = false;
  strict = false;
  /** The code points of lineterminator, for membership tests. */
  termChars: number[] = [CR, LF];
}

const DIALECT_NAMES = [
  'dialect', 'delimiter', 'doublequote', 'escapechar', 'lineterminator', 'quotechar', 'quoting',
  'skipinitialspace', 'strict',
];

function charDescr(s: string, name: string, orNone: boolean): number {
  const n = strLen(s);
  if (n !== 1) {
    throw typeError(`"${name}" must be a unicode character${orNone ? ' or None' : ''}, not a string of length ${n}`);
  }
  return s.codePointAt(0)!;
}

function setChar(name: string, src: PyValue | undefined, dflt: number): number {
  if (src === undefined) return dflt;
  const s = strOf(src);
  if (s === undefined) throw typeError(`"${name}" must be a unicode character, not ${typeName(src)}`);
  return charDescr(s, name, false);
}

function setCharOrNone(name: string, src: PyValue | undefined, dflt: number): number {
  if (src === undefined) return dflt;
  if (src === None) return NOT_SET;
  const s = strOf(src);
  if (s === undefined) throw typeError(`"${name}" must be a unicode character or None, not ${typeName(src)}`);
  return charDescr(s, name, true);
}

function setInt(name: string, src: PyValue | undefined, dflt: number): number {
  if (src === undefined) return dflt;
  // PyLong_CheckExact: bool and int subclasses are refused.
  if (typeof src !== 'number' && typeof src !== 'bigint') throw typeError(`"${name}" must be an integer, not ${typeName(src)}`);
  if (typeof src === 'bigint' || src > 0x7fffffff || src < -0x80000000) throw overflowError('Python int too large to convert to C int');
  return src;
}

function checkChar(name: string, c: number, d: PyDialect, allowSpace: boolean): void {
  if (c === CR || c === LF || (c === SPACE && !allowSpace)) throw valueError(`bad ${name} value`);
  if (c !== NOT_SET && d.termChars.includes(c)) throw valueError(`bad ${name} or lineterminator value`);
}

function checkChars(name1: string, name2: string, c1: number, c2: number): void {
  if (c1 === c2 && c1 !== NOT_SET) throw valueError(`bad ${name1} or ${name2} value`);
}

function dialectFromRegistry(name: PyValue): PyValue {
  const d = current.registry.getStr(strOf(name)!);
  if (d === undefined) throw csvError('unknown dialect');
  return d;
}

/** Dialect.__new__: a dialect from another (name, instance or class) and keyword overrides. */
function newDialect(cls: PyType, args: Args, kw: Kw): PyValue {
  if (args.length > DIALECT_NAMES.length) {
    throw typeError(`function takes at most ${DIALECT_NAMES.length} arguments (${args.length} given)`);
  }
  if (kw !== null) {
    for (const k of kw.keys()) {
      if (!DIALECT_NAMES.includes(k)) throw typeError(`this function got an unexpected keyword argument '${k}'`);
    }
  }
  const given = bindArgs('Dialect', DIALECT_NAMES, args, kw);
  let base = given[0];
  if (base !== undefined && strOf(base) !== undefined) base = dialectFromRegistry(base);
  if (base !== undefined && base instanceof PyDialect && given.slice(1).every((v) => v === undefined)) return base;
  const vals = given.slice(1);
  if (base !== undefined) {
    for (let i = 0; i < vals.length; i++) {
      if (vals[i] === undefined) vals[i] = getAttrOrUndefined(base, DIALECT_NAMES[i + 1]);
    }
  }
  const [delimiter, doublequote, escapechar, lineterminator, quotechar, quoting, skipinitialspace, strict] = vals;
  const d = new PyDialect(cls);
  d.delimiter = setChar('delimiter', delimiter, 0x2c);
  d.doublequote = doublequote === undefined ? true : truthy(doublequote);
  d.escapechar = setCharOrNone('escapechar', escapechar, NOT_SET);
  if (lineterminator !== undefined) {
    const s = strOf(lineterminator);
    if (s === undefined) throw typeError(`"lineterminator" must be a string, not ${typeName(lineterminator)}`);
    d.lineterminator = s;
    d.termChars = Array.from(s, (ch) => ch.codePointAt(0)!);
  }
  d.quotechar = setCharOrNone('quotechar', quotechar, 0x22);
  d.quoting = setInt('quoting', quoting, QUOTE_MINIMAL);
  d.skipinitialspace = skipinitialspace === undefined ? false : truthy(skipinitialspace);
  d.strict = strict === undefined ? false : truthy(strict);

  if (d.quoting < QUOTE_MINIMAL || d.quoting > QUOTE_NOTNULL) throw typeError('bad "quoting" value');
  if (quotechar === None && quoting === undefined) d.quoting = QUOTE_NONE;
  if (d.quoting !== QUOTE_NONE && d.quotechar === NOT_SET) throw typeError('quotechar must be set if quoting enabled');
  checkChar('delimiter', d.delimiter, d, true);
  checkChar('escapechar', d.escapechar, d, !d.skipinitialspace);
  checkChar('quotechar', d.quotechar, d, !d.skipinitialspace);
  checkChars('delimiter', 'escapechar', d.delimiter, d.escapechar);
  checkChars('delimiter', 'quotechar', d.delimiter, d.quotechar);
  checkChars('escapechar', 'quotechar', d.escapechar, d.quotechar);
  return d;
}

/** _call_dialect: Dialect(dialect, **kwargs), or Dialect(**kwargs) when no dialect was given. */
function callDialect(base: PyValue | undefined, kw: Kw): PyDialect {
  return newDialect(dialectType, base === undefined ? [] : [base], kw) as PyDialect;
}

const charOrNone = (c: number): PyValue => (c === NOT_SET ? None : String.fromCodePoint(c));
const D = (self: PyValue): PyDialect => self as PyDialect;

defNew(dialectType, newDialect);
defGetSet(dialectType, 'delimiter', (self) => charOrNone(D(self).delimiter));
defGetSet(dialectType, 'escapechar', (self) => charOrNone(D(self).escapechar));
defGetSet(dialectType, 'quotechar', (self) => charOrNone(D(self).quotechar));
defGetSet(dialectType, 'lineterminator', (self) => D(self).lineterminator);
defGetSet(dialectType, 'quoting', (self) => D(self).quoting);
defGetSet(dialectType, 'doublequote', (self) => D(self).doublequote);
defGetSet(dialectType, 'skipinitialspace', (self) => D(self).skipinitialspace);
defGetSet(dialectType, 'strict', (self) => D(self).strict);
defMethod(dialectType, '__reduce_ex__', (self) => {
  throw typeError(`cannot pickle '${typeName(self)}' object`);
});

// ---- reader -------------------------------------------------------------------------------------------

const enum State {
  StartRecord,
  StartField,
  EscapedChar,
  InField,
  InQuotedField,
  EscapeInQuotedField,
  QuoteInQuotedField,
  EatCrnl,
  AfterEscapedCrnl,
}

export const readerType = makeBuiltinType('reader', undefined, '_csv');
readerType.isBaseType = false;

class CsvReader extends PyIterator {
  fields: PyValue[] = [];
  field = '';
  fieldLen = 0;
  state = State.StartRecord;
  unquotedField = true;
  lineNum = 0;
  constructor(readonly input: PyValue, readonly dialect: PyDialect, readonly module: CsvState) {
    super(readerType);
  }

  private reset(): void {
    this.fields = [];
    this.field = '';
    this.fieldLen = 0;
    this.state = State.StartRecord;
    this.unquotedField = true;
  }

  private saveField(): void {
    const q = this.dialect.quoting;
    let v: PyValue;
    if (this.unquotedField && this.fieldLen === 0 && (q === QUOTE_NOTNULL || q === QUOTE_STRINGS)) {
      v = None;
    } else {
      v = this.field;
      if (this.unquotedField && this.fieldLen !== 0 && (q === QUOTE_NONNUMERIC || q === QUOTE_STRINGS)) {
        v = pyFloat(toFloat(this.field));
      }
      this.field = '';
      this.fieldLen = 0;
    }
    this.fields.push(v);
  }

  private addChar(c: number): void {
    const limit = this.module.fieldLimit;
    if (this.fieldLen >= limit) throw csvError(`field larger than field limit (${limit})`);
    this.field += c < 0x10000 ? String.fromCharCode(c) : String.fromCodePoint(c);
    this.fieldLen++;
  }

  /** End of a line inside a record: save the field and wait for the next record (or eat a CR/LF). */
  private endLine(c: number): void {
    this.saveField();
    this.state = c === EOL ? State.StartRecord : State.EatCrnl;
  }

  private processChar(c: number): void {
    const d = this.dialect;
    switch (this.state) {
      case State.StartRecord:
        if (c === EOL) return;
        if (c === LF || c === CR) {
          this.state = State.EatCrnl;
          return;
        }
        this.state = State.StartField;
        this.processChar(c);
        return;
      case State.StartField:
        this.unquotedField = true;
        if (c === LF || c === CR || c === EOL) this.endLine(c);
        else if (c === d.quotechar && d.quoting !== QUOTE_NONE) {
          this.unquotedField = false;
          this.state = State.InQuotedField;
        } else if (c === d.escapechar) this.state = State.EscapedChar;
        else if (c === SPACE && d.skipinitialspace) {
          // spaces at the start of a field are skipped
        } else if (c === d.delimiter) this.saveField();
        else {
          this.addChar(c);
          this.state = State.InField;
        }
        return;
      case State.EscapedChar:
        if (c === LF || c === CR) {
          this.addChar(c);
          this.state = State.AfterEscapedCrnl;
          return;
        }
        this.addChar(c === EOL ? LF : c);
        this.state = State.InField;
        return;
      case State.AfterEscapedCrnl:
        if (c === EOL) return;
        this.state = State.InField;
        this.processChar(c);
        return;
      case State.InField:
        if (c === LF || c === CR || c === EOL) this.endLine(c);
        else if (c === d.escapechar) this.state = State.EscapedChar;
        else if (c === d.delimiter) {
          this.saveField();
          this.state = State.StartField;
        } else this.addChar(c);
        return;
      case State.InQuotedField:
        if (c === EOL) return;
        if (c === d.escapechar) this.state = State.EscapeInQuotedField;
        else if (c === d.quotechar && d.quoting !== QUOTE_NONE) {
          this.state = d.doublequote ? State.QuoteInQuotedField : State.InField;
        } else this.addChar(c);
        return;
      case State.EscapeInQuotedField:
        this.addChar(c === EOL ? LF : c);
        this.state = State.InQuotedField;
        return;
      case State.QuoteInQuotedField:
        if (d.quoting !== QUOTE_NONE && c === d.quotechar) {
          this.addChar(c);
          this.state = State.InQuotedField;
        } else if (c === d.delimiter) {
          this.saveField();
          this.state = State.StartField;
        } else if (c === LF || c === CR || c === EOL) this.endLine(c);
        else if (!d.strict) {
          this.addChar(c);
          this.state = State.InField;
        } else {
          throw csvError(`'${String.fromCodePoint(d.delimiter)}' expected after '${String.fromCodePoint(d.quotechar)}'`);
        }
        return;
      case State.EatCrnl:
        if (c === LF || c === CR) return;
        if (c === EOL) {
          this.state = State.StartRecord;
          return;
        }
        throw csvError("new-line character seen in unquoted field - do you need to open the file with newline=''?");
    }
  }

  next(): PyValue | undefined {
    this.reset();
    do {
      const line = iterNext(this.input);
      if (line === undefined) {
        if (this.fieldLen !== 0 || this.state === State.InQuotedField) {
          if (this.dialect.strict) throw csvError('unexpected end of data');
          this.saveField();
          break;
        }
        return undefined;
      }
      const s = strOf(line);
      if (s === undefined) {
        throw csvError(`iterator should return strings, not ${typeName(line)} (the file should be opened in text mode)`);
      }
      this.lineNum++;
      for (let i = 0; i < s.length; i++) {
        let c = s.charCodeAt(i);
        if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
          const lo = s.charCodeAt(i + 1);
          if (lo >= 0xdc00 && lo <= 0xdfff) {
            c = ((c - 0xd800) << 10) + (lo - 0xdc00) + 0x10000;
            i++;
          }
        }
        this.processChar(c);
      }
      this.processChar(EOL);
    } while (this.state !== State.StartRecord);
    const fields = this.fields;
    this.fields = [];
    return new PyList(fields);
  }
}

defIteratorProtocol(readerType, null);
defNew(readerType, () => {
  throw typeError("cannot create '_csv.reader' instances");
});
defGetSet(readerType, 'dialect', (self) => (self as CsvReader).dialect, () => {
  throw attributeError('readonly attribute');
});
defGetSet(readerType, 'line_num', (self) => (self as CsvReader).lineNum, () => {
  throw attributeError('readonly attribute');
});

// ---- writer -------------------------------------------------------------------------------------------

export const writerType = makeBuiltinType('writer', undefined, '_csv');
writerType.isBaseType = false;

class CsvWriter extends PyObject {
  constructor(readonly write: PyValue, readonly dialect: PyDialect) {
    super(writerType);
  }
}

/** PyNumber_Check: ints, floats, complex numbers and anything with __index__, __int__ or __float__. */
function isNumber(v: PyValue): boolean {
  if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean') return true;
  if (v instanceof PyFloat || v instanceof PyComplex) return true;
  const t = typeOf(v);
  return t.lookup('__index__') !== undefined || t.lookup('__int__') !== undefined || t.lookup('__float__') !== undefined;
}

function needsQuoting(d: PyDialect, c: number): boolean {
  return c === d.delimiter || c === d.escapechar || c === d.quotechar || c === LF || c === CR || d.termChars.includes(c);
}

/** One field of a record (join_append): the delimiter before it, its text escaped, quotes if needed. */
function appendField(d: PyDialect, rec: string[], first: boolean, field: string | null, quoteArg: boolean): void {
  let quoted = quoteArg;
  if (!first) rec.push(String.fromCodePoint(d.delimiter));
  const text = field ?? '';
  if (text.length === 0 && d.delimiter === SPACE && d.skipinitialspace) {
    if (d.quoting === QUOTE_NONE || (field === null && (d.quoting === QUOTE_STRINGS || d.quoting === QUOTE_NOTNULL))) {
      throw csvError('empty field must be quoted if delimiter is a space and skipinitialspace is true');
    }
    quoted = true;
  }
  let out = '';
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (needsQuoting(d, c)) {
      let wantEscape = false;
      if (d.quoting === QUOTE_NONE) wantEscape = true;
      else {
        if (c === d.quotechar) {
          if (d.doublequote) out += ch;
          else wantEscape = true;
        } else if (c === d.escapechar) wantEscape = true;
        if (!wantEscape) quoted = true;
      }
      if (wantEscape) {
        if (d.escapechar === NOT_SET) throw csvError('need to escape, but no escapechar set');
        out += String.fromCodePoint(d.escapechar);
      }
    }
    out += ch;
  }
  if (quoted) {
    const q = String.fromCodePoint(d.quotechar);
    rec.push(q, out, q);
  } else rec.push(out);
}

function writeRow(w: CsvWriter, seq: PyValue): PyValue {
  const d = w.dialect;
  let it: PyValue;
  try {
    it = getIter(seq);
  } catch (e) {
    if (e instanceof PyBaseException && e.cls.name === 'TypeError' && e.cls.module === 'builtins') {
      throw csvError(`iterable expected, not ${typeName(seq)}`);
    }
    throw e;
  }
  const rec: string[] = [];
  let numFields = 0;
  let nullField = false;
  let recEmpty = true;
  for (let field = iterNext(it); field !== undefined; field = iterNext(it)) {
    let quoted: boolean;
    switch (d.quoting) {
      case QUOTE_NONNUMERIC: quoted = !isNumber(field); break;
      case QUOTE_ALL: quoted = true; break;
      case QUOTE_STRINGS: quoted = strOf(field) !== undefined; break;
      case QUOTE_NOTNULL: quoted = field !== None; break;
      default: quoted = false;
    }
    nullField = field === None;
    const text = nullField ? null : (strOf(field) ?? str(field));
    const before = rec.length;
    appendField(d, rec, numFields === 0, text, quoted);
    for (let i = before; i < rec.length; i++) if (rec[i].length > 0) recEmpty = false;
    numFields++;
  }
  if (numFields > 0 && recEmpty) {
    if (d.quoting === QUOTE_NONE || (nullField && (d.quoting === QUOTE_STRINGS || d.quoting === QUOTE_NOTNULL))) {
      throw csvError('single empty field record must be quoted');
    }
    rec.length = 0;
    appendField(d, rec, true, null, true);
  }
  rec.push(d.lineterminator);
  return callObject(w.write, [rec.join('')]);
}

defNew(writerType, () => {
  throw typeError("cannot create '_csv.writer' instances");
});
defGetSet(writerType, 'dialect', (self) => (self as CsvWriter).dialect, () => {
  throw attributeError('readonly attribute');
});
defMethod(writerType, 'writerow', (self, args, kw) => writeRow(self as CsvWriter, oneArg('writer.writerow', args, kw)));
defMethod(writerType, 'writerows', (self, args, kw) => {
  const rows = getIter(oneArg('writer.writerows', args, kw));
  for (let row = iterNext(rows); row !== undefined; row = iterNext(rows)) writeRow(self as CsvWriter, row);
  return None;
});

// ---- the module ---------------------------------------------------------------------------------------

function makeCsv(): PyModule {
  const state: CsvState = { registry: new PyDict(), fieldLimit: 128 * 1024 };
  current = state;
  const registry = state.registry;
  const mod = new PyModule('_csv');
  const d = mod.dict;
  const def = (name: string, fn: (args: Args, kw: Kw) => PyValue): void => {
    d.setStr(name, new PyNativeFunction(name, fn, mod));
  };
  d.setStr('__doc__', builtinDoc('_csv:') ?? None);
  d.setStr('Error', CsvError);
  d.setStr('Dialect', dialectType);
  d.setStr('Reader', readerType);
  d.setStr('Writer', writerType);
  d.setStr('QUOTE_MINIMAL', QUOTE_MINIMAL);
  d.setStr('QUOTE_ALL', QUOTE_ALL);
  d.setStr('QUOTE_NONNUMERIC', QUOTE_NONNUMERIC);
  d.setStr('QUOTE_NONE', QUOTE_NONE);
  d.setStr('QUOTE_STRINGS', QUOTE_STRINGS);
  d.setStr('QUOTE_NOTNULL', QUOTE_NOTNULL);
  def('reader', (args, kw) => {
    argRange('reader', args, null, 1, 2);
    const input = getIter(args[0]);
    return new CsvReader(input, callDialect(args[1], kw), state);
  });
  def('writer', (args, kw) => {
    argRange('writer', args, null, 1, 2);
    const write = getAttrOrUndefined(args[0], 'write');
    if (write === undefined || !isCallable(write)) throw typeError('argument 1 must have a "write" method');
    return new CsvWriter(write, callDialect(args[1], kw));
  });
  def('register_dialect', (args, kw) => {
    argRange('register_dialect', args, null, 1, 2);
    const name = strOf(args[0]);
    if (name === undefined) throw typeError('dialect name must be a string');
    registry.setStr(name, callDialect(args[1], kw));
    return None;
  });
  def('unregister_dialect', (args, kw) => {
    const [name] = bindArgs('unregister_dialect', ['name'], args, kw, 1);
    const s = strOf(name!);
    if (s === undefined || registry.getStr(s) === undefined) throw csvError('unknown dialect');
    registry.deleteStr(s);
    return None;
  });
  def('get_dialect', (args, kw) => {
    const [name] = bindArgs('get_dialect', ['name'], args, kw, 1);
    if (strOf(name!) === undefined) throw csvError('unknown dialect');
    return dialectFromRegistry(name!);
  });
  def('list_dialects', (args, kw) => {
    argRange('list_dialects', args, kw, 0, 0);
    return new PyList([...registry.keys()]);
  });
  def('field_size_limit', (args, kw) => {
    if (args.length > 1) throw typeError(`field_size_limit() takes at most 1 argument (${args.length} given)`);
    const [limit] = bindArgs('field_size_limit', ['new_limit'], args, kw);
    const old = state.fieldLimit;
    if (limit !== undefined) {
      // PyLong_Check: ints, bools and int subclasses, never __index__.
      if (typeof limit !== 'number' && typeof limit !== 'bigint' && typeof limit !== 'boolean' && !isInstance(limit, typeOf(0))) {
        throw typeError('limit must be an integer');
      }
      const n = asIndex(limit);
      if (typeof n === 'bigint') throw overflowError('Python int too large to convert to C ssize_t');
      state.fieldLimit = n;
    }
    return old;
  });
  return mod;
}

registerNativeModule('_csv', makeCsv);
