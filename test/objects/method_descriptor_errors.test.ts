// Checks the errors of built-in method descriptors called or bound on the wrong object against CPython
// 3.14: methods say "doesn't apply to a ... object" (descr_check), slot wrappers "requires a ... object but
// received", and each has its own no-argument message. Expected lines printed by pyodide 3.14.2.
import { describe } from 'vitest';
import { describeProgram } from '../vm/describe_program.js';

const PROGRAM = String.raw`for f, a in [(list.append, (1, 2)), (list.__add__, (1, [])), (str.upper, (1,)), (dict.get, ([], 1)), (int.__add__, ("a", 1)), (list.__len__, (1,)), (object.__init__, ()), (str.join, ()), (list.__init__, (1,))]:
    try: f(*a)
    except TypeError as e: print(e)
try: list.__dict__['append'].__get__(1)
except TypeError as e: print(e)
try: list.__dict__['__add__'].__get__(1)
except TypeError as e: print(e)
`;

const EXPECTED = String.raw`descriptor 'append' for 'list' objects doesn't apply to a 'int' object
descriptor '__add__' requires a 'list' object but received a 'int'
descriptor 'upper' for 'str' objects doesn't apply to a 'int' object
descriptor 'get' for 'dict' objects doesn't apply to a 'list' object
descriptor '__add__' requires a 'int' object but received a 'str'
descriptor '__len__' requires a 'list' object but received a 'int'
descriptor '__init__' of 'object' object needs an argument
unbound method str.join() needs an argument
descriptor '__init__' requires a 'list' object but received a 'int'
descriptor 'append' for 'list' objects doesn't apply to a 'int' object
descriptor '__add__' for 'list' objects doesn't apply to a 'int' object
`;

describe('method_descriptor_errors', () => {
  describeProgram('method_descriptor_errors', PROGRAM, EXPECTED);
});
