// Object contents: clicking a value's repr opens what it holds at the current step (list items, dict
// pairs, attributes; /api/object), one level at a time, each child openable in turn. Which objects are
// open is remembered across steps, so watching a list while stepping shows it change. Text only.

import type { ObjectJson, ValueJson } from '../server/api_types.js';
import { api } from './api_client.js';

const MAX_DEPTH = 6;

export class ObjectExpander {
  private readonly open = new Set<number>();

  constructor(private readonly currentStep: () => number | null) {}

  /** Makes `reprEl` (showing `value`) open and close its contents in a block placed after `row`. */
  attach(row: HTMLElement, reprEl: HTMLElement, value: ValueJson, depth = 0): void {
    if (value.objectId <= 0 || depth >= MAX_DEPTH) return;
    reprEl.classList.add('openable');
    reprEl.title = 'show or hide its contents at this step';
    const box = document.createElement('div');
    box.className = 'object';
    box.hidden = true;
    row.after(box);
    const show = (): void => {
      box.hidden = false;
      const step = this.currentStep();
      if (step === null) return;
      void api.object(value.objectId, step).then((o) => {
        if (this.currentStep() === step) this.fill(box, o, depth);
      }, () => {
        box.textContent = '(contents not recorded)';
      });
    };
    reprEl.addEventListener('click', () => {
      if (this.open.has(value.objectId)) {
        this.open.delete(value.objectId);
        box.hidden = true;
        box.replaceChildren();
      } else {
        this.open.add(value.objectId);
        show();
      }
    });
    if (this.open.has(value.objectId)) show();
  }

  private fill(box: HTMLElement, o: ObjectJson, depth: number): void {
    box.replaceChildren();
    if (o.kind === null) {
      box.textContent = '(no contents recorded)';
      return;
    }
    const head = document.createElement('div');
    head.className = 'object-head dim';
    head.textContent = `${o.type}${o.size === null ? '' : `, ${o.size} item${o.size === 1 ? '' : 's'}`}${o.since === null ? '' : `, since step ${o.since}`}`;
    box.append(head);
    o.entries.forEach((e, i) => {
      const row = document.createElement('div');
      row.className = 'object-entry';
      const key = document.createElement('span');
      key.className = 'key';
      key.textContent = e.key === null ? `[${i}]` : typeof e.key === 'string' ? `.${e.key}` : e.key.repr;
      const repr = document.createElement('span');
      repr.className = 'repr';
      repr.textContent = e.value.repr;
      const type = document.createElement('span');
      type.className = 'type';
      type.textContent = e.value.type;
      row.append(key, repr, type);
      box.append(row);
      this.attach(row, repr, e.value, depth + 1);
    });
  }
}
