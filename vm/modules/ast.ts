// The _ast module (CPython's Python/Python-ast.c): the AST node classes that ast.py re-exports, built
// from the ASDL grammar below (Parser/Python.asdl of CPython 3.14) as CPython generates them: one class
// per type and constructor, with _fields, _attributes, __match_args__, _field_types, None defaults for
// optional fields, and AST's constructor, repr, __reduce__ and __replace__ with 3.14's rules.
//
// Node classes are heap classes made per import (as per interpreter in CPython), so that a program
// changing them affects only itself. This module does not parse source: compile(..., PyCF_ONLY_AST) is
// the compiler's business.

import {
  PyObject, PyType, PyValue, PyInstance, makeBuiltinType, objectType, typeType, typeOf, intType, strType, tpName,
} from '../objects/object.js';
import { PyModule } from '../objects/module.js';
import { PyDict } from '../objects/dict.js';
import { PyTuple, tuple } from '../objects/tuple.js';
import { PyList, listType } from '../objects/list.js';
import { defMethod, defNew } from '../objects/native.js';
import { None } from '../objects/singletons.js';
import { instanceDictGetSet } from '../objects/object_methods.js';
import { typeNew } from '../objects/type_methods.js';
import { genericAlias, PyGenericAlias } from '../objects/generic_alias.js';
import { unionTypeOr, PyUnion } from '../objects/union_type.js';
import { repr, toArray, withReprGuard } from '../runtime/protocols.js';
import { getAttr, getAttrOrUndefined, lookupAttr, setAttr } from '../runtime/attributes.js';
import { callObject } from '../runtime/call.js';
import { importModule } from '../runtime/import.js';
import { currentInterpreter } from '../runtime/interpreter.js';
import { typeError } from '../runtime/raise.js';
import { installAstGrammar } from '../runtime/ast_from_host.js';
import { registerNativeModule } from './registry.js';

// ---- the grammar ----------------------------------------------------------------------------------------

/** Python.asdl (3.14): `name = Constructor(fields) | ...` sums and `name = (fields)` products. */
const GRAMMAR = `
mod = Module(stmt* body, type_ignore* type_ignores) | Interactive(stmt* body) | Expression(expr body) | FunctionType(expr* argtypes, expr returns)
stmt = FunctionDef(identifier name, arguments args, stmt* body, expr* decorator_list, expr? returns, string? type_comment, type_param* type_params) | AsyncFunctionDef(identifier name, arguments args, stmt* body, expr* decorator_list, expr? returns, string? type_comment, type_param* type_params) | ClassDef(identifier name, expr* bases, keyword* keywords, stmt* body, expr* decorator_list, type_param* type_params) | Return(expr? value) | Delete(expr* targets) | Assign(expr* targets, expr value, string? type_comment) | TypeAlias(expr name, type_param* type_params, expr value) | AugAssign(expr target, operator op, expr value) | AnnAssign(expr target, expr annotation, expr? value, int simple) | For(expr target, expr iter, stmt* body, stmt* orelse, string? type_comment) | AsyncFor(expr target, expr iter, stmt* body, stmt* orelse, string? type_comment) | While(expr test, stmt* body, stmt* orelse) | If(expr test, stmt* body, stmt* orelse) | With(withitem* items, stmt* body, string? type_comment) | AsyncWith(withitem* items, stmt* body, string? type_comment) | Match(expr subject, match_case* cases) | Raise(expr? exc, expr? cause) | Try(stmt* body, excepthandler* handlers, stmt* orelse, stmt* finalbody) | TryStar(stmt* body, excepthandler* handlers, stmt* orelse, stmt* finalbody) | Assert(expr test, expr? msg) | Import(alias* names) | ImportFrom(identifier? module, alias* names, int? level) | Global(identifier* names) | Nonlocal(identifier* names) | Expr(expr value) | Pass | Break | Continue
  attributes (int lineno, int col_offset, int? end_lineno, int? end_col_offset)
expr = BoolOp(boolop op, expr* values) | NamedExpr(expr target, expr value) | BinOp(expr left, operator op, expr right) | UnaryOp(unaryop op, expr operand) | Lambda(arguments args, expr body) | IfExp(expr test, expr body, expr orelse) | Dict(expr?* keys, expr* values) | Set(expr* elts) | ListComp(expr elt, comprehension* generators) | SetComp(expr elt, comprehension* generators) | DictComp(expr key, expr value, comprehension* generators) | GeneratorExp(expr elt, comprehension* generators) | Await(expr value) | Yield(expr? value) | YieldFrom(expr value) | Compare(expr left, cmpop* ops, expr* comparators) | Call(expr func, expr* args, keyword* keywords) | FormattedValue(expr value, int conversion, expr? format_spec) | Interpolation(expr value, constant str, int conversion, expr? format_spec) | JoinedStr(expr* values) | TemplateStr(expr* values) | Constant(constant value, string? kind) | Attribute(expr value, identifier attr, expr_context ctx) | Subscript(expr value, expr slice, expr_context ctx) | Starred(expr value, expr_context ctx) | Name(identifier id, expr_context ctx) | List(expr* elts, expr_context ctx) | Tuple(expr* elts, expr_context ctx) | Slice(expr? lower, expr? upper, expr? step)
  attributes (int lineno, int col_offset, int? end_lineno, int? end_col_offset)
expr_context = Load | Store | Del
boolop = And | Or
operator = Add | Sub | Mult | MatMult | Div | Mod | Pow | LShift | RShift | BitOr | BitXor | BitAnd | FloorDiv
unaryop = Invert | Not | UAdd | USub
cmpop = Eq | NotEq | Lt | LtE | Gt | GtE | Is | IsNot | In | NotIn
comprehension = (expr target, expr iter, expr* ifs, int is_async)
excepthandler = ExceptHandler(expr? type, identifier? name, stmt* body)
  attributes (int lineno, int col_offset, int? end_lineno, int? end_col_offset)
arguments = (arg* posonlyargs, arg* args, arg? vararg, arg* kwonlyargs, expr* kw_defaults, arg? kwarg, expr* defaults)
arg = (identifier arg, expr? annotation, string? type_comment)
  attributes (int lineno, int col_offset, int? end_lineno, int? end_col_offset)
keyword = (identifier? arg, expr value)
  attributes (int lineno, int col_offset, int? end_lineno, int? end_col_offset)
alias = (identifier name, identifier? asname)
  attributes (int lineno, int col_offset, int? end_lineno, int? end_col_offset)
withitem = (expr context_expr, expr? optional_vars)
match_case = (pattern pattern, expr? guard, stmt* body)
pattern = MatchValue(expr value) | MatchSingleton(constant value) | MatchSequence(pattern* patterns) | MatchMapping(expr* keys, pattern* patterns, identifier? rest) | MatchClass(expr cls, pattern* patterns, identifier* kwd_attrs, pattern* kwd_patterns) | MatchStar(identifier? name) | MatchAs(pattern? pattern, identifier? name) | MatchOr(pattern* patterns)
  attributes (int lineno, int col_offset, int end_lineno, int end_col_offset)
type_ignore = TypeIgnore(int lineno, string tag)
type_param = TypeVar(identifier name, expr? bound, expr? default_value) | ParamSpec(identifier name, expr? default_value) | TypeVarTuple(identifier name, expr? default_value)
  attributes (int lineno, int col_offset, int end_lineno, int end_col_offset)
`;

interface Field {
  type: string;
  name: string;
  optional: boolean;
  sequence: boolean;
  /** As the docstring spells it: `expr? value`. */
  text: string;
}

interface Constructor {
  name: string;
  fields: Field[];
}

interface Definition {
  name: string;
  /** Sum types: the constructors (each a class); null for a product type (itself the class). */
  constructors: Constructor[] | null;
  /** Product types' fields. */
  fields: Field[];
  attributes: Field[];
}

function parseFields(text: string): Field[] {
  if (text.trim() === '') return [];
  return text.split(',').map((part) => {
    const [typeSpec, name] = part.trim().split(/\s+/);
    const sequence = typeSpec.endsWith('*');
    const optional = typeSpec.includes('?');
    return { type: typeSpec.replace(/[?*]/g, ''), name, optional, sequence, text: `${typeSpec} ${name}` };
  });
}

function parseConstructor(text: string): Constructor {
  const open = text.indexOf('(');
  if (open < 0) return { name: text.trim(), fields: [] };
  return { name: text.slice(0, open).trim(), fields: parseFields(text.slice(open + 1, text.lastIndexOf(')'))) };
}

/** Runs once: the grammar as definitions, in order. */
function parseGrammar(): Definition[] {
  const defs: Definition[] = [];
  for (const line of GRAMMAR.split('\n')) {
    if (line.trim() === '') continue;
    if (line.startsWith('  attributes')) {
      const inner = line.slice(line.indexOf('(') + 1, line.lastIndexOf(')'));
      defs[defs.length - 1].attributes = parseFields(inner);
      continue;
    }
    const eqAt = line.indexOf(' = ');
    const name = line.slice(0, eqAt);
    const rhs = line.slice(eqAt + 3).trim();
    if (rhs.startsWith('(')) {
      defs.push({ name, constructors: null, fields: parseFields(rhs.slice(1, -1)), attributes: [] });
    } else {
      defs.push({ name, constructors: rhs.split(' | ').map(parseConstructor), fields: [], attributes: [] });
    }
  }
  return defs;
}

let grammar: Definition[] | null = null;

// ---- the AST base class -------------------------------------------------------------------------------

export const astType = makeBuiltinType('AST', objectType, 'ast');
astType.attrs.set('__module__', 'ast');
astType.hasInstanceDict = true;
astType.allocate = (cls) => new PyInstance(cls);
astType.attrs.set('_fields', tuple([]));
astType.attrs.set('_attributes', tuple([]));
astType.attrs.set('__match_args__', tuple([]));
instanceDictGetSet(astType);

/** The per-import classes a node's methods need: Load (ctx's default) and expr_context. */
interface AstState {
  loadSingleton: PyValue;
  exprContext: PyType;
}
const states = new WeakMap<PyType, AstState>();

/** The state of the _ast module a node class belongs to (null for classes outside it). */
function stateOf(cls: PyType): AstState | null {
  for (const t of cls.mro) {
    const s = states.get(t);
    if (s !== undefined) return s;
  }
  return null;
}

function warnDeprecation(message: string): void {
  const interp = currentInterpreter();
  const category = interp.builtins.getStr('DeprecationWarning')!;
  callObject(getAttr(importModule(interp, 'warnings'), 'warn'), [message, category, 1]);
}

function classSequence(cls: PyType, name: string): PyValue[] {
  const v = getAttrOrUndefined(cls, name);
  return v === undefined ? [] : toArray(v);
}

// ast_type_init: positional arguments fill _fields in order, keywords set any attribute; fields left
// out get their default (None for optional ones through the class, [] for lists, Load() for ctx) or a
// DeprecationWarning when required.
defMethod(astType, '__init__', (self, args, kwargs) => {
  const cls = typeOf(self);
  const fields = classSequence(cls, '_fields');
  if (args.length > fields.length) {
    const n = fields.length;
    throw typeError(`${cls.name} constructor takes at most ${n} positional argument${n === 1 ? '' : 's'}`);
  }
  const remaining = fields.slice();
  for (let i = 0; i < args.length; i++) {
    setAttr(self, fields[i] as string, args[i]);
    remaining[i] = undefined as unknown as PyValue;
  }
  if (kwargs !== null) {
    for (const [key, value] of kwargs) {
      const at = fields.indexOf(key);
      if (at < 0) {
        if (!classSequence(cls, '_attributes').includes(key)) {
          warnDeprecation(
            `${tpName(cls)}.__init__ got an unexpected keyword argument '${key}'. ` +
              'Support for arbitrary keyword arguments is deprecated and will be removed in Python 3.15.',
          );
        }
      } else if (at < args.length) {
        throw typeError(`${tpName(cls)} got multiple values for argument '${key}'`);
      } else {
        remaining[at] = undefined as unknown as PyValue;
      }
      setAttr(self, key, value);
    }
  }
  const missing = remaining.filter((f): f is string => typeof f === 'string');
  if (missing.length === 0) return None;
  const fieldTypes = getAttrOrUndefined(cls, '_field_types');
  // A user subclass without _field_types keeps the pre-3.13 behaviour: missing fields stay unset.
  if (fieldTypes === undefined) return None;
  const state = stateOf(cls);
  for (const name of missing) {
    const t = fieldTypes instanceof PyDict ? fieldTypes.getStr(name) : undefined;
    if (t === undefined) {
      warnDeprecation(`Field '${name}' is missing from ${tpName(cls)}._field_types. This will become an error in Python 3.15.`);
    } else if (t instanceof PyUnion) {
      // Optional: the class holds a None default.
    } else if (t instanceof PyGenericAlias) {
      setAttr(self, name, new PyList([]));
    } else if (state !== null && t === state.exprContext) {
      setAttr(self, name, state.loadSingleton);
    } else {
      warnDeprecation(
        `${tpName(cls)}.__init__ missing 1 required positional argument: ${repr(name)}. This will become an error in Python 3.15.`,
      );
    }
  }
  return None;
});

// ---- repr: fields to depth 3, sequences as their first and last items ------------------------------------

function isNode(v: PyValue): boolean {
  return typeof v === 'object' && v.cls.isSubtypeOf(astType);
}

function nodeRepr(node: PyValue, depth: number): string {
  const cls = typeOf(node);
  const name = tpName(cls);
  if (depth <= 0) return `${name}(...)`;
  return withReprGuard(node as PyObject, `${name}(...)`, () => {
    const fields = classSequence(cls, '_fields');
    if (fields.length === 0) return `${name}()`;
    const parts: string[] = [];
    for (const f of fields) {
      const fname = f as string;
      const v = getAttr(node, fname);
      let text: string;
      if (v instanceof PyList || v instanceof PyTuple) text = sequenceRepr(v, depth);
      else if (isNode(v)) text = nodeRepr(v, depth - 1);
      else text = repr(v);
      parts.push(`${fname}=${text}`);
    }
    return `${name}(${parts.join(', ')})`;
  });
}

function sequenceRepr(seq: PyList | PyTuple, depth: number): string {
  const items = seq.items;
  if (items.length === 0) return repr(seq);
  const open = seq instanceof PyList ? '[' : '(';
  const close = seq instanceof PyList ? ']' : ')';
  const one = (v: PyValue): string => (isNode(v) ? nodeRepr(v, depth - 1) : repr(v));
  let s = open + one(items[0]);
  if (items.length > 2) s += ', ...';
  if (items.length > 1) s += ', ' + one(items[items.length - 1]);
  return s + close;
}

defMethod(astType, '__repr__', (self) => nodeRepr(self, 3));

// ---- pickling and copy.replace -----------------------------------------------------------------------

// Rebuilt by calling the class with None for the leading fields the state will set, so that no
// "missing argument" warning is raised, then restoring __dict__.
defMethod(astType, '__reduce__', (self) => {
  const cls = typeOf(self);
  const dict = lookupAttr(self, '__dict__');
  if (!(dict instanceof PyDict)) return new PyTuple([cls, tuple([])]);
  const positional: PyValue[] = [];
  for (const f of classSequence(cls, '_fields')) {
    if (typeof f !== 'string' || !dict.has(f)) break;
    positional.push(None);
  }
  return new PyTuple([cls, tuple(positional), dict]);
});

defMethod(astType, '__replace__', (self, args, kwargs) => {
  if (args.length > 0) throw typeError('__replace__() takes no positional arguments');
  const cls = typeOf(self);
  const name = tpName(cls);
  const fields = classSequence(cls, '_fields');
  const attributes = classSequence(cls, '_attributes');
  if (kwargs !== null) {
    for (const key of kwargs.keys()) {
      if (!fields.includes(key) && !attributes.includes(key)) {
        throw typeError(`${name}.__replace__ got an unexpected keyword argument ${repr(key)}.`);
      }
    }
  }
  const dict = lookupAttr(self, '__dict__');
  const state = dict instanceof PyDict ? dict : null;
  const fieldTypes = getAttrOrUndefined(cls, '_field_types');
  const missing: string[] = [];
  for (const f of fields) {
    const fname = f as string;
    if ((state !== null && state.has(fname)) || (kwargs !== null && kwargs.has(fname))) continue;
    const t = fieldTypes instanceof PyDict ? fieldTypes.getStr(fname) : undefined;
    if (t instanceof PyUnion) continue;
    missing.push(repr(fname));
  }
  if (missing.length > 0) {
    const m = missing.length;
    throw typeError(`${name}.__replace__ missing ${m} keyword argument${m === 1 ? '' : 's'}: ${missing.join(', ')}.`);
  }
  const payload = new Map<string, PyValue>();
  if (state !== null) {
    for (const f of [...fields, ...attributes]) {
      const v = state.getStr(f as string);
      if (v !== undefined) payload.set(f as string, v);
    }
  }
  if (kwargs !== null) for (const [k, v] of kwargs) payload.set(k, v);
  return callObject(cls, [], payload);
});

defNew(astType, (cls) => cls.allocate!(cls));

// ---- the module -------------------------------------------------------------------------------------------

/** A builtin type name of the grammar, or null for node types. */
function builtinFieldType(type: string): PyValue | null {
  switch (type) {
    case 'identifier':
    case 'string':
      return strType;
    case 'int':
      return intType;
    case 'constant':
      return objectType;
    default:
      return null;
  }
}

function makeClass(name: string, base: PyType, ns: Map<string, PyValue>): PyType {
  const d = new PyDict();
  d.setStr('__module__', 'ast');
  for (const [k, v] of ns) d.setStr(k, v);
  return typeNew(typeType, name, [base], d, null);
}

function fieldNames(fields: readonly Field[]): PyTuple {
  return tuple(fields.map((f) => f.name));
}

/** The class attributes of a class with `fields`: the field tuples, docstring and None defaults. */
function fieldAttrs(doc: string, fields: readonly Field[]): Map<string, PyValue> {
  const ns = new Map<string, PyValue>();
  ns.set('_fields', fieldNames(fields));
  ns.set('__match_args__', fieldNames(fields));
  ns.set('__doc__', doc);
  for (const f of fields) if (f.optional && !f.sequence) ns.set(f.name, None);
  return ns;
}

function signature(name: string, fields: readonly Field[]): string {
  return fields.length === 0 ? name : `${name}(${fields.map((f) => f.text).join(', ')})`;
}

/** A sum type's docstring: its constructors, on one line when none has fields. */
function sumDoc(def: Definition): string {
  const sigs = def.constructors!.map((c) => signature(c.name, c.fields));
  if (def.constructors!.every((c) => c.fields.length === 0)) return `${def.name} = ${sigs.join(' | ')}`;
  return `${def.name} = ${sigs.join(`\n${' '.repeat(def.name.length + 1)}| `)}`;
}

function makeAstModule(): PyModule {
  grammar ??= parseGrammar();
  const mod = new PyModule('_ast');
  const d = mod.dict;
  d.setStr('AST', astType);
  const classes = new Map<string, PyType>();
  /** Classes whose _field_types are filled in once every class exists. */
  const pending: [PyType, Field[]][] = [];

  for (const def of grammar) {
    if (def.constructors === null) {
      const ns = fieldAttrs(signature(def.name, def.fields), def.fields);
      ns.set('_attributes', fieldNames(def.attributes));
      for (const a of def.attributes) if (a.optional) ns.set(a.name, None);
      const cls = makeClass(def.name, astType, ns);
      classes.set(def.name, cls);
      pending.push([cls, def.fields]);
      continue;
    }
    const baseNs = new Map<string, PyValue>([
      ['_fields', tuple([])],
      ['__match_args__', tuple([])],
      ['_attributes', fieldNames(def.attributes)],
      ['__doc__', sumDoc(def)],
    ]);
    for (const a of def.attributes) if (a.optional) baseNs.set(a.name, None);
    const base = makeClass(def.name, astType, baseNs);
    classes.set(def.name, base);
    for (const c of def.constructors) {
      const cls = makeClass(c.name, base, fieldAttrs(signature(c.name, c.fields), c.fields));
      classes.set(c.name, cls);
      pending.push([cls, c.fields]);
    }
  }

  for (const [cls, fields] of pending) {
    const types = new PyDict();
    for (const f of fields) {
      let t: PyValue = builtinFieldType(f.type) ?? classes.get(f.type)!;
      if (f.sequence) t = genericAlias(listType, t);
      else if (f.optional) t = unionTypeOr(t, None);
      types.setStr(f.name, t);
    }
    cls.setAttr('_field_types', types);
    cls.setAttr('__annotations__', types);
  }

  for (const [name, cls] of classes) d.setStr(name, cls);
  const load = callObject(classes.get('Load')!, []);
  const state: AstState = { loadSingleton: load, exprContext: classes.get('expr_context')! };
  for (const cls of classes.values()) states.set(cls, state);

  d.setStr('PyCF_ONLY_AST', 1024);
  d.setStr('PyCF_TYPE_COMMENTS', 4096);
  d.setStr('PyCF_ALLOW_TOP_LEVEL_AWAIT', 8192);
  d.setStr('PyCF_OPTIMIZED_AST', 33792);
  return mod;
}

registerNativeModule('_ast', makeAstModule);

// ---- layouts, for building trees the host's parser made (vm/runtime/ast_from_host.ts) --------------------

/** One field of a node class: whether its values are nodes (else plain values) and whether it is a list. */
export interface AstFieldLayout {
  name: string;
  node: boolean;
  sequence: boolean;
}

/** A concrete node class as the grammar defines it, independent of what a program did to _fields. */
export interface AstLayout {
  fields: AstFieldLayout[];
  attributes: string[];
  /** The grammar type it is a constructor of ('expr' for BinOp), or its own name for a product type. */
  kind: string;
}

let layouts: Map<string, AstLayout> | null = null;

/** The layout of the concrete node class named `name` (Module, BinOp, arguments...), or undefined. */
export function astLayout(name: string): AstLayout | undefined {
  if (layouts === null) {
    grammar ??= parseGrammar();
    layouts = new Map();
    const layoutOf = (fields: Field[], attributes: Field[], kind: string): AstLayout => ({
      fields: fields.map((f) => ({ name: f.name, node: builtinFieldType(f.type) === null, sequence: f.sequence })),
      attributes: attributes.map((a) => a.name),
      kind,
    });
    for (const def of grammar) {
      if (def.constructors === null) layouts.set(def.name, layoutOf(def.fields, def.attributes, def.name));
      else for (const c of def.constructors) layouts.set(c.name, layoutOf(c.fields, def.attributes, def.name));
    }
  }
  return layouts.get(name);
}

installAstGrammar(astLayout, astType);
