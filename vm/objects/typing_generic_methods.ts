// The methods of typing.Generic (typing_generic.ts): subscripting and subclassing it are handed to
// typing.py (_generic_class_getitem, _generic_init_subclass), as CPython's C code does.

import { PyType } from './object.js';
import { defClassMethod } from './native.js';
import { genericType } from './typing_generic.js';
import { callTyping } from './typing_calls.js';

defClassMethod(genericType, '__class_getitem__', (cls: PyType, args, kwargs) =>
  callTyping('_generic_class_getitem', [cls, ...args], kwargs));
defClassMethod(genericType, '__init_subclass__', (cls: PyType, args, kwargs) =>
  callTyping('_generic_init_subclass', [cls, ...args], kwargs));
