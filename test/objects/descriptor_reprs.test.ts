// Checks the reprs of staticmethod and classmethod objects against CPython 3.14: the wrapped callable's
// repr inside <staticmethod(...)> / <classmethod(...)>, subclasses included. Expected lines printed by
// pyodide 3.14.2.
import { describe } from 'vitest';
import { describeProgram } from '../vm/describe_program.js';

const PROGRAM = String.raw`class P:
    @staticmethod
    def s(): pass
    @classmethod
    def c(cls): pass
class SM(staticmethod): pass
r = repr(P.__dict__['s']); print(r[:len('<staticmethod(<function P.s at ')], r.endswith('>)>'))
r = repr(P.__dict__['c']); print(r[:len('<classmethod(<function P.c at ')], r.endswith('>)>'))
print(repr(staticmethod(len)), repr(classmethod(len)), repr(SM(print)), repr(staticmethod(None)))
`;

const EXPECTED = String.raw`<staticmethod(<function P.s at  True
<classmethod(<function P.c at  True
<staticmethod(<built-in function len>)> <classmethod(<built-in function len>)> <staticmethod(<built-in function print>)> <staticmethod(None)>
`;

describe('descriptor_reprs', () => {
  describeProgram('descriptor_reprs', PROGRAM, EXPECTED);
});
