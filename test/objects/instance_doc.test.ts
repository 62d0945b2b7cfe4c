// Checks __doc__ on instances of built-in types against CPython 3.14 (their type's doc, as every type's
// dict holds __doc__); email._policybase reads it from the str values of a class dict at import time.
// Expected lines printed by pyodide 3.14.2.
import { describe } from 'vitest';
import { describeProgram } from '../vm/describe_program.js';

const PROGRAM = String.raw`print("abc".__doc__.splitlines()[0], (1).__doc__.splitlines()[0], [].__doc__ == list.__doc__, None.__doc__)
print(b"".__doc__ == bytes.__doc__, (1.5).__doc__ == float.__doc__, {}.__doc__ == dict.__doc__, iter([]).__doc__)
class A:
    x = 1
print(A().__doc__, [(k, (v.__doc__ or "")[:12]) for k, v in A.__dict__.items() if k in ("__module__", "x", "__firstlineno__")])
class B(int):
    """B doc"""
print(B(3).__doc__, getattr(object(), "__doc__")[:20], hasattr("s", "__doc__"))
`;

const EXPECTED = String.raw`str(object='') -> str int([x]) -> integer True The type of the None singleton.
True True True None
None [('__module__', "str(object='"), ('__firstlineno__', 'int([x]) -> '), ('x', 'int([x]) -> ')]
B doc The base class of th True
`;

describe('instance_doc', () => {
  describeProgram('instance_doc', PROGRAM, EXPECTED);
});
