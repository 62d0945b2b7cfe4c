// Compiling source through the host's CPython compiler, and the compile/exec/eval builtins.
//
// The host returns marshal bytes, which the marshal reader turns into a PyCode; a syntax error becomes
// a SyntaxError (or subclass) exception carrying CPython's fields. Nothing here parses Python itself:
// compile(..., PyCF_ONLY_AST) (ast.parse) asks the host for CPython's tree and rebuilds it with
// ast_from_host.ts. compile() of an AST object sends the tree to the host (ast_to_host.ts), whose CPython
// converts, validates and compiles it: positions survive, and its errors are CPython's own.
//
// Warnings the compiler issued (SyntaxWarning for `x is 1`, invalid escape sequences...) go through the
// VM's warnings machinery (vm/modules/warnings.ts) every time source is compiled, so the program's
// filters apply and "error" turns one into a SyntaxError, as in CPython. The host's compile cache
// replays them on a hit: CPython warns again whenever it compiles source (the main script, compile(),
// exec()); it is silent only when an import finds an up-to-date .pyc. pyrewind never writes .pyc files,
// so an imported module warns on every run, as CPython does on its first run or with
// PYTHONDONTWRITEBYTECODE; being the same on every run is what users can rely on.

import { PyValue, typeName } from '../objects/object.js';
import { PyCode } from '../objects/code.js';
import { PyDict } from '../objects/dict.js';
import { PyBytes } from '../objects/bytes.js';
import { None } from '../objects/singletons.js';
import { PyTuple } from '../objects/tuple.js';
import { PyBaseException, exceptionType, excSetAttr } from '../objects/exceptions.js';
import { bindArgs } from '../objects/native.js';
import { marshalLoads } from '../marshal/reader.js';
import { astFromHost, isAstObject } from './ast_from_host.js';
import { astToHost } from './ast_to_host.js';
import type { CompileWarningInfo, SyntaxErrorInfo } from '../host.js';
import { typeError, valueError } from './raise.js';
import { Frame, fastLocalsSnapshot } from './frame.js';
import type { Interpreter } from './interpreter.js';

/**
 * A SyntaxError exception object from the compiler's report. Compiling a tree can also fail with another
 * exception (TypeError for a wrong node, ValueError, RecursionError...): that one gets only its message.
 */
export function syntaxErrorFrom(info: SyntaxErrorInfo): PyBaseException {
  let cls;
  try {
    cls = exceptionType(info.type);
  } catch {
    cls = exceptionType('SyntaxError');
  }
  if (!cls.isSubtypeOf(exceptionType('SyntaxError'))) return new PyBaseException(cls, [info.msg]);
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
  // The parser's (line, offset, source), which the traceback printer's keyword hints start from.
  const meta = info.metadata;
  if (meta) excSetAttr(e, '_metadata', new PyTuple([meta.line, meta.offset, meta.source ?? None]));
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
  if (r.warnings !== undefined && r.warnings.length > 0) emitCompileWarnings(interp, r.warnings);
  if (!r.ok) throw syntaxErrorFrom(r.error);
  const code = marshalLoads(r.marshal);
  if (!(code instanceof PyCode)) throw new Error('compiler did not return a code object');
  return code;
}

/** Issues one compiler warning; installed by vm/modules/warnings.ts (a static import would be a cycle). */
export type CompileWarningHandler = (interp: Interpreter, category: string, message: string, filename: string, lineno: number) => void;
let compileWarningHandler: CompileWarningHandler | null = null;

export function installCompileWarningHandler(handler: CompileWarningHandler): void {
  compileWarningHandler = handler;
}

/**
 * Issues the compiler's warnings in order. One that a filter turns into an exception of its own category
 * becomes a SyntaxError at the warning's line, as CPython's _PyErr_EmitSyntaxWarning does. The host's
 * warning records carry no column, so the SyntaxError's offset is None (CPython knows it and draws a caret).
 */
function emitCompileWarnings(interp: Interpreter, warnings: readonly CompileWarningInfo[]): void {
  const warn = compileWarningHandler;
  if (warn === null) return;
  for (const w of warnings) {
    try {
      warn(interp, w.category, w.message, w.filename, w.lineno);
    } catch (e) {
      if (!(e instanceof PyBaseException) || e.cls.name !== w.category || e.cls.module !== 'builtins') throw e;
      throw syntaxErrorFrom({
        type: 'SyntaxError',
        msg: w.message,
        filename: w.filename,
        lineno: w.lineno,
        offset: null,
        text: programText(interp, w.filename, w.lineno),
        endLineno: null,
        endOffset: null,
      });
    }
  }
}

/** The line as CPython's PyErr_ProgramTextObject finds it: read from the file named by the filename
 *  (so none for "<string>" or a file that does not exist), not from the source compiled. */
function programText(interp: Interpreter, filename: string, lineno: number): string | null {
  let data: Uint8Array | null;
  try {
    data = interp.host.readFile(filename);
  } catch {
    return null;
  }
  if (data === null) return null;
  const lines = decoder.decode(data).split('\n');
  return lineno >= 1 && lineno <= lines.length ? `${lines[lineno - 1]}\n` : null;
}

const decoder = new TextDecoder('utf-8');

function sourceText(v: PyValue, fname: string): string {
  if (typeof v === 'string') return v;
  if (v instanceof PyBytes) return decoder.decode(v.data);
  throw typeError(`${fname}() arg 1 must be a string, bytes or ${fname === 'compile' ? 'AST' : 'code'} object`);
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
  const f = typeof flags === 'number' ? flags : 0;
  if (mode !== 'exec' && mode !== 'eval' && mode !== 'single' && mode !== 'func_type') {
    throw valueError(
      f & PyCF_ONLY_AST
        ? "compile() mode must be 'exec', 'eval', 'single' or 'func_type'"
        : "compile() mode must be 'exec', 'eval' or 'single'",
    );
  }
  const opt = typeof optimize === 'number' ? optimize : -1;
  if (mode === 'func_type' && !(f & PyCF_ONLY_AST)) throw valueError("compile() mode 'func_type' requires flag PyCF_ONLY_AST");
  if (source !== undefined && isAstObject(source)) {
    if (mode === 'func_type') {
      // CPython 3.14 indexes past its table of mode node types here (Python-ast.c, PyAST_obj2mod) and
      // fails with whatever it finds there, or crashes; this is the failure it reports when it survives.
      throw typeError('isinstance() arg 2 must be a type, a tuple of types, or a union');
    }
    return compileTree(interp, source, filename, mode, f, opt);
  }
  if (f & PyCF_ONLY_AST) return parseSource(interp, sourceText(source!, 'compile'), filename, mode, f, opt);
  return compileSource(interp, sourceText(source!, 'compile'), filename, mode as 'exec' | 'eval' | 'single', f, opt);
}

/**
 * compile() of an AST object: the host's CPython converts the tree (validating it) and compiles it to
 * code, or with PyCF_ONLY_AST returns a new, validated tree (optimized with PyCF_OPTIMIZED_AST), which
 * is rebuilt here as _ast objects.
 */
function compileTree(
  interp: Interpreter,
  tree: PyValue,
  filename: string,
  mode: 'exec' | 'eval' | 'single' | 'func_type',
  flags: number,
  optimize: number,
): PyValue {
  const ast = astToHost(interp, tree);
  const r = interp.host.compile({ source: '', ast, filename, mode, flags, optimize });
  if (r.warnings !== undefined && r.warnings.length > 0) emitCompileWarnings(interp, r.warnings);
  if (!r.ok) throw syntaxErrorFrom(r.error);
  if (flags & PyCF_ONLY_AST) return astFromHost(interp, r.marshal);
  const code = marshalLoads(r.marshal);
  if (!(code instanceof PyCode)) throw new Error('compiler did not return a code object');
  return code;
}

/** compile()'s flag asking for the syntax tree instead of code (ast.PyCF_ONLY_AST). */
const PyCF_ONLY_AST = 0x400;

/** compile(..., PyCF_ONLY_AST): CPython's parser makes the tree in the host; it is rebuilt here as _ast objects. */
export function parseSource(
  interp: Interpreter,
  source: string,
  filename: string,
  mode: 'exec' | 'eval' | 'single' | 'func_type',
  flags: number,
  optimize = -1,
): PyValue {
  const r = interp.host.compile({ source, filename, mode, flags, optimize });
  if (r.warnings !== undefined && r.warnings.length > 0) emitCompileWarnings(interp, r.warnings);
  if (!r.ok) throw syntaxErrorFrom(r.error);
  return astFromHost(interp, r.marshal);
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
