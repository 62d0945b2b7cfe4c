// Sending a program's AST objects to the host's CPython, for compile(tree, ...): the inverse of
// ast_from_host.ts. The host rebuilds the same object graph out of real `ast` nodes and calls CPython's
// own compile() on it, so that CPython itself converts and validates the tree (every "expected some sort
// of expr, but got ...", "required field ... missing from ...", "got an invalid type in Constant: ..."
// message is its own) and compiles it with the positions the nodes carry. Nothing here validates a tree
// or knows what compiling it means; it only copies it faithfully.
//
// The payload is marshal bytes of one flat list of tokens, the graph in preorder (a flat list keeps
// marshal's nesting limit out of the way). Each value is one of:
//   0, v                              an atom of an exact type marshal carries: None, bool, int, float,
//                                     complex, str, bytes, Ellipsis
//   1, cls, k, (name, value) * k      a node of the ast class named cls, with k attributes set
//   2, cls, sub, repr, k, (name, value) * k
//                                     a node of a subclass named sub of the ast class cls; its repr is
//                                     what CPython would print in a message naming it
//   3, n, value * n                   a list (or list subclass: CPython accepts any PyList)
//   4, n, value * n                   a tuple (exactly)
//   5, n, value * n                   a frozenset (exactly)
//   6, type, repr, k, (name, value) * k
//                                     any other object: the host stands in an object of a class named
//                                     type whose repr is repr, with the position attributes it has
//   7, type, repr, k, (name, value) * k
//                                     the same for an ast.AST instance of no concrete node class (a
//                                     class deriving from AST or expr itself): the stand-in derives
//                                     from ast.AST, so that compile() still takes it for a tree
// A node's attributes are the grammar's fields then its position attributes, those that getattr finds
// (a missing one is left out, so CPython reports it missing). Objects of other types are sent as
// stand-ins because CPython only ever reads their type name and repr (for its messages) and their
// position attributes (it reads lineno... before checking a node's class). A repr is sent as a str,
// or, when repr() raised, as (exception class name, args): CPython computes a repr only for a message,
// so the stand-in's __repr__ raises that again (a builtin class, else RuntimeError) if it is asked.

import { PyValue, PyObject, PyType, typeOf } from '../objects/object.js';
import { PyFloat, floatType } from '../objects/float.js';
import { PyComplex, complexType } from '../objects/complex.js';
import { PyBytes, bytesType } from '../objects/bytes.js';
import { PyTuple, tupleType } from '../objects/tuple.js';
import { PyList } from '../objects/list.js';
import { PySet, frozensetType } from '../objects/set.js';
import { PyDict } from '../objects/dict.js';
import { PyModule } from '../objects/module.js';
import { None, Ellipsis } from '../objects/singletons.js';
import { PyBaseException, exceptionMessage } from '../objects/exceptions.js';
import { marshalDumpsList } from '../marshal/writer.js';
import { astLayoutOf, astSumName, isAstObject } from './ast_from_host.js';
import { getAttrOrUndefined } from './attributes.js';
import { repr } from './protocols.js';
import { importModule } from './import.js';
import { recursionError } from './raise.js';
import type { Interpreter } from './interpreter.js';

const ATOM = 0;
const NODE = 1;
const SUBCLASS_NODE = 2;
const LIST = 3;
const TUPLE = 4;
const FROZENSET = 5;
const OPAQUE = 6;
const OPAQUE_AST = 7;

/** The attributes CPython's obj2ast reads from anything standing where a stmt, expr... is expected. */
const POSITION_ATTRIBUTES = ['lineno', 'col_offset', 'end_lineno', 'end_col_offset'];

/** A token written as is (a class or attribute name, a count), not as a value. */
class Raw {
  constructor(readonly token: PyValue) {}
}

/** Leaves a container: it is no longer on the path from the root (cycle detection). */
class Exit {
  constructor(readonly obj: PyObject) {}
}

function isAtom(v: PyValue): boolean {
  switch (typeof v) {
    case 'string':
    case 'number':
    case 'bigint':
    case 'boolean':
      return true;
  }
  if (v === None || v === Ellipsis) return true;
  const cls = (v as PyObject).cls;
  return (
    (v instanceof PyFloat && cls === floatType) ||
    (v instanceof PyComplex && cls === complexType) ||
    (v instanceof PyBytes && cls === bytesType)
  );
}

/** repr(v), or (class name, args) of what repr raised; args as plain atoms, else as the message. */
function lazyRepr(v: PyValue): PyValue {
  try {
    return repr(v);
  } catch (e) {
    if (!(e instanceof PyBaseException)) throw e;
    const args = e.args.every(isAtom) ? e.args : [exceptionMessage(e)];
    return new PyTuple([e.cls.name, new PyTuple(args)]);
  }
}

/** The class of the interpreter's _ast module that `cls` is or derives from and that has a layout. */
function concreteAstClass(cls: PyType, classes: PyDict): PyType | null {
  for (const t of cls.mro) {
    if (classes.getStr(t.name) === t && astLayoutOf(t.name) !== undefined) return t;
  }
  return null;
}

/** The tree rooted at `root` as the flat token list described above, in marshal bytes. */
export function astToHost(interp: Interpreter, root: PyValue): Uint8Array {
  const mod = importModule(interp, '_ast');
  if (!(mod instanceof PyModule)) throw new Error('the _ast module is not a module');
  const classes = mod.dict;
  const out: PyValue[] = [];
  const onPath = new Set<PyObject>();
  const work: (PyValue | Raw | Exit)[] = [root];

  /** Queues a container's attributes (in order) after its header, and its exit after them. */
  const pushAttributes = (obj: PyObject, names: readonly string[], header: PyValue[]): void => {
    const found: [string, PyValue][] = [];
    for (const name of names) {
      const v = getAttrOrUndefined(obj, name);
      if (v !== undefined) found.push([name, v]);
    }
    for (const h of header) out.push(h);
    out.push(found.length);
    work.push(new Exit(obj));
    for (let i = found.length - 1; i >= 0; i--) {
      work.push(found[i][1]);
      work.push(new Raw(found[i][0]));
    }
  };

  const enter = (obj: PyObject, concrete: PyType | null): void => {
    if (onPath.has(obj)) {
      // CPython recurses until its stack guard stops it; the guard names the node kind being read.
      const kind = concrete === null ? 'expr' : astSumName(concrete.name) ?? concrete.name;
      throw recursionError(`maximum recursion depth exceeded while traversing '${kind}' node`);
    }
    onPath.add(obj);
  };

  while (work.length > 0) {
    const item = work.pop()!;
    if (item instanceof Raw) {
      out.push(item.token);
      continue;
    }
    if (item instanceof Exit) {
      onPath.delete(item.obj);
      continue;
    }
    const v = item;
    if (isAtom(v)) {
      out.push(ATOM, v);
      continue;
    }
    const obj = v as PyObject;
    if (obj instanceof PyList || (obj instanceof PyTuple && obj.cls === tupleType)) {
      enter(obj, null);
      const items = obj.items;
      out.push(obj instanceof PyList ? LIST : TUPLE, items.length);
      work.push(new Exit(obj));
      for (let i = items.length - 1; i >= 0; i--) work.push(items[i]);
      continue;
    }
    if (obj instanceof PySet && obj.cls === frozensetType) {
      const items = obj.toArray();
      out.push(FROZENSET, items.length);
      for (let i = items.length - 1; i >= 0; i--) work.push(items[i]);
      continue;
    }
    const cls = typeOf(obj);
    const concrete = concreteAstClass(cls, classes);
    if (concrete !== null) {
      enter(obj, concrete);
      const layout = astLayoutOf(concrete.name)!;
      const names = layout.fields.map((f) => f.name).concat(layout.attributes);
      const header: PyValue[] = concrete === cls ? [NODE, concrete.name] : [SUBCLASS_NODE, concrete.name, cls.name, lazyRepr(obj)];
      pushAttributes(obj, names, header);
      continue;
    }
    enter(obj, null);
    pushAttributes(obj, POSITION_ATTRIBUTES, [isAstObject(obj) ? OPAQUE_AST : OPAQUE, cls.name, lazyRepr(obj)]);
  }
  return marshalDumpsList(out);
}
