// The code object's introspection methods that dis and inspect use: co_lines() and co_positions()
// (read from the decoded location table), co_branches(), the deprecated co_lnotab, _varname_from_oparg()
// and _co_code_adaptive; and making code objects: code(...), replace() and __replace__ (copy.replace).
//
// The plain co_* fields are registered in misc_types.ts. pyrewind never specializes bytecode, so the
// "adaptive" code is co_code itself.

import { PyValue, makeBuiltinType, typeName, typeOf } from './object.js';
import { PyFloat } from './float.js';
import { PyComplex } from './complex.js';
import { PySet } from './set.js';
import { PySlice } from './slice.js';
import { defMethod, defGetSet, defNew, noArgs } from './native.js';
import { PyCode, codeType, CO_VARARGS, CO_VARKEYWORDS, CO_FAST_LOCAL, CO_FAST_CELL, CO_FAST_FREE } from './code.js';
import { PyBytes, bytesType } from './bytes.js';
import { PyIterator } from './iterator_base.js';
import { PyTuple, tuple, tupleType } from './tuple.js';
import { None, NotImplemented } from './singletons.js';
import { exceptionType } from './exceptions.js';
import { defIteratorProtocol } from './iterator_methods.js';
import { Op } from '../bytecode/opcodes.js';
import { asIndex, eq } from '../runtime/protocols.js';
import { indexError, overflowError, systemError, typeError, valueError } from '../runtime/raise.js';
import { currentInterpreter } from '../runtime/interpreter.js';
import { warnAt } from '../modules/warnings.js';

const lineIteratorType = makeBuiltinType('line_iterator');
lineIteratorType.isBaseType = false;
const positionsIteratorType = makeBuiltinType('positions_iterator');
positionsIteratorType.isBaseType = false;

const orNone = (v: number): PyValue => (v < 0 ? None : v);

/** co_lines(): (start, end, line) byte ranges, consecutive code units of one line merged into one. */
class LineIterator extends PyIterator {
  private unit = 0;
  constructor(private readonly code: PyCode) {
    super(lineIteratorType);
  }
  next(): PyValue | undefined {
    const lines = this.code.getPositions().line;
    const start = this.unit;
    if (start >= lines.length) return undefined;
    const line = lines[start];
    let end = start + 1;
    while (end < lines.length && lines[end] === line) end++;
    this.unit = end;
    return tuple([start * 2, end * 2, orNone(line)]);
  }
}

/** co_positions(): (line, end line, column, end column) of every code unit, caches included. */
class PositionsIterator extends PyIterator {
  private unit = 0;
  constructor(private readonly code: PyCode) {
    super(positionsIteratorType);
  }
  next(): PyValue | undefined {
    const p = this.code.getPositions();
    const i = this.unit;
    if (i >= p.line.length) return undefined;
    this.unit = i + 1;
    return tuple([orNone(p.line[i]), orNone(p.endLine[i]), orNone(p.col[i]), orNone(p.endCol[i])]);
  }
}

/**
 * co_branches(): (source, not-taken destination, taken destination) byte offsets of every branch, as
 * sys.monitoring's BRANCH_LEFT/BRANCH_RIGHT events report them: a conditional jump's not-taken side
 * starts after its NOT_TAKEN; a `for` loop's exit lands after its END_FOR and POP_ITER; an `async for`
 * branches at its END_SEND and is listed where its END_ASYNC_FOR is.
 */
class BranchIterator extends PyIterator {
  private unit = 0;
  constructor(private readonly code: PyCode) {
    super(lineIteratorType);
  }
  next(): PyValue | undefined {
    const c = this.code;
    c.decode();
    const { ops, args, nexts } = c;
    const n = ops.length;
    while (this.unit < n) {
      const i = this.unit;
      const op = ops[i];
      const next = nexts[i];
      this.unit = next;
      switch (op) {
        case Op.POP_JUMP_IF_FALSE:
        case Op.POP_JUMP_IF_TRUE:
        case Op.POP_JUMP_IF_NONE:
        case Op.POP_JUMP_IF_NOT_NONE: {
          const left = next < n && ops[next] === Op.NOT_TAKEN ? nexts[next] : next;
          return tuple([i * 2, left * 2, (next + args[i]) * 2]);
        }
        case Op.FOR_ITER: {
          // The exhausted iterator jumps to END_FOR; the branch is reported past END_FOR and POP_ITER.
          const target = next + args[i];
          const right = target < n ? nexts[target] < n ? nexts[nexts[target]] : nexts[target] : target;
          return tuple([i * 2, next * 2, right * 2]);
        }
        case Op.END_ASYNC_FOR: {
          const src = next - args[i];
          const after = nexts[src];
          const left = after < n && ops[after] === Op.NOT_TAKEN ? nexts[after] : after;
          return tuple([src * 2, left * 2, next * 2]);
        }
      }
    }
    return undefined;
  }
}

defIteratorProtocol(lineIteratorType, null);
defIteratorProtocol(positionsIteratorType, null);

defMethod(codeType, 'co_branches', (self, args, kwargs) => {
  noArgs('code.co_branches', args, kwargs);
  return new BranchIterator(self as PyCode);
});

/**
 * co_lnotab (deprecated since 3.12): the pre-3.10 line number table, pairs of (bytecode offset delta,
 * line delta) with the line delta a signed byte, rebuilt from the location table. A line change is
 * recorded where the running line of the location table changes (entries without a line keep it).
 */
function lnotab(c: PyCode): Uint8Array {
  const lines = c.getPositions().line;
  const out: number[] = [];
  let line = c.firstlineno;
  let codeOffset = 0;
  let computed = c.firstlineno;
  for (let i = 0; i < lines.length; i++) {
    if (lines[i] >= 0) computed = lines[i];
    if (computed === line) continue;
    let bdelta = i * 2 - codeOffset;
    let ldelta = computed - line;
    while (bdelta > 255) {
      out.push(255, 0);
      bdelta -= 255;
    }
    while (ldelta > 127) {
      out.push(bdelta, 127);
      bdelta = 0;
      ldelta -= 127;
    }
    while (ldelta < -128) {
      out.push(bdelta, 0x80);
      bdelta = 0;
      ldelta += 128;
    }
    out.push(bdelta, ldelta & 0xff);
    codeOffset = i * 2;
    line = computed;
  }
  return Uint8Array.from(out);
}

defGetSet(codeType, 'co_lnotab', (self) => {
  warnAt(currentInterpreter(), exceptionType('DeprecationWarning'), 'co_lnotab is deprecated, use co_lines instead.', 1);
  return new PyBytes(lnotab(self as PyCode));
});

defMethod(codeType, 'co_lines', (self, args, kwargs) => {
  noArgs('code.co_lines', args, kwargs);
  return new LineIterator(self as PyCode);
});
defMethod(codeType, 'co_positions', (self, args, kwargs) => {
  noArgs('code.co_positions', args, kwargs);
  return new PositionsIterator(self as PyCode);
});
defMethod(codeType, '_varname_from_oparg', (self, args, kwargs) => {
  const names = (self as PyCode).localsplusnames;
  const arg = args.length > 0 ? args[0] : kwargs?.get('oparg');
  if (arg === undefined) throw typeError("_varname_from_oparg() missing required argument 'oparg' (pos 1)");
  const i = asIndex(arg);
  if (typeof i !== 'number' || i < 0 || i >= names.length) throw indexError('tuple index out of range');
  return names[i];
});
defGetSet(codeType, '_co_code_adaptive', (s) => new PyBytes((s as PyCode).code));

// ---- making code objects: code(...), replace(), __replace__ ----------------------------------------------

/** The fields a code object is made from, as code() and replace() take them. */
interface CodeFields {
  argcount: number;
  posonlyargcount: number;
  kwonlyargcount: number;
  nlocals: number;
  stacksize: number;
  flags: number;
  code: Uint8Array;
  consts: PyValue[];
  names: PyValue[];
  /** null: keep the original's local variable layout (replace() without co_varnames/cellvars/freevars). */
  varnames: PyValue[] | null;
  cellvars: PyValue[] | null;
  freevars: PyValue[] | null;
  filename: string;
  name: string;
  qualname: string;
  firstlineno: number;
  linetable: Uint8Array;
  exceptiontable: Uint8Array;
}

/** A C int argument (Argument Clinic's `int`): through __index__, within 32 bits. */
function cInt(v: PyValue): number {
  const n = asIndex(v, () => typeError(`'${typeName(v)}' object cannot be interpreted as an integer`));
  if (typeof n === 'bigint' || n > 2147483647 || n < -2147483648) {
    throw overflowError(`Python int too large to convert to C int`);
  }
  return n;
}

/** validate_and_copy_tuple: every name must be a str (exactly). */
function nameTuple(items: PyValue[]): string[] {
  for (const x of items) {
    if (typeof x !== 'string') throw typeError(`name tuples must contain only strings, not '${typeName(x)}'`);
  }
  return items as string[];
}

/**
 * PyCode_NewWithPosOnlyArgs and _PyCode_Validate, in CPython's order: the counts, the names, then the
 * local variable layout (a cell variable that is also a local shares its slot), then co_nlocals.
 */
function makeCode(f: CodeFields, original: PyCode | null): PyCode {
  if (original === null) {
    // code_new_impl's own checks; replace() goes straight to the constructor below.
    if (f.argcount < 0) throw valueError('code: argcount must not be negative');
    if (f.posonlyargcount < 0) throw valueError('code: posonlyargcount must not be negative');
    if (f.kwonlyargcount < 0) throw valueError('code: kwonlyargcount must not be negative');
    if (f.nlocals < 0) throw valueError('code: nlocals must not be negative');
    nameTuple(f.names);
    nameTuple(f.varnames ?? []);
    nameTuple(f.freevars ?? []);
    nameTuple(f.cellvars ?? []);
  }
  // intern_strings: what the checks above did not catch is an internal error.
  for (const group of [f.names, f.varnames, f.cellvars, f.freevars]) {
    if (group !== null && group.some((x) => typeof x !== 'string')) throw systemError('non-string found in code slot');
  }
  const names = f.names as string[];
  const c = new PyCode();
  if (f.varnames === null && original !== null) {
    original.decode();
    c.localsplusnames = original.localsplusnames;
    c.localspluskinds = original.localspluskinds;
  } else {
    const src = original;
    src?.decode();
    const varnames = nameTuple(f.varnames ?? []);
    const cellvars = nameTuple(f.cellvars ?? src?.cellvars ?? []);
    const freevars = nameTuple(f.freevars ?? src?.freevars ?? []);
    const lpNames: string[] = [...varnames];
    const lpKinds: number[] = varnames.map(() => CO_FAST_LOCAL);
    for (const cell of cellvars) {
      const at = varnames.indexOf(cell);
      if (at >= 0) lpKinds[at] |= CO_FAST_CELL;
      else {
        lpNames.push(cell);
        lpKinds.push(CO_FAST_CELL);
      }
    }
    for (const free of freevars) {
      lpNames.push(free);
      lpKinds.push(CO_FAST_FREE);
    }
    c.localsplusnames = lpNames;
    c.localspluskinds = Uint8Array.from(lpKinds);
  }
  c.argcount = f.argcount;
  c.posonlyargcount = f.posonlyargcount;
  c.kwonlyargcount = f.kwonlyargcount;
  c.stacksize = f.stacksize;
  c.flags = f.flags;
  c.code = f.code;
  c.consts = f.consts;
  c.names = names;
  c.filename = f.filename;
  c.name = f.name;
  c.qualname = f.qualname;
  c.firstlineno = f.firstlineno;
  c.linetable = f.linetable;
  c.exceptiontable = f.exceptiontable;
  if (c.code.length % 2 !== 0) throw valueError('code: co_code is malformed');
  let nlocals = 0;
  for (let i = 0; i < c.localspluskinds.length; i++) if (c.localspluskinds[i] & CO_FAST_LOCAL) nlocals++;
  const totalArgs = f.argcount + f.kwonlyargcount + (f.flags & CO_VARARGS ? 1 : 0) + (f.flags & CO_VARKEYWORDS ? 1 : 0);
  if (nlocals < totalArgs) throw valueError('code: co_varnames is too small');
  if (f.nlocals !== nlocals) throw valueError('code: co_nlocals != len(co_varnames)');
  return c;
}

const CODE_ARGS = [
  'argcount', 'posonlyargcount', 'kwonlyargcount', 'nlocals', 'stacksize', 'flags', 'codestring', 'constants',
  'names', 'varnames', 'filename', 'name', 'qualname', 'firstlineno', 'linetable', 'exceptiontable', 'freevars',
  'cellvars',
] as const;

/** An argument converted as Argument Clinic does for code() ("code() argument 7 must be bytes, not int"). */
function bytesArg(fn: string, what: string, v: PyValue): Uint8Array {
  if (!(v instanceof PyBytes) || !v.cls.isSubtypeOf(bytesType)) throw typeError(`${fn} ${what} must be bytes, not ${typeName(v)}`);
  return v.data;
}
function tupleArg(fn: string, what: string, v: PyValue): PyValue[] {
  if (!(v instanceof PyTuple) || !v.cls.isSubtypeOf(tupleType)) throw typeError(`${fn} ${what} must be tuple, not ${typeName(v)}`);
  return v.items.slice();
}
function strArg(fn: string, what: string, v: PyValue): string {
  if (typeof v !== 'string') throw typeError(`${fn} ${what} must be str, not ${typeName(v)}`);
  return v;
}

// code(argcount, posonlyargcount, kwonlyargcount, nlocals, stacksize, flags, codestring, constants,
//      names, varnames, filename, name, qualname, firstlineno, linetable, exceptiontable,
//      freevars=(), cellvars=(), /)
defNew(codeType, (_cls, args, kwargs) => {
  if (kwargs !== null && kwargs.size > 0) throw typeError('code() takes no keyword arguments');
  if (args.length < 16) throw typeError(`code expected at least 16 arguments, got ${args.length}`);
  if (args.length > CODE_ARGS.length) throw typeError(`code expected at most ${CODE_ARGS.length} arguments, got ${args.length}`);
  const a = (i: number): string => `argument ${i + 1}`;
  const fn = 'code()';
  return makeCode({
    argcount: cInt(args[0]),
    posonlyargcount: cInt(args[1]),
    kwonlyargcount: cInt(args[2]),
    nlocals: cInt(args[3]),
    stacksize: cInt(args[4]),
    flags: cInt(args[5]),
    code: bytesArg(fn, a(6), args[6]),
    consts: tupleArg(fn, a(7), args[7]),
    names: tupleArg(fn, a(8), args[8]),
    varnames: tupleArg(fn, a(9), args[9]),
    filename: strArg(fn, a(10), args[10]),
    name: strArg(fn, a(11), args[11]),
    qualname: strArg(fn, a(12), args[12]),
    firstlineno: cInt(args[13]),
    linetable: bytesArg(fn, a(14), args[14]),
    exceptiontable: bytesArg(fn, a(15), args[15]),
    freevars: args.length > 16 ? tupleArg(fn, a(16), args[16]) : [],
    cellvars: args.length > 17 ? tupleArg(fn, a(17), args[17]) : [],
  }, null);
});

const REPLACE_KEYS = new Set([
  'co_argcount', 'co_posonlyargcount', 'co_kwonlyargcount', 'co_nlocals', 'co_stacksize', 'co_flags',
  'co_firstlineno', 'co_code', 'co_consts', 'co_names', 'co_varnames', 'co_freevars', 'co_cellvars',
  'co_filename', 'co_name', 'co_qualname', 'co_linetable', 'co_exceptiontable',
]);

/** code.replace(**changes): a new code object with the given co_* fields changed (keyword-only). */
function codeReplace(fname: string, self: PyValue, args: PyValue[], kwargs: Map<string, PyValue> | null): PyCode {
  if (args.length > 0) throw typeError(`${fname}() takes no positional arguments`);
  const old = self as PyCode;
  old.decode();
  const kw = kwargs ?? new Map<string, PyValue>();
  for (const k of kw.keys()) {
    if (!REPLACE_KEYS.has(k)) throw typeError(`${fname}() got an unexpected keyword argument '${k}'`);
  }
  const int = (k: string, dflt: number): number => {
    const v = kw.get(k);
    return v === undefined ? dflt : cInt(v);
  };
  const fn = `${fname}()`;
  const arg = (k: string): string => `argument '${k}'`;
  const opt = <T>(k: string, conv: (f: string, w: string, v: PyValue) => T): T | undefined => {
    const v = kw.get(k);
    return v === undefined ? undefined : conv(fn, arg(k), v);
  };
  const layoutChanged = kw.has('co_varnames') || kw.has('co_cellvars') || kw.has('co_freevars');
  return makeCode({
    argcount: int('co_argcount', old.argcount),
    posonlyargcount: int('co_posonlyargcount', old.posonlyargcount),
    kwonlyargcount: int('co_kwonlyargcount', old.kwonlyargcount),
    nlocals: int('co_nlocals', old.varnames.length),
    stacksize: int('co_stacksize', old.stacksize),
    flags: int('co_flags', old.flags),
    firstlineno: int('co_firstlineno', old.firstlineno),
    code: opt('co_code', bytesArg) ?? old.code,
    consts: opt('co_consts', tupleArg) ?? old.consts.slice(),
    names: opt('co_names', tupleArg) ?? old.names.slice(),
    varnames: layoutChanged ? opt('co_varnames', tupleArg) ?? old.varnames.slice() : null,
    freevars: layoutChanged ? opt('co_freevars', tupleArg) ?? old.freevars.slice() : null,
    cellvars: layoutChanged ? opt('co_cellvars', tupleArg) ?? old.cellvars.slice() : null,
    filename: opt('co_filename', strArg) ?? old.filename,
    name: opt('co_name', strArg) ?? old.name,
    qualname: opt('co_qualname', strArg) ?? old.qualname,
    linetable: opt('co_linetable', bytesArg) ?? old.linetable,
    exceptiontable: opt('co_exceptiontable', bytesArg) ?? old.exceptiontable,
  }, old);
}

defMethod(codeType, 'replace', (self, args, kwargs) => codeReplace('replace', self, args, kwargs));
defMethod(codeType, '__replace__', (self, args, kwargs) => codeReplace('__replace__', self, args, kwargs));

// ---- equality and hash: code objects compare by value ------------------------------------------------------

/** Same float for a code constant: equal values, but 0.0 and -0.0 differ; a NaN only equals itself. */
function sameDouble(a: number, b: number): boolean {
  return a === b && (a !== 0 || Object.is(a, b));
}

/**
 * Are two code constants the same constant (CPython compares _PyCode_ConstantKey's keys)? The same type
 * and an equal value, so 1, 1.0 and True differ; floats and complex numbers by their sign too; tuples,
 * frozensets and slices item by item; code objects by value; anything else by identity.
 */
function sameConstant(a: PyValue, b: PyValue): boolean {
  if (a === b) return true;
  if (typeOf(a) !== typeOf(b)) return false;
  if (a instanceof PyFloat) return sameDouble(a.value, (b as PyFloat).value);
  if (a instanceof PyComplex) return sameDouble(a.real, (b as PyComplex).real) && sameDouble(a.imag, (b as PyComplex).imag);
  if (a instanceof PyTuple) {
    const x = a.items;
    const y = (b as PyTuple).items;
    return x.length === y.length && x.every((v, i) => sameConstant(v, y[i]));
  }
  if (a instanceof PySet) {
    const y = [...(b as PySet).values()];
    const x = [...a.values()];
    return x.length === y.length && x.every((v) => y.some((w) => sameConstant(v, w)));
  }
  if (a instanceof PySlice) {
    const o = b as PySlice;
    return sameConstant(a.start, o.start) && sameConstant(a.stop, o.stop) && sameConstant(a.step, o.step);
  }
  if (a instanceof PyCode) return codeEquals(a, b as PyCode);
  if (typeof a === 'object') return false;
  return eq(a, b);
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function sameStrings(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}

/** code_richcompare's fields: not the file name, stack size or qualified name. */
function codeEquals(a: PyCode, b: PyCode): boolean {
  if (a === b) return true;
  return a.name === b.name && a.argcount === b.argcount && a.posonlyargcount === b.posonlyargcount &&
    a.kwonlyargcount === b.kwonlyargcount && a.flags === b.flags && a.firstlineno === b.firstlineno &&
    sameBytes(a.code, b.code) && a.consts.length === b.consts.length &&
    a.consts.every((v, i) => sameConstant(v, b.consts[i])) && sameStrings(a.names, b.names) &&
    sameStrings(a.localsplusnames, b.localsplusnames) && sameBytes(a.linetable, b.linetable) &&
    sameBytes(a.exceptiontable, b.exceptiontable);
}

// Only == and != are defined (code_richcompare); ordering gives the usual TypeError.
for (const name of ['__lt__', '__le__', '__gt__', '__ge__']) defMethod(codeType, name, () => NotImplemented);
defMethod(codeType, '__eq__', (self, args) => (args[0] instanceof PyCode ? codeEquals(self as PyCode, args[0]) : NotImplemented));
defMethod(codeType, '__ne__', (self, args) => (args[0] instanceof PyCode ? !codeEquals(self as PyCode, args[0]) : NotImplemented));

/** A hash consistent with __eq__ (the value itself is not CPython's, which no program may rely on). */
defMethod(codeType, '__hash__', (self) => {
  const c = self as PyCode;
  if (c.hashValue !== null) return c.hashValue;
  let h = 0x811c9dc5;
  const mix = (x: number): void => {
    h = Math.imul(h ^ (x & 0xffffffff), 0x01000193);
  };
  for (let i = 0; i < c.name.length; i++) mix(c.name.charCodeAt(i));
  mix(c.argcount);
  mix(c.posonlyargcount);
  mix(c.kwonlyargcount);
  mix(c.flags);
  mix(c.firstlineno);
  for (let i = 0; i < c.code.length; i++) mix(c.code[i]);
  mix(c.consts.length);
  mix(c.names.length);
  mix(c.localsplusnames.length);
  const r = h | 0;
  c.hashValue = r === -1 ? -2 : r;
  return c.hashValue;
});
