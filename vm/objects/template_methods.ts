// The methods of string.templatelib.Template, Interpolation and the template iterator (template.ts):
// construction from Python, attributes, iteration, concatenation, reprs and pickling, with CPython
// 3.14's messages.

import { PyObject, PyValue, typeName, strType } from './object.js';
import { PyTuple, tuple } from './tuple.js';
import { defMethod, defNew, defGetSet, noArgs } from './native.js';
import { None, NotImplemented } from './singletons.js';
import { PyBaseException, StopIteration } from './exceptions.js';
import {
  PyTemplate, PyInterpolation, TemplateIterator, templateType, interpolationType, templateIterType,
} from './template.js';
import { repr, strValue as strSubclassValue } from '../runtime/protocols.js';
import { getAttr } from '../runtime/attributes.js';
import { importModule } from '../runtime/import.js';
import { currentInterpreter } from '../runtime/interpreter.js';
import { typeError, valueError, attributeError } from '../runtime/raise.js';

const T = (v: PyValue): PyTemplate => v as PyTemplate;
const I = (v: PyValue): PyInterpolation => v as PyInterpolation;

function readonly(): never {
  throw attributeError('readonly attribute');
}

/** str or a str subclass (PyUnicode_Check). */
function isStr(v: PyValue): boolean {
  return typeof v === 'string' || (v instanceof PyObject && v.cls.isSubtypeOf(strType));
}

function strValue(v: PyValue): string {
  return typeof v === 'string' ? v : strSubclassValue(v as PyObject);
}

// ---- Interpolation -----------------------------------------------------------------------------------

const INTERPOLATION_PARAMS = ['value', 'expression', 'conversion', 'format_spec'];

defNew(interpolationType, (_cls, args, kwargs) => {
  const got: (PyValue | undefined)[] = [];
  if (args.length > 4) throw typeError(`Interpolation() takes at most 4 arguments (${args.length} given)`);
  for (let i = 0; i < args.length; i++) got[i] = args[i];
  if (kwargs !== null) {
    for (const [k, v] of kwargs) {
      const i = INTERPOLATION_PARAMS.indexOf(k);
      if (i < 0) throw typeError(`Interpolation() got an unexpected keyword argument '${k}'`);
      if (i < args.length) throw typeError(`argument for Interpolation() given by name ('${k}') and position (${i + 1})`);
      got[i] = v;
    }
  }
  if (got[0] === undefined) throw typeError("Interpolation() missing required argument 'value' (pos 1)");
  const expression = got[1] ?? '';
  if (!isStr(expression)) throw typeError(`Interpolation() argument 'expression' must be str, not ${typeName(expression)}`);
  const conversion = got[2] ?? None;
  if (conversion !== None && !(isStr(conversion) && ['s', 'r', 'a'].includes(strValue(conversion)))) {
    throw valueError("Interpolation() argument 'conversion' must be one of 's', 'a' or 'r'");
  }
  const formatSpec = got[3] ?? '';
  if (!isStr(formatSpec)) throw typeError(`Interpolation() argument 'format_spec' must be str, not ${typeName(formatSpec)}`);
  return new PyInterpolation(got[0], expression, conversion, formatSpec);
});

defGetSet(interpolationType, 'value', (self) => I(self).value, readonly);
defGetSet(interpolationType, 'expression', (self) => I(self).expression, readonly);
defGetSet(interpolationType, 'conversion', (self) => I(self).conversion, readonly);
defGetSet(interpolationType, 'format_spec', (self) => I(self).formatSpec, readonly);
interpolationType.attrs.set('__match_args__', tuple(['value', 'expression', 'conversion', 'format_spec']));

defMethod(interpolationType, '__repr__', (self) => {
  const i = I(self);
  return `Interpolation(${repr(i.value)}, ${repr(i.expression)}, ${repr(i.conversion)}, ${repr(i.formatSpec)})`;
});
defMethod(interpolationType, '__reduce__', (self, args, kwargs) => {
  noArgs('__reduce__', args, kwargs);
  const i = I(self);
  return new PyTuple([interpolationType, new PyTuple([i.value, i.expression, i.conversion, i.formatSpec])]);
});

// ---- Template ----------------------------------------------------------------------------------------

// Template(*args): strings and interpolations in any order; adjacent strings are joined and an empty
// string stands between adjacent interpolations.
defNew(templateType, (_cls, args, kwargs) => {
  if (kwargs !== null && kwargs.size > 0) throw typeError('Template.__new__ only accepts *args arguments');
  const strings: PyValue[] = [];
  const interpolations: PyValue[] = [];
  let current = '';
  for (const a of args) {
    if (isStr(a)) {
      current += strValue(a);
    } else if (a instanceof PyInterpolation) {
      strings.push(current);
      current = '';
      interpolations.push(a);
    } else {
      throw typeError(`Template.__new__ *args need to be of type 'str' or 'Interpolation', got ${typeName(a)}`);
    }
  }
  strings.push(current);
  return new PyTemplate(new PyTuple(strings), tuple(interpolations));
});

defGetSet(templateType, 'strings', (self) => T(self).strings, readonly);
defGetSet(templateType, 'interpolations', (self) => T(self).interpolations, readonly);
defGetSet(templateType, 'values', (self) => tuple(T(self).interpolations.items.map((i) => (i as PyInterpolation).value)));

defMethod(templateType, '__repr__', (self) => {
  const t = T(self);
  return `Template(strings=${repr(t.strings)}, interpolations=${repr(t.interpolations)})`;
});
defMethod(templateType, '__iter__', (self) => new TemplateIterator(T(self)));

// Only template + template concatenates (the last string of one joins the first of the other).
defMethod(templateType, '__add__', (self, args) => {
  const other = args[0];
  if (!(other instanceof PyTemplate)) {
    if (!isStr(other) && typeof other === 'object' && other.cls.lookup('__radd__') !== undefined) return NotImplemented;
    throw typeError(`can only concatenate string.templatelib.Template (not "${typeName(other)}") to string.templatelib.Template`);
  }
  const a = T(self).strings.items;
  const b = other.strings.items;
  const strings = [...a.slice(0, -1), strValue(a[a.length - 1]) + strValue(b[0]), ...b.slice(1)];
  return new PyTemplate(new PyTuple(strings), tuple([...T(self).interpolations.items, ...other.interpolations.items]));
});

defMethod(templateType, '__reduce__', (self, args, kwargs) => {
  noArgs('__reduce__', args, kwargs);
  const t = T(self);
  const unpickle = getAttr(importModule(currentInterpreter(), 'string.templatelib'), '_template_unpickle');
  return new PyTuple([unpickle, new PyTuple([t.strings, t.interpolations])]);
});

// ---- the iterator ----------------------------------------------------------------------------------------

defNew(templateIterType, () => {
  throw typeError("cannot create 'string.templatelib.TemplateIter' instances");
});
defMethod(templateIterType, '__iter__', (self) => self);
defMethod(templateIterType, '__next__', (self) => {
  const v = (self as TemplateIterator).next();
  if (v === undefined) throw stopIteration();
  return v;
});

function stopIteration(): PyBaseException {
  return new PyBaseException(StopIteration, []);
}
