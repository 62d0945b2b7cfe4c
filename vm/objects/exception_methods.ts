// The Python-visible methods and attributes of BaseException (construction, str/repr, args,
// __traceback__, __cause__, __context__, add_note, with_traceback) and the __dict__ of exceptions.

import { PyType, PyValue, typeName } from './object.js';
import { defNew, defMethod, defGetSet } from './native.js';
import {
  BaseException, PyBaseException, initExceptionFields, exceptionStr, exceptionRepr, excSetAttr,
} from './exceptions.js';
import { PyTraceback } from './traceback.js';
import { PyTuple } from './tuple.js';
import { PyList } from './list.js';
import { None } from './singletons.js';
import { instanceDictGetSet } from './object_methods.js';
import { typeError } from '../runtime/raise.js';

defNew(BaseException, (cls: PyType, args, kwargs) => {
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
  if (typeof note !== 'string') throw typeError(`note must be a str, not '${typeName(note)}'`);
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

