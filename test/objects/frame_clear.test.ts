// Checks frame.clear() against CPython 3.14: refused for executing and suspended frames, drops the locals
// of finished ones, finalizes an unstarted generator; traceback.clear_frames and unittest's assertRaises
// (which clears the frames of the caught traceback) rely on it. Expected lines printed by pyodide 3.14.2.
import { describe } from 'vitest';
import { describeProgram } from '../vm/describe_program.js';

const PROGRAM = String.raw`import sys, traceback, unittest
def f():
    try:
        sys._getframe().clear()
    except RuntimeError as e:
        print('executing', e)
    a = 1; b = [2]
    return sys._getframe()
fr = f()
print('before', sorted(fr.f_locals.items()), fr.f_lineno)
print('clear', fr.clear())
print('after', fr.f_locals, fr.f_lineno, fr.f_code.co_name)
def g():
    x = 5
    yield sys._getframe()
    yield 2
gen = g()
gf = next(gen)
try:
    gf.clear()
except RuntimeError as e:
    print('suspended', e)
print('still suspended', gen.gi_suspended, next(gen))
gen2 = g()
gen2.gi_frame.clear()
print('unstarted', gen2.gi_frame, gen2.gi_suspended, list(gen2))
def h():
    yield sys._getframe().clear()
try:
    next(h())
except RuntimeError as e:
    print('running generator', e)
def k():
    secret = 'value'
    1 / 0
try:
    k()
except ZeroDivisionError as e:
    tb = e.__traceback__
    traceback.clear_frames(tb)
    print('clear_frames', tb.tb_next.tb_frame.f_locals, tb.tb_next.tb_lineno)
class T(unittest.TestCase):
    def test_raises(self):
        with self.assertRaises(KeyError) as cm:
            {}['missing']
        self.assertEqual(cm.exception.args, ('missing',))
        self.assertRaises(ZeroDivisionError, k)
r = unittest.TestResult()
T('test_raises').run(r)
print('assertRaises', r.testsRun, r.errors, r.failures)
`;

const EXPECTED = String.raw`executing cannot clear an executing frame
before [('a', 1), ('b', [2])] 8
clear None
after {} 8 f
suspended cannot clear a suspended frame
still suspended True 2
unstarted None False []
running generator cannot clear an executing frame
clear_frames {} 35
assertRaises 1 [] []
`;

describe('frame_clear', () => {
  describeProgram('frame_clear', PROGRAM, EXPECTED);
});
