// Exception objects: BaseException and the whole built-in exception hierarchy of CPython 3.14, with
// the methods and attributes of BaseException and of the subclasses that add their own (OSError,
// SyntaxError, StopIteration, SystemExit, KeyError, ImportError, NameError, AttributeError, groups).
//
// A Python exception is thrown as the PyBaseException itself (no JS Error wrapper, so no JS stack
// capture on the hot path). This file does not print tracebacks (runtime/traceback.ts does).

import { PyObject, PyType, PyValue, objectType, typeType, typeName } from './object.js';

export class PyBaseException extends PyObject {
  args: PyValue[];
  traceback: import('./traceback.js').PyTraceback | null = null;
  cause: PyBaseException | null = null;
  context: PyBaseException | null = null;
  suppressContext = false;

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

// ---- attributes kept in the instance dict (CPython's member descriptors) ----------------------------

import { PyDict } from './dict.js';
import { None } from './singletons.js';
import { PyTuple } from './tuple.js';
import { PyList } from './list.js';
import { repr, str } from '../runtime/protocols.js';
import { typeError } from '../runtime/raise.js';

export function excGetAttr(e: PyBaseException, name: string): PyValue {
  const v = e.dict?.getStr(name);
  return v === undefined ? None : v;
}

export function excSetAttr(e: PyBaseException, name: string, v: PyValue): void {
  if (e.dict === null) e.dict = new PyDict();
  e.dict.setStr(name, v);
}

/** str(exc) as BaseException.__str__ and the subclasses that override it compute it. */
export function exceptionStr(e: PyBaseException): string {
  const t = e.cls;
  if (t.isSubtypeOf(KeyError) && e.args.length === 1) return repr(e.args[0]);
  if (t.isSubtypeOf(OSError)) {
    const errno = excGetAttr(e, 'errno');
    const strerror = excGetAttr(e, 'strerror');
    const filename = excGetAttr(e, 'filename');
    if (filename !== None && errno !== None) {
      return `[Errno ${str(errno)}] ${str(strerror)}: ${repr(filename)}`;
    }
    if (errno !== None && strerror !== None) return `[Errno ${str(errno)}] ${str(strerror)}`;
  }
  if (t.isSubtypeOf(SyntaxError)) {
    const msg = excGetAttr(e, 'msg');
    const filename = excGetAttr(e, 'filename');
    const lineno = excGetAttr(e, 'lineno');
    let base = msg === None ? (e.args.length > 0 ? str(e.args[0]) : 'None') : str(msg);
    const fname = typeof filename === 'string' ? filename.slice(filename.lastIndexOf('/') + 1) : null;
    if (fname !== null && typeof lineno === 'number') base += ` (${fname}, line ${lineno})`;
    else if (fname !== null) base += ` (${fname})`;
    else if (typeof lineno === 'number') base += ` (line ${lineno})`;
    return base;
  }
  if (t.isSubtypeOf(BaseExceptionGroup)) {
    const msg = e.args.length > 0 ? str(e.args[0]) : '';
    const excs = e.args[1];
    const n = excs instanceof PyTuple ? excs.items.length : 0;
    return `${msg} (${n} sub-exception${n === 1 ? '' : 's'})`;
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
  if (e.cls.isSubtypeOf(BaseExceptionGroup) && e.args.length === 2) {
    return `${name}(${repr(e.args[0])}, ${repr(e.args[1])})`;
  }
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
      excSetAttr(e, 'filename', a.length >= 3 ? a[2] : None);
      if (a.length >= 3) e.args = [a[0], a[1]];
    } else {
      excSetAttr(e, 'errno', None);
      excSetAttr(e, 'strerror', None);
      excSetAttr(e, 'filename', None);
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
    throw typeError(`${t.name}() takes no keyword arguments`);
  }
}

