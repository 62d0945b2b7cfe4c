// Reporting an exception that cannot be raised (CPython's PyErr_WriteUnraisable/PyErr_FormatUnraisable):
// an atexit callback that fails, and later __del__ methods or generator finalizers. The report goes to
// sys.unraisablehook when a program installed one, otherwise to the default hook, which writes the
// "Exception ignored ..." header, a traceback in the style of CPython's C traceback printer (no caret
// lines, no chained exceptions, no notes) and the "Type: message" line to sys.stderr.
//
// Nothing here may let an exception escape: the caller is already dealing with a failure, so anything
// that goes wrong while reporting is itself reported or dropped, as CPython does.

import { PyType, PyValue, typeOf } from '../objects/object.js';
import { PyNativeFunction } from '../objects/native.js';
import { PyTuple } from '../objects/tuple.js';
import { None } from '../objects/singletons.js';
import { PyBaseException } from '../objects/exceptions.js';
import { PyTraceback } from '../objects/traceback.js';
import { makeStructSeqType, structSeq } from '../objects/structseq.js';
import { callObject } from '../runtime/call.js';
import { getAttrOrUndefined } from '../runtime/attributes.js';
import { repr, str } from '../runtime/protocols.js';
import { typeError } from '../runtime/raise.js';
import { Frame } from '../runtime/frame.js';
import type { Interpreter } from '../runtime/interpreter.js';

/** The argument of sys.unraisablehook (CPython's sys.UnraisableHookArgs). */
export const unraisableHookArgsType = makeStructSeqType('UnraisableHookArgs', 'builtins', [
  'exc_type', 'exc_value', 'exc_traceback', 'err_msg', 'object',
]);

/** CPython's TB_RECURSIVE_CUTOFF: identical consecutive entries shown before "[Previous line repeated ...]". */
const RECURSIVE_CUTOFF = 3;
/** CPython's PyTraceBack_LIMIT: entries shown when sys.tracebacklimit is not set. */
const DEFAULT_LIMIT = 1000;

const decoder = new TextDecoder('utf-8');

/**
 * Report `exc` as unraisable. `describe` builds the message ("Exception ignored in atexit callback
 * <repr>"); if it throws, the report has no header line, as when PyErr_FormatUnraisable cannot format.
 * `obj` is the object the failure happened in, or null.
 */
export function writeUnraisable(
  interp: Interpreter,
  exc: PyBaseException,
  describe: (() => string) | null,
  obj: PyValue | null = null,
): void {
  let errMsg: string | null = null;
  if (describe !== null) {
    try {
      errMsg = describe();
    } catch (e) {
      if (!(e instanceof PyBaseException)) throw e;
      errMsg = null;
      obj = null;
    }
  }
  if (exc.traceback === null) {
    // An exception raised by native code before any Python frame unwound: CPython points at the
    // innermost running frame, if there is one.
    const f = interp.frame;
    if (f !== null) exc.traceback = new PyTraceback(null, f, f.lasti, f.lineno);
  }
  const hook = interp.sys.getStr('unraisablehook');
  if (hook === undefined || hook === None || hook === defaultHookFor(interp)) {
    writeDefault(interp, exc, errMsg, obj);
    return;
  }
  try {
    callObject(hook, [hookArgs(exc, errMsg, obj)]);
  } catch (e) {
    if (!(e instanceof PyBaseException)) throw e;
    if (e.traceback === null && interp.frame !== null) {
      const f = interp.frame;
      e.traceback = new PyTraceback(null, f, f.lasti, f.lineno);
    }
    writeDefault(interp, e, 'Exception ignored in sys.unraisablehook', hook);
  }
}

function hookArgs(exc: PyBaseException, errMsg: string | null, obj: PyValue | null): PyTuple {
  return structSeq(unraisableHookArgsType, [exc.cls, exc, exc.traceback ?? None, errMsg ?? None, obj ?? None]);
}

const defaultHooks = new WeakMap<Interpreter, PyNativeFunction>();

/**
 * The interpreter's sys.unraisablehook / sys.__unraisablehook__: a builtin taking one
 * UnraisableHookArgs-like object and writing the default report.
 */
export function defaultHookFor(interp: Interpreter): PyNativeFunction {
  let h = defaultHooks.get(interp);
  if (h === undefined) {
    h = new PyNativeFunction('unraisablehook', (args, kwargs) => {
      if ((kwargs !== null && kwargs.size > 0) || args.length !== 1) {
        throw typeError(`unraisablehook() takes exactly one argument (${args.length} given)`);
      }
      const u = args[0];
      if (typeOf(u) !== unraisableHookArgsType) throw typeError('sys.unraisablehook argument type must be UnraisableHookArgs');
      const [, value, , msg, obj] = (u as PyTuple).items;
      if (value instanceof PyBaseException) {
        writeDefault(interp, value, typeof msg === 'string' ? msg : null, obj === None ? null : obj);
      }
      return None;
    });
    defaultHooks.set(interp, h);
  }
  return h;
}

/** The default hook's report on sys.stderr (nothing when sys.stderr is None or missing). */
function writeDefault(interp: Interpreter, exc: PyBaseException, errMsg: string | null, obj: PyValue | null): void {
  const file = interp.sys.getStr('stderr');
  if (file === undefined || file === None) return;
  let text = '';
  if (obj !== null) {
    text += errMsg !== null ? `${errMsg}: ` : 'Exception ignored in: ';
    text += guarded(() => repr(obj), '<object repr() failed>');
    text += '\n';
  } else if (errMsg !== null) {
    text += `${errMsg}:\n`;
  }
  if (exc.traceback !== null) text += formatTraceback(interp, exc.traceback);
  text += `${typeLabel(exc.cls)}: ${guarded(() => str(exc), '<exception str() failed>')}\n`;
  try {
    const write = getAttrOrUndefined(file, 'write');
    if (write === undefined) return;
    callObject(write, [text]);
    const flush = getAttrOrUndefined(file, 'flush');
    if (flush !== undefined) callObject(flush, []);
  } catch (e) {
    if (!(e instanceof PyBaseException)) throw e;
    // Nowhere left to report it.
  }
}

function guarded(f: () => string, fallback: string): string {
  try {
    return f();
  } catch (e) {
    if (!(e instanceof PyBaseException)) throw e;
    return fallback;
  }
}

/** module.qualname, without the module for builtins and __main__ ('<unknown>' parts when unreadable). */
function typeLabel(cls: PyType): string {
  let mod: string;
  try {
    const m = getAttrOrUndefined(cls, '__module__');
    mod = typeof m === 'string' ? m : '<unknown>';
  } catch (e) {
    if (!(e instanceof PyBaseException)) throw e;
    mod = '<unknown>';
  }
  const prefix = mod === 'builtins' || mod === '__main__' ? '' : `${mod}.`;
  return prefix + (typeof cls.qualname === 'string' ? cls.qualname : '<unknown>');
}

/**
 * "Traceback (most recent call last):" and the entries, as the C traceback printer writes them:
 * the last sys.tracebacklimit entries, each with its source line stripped of indentation, and runs of
 * identical entries cut after three.
 */
function formatTraceback(interp: Interpreter, tb: PyTraceback): string {
  let limit = DEFAULT_LIMIT;
  const lim = interp.sys.getStr('tracebacklimit');
  if (typeof lim === 'number' || typeof lim === 'bigint' || typeof lim === 'boolean') {
    const n = Number(lim);
    if (n <= 0) return '';
    limit = n;
  }
  let depth = 0;
  for (let t: PyTraceback | null = tb; t !== null; t = t.next) depth++;
  let t: PyTraceback | null = tb;
  while (depth > limit && t !== null) {
    t = t.next;
    depth--;
  }
  let out = 'Traceback (most recent call last):\n';
  const sources = new Map<string, string[] | null>();
  let lastFile: string | null = null;
  let lastLine: number | null = -1;
  let lastName: string | null = null;
  let count = 0;
  for (; t !== null; t = t.next) {
    const frame = t.frame;
    if (!(frame instanceof Frame)) continue;
    const code = frame.code;
    if (code.filename !== lastFile || t.lineno !== lastLine || code.name !== lastName) {
      if (count > RECURSIVE_CUTOFF) out += repeatedLine(count - RECURSIVE_CUTOFF);
      lastFile = code.filename;
      lastLine = t.lineno;
      lastName = code.name;
      count = 0;
    }
    count++;
    if (count > RECURSIVE_CUTOFF) continue;
    out += `  File "${code.filename}", line ${t.lineno ?? -1}, in ${code.name}\n`;
    if (t.lineno !== null) {
      const src = sourceLine(interp, sources, code.filename, t.lineno);
      if (src !== null) out += `    ${src}\n`;
    }
  }
  if (count > RECURSIVE_CUTOFF) out += repeatedLine(count - RECURSIVE_CUTOFF);
  return out;
}

function repeatedLine(n: number): string {
  return `  [Previous line repeated ${n} more time${n > 1 ? 's' : ''}]\n`;
}

/** Line `lineno` of `filename` without its indentation and line end, or null if unreadable. */
function sourceLine(interp: Interpreter, cache: Map<string, string[] | null>, filename: string, lineno: number): string | null {
  let lines = cache.get(filename);
  if (lines === undefined) {
    let data: Uint8Array | null = null;
    if (!filename.startsWith('<')) {
      try {
        data = interp.host.readFile(filename);
      } catch {
        data = null;
      }
    }
    lines = data === null ? null : decoder.decode(data).split(/\r\n|\r|\n/);
    cache.set(filename, lines);
  }
  if (lines === null || lineno < 1 || lineno > lines.length) return null;
  const line = lines[lineno - 1];
  let start = 0;
  while (start < line.length) {
    const c = line.charCodeAt(start);
    if (c !== 0x20 && c !== 0x09 && c !== 0x0c) break;
    start++;
  }
  return line.slice(start);
}

