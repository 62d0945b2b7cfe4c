// Building _ast node objects from the tree the host's CPython parser made, for compile(..., PyCF_ONLY_AST)
// and so ast.parse.
//
// The host runs CPython's own compile() with PyCF_ONLY_AST and returns marshal bytes of one flat list:
// the tree in preorder, where a node is its class name followed by its fields and then its attributes
// (in the grammar's order), a list is its length followed by its items, and every other value (an
// identifier, an int, a constant of any type, None for an absent optional node) is itself. A flat list
// keeps marshal's nesting limit out of the way; the grammar (vm/modules/ast.ts) says which field holds
// nodes, so a constant that is a str or a tuple is never mistaken for one. Nothing here parses Python.

import { PyValue, PyType, PyInstance, PyObject } from '../objects/object.js';
import { PyDict } from '../objects/dict.js';
import { PyList } from '../objects/list.js';
import { PyModule } from '../objects/module.js';
import { None } from '../objects/singletons.js';
import { marshalLoads } from '../marshal/reader.js';
import type { AstLayout } from '../modules/ast.js';
import { importModule } from './import.js';
import type { Interpreter } from './interpreter.js';

// vm/modules/ast.ts installs these when it loads: importing it from here (and so from compile.ts) would
// make an import cycle that runs its class setup before the object model exists.
let astLayout: (name: string) => AstLayout | undefined = () => undefined;
let astBaseType: PyType | null = null;

export function installAstGrammar(layout: (name: string) => AstLayout | undefined, base: PyType): void {
  astLayout = layout;
  astBaseType = base;
}

/** The grammar's layout of the concrete node class named `name` (BinOp, arguments...), or undefined. */
export function astLayoutOf(name: string): AstLayout | undefined {
  return astLayout(name);
}

/** The grammar type a concrete node class belongs to ('expr' for BinOp; 'arguments' for arguments). */
export function astSumName(name: string): string | undefined {
  return astLayout(name)?.kind;
}

/** Whether v is an ast.AST instance (of any interpreter's node classes, or a subclass). */
export function isAstObject(v: PyValue): boolean {
  return astBaseType !== null && v instanceof PyObject && v.cls.isSubtypeOf(astBaseType);
}

/** CPython's parser gives every tree the same instance of each field-less, attribute-less class (Load,
 *  Add, Eq...): one per class, and classes are per import of _ast. */
const singletons = new WeakMap<PyType, PyValue>();

/** Reads the flat list back into nodes of the interpreter's _ast classes. */
class TreeBuilder {
  private at = 0;

  constructor(
    private readonly items: PyValue[],
    private readonly classes: PyDict,
  ) {}

  private next(): PyValue {
    if (this.at >= this.items.length) throw new Error('syntax tree from the compiler ends early');
    return this.items[this.at++];
  }

  /** A node, or None where an optional node is absent. */
  node(): PyValue {
    const name = this.next();
    if (name === None) return None;
    if (typeof name !== 'string') throw new Error('syntax tree from the compiler: node expected');
    const layout = astLayout(name);
    const cls = this.classes.getStr(name);
    if (layout === undefined || !(cls instanceof PyType)) throw new Error(`syntax tree from the compiler: unknown node ${name}`);
    if (layout.fields.length === 0 && layout.attributes.length === 0) {
      let shared = singletons.get(cls);
      if (shared === undefined) {
        shared = this.instance(cls, layout);
        singletons.set(cls, shared);
      }
      return shared;
    }
    return this.instance(cls, layout);
  }

  private instance(cls: PyType, layout: AstLayout): PyValue {
    const obj = new PyInstance(cls);
    const dict = new PyDict();
    obj.dict = dict;
    for (const f of layout.fields) {
      let v: PyValue;
      if (f.sequence) {
        const n = this.next();
        if (typeof n !== 'number') throw new Error('syntax tree from the compiler: list length expected');
        const list: PyValue[] = new Array(n);
        for (let i = 0; i < n; i++) list[i] = f.node ? this.node() : this.next();
        v = new PyList(list);
      } else {
        v = f.node ? this.node() : this.next();
      }
      dict.setStr(f.name, v);
    }
    for (const a of layout.attributes) dict.setStr(a, this.next());
    return obj;
  }

  finish(root: PyValue): PyValue {
    if (this.at !== this.items.length) throw new Error('syntax tree from the compiler has trailing items');
    return root;
  }
}

/** The tree in `data` (what the host returned for a PyCF_ONLY_AST request) as _ast objects. */
export function astFromHost(interp: Interpreter, data: Uint8Array): PyValue {
  const flat = marshalLoads(data);
  if (!(flat instanceof PyList)) throw new Error('compiler did not return a syntax tree');
  const mod = importModule(interp, '_ast');
  if (!(mod instanceof PyModule)) throw new Error('the _ast module is not a module');
  const builder = new TreeBuilder(flat.items, mod.dict);
  return builder.finish(builder.node());
}
