// Checks the _string module (formatter_parser, formatter_field_name_split) against CPython 3.14: the
// expected lines were printed by CPython (pyodide 3.14.2) running the same program. The program imports
// _string directly, so string.py's own code is not involved.
import { describe } from 'vitest';
import { describeProgram } from '../vm/describe_program.js';

const PROGRAM = String.raw`import _string
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
P = lambda s: list(_string.formatter_parser(s))
for s in ['', 'abc', 'a{{b', 'a}}b', '{}', '{0}', 'x{a!r}y', '{a!r:>{w}}', '{a:}', '{a!}', '{a!r', '{a', '}', 'a}', '{', 'a{', '{a[}', '{a[x]b}', '{!r}', '{a!rr}', '{{}}', '{:{:{}}}', '{0.x[1]:5}', 'a{b}c{{', '{a{b}', '{a!', 'é{ü!a:ß}', '{a[{]}']:
    show('parse ' + repr(s), lambda: P(s))
S = lambda s: (lambda r: (r[0], list(r[1])))(_string.formatter_field_name_split(s))
for s in ['', 'a', '0', '12', 'a.b', 'a.0', 'a[0]', 'a[x]', 'a[0].b[c]', 'a.', 'a..b', 'a[', 'a[]', 'a[0]x', 'a[0', '١٢', '0.x', '99999999999999999999999', '[0]', '.x', 'a[-1]', 'a[01]', '007']:
    show('split ' + repr(s), lambda: S(s))
show('parser type', lambda: _string.formatter_parser(1))
show('split type', lambda: _string.formatter_field_name_split(1))
show('parser args', lambda: _string.formatter_parser())
it = _string.formatter_parser('a{b}')
show('iter types', lambda: (type(it).__name__, type(_string.formatter_field_name_split('a.b')[1]).__name__, iter(it) is it))
show('lazy errors', lambda: (lambda r: (r[0], next(r[1])))(_string.formatter_field_name_split('a[0]x')))
it2 = _string.formatter_parser('ok{}}')
show('lazy parse', lambda: next(it2))
show('lazy parse 2', lambda: next(it2))
class S2(str): pass
show('str subclass', lambda: P(S2('x{y}')))
`;

const EXPECTED = String.raw`parse '' []
parse 'abc' [('abc', None, None, None)]
parse 'a{{b' [('a{', None, None, None), ('b', None, None, None)]
parse 'a}}b' [('a}', None, None, None), ('b', None, None, None)]
parse '{}' [('', '', '', None)]
parse '{0}' [('', '0', '', None)]
parse 'x{a!r}y' [('x', 'a', '', 'r'), ('y', None, None, None)]
parse '{a!r:>{w}}' [('', 'a', '>{w}', 'r')]
parse '{a:}' [('', 'a', '', None)]
parse '{a!}' ValueError unmatched '{' in format spec
parse '{a!r' ValueError unmatched '{' in format spec
parse '{a' ValueError expected '}' before end of string
parse '}' ValueError Single '}' encountered in format string
parse 'a}' ValueError Single '}' encountered in format string
parse '{' ValueError Single '{' encountered in format string
parse 'a{' ValueError Single '{' encountered in format string
parse '{a[}' ValueError expected '}' before end of string
parse '{a[x]b}' [('', 'a[x]b', '', None)]
parse '{!r}' [('', '', '', 'r')]
parse '{a!rr}' ValueError expected ':' after conversion specifier
parse '{{}}' [('{', None, None, None), ('}', None, None, None)]
parse '{:{:{}}}' [('', '', '{:{}}', None)]
parse '{0.x[1]:5}' [('', '0.x[1]', '5', None)]
parse 'a{b}c{{' [('a', 'b', '', None), ('c{', None, None, None)]
parse '{a{b}' ValueError unexpected '{' in field name
parse '{a!' ValueError end of string while looking for conversion specifier
parse 'é{ü!a:ß}' [('é', 'ü', 'ß', 'a')]
parse '{a[{]}' [('', 'a[{]', '', None)]
split '' ('', [])
split 'a' ('a', [])
split '0' (0, [])
split '12' (12, [])
split 'a.b' ('a', [(True, 'b')])
split 'a.0' ('a', [(True, '0')])
split 'a[0]' ('a', [(False, 0)])
split 'a[x]' ('a', [(False, 'x')])
split 'a[0].b[c]' ('a', [(False, 0), (True, 'b'), (False, 'c')])
split 'a.' ValueError Empty attribute in format string
split 'a..b' ValueError Empty attribute in format string
split 'a[' ValueError Missing ']' in format string
split 'a[]' ValueError Empty attribute in format string
split 'a[0]x' ValueError Only '.' or '[' may follow ']' in format field specifier
split 'a[0' ValueError Missing ']' in format string
split '١٢' (12, [])
split '0.x' (0, [(True, 'x')])
split '99999999999999999999999' ValueError Too many decimal digits in format string
split '[0]' ('', [(False, 0)])
split '.x' ('', [(True, 'x')])
split 'a[-1]' ('a', [(False, '-1')])
split 'a[01]' ('a', [(False, 1)])
split '007' (7, [])
parser type TypeError expected str, got int
split type TypeError expected str, got int
parser args TypeError _string.formatter_parser() takes exactly one argument (0 given)
iter types ('formatteriterator', 'fieldnameiterator', True)
lazy errors ('a', (False, 0))
lazy parse ('ok', '', '', None)
lazy parse 2 ValueError Single '}' encountered in format string
str subclass [('x', 'y', '', None)]
`;

describe('_string', () => {
  describeProgram('_string', PROGRAM, EXPECTED);
});
