// The call stack (innermost frame first) with each frame's variables, and the module's globals: a name,
// its value's repr and type, marked when written at this step. Clicking a name travels to the variable's
// previous write; its ◀ ▶ buttons to the previous and next write; clicking its value opens its contents.

import type { FrameJson, VariableJson } from '../server/api_types.js';
import type { ObjectExpander } from './object_view.js';

export type WriteTravel = (v: VariableJson, back: boolean) => void;

function variableRow(v: VariableJson, travel: WriteTravel): { row: HTMLElement; repr: HTMLElement } {
  const row = document.createElement('div');
  row.className = v.changed ? 'var changed' : 'var';
  row.dataset.name = v.name;
  const prev = document.createElement('button');
  prev.className = 'prev-write';
  prev.textContent = '◀';
  prev.title = `previous write of ${v.name}`;
  prev.addEventListener('click', () => travel(v, true));
  const name = document.createElement('span');
  name.className = 'name';
  name.textContent = v.name;
  name.title = `${v.name} was last written at step ${v.writtenAt}; click for its previous write`;
  name.addEventListener('click', () => travel(v, true));
  const repr = document.createElement('span');
  repr.className = 'repr';
  repr.textContent = v.repr;
  const type = document.createElement('span');
  type.className = 'type';
  type.textContent = v.type;
  const next = document.createElement('button');
  next.className = 'next-write';
  next.textContent = '▶';
  next.title = `next write of ${v.name}`;
  next.addEventListener('click', () => travel(v, false));
  row.append(prev, name, repr, type, next);
  return { row, repr };
}

export function renderVariables(root: HTMLElement, vars: VariableJson[], travel: WriteTravel, objects: ObjectExpander): void {
  if (vars.length === 0) {
    const none = document.createElement('div');
    none.className = 'dim';
    none.textContent = '(no variables yet)';
    root.replaceChildren(none);
    return;
  }
  root.replaceChildren();
  for (const v of vars) {
    const { row, repr } = variableRow(v, travel);
    root.append(row);
    objects.attach(row, repr, v);
  }
}

export function renderFrames(root: HTMLElement, frames: FrameJson[], travel: WriteTravel, objects: ObjectExpander): void {
  const out: HTMLElement[] = [];
  for (let i = frames.length - 1; i >= 0; i--) {
    const f = frames[i]!;
    const box = document.createElement('div');
    box.className = i === frames.length - 1 ? 'frame current' : 'frame';
    box.dataset.frameId = String(f.frameId);
    const head = document.createElement('div');
    head.className = 'frame-head';
    head.textContent = `${f.qualname}  line ${f.line ?? '?'}`;
    const vars = document.createElement('div');
    vars.className = 'vars';
    if (f.localsOmitted) {
      vars.className = 'vars dim';
      vars.textContent = '(variables left out in a deep call stack: travel here to see them)';
    } else {
      renderVariables(vars, f.locals, travel, objects);
    }
    box.append(head, vars);
    out.push(box);
  }
  root.replaceChildren(...out);
}
