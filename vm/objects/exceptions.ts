// Exception objects: BaseException and the whole built-in exception hierarchy of CPython 3.14, with
// the methods and attributes of BaseException and of the subclasses that add their own (OSError,
// SyntaxError, StopIteration, SystemExit, KeyError, ImportError, NameError, AttributeError, groups).
//
// A Python exception is thrown as the PyBaseException itself (no JS Error wrapper, so no JS stack
// capture on the hot path). This file does not print tracebacks (runtime/traceback.ts does).

import { PyObject, PyType, PyValue, objectType, typeType, tpName, typeOf } from './object.js';

export class PyBaseException extends PyObject {
  args: PyValue[];
  traceback: import('./traceback.js').PyTraceback | null = null;
  cause: PyBaseException | null = null;
  context: PyBaseException | null = null;
  suppressContext = false;
  /**
   * The member fields of the subclasses that have them (OSError.errno, SyntaxError.lineno,
   * StopIteration.value...): exposed by getset descriptors, so they stay out of __dict__ as in CPython.
   */
  fields: Map<string, PyValue> | null = null;
  /** BaseExceptionGroup's `message` and `exceptions` (null for other exceptions). */
  egMessage: PyValue | null = null;
  egExceptions: PyBaseException[] | null = null;

  constructor(cls: PyType, args: PyValue[]) {
    super(cls);
    this.args = args;
  }
}

const byName = new Map<string, PyType>();

function makeExceptionType(name: string, base: PyType | null, extraBases: PyType[] = []): PyType {
  const t = new PyType(typeType, name, base === null ? [objectType] : [base, ...extraBases]);
  if (base === null) t.allocate = (cls) => new PyBaseException(cls, []);
  t.hasInstanceDict = true;
  byName.set(name, t);
  return t;
}

export const BaseException = makeExceptionType('BaseException', null);
export const BaseExceptionGroup = makeExceptionType('BaseExceptionGroup', BaseException);
export const GeneratorExit = makeExceptionType('GeneratorExit', BaseException);
export const KeyboardInterrupt = makeExceptionType('KeyboardInterrupt', BaseException);
export const SystemExit = makeExceptionType('SystemExit', BaseException);
export const Exception = makeExceptionType('Exception', BaseException);
export const ArithmeticError = makeExceptionType('ArithmeticError', Exception);
export const FloatingPointError = makeExceptionType('FloatingPointError', ArithmeticError);
export const OverflowError = makeExceptionType('OverflowError', ArithmeticError);
export const ZeroDivisionError = makeExceptionType('ZeroDivisionError', ArithmeticError);
export const AssertionError = makeExceptionType('AssertionError', Exception);
export const AttributeError = makeExceptionType('AttributeError', Exception);
export const BufferError = makeExceptionType('BufferError', Exception);
export const EOFError = makeExceptionType('EOFError', Exception);
export const ExceptionGroup = makeExceptionType('ExceptionGroup', BaseExceptionGroup, [Exception]);
export const ImportError = makeExceptionType('ImportError', Exception);
export const ModuleNotFoundError = makeExceptionType('ModuleNotFoundError', ImportError);
export const LookupError = makeExceptionType('LookupError', Exception);
export const IndexError = makeExceptionType('IndexError', LookupError);
export const KeyError = makeExceptionType('KeyError', LookupError);
export const MemoryError = makeExceptionType('MemoryError', Exception);
export const NameError = makeExceptionType('NameError', Exception);
export const UnboundLocalError = makeExceptionType('UnboundLocalError', NameError);
export const OSError = makeExceptionType('OSError', Exception);
export const BlockingIOError = makeExceptionType('BlockingIOError', OSError);
export const ChildProcessError = makeExceptionType('ChildProcessError', OSError);
export const ConnectionError = makeExceptionType('ConnectionError', OSError);
export const BrokenPipeError = makeExceptionType('BrokenPipeError', ConnectionError);
export const ConnectionAbortedError = makeExceptionType('ConnectionAbortedError', ConnectionError);
export const ConnectionRefusedError = makeExceptionType('ConnectionRefusedError', ConnectionError);
export const ConnectionResetError = makeExceptionType('ConnectionResetError', ConnectionError);
export const FileExistsError = makeExceptionType('FileExistsError', OSError);
export const FileNotFoundError = makeExceptionType('FileNotFoundError', OSError);
export const InterruptedError = makeExceptionType('InterruptedError', OSError);
export const IsADirectoryError = makeExceptionType('IsADirectoryError', OSError);
export const NotADirectoryError = makeExceptionType('NotADirectoryError', OSError);
export const PermissionError = makeExceptionType('PermissionError', OSError);
export const ProcessLookupError = makeExceptionType('ProcessLookupError', OSError);
export const TimeoutError = makeExceptionType('TimeoutError', OSError);
export const ReferenceError = makeExceptionType('ReferenceError', Exception);
export const RuntimeError = makeExceptionType('RuntimeError', Exception);
export const NotImplementedError = makeExceptionType('NotImplementedError', RuntimeError);
export const PythonFinalizationError = makeExceptionType('PythonFinalizationError', RuntimeError);
export const RecursionError = makeExceptionType('RecursionError', RuntimeError);
export const StopAsyncIteration = makeExceptionType('StopAsyncIteration', Exception);
export const StopIteration = makeExceptionType('StopIteration', Exception);
export const SyntaxError = makeExceptionType('SyntaxError', Exception);
export const IndentationError = makeExceptionType('IndentationError', SyntaxError);
export const TabError = makeExceptionType('TabError', IndentationError);
// What compile() raises for incomplete input under PyCF_ALLOW_INCOMPLETE_INPUT (codeop relies on it).
export const IncompleteInputError = makeExceptionType('_IncompleteInputError', SyntaxError);
export const SystemError = makeExceptionType('SystemError', Exception);
export const TypeError = makeExceptionType('TypeError', Exception);
export const ValueError = makeExceptionType('ValueError', Exception);
export const UnicodeError = makeExceptionType('UnicodeError', ValueError);
export const UnicodeDecodeError = makeExceptionType('UnicodeDecodeError', UnicodeError);
export const UnicodeEncodeError = makeExceptionType('UnicodeEncodeError', UnicodeError);
export const UnicodeTranslateError = makeExceptionType('UnicodeTranslateError', UnicodeError);
export const Warning = makeExceptionType('Warning', Exception);
for (const w of [
  'BytesWarning', 'DeprecationWarning', 'EncodingWarning', 'FutureWarning', 'ImportWarning',
  'PendingDeprecationWarning', 'ResourceWarning', 'RuntimeWarning', 'SyntaxWarning', 'UnicodeWarning',
  'UserWarning',
]) {
  makeExceptionType(w, Warning);
}

/** Every built-in exception type by name, for the builtins module. */
export function builtinExceptionTypes(): ReadonlyMap<string, PyType> {
  return byName;
}

export function exceptionType(name: string): PyType {
  const t = byName.get(name);
  if (t === undefined) throw new Error(`unknown exception type ${name}`);
  return t;
}

/** A new exception of a built-in type by name with one message argument. */
export function newException(name: string, msg: string): PyBaseException {
  return new PyBaseException(exceptionType(name), [msg]);
}

export function isPyException(v: unknown): v is PyBaseException {
  return v instanceof PyBaseException;
}

export function exceptionTypeName(e: PyBaseException): string {
  return e.cls.name;
}

/** The message as str(e) shows it (for one string argument, the argument). */
export function exceptionMessage(e: PyBaseException): string {
  return exceptionStr(e);
}

// ---- member fields (CPython's member descriptors of the exception structs) -------------------------

import { None } from './singletons.js';
import { PyTuple, tupleType } from './tuple.js';
import { PyList } from './list.js';
import { repr, str, truthy, toArray } from '../runtime/protocols.js';
import { typeError } from '../runtime/raise.js';
import { callObject, isCallable } from '../runtime/call.js';
import { getAttr, getAttrOrUndefined, setAttr } from '../runtime/attributes.js';

export function excGetAttr(e: PyBaseException, name: string): PyValue {
  const v = e.fields?.get(name);
  return v === undefined ? None : v;
}

export function excSetAttr(e: PyBaseException, name: string, v: PyValue): void {
  if (e.fields === null) e.fields = new Map();
  e.fields.set(name, v);
}

/** str(exc) as BaseException.__str__ and the subclasses that override it compute it. */
export function exceptionStr(e: PyBaseException): string {
  const t = e.cls;
  if (t.isSubtypeOf(KeyError) && e.args.length === 1) return repr(e.args[0]);
  if (t.isSubtypeOf(OSError)) {
    const errno = excGetAttr(e, 'errno');
    const strerror = excGetAttr(e, 'strerror');
    const filename = excGetAttr(e, 'filename');
    const filename2 = excGetAttr(e, 'filename2');
    if (filename !== None && filename2 !== None && errno !== None) {
      return `[Errno ${str(errno)}] ${str(strerror)}: ${repr(filename)} -> ${repr(filename2)}`;
    }
    if (filename !== None && errno !== None) {
      return `[Errno ${str(errno)}] ${str(strerror)}: ${repr(filename)}`;
    }
    if (errno !== None && strerror !== None) return `[Errno ${str(errno)}] ${str(strerror)}`;
  }
  if (t.isSubtypeOf(UnicodeError)) {
    const s = unicodeErrorStr(e);
    if (s !== null) return s;
  }
  if (t.isSubtypeOf(SyntaxError)) {
    // msg as __init__ set it (or as assigned: deleting it leaves None); one made without __init__ by
    // the VM has no field yet and shows its first argument.
    const msg = e.fields?.get('msg');
    const filename = excGetAttr(e, 'filename');
    const lineno = excGetAttr(e, 'lineno');
    let base = msg === undefined ? (e.args.length > 0 ? str(e.args[0]) : 'None') : str(msg);
    const fname = typeof filename === 'string' ? filename.slice(filename.lastIndexOf('/') + 1) : null;
    if (fname !== null && typeof lineno === 'number') base += ` (${fname}, line ${lineno})`;
    else if (fname !== null) base += ` (${fname})`;
    else if (typeof lineno === 'number') base += ` (line ${lineno})`;
    return base;
  }
  if (e.egExceptions !== null) {
    const n = e.egExceptions.length;
    return `${str(e.egMessage ?? '')} (${n} sub-exception${n === 1 ? '' : 's'})`;
  }
  switch (e.args.length) {
    case 0:
      return '';
    case 1:
      return str(e.args[0]);
    default:
      return str(new PyTuple(e.args));
  }
}

export function exceptionRepr(e: PyBaseException): string {
  const name = e.cls.name;
  if (e.args.length === 1) return `${name}(${repr(e.args[0])})`;
  return `${name}${repr(new PyTuple(e.args))}`;
}

/** The attributes that BaseException.__init__ derives from args for a few subclasses. */
export function initExceptionFields(e: PyBaseException, kwargs: Map<string, PyValue> | null): void {
  const t = e.cls;
  const a = e.args;
  if (t.isSubtypeOf(StopIteration)) {
    excSetAttr(e, 'value', a.length > 0 ? a[0] : None);
  } else if (t.isSubtypeOf(SystemExit)) {
    excSetAttr(e, 'code', a.length === 0 ? None : a.length === 1 ? a[0] : new PyTuple(a));
  } else if (t.isSubtypeOf(OSError)) {
    if (a.length >= 2 && a.length <= 5) {
      excSetAttr(e, 'errno', a[0]);
      excSetAttr(e, 'strerror', a[1]);
      if (a.length >= 3 && t === BlockingIOError && (typeof a[2] === 'number' || typeof a[2] === 'bigint')) {
        // BlockingIOError(errno, strerror, characters_written): the third argument is a count.
        excSetAttr(e, 'characters_written', a[2]);
        excSetAttr(e, 'filename', None);
        excSetAttr(e, 'filename2', None);
      } else {
        excSetAttr(e, 'filename', a.length >= 3 ? a[2] : None);
        // a[3] is winerror, meaningful on Windows only.
        excSetAttr(e, 'filename2', a.length >= 5 ? a[4] : None);
        if (a.length >= 3 && a[2] !== None) e.args = [a[0], a[1]];
      }
    } else {
      excSetAttr(e, 'errno', None);
      excSetAttr(e, 'strerror', None);
      excSetAttr(e, 'filename', None);
      excSetAttr(e, 'filename2', None);
    }
  } else if (t.isSubtypeOf(UnicodeDecodeError) || t.isSubtypeOf(UnicodeEncodeError)) {
    if (a.length === 5) {
      const fields = ['encoding', 'object', 'start', 'end', 'reason'];
      for (let i = 0; i < 5; i++) excSetAttr(e, fields[i], a[i]);
    }
  } else if (t.isSubtypeOf(UnicodeTranslateError)) {
    if (a.length === 4) {
      const fields = ['object', 'start', 'end', 'reason'];
      for (let i = 0; i < 4; i++) excSetAttr(e, fields[i], a[i]);
      excSetAttr(e, 'encoding', None);
    }
  } else if (t.isSubtypeOf(SyntaxError)) {
    excSetAttr(e, 'msg', a.length > 0 ? a[0] : None);
    const info = a.length > 1 && a[1] instanceof PyTuple ? a[1].items : [];
    const fields = ['filename', 'lineno', 'offset', 'text', 'end_lineno', 'end_offset'];
    for (let i = 0; i < fields.length; i++) excSetAttr(e, fields[i], i < info.length ? info[i] : None);
    excSetAttr(e, 'print_file_and_line', None);
  } else if (t.isSubtypeOf(ImportError)) {
    excSetAttr(e, 'msg', a.length > 0 ? a[0] : None);
    excSetAttr(e, 'name', kwargs?.get('name') ?? None);
    excSetAttr(e, 'path', kwargs?.get('path') ?? None);
    excSetAttr(e, 'name_from', kwargs?.get('name_from') ?? None);
    return;
  } else if (t.isSubtypeOf(NameError)) {
    excSetAttr(e, 'name', kwargs?.get('name') ?? None);
    return;
  } else if (t.isSubtypeOf(AttributeError)) {
    excSetAttr(e, 'name', kwargs?.get('name') ?? None);
    excSetAttr(e, 'obj', kwargs?.get('obj') ?? None);
    return;
  }
  if (kwargs !== null && kwargs.size > 0) {
    throw typeError(`${tpName(t)}() takes no keyword arguments`);
  }
}


/** Whether an exception is an Exception (not only a BaseException), which decides a group's class. */
function isPlainException(e: PyBaseException): boolean {
  return e.cls.isSubtypeOf(Exception);
}

/**
 * A new exception group as BaseExceptionGroup(message, excs) makes it (_PyExc_CreateExceptionGroup):
 * an ExceptionGroup when every member is an Exception.
 */
export function makeExceptionGroup(message: string, container: PyTuple | PyList): PyBaseException {
  const excs = container.items as PyBaseException[];
  const cls = excs.every(isPlainException) ? ExceptionGroup : BaseExceptionGroup;
  const g = new PyBaseException(cls, [message, container]);
  g.egMessage = message;
  g.egExceptions = excs.slice();
  return g;
}

/**
 * The class BaseExceptionGroup.__new__ gives a group of `excs` asked for as `cls`, or a TypeError:
 * BaseExceptionGroup itself becomes ExceptionGroup when it can, ExceptionGroup (or an Exception subclass)
 * refuses members that are only BaseExceptions.
 */
export function exceptionGroupClass(cls: PyType, excs: PyBaseException[]): PyType {
  const nestedBase = !excs.every(isPlainException);
  if (cls === ExceptionGroup) {
    if (nestedBase) throw typeError('Cannot nest BaseExceptions in an ExceptionGroup');
    return cls;
  }
  if (cls === BaseExceptionGroup) return nestedBase ? cls : ExceptionGroup;
  if (nestedBase && cls.isSubtypeOf(Exception)) throw typeError(`Cannot nest BaseExceptions in '${tpName(cls)}'`);
  return cls;
}

/** How split()/subgroup() test each node of a group tree. */
export type GroupMatcher = (e: PyBaseException) => boolean;

/** The matcher for split(cond): an exception type, a tuple of them, or a predicate (not a class). */
export function groupMatcher(cond: PyValue): GroupMatcher {
  if (isCallable(cond) && !(cond instanceof PyType)) return (e) => truthy(callObject(cond, [e]));
  if (cond instanceof PyType && cond.isSubtypeOf(BaseException)) return (e) => e.cls.isSubtypeOf(cond);
  if (cond instanceof PyTuple && cond.cls === tupleType &&
      cond.items.every((t) => t instanceof PyType && t.isSubtypeOf(BaseException))) {
    const types = cond.items as PyType[];
    return (e) => types.some((t) => e.cls.isSubtypeOf(t));
  }
  throw typeError('expected an exception type, a tuple of exception types, or a callable (other than a class)');
}

/**
 * BaseExceptionGroup.split's recursion: [match, rest] (null for an empty part). A node matching whole is
 * kept as is; a group matching in part is rebuilt with its derive() and given the original's
 * traceback, cause, context and a copy of its notes.
 */
export function splitExceptionGroup(
  exc: PyBaseException,
  matches: GroupMatcher,
  constructRest: boolean,
): [PyBaseException | null, PyBaseException | null] {
  if (matches(exc)) return [exc, null];
  if (exc.egExceptions === null) return [null, constructRest ? exc : null];
  const matched: PyBaseException[] = [];
  const rest: PyBaseException[] = [];
  for (const e of exc.egExceptions) {
    const [m, r] = splitExceptionGroup(e, matches, constructRest);
    if (m !== null) matched.push(m);
    if (r !== null) rest.push(r);
  }
  const m = subsetGroup(exc, matched);
  return [m, constructRest ? subsetGroup(exc, rest) : null];
}

function subsetGroup(orig: PyBaseException, excs: PyBaseException[]): PyBaseException | null {
  if (excs.length === 0) return null;
  const g = callObject(getAttr(orig, 'derive'), [new PyList(excs)]);
  if (!(g instanceof PyBaseException) || g.egExceptions === null) {
    throw typeError('derive must return an instance of BaseExceptionGroup');
  }
  if (orig.traceback !== null) g.traceback = orig.traceback;
  g.context = orig.context;
  g.cause = orig.cause;
  g.suppressContext = true;
  const notes = getAttrOrUndefined(orig, '__notes__');
  if (notes !== undefined && typeof notes !== 'string' && typeOf(notes).lookup('__getitem__') !== undefined) {
    setAttr(g, '__notes__', new PyList(toArray(notes)));
  }
  return g;
}

/** Every leaf (non-group) exception of a group tree, in order. */
export function groupLeaves(exc: PyBaseException, out: Set<PyBaseException> = new Set()): Set<PyBaseException> {
  if (exc.egExceptions === null) out.add(exc);
  else for (const e of exc.egExceptions) groupLeaves(e, out);
  return out;
}

/** OSError(errno, ...) is created as the subclass CPython maps that errno to (Linux numbering). */
const ERRNO_SUBCLASS: ReadonlyMap<number, PyType> = new Map([
  [11, BlockingIOError], [114, BlockingIOError], [115, BlockingIOError], // EAGAIN, EALREADY, EINPROGRESS
  [10, ChildProcessError], // ECHILD
  [32, BrokenPipeError], [108, BrokenPipeError], // EPIPE, ESHUTDOWN
  [103, ConnectionAbortedError], [111, ConnectionRefusedError], [104, ConnectionResetError],
  [17, FileExistsError], [2, FileNotFoundError], [21, IsADirectoryError], [20, NotADirectoryError],
  [4, InterruptedError], // EINTR
  [13, PermissionError], [1, PermissionError], // EACCES, EPERM
  [3, ProcessLookupError], [110, TimeoutError], // ESRCH, ETIMEDOUT
]);

export function osErrorSubclass(errno: number): PyType | undefined {
  return ERRNO_SUBCLASS.get(errno);
}

/**
 * "\xff", "\u20ac" or "\U0001f600": how a code point is shown in Unicode error messages (and by the
 * backslashreplace error handler).
 */
export function badCharEscape(cp: number): string {
  if (cp <= 0xff) return `\\x${cp.toString(16).padStart(2, '0')}`;
  if (cp <= 0xffff) return `\\u${cp.toString(16).padStart(4, '0')}`;
  return `\\U${cp.toString(16).padStart(8, '0')}`;
}

/** str() of UnicodeDecode/Encode/TranslateError from their fields, or null when they are not set. */
function unicodeErrorStr(e: PyBaseException): string | null {
  const obj = e.fields?.get('object');
  const start = e.fields?.get('start');
  const end = e.fields?.get('end');
  const reason = e.fields?.get('reason');
  if (obj === undefined || typeof start !== 'number' || typeof end !== 'number' || reason === undefined) return null;
  const enc = e.fields?.get('encoding');
  const t = e.cls;
  if (t.isSubtypeOf(UnicodeDecodeError)) {
    const data = obj instanceof PyObject ? (obj as unknown as { data?: Uint8Array }).data : undefined;
    if (data !== undefined && start >= 0 && start < data.length && end === start + 1) {
      return `'${str(enc ?? None)}' codec can't decode byte 0x${data[start].toString(16).padStart(2, '0')} in position ${start}: ${str(reason)}`;
    }
    return `'${str(enc ?? None)}' codec can't decode bytes in position ${start}-${end - 1}: ${str(reason)}`;
  }
  const what = t.isSubtypeOf(UnicodeEncodeError) ? `'${str(enc ?? None)}' codec can't encode` : "can't translate";
  const chars = typeof obj === 'string' ? Array.from(obj) : null;
  if (chars !== null && start >= 0 && start < chars.length && end === start + 1) {
    return `${what} character '${badCharEscape(chars[start].codePointAt(0)!)}' in position ${start}: ${str(reason)}`;
  }
  return `${what} characters in position ${start}-${end - 1}: ${str(reason)}`;
}

/** SystemExit.code: set by __init__ (or assigned), else what the args imply. */
export function systemExitCode(e: PyBaseException): PyValue {
  const v = e.fields?.get('code');
  if (v !== undefined) return v;
  const a = e.args;
  return a.length === 0 ? None : a.length === 1 ? a[0] : new PyTuple(a);
}
