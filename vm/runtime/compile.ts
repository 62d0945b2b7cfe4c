// Compiling source through the host's CPython compiler, and the compile/exec/eval builtins.
//
// The host returns marshal bytes, which the marshal reader turns into a PyCode; a syntax error becomes
// a SyntaxError (or subclass) exception carrying CPython's fields. Nothing here parses Python itself.

import { PyValue, typeName } from '../objects/object.js';
import { PyCode } from '../objects/code.js';
import { PyDict } from '../objects/dict.js';
import { PyBytes } from '../objects/bytes.js';
import { None } from '../objects/singletons.js';
import { PyTuple } from '../objects/tuple.js';
import { PyBaseException, exceptionType, excSetAttr } from '../objects/exceptions.js';
import { bindArgs } from '../objects/native.js';
import { marshalLoads } from '../marshal/reader.js';
import { SyntaxErrorInfo } from '../host.js';
import { typeError, valueError } from './raise.js';
import { Frame, fastLocalsSnapshot } from './frame.js';
import type { Interpreter } from './interpreter.js';

/** A SyntaxError exception object from the compiler's report. */
export function syntaxErrorFrom(info: SyntaxErrorInfo): PyBaseException {
  let cls;
  try {
    cls = exceptionType(info.type);
  } catch {
    cls = exceptionType('SyntaxError');
  }
  const details = new PyTuple([
    info.filename,
    info.lineno ?? None,
    info.offset ?? None,
    info.text ?? None,
    info.endLineno ?? None,
    info.endOffset ?? None,
  ]);
  const e = new PyBaseException(cls, [info.msg, details]);
  excSetAttr(e, 'msg', info.msg);
  excSetAttr(e, 'filename', info.filename);
  excSetAttr(e, 'lineno', info.lineno ?? None);
  excSetAttr(e, 'offset', info.offset ?? None);
  excSetAttr(e, 'text', info.text ?? None);
  excSetAttr(e, 'end_lineno', info.endLineno ?? None);
  excSetAttr(e, 'end_offset', info.endOffset ?? None);
  excSetAttr(e, 'print_file_and_line', None);
  return e;
}

export function compileSource(
  interp: Interpreter,
  source: string,
  filename: string,
  mode: 'exec' | 'eval' | 'single' = 'exec',
  flags = 0,
  optimize = -1,
): PyCode {
  const r = interp.host.compile({ source, filename, mode, flags, optimize });
  if (!r.ok) throw syntaxErrorFrom(r.error);
  const code = marshalLoads(r.marshal);
  if (!(code instanceof PyCode)) throw new Error('compiler did not return a code object');
  return code;
}

const decoder = new TextDecoder('utf-8');

function sourceText(v: PyValue, fname: string): string {
  if (typeof v === 'string') return v;
  if (v instanceof PyBytes) return decoder.decode(v.data);
  throw typeError(`${fname}() arg 1 must be a string, bytes or code object`);
}

export function builtinCompile(interp: Interpreter, args: PyValue[], kwargs: Map<string, PyValue> | null): PyValue {
  const [source, filename, mode, flags, , optimize] = bindArgs(
    'compile',
    ['source', 'filename', 'mode', 'flags', 'dont_inherit', 'optimize', '_feature_version'],
    args,
    kwargs,
    3,
  );
  if (source instanceof PyCode) return source;
  if (typeof filename !== 'string') throw typeError(`compile() argument 'filename' must be str, not ${typeName(filename!)}`);
  if (mode !== 'exec' && mode !== 'eval' && mode !== 'single') {
    throw valueError("compile() mode must be 'exec', 'eval' or 'single'");
  }
  const f = typeof flags === 'number' ? flags : 0;
  if (f & 0x400) throw valueError('pyrewind does not support compile(..., PyCF_ONLY_AST) yet: the ast module needs the _ast C module');
  return compileSource(interp, sourceText(source!, 'compile'), filename, mode, f, typeof optimize === 'number' ? optimize : -1);
}

function resolveNamespaces(interp: Interpreter, g: PyValue | undefined, l: PyValue | undefined, fname: string): [PyDict, PyDict] {
  let globals: PyDict;
  let locals: PyDict;
  if (g === undefined || g === None) {
    const f = interp.frame;
    if (f === null) throw typeError(`${fname}() with no frame`);
    globals = f.globals;
    // In a function, the code runs in a snapshot of its locals (locals() since PEP 667).
    locals = l !== undefined && l !== None ? (l as PyDict) : f.locals ?? fastLocalsSnapshot(f);
  } else {
    if (!(g instanceof PyDict)) throw typeError(`${fname}() globals must be a dict, not ${typeName(g)}`);
    globals = g;
    locals = l !== undefined && l !== None ? (l as PyDict) : g;
  }
  if (!(locals instanceof PyDict)) throw typeError(`locals must be a mapping`);
  if (!globals.has('__builtins__')) globals.setStr('__builtins__', interp.builtinsModule);
  return [globals, locals];
}

function builtinsFor(interp: Interpreter, globals: PyDict): PyDict {
  const b = globals.getStr('__builtins__');
  if (b instanceof PyDict) return b;
  if (b !== undefined && typeof b === 'object' && b.dict instanceof PyDict) return b.dict;
  return interp.builtins;
}

function runCode(interp: Interpreter, code: PyCode, globals: PyDict, locals: PyDict): PyValue {
  const frame = new Frame(code, globals, builtinsFor(interp, globals), locals, null);
  return interp.runNested(frame);
}

export function builtinExec(interp: Interpreter, args: PyValue[], kwargs: Map<string, PyValue> | null): PyValue {
  const [source, g, l] = bindArgs('exec', ['source', 'globals', 'locals', 'closure'], args, kwargs, 1, 1);
  const [globals, locals] = resolveNamespaces(interp, g, l, 'exec');
  const code = source instanceof PyCode ? source : compileSource(interp, sourceText(source!, 'exec'), '<string>', 'exec');
  runCode(interp, code, globals, locals);
  return None;
}

export function builtinEval(interp: Interpreter, args: PyValue[], kwargs: Map<string, PyValue> | null): PyValue {
  const [source, g, l] = bindArgs('eval', ['source', 'globals', 'locals'], args, kwargs, 1, 1);
  const [globals, locals] = resolveNamespaces(interp, g, l, 'eval');
  let code: PyCode;
  if (source instanceof PyCode) code = source;
  else {
    if (typeof source !== 'string' && !(source instanceof PyBytes)) {
      throw typeError('eval() arg 1 must be a string, bytes or code object');
    }
    code = compileSource(interp, sourceText(source, 'eval').replace(/^[ \t]+/, ''), '<string>', 'eval');
  }
  return runCode(interp, code, globals, locals);
}
