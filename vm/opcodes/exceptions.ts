// Opcode helpers for raising and matching exceptions: RAISE_VARARGS, the implicit __context__,
// CHECK_EXC_MATCH, CHECK_EG_MATCH (except*), WITH_EXCEPT_START, and the error for opcodes the VM does
// not implement.

import { PyValue, PyType, typeOf, typeName } from '../objects/object.js';
import { PyTuple } from '../objects/tuple.js';
import { PyList } from '../objects/list.js';
import { None } from '../objects/singletons.js';
import { PyCode } from '../objects/code.js';
import {
  PyBaseException, BaseException, BaseExceptionGroup, SystemError, makeExceptionGroup, splitExceptionGroup,
  groupLeaves,
} from '../objects/exceptions.js';
import { PyTraceback } from '../objects/traceback.js';
import { getAttr } from '../runtime/attributes.js';
import type { Frame } from '../runtime/frame.js';
import { callObject } from '../runtime/call.js';
import { typeError } from '../runtime/raise.js';

/** The exception instance for `raise X [from Y]`. */
export function makeRaisable(v: PyValue, cause: PyValue | undefined): PyBaseException {
  let exc: PyBaseException;
  if (v instanceof PyType && v.isSubtypeOf(BaseException)) {
    const inst = callObject(v, []);
    if (!(inst instanceof PyBaseException)) {
      throw typeError(`calling ${v.name} should have returned an instance of BaseException, not ${typeName(inst)}`);
    }
    exc = inst;
  } else if (v instanceof PyBaseException) {
    exc = v;
  } else {
    throw typeError('exceptions must derive from BaseException');
  }
  if (cause !== undefined) {
    if (cause === None) {
      exc.cause = null;
    } else if (cause instanceof PyType && cause.isSubtypeOf(BaseException)) {
      exc.cause = callObject(cause, []) as PyBaseException;
    } else if (cause instanceof PyBaseException) {
      exc.cause = cause;
    } else {
      throw typeError('exception causes must derive from BaseException');
    }
    exc.suppressContext = true;
  }
  return exc;
}

/** Chain the exception being handled as __context__ of a new one, avoiding cycles. */
export function setContext(exc: PyBaseException, handled: PyValue): void {
  if (!(handled instanceof PyBaseException) || handled === exc) return;
  // Break a cycle: if exc is already in handled's context chain, cut it there.
  let o: PyBaseException | null = handled;
  while (o !== null) {
    const next: PyBaseException | null = o.context;
    if (next === exc) {
      o.context = null;
      break;
    }
    o = next;
  }
  exc.context = handled;
}

function checkCatchable(right: PyValue, star: boolean): void {
  const ok = (t: PyValue): boolean => t instanceof PyType && t.isSubtypeOf(BaseException);
  if (right instanceof PyTuple) {
    for (const t of right.items) {
      if (!ok(t)) throw typeError('catching classes that do not inherit from BaseException is not allowed');
      if (star && (t as PyType).isSubtypeOf(BaseExceptionGroup)) {
        throw typeError('catching ExceptionGroup with except* is not allowed. Use except instead.');
      }
    }
  } else {
    if (!ok(right)) throw typeError('catching classes that do not inherit from BaseException is not allowed');
    if (star && (right as PyType).isSubtypeOf(BaseExceptionGroup)) {
      throw typeError('catching ExceptionGroup with except* is not allowed. Use except instead.');
    }
  }
}

export function exceptionMatches(exc: PyValue, right: PyValue): boolean {
  const t = typeOf(exc);
  if (right instanceof PyTuple) return right.items.some((r) => r instanceof PyType && t.isSubtypeOf(r));
  return right instanceof PyType && t.isSubtypeOf(right);
}

export function checkExcMatch(left: PyValue, right: PyValue): boolean {
  checkCatchable(right, false);
  return exceptionMatches(left, right);
}

/**
 * CHECK_EG_MATCH (except*): [rest, match]. A naked exception that matches is wrapped in a new
 * ExceptionGroup('', [exc]) whose traceback is this frame alone; a group is split with its own split().
 */
export function checkEgMatch(frame: Frame, lasti: number, exc: PyValue, matchType: PyValue): [PyValue, PyValue] {
  checkCatchable(matchType, true);
  if (exc === None) return [None, None];
  if (exceptionMatches(exc, matchType)) {
    if (exc instanceof PyBaseException && exc.egExceptions !== null) return [None, exc];
    const eg = makeExceptionGroup('', new PyTuple([exc]));
    eg.traceback = new PyTraceback(null, frame, lasti, frame.code.lineAt(lasti));
    return [None, eg];
  }
  if (exc instanceof PyBaseException && exc.egExceptions !== null) {
    const pair = callObject(getAttr(exc, 'split'), [matchType]);
    if (!(pair instanceof PyTuple) || pair.items.length !== 2) {
      throw typeError(`${exc.cls.name}.split must return a 2-tuple, got ${typeName(pair)}`);
    }
    return [pair.items[1], pair.items[0]];
  }
  return [exc, None];
}

/**
 * Exceptions raised again unchanged carry the original's traceback, cause and context. (CPython also
 * compares a `notes` slot that add_note never fills, since __notes__ lives in the instance dict.)
 */
function sameMetadata(a: PyBaseException, b: PyBaseException): boolean {
  return a.traceback === b.traceback && a.cause === b.cause && a.context === b.context;
}

/**
 * INTRINSIC_PREP_RERAISE_STAR: what a try/except* re-raises after its handlers ran. Re-raised parts keep
 * their place in the original group's structure; newly raised ones become siblings in a new group.
 */
export function prepReraiseStar(orig: PyValue, excs: PyValue): PyValue {
  const list = (excs as PyList).items;
  if (list.length === 0) return None;
  if (!(orig instanceof PyBaseException) || orig.egExceptions === null) return list[0];
  const raised: PyValue[] = [];
  const keep = new Set<PyBaseException>();
  for (const e of list) {
    if (e === None) continue;
    if (e instanceof PyBaseException && sameMetadata(e, orig)) groupLeaves(e, keep);
    else raised.push(e);
  }
  const [reraised] = splitExceptionGroup(orig, (e) => e.egExceptions === null && keep.has(e), false);
  if (raised.length === 0) return reraised ?? None;
  if (reraised !== null) raised.push(reraised);
  if (raised.length === 1) return raised[0];
  return makeExceptionGroup('', new PyList(raised));
}

export function withExceptStart(exitFunc: PyValue, exitSelf: PyValue | null, val: PyValue): PyValue {
  const exc = val as PyBaseException;
  const tb = exc instanceof PyBaseException && exc.traceback !== null ? exc.traceback : None;
  const args = [typeOf(val), val, tb];
  if (exitSelf !== null) args.unshift(exitSelf);
  return callObject(exitFunc, args);
}

export function unsupportedOpcode(name: string, code: PyCode, index: number): PyBaseException {
  const line = code.lineAt(index);
  return new PyBaseException(SystemError, [
    `pyrewind does not support the opcode ${name} yet (${code.filename}, line ${line ?? '?'}, in ${code.qualname})`,
  ]);
}
