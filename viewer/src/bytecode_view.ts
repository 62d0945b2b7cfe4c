// The bytecode pane: the current code object's instructions laid out like `dis` (line number at the start
// of each line, jump labels, offset, opname, argument and its meaning), the current instruction marked.

import type { CodeJson } from '../server/api_types.js';

export class BytecodeView {
  private codeId: number | null = null;
  private rows = new Map<number, HTMLElement>();
  private current: HTMLElement | null = null;

  constructor(private readonly root: HTMLElement, private readonly title: HTMLElement) {}

  get shownCodeId(): number | null {
    return this.codeId;
  }

  setCode(code: CodeJson): void {
    if (this.codeId === code.codeId) return;
    this.codeId = code.codeId;
    this.rows.clear();
    this.current = null;
    this.title.textContent = `<code object ${code.qualname}>`;
    const frag = document.createDocumentFragment();
    let lastLine: number | null = null;
    for (const ins of code.instructions) {
      const startsLine = ins.line !== null && ins.line !== lastLine;
      if (startsLine && lastLine !== null) {
        const gap = document.createElement('div');
        gap.className = 'dis-gap';
        frag.append(gap);
      }
      if (ins.line !== null) lastLine = ins.line;
      const row = document.createElement('div');
      row.className = 'dis-row';
      row.dataset.offset = String(ins.offset);
      const cell = (cls: string, text: string): void => {
        const span = document.createElement('span');
        span.className = cls;
        span.textContent = text;
        row.append(span);
      };
      cell('dis-marker', '');
      cell('dis-line', startsLine ? String(ins.line) : '');
      cell('dis-label', ins.label !== null ? `L${ins.label}:` : '');
      cell('dis-offset', String(ins.offset));
      cell('dis-op', ins.opname);
      cell('dis-arg', ins.arg === null ? '' : String(ins.arg));
      cell('dis-argrepr', ins.argrepr === '' ? '' : `(${ins.argrepr})`);
      this.rows.set(ins.offset, row);
      frag.append(row);
    }
    this.root.replaceChildren(frag);
  }

  mark(offset: number): void {
    this.current?.classList.remove('current');
    if (this.current !== null) (this.current.firstChild as HTMLElement).textContent = '';
    this.current = this.rows.get(offset) ?? null;
    if (this.current === null) return;
    this.current.classList.add('current');
    (this.current.firstChild as HTMLElement).textContent = '-->';
    this.current.scrollIntoView({ block: 'nearest' });
  }
}
