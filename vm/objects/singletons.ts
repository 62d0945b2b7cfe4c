// The singletons None, NotImplemented and Ellipsis, and their types.
//
// Each is a unique PyObject compared by identity; nothing else may create instances of their types.

import { PyObject, makeBuiltinType } from './object.js';

export const noneType = makeBuiltinType('NoneType');
noneType.isBaseType = false;
export const notImplementedType = makeBuiltinType('NotImplementedType');
notImplementedType.isBaseType = false;
export const ellipsisType = makeBuiltinType('ellipsis');
ellipsisType.isBaseType = false;

export const None = new PyObject(noneType);
export const NotImplemented = new PyObject(notImplementedType);
export const Ellipsis = new PyObject(ellipsisType);
