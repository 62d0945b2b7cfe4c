// re.Match (CPython's MatchObject in Modules/_sre/sre.c): the spans of a successful match and the
// methods that read them (group, groups, groupdict, start, end, span, expand, regs, lastindex,
// lastgroup, __getitem__, __repr__), with CPython's argument checking and messages.
//
// A Match copies what it needs out of the engine state when it is made (the state is reused by the
// next search); it does not run the matcher.

import { PyObject, PyValue, makeBuiltinType, intType } from '../../objects/object.js';
import { PyTuple } from '../../objects/tuple.js';
import { PyDict } from '../../objects/dict.js';
import { None } from '../../objects/singletons.js';
import { defMethod, defGetSet, defClassMethod, defNew, argRange, noKwargs } from '../../objects/native.js';
import { repr, asIndex } from '../../runtime/protocols.js';
import { clinicArgs } from '../../objects/bytes_methods.js';
import { typeError, indexError, systemError, attributeError } from '../../runtime/raise.js';
import { genericAlias } from '../collections.js';
import type { SreState } from './engine.js';
import type { PyPattern } from './pattern.js';
import { type Subject, bytesValueOf } from './subject.js';
import { PyBytes, bytesType } from '../../objects/bytes.js';
import { compileTemplate, expandTemplate } from './template.js';

export const matchType = makeBuiltinType('Match', undefined, 're');
matchType.isBaseType = false;
matchType.doc = 'The result of re.match() and re.search().\nMatch objects always have a boolean value of True.';

export class PyMatch extends PyObject {
  regs: PyTuple | null = null;
  constructor(
    readonly pattern: PyPattern,
    /** The object that was searched (m.string). */
    readonly string: PyValue,
    /** For str subjects: the text and, if it has astral characters, the code-point offsets. */
    readonly str: string,
    readonly offsets: Int32Array | null,
    readonly isBytes: boolean,
    /** Start and end of group 0, 1, ...; -1 for groups that did not take part. */
    readonly marks: Int32Array,
    readonly pos: number,
    readonly endpos: number,
    readonly lastindex: number,
  ) {
    super(matchType);
  }

  /** Number of groups including group 0. */
  get groups(): number {
    return this.marks.length >> 1;
  }
}

/** pattern_new_match: a Match from the state of a successful search or match. */
export function newMatch(pattern: PyPattern, st: SreState, sub: Subject): PyMatch {
  const groups = pattern.groups;
  const marks = new Int32Array(2 * (groups + 1));
  marks[0] = st.start;
  marks[1] = st.ptr;
  const sm = st.marks;
  const lastmark = st.lastmark;
  for (let i = 0, j = 0; i < groups; i++, j += 2) {
    if (j + 1 <= lastmark && sm[j] >= 0 && sm[j + 1] >= 0) {
      if (sm[j] > sm[j + 1]) {
        throw systemError('The span of capturing group is wrong, please report a bug for the re module.');
      }
      marks[j + 2] = sm[j];
      marks[j + 3] = sm[j + 1];
    } else {
      marks[j + 2] = -1;
      marks[j + 3] = -1;
    }
  }
  return new PyMatch(pattern, sub.source, sub.str, sub.offsets, sub.isBytes, marks, st.pos, st.endpos, st.lastindex);
}

const M = (v: PyValue): PyMatch => v as PyMatch;

/** match_getslice_by_index: group `index` as a str/bytes, or `def` if it did not take part. */
export function matchGroup(m: PyMatch, index: number, def: PyValue): PyValue {
  const i = m.marks[2 * index];
  if (i < 0) return def;
  const j = m.marks[2 * index + 1];
  if (!m.isBytes) {
    const off = m.offsets;
    return off === null ? m.str.slice(i, j) : m.str.slice(off[i], off[j]);
  }
  // A bytearray may have changed since the match: read it again, clipped to its current length.
  const data = bytesValueOf(m.string) ?? new Uint8Array(0);
  const a = Math.min(i, data.length);
  const b = Math.min(j, data.length);
  const src = m.string;
  if (src instanceof PyBytes && src.cls === bytesType && a === 0 && b === data.length) return src;
  return new PyBytes(data.slice(a, b));
}

/** match_getindex: a group number from an int or a group name; IndexError if there is none. */
export function matchIndex(m: PyMatch, index: PyValue | undefined): number {
  if (index === undefined) return 0;
  let i = -1;
  if (isIndexLike(index)) {
    const n = asIndex(index);
    i = typeof n === 'bigint' ? -1 : n;
  } else {
    const gi = m.pattern.groupindex;
    if (gi !== null) {
      const v = gi.get(index);
      if (typeof v === 'number') i = v;
      else if (typeof v === 'boolean') i = v ? 1 : 0;
    }
  }
  if (i < 0 || i >= m.groups) throw indexError('no such group');
  return i;
}

/** PyIndex_Check: ints, bools and objects with __index__ are group numbers; anything else is a name. */
function isIndexLike(v: PyValue): boolean {
  switch (typeof v) {
    case 'number':
    case 'bigint':
    case 'boolean':
      return true;
    case 'string':
      return false;
  }
  return v.cls.isSubtypeOf(intType) || v.cls.lookup('__index__') !== undefined;
}

function matchSlice(m: PyMatch, index: PyValue | undefined, def: PyValue): PyValue {
  return matchGroup(m, matchIndex(m, index), def);
}

/** A str repr cut to `max` code points, as PyUnicode_FromFormat's %.<max>R does. */
export function truncatedRepr(v: PyValue, max: number): string {
  const r = repr(v);
  if (r.length <= max) return r;
  let out = '';
  let n = 0;
  for (const ch of r) {
    if (n++ === max) break;
    out += ch;
  }
  return out;
}

defNew(matchType, () => {
  throw typeError("cannot create 're.Match' instances");
});

defMethod(matchType, 'group', (self, args, kw) => {
  if (kw !== null && kw.size > 0) throw typeError('Match.group() takes no keyword arguments');
  const m = M(self);
  if (args.length === 0) return matchSlice(m, 0, None);
  if (args.length === 1) return matchSlice(m, args[0], None);
  const out: PyValue[] = new Array(args.length);
  for (let k = 0; k < args.length; k++) out[k] = matchSlice(m, args[k], None);
  return new PyTuple(out);
});

defMethod(matchType, '__getitem__', (self, args) => matchSlice(M(self), args[0], None));

defMethod(matchType, 'groups', (self, args, kw) => {
  const [def] = clinicArgs('groups', ['default'], 0, 0, 1, args, kw);
  const m = M(self);
  const d = def ?? None;
  const n = m.groups;
  const out: PyValue[] = new Array(n - 1);
  for (let i = 1; i < n; i++) out[i - 1] = matchGroup(m, i, d);
  return new PyTuple(out);
});

defMethod(matchType, 'groupdict', (self, args, kw) => {
  const [def] = clinicArgs('groupdict', ['default'], 0, 0, 1, args, kw);
  const m = M(self);
  const d = def ?? None;
  const out = new PyDict();
  const gi = m.pattern.groupindex;
  if (gi === null) return out;
  for (const [k] of [...gi.entries()]) out.set(k, matchSlice(m, k, d));
  return out;
});

function groupArg(name: string, args: PyValue[], kw: Map<string, PyValue> | null): PyValue | undefined {
  if (kw !== null && kw.size > 0) throw typeError(`Match.${name}() takes no keyword arguments`);
  argRange(name, args, null, 0, 1);
  return args[0];
}

defMethod(matchType, 'start', (self, args, kw) => {
  const m = M(self);
  return m.marks[2 * matchIndex(m, groupArg('start', args, kw))];
});
defMethod(matchType, 'end', (self, args, kw) => {
  const m = M(self);
  return m.marks[2 * matchIndex(m, groupArg('end', args, kw)) + 1];
});
defMethod(matchType, 'span', (self, args, kw) => {
  const m = M(self);
  const i = matchIndex(m, groupArg('span', args, kw));
  return new PyTuple([m.marks[2 * i], m.marks[2 * i + 1]]);
});

defMethod(matchType, 'expand', (self, args, kw) => {
  const [template] = clinicArgs('expand', ['template'], 0, 1, 1, args, kw);
  const m = M(self);
  return expandTemplate(compileTemplate(m.pattern, template!), m);
});

defMethod(matchType, '__copy__', (self, args, kw) => {
  noKwargs('__copy__', kw);
  if (args.length !== 0) throw typeError(`Match.__copy__() takes no arguments (${args.length} given)`);
  return self;
});
defMethod(matchType, '__deepcopy__', (self, args, kw) => {
  noKwargs('__deepcopy__', kw);
  if (args.length !== 1) throw typeError(`Match.__deepcopy__() takes exactly one argument (${args.length} given)`);
  return self;
});
defClassMethod(matchType, '__class_getitem__', (cls, args) => genericAlias(cls, args[0]));

defMethod(matchType, '__repr__', (self) => {
  const m = M(self);
  const g0 = matchGroup(m, 0, None);
  return `<re.Match object; span=(${m.marks[0]}, ${m.marks[1]}), match=${truncatedRepr(g0, 50)}>`;
});

function readonly(): never {
  throw attributeError('readonly attribute');
}

defGetSet(matchType, 'string', (self) => M(self).string, readonly);
defGetSet(matchType, 're', (self) => M(self).pattern, readonly);
defGetSet(matchType, 'pos', (self) => M(self).pos, readonly);
defGetSet(matchType, 'endpos', (self) => M(self).endpos, readonly);
defGetSet(matchType, 'lastindex', (self) => {
  const m = M(self);
  return m.lastindex >= 0 ? m.lastindex : None;
});
defGetSet(matchType, 'lastgroup', (self) => {
  const m = M(self);
  const ig = m.pattern.indexgroup;
  if (ig !== null && m.lastindex >= 0 && m.lastindex < ig.items.length) return ig.items[m.lastindex];
  return None;
});
defGetSet(matchType, 'regs', (self) => {
  const m = M(self);
  if (m.regs === null) {
    const n = m.groups;
    const items: PyValue[] = new Array(n);
    for (let i = 0; i < n; i++) items[i] = new PyTuple([m.marks[2 * i], m.marks[2 * i + 1]]);
    m.regs = new PyTuple(items);
  }
  return m.regs;
});
