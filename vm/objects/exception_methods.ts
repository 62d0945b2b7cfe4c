// The Python-visible methods and attributes of BaseException (construction, str/repr, args,
// __traceback__, __cause__, __context__, add_note, with_traceback) and the __dict__ of exceptions.

import { PyType, PyValue, typeName, typeOf } from './object.js';
import { PyDict } from './dict.js';
import { defNew, defMethod, defGetSet } from './native.js';
import {
  BaseException, PyBaseException, initExceptionFields, exceptionStr, exceptionRepr, excSetAttr, OSError,
  osErrorSubclass, BaseExceptionGroup, StopIteration, SystemExit, exceptionGroupClass, splitExceptionGroup, groupMatcher,
} from './exceptions.js';
import { PyTraceback } from './traceback.js';
import { PyTuple } from './tuple.js';
import { PyList } from './list.js';
import { None } from './singletons.js';
import { instanceDictGetSet } from './object_methods.js';
import { typeError, valueError } from '../runtime/raise.js';
import { toArray } from '../runtime/protocols.js';
import { callObject } from '../runtime/call.js';
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
instanceDictGetSet(BaseException);


function asExc(v: PyValue): PyBaseException {
  if (!(v instanceof PyBaseException)) throw typeError(`descriptor requires a 'BaseException' object but received '${typeName(v)}'`);
  return v;
}

defMethod(BaseException, '__init__', (self, args, kwargs) => {
  const e = asExc(self);
  e.args = args;
  initExceptionFields(e, kwargs);
  return None;
});
defMethod(BaseException, '__str__', (self) => exceptionStr(asExc(self)));
defMethod(BaseException, '__repr__', (self) => exceptionRepr(asExc(self)));
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
  let notes = e.dict?.getStr('__notes__');
  if (notes === undefined) {
    notes = new PyList([]);
    excSetAttr(e, '__notes__', notes);
  }
  (notes as PyList).items.push(note);
  return None;
});
defGetSet(
  BaseException,
  'args',
  (self) => new PyTuple(asExc(self).args),
  (self, v) => {
    if (v === null) throw typeError('args may not be deleted');
    asExc(self).args = v instanceof PyTuple ? v.items.slice() : [v];
  },
);
defGetSet(
  BaseException,
  '__traceback__',
  (self) => asExc(self).traceback ?? None,
  (self, v) => {
    asExc(self).traceback = v === null || v === None ? null : (v as PyTraceback);
  },
);
defGetSet(
  BaseException,
  '__cause__',
  (self) => asExc(self).cause ?? None,
  (self, v) => {
    if (v !== null && v !== None && !(v instanceof PyBaseException)) {
      throw typeError('exception cause must be None or derive from BaseException');
    }
    const e = asExc(self);
    e.cause = v === null || v === None ? null : (v as PyBaseException);
    e.suppressContext = true;
  },
);
defGetSet(
  BaseException,
  '__context__',
  (self) => asExc(self).context ?? None,
  (self, v) => {
    if (v !== null && v !== None && !(v instanceof PyBaseException)) {
      throw typeError('exception context must be None or derive from BaseException');
    }
    asExc(self).context = v === null || v === None ? null : (v as PyBaseException);
  },
);
defGetSet(
  BaseException,
  '__suppress_context__',
  (self) => asExc(self).suppressContext,
  (self, v) => {
    asExc(self).suppressContext = v === true;
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
  if (kwargs !== null && kwargs.size > 0) throw typeError(`${actual.name}() takes no keyword arguments`);
  const e = actual.allocate === null ? new PyBaseException(actual, args) : (actual.allocate(actual) as PyBaseException);
  e.args = args;
  e.egMessage = message;
  e.egExceptions = excs;
  return e;
});
defMethod(BaseExceptionGroup, '__init__', (self, args, kwargs) => {
  const e = asExc(self);
  if (kwargs !== null && kwargs.size > 0) throw typeError(`${e.cls.name}() takes no keyword arguments`);
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
defGetSet(BaseExceptionGroup, 'message', (self) => asGroup(self).egMessage ?? None);
defGetSet(BaseExceptionGroup, 'exceptions', (self) => new PyTuple(asGroup(self).egExceptions!.slice()));
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

// ---- members that BaseException.__init__ derives from args ------------------------------------------

/** A member kept in the instance dict, defaulting to what the args imply when never set. */
function defArgsMember(type: PyType, name: string, fromArgs: (args: PyValue[]) => PyValue): void {
  defGetSet(type, name, (self) => {
    const e = asExc(self);
    const v = e.dict?.getStr(name);
    return v !== undefined ? v : fromArgs(e.args);
  }, (self, v) => {
    excSetAttr(asExc(self), name, v ?? None);
  });
}
defArgsMember(StopIteration, 'value', (a) => (a.length > 0 ? a[0] : None));
defArgsMember(SystemExit, 'code', (a) => (a.length === 0 ? None : a.length === 1 ? a[0] : new PyTuple(a)));
