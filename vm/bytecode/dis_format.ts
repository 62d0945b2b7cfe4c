// The text of CPython 3.14's `dis.dis(code)` / `python -m dis prog.py`: the instruction table of each
// code object (line-number column, labels `L1:`, opname, argument, argrepr), its `ExceptionTable:`
// section, and the `Disassembly of <code object ...>:` sections of nested code objects.
//
// Only formats what disassembler.ts computed; no decoding here. Must not import Node modules.

import { PyCode } from '../objects/code.js';
import { DisCode, DisInstruction, walkCode } from './disassembler.js';

/** The switches of `python -m dis` (-C, -O, -P); -S changes nothing for bytecode that never ran. */
export interface DisFormatOptions {
  showCaches?: boolean;
  showOffsets?: boolean;
  showPositions?: boolean;
}

const OPNAME_WIDTH = 20;
const OPARG_WIDTH = 5;
const NO_LINENO = '  --';

/** opcode._cache_format: the named fields of each opcode's inline cache, with their sizes in code units. */
const CACHE_FORMAT: Record<string, [string, number][]> = {
  LOAD_GLOBAL: [['counter', 1], ['index', 1], ['module_keys_version', 1], ['builtin_keys_version', 1]],
  BINARY_OP: [['counter', 1], ['descr', 4]],
  UNPACK_SEQUENCE: [['counter', 1]],
  COMPARE_OP: [['counter', 1]],
  CONTAINS_OP: [['counter', 1]],
  FOR_ITER: [['counter', 1]],
  LOAD_SUPER_ATTR: [['counter', 1]],
  LOAD_ATTR: [['counter', 1], ['version', 2], ['keys_version', 2], ['descr', 4]],
  STORE_ATTR: [['counter', 1], ['version', 2], ['index', 1]],
  CALL: [['counter', 1], ['func_version', 2]],
  CALL_KW: [['counter', 1], ['func_version', 2]],
  STORE_SUBSCR: [['counter', 1]],
  SEND: [['counter', 1]],
  JUMP_BACKWARD: [['counter', 1]],
  TO_BOOL: [['counter', 1], ['version', 2]],
  POP_JUMP_IF_TRUE: [['counter', 1]],
  POP_JUMP_IF_FALSE: [['counter', 1]],
  POP_JUMP_IF_NONE: [['counter', 1]],
  POP_JUMP_IF_NOT_NONE: [['counter', 1]],
};

function padStart(s: string, w: number): string {
  return s.length >= w ? s : ' '.repeat(w - s.length) + s;
}

function padEnd(s: string, w: number): string {
  return s.length >= w ? s : s + ' '.repeat(w - s.length);
}

/** dis._get_lineno_width: 0 when no instruction has a line (0 and None do not count). */
function linenoWidth(instrs: DisInstruction[]): number {
  let max = -1;
  let hasNone = false;
  for (const ins of instrs) {
    if (!ins.startsLine) continue;
    const l = ins.lineNumber;
    if (l === null) hasNone = true;
    else if (l !== 0 && l > max) max = l;
  }
  if (max === -1) return 0;
  let w = Math.max(3, String(max).length);
  if (w < NO_LINENO.length && hasNone) w = NO_LINENO.length;
  return w;
}

/** dis._get_positions_width, over co_positions() of every code unit (inline caches included). */
function positionsWidth(code: PyCode): number {
  const pos = code.getPositions();
  let hasValue = false;
  let width = 0;
  for (let i = 0; i < pos.line.length; i++) {
    const parts = [pos.line[i], pos.endLine[i], pos.col[i], pos.endCol[i]];
    let w = 0;
    for (const p of parts) {
      if (p < 0) w += 1;
      else {
        hasValue = true;
        w += String(p).length;
      }
    }
    if (w > width) width = w;
  }
  return hasValue ? 1 + Math.max(NO_LINENO.length, 3 + width) : 0;
}

interface Layout {
  linenoWidth: number;
  labelWidth: number;
  offsetWidth: number;
  showPositions: boolean;
}

function positionsText(p: DisInstruction['positions']): string {
  const { lineno, endLineno, colOffset, endColOffset } = p;
  if (lineno === null && endLineno === null && colOffset === null && endColOffset === null) return NO_LINENO;
  const q = (v: number | null): string => (v === null ? '?' : String(v));
  return `${q(lineno)}:${q(colOffset)}-${q(endLineno)}:${q(endColOffset)}`;
}

/** Formatter.print_instruction_line. */
function instructionLine(
  out: string[],
  L: Layout,
  ins: Pick<DisInstruction, 'offset' | 'opname' | 'arg' | 'argrepr' | 'startsLine' | 'lineNumber' | 'label' | 'positions'>,
): void {
  if (L.linenoWidth > 0 && ins.startsLine && ins.offset > 0) out.push('\n');
  const fields: string[] = [];
  if (L.linenoWidth > 0) {
    if (L.showPositions) {
      fields.push(padEnd(positionsText(ins.positions), L.linenoWidth));
    } else if (ins.startsLine) {
      fields.push(padStart(ins.lineNumber === null ? NO_LINENO : String(ins.lineNumber), L.linenoWidth));
    } else {
      fields.push(' '.repeat(L.linenoWidth));
    }
  }
  fields.push(ins.label !== null ? padStart(`L${ins.label}:`, L.labelWidth) : ' '.repeat(L.labelWidth));
  if (L.offsetWidth > 0) fields.push(padStart(String(ins.offset), L.offsetWidth) + '  ');
  fields.push('   ');
  fields.push(padEnd(ins.opname, OPNAME_WIDTH));
  if (ins.arg !== null) {
    const excess = Math.max(0, ins.opname.length - OPNAME_WIDTH);
    fields.push(padStart(String(ins.arg), OPARG_WIDTH - excess));
    if (ins.argrepr !== '') fields.push('(' + ins.argrepr + ')');
  }
  out.push(fields.join(' ').trimEnd() + '\n');
}

/** The CACHE lines `-C` shows after an instruction; static bytecode's caches are all zero. */
function cacheLines(out: string[], L: Layout, ins: DisInstruction): void {
  const format = CACHE_FORMAT[ins.opname];
  if (format === undefined) return;
  let offset = ins.offset;
  for (const [name, size] of format) {
    for (let i = 0; i < size; i++) {
      offset += 2;
      instructionLine(out, L, {
        offset,
        opname: 'CACHE',
        arg: 0,
        argrepr: i === 0 ? `${name}: 0` : '',
        startsLine: false,
        lineNumber: null,
        label: null,
        positions: ins.positions,
      });
    }
  }
}

/** The `dis.disassemble(code)` text of one code object (without its nested code objects). */
export function formatCode(dc: DisCode, options: DisFormatOptions = {}): string {
  const L: Layout = {
    linenoWidth: options.showPositions ? positionsWidth(dc.code) : linenoWidth(dc.instructions),
    labelWidth: 4 + String(dc.labels.size).length,
    offsetWidth: options.showOffsets ? String(Math.max(dc.code.code.length - 2, 9999)).length : 0,
    showPositions: options.showPositions === true,
  };
  const out: string[] = [];
  for (const ins of dc.instructions) {
    instructionLine(out, L, ins);
    if (options.showCaches) cacheLines(out, L, ins);
  }
  if (dc.exceptionTable.length > 0) {
    out.push('ExceptionTable:\n');
    for (const e of dc.exceptionTable) {
      out.push(`  L${e.startLabel} to L${e.endLabel} -> L${e.targetLabel} [${e.depth}]${e.lasti ? ' lasti' : ''}\n`);
    }
  }
  return out.join('');
}

/** The whole text `dis.dis(code)` prints (as `python -m dis` does for a module's code object). */
export function formatDis(code: PyCode, options: DisFormatOptions = {}): string {
  return formatWalk(walkCode(code), options);
}

/** formatDis for an already computed walk (walkCode's result). */
export function formatWalk(codes: DisCode[], options: DisFormatOptions = {}): string {
  let text = '';
  for (const dc of codes) {
    if (dc.index > 0) text += `\nDisassembly of ${dc.repr}:\n`;
    text += formatCode(dc, options);
  }
  return text;
}
