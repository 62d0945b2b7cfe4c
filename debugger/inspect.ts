// What the debugger shows: the current location, values of names and attribute/item paths as recorded,
// locals, globals, the value stack, the frames, source and bytecode listings, output and a variable's
// history. Every function returns text (lines ending in '\n') and never moves the session. No code of
// the program is ever run: values are the recorder's reprs and object_states items.

import type { FrameInfo, InstructionInfo, Trace } from '../schema/trace.js';
import { lookupValue, resolveName } from './scope.js';

/** A message for bad input: pdb's '*** ' prefix, one line. */
export class DebugError extends Error {}

export function sourceLine(trace: Trace, fileId: number, line: number | null): string | null {
  if (line === null || line < 1) return null;
  const text = trace.file(fileId)?.source;
  if (text == null) return null;
  const lines = text.split('\n');
  return line <= lines.length ? lines[line - 1].replace(/\r$/, '') : null;
}

export function formatInstruction(i: { offset: number; opname: string; arg: number | null; argrepr: string }): string {
  let s = `${i.offset} ${i.opname}`;
  if (i.arg !== null) s += ` ${i.arg}`;
  if (i.argrepr !== '') s += ` (${i.argrepr})`;
  return s;
}

/** pdb's `> file(line)func()` header, the source line and the instruction of step `n`. */
export function location(trace: Trace, n: number): string {
  const s = trace.step(n)!;
  const f = trace.frame(s.frameId)!;
  let out = `> ${f.path}(${s.line ?? '?'})${f.name}()  [step ${n}/${trace.stepCount}]\n`;
  const src = sourceLine(trace, f.fileId, s.line);
  if (src !== null) out += `-> ${src.trim()}\n`;
  out += `   ${formatInstruction(s)}\n`;
  for (const e of trace.exceptionsAt(n)) {
    if (e.frameId !== s.frameId) continue;
    out += `!! ${e.value.repr} ${e.kind} here, ${e.caught ? 'caught in this frame' : 'leaving this frame'}\n`;
  }
  return out;
}

/** The line frame `f` was at, seen from step `n` (the step it called from, for a caller). */
export function frameLine(trace: Trace, stack: FrameInfo[], index: number, n: number): number | null {
  const at = index === stack.length - 1 ? n : stack[index + 1].callStep;
  const s = trace.step(at);
  return s === null ? null : s.line;
}

/** pdb's header for a selected (maybe outer) frame. */
export function frameLocation(trace: Trace, stack: FrameInfo[], index: number, n: number): string {
  const f = stack[index];
  const line = frameLine(trace, stack, index, n);
  let out = `> ${f.path}(${line ?? '?'})${f.name}()\n`;
  const src = sourceLine(trace, f.fileId, line);
  if (src !== null) out += `-> ${src.trim()}\n`;
  return out;
}

export function where(trace: Trace, stack: FrameInfo[], selected: number, n: number): string {
  let out = '';
  for (let i = 0; i < stack.length; i++) {
    const f = stack[i];
    out += `${i === selected ? '>' : ' '} #${i} ${f.qualname}() at ${f.path}:${frameLine(trace, stack, i, n) ?? '?'}\n`;
  }
  return out;
}

// ---- values ------------------------------------------------------------------------------------------

type PathPart = { kind: 'attr'; name: string } | { kind: 'index'; index: number } | { kind: 'key'; repr: string };

/** Parse `name.attr[0]['k']` into the name and its path; throws DebugError on anything else. */
export function parsePath(expr: string): { name: string; parts: PathPart[] } {
  const text = expr.trim();
  const ident = /^[A-Za-z_][A-Za-z0-9_]*/;
  const head = ident.exec(text);
  if (head === null) throw new DebugError(`cannot print '${text}': only names with .attribute and [item] paths can be shown (no code is run)`);
  const parts: PathPart[] = [];
  let i = head[0].length;
  while (i < text.length) {
    const rest = text.slice(i);
    if (rest[0] === '.') {
      const m = ident.exec(rest.slice(1));
      if (m === null) throw new DebugError(`cannot print '${text}': expected an attribute name after '.'`);
      parts.push({ kind: 'attr', name: m[0] });
      i += 1 + m[0].length;
      continue;
    }
    const num = /^\[\s*(-?\d+)\s*\]/.exec(rest);
    if (num !== null) {
      parts.push({ kind: 'index', index: Number(num[1]) });
      i += num[0].length;
      continue;
    }
    const str = /^\[\s*(?:'([^'\\]*)'|"([^"\\]*)")\s*\]/.exec(rest);
    if (str !== null) {
      const s = str[1] ?? str[2];
      parts.push({ kind: 'key', repr: s.includes("'") && !s.includes('"') ? `"${s}"` : `'${s}'` });
      i += str[0].length;
      continue;
    }
    throw new DebugError(`cannot print '${text}': only names with .attribute, [number] and ['key'] paths can be shown (no code is run)`);
  }
  return { name: head[0], parts };
}

/** The object an expression denotes in frame `f` after step `n`; throws DebugError when it has none. */
export function evaluate(trace: Trace, f: FrameInfo, expr: string, n: number): number {
  const { name, parts } = parsePath(expr);
  let id = lookupValue(trace, f, name, n);
  if (id === null) throw new DebugError(`name '${name}' is not defined at step ${n}`);
  let shown = name;
  for (let part of parts) {
    const st = trace.objectState(id, n);
    const items = st.items;
    // d[1] on a dict is the key 1, not a position.
    if (part.kind === 'index' && Array.isArray(items) && items.length > 0 && Array.isArray(items[0])) {
      part = { kind: 'key', repr: String(part.index) };
    }
    if (part.kind === 'attr') {
      const next = items !== null && typeof items === 'object' && !Array.isArray(items) ? (items as Record<string, number>)[part.name] : undefined;
      if (next === undefined) throw new DebugError(`${shown} (${st.type}) has no recorded attribute '${part.name}'`);
      id = next;
      shown += `.${part.name}`;
    } else if (part.kind === 'index') {
      if (!Array.isArray(items) || (items.length > 0 && Array.isArray(items[0]))) {
        throw new DebugError(`${shown} (${st.type}) has no recorded items to index`);
      }
      const size = st.size ?? items.length;
      const k = part.index < 0 ? part.index + size : part.index;
      if (k < 0 || k >= size) throw new DebugError(`${shown}[${part.index}]: index out of range (len ${size})`);
      if (k >= items.length) throw new DebugError(`${shown}[${part.index}] was not recorded (the trace keeps the first ${items.length} items)`);
      id = items[k] as number;
      shown += `[${part.index}]`;
    } else {
      if (!Array.isArray(items) || (items.length > 0 && !Array.isArray(items[0]))) {
        throw new DebugError(`${shown} (${st.type}) has no recorded keys`);
      }
      const pair = (items as [number, number][]).find(([k]) => trace.value(k).repr === part.repr);
      if (pair === undefined) throw new DebugError(`${shown} has no recorded key ${part.repr}`);
      id = pair[1];
      shown += `[${part.repr}]`;
    }
  }
  return id;
}

export function printExpr(trace: Trace, f: FrameInfo, expr: string, n: number): string {
  if (expr.trim() === '') throw new DebugError('print what? usage: print NAME, print NAME.attr, print NAME[0]');
  return `${trace.valueAt(evaluate(trace, f, expr, n), n).repr}\n`;
}

export function locals(trace: Trace, f: FrameInfo, n: number): string {
  const vars = trace.locals(f.frameId, n);
  if (vars.length === 0) return '(no local variables bound yet)\n';
  return vars.map((v) => `${v.name} = ${trace.valueAt(v.objectId, n).repr}\n`).join('');
}

export function globals(trace: Trace, f: FrameInfo, n: number): string {
  const vars = trace.globals(f.frameId, n);
  if (vars.length === 0) return '(no global variables bound yet)\n';
  return vars.map((v) => `${v.name} = ${trace.valueAt(v.objectId, n).repr}\n`).join('');
}

export function valueStack(trace: Trace, n: number): string {
  const values = trace.stackAt(n);
  if (values.length === 0) return `the value stack is empty after step ${n}\n`;
  let out = `value stack after step ${n}, bottom first:\n`;
  values.forEach((v, i) => {
    out += `  [${i}] ${v.objectId === 0 ? 'NULL' : trace.valueAt(v.objectId, n).repr}${i === values.length - 1 ? '   <- top' : ''}\n`;
  });
  return out;
}

export function history(trace: Trace, f: FrameInfo, name: string, n: number): string {
  const r = resolveName(trace, f, name, n);
  if (r === null) throw new DebugError(`no variable '${name}' is ever written in this trace`);
  const writes = trace.history(r.scopeId, r.nameId);
  if (writes.length === 0) throw new DebugError(`'${name}' (${r.label}) is never written in this trace`);
  let out = `history of ${name} (${r.label}), ${writes.length} write${writes.length === 1 ? '' : 's'}:\n`;
  for (const w of writes) {
    out += `${w.step === n ? '->' : '  '} step ${w.step}: ${w.value === null ? '<deleted>' : trace.valueAt(w.value.objectId, w.step).repr}\n`;
  }
  return out;
}

export function output(trace: Trace, n: number): string {
  const o = trace.output(n);
  if (o.stdout === '' && o.stderr === '') return `(no output by step ${n})\n`;
  let out = o.stdout;
  if (o.stderr !== '') out += `${out !== '' && !out.endsWith('\n') ? '\n' : ''}--- stderr ---\n${o.stderr}`;
  return out.endsWith('\n') ? out : `${out}\n`;
}

// ---- listings ----------------------------------------------------------------------------------------

/** Source lines `first`..`last` of a file, the current line marked '->' and breakpoints 'B'. */
export function listSource(trace: Trace, fileId: number, first: number, last: number, current: number | null, breaks: Set<number>): string {
  const text = trace.file(fileId)?.source;
  if (text == null) throw new DebugError('the source of this file is not in the trace');
  const lines = text.split('\n');
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  const lo = Math.max(1, first);
  const hi = Math.min(lines.length, last);
  if (lo > hi) throw new DebugError(`line ${first} is beyond the end of the file (${lines.length} lines)`);
  let out = '';
  for (let i = lo; i <= hi; i++) {
    out += `${String(i).padStart(4)} ${breaks.has(i) ? 'B' : ' '}${i === current ? '->' : '  '} ${lines[i - 1].replace(/\r$/, '')}\n`;
  }
  return out;
}

/** The bytecode of a code object around instruction `offset`, marked '-->' as dis marks lasti. */
export function disAround(instrs: InstructionInfo[], offset: number, radius: number): string {
  const at = instrs.findIndex((i) => i.offset === offset);
  const lo = Math.max(0, at - radius);
  const hi = Math.min(instrs.length - 1, at + radius);
  let out = '';
  let lastLine: number | null = -1;
  for (let k = lo; k <= hi; k++) {
    const i = instrs[k];
    const line = i.line !== lastLine ? String(i.line ?? '--') : '';
    lastLine = i.line;
    const label = i.label !== null ? `L${i.label}:` : '';
    let s = `${line.padStart(4)} ${k === at ? '-->' : '   '} ${label.padEnd(4)} ${String(i.offset).padStart(4)} ${i.opname}`;
    if (i.arg !== null) s = `${s.padEnd(40)} ${i.arg}`;
    if (i.argrepr !== '') s += ` (${i.argrepr})`;
    out += `${s}\n`;
  }
  return out;
}
