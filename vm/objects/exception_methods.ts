// The Python-visible methods and attributes of BaseException (construction, str/repr, args,
// __traceback__, __cause__, __context__, add_note, with_traceback, pickling) and the __dict__ of
// exceptions; BaseExceptionGroup's constructor and split/subgroup/derive; StopIteration.value and
// SystemExit.code. The algorithms themselves live in exceptions.ts; nothing here prints.

import { PyType, PyValue, typeName, tpName, typeOf, intType } from './object.js';
import { PyDict } from './dict.js';
import { defNew, defMethod, defGetSet } from './native.js';
import { defMember as defMemberDescriptor } from './member_descriptor.js';
import {
  BaseException, PyBaseException, initExceptionFields, exceptionStr, exceptionRepr, excSetAttr, excGetAttr, OSError,
  osErrorSubclass, BaseExceptionGroup, StopIteration, SystemExit, SyntaxError, ImportError, NameError,
  AttributeError, ExceptionGroup, UnicodeEncodeError, UnicodeDecodeError, UnicodeTranslateError, exceptionGroupClass, splitExceptionGroup, groupMatcher,
} from './exceptions.js';
import { PyTraceback } from './traceback.js';
import { PyTuple } from './tuple.js';
import { PyList } from './list.js';
import { None } from './singletons.js';
import { instanceDictGetSet } from './object_methods.js';
import { typeError, valueError, attributeError, overflowError } from '../runtime/raise.js';
import { toArray, asIndex } from '../runtime/protocols.js';
import { callObject } from '../runtime/call.js';
import { setAttr, getAttrOrUndefined } from '../runtime/attributes.js';
import { classGetItem } from './generic_alias.js';

defNew(BaseException, (cls: PyType, args, kwargs) => {
  // OSError(errno, strerror, ...) picks the subclass for the errno (FileNotFoundError for ENOENT...).
  if (cls === OSError && args.length >= 2 && args.length <= 5 && typeof args[0] === 'number') cls = osErrorSubclass(args[0]) ?? cls;
  const e = cls.allocate === null ? new PyBaseException(cls, args) : (cls.allocate(cls) as PyBaseException);
  e.args = args;
  if (!cls.isHeap || cls.lookup('__init__') === BaseException.attrs.get('__init__')) {
    initExceptionFields(e, cls.isHeap ? null : kwargs);
  } else {
    initExceptionFields(e, null);
  }
  return e;
});


function asExc(v: PyValue): PyBaseException {
  if (!(v instanceof PyBaseException)) throw typeError(`descriptor requires a 'BaseException' object but received '${typeName(v)}'`);
  return v;
}

defMethod(BaseException, '__repr__', (self) => exceptionRepr(asExc(self)));
defMethod(BaseException, '__str__', (self) => exceptionStr(asExc(self)));
defMethod(BaseException, '__init__', (self, args, kwargs) => {
  const e = asExc(self);
  e.args = args;
  initExceptionFields(e, kwargs);
  return None;
});
// Pickling and copying: (type, args[, __dict__]), and the dict restored attribute by attribute.
defMethod(BaseException, '__reduce__', (self) => {
  const e = asExc(self);
  const args = new PyTuple(e.args);
  return e.dict !== null ? new PyTuple([e.cls, args, e.dict]) : new PyTuple([e.cls, args]);
});
defMethod(BaseException, '__setstate__', (self, args) => {
  const state = args[0];
  if (state !== None) {
    if (!(state instanceof PyDict)) throw typeError('state is not a dictionary');
    for (const [k, v] of state.entries()) {
      if (typeof k !== 'string') throw typeError(`attribute name must be string, not '${typeName(k)}'`);
      setAttr(self, k, v);
    }
  }
  return None;
});
defMethod(BaseException, 'with_traceback', (self, args) => {
  const e = asExc(self);
  const tb = args[0];
  e.traceback = tb === None ? null : (tb as PyTraceback);
  return e;
});
defMethod(BaseException, 'add_note', (self, args) => {
  const e = asExc(self);
  const note = args[0];
  if (typeof note !== 'string') throw typeError(`add_note() argument must be str, not ${typeName(note)}`);
  // __notes__ is an ordinary attribute (kept in the instance dict), looked up and set generically.
  let notes = getAttrOrUndefined(e, '__notes__');
  if (notes === undefined) {
    notes = new PyList([]);
    setAttr(e, '__notes__', notes);
  } else if (!(notes instanceof PyList)) {
    throw typeError('Cannot add note: __notes__ is not a list');
  }
  (notes as PyList).items.push(note);
  return None;
});
// BaseException's __dict__ in CPython's order: the methods above, then its one member
// (__suppress_context__, a T_BOOL), then the getsets __dict__, args, __traceback__, __context__, __cause__.
defMemberDescriptor(BaseException, '__suppress_context__', (self) => asExc(self).suppressContext, (self, v) => {
  if (v === null) throw typeError("can't delete numeric/char attribute");
  if (typeof v !== 'boolean') throw typeError('attribute value type must be bool');
  asExc(self).suppressContext = v;
});
instanceDictGetSet(BaseException);
defGetSet(
  BaseException,
  'args',
  (self) => new PyTuple(asExc(self).args),
  (self, v) => {
    if (v === null) throw typeError('args may not be deleted');
    asExc(self).args = toArray(v);
  },
);
defGetSet(
  BaseException,
  '__traceback__',
  (self) => asExc(self).traceback ?? None,
  (self, v) => {
    if (v === null) throw typeError('__traceback__ may not be deleted');
    if (v !== None && !(v instanceof PyTraceback)) throw typeError('__traceback__ must be a traceback or None');
    asExc(self).traceback = v === None ? null : (v as PyTraceback);
  },
);
defGetSet(
  BaseException,
  '__context__',
  (self) => asExc(self).context ?? None,
  (self, v) => {
    if (v === null) throw typeError('__context__ may not be deleted');
    if (v !== None && !(v instanceof PyBaseException)) {
      throw typeError('exception context must be None or derive from BaseException');
    }
    asExc(self).context = v === None ? null : (v as PyBaseException);
  },
);
defGetSet(
  BaseException,
  '__cause__',
  (self) => asExc(self).cause ?? None,
  (self, v) => {
    if (v === null) throw typeError('__cause__ may not be deleted');
    if (v !== None && !(v instanceof PyBaseException)) {
      throw typeError('exception cause must be None or derive from BaseException');
    }
    const e = asExc(self);
    e.cause = v === None ? null : (v as PyBaseException);
    e.suppressContext = true;
  },
);

// ---- BaseExceptionGroup ----------------------------------------------------------------------------

defNew(BaseExceptionGroup, (cls: PyType, args, kwargs) => {
  if (args.length !== 2) {
    throw typeError(`BaseExceptionGroup.__new__() takes exactly 2 arguments (${args.length} given)`);
  }
  const [message, excsArg] = args;
  if (typeof message !== 'string') {
    throw typeError(`BaseExceptionGroup.__new__() argument 1 must be str, not ${typeName(message)}`);
  }
  // PySequence_Check: anything with __getitem__ that is not a dict.
  if (typeof excsArg !== 'string' && (excsArg instanceof PyDict || typeOf(excsArg).lookup('__getitem__') === undefined)) {
    throw typeError('second argument (exceptions) must be a sequence');
  }
  const items = toArray(excsArg);
  if (items.length === 0) throw valueError('second argument (exceptions) must be a non-empty sequence');
  for (let i = 0; i < items.length; i++) {
    if (!(items[i] instanceof PyBaseException)) {
      throw valueError(`Item ${i} of second argument (exceptions) is not an exception`);
    }
  }
  const excs = items as PyBaseException[];
  const actual = exceptionGroupClass(cls, excs);
  if (kwargs !== null && kwargs.size > 0) throw typeError(`${tpName(actual)}() takes no keyword arguments`);
  const e = actual.allocate === null ? new PyBaseException(actual, args) : (actual.allocate(actual) as PyBaseException);
  e.args = args;
  e.egMessage = message;
  e.egExceptions = excs;
  return e;
});
defMethod(BaseExceptionGroup, '__init__', (self, args, kwargs) => {
  const e = asExc(self);
  if (kwargs !== null && kwargs.size > 0) throw typeError(`${tpName(e.cls)}() takes no keyword arguments`);
  e.args = args;
  return None;
});
function asGroup(v: PyValue): PyBaseException {
  const e = asExc(v);
  if (e.egExceptions === null) {
    throw typeError(`descriptor requires a 'BaseExceptionGroup' object but received '${typeName(v)}'`);
  }
  return e;
}
// Read-only members (T_OBJECT, READONLY): assigning or deleting says "readonly attribute".
defMemberDescriptor(BaseExceptionGroup, 'message', (self) => asGroup(self).egMessage ?? None);
defMemberDescriptor(BaseExceptionGroup, 'exceptions', (self) => new PyTuple(asGroup(self).egExceptions!.slice()));
defMethod(BaseExceptionGroup, 'derive', (self, args) => {
  if (args.length !== 1) throw typeError(`BaseExceptionGroup.derive() takes exactly one argument (${args.length} given)`);
  return callObject(BaseExceptionGroup, [asGroup(self).egMessage ?? None, args[0]]);
});
defMethod(BaseExceptionGroup, 'split', (self, args) => {
  if (args.length !== 1) throw typeError(`BaseExceptionGroup.split() takes exactly one argument (${args.length} given)`);
  const [match, rest] = splitExceptionGroup(asGroup(self), groupMatcher(args[0]), true);
  return new PyTuple([match ?? None, rest ?? None]);
});
defMethod(BaseExceptionGroup, 'subgroup', (self, args) => {
  if (args.length !== 1) throw typeError(`BaseExceptionGroup.subgroup() takes exactly one argument (${args.length} given)`);
  return splitExceptionGroup(asGroup(self), groupMatcher(args[0]), false)[0] ?? None;
});
classGetItem(BaseExceptionGroup);

// ---- member fields of the exception structs -----------------------------------------------------------

/**
 * A T_OBJECT member kept in the exception's fields: None while unset; deleting it makes it None again
 * (PyMember_SetOne clears the slot). Python sees a member_descriptor.
 */
function defObjectMember(type: PyType, name: string, fromArgs: ((args: PyValue[]) => PyValue) | null = null): void {
  defMemberDescriptor(type, name, (self) => {
    const e = asExc(self);
    const v = e.fields?.get(name);
    if (v !== undefined) return v;
    return fromArgs !== null ? fromArgs(e.args) : None;
  }, (self, v) => {
    excSetAttr(asExc(self), name, v ?? None);
  });
}

/** PY_SSIZE_T_MAX of a 64-bit CPython. */
const SSIZE_MAX = 9223372036854775807n;

/**
 * A T_PYSSIZET member (UnicodeError.start/end): only an int (or bool) fits (no __index__), within
 * Py_ssize_t; it cannot be deleted.
 */
function defSsizeMember(type: PyType, name: string): void {
  defMemberDescriptor(type, name, (self) => asExc(self).fields?.get(name) ?? None, (self, v) => {
    if (v === null) throw typeError("can't delete numeric/char attribute");
    let n: PyValue = v;
    if (typeof n === 'boolean') n = n ? 1 : 0;
    else if (typeof n === 'object' && n.cls.isSubtypeOf(intType)) n = asIndex(n);
    if (typeof n === 'bigint') {
      if (n > SSIZE_MAX || n < -SSIZE_MAX - 1n) throw overflowError('Python int too large to convert to C ssize_t');
    } else if (typeof n !== 'number') {
      throw typeError('an integer is required');
    }
    excSetAttr(asExc(self), name, n);
  });
}

// StopIteration and SystemExit made without __init__ (by the VM) still answer from their args.
defObjectMember(StopIteration, 'value', (a) => (a.length > 0 ? a[0] : None));
defObjectMember(SystemExit, 'code', (a) => (a.length === 0 ? None : a.length === 1 ? a[0] : new PyTuple(a)));
for (const name of ['errno', 'strerror', 'filename', 'filename2']) defObjectMember(OSError, name);
for (const name of ['msg', 'filename', 'lineno', 'offset', 'text', 'end_lineno', 'end_offset', 'print_file_and_line', '_metadata']) {
  defObjectMember(SyntaxError, name);
}
for (const name of ['msg', 'name', 'path', 'name_from']) defObjectMember(ImportError, name);
defObjectMember(NameError, 'name');
defObjectMember(AttributeError, 'name');
defObjectMember(AttributeError, 'obj');
for (const t of [UnicodeEncodeError, UnicodeDecodeError, UnicodeTranslateError]) {
  defObjectMember(t, 'encoding');
  defObjectMember(t, 'object');
  defSsizeMember(t, 'start');
  defSsizeMember(t, 'end');
  defObjectMember(t, 'reason');
}
// OSError.characters_written exists only once set (BlockingIOError's partial writes).
defGetSet(OSError, 'characters_written', (self) => {
  const v = asExc(self).fields?.get('characters_written');
  if (v === undefined) throw attributeError('characters_written');
  return v;
}, (self, v) => {
  const e = asExc(self);
  if (v === null) {
    if (e.fields?.get('characters_written') === undefined) throw attributeError('characters_written');
    e.fields!.delete('characters_written');
    return;
  }
  // PyNumber_AsSsize_t(v, PyExc_ValueError): through __index__, and too big is a ValueError.
  const n = asIndex(v);
  if (typeof n === 'bigint' && (n > SSIZE_MAX || n < -SSIZE_MAX - 1n)) {
    throw valueError(`cannot fit '${typeName(v)}' into an index-sized integer`);
  }
  excSetAttr(e, 'characters_written', n);
});

// ExceptionGroup is a heap type in CPython (PyErr_NewException): __module__ in its dict, and instances
// can be weakly referenced (BaseException's cannot).
ExceptionGroup.attrs.set('__module__', 'builtins');
defGetSet(ExceptionGroup, '__weakref__', () => None, null, 'list of weak references to the object');

// OSError keeps only (errno, strerror) in args when a filename was given: put the filenames back.
defMethod(OSError, '__reduce__', (self) => {
  const e = asExc(self);
  let args = e.args;
  const filename = excGetAttr(e, 'filename');
  if (args.length === 2 && filename !== None) {
    const filename2 = excGetAttr(e, 'filename2');
    args = filename2 !== None ? [args[0], args[1], filename, None, filename2] : [args[0], args[1], filename];
  }
  const t = new PyTuple(args);
  return e.dict !== null ? new PyTuple([e.cls, t, e.dict]) : new PyTuple([e.cls, t]);
});
