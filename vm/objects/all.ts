// Registers the methods of every built-in type: importing this module (once, from the interpreter's
// set-up) runs each type's method table. Order does not matter; each file only adds to its own type.

import './object_methods.js';
import './type_methods.js';
import './function_methods.js';
import './exception_methods.js';
import './int_type.js';
import './bool_type.js';
import './float_type.js';
import './complex_type.js';
import './str_methods.js';
import './bytes_methods.js';
import './list_methods.js';
import './tuple_methods.js';
import './dict_methods.js';
import './set_methods.js';
import './range_methods.js';
import './slice_methods.js';
import './iterator_methods.js';
import './iterator_pickling.js';
import './generator_methods.js';
import './descriptor_methods.js';
import './misc_types.js';
import './cell_methods.js';
import './code_methods.js';
import './union_type.js';
import './typevar_methods.js';
import './type_alias_methods.js';
import './typing_generic_methods.js';
import './builtin_generics.js';
import './template_methods.js';
