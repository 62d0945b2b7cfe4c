// Name resolution as recorded: which scope a name in a frame refers to (its fast locals, the cell it is
// bound to, the class or module namespace, then the module's globals), the way Python would look it up.
// Used by print, watch and history. Reads only through schema/trace.ts; never runs code.

import type { FrameInfo, Trace } from '../schema/trace.js';

export interface ResolvedName {
  scopeId: number;
  nameId: number;
  /** 'local', 'cell', 'namespace' or 'global', for messages and `info breakpoints`. */
  label: string;
}

/**
 * The scope `name` refers to in frame `f` at step `n`: for watch and history, which also need names not
 * bound yet (a local written later still resolves to the frame's locals). Null when the name is never
 * written anywhere in the trace.
 */
export function resolveName(trace: Trace, f: FrameInfo, name: string, n: number): ResolvedName | null {
  const nameId = trace.nameId(name);
  if (nameId === null) return null;
  const kind = trace.code(f.codeId).localsplus.find(([v]) => v === name)?.[1];
  if (kind === 'cell' || kind === 'free') {
    const cell = trace.cellScope(f.frameId, name, n);
    if (cell !== null) return { scopeId: cell, nameId, label: 'cell' };
  }
  const fast = f.localsScopeId === -f.frameId;
  if (kind === 'local' && fast) return { scopeId: -f.frameId, nameId, label: 'local' };
  if (!fast && f.localsScopeId !== f.globalsScopeId && trace.lastWrite(f.localsScopeId, nameId, trace.stepCount) !== null) {
    return { scopeId: f.localsScopeId, nameId, label: 'namespace' };
  }
  if (!fast && kind === 'local') return { scopeId: -f.frameId, nameId, label: 'local' };
  return { scopeId: f.globalsScopeId, nameId, label: 'global' };
}

/** The object `name` is bound to in frame `f` after step `n`, or null when it is unbound there. */
export function lookupValue(trace: Trace, f: FrameInfo, name: string, n: number): number | null {
  const nameId = trace.nameId(name);
  if (nameId === null) return null;
  const scopes: number[] = [];
  const cell = trace.cellScope(f.frameId, name, n);
  if (cell !== null) scopes.push(cell);
  scopes.push(-f.frameId);
  if (f.localsScopeId !== -f.frameId) scopes.push(f.localsScopeId);
  if (f.globalsScopeId !== f.localsScopeId) scopes.push(f.globalsScopeId);
  for (const scope of scopes) {
    const w = trace.lastWrite(scope, nameId, n);
    if (w !== null) return w.objectId;
  }
  return null;
}
