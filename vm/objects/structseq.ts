// Struct sequences (CPython's Objects/structseq.c): sys.version_info, sys.flags, time.struct_time...
// tuples whose fields also have names. A type may have unnamed fields (reachable by index only) and
// hidden fields after its sequence part (reachable by name only, as time.struct_time's tm_zone).
// Only the layout and the type's methods live here; the modules fill in the values.

import { PyType, PyValue, typeType, tpName } from './object.js';
import { PyTuple, tupleType } from './tuple.js';
import { PyDict } from './dict.js';
import { PyList } from './list.js';
import { defMethod, defNew, bindArgs } from './native.js';
import { defMember } from './member_descriptor.js';
import { sequenceFast } from './sequence_fast.js';
import { None } from './singletons.js';
import { repr } from '../runtime/protocols.js';
import { typeError } from '../runtime/raise.js';

/** A struct sequence: the tuple part, plus the fields after n_sequence_fields. */
export class PyStructSeq extends PyTuple {
  constructor(
    items: PyValue[],
    /** The values of the fields only reachable by name. */
    readonly hidden: PyValue[],
    cls: PyType,
  ) {
    super(items, cls);
  }
}

interface Layout {
  /** All fields in order; null is an unnamed field (only allowed in the sequence part). */
  fields: (string | null)[];
  /** The named fields, in order: CPython's tp_members. */
  members: string[];
  nSequence: number;
  nUnnamed: number;
}

const layouts = new WeakMap<PyType, Layout>();

export interface StructSeqOptions {
  /** How many leading fields make up the tuple (n_sequence_fields); the default is all of them. */
  sequenceFields?: number;
  /** False for types Python code cannot instantiate (sys.version_info, sys.flags): no tp_new. */
  constructible?: boolean;
}

/**
 * A struct sequence type named `name` of module `module` ('builtins' for types whose tp_name has no
 * module). `fields` lists every field; null marks an unnamed one.
 */
export function makeStructSeqType(
  name: string,
  module: string,
  fields: (string | null)[],
  options: StructSeqOptions = {},
): PyType {
  const t = new PyType(typeType, name, [tupleType], module);
  t.qualname = name;
  t.isBaseType = false;
  const nSequence = options.sequenceFields ?? fields.length;
  const members: string[] = [];
  for (let i = 0; i < fields.length; i++) {
    const f = fields[i];
    if (f === null) {
      if (i >= nSequence) throw new Error(`struct sequence ${name}: unnamed field ${i} outside the sequence part`);
    } else {
      members.push(f);
    }
  }
  const layout: Layout = { fields, members, nSequence, nUnnamed: fields.length - members.length };
  layouts.set(t, layout);
  // The type's __dict__ in CPython's order: tp_new and tp_methods, the members, __doc__ and __module__
  // (type_ready), then what PyStructSequence_InitType adds.
  if (options.constructible === false) {
    defNew(t, () => {
      throw typeError(`cannot create '${tpName(t)}' instances`);
    });
  } else {
    defNew(t, (cls, args, kwargs) => structSeqNew(cls, layout, args, kwargs));
  }
  defMethod(t, '__repr__', (self) => structSeqRepr(self as PyTuple, layout));
  defMethod(t, '__reduce__', (self) => structSeqReduce(self as PyTuple, layout));
  defMethod(t, '__replace__', (self, args, kwargs) => structSeqReplace(self as PyTuple, layout, args, kwargs));
  fields.forEach((f, i) => {
    if (f === null) return;
    // Read-only T_OBJECT members; their docs come from CPython's docstring data.
    defMember(t, f, i < nSequence ? (self) => (self as PyTuple).items[i] : (self) => hiddenField(self as PyTuple, i - nSequence));
  });
  // (CPython's dict also holds __doc__ here; pyrewind's built-in types read theirs lazily from the
  // docstring data through type.__doc__ instead, as the data is loaded on first use.)
  // The types modules make (PyStructSequence_NewType: os.stat_result, time.struct_time) are heap types
  // with __module__ in their dict; sys's are static built-in types without it.
  if (module !== 'builtins' && module !== 'sys') t.attrs.set('__module__', module);
  t.attrs.set('n_sequence_fields', nSequence);
  t.attrs.set('n_fields', fields.length);
  t.attrs.set('n_unnamed_fields', layout.nUnnamed);
  t.attrs.set('__match_args__', new PyTuple(fields.slice(0, nSequence).filter((f): f is string => f !== null)));
  return t;
}

/**
 * Hidden field k of a struct sequence (None if absent: a module may still build its instances as plain
 * tuples of the type, which then have no hidden fields).
 */
function hiddenField(self: PyTuple, k: number): PyValue {
  return self instanceof PyStructSeq ? self.hidden[k] ?? None : None;
}

/** An instance of a struct sequence type from all its field values (missing trailing ones are None). */
export function structSeq(type: PyType, values: PyValue[]): PyStructSeq {
  const layout = layouts.get(type)!;
  const n = layout.nSequence;
  const hidden = values.slice(n);
  while (n + hidden.length < layout.fields.length) hidden.push(None);
  return new PyStructSeq(values.slice(0, n), hidden, type);
}

/**
 * `T(sequence, dict)` for a struct sequence type made by makeStructSeqType, for a type whose own
 * __new__ adds to the generic one (os.stat_result fills its float times from the int ones).
 */
export function structSeqNewOf(cls: PyType, args: PyValue[], kwargs: Map<string, PyValue> | null): PyStructSeq {
  const layout = layouts.get(cls);
  if (layout === undefined) throw new Error(`${cls.name} is not a struct sequence type`);
  return structSeqNew(cls, layout, args, kwargs);
}

/** structseq_new: `T(sequence, dict=None)`, hidden fields taken from the sequence or else the dict. */
function structSeqNew(cls: PyType, layout: Layout, args: PyValue[], kwargs: Map<string, PyValue> | null): PyStructSeq {
  const [seqArg, dictArg] = bindArgs('structseq', ['sequence', 'dict'], args, kwargs, 1);
  const values = sequenceFast(seqArg!, 'constructor requires a sequence');
  // dict=None is not a dict either (the parameter has no Python default).
  const dict = dictArg === undefined ? null : dictArg;
  const name = tpName(cls);
  if (dict !== null && !(dict instanceof PyDict)) throw typeError(`${name}() takes a dict as second arg, if any`);
  const len = values.length;
  const min = layout.nSequence;
  const max = layout.fields.length;
  if (min !== max) {
    if (len < min) throw typeError(`${name}() takes an at least ${min}-sequence (${len}-sequence given)`);
    if (len > max) throw typeError(`${name}() takes an at most ${max}-sequence (${len}-sequence given)`);
  } else if (len !== min) {
    throw typeError(`${name}() takes a ${min}-sequence (${len}-sequence given)`);
  }
  const hidden = values.slice(min);
  // The dict may only name the hidden fields the sequence did not give (3.14 checks this).
  let found = 0;
  for (let i = len; i < max; i++) {
    const v = dict?.getStr(layout.members[i - layout.nUnnamed]);
    if (v !== undefined) found++;
    hidden.push(v ?? None);
  }
  if (dict !== null && dict.size > found) throw typeError(`${name}() got duplicate or unexpected field name(s)`);
  return new PyStructSeq(values.slice(0, min), hidden, cls);
}

/** structseq_repr: the sequence part, labelled with tp_members' names (so unnamed fields shift them). */
function structSeqRepr(self: PyTuple, layout: Layout): string {
  const items = self.items;
  const parts: string[] = new Array(items.length);
  for (let i = 0; i < items.length; i++) parts[i] = `${layout.members[i]}=${repr(items[i])}`;
  return `${tpName(self.cls)}(${parts.join(', ')})`;
}

/** structseq_reduce: (type, (sequence part, {name: value} of the hidden fields)). */
function structSeqReduce(self: PyTuple, layout: Layout): PyTuple {
  const d = new PyDict();
  const nHidden = layout.fields.length - layout.nSequence;
  for (let k = 0; k < nHidden; k++) d.setStr(layout.members[layout.nSequence + k - layout.nUnnamed], hiddenField(self, k));
  return new PyTuple([self.cls, new PyTuple([new PyTuple(self.items.slice()), d])]);
}

/** structseq_replace (copy.replace): keyword arguments only, by field name; no unnamed fields. */
function structSeqReplace(self: PyTuple, layout: Layout, args: PyValue[], kwargs: Map<string, PyValue> | null): PyStructSeq {
  if (args.length > 0) throw typeError('__replace__() takes no positional arguments');
  if (layout.nUnnamed > 0) {
    throw typeError(`__replace__() is not supported for ${tpName(self.cls)} because it has unnamed field(s)`);
  }
  const all = [...self.items];
  for (let k = layout.nSequence; k < layout.fields.length; k++) all.push(hiddenField(self, k - layout.nSequence));
  if (kwargs !== null && kwargs.size > 0) {
    const left = new Map(kwargs);
    layout.members.forEach((name, i) => {
      const v = left.get(name);
      if (v !== undefined) {
        all[i] = v;
        left.delete(name);
      }
    });
    if (left.size > 0) throw typeError(`Got unexpected field name(s): ${repr(new PyList([...left.keys()]))}`);
  }
  return new PyStructSeq(all.slice(0, layout.nSequence), all.slice(layout.nSequence), self.cls);
}
