// Opcode helpers for raising and matching exceptions: RAISE_VARARGS, the implicit __context__,
// CHECK_EXC_MATCH, CHECK_EG_MATCH (except*), WITH_EXCEPT_START, and the error for opcodes the VM does
// not implement.

import { PyValue, PyType, typeOf, typeName } from '../objects/object.js';
import { PyTuple } from '../objects/tuple.js';
import { PyList } from '../objects/list.js';
import { None } from '../objects/singletons.js';
import { PyCode } from '../objects/code.js';
import {
  PyBaseException, BaseException, BaseExceptionGroup, ExceptionGroup, SystemError, initExceptionFields,
} from '../objects/exceptions.js';
import { callObject } from '../runtime/call.js';
import { typeError } from '../runtime/raise.js';
import type { Interpreter } from '../runtime/interpreter.js';

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

/** except*: split an exception (group) into the part matching `matchType` and the rest. */
export function checkEgMatch(_interp: Interpreter, exc: PyValue, matchType: PyValue): [PyValue, PyValue] {
  checkCatchable(matchType, true);
  if (!(exc instanceof PyBaseException)) return [exc, None];
  if (!exc.cls.isSubtypeOf(BaseExceptionGroup)) {
    if (exceptionMatches(exc, matchType)) {
      // A naked exception matched by except*: wrap it in an ExceptionGroup('', [exc]).
      const eg = new PyBaseException(ExceptionGroup, ['', new PyTuple([exc])]);
      eg.traceback = exc.traceback;
      return [None, eg];
    }
    return [exc, None];
  }
  const [match, rest] = splitGroup(exc, (e) => exceptionMatches(e, matchType));
  return [rest ?? None, match ?? None];
}

function groupItems(eg: PyBaseException): PyBaseException[] {
  const t = eg.args[1];
  if (t instanceof PyTuple || t instanceof PyList) return t.items as PyBaseException[];
  return [];
}

/** BaseExceptionGroup.split with a predicate; returns [match, rest] (null for empty). */
export function splitGroup(
  eg: PyBaseException,
  pred: (e: PyBaseException) => boolean,
): [PyBaseException | null, PyBaseException | null] {
  if (pred(eg)) return [eg, null];
  if (!eg.cls.isSubtypeOf(BaseExceptionGroup)) return [null, eg];
  const matched: PyBaseException[] = [];
  const rest: PyBaseException[] = [];
  for (const e of groupItems(eg)) {
    const [m, r] = splitGroup(e, pred);
    if (m !== null) matched.push(m);
    if (r !== null) rest.push(r);
  }
  return [deriveGroup(eg, matched), deriveGroup(eg, rest)];
}

function deriveGroup(orig: PyBaseException, items: PyBaseException[]): PyBaseException | null {
  if (items.length === 0) return null;
  const cls = items.every((e) => e.cls.isSubtypeOf(BaseException) && !e.cls.isSubtypeOf(BaseExceptionGroup) ? e.cls.mro.some((c) => c.name === 'Exception') : e.cls.mro.some((c) => c.name === 'Exception'))
    ? (orig.cls.isSubtypeOf(ExceptionGroup) ? orig.cls : ExceptionGroup)
    : BaseExceptionGroup;
  const g = new PyBaseException(orig.cls === cls ? orig.cls : cls, [orig.args[0], new PyTuple(items)]);
  g.traceback = orig.traceback;
  g.cause = orig.cause;
  g.context = orig.context;
  g.suppressContext = orig.suppressContext;
  const notes = orig.dict?.getStr('__notes__');
  if (notes !== undefined) {
    initExceptionFields(g, null);
  }
  return g;
}

/** INTRINSIC_PREP_RERAISE_STAR: what an except* block re-raises after its handlers ran. */
export function prepReraiseStar(orig: PyValue, excs: PyValue): PyValue {
  const list = (excs as PyList).items.filter((e) => e !== None) as PyBaseException[];
  if (list.length === 0) return None;
  if (!(orig instanceof PyBaseException) || !orig.cls.isSubtypeOf(BaseExceptionGroup)) {
    return list[0];
  }
  // Exceptions re-raised unchanged keep their place in the original group; new ones are added.
  const raised: PyBaseException[] = [];
  const reraisedLeaves = new Set<PyBaseException>();
  const collectLeaves = (e: PyBaseException): void => {
    if (e.cls.isSubtypeOf(BaseExceptionGroup)) for (const x of groupItems(e)) collectLeaves(x);
    else reraisedLeaves.add(e);
  };
  const origLeaves = new Set<PyBaseException>();
  const collectOrig = (e: PyBaseException): void => {
    if (e.cls.isSubtypeOf(BaseExceptionGroup)) for (const x of groupItems(e)) collectOrig(x);
    else origLeaves.add(e);
  };
  collectOrig(orig);
  for (const e of list) {
    let isReraise = true;
    const leaves: PyBaseException[] = [];
    const walk = (x: PyBaseException): void => {
      if (x.cls.isSubtypeOf(BaseExceptionGroup)) for (const y of groupItems(x)) walk(y);
      else leaves.push(x);
    };
    walk(e);
    for (const l of leaves) if (!origLeaves.has(l)) isReraise = false;
    if (isReraise) collectLeaves(e);
    else raised.push(e);
  }
  const [kept] = splitGroup(orig, (e) => !e.cls.isSubtypeOf(BaseExceptionGroup) && reraisedLeaves.has(e));
  if (raised.length === 0) return kept ?? None;
  const all = kept !== null ? [...raised, kept] : raised;
  if (all.length === 1 && kept === null && raised.length === 1) return raised[0];
  const g = new PyBaseException(all.every((e) => e.cls.mro.some((c) => c.name === 'Exception')) ? ExceptionGroup : BaseExceptionGroup, ['', new PyTuple(all)]);
  return g;
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
