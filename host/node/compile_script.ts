// The Python code that runs CPython's compile() for pyrewind, in pyodide or in a PYREWIND_PYTHON process,
// and the decoding of what it returns.
//
// Both backends run the same function so that they report results, syntax errors and warnings in the
// same shape. It must stay a thin wrapper around compile(): no Python code of ours may change the
// bytecode or the error CPython produces.

import type { CompileOutput, CompileSyntaxError, CompileWarning, SyntaxErrorMetadata } from './compiler_types.js';

/**
 * Defines `_pyrewind_compile(source, filename, mode, flags, optimize, tree=None) -> (header_json, marshal_or_None)`.
 * `tree`, when not None, is the marshal bytes of an AST sent by the VM (CompileRequest.ast, format in
 * vm/runtime/ast_to_host.ts): it is rebuilt out of real ast nodes and compiled instead of source.
 * With PyCF_ONLY_AST (0x400) in flags the payload is the marshalled flat tree instead of a code object
 * (format in vm/runtime/ast_from_host.ts); CPython's own parser and ast module make it.
 * The header is JSON: {"ok": bool, "error": {...} | null, "warnings": [[category, message, filename, lineno], ...]}.
 * Warnings are recorded instead of printed because the VM prints them where CPython would.
 * Mode 'tokenize' runs CPython's _tokenize.TokenizerIter instead of compile() (see _pyrewind_tokenize);
 * its header always says ok, the tokenizer's error travelling in the payload after the tokens before it.
 */
export const PYTHON_COMPILE_FUNCTION = `
import ast as _pyrewind_ast, json as _pyrewind_json, marshal as _pyrewind_marshal, warnings as _pyrewind_warnings

def _pyrewind_flat_ast(tree):
    # The tree in preorder as one flat list, so that marshal's nesting limit never applies: a node is
    # its class name, then its _fields, then its _attributes; a list is its length, then its items;
    # anything else (identifiers, ints, constants, a None for an absent node) is itself.
    out = []
    emit = out.append
    stack = [tree]
    pop = stack.pop
    push = stack.extend
    AST = _pyrewind_ast.AST
    while stack:
        x = pop()
        if isinstance(x, AST):
            emit(type(x).__name__)
            parts = [getattr(x, f, None) for f in x._fields]
            parts += [getattr(x, a, None) for a in x._attributes]
            parts.reverse()
            push(parts)
        elif type(x) is list:
            emit(len(x))
            push(reversed(x))
        else:
            emit(x)
    return out

def _pyrewind_shown(shown):
    # A stand-in's __repr__: the VM's repr, or the exception its repr raised, raised only when asked.
    if type(shown) is str:
        return lambda self: shown
    name, args = shown
    import builtins
    cls = getattr(builtins, name, None)
    if not (isinstance(cls, type) and issubclass(cls, BaseException)):
        cls = RuntimeError
    def raising(self):
        raise cls(*args)
    return raising

def _pyrewind_tree_from_flat(data):
    # The VM's tree (vm/runtime/ast_to_host.ts) rebuilt without recursion, so that a deep tree reaches
    # compile(), whose own limits then apply as for any tree. Stand-ins for objects that are not nodes
    # only have to give CPython the type name and repr it prints, and the position attributes it reads.
    nxt = iter(_pyrewind_marshal.loads(data)).__next__
    A = _pyrewind_ast
    stack = []
    while True:
        tag = nxt()
        if tag == 0:
            value = nxt()
        elif tag == 1 or tag == 2 or tag >= 6:
            if tag >= 6:
                name = nxt()
                shown = nxt()
                cls = type(name, (A.AST,) if tag == 7 else (), {'__repr__': _pyrewind_shown(shown)})
            else:
                cls = getattr(A, nxt())
                if tag == 2:
                    name = nxt()
                    shown = nxt()
                    cls = type(cls)(name, (cls,), {'__repr__': _pyrewind_shown(shown)})
            value = cls.__new__(cls)
            k = nxt()
            if k:
                stack.append([value, 0, k, nxt()])
                continue
        else:
            n = nxt()
            if n:
                stack.append([[], tag, n, None])
                continue
            value = [] if tag == 3 else () if tag == 4 else frozenset()
        while True:
            if not stack:
                return value
            frame = stack[-1]
            if frame[1] == 0:
                setattr(frame[0], frame[3], value)
            else:
                frame[0].append(value)
            frame[2] -= 1
            if frame[2]:
                if frame[1] == 0:
                    frame[3] = nxt()
                break
            stack.pop()
            value = frame[0]
            if frame[1] == 4:
                value = tuple(value)
            elif frame[1] == 5:
                value = frozenset(value)

def _pyrewind_tokenize(source, flags):
    # mode 'tokenize': CPython's own _tokenize.TokenizerIter over the lines of source (split after each
    # newline, as readline gives them); flags bit 0 is extra_tokens. The payload is marshal of
    # (tokens, error): tokens flat, seven items each (type, string, srow, scol, erow, ecol, line), and
    # error None or (class name, msg, filename, lineno, offset, text, end_lineno, end_offset) of what
    # the tokenizer raised after those tokens. A line repeated by consecutive tokens is one object, so
    # marshal writes it once.
    # flags bit 1: source is a JSON list of the lines, exactly as readline returned them.
    import _tokenize
    if flags & 2:
        lines = _pyrewind_json.loads(source)
    else:
        lines = source.split('\\n')
        last = lines.pop()
        lines = [l + '\\n' for l in lines]
        if last:
            lines.append(last)
    flat = []
    emit = flat.extend
    error = None
    prev = None
    try:
        for tok in _tokenize.TokenizerIter(iter(lines).__next__, extra_tokens=bool(flags & 1)):
            line = tok[4]
            if line == prev:
                line = prev
            prev = line
            emit((tok[0], tok[1], tok[2][0], tok[2][1], tok[3][0], tok[3][1], line))
    except Exception as e:
        if isinstance(e, SyntaxError):
            error = (type(e).__name__, e.msg if isinstance(e.msg, str) else str(e), e.filename,
                     e.lineno, e.offset, e.text, e.end_lineno, e.end_offset)
        else:
            error = (type(e).__name__, str(e), None, None, None, None, None, None)
    return _pyrewind_marshal.dumps((flat, error))

def _pyrewind_compile(source, filename, mode, flags, optimize, tree=None):
    if tree is not None:
        if not isinstance(tree, bytes):
            tree = tree.to_bytes()
        source = _pyrewind_tree_from_flat(tree)
    if mode == 'tokenize':
        with _pyrewind_warnings.catch_warnings(record=True) as caught:
            _pyrewind_warnings.simplefilter('always')
            payload = _pyrewind_tokenize(source, flags)
        warns = [[w.category.__name__, str(w.message), str(w.filename), int(w.lineno or 0)] for w in caught]
        return _pyrewind_json.dumps({'ok': True, 'error': None, 'warnings': warns}), payload
    payload = None
    error = None
    with _pyrewind_warnings.catch_warnings(record=True) as caught:
        _pyrewind_warnings.simplefilter('always')
        try:
            code = compile(source, filename, mode, flags, dont_inherit=True, optimize=optimize)
        except SyntaxError as e:
            error = {
                'type': type(e).__name__,
                'msg': e.msg if isinstance(e.msg, str) else str(e),
                'filename': e.filename if isinstance(e.filename, str) else filename,
                'lineno': e.lineno if isinstance(e.lineno, int) else None,
                'offset': e.offset if isinstance(e.offset, int) else None,
                'text': e.text if isinstance(e.text, str) else None,
                'endLineno': e.end_lineno if isinstance(e.end_lineno, int) else None,
                'endOffset': e.end_offset if isinstance(e.end_offset, int) else None,
                'metadata': None,
            }
            meta = getattr(e, '_metadata', None)
            if (isinstance(meta, tuple) and len(meta) == 3 and isinstance(meta[0], int)
                    and isinstance(meta[1], int) and (meta[2] is None or isinstance(meta[2], str))):
                error['metadata'] = {'line': meta[0], 'offset': meta[1], 'source': meta[2]}
        except Exception as e:
            # compile() can also fail with ValueError (null bytes in older paths, bad flags),
            # RecursionError, MemoryError, and for a tree TypeError or whatever a stand-in's repr
            # raised: reported by class name with only a message (its one str argument, so that a
            # KeyError('x') is not quoted twice when the VM rebuilds it).
            msg = e.args[0] if len(e.args) == 1 and isinstance(e.args[0], str) else str(e)
            error = {'type': type(e).__name__, 'msg': msg, 'filename': filename, 'lineno': None,
                     'offset': None, 'text': None, 'endLineno': None, 'endOffset': None, 'metadata': None}
        else:
            if flags & 0x400:
                payload = _pyrewind_marshal.dumps(_pyrewind_flat_ast(code))
            else:
                payload = _pyrewind_marshal.dumps(code)
    warns = [[w.category.__name__, str(w.message), str(w.filename), int(w.lineno or 0)] for w in caught]
    header = _pyrewind_json.dumps({'ok': error is None, 'error': error, 'warnings': warns})
    return header, payload
`;

/** Turns `_pyrewind_compile`'s header and payload into a CompileOutput; throws on a malformed header. */
export function decodeCompileOutput(header: string, marshal: Uint8Array | null): CompileOutput {
  const parsed = JSON.parse(header) as { ok?: unknown; error?: unknown; warnings?: unknown };
  const warnings = decodeWarnings(parsed.warnings);
  if (parsed.ok === true) {
    if (marshal === null) throw new Error('compiler reported success without code');
    return { ok: true, marshal, warnings };
  }
  return { ok: false, error: decodeSyntaxError(parsed.error), warnings };
}

function decodeWarnings(raw: unknown): CompileWarning[] {
  if (!Array.isArray(raw)) throw new Error('compiler header: warnings missing');
  const out: CompileWarning[] = [];
  for (const w of raw) {
    if (!Array.isArray(w) || w.length !== 4) throw new Error('compiler header: bad warning');
    out.push({ category: String(w[0]), message: String(w[1]), filename: String(w[2]), lineno: Number(w[3]) });
  }
  return out;
}

function decodeSyntaxError(raw: unknown): CompileSyntaxError {
  if (typeof raw !== 'object' || raw === null) throw new Error('compiler header: error missing');
  const e = raw as Record<string, unknown>;
  if (typeof e.type !== 'string' || typeof e.msg !== 'string' || typeof e.filename !== 'string') {
    throw new Error('compiler header: bad error');
  }
  return {
    type: e.type,
    msg: e.msg,
    filename: e.filename,
    lineno: intOrNull(e.lineno),
    offset: intOrNull(e.offset),
    text: typeof e.text === 'string' ? e.text : null,
    endLineno: intOrNull(e.endLineno),
    endOffset: intOrNull(e.endOffset),
    metadata: decodeMetadata(e.metadata),
  };
}

function decodeMetadata(raw: unknown): SyntaxErrorMetadata | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const m = raw as Record<string, unknown>;
  const line = intOrNull(m.line);
  const offset = intOrNull(m.offset);
  if (line === null || offset === null) return null;
  return { line, offset, source: typeof m.source === 'string' ? m.source : null };
}

function intOrNull(v: unknown): number | null {
  return typeof v === 'number' && Number.isInteger(v) ? v : null;
}
