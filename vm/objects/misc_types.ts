// Small built-in types: NoneType, NotImplementedType, ellipsis, cell, code, module, traceback, frame.

import { PyValue, typeName } from './object.js';
import { PyList } from './list.js';
import { defMethod, defGetSet, defNew } from './native.js';
import { defMember } from './member_descriptor.js';
import { None, NotImplemented, Ellipsis, noneType, notImplementedType, ellipsisType } from './singletons.js';
import { PyCell, cellType } from './cell.js';
import { PyCode, codeType } from './code.js';
import { PyModule, moduleType } from './module.js';
import { PyDict } from './dict.js';
import { PyBytes } from './bytes.js';
import { tuple } from './tuple.js';
import { PyTraceback, tracebackType } from './traceback.js';
import { Frame, frameType } from '../runtime/frame.js';
import { repr, objectId } from '../runtime/protocols.js';
import { valueError, typeError, attributeError, notImplementedError } from '../runtime/raise.js';
import { frameTraceOf, frameTraceFor, frameLocals } from '../runtime/frame_trace.js';
import { callObject, isCallable } from '../runtime/call.js';
import { getAttrOrUndefined } from '../runtime/attributes.js';
import { runtimeError } from '../runtime/raise.js';
import { currentInterpreter } from '../runtime/interpreter.js';
import { PyGenerator } from './generator.js';
import { genClose } from './generator_methods.js';

defNew(noneType, (_cls, args) => {
  if (args.length) throw typeError('NoneType takes no arguments');
  return None;
});
defMethod(noneType, '__repr__', () => 'None');
defMethod(noneType, '__bool__', () => false);
defNew(notImplementedType, () => NotImplemented);
defMethod(notImplementedType, '__repr__', () => 'NotImplemented');
defMethod(notImplementedType, '__bool__', () => {
  throw typeError('NotImplemented should not be used in a boolean context');
});
defNew(ellipsisType, () => Ellipsis);
defMethod(ellipsisType, '__repr__', () => 'Ellipsis');

// cell(contents=<empty>, /): types.CellType, which annotationlib uses to build fake closures.
defNew(cellType, (_cls, args, kwargs) => {
  if (kwargs !== null && kwargs.size > 0) throw typeError('cell() takes no keyword arguments');
  if (args.length > 1) throw typeError(`cell expected at most 1 argument, got ${args.length}`);
  return new PyCell(args.length === 1 ? args[0] : undefined);
});
defGetSet(cellType, 'cell_contents', (s) => {
  const v = (s as PyCell).value;
  if (v === undefined) throw valueError('Cell is empty');
  return v;
}, (s, v) => {
  (s as PyCell).value = v ?? undefined;
});
defMethod(cellType, '__repr__', (self) => {
  const v = (self as PyCell).value;
  const id = objectId(self).toString(16);
  return v === undefined ? `<cell at 0x${id}: empty>` : `<cell at 0x${id}: ${typeName(v)} object at 0x${objectId(v).toString(16)}>`;
});

const co = (v: PyValue): PyCode => {
  const c = v as PyCode;
  c.decode();
  return c;
};
// Read-only PyMemberDef fields in CPython (co_varnames, co_cellvars, co_freevars, co_code are getsets).
defMember(codeType, 'co_name', (s) => co(s).name);
defMember(codeType, 'co_qualname', (s) => co(s).qualname);
defMember(codeType, 'co_filename', (s) => co(s).filename);
defMember(codeType, 'co_firstlineno', (s) => co(s).firstlineno);
defMember(codeType, 'co_argcount', (s) => co(s).argcount);
defMember(codeType, 'co_posonlyargcount', (s) => co(s).posonlyargcount);
defMember(codeType, 'co_kwonlyargcount', (s) => co(s).kwonlyargcount);
defMember(codeType, 'co_flags', (s) => co(s).flags);
defMember(codeType, 'co_stacksize', (s) => co(s).stacksize);
defMember(codeType, 'co_consts', (s) => tuple(co(s).consts.slice()));
defMember(codeType, 'co_names', (s) => tuple(co(s).names.slice()));
defGetSet(codeType, 'co_varnames', (s) => tuple(co(s).varnames.slice()));
defGetSet(codeType, 'co_cellvars', (s) => tuple(co(s).cellvars.slice()));
defGetSet(codeType, 'co_freevars', (s) => tuple(co(s).freevars.slice()));
defMember(codeType, 'co_nlocals', (s) => co(s).varnames.length);
defGetSet(codeType, 'co_code', (s) => new PyBytes(co(s).code));
defMember(codeType, 'co_linetable', (s) => new PyBytes(co(s).linetable));
defMember(codeType, 'co_exceptiontable', (s) => new PyBytes(co(s).exceptiontable));
defMethod(codeType, '__repr__', (self) => {
  const c = co(self);
  return `<code object ${c.name} at 0x${objectId(self).toString(16)}, file "${c.filename}", line ${c.firstlineno}>`;
});

// code.replace(), __replace__ and code() itself are in code_methods.ts.

defNew(moduleType, (cls, args) => {
  const name = args[0];
  if (typeof name !== 'string') throw typeError(`module.__new__() argument 'name' must be str`);
  const m = new PyModule(name, new PyDict(), cls);
  m.dict.setStr('__doc__', args[1] ?? None);
  m.dict.setStr('__package__', None);
  m.dict.setStr('__loader__', None);
  m.dict.setStr('__spec__', None);
  return m;
});
defMethod(moduleType, '__init__', () => None);
defMethod(moduleType, '__repr__', (self) => {
  const m = self as PyModule;
  const file = m.dict.getStr('__file__');
  const name = m.dict.getStr('__name__') ?? m.name;
  if (typeof file === 'string') return `<module ${repr(name)} from ${repr(file)}>`;
  return `<module ${repr(name)} (built-in)>`;
});
defMember(moduleType, '__dict__', (s) => (s as PyModule).dict);
// module.__dir__: a __dir__ function in the module's namespace decides, else the namespace's keys.
defMethod(moduleType, '__dir__', (self) => {
  const d = (self as PyModule).dict;
  const fn = d.getStr('__dir__');
  if (fn !== undefined) return callObject(fn, []);
  return new PyList([...d.keys()] as PyValue[]);
});
// PEP 649 for modules: __annotations__ computed from the module's __annotate__ on first use, then kept
// in the module dict (unless the module is still being initialised).
defGetSet(moduleType, '__annotations__', (s) => {
  const d = (s as PyModule).dict;
  const own = d.getStr('__annotations__');
  if (own !== undefined) return own;
  const annotate = d.getStr('__annotate__');
  let annotations: PyValue;
  if (annotate !== undefined && isCallable(annotate)) {
    annotations = callObject(annotate, [1]);
    if (!(annotations instanceof PyDict)) throw typeError(`__annotate__ returned non-dict of type '${typeName(annotations)}'`);
  } else {
    annotations = new PyDict();
  }
  const spec = d.getStr('__spec__');
  const initializing = spec !== undefined && spec !== None && getAttrOrUndefined(spec, '_initializing') === true;
  if (!initializing) d.setStr('__annotations__', annotations);
  return annotations;
}, (s, v) => {
  const d = (s as PyModule).dict;
  if (v !== null) d.setStr('__annotations__', v);
  else if (!d.deleteStr('__annotations__')) throw attributeError('__annotations__');
  d.deleteStr('__annotate__');
});
defGetSet(moduleType, '__annotate__', (s) => {
  const d = (s as PyModule).dict;
  const a = d.getStr('__annotate__');
  if (a !== undefined) return a;
  d.setStr('__annotate__', None);
  return None;
}, (s, v) => {
  if (v === null) throw typeError('cannot delete __annotate__ attribute');
  if (v !== None && !isCallable(v)) throw typeError('__annotate__ must be callable or None');
  const d = (s as PyModule).dict;
  d.setStr('__annotate__', v);
  if (v !== None) d.deleteStr('__annotations__');
});

const tb = (v: PyValue): PyTraceback => v as PyTraceback;
defGetSet(tracebackType, 'tb_next', (s) => tb(s).next ?? None, (s, v) => {
  tb(s).next = v === null || v === None ? null : (v as PyTraceback);
});
defMember(tracebackType, 'tb_frame', (s) => tb(s).frame);
defGetSet(tracebackType, 'tb_lineno', (s) => tb(s).lineno ?? None);
defMember(tracebackType, 'tb_lasti', (s) => tb(s).lasti * 2);

const fr = (v: PyValue): Frame => v as Frame;
// The frame type's __dict__ in CPython's order: __repr__ and clear (below), the member f_trace_lines,
// then the getsets.
// frame_repr: "<frame at 0x..., file '...', line N, code name>".
defMethod(frameType, '__repr__', (s) => {
  const f = fr(s);
  const line = f.lineno ?? None;
  return `<frame at 0x${objectId(f).toString(16).padStart(12, '0')}, file ${repr(f.code.filename)}, line ${repr(line)}, code ${f.code.name}>`;
});
// Frames are made by the interpreter only: with no tp_new, object.__new__ refuses to make one.
frameType.allocate = null;
/** Is `f` on the stack of running frames (CPython: owned by the thread)? */
function isExecuting(f: Frame): boolean {
  for (let c: Frame | null = currentInterpreter().frame; c !== null; c = c.back) if (c === f) return true;
  return false;
}

// frame.clear(): drops the locals and value stack of a frame that has finished (traceback.clear_frames,
// used by unittest's assertRaises, calls it on every frame of a traceback and ignores RuntimeError).
// A generator's frame that has not started yet finalizes the generator instead, as in CPython.
defMethod(frameType, 'clear', (self) => {
  const f = fr(self);
  const g = f.generator;
  if (g instanceof PyGenerator) {
    if (g.running) throw runtimeError('cannot clear an executing frame');
    if (g.started && !g.finished) throw runtimeError('cannot clear a suspended frame');
    genClose(g);
  } else if (isExecuting(f)) {
    throw runtimeError('cannot clear an executing frame');
  }
  const n = f.code.nlocalsplus;
  const slots = f.slots;
  for (let i = 0; i < slots.length; i++) slots[i] = i < n ? undefined : null;
  f.sp = n;
  return None;
});
// f_trace_lines is a T_BOOL member; f_trace_opcodes a getset (so deleting them fails differently).
defMember(frameType, 'f_trace_lines', (s) => frameTraceOf(fr(s))?.lines ?? true, (s, v) => {
  if (v === null) throw typeError("can't delete numeric/char attribute");
  if (typeof v !== 'boolean') throw typeError('attribute value type must be bool');
  frameTraceFor(fr(s)).lines = v;
});
defGetSet(frameType, 'f_back', (s) => fr(s).back ?? None);
defGetSet(frameType, 'f_locals', (s) => {
  const f = fr(s);
  if (f.locals !== null) return f.locals;
  return frameLocals(f);
});
defGetSet(frameType, 'f_lineno', (s) => fr(s).lineno ?? None, (s, v) => {
  // Jumping (what pdb's `jump` does) is not supported; outside a trace function CPython refuses it too.
  const st = frameTraceOf(fr(s));
  if (st === undefined || st.inEvent === 0) throw valueError('f_lineno can only be set in a trace function');
  throw notImplementedError('pyrewind cannot jump: assigning frame.f_lineno from a trace function is not supported');
});
// The tracing attributes (vm/runtime/frame_trace.ts keeps them outside the frame).
defGetSet(frameType, 'f_trace', (s) => frameTraceOf(fr(s))?.trace ?? None, (s, v) => {
  frameTraceFor(fr(s)).trace = v === null || v === None ? null : v;
});
defGetSet(frameType, 'f_lasti', (s) => fr(s).lasti * 2);
defGetSet(frameType, 'f_globals', (s) => fr(s).globals);
defGetSet(frameType, 'f_builtins', (s) => fr(s).builtins);
defGetSet(frameType, 'f_code', (s) => fr(s).code);
defGetSet(frameType, 'f_trace_opcodes', (s) => frameTraceOf(fr(s))?.opcodes ?? false, (s, v) => {
  if (typeof v !== 'boolean') throw typeError('attribute value type must be bool');
  frameTraceFor(fr(s)).opcodes = v;
});
// f_generator (new in 3.14): the generator or coroutine whose frame this is, while it still owns the
// frame (until it finishes: CPython then hands the frame's data over to the frame object).
defGetSet(frameType, 'f_generator', (s) => {
  const g = fr(s).generator;
  return g instanceof PyGenerator && !g.finished ? g : None;
});

