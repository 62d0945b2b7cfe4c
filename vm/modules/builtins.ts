// The builtins module: built-in functions and the names of the built-in types and exceptions.
//
// Each function follows CPython's bltinmodule.c behaviour and messages. Types (int, str, list, ...)
// are their type objects; their constructors are the types' __new__/__init__.

import { makeBreakpointBuiltin } from './breakpoint.js';
import { PyObject, PyValue, PyType, objectType, typeType, intType, boolType, strType, typeOf, typeName } from '../objects/object.js';
import { PyNativeFunction, bindArgs, argRange, noKwargs, noArgs } from '../objects/native.js';
import { PyDict } from '../objects/dict.js';
import { PyList, listType } from '../objects/list.js';
import { listSort } from '../objects/list_methods.js';
import { PyTuple, tupleType, tuple } from '../objects/tuple.js';
import { floatType, PyFloat } from '../objects/float.js';
import { complexType } from '../objects/complex.js';
import { dictType } from '../objects/dict.js';
import { setType, frozensetType } from '../objects/set.js';
import { bytesType, bytearrayType, PyBytes, PyByteArray } from '../objects/bytes.js';
import { PyComplex } from '../objects/complex.js';
import { memoryviewType } from '../objects/memoryview.js';
import { rangeType } from '../objects/range.js';
import { sliceType } from '../objects/slice.js';
import { propertyType, classmethodType, staticmethodType } from '../objects/descriptors.js';
import { superType } from '../objects/super.js';
import { None, NotImplemented, Ellipsis } from '../objects/singletons.js';
import { PyFunction } from '../objects/function.js';
import { PyModule } from '../objects/module.js';
import { PyCell } from '../objects/cell.js';
import { PyCode } from '../objects/code.js';
import { builtinExceptionTypes, PyBaseException, exceptionType } from '../objects/exceptions.js';
import {
  enumerateType, zipType, mapType, filterType, reversedType, CallableIterator,
} from '../objects/builtin_iterators.js';
import {
  repr, str, hash, len, truthy, getIter, iterNext, toArray, richCompare, Cmp, asIndex, objectId, contains, strValue,
  nextOrThrow,
} from '../runtime/protocols.js';
import { asciiEscape } from '../objects/str_core.js';
import { getAttr, getAttrOrUndefined, setAttr, delAttr, callSpecial } from '../runtime/attributes.js';
import { callObject, isCallable } from '../runtime/call.js';
import { binaryDispatch, ternaryPow } from '../runtime/operators.js';
import { formatValue } from '../opcodes/formatting.js';
import { typeError, valueError, overflowError, eofError, runtimeError } from '../runtime/raise.js';
import { unexpectedKeywordMessage } from '../runtime/keyword_suggestion.js';
import { typeNew, calculateMetaclass } from '../objects/type_methods.js';
import type { Interpreter } from '../runtime/interpreter.js';
import { Frame } from '../runtime/frame.js';
import { intToString } from '../numeric/int_math.js';
import { builtinCompile, builtinExec, builtinEval } from '../runtime/compile.js';
import { builtinImport, importModule } from '../runtime/import.js';
import { builtinAiter, builtinAnext } from '../opcodes/async.js';
import { PyTextIOWrapper, textIOWrapperType } from './io/textio.js';
import { unionMembers, installTypeUnionOperators } from '../objects/union_type.js';
import { isInstanceOfType } from '../runtime/instance_checks.js';

type Fn = (args: PyValue[], kwargs: Map<string, PyValue> | null) => PyValue;

/** Run f, dropping a Python exception it raises (CPython's PyErr_Clear after a best-effort call). */
function ignoreErrors(f: () => unknown): void {
  try {
    f();
  } catch (e) {
    if (!(e instanceof PyBaseException)) throw e;
  }
}

export function makeBuiltins(interp: Interpreter): PyModule {
  installTypeUnionOperators();
  const d = new PyDict();
  const mod = new PyModule('builtins', d);
  // The builtins CPython defines as METH_O, METH_NOARGS or positional-only METH_FASTCALL: their calling
  // convention refuses keyword arguments before the function runs ("hash() takes no keyword arguments").
  const positionalOnly = new Set([
    'input', 'repr', 'ascii', 'hash', 'id', 'callable', 'abs', 'isinstance', 'issubclass', 'getattr', 'setattr',
    'delattr', 'hasattr', 'iter', 'next', 'any', 'all', 'chr', 'ord', 'bin', 'oct', 'hex', 'divmod', 'format',
    'vars', 'dir', 'globals', 'locals',
  ]);
  // METH_O and METH_NOARGS builtins: the calling convention also checks the argument count.
  const oneArgument = new Set(['ascii', 'hash', 'id', 'callable', 'any', 'all', 'chr', 'bin', 'oct', 'hex', 'aiter']);
  const noArguments = new Set(['globals', 'locals']);
  const def = (name: string, fn: Fn): void => {
    let checked: Fn = fn;
    if (oneArgument.has(name)) {
      checked = (args, kw) => {
        noKwargs(name, kw);
        if (args.length !== 1) throw typeError(`${name}() takes exactly one argument (${args.length} given)`);
        return fn(args, kw);
      };
    } else if (noArguments.has(name)) {
      checked = (args, kw) => (noArgs(name, args, kw), fn(args, kw));
    } else if (positionalOnly.has(name)) {
      checked = (args, kw) => (noKwargs(name, kw), fn(args, kw));
    }
    d.setStr(name, new PyNativeFunction(name, checked, mod));
  };

  d.setStr('__name__', 'builtins');
  d.setStr('__doc__', None);
  d.setStr('None', None);
  d.setStr('True', true);
  d.setStr('False', false);
  d.setStr('NotImplemented', NotImplemented);
  d.setStr('Ellipsis', Ellipsis);
  d.setStr('__debug__', true);
  const types: [string, PyType][] = [
    ['object', objectType], ['type', typeType], ['int', intType], ['bool', boolType], ['str', strType],
    ['float', floatType], ['complex', complexType], ['list', listType], ['tuple', tupleType], ['dict', dictType],
    ['set', setType], ['frozenset', frozensetType], ['bytes', bytesType], ['bytearray', bytearrayType], ['memoryview', memoryviewType],
    ['range', rangeType], ['slice', sliceType], ['property', propertyType], ['classmethod', classmethodType],
    ['staticmethod', staticmethodType], ['super', superType], ['enumerate', enumerateType], ['zip', zipType],
    ['map', mapType], ['filter', filterType], ['reversed', reversedType],
  ];
  for (const [n, t] of types) d.setStr(n, t);
  for (const [n, t] of builtinExceptionTypes()) d.setStr(n, t);
  d.setStr('EnvironmentError', exceptionType('OSError'));
  d.setStr('IOError', exceptionType('OSError'));

  const PRINT_KEYWORDS = ['sep', 'end', 'file', 'flush'];
  def('print', (args, kwargs) => {
    let sep: PyValue | undefined;
    let end: PyValue | undefined;
    let file: PyValue | undefined;
    let flush: PyValue | undefined;
    if (kwargs !== null) {
      for (const [k, v] of kwargs) {
        if (k === 'sep') sep = v;
        else if (k === 'end') end = v;
        else if (k === 'file') file = v;
        else if (k === 'flush') flush = v;
        else throw typeError(unexpectedKeywordMessage('print()', k, PRINT_KEYWORDS));
      }
    }
    const target: PyValue | undefined = file === undefined || file === None ? interp.sys.getStr('stdout') : file;
    if (target === undefined) throw runtimeError('lost sys.stdout');
    if (target === None) return None;
    if (sep !== undefined && sep !== None && typeof sep !== 'string') throw typeError(`sep must be None or a string, not ${typeName(sep)}`);
    if (end !== undefined && end !== None && typeof end !== 'string') throw typeError(`end must be None or a string, not ${typeName(end)}`);
    const s = typeof sep === 'string' ? sep : ' ';
    const e = typeof end === 'string' ? end : '\n';
    // Like CPython, one write() per argument, separator and end, each str() taken just before its write.
    if (target instanceof PyTextIOWrapper && target.cls === textIOWrapperType && (target.dict === null || target.dict.getStr('write') === undefined)) {
      // The usual file, a plain TextIOWrapper: its write() called directly, no bound method per piece.
      for (let i = 0; i < args.length; i++) {
        if (i > 0) target.write(s);
        const a = args[i];
        target.write(typeof a === 'string' ? a : str(a));
      }
      target.write(e);
    } else {
      for (let i = 0; i < args.length; i++) {
        if (i > 0) callObject(getAttr(target, 'write'), [s]);
        const a = args[i];
        callObject(getAttr(target, 'write'), [typeof a === 'string' ? a : str(a)]);
      }
      callObject(getAttr(target, 'write'), [e]);
    }
    if (flush !== undefined && truthy(flush)) callObject(getAttr(target, 'flush'), []);
    return None;
  });
  def('input', (args, kw) => {
    noKwargs('input', kw);
    argRange('input', args, null, 0, 1);
    const fin = interp.sys.getStr('stdin');
    if (fin === undefined || fin === None) throw runtimeError('input(): lost sys.stdin');
    const fout = interp.sys.getStr('stdout');
    if (fout === undefined || fout === None) throw runtimeError('input(): lost sys.stdout');
    const ferr = interp.sys.getStr('stderr');
    if (ferr === undefined || ferr === None) throw runtimeError('input(): lost sys.stderr');
    // stderr first, then the prompt on stdout, flushed (errors of both flushes ignored, as in CPython).
    ignoreErrors(() => callObject(getAttr(ferr, 'flush'), []));
    if (args.length > 0) callObject(getAttr(fout, 'write'), [typeof args[0] === 'string' ? args[0] : str(args[0])]);
    ignoreErrors(() => callObject(getAttr(fout, 'flush'), []));
    const line = callObject(getAttr(fin, 'readline'), []);
    const text = typeof line === 'string' ? line : line instanceof PyObject && line.cls.isSubtypeOf(strType) ? strValue(line) : null;
    if (text === null) throw typeError('object.readline() returned non-string');
    if (text === '') throw eofError('EOF when reading a line');
    return text.endsWith('\n') ? text.slice(0, -1) : text;
  });
  def('len', (args, kw) => {
    noKwargs('len', kw);
    if (args.length !== 1) throw typeError(`len() takes exactly one argument (${args.length} given)`);
    return len(args[0]);
  });
  def('repr', (args) => {
    if (args.length !== 1) throw typeError(`repr() takes exactly one argument (${args.length} given)`);
    return repr(args[0]);
  });
  def('ascii', (args) => asciiEscape(repr(args[0])));
  def('hash', (args) => hash(args[0]));
  def('id', (args) => objectId(args[0]));
  def('callable', (args) => isCallable(args[0]));
  def('abs', (args) => {
    if (args.length !== 1) throw typeError(`abs() takes exactly one argument (${args.length} given)`);
    const r = callSpecial(args[0], '__abs__', []);
    if (r === undefined) throw typeError(`bad operand type for abs(): '${typeName(args[0])}'`);
    return r;
  });
  def('isinstance', (args) => {
    if (args.length !== 2) throw typeError(`isinstance expected 2 arguments, got ${args.length}`);
    return isInstanceCheck(args[0], args[1]);
  });
  def('issubclass', (args) => {
    if (args.length !== 2) throw typeError(`issubclass expected 2 arguments, got ${args.length}`);
    return isSubclassCheck(args[0], args[1]);
  });
  def('getattr', (args) => {
    argRange('getattr', args, null, 2, 3);
    const name = args[1];
    if (typeof name !== 'string') throw typeError(`attribute name must be string, not '${typeName(name)}'`);
    if (args.length === 3) {
      const v = getAttrOrUndefined(args[0], name);
      return v === undefined ? args[2] : v;
    }
    return getAttr(args[0], name);
  });
  def('setattr', (args) => {
    argRange('setattr', args, null, 3, 3);
    if (typeof args[1] !== 'string') throw typeError(`attribute name must be string, not '${typeName(args[1])}'`);
    setAttr(args[0], args[1], args[2]);
    return None;
  });
  def('delattr', (args) => {
    argRange('delattr', args, null, 2, 2);
    if (typeof args[1] !== 'string') throw typeError(`attribute name must be string, not '${typeName(args[1])}'`);
    delAttr(args[0], args[1]);
    return None;
  });
  def('hasattr', (args) => {
    argRange('hasattr', args, null, 2, 2);
    if (typeof args[1] !== 'string') throw typeError(`attribute name must be string, not '${typeName(args[1])}'`);
    return getAttrOrUndefined(args[0], args[1]) !== undefined;
  });
  def('aiter', (args, kw) => (noKwargs('aiter', kw), builtinAiter(args)));
  def('anext', (args, kw) => (noKwargs('anext', kw), builtinAnext(args)));
  def('iter', (args) => {
    argRange('iter', args, null, 1, 2);
    if (args.length === 2) {
      if (!isCallable(args[0])) throw typeError('iter(v, w): v must be callable');
      return new CallableIterator(args[0], args[1]);
    }
    return getIter(args[0]);
  });
  def('next', (args) => {
    argRange('next', args, null, 1, 2);
    const it = args[0];
    if (typeof it !== 'object' || it.cls.lookup('__next__') === undefined) {
      throw typeError(`'${typeName(it)}' object is not an iterator`);
    }
    // One argument: StopIteration carries a generator's return value, as CPython's next() does.
    if (args.length === 1) return nextOrThrow(it);
    const v = iterNext(it);
    return v !== undefined ? v : args[1];
  });
  def('sum', (args, kwargs) => {
    // sum(iterable, /, start=0)
    if (args.length === 0) throw typeError('sum() takes at least 1 positional argument (0 given)');
    const [iterable, start] = bindArgs('sum', ['iterable', 'start'], args, kwargs, 1, 1);
    return builtinSum(iterable!, start ?? 0);
  });
  const minmax = (name: 'min' | 'max', op: Cmp): Fn => (args, kwargs) => {
    let key: PyValue = None;
    let dflt: PyValue | undefined;
    if (args.length === 0) throw typeError(`${name} expected at least 1 argument, got 0`);
    if (kwargs) {
      for (const [k, v] of kwargs) {
        if (k === 'key') key = v;
        else if (k === 'default') dflt = v;
        else throw typeError(`${name}() got an unexpected keyword argument '${k}'`);
      }
    }
    if (args.length === 0) throw typeError(`${name} expected at least 1 argument, got 0`);
    let items: PyValue[];
    if (args.length === 1) items = toArray(args[0]);
    else {
      if (dflt !== undefined) throw typeError(`Cannot specify a default for ${name}() with multiple positional arguments`);
      items = args;
    }
    if (items.length === 0) {
      if (dflt !== undefined) return dflt;
      throw valueError(`${name}() iterable argument is empty`);
    }
    let best = items[0];
    let bestKey = key === None ? best : callObject(key, [best]);
    for (let i = 1; i < items.length; i++) {
      const v = items[i];
      const k = key === None ? v : callObject(key, [v]);
      if (truthy(richCompare(k, bestKey, op))) {
        best = v;
        bestKey = k;
      }
    }
    return best;
  };
  def('min', minmax('min', Cmp.LT));
  def('max', minmax('max', Cmp.GT));
  def('sorted', (args, kwargs) => {
    if (args.length !== 1) throw typeError(`sorted expected 1 argument, got ${args.length}`);
    const l = new PyList(toArray(args[0]));
    callObject(getAttr(l, 'sort'), [], kwargs);
    return l;
  });
  def('any', (args) => {
    const it = getIter(args[0]);
    for (;;) {
      const v = iterNext(it);
      if (v === undefined) return false;
      if (truthy(v)) return true;
    }
  });
  def('all', (args) => {
    const it = getIter(args[0]);
    for (;;) {
      const v = iterNext(it);
      if (v === undefined) return true;
      if (!truthy(v)) return false;
    }
  });
  def('chr', (args) => {
    const i = asIndex(args[0]);
    if (typeof i === 'bigint' || i < 0 || i > 0x10ffff) {
      if (typeof i === 'bigint') throw overflowError('Python int too large to convert to C int');
      throw valueError('chr() arg not in range(0x110000)');
    }
    return String.fromCodePoint(i);
  });
  def('ord', (args, kw) => {
    noKwargs('ord', kw);
    if (args.length !== 1) throw typeError(`ord() takes exactly one argument (${args.length} given)`);
    const c = args[0];
    const text = typeof c === 'string' ? c : c instanceof PyObject && c.cls.isSubtypeOf(strType) ? strValue(c) : null;
    if (text !== null) {
      const cp = text.codePointAt(0);
      // One character is one code point: one UTF-16 unit, or two for an astral character.
      if (cp === undefined || text.length !== (cp > 0xffff ? 2 : 1)) {
        throw typeError(`ord() expected a character, but string of length ${[...text].length} found`);
      }
      return cp;
    }
    const data = c instanceof PyBytes ? c.data : c instanceof PyByteArray ? c.view() : null;
    if (data !== null) {
      if (data.length !== 1) throw typeError(`ord() expected a character, but string of length ${data.length} found`);
      return data[0];
    }
    throw typeError(`ord() expected string of length 1, but ${typeName(c)} found`);
  });
  const radix = (name: string, base: 2 | 8 | 16, prefix: string): Fn => (args) => {
    const v = asIndex(args[0]);
    const neg = typeof v === 'number' ? v < 0 : v < 0n;
    const mag = typeof v === 'number' ? Math.abs(v) : neg ? -v : v;
    return (neg ? '-' : '') + prefix + intToString(mag, base);
  };
  def('bin', radix('bin', 2, '0b'));
  def('oct', radix('oct', 8, '0o'));
  def('hex', radix('hex', 16, '0x'));
  def('divmod', (args) => {
    argRange('divmod', args, null, 2, 2);
    return binaryDispatchNamed(args[0], args[1], '__divmod__', '__rdivmod__', 'divmod()');
  });
  def('pow', (args, kwargs) => {
    const [base, exp, mod] = bindArgs('pow', ['base', 'exp', 'mod'], args, kwargs, 2);
    if (mod === undefined || mod === None) return binaryDispatch(8, base!, exp!, '**');
    return ternaryPow(base!, exp!, mod);
  });
  def('round', (args, kwargs) => {
    const [number, ndigits] = bindArgs('round', ['number', 'ndigits'], args, kwargs, 1);
    const r: PyValue | undefined = ndigits === undefined || ndigits === None
      ? callSpecial(number!, '__round__', [])
      : callSpecial(number!, '__round__', [ndigits]);
    if (r === undefined) throw typeError(`type ${typeName(number!)} doesn't define __round__ method`);
    return r;
  });
  def('format', (args) => {
    argRange('format', args, null, 1, 2);
    const spec = args.length > 1 ? args[1] : '';
    if (typeof spec !== 'string') throw typeError(`format() argument 2 must be str, not ${typeName(spec)}`);
    return formatValue(args[0], spec);
  });
  def('vars', (args) => {
    if (args.length > 1) throw typeError(`vars expected at most 1 argument, got ${args.length}`);
    if (args.length === 0) return localsOf(interp);
    const v = getAttrOrUndefined(args[0], '__dict__');
    if (v === undefined) throw typeError('vars() argument must have __dict__ attribute');
    return v;
  });
  def('dir', (args, kwargs) => {
    // sorted(obj.__dir__()) or sorted(locals()): Python's comparison (code points, TypeError on mixes).
    noKwargs('dir', kwargs);
    if (args.length > 1) throw typeError(`dir expected at most 1 argument, got ${args.length}`);
    let names: PyValue[];
    if (args.length === 0) names = toArray(localsOf(interp));
    else {
      const r = callSpecial(args[0], '__dir__', []);
      if (r === undefined) throw typeError('object does not provide __dir__');
      names = toArray(r);
    }
    const out = new PyList(names);
    listSort(out, None, false);
    return out;
  });
  def('globals', () => interp.frame?.globals ?? None);
  def('locals', () => localsOf(interp));
  def('__build_class__', (args, kwargs) => buildClass(interp, args, kwargs));
  def('__import__', (args, kwargs) => builtinImport(interp, args, kwargs));
  def('compile', (args, kwargs) => builtinCompile(interp, args, kwargs));
  def('exec', (args, kwargs) => builtinExec(interp, args, kwargs));
  def('eval', (args, kwargs) => builtinEval(interp, args, kwargs));
  // open is io.open, the very function object of this interpreter's _io module (registered by
  // vm/modules/io/module.ts, which vm/modules/all.ts loads).
  d.setStr('open', (importModule(interp, '_io') as PyModule).dict.getStr('open')!);
  d.setStr('breakpoint', makeBreakpointBuiltin(interp, mod));
  return mod;
}

// ---- sum() ---------------------------------------------------------------------------------------------

const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;

/** The double a C long gives (PyLong_AsLongAndOverflow then a cast), or null past the C long range. */
function longAsDouble(v: PyValue): number | null {
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'bigint') return v >= INT64_MIN && v <= INT64_MAX ? Number(v) : null;
  return null;
}

/**
 * A Neumaier compensated sum (CPython's CompensatedSum): `hi` is the running sum and `lo` the rounding
 * error it has lost, added back at the end. Two plain numbers so that the loop does not allocate.
 */
let csHi = 0;
let csLo = 0;
function csAdd(x: number): void {
  const t = csHi + x;
  if (Math.abs(csHi) >= Math.abs(x)) csLo += csHi - t + x;
  else csLo += x - t + csHi;
  csHi = t;
}
function csResult(hi: number, lo: number): number {
  // The compensation is left out when it is not finite, so an overflowed sum stays inf, not nan.
  return lo !== 0 && Number.isFinite(lo) ? hi + lo : hi;
}

/**
 * sum(iterable, start), as CPython's builtin_sum_impl: exact int, float and complex starts take fast
 * paths (floats and complexes with compensated summation, which is why sum([0.1] * 10) == 1.0); any
 * other value is added with the + operator from then on.
 */
export function builtinSum(iterable: PyValue, start: PyValue): PyValue {
  if (typeof start === 'string' || (start instanceof PyObject && start.cls.isSubtypeOf(strType))) {
    throw typeError("sum() can't sum strings [use ''.join(seq) instead]");
  }
  if (start instanceof PyBytes) throw typeError("sum() can't sum bytes [use b''.join(seq) instead]");
  if (start instanceof PyByteArray) throw typeError("sum() can't sum bytearray [use b''.join(seq) instead]");
  const it = getIter(iterable);
  let acc: PyValue = start;
  let item: PyValue | undefined;
  // Exact ints: add while the total stays a safe integer (beyond it, int + int is exact anyway).
  if (typeof acc === 'number' || typeof acc === 'bigint') {
    for (;;) {
      item = iterNext(it);
      if (item === undefined) return acc;
      if (typeof acc === 'number' && (typeof item === 'number' || typeof item === 'boolean')) {
        const r: number = acc + (item as number);
        if (Number.isSafeInteger(r)) {
          acc = r;
          continue;
        }
      }
      acc = binaryDispatch(0, acc, item, '+');
      if (typeof acc !== 'number' && typeof acc !== 'bigint') break;
    }
  }
  if (acc instanceof PyFloat && acc.cls === floatType) {
    csHi = acc.value;
    csLo = 0;
    for (;;) {
      item = iterNext(it);
      if (item === undefined) return new PyFloat(csResult(csHi, csLo));
      if (item instanceof PyFloat && item.cls === floatType) {
        csAdd(item.value);
        continue;
      }
      const x = longAsDouble(item);
      if (x !== null) {
        csAdd(x);
        continue;
      }
      // Python code may run from here on (and sum again): leave the shared accumulator.
      acc = binaryDispatch(0, new PyFloat(csResult(csHi, csLo)), item, '+');
      break;
    }
  } else if (acc instanceof PyComplex && acc.cls === complexType) {
    let reHi = acc.real;
    let reLo = 0;
    let imHi = acc.imag;
    let imLo = 0;
    for (;;) {
      item = iterNext(it);
      if (item === undefined) return new PyComplex(csResult(reHi, reLo), csResult(imHi, imLo));
      if (item instanceof PyComplex && item.cls === complexType) {
        csHi = reHi;
        csLo = reLo;
        csAdd(item.real);
        reHi = csHi;
        reLo = csLo;
        csHi = imHi;
        csLo = imLo;
        csAdd(item.imag);
        imHi = csHi;
        imLo = csLo;
        continue;
      }
      const x = item instanceof PyFloat ? item.value : longAsDouble(item);
      if (x !== null) {
        csHi = reHi;
        csLo = reLo;
        csAdd(x);
        reHi = csHi;
        reLo = csLo;
        continue;
      }
      acc = binaryDispatch(0, new PyComplex(csResult(reHi, reLo), csResult(imHi, imLo)), item, '+');
      break;
    }
  } else if (item === undefined) {
    // The start was neither int, float nor complex: everything goes through +.
    for (;;) {
      item = iterNext(it);
      if (item === undefined) return acc;
      acc = binaryDispatch(0, acc, item, '+');
    }
  }
  // A value that left the fast paths: the rest is added generically.
  for (;;) {
    item = iterNext(it);
    if (item === undefined) return acc;
    acc = binaryDispatch(0, acc, item, '+');
  }
}

function binaryDispatchNamed(a: PyValue, b: PyValue, name: string, rname: string, what: string): PyValue {
  const r = callSpecial(a, name, [b]);
  if (r !== undefined && r !== NotImplemented) return r;
  if (typeOf(a) !== typeOf(b)) {
    const r2 = callSpecial(b, rname, [a]);
    if (r2 !== undefined && r2 !== NotImplemented) return r2;
  }
  throw typeError(`unsupported operand type(s) for ${what}: '${typeName(a)}' and '${typeName(b)}'`);
}

function localsOf(interp: Interpreter): PyValue {
  const f = interp.frame;
  if (f === null) return None;
  if (f.locals !== null) return f.locals;
  return getAttr(f, 'f_locals');
}

export function isInstanceCheck(obj: PyValue, cls: PyValue): boolean {
  if (cls instanceof PyType) return isInstanceOfType(obj, cls);
  if (cls instanceof PyTuple) return cls.items.some((c) => isInstanceCheck(obj, c));
  const members = unionMembers(cls);
  if (members !== null) return members.some((c) => isInstanceCheck(obj, c));
  const check = typeof cls === 'object' ? cls.cls.lookup('__instancecheck__') : undefined;
  if (check !== undefined) return truthy(callObject(check, [cls, obj]));
  throw typeError('isinstance() arg 2 must be a type, a tuple of types, or a union');
}

export function isSubclassCheck(sub: PyValue, cls: PyValue): boolean {
  if (cls instanceof PyTuple) return cls.items.some((c) => isSubclassCheck(sub, c));
  const members = unionMembers(cls);
  if (members !== null) return members.some((c) => isSubclassCheck(sub, c));
  if (cls instanceof PyType) {
    const meta = cls.cls;
    if (meta !== typeType && meta.isHeap) {
      const check = meta.lookup('__subclasscheck__');
      if (check !== undefined && check !== typeType.attrs.get('__subclasscheck__')) {
        return truthy(callObject(check, [cls, sub]));
      }
    }
    if (!(sub instanceof PyType)) throw typeError('issubclass() arg 1 must be a class');
    return sub.isSubtypeOf(cls);
  }
  const check = typeof cls === 'object' ? cls.cls.lookup('__subclasscheck__') : undefined;
  if (check !== undefined) return truthy(callObject(check, [cls, sub]));
  throw typeError('issubclass() arg 2 must be a class, a tuple of classes, or a union');
}

/** __build_class__(func, name, *bases, metaclass=..., **kwds). */
function buildClass(interp: Interpreter, args: PyValue[], kwargs: Map<string, PyValue> | null): PyValue {
  if (args.length < 2) throw typeError('__build_class__: not enough arguments');
  const [func, name, ...origBases] = args;
  if (!(func instanceof PyFunction)) throw typeError('__build_class__: func must be a function');
  if (typeof name !== 'string') throw typeError('__build_class__: name is not a string');
  // PEP 560: __mro_entries__ on non-type bases.
  const bases: PyValue[] = [];
  let changed = false;
  for (const b of origBases) {
    if (!(b instanceof PyType)) {
      const me = getAttrOrUndefined(b, '__mro_entries__');
      if (me !== undefined) {
        const r = callObject(me, [tuple(origBases)]);
        if (!(r instanceof PyTuple)) throw typeError('__mro_entries__ must return a tuple');
        bases.push(...r.items);
        changed = true;
        continue;
      }
    }
    bases.push(b);
  }
  const kw = new Map(kwargs ?? []);
  let meta: PyValue | undefined = kw.get('metaclass');
  kw.delete('metaclass');
  const isClass = meta === undefined || meta instanceof PyType;
  if (meta === undefined) meta = bases.length > 0 ? typeOf(bases[0]) : typeType;
  if (isClass && meta instanceof PyType) {
    meta = calculateMetaclass(meta, bases.filter((b) => b instanceof PyType) as PyType[]);
  }
  const prepare = getAttrOrUndefined(meta, '__prepare__');
  const ns = prepare === undefined ? new PyDict() : callObject(prepare, [name, tuple(bases)], kw.size ? kw : null);
  if (!(ns instanceof PyDict)) {
    throw typeError(`${isClass ? (meta as PyType).name : 'metaclass'}.__prepare__() must return a mapping, not ${typeName(ns)}`);
  }
  const frame = new Frame(func.code, func.globals, func.builtins, ns, func);
  const cell = interp.runNested(frame);
  if (changed) ns.set('__orig_bases__', tuple(origBases));
  const cls = callObject(meta, [name, tuple(bases), ns], kw.size ? kw : null);
  if (cell instanceof PyCell && cls instanceof PyType && cell.value !== cls) {
    if (cell.value === undefined) cell.value = cls;
  }
  return cls;
}

export { typeNew, contains, PyCode };
