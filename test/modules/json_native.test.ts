// Checks the native _json.scanstring (which json.decoder uses) against CPython 3.14: values, end indexes,
// escapes and surrogate pairs, and the C scanner's error messages and positions, through json.loads too.
// Expected lines printed by pyodide 3.14.2.
import { describe } from 'vitest';
import { describeProgram } from '../vm/describe_program.js';

const PROGRAM = String.raw`import json
import _json
for a in [(1, 0), ("a",), ('"a"', 5), ('"a"', -1), ('abc"', 0), ('ab\\n"x', 0, False), ('a\tb"', 0, False), ('a\tb"', 0, True),
          ('\\u00e9\\ud834\\udd1e\\ud834"', 0), ('\\ud834\\u0041"', 0), ('\\u12', 0), ('\\u12"', 0), ('\\u12zz"', 0), ('\\ud834\\uzz11"', 0),
          ('😀é\\q"', 0), ('😀"abc"', 2), ('x', 0), ('x\\', 0), ('\\', 0), ("a", 1.5), ("a", 0, 2), ('"x"', True), ('é"', 0, [], 3)]:
    try: print(repr(_json.scanstring(*a)))
    except Exception as e: print(type(e).__name__, e, getattr(e, 'pos', None))
try: _json.scanstring(s="a", end=0)
except Exception as e: print(type(e).__name__, e)
print(_json.scanstring.__module__, _json.scanstring.__name__, type(_json.scanstring).__name__)
import json.decoder
print(json.decoder.scanstring is _json.scanstring)
import _json; print(repr(_json.__doc__))
docs = ['{"a": 1,}', '[1, 2', '{"a"}', '{"a": }', '"abc', '"a\\u12"', '"a\\ud800"', '"\\q"', '"tab\there"', '[1 2]', '{1: 2}',
        '', '   ', 'tru', 'nul', '[-]', '[01]', '1.', '.5', '-', '{"a":1}}', '[1e]', '"\x7f"', '{"a": [1, {"b": nul}]}',
        '[Infinity, -Infinity, NaN]', '"\\uD834\\uDD1E"', '"\\ud834x"', '[1.5e+3, -0, 1E-2]', '{"a":1, "a":2}', '123abc', '[,]', '{,}', '["a" "b"]']
for d in docs:
    try:
        print(repr(d), '->', repr(json.loads(d)))
    except json.JSONDecodeError as e:
        print(repr(d), 'ERR', e, '|', e.pos)
print(json.loads('"\\ud834x"') == '\ud834x')
print(json.dumps("\ud800"), json.dumps("\ud800", ensure_ascii=False) == '"\ud800"')
print(json.dumps({"a": [1, 2.0, None, True, "é"], "b": {}}, indent=2, ensure_ascii=False))
print(json.dumps([1e16, 1e-7, 123456789.123, float('inf'), -0.0, 10**30]))
class E(json.JSONEncoder):
    def default(self, o): return sorted(o) if isinstance(o, set) else super().default(o)
print(E().encode({"s": {3, 1}}), list(E(indent=1).iterencode([1]))) 
print(json.loads('{"a": 1.0}', parse_float=str), json.loads('[1]', parse_int=float), json.loads('{"x": 1}', object_pairs_hook=list))
`;

const EXPECTED = String.raw`TypeError first argument must be a string, not int None
TypeError scanstring() takes at least 2 arguments (1 given) None
ValueError end is out of bounds None
ValueError end is out of bounds None
('abc', 4)
('ab\n', 5)
('a\tb', 4)
JSONDecodeError Invalid control character at: line 1 column 2 (char 1) 1
('é𝄞\ud834', 25)
('\ud834A', 13)
JSONDecodeError Invalid \uXXXX escape: line 1 column 2 (char 1) 1
JSONDecodeError Invalid \uXXXX escape: line 1 column 2 (char 1) 1
JSONDecodeError Invalid \uXXXX escape: line 1 column 2 (char 1) 1
JSONDecodeError Invalid \uXXXX escape: line 1 column 8 (char 7) 7
JSONDecodeError Invalid \escape: line 1 column 3 (char 2) 2
('abc', 6)
JSONDecodeError Unterminated string starting at: line 1 column 0 (char -1) -1
JSONDecodeError Unterminated string starting at: line 1 column 0 (char -1) -1
JSONDecodeError Unterminated string starting at: line 1 column 0 (char -1) -1
TypeError 'float' object cannot be interpreted as an integer None
JSONDecodeError Unterminated string starting at: line 1 column 0 (char -1) -1
('x', 3)
TypeError scanstring() takes at most 3 arguments (4 given) None
TypeError scanstring() takes no keyword arguments
_json scanstring builtin_function_or_method
True
'json speedups\n'
'{"a": 1,}' ERR Illegal trailing comma before end of object: line 1 column 8 (char 7) | 7
'[1, 2' ERR Expecting ',' delimiter: line 1 column 6 (char 5) | 5
'{"a"}' ERR Expecting ':' delimiter: line 1 column 5 (char 4) | 4
'{"a": }' ERR Expecting value: line 1 column 7 (char 6) | 6
'"abc' ERR Unterminated string starting at: line 1 column 1 (char 0) | 0
'"a\\u12"' ERR Invalid \uXXXX escape: line 1 column 4 (char 3) | 3
'"a\\ud800"' -> 'a\ud800'
'"\\q"' ERR Invalid \escape: line 1 column 2 (char 1) | 1
'"tab\there"' ERR Invalid control character at: line 1 column 5 (char 4) | 4
'[1 2]' ERR Expecting ',' delimiter: line 1 column 4 (char 3) | 3
'{1: 2}' ERR Expecting property name enclosed in double quotes: line 1 column 2 (char 1) | 1
'' ERR Expecting value: line 1 column 1 (char 0) | 0
'   ' ERR Expecting value: line 1 column 4 (char 3) | 3
'tru' ERR Expecting value: line 1 column 1 (char 0) | 0
'nul' ERR Expecting value: line 1 column 1 (char 0) | 0
'[-]' ERR Expecting value: line 1 column 2 (char 1) | 1
'[01]' ERR Expecting ',' delimiter: line 1 column 3 (char 2) | 2
'1.' ERR Extra data: line 1 column 2 (char 1) | 1
'.5' ERR Expecting value: line 1 column 1 (char 0) | 0
'-' ERR Expecting value: line 1 column 1 (char 0) | 0
'{"a":1}}' ERR Extra data: line 1 column 8 (char 7) | 7
'[1e]' ERR Expecting ',' delimiter: line 1 column 3 (char 2) | 2
'"\x7f"' -> '\x7f'
'{"a": [1, {"b": nul}]}' ERR Expecting value: line 1 column 17 (char 16) | 16
'[Infinity, -Infinity, NaN]' -> [inf, -inf, nan]
'"\\uD834\\uDD1E"' -> '𝄞'
'"\\ud834x"' -> '\ud834x'
'[1.5e+3, -0, 1E-2]' -> [1500.0, 0, 0.01]
'{"a":1, "a":2}' -> {'a': 2}
'123abc' ERR Extra data: line 1 column 4 (char 3) | 3
'[,]' ERR Expecting value: line 1 column 2 (char 1) | 1
'{,}' ERR Expecting property name enclosed in double quotes: line 1 column 2 (char 1) | 1
'["a" "b"]' ERR Expecting ',' delimiter: line 1 column 6 (char 5) | 5
True
"\ud800" True
{
  "a": [
    1,
    2.0,
    null,
    true,
    "é"
  ],
  "b": {}
}
[1e+16, 1e-07, 123456789.123, Infinity, -0.0, 1000000000000000000000000000000]
{"s": [1, 3]} ['[\n 1', '\n', ']']
{'a': '1.0'} [1.0] [('x', 1)]
`;

describe('json_native', () => {
  describeProgram('json_native', PROGRAM, EXPECTED);
});
