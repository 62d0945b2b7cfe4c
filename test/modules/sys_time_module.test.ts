// Checks sys.set_int_max_str_digits/get_int_max_str_digits (one limit for str(), int(), format() and %),
// sys.flags, builtin_module_names, displayhook, and time.sleep/gmtime argument errors against CPython
// 3.14. Expected lines printed by pyodide 3.14.2.
import { describe } from 'vitest';
import { describeProgram } from '../vm/describe_program.js';

const PROGRAM = String.raw`import sys, time
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
show('default', lambda: (sys.get_int_max_str_digits(), sys.flags.int_max_str_digits, sys.int_info.default_max_str_digits, sys.int_info.str_digits_check_threshold))
for a in [(639,), (-1,), ('x',), (), (1000, 2), (2**70,)]:
    show(f'set {a!r}', lambda: sys.set_int_max_str_digits(*a))
show('set kw', lambda: (sys.set_int_max_str_digits(maxdigits=700), sys.get_int_max_str_digits(), sys.flags.int_max_str_digits))
show('str limited', lambda: len(str(10 ** 699)))
show('str over', lambda: str(10 ** 700))
show('int over', lambda: int('1' * 701))
show('format over', lambda: format(10 ** 700, 'd'))
show('percent over', lambda: '%d' % (10 ** 700))
show('hex unlimited', lambda: len(hex(10 ** 800)))
sys.set_int_max_str_digits(0)
show('unlimited', lambda: (len(str(10 ** 5000)), len(f'{10 ** 5000}'), len('%d' % 10 ** 5000), sys.flags.int_max_str_digits))
sys.set_int_max_str_digits(4300)
show('builtin names', lambda: ('sys' in sys.builtin_module_names, 'builtins' in sys.builtin_module_names, list(sys.builtin_module_names) == sorted(sys.builtin_module_names)))
show('hooks', lambda: (callable(sys.displayhook), sys.displayhook is sys.__displayhook__, callable(sys.excepthook)))
import builtins
sys.displayhook(42)
show('underscore', lambda: builtins._)
sys.displayhook(None)
show('underscore kept', lambda: builtins._)
class F:
    def __float__(self): return 0.0
class I:
    def __index__(self): return 0
for a in [F(), I(), 'x', None, float('nan'), -1, -0.5, 2 ** 70]:
    show(f'sleep {type(a).__name__}', lambda: time.sleep(a))
for a in ['x', None, F(), float('nan'), 1e300]:
    show(f'gmtime {type(a).__name__}', lambda: time.gmtime(a)[:3] if a is not None else len(time.gmtime(a)))
show('gmtime args', lambda: time.gmtime(1, 2))
show('gmtime 1e9', lambda: tuple(time.gmtime(10 ** 9)))
`;

const EXPECTED = String.raw`default (4300, 4300, 4300, 640)
set (639,) ValueError maxdigits must be >= 640 or 0 for unlimited
set (-1,) ValueError maxdigits must be >= 640 or 0 for unlimited
set ('x',) TypeError 'str' object cannot be interpreted as an integer
set () TypeError set_int_max_str_digits() missing required argument 'maxdigits' (pos 1)
set (1000, 2) TypeError set_int_max_str_digits() takes at most 1 argument (2 given)
set (1180591620717411303424,) OverflowError Python int too large to convert to C int
set kw (None, 700, 700)
str limited 700
str over ValueError Exceeds the limit (700 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit
int over ValueError Exceeds the limit (700 digits) for integer string conversion: value has 701 digits; use sys.set_int_max_str_digits() to increase the limit
format over ValueError Exceeds the limit (700 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit
percent over ValueError Exceeds the limit (700 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit
hex unlimited 667
unlimited (5001, 5001, 5001, 0)
builtin names (True, True, True)
hooks (True, True, True)
42
underscore 42
underscore kept 42
sleep F TypeError 'F' object cannot be interpreted as an integer or float
sleep I None
sleep str TypeError 'str' object cannot be interpreted as an integer or float
sleep NoneType TypeError 'NoneType' object cannot be interpreted as an integer or float
sleep float ValueError Invalid value NaN (not a number)
sleep int ValueError sleep length must be non-negative
sleep float ValueError sleep length must be non-negative
sleep int OverflowError timestamp too large to convert to C PyTime_t
gmtime str TypeError 'str' object cannot be interpreted as an integer
gmtime NoneType 9
gmtime F TypeError 'F' object cannot be interpreted as an integer
gmtime float ValueError Invalid value NaN (not a number)
gmtime float OverflowError timestamp out of range for platform time_t
gmtime args TypeError gmtime() takes at most 1 argument (2 given)
gmtime 1e9 (2001, 9, 9, 1, 46, 40, 6, 252, 0)
`;

describe('sys_time_module', () => {
  describeProgram('sys_time_module', PROGRAM, EXPECTED);
});
