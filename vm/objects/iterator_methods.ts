// The Python-visible protocol of the built-in container iterators (objects/iterators.ts and the set
// and dict iterators): __iter__ returning self, __next__ raising StopIteration at the end, and
// __length_hint__ where CPython has one.
//
// Native code never goes through these (it calls PyIterator.next(), which returns undefined at the
// end); they exist for next(it), it.__next__() and operator.length_hint(). This file must not import
// the method files that call defIteratorProtocol (they import it at module evaluation).

import { PyType, PyValue, typeOf } from './object.js';
import { defMethod, defNew, noArgs } from './native.js';
import { typeError } from '../runtime/raise.js';
import { NotImplemented } from './singletons.js';
import { PyBaseException, StopIteration } from './exceptions.js';
import {
  PyIterator, listIteratorType, listReverseIteratorType, tupleIteratorType, strIteratorType, strAsciiIteratorType,
  rangeIteratorType, longRangeIteratorType, dictKeyIteratorType, dictValueIteratorType,
  dictItemIteratorType, setIteratorType, seqIteratorType, bytesIteratorType,
} from './iterators.js';
import { PyList } from './list.js';
import { strLen } from './str_core.js';
import { len } from '../runtime/protocols.js';

/** What __length_hint__ returns for one iterator type; NotImplemented means "no estimate". */
export type LengthHint = (it: PyIterator) => PyValue;

/** An iterator that can say how many items it has left (the iterators defined outside iterators.ts). */
interface HasLengthHint {
  lengthHint(): number;
}

function ownLengthHint(it: PyIterator): PyValue {
  const h = (it as unknown as Partial<HasLengthHint>).lengthHint;
  return typeof h === 'function' ? h.call(it) : NotImplemented;
}

/** Register __iter__, __next__ and (unless `hint` is null) __length_hint__ on an iterator type. */
export function defIteratorProtocol(t: PyType, hint: LengthHint | null = ownLengthHint): void {
  defMethod(t, '__iter__', (self) => self);
  defMethod(t, '__next__', (self) => {
    const v = (self as PyIterator).next();
    if (v === undefined) throw new PyBaseException(StopIteration, []);
    return v;
  });
  if (hint !== null) {
    defMethod(t, '__length_hint__', (self, args, kwargs) => {
      noArgs(`${t.name}.__length_hint__`, args, kwargs);
      return hint(self as PyIterator);
    });
  }
}

// The iterators of objects/iterators.ts keep their position in fields that are private to TypeScript
// only; these views name the fields each hint reads (kept in step with that file).
interface TupleIteratorState { i: number; items: PyValue[] }
interface ListReverseIteratorState { i: number; list: PyList | null }
interface StrIteratorState { i: number; s: string }
interface RangeIteratorState { left: number | bigint }
interface SeqIteratorState { i: number; done: boolean; seq: PyValue }

function tupleHint(it: PyIterator): PyValue {
  if ('lengthHint' in it) return ownLengthHint(it);
  const st = it as unknown as TupleIteratorState;
  return Math.max(0, st.items.length - st.i);
}

function listReverseHint(it: PyIterator): PyValue {
  if ('lengthHint' in it) return ownLengthHint(it);
  const st = it as unknown as ListReverseIteratorState;
  if (st.list === null || st.i < 0 || st.i >= st.list.items.length) return 0;
  return st.i + 1;
}

function strHint(it: PyIterator): PyValue {
  if ('lengthHint' in it) return ownLengthHint(it);
  const st = it as unknown as StrIteratorState;
  return st.i >= st.s.length ? 0 : strLen(st.s.slice(st.i));
}

function rangeHint(it: PyIterator): PyValue {
  if ('lengthHint' in it) return ownLengthHint(it);
  const left = (it as unknown as RangeIteratorState).left;
  if (typeof left === 'number') return left > 0 ? left : 0;
  if (left <= 0n) return 0;
  return left <= 9007199254740991n ? Number(left) : left;
}

/** The old sequence protocol's iterator: len(seq) - index when the sequence has a length. */
function seqHint(it: PyIterator): PyValue {
  if ('lengthHint' in it) return ownLengthHint(it);
  const st = it as unknown as SeqIteratorState;
  if (st.done) return 0;
  if (typeOf(st.seq).lookup('__len__') === undefined) return NotImplemented;
  const n = len(st.seq) - st.i;
  return n > 0 ? n : 0;
}

defIteratorProtocol(listIteratorType);
defIteratorProtocol(listReverseIteratorType, listReverseHint);
defIteratorProtocol(tupleIteratorType, tupleHint);
defIteratorProtocol(strIteratorType, strHint);
defIteratorProtocol(strAsciiIteratorType, strHint);
defIteratorProtocol(rangeIteratorType, rangeHint);
defIteratorProtocol(longRangeIteratorType, rangeHint);
// DictIterator does not count what it has produced; until it does, it gives no estimate.
defIteratorProtocol(dictKeyIteratorType);
defIteratorProtocol(dictValueIteratorType);
defIteratorProtocol(dictItemIteratorType);
defIteratorProtocol(setIteratorType);
defIteratorProtocol(seqIteratorType, seqHint);
defIteratorProtocol(bytesIteratorType);

// No constructor (tp_new is NULL): calling the type says so.
for (const t of [
  listIteratorType, listReverseIteratorType, tupleIteratorType, strIteratorType, strAsciiIteratorType,
  rangeIteratorType, longRangeIteratorType, dictKeyIteratorType, dictValueIteratorType,
  dictItemIteratorType, setIteratorType, seqIteratorType, bytesIteratorType,
]) {
  defNew(t, () => {
    throw typeError(`cannot create '${t.name}' instances`);
  });
}
