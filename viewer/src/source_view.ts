// The source pane: the program's lines with line numbers, breakpoints (click a number), the current line
// and the current instruction's sub-expression (from its column positions) highlighted. Source text is
// data: it only ever goes into the page through textContent.

import type { InstructionJson } from '../server/api_types.js';
import { utf8ColumnToIndex } from './columns.js';

export class SourceView {
  private fileId: number | null = null;
  private lines: string[] = [];
  private rows: HTMLElement[] = [];
  private marked: number[] = [];

  constructor(
    private readonly root: HTMLElement,
    private readonly isBreakpoint: (fileId: number, line: number) => boolean,
    private readonly onToggleBreakpoint: (fileId: number, line: number) => void,
  ) {}

  /** Shows `source` of file `fileId` (re-rendered only when the file changes). */
  setFile(fileId: number, source: string | null): void {
    if (this.fileId === fileId) return;
    this.fileId = fileId;
    this.marked = [];
    this.lines = (source ?? '').split(/\r\n|\r|\n/);
    if (source === null) this.lines = ['(source not available)'];
    this.root.replaceChildren();
    this.rows = [];
    const frag = document.createDocumentFragment();
    this.lines.forEach((text, i) => {
      const row = document.createElement('div');
      row.className = 'src-line';
      row.dataset.line = String(i + 1);
      const gutter = document.createElement('span');
      gutter.className = 'gutter';
      gutter.textContent = String(i + 1);
      gutter.title = 'toggle breakpoint';
      gutter.addEventListener('click', () => this.onToggleBreakpoint(fileId, i + 1));
      const code = document.createElement('span');
      code.className = 'src-text';
      code.textContent = text;
      row.append(gutter, code);
      if (this.isBreakpoint(fileId, i + 1)) row.classList.add('bp');
      this.rows.push(row);
      frag.append(row);
    });
    this.root.append(frag);
  }

  refreshBreakpoints(): void {
    if (this.fileId === null) return;
    this.rows.forEach((row, i) => row.classList.toggle('bp', this.isBreakpoint(this.fileId!, i + 1)));
  }

  /** Marks the instruction's line and its sub-expression. */
  highlight(instr: InstructionJson): void {
    for (const n of this.marked) {
      const row = this.rows[n - 1];
      if (row === undefined) continue;
      row.classList.remove('current');
      (row.lastChild as HTMLElement).textContent = this.lines[n - 1] ?? '';
    }
    this.marked = [];
    // Line 0 (RESUME of a module) and missing positions are on no source line.
    if (instr.line === null || instr.line < 1) return;
    const first = instr.line;
    const last = Math.max(first, instr.endLine ?? first);
    for (let n = first; n <= last && n <= this.rows.length; n++) {
      const row = this.rows[n - 1]!;
      row.classList.add('current');
      this.marked.push(n);
      if (instr.col === null || instr.endCol === null) continue;
      const text = this.lines[n - 1] ?? '';
      const start = n === first ? utf8ColumnToIndex(text, instr.col) : 0;
      const end = n === last ? utf8ColumnToIndex(text, instr.endCol) : text.length;
      if (end <= start) continue;
      const code = row.lastChild as HTMLElement;
      const mark = document.createElement('mark');
      mark.className = 'expr';
      mark.textContent = text.slice(start, end);
      code.replaceChildren(document.createTextNode(text.slice(0, start)), mark, document.createTextNode(text.slice(end)));
    }
    this.rows[first - 1]?.scrollIntoView({ block: 'nearest' });
  }
}
