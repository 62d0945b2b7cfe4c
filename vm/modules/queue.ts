// The _queue module (CPython's Modules/_queuemodule.c): SimpleQueue, the unbounded FIFO queue that
// queue.SimpleQueue is and concurrent.futures' thread pools hand their work through, and _queue.Empty.
//
// get() on an empty queue waits for another thread to put() (vm/runtime/threads.ts parks the getter when
// it was called from Python code). With no other thread a timed get() sleeps its timeout out and an
// endless one is an error: nothing could ever put an item, and CPython would block forever.

import { PyObject, PyType, PyValue, makeBuiltinType, objectType, typeType, typeName } from '../objects/object.js';
import { PyModule } from '../objects/module.js';
import { PyFloat } from '../objects/float.js';
import { defClassMethod, defMethod, defNew, bindArgs, noArgs } from '../objects/native.js';
import { None } from '../objects/singletons.js';
import { PyBaseException, exceptionType } from '../objects/exceptions.js';
import { asIndex, truthy } from '../runtime/protocols.js';
import { currentInterpreter } from '../runtime/interpreter.js';
import { typeError, valueError, overflowError } from '../runtime/raise.js';
import { waitForThread } from './fd_wait.js';
import { genericAlias } from './collections.js';
import { registerNativeModule } from './registry.js';

/** _queue.Empty (PyErr_NewExceptionWithDoc: a heap class carrying its __module__). */
export const EmptyError = new PyType(typeType, 'Empty', [exceptionType('Exception')], '_queue');
EmptyError.hasInstanceDict = true;
EmptyError.attrs.set('__module__', '_queue');
EmptyError.attrs.set('__doc__', 'Exception raised by Queue.get(block=0)/get_nowait().');

export const simpleQueueType = makeBuiltinType('SimpleQueue', objectType, '_queue');

class PySimpleQueue extends PyObject {
  /** The items; `head` is the index of the next one to get (the array is compacted now and then). */
  items: PyValue[] = [];
  head = 0;

  get size(): number {
    return this.items.length - this.head;
  }

  take(): PyValue {
    const v = this.items[this.head];
    this.items[this.head++] = None;
    if (this.head > 64 && this.head * 2 > this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
    return v;
  }
}
simpleQueueType.allocate = (cls) => new PySimpleQueue(cls);
const sq = (v: PyValue): PySimpleQueue => v as PySimpleQueue;

const NO_PUTTER =
  'pyrewind: this queue is empty and no other thread exists to put an item in it ' +
  '(CPython would block forever here)';

/** The methods whose call may park their thread until an item comes. */
const getters = new Set<PyValue>();

/** get()'s timeout in seconds (-1: none), with CPython's checks. */
function timeoutArg(t: PyValue | undefined): number {
  if (t === undefined || t === None) return -1;
  let s: number;
  if (t instanceof PyFloat) s = t.value;
  else if (typeof t === 'number') s = t;
  else {
    const n = asIndex(t, () => typeError(`'${typeName(t)}' object cannot be interpreted as an integer or float`));
    if (typeof n === 'bigint') throw overflowError('timestamp too large to convert to C PyTime_t');
    s = n;
  }
  if (Number.isNaN(s)) throw valueError('Invalid value NaN (not a number)');
  if (s < 0) throw valueError("'timeout' must be a non-negative number");
  return s;
}

function get(self: PyValue, block: boolean, timeout: number): PyValue {
  const q = sq(self);
  if (q.size > 0) return q.take();
  if (!block || timeout === 0) throw new PyBaseException(EmptyError, []);
  const take = (timedOut: boolean): PyValue => {
    if (timedOut) throw new PyBaseException(EmptyError, []);
    return q.take();
  };
  return waitForThread(currentInterpreter(), getters, timeout, () => q.size > 0, take, 'SimpleQueue.get()', NO_PUTTER);
}

defNew(simpleQueueType, (cls, args, kwargs) => {
  if (cls === simpleQueueType || cls.lookup('__init__') === objectType.attrs.get('__init__')) {
    if (args.length > 0) throw typeError('SimpleQueue() takes no positional arguments');
    if (kwargs !== null && kwargs.size > 0) throw typeError('SimpleQueue() takes no keyword arguments');
  }
  return new PySimpleQueue(cls);
});
defMethod(simpleQueueType, 'get', (self, args, kwargs) => {
  if (args.length > 2) throw typeError(`get() takes at most 2 arguments (${args.length} given)`);
  const [b, t] = bindArgs('get', ['block', 'timeout'], args, kwargs);
  const block = b === undefined ? true : truthy(b);
  return get(self, block, timeoutArg(t));
});
defMethod(simpleQueueType, 'get_nowait', (self, args, kwargs) => {
  noArgs('SimpleQueue.get_nowait', args, kwargs);
  return get(self, false, -1);
});
getters.add(simpleQueueType.attrs.get('get')!);
defMethod(simpleQueueType, 'put', (self, args, kwargs) => {
  if (args.length > 3) throw typeError(`put() takes at most 3 arguments (${args.length} given)`);
  const [item] = bindArgs('put', ['item', 'block', 'timeout'], args, kwargs);
  if (item === undefined) throw typeError("put() missing required argument 'item' (pos 1)");
  sq(self).items.push(item);
  return None;
});
defMethod(simpleQueueType, 'put_nowait', (self, args, kwargs) => {
  const [item] = bindArgs('put_nowait', ['item'], args, kwargs);
  if (item === undefined) throw typeError("put_nowait() missing required argument 'item' (pos 1)");
  sq(self).items.push(item);
  return None;
});
defMethod(simpleQueueType, 'empty', (self, args, kwargs) => {
  noArgs('SimpleQueue.empty', args, kwargs);
  return sq(self).size === 0;
});
defMethod(simpleQueueType, 'qsize', (self, args, kwargs) => {
  noArgs('SimpleQueue.qsize', args, kwargs);
  return sq(self).size;
});
defClassMethod(simpleQueueType, '__class_getitem__', (cls, args) => genericAlias(cls, args[0]));

function makeQueueModule(): PyModule {
  const mod = new PyModule('_queue');
  mod.dict.setStr('SimpleQueue', simpleQueueType);
  mod.dict.setStr('Empty', EmptyError);
  return mod;
}

registerNativeModule('_queue', makeQueueModule);
