// Checks the _thread module (locks, RLock, _local, thread handles, module functions) against CPython
// 3.14: the expected lines were printed by CPython (pyodide 3.14.2) running the same program, which
// imports _thread directly (threading.py is not involved). It starts no thread: pyodide has none
// (threaded programs are compared with the machine's CPython in test/threads).
import { describe } from 'vitest';
import { describeProgram } from '../vm/describe_program.js';

const PROGRAM = String.raw`import _thread
print(sorted(k for k in dir(_thread) if not k.startswith('__')))
L = _thread.allocate_lock()
print(type(L), _thread.LockType, repr(L).split(' at ')[0], L.locked())
print(L.acquire(), L.locked(), repr(L).split(' at ')[0], L.acquire(False), L.acquire(timeout=0.01), L.acquire(blocking=False))
L.release()
try: L.release()
except RuntimeError as e: print(type(e).__name__, e)
try: L.acquire(False, 1)
except ValueError as e: print(e)
try: L.acquire(timeout=-2)
except ValueError as e: print(e)
try: L.acquire(1,2,3)
except TypeError as e: print(e)
with L: print('in', L.locked())
print(L.locked(), L.acquire_lock(), L.locked_lock(), L.release_lock())
print(_thread.error, _thread.TIMEOUT_MAX, _thread._count(), _thread.stack_size(), _thread.daemon_threads_allowed())
print(type(_thread.get_ident()), _thread.get_ident() == _thread._get_main_thread_ident(), _thread._is_main_interpreter())
R = _thread.RLock()
print(repr(R).split(' at ')[0], R.acquire(), R.acquire(), repr(R).split(' at ')[0].replace(str(_thread.get_ident()),'ID'), R._is_owned(), R._recursion_count())
R.release(); R.release()
try: R.release()
except RuntimeError as e: print(e)
print(R.locked())
loc = _thread._local(); loc.x = 1; print(loc.x, type(loc))
try: _thread._local(1)
except TypeError as e: print(e)
h = _thread._ThreadHandle(); print(repr(h).split(' at ')[0], h.ident, h.is_done())
try: h.join()
except Exception as e: print(type(e).__name__, e)
hh = _thread._make_thread_handle(5); print(hh.ident, hh.is_done()); hh._set_done(); print(hh.is_done(), hh.join(), hh.join(0.1))
try: _thread.LockType(1)
except Exception as e: print(type(e).__name__, e)
for a, k in [((), {'timeout': 'x'}), ((), {'timeout': 1e300}), ((), {'blocking': 'a'}), ((), {'x': 1}), ((None,), {})]:
    try: print(L.acquire(*a, **k)); L.release()
    except Exception as e: print(type(e).__name__, e)
try: _thread.stack_size(100)
except Exception as e: print(type(e).__name__, e)
R = _thread.RLock()
try: R._release_save()
except Exception as e: print(type(e).__name__, e)
R.acquire(); R.acquire(); s = R._release_save(); print(s[0], R._is_owned()); R._acquire_restore(s); print(R._recursion_count())
print(R.__exit__(None, None, None), R._recursion_count())
class Sub(_thread.RLock): pass
class LSub(_thread._local):
    def __init__(self, a): self.a = a
print(LSub(3).a, repr(Sub()).split(' at ')[0])
try:
    class X(_thread.LockType): pass
except TypeError as e: print(type(e).__name__)
print(_thread._ExceptHookArgs((1,2,3,4)))
try: _thread.exit()
except SystemExit as e: print('SystemExit', e.args)
print(L.acquire(blocking=False, timeout=-1), L.release())
print(L.locked(), L._at_fork_reinit(), L.acquire(True, 0), L.acquire(True, 0))
import _weakref; print(_weakref.ref(L)() is L, _weakref.ref(R)() is R)
def blocked():
    L2 = _thread.allocate_lock(); L2.acquire()
    try: L2.acquire()
    except RuntimeError as e: return 'RuntimeError'
    return 'no error'
print(blocked() if False else 'skip')
print(_thread.lock is _thread.LockType, _thread.allocate is not None, _thread.start_new is not None)
try: _thread.allocate_lock(1)
except TypeError as e: print(e)
print(_thread.RLock(1, x=2) is not None)
print(_thread._ExceptHookArgs((ValueError, ValueError('v'), None, None)).exc_type)
`;

const EXPECTED = String.raw`['LockType', 'RLock', 'TIMEOUT_MAX', '_ExceptHookArgs', '_ThreadHandle', '_count', '_excepthook', '_get_main_thread_ident', '_is_main_interpreter', '_local', '_make_thread_handle', '_shutdown', 'allocate', 'allocate_lock', 'daemon_threads_allowed', 'error', 'exit', 'exit_thread', 'get_ident', 'interrupt_main', 'lock', 'stack_size', 'start_joinable_thread', 'start_new', 'start_new_thread']
<class '_thread.lock'> <class '_thread.lock'> <unlocked _thread.lock object False
True True <locked _thread.lock object False False False
RuntimeError release unlocked lock
can't specify a timeout for a non-blocking call
timeout value must be a non-negative number
acquire() takes at most 2 arguments (3 given)
in True
False True True None
<class 'RuntimeError'> 9223372036.0 0 0 True
<class 'int'> True True
<unlocked _thread.RLock object owner=0 count=0 True True <locked _thread.RLock object owner=ID count=2 True 2
cannot release un-acquired lock
False
1 <class '_thread._local'>
Initialization arguments are not supported
<_thread._ThreadHandle object: ident=0> 0 False
RuntimeError thread not started
5 False
True None None
TypeError lock expected 0 arguments, got 1
TypeError 'str' object cannot be interpreted as an integer or float
OverflowError timestamp out of range for platform time_t
True
TypeError acquire() got an unexpected keyword argument 'x'
True
ValueError size not valid: 100 bytes
RuntimeError cannot release un-acquired lock
2 False
2
None 1
3 <unlocked Sub object owner=0 count=0
TypeError
_thread._ExceptHookArgs(exc_type=1, exc_value=2, exc_traceback=3, thread=4)
SystemExit ()
True None
False None True False
True True
skip
True True True
_thread.allocate_lock() takes no arguments (1 given)
True
<class 'ValueError'>
`;

describe('_thread', () => {
  describeProgram('_thread', PROGRAM, EXPECTED);
});

// pyrewind's own behaviour where CPython would wait forever: no other thread exists to release the lock.
const SINGLE_THREAD_PROGRAM = String.raw`import _thread
L = _thread.allocate_lock()
L.acquire()
try:
    L.acquire()
except RuntimeError as e:
    print('blocking acquire of a held lock:', 'block forever' in str(e))
print('timeout acquire of a held lock:', L.acquire(timeout=0.01))
R = _thread.RLock()
print(R.acquire(), R.acquire(timeout=1), R._recursion_count())
`;

describe('_thread in a single-threaded VM', () => {
  describeProgram('_thread single thread', SINGLE_THREAD_PROGRAM, `blocking acquire of a held lock: True
timeout acquire of a held lock: False
True True 2
`);
});
