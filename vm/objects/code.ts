// code objects: CPython 3.14's co_* fields as marshal delivers them, plus the decoded form the eval loop
// runs (decoded once, on first execution).
//
// Decoding: one slot per code unit (2 bytes), so an instruction's index is its byte offset / 2, exactly
// the unit CPython's jumps, exception table and line table use. For each instruction start we keep the
// opcode, its full argument (EXTENDED_ARG prefixes folded in) and the index of the next instruction
// (skipping inline cache entries). EXTENDED_ARG itself stays an instruction, as dis shows it.

import { PyObject, PyValue, makeBuiltinType } from './object.js';
import { CACHE_ENTRIES, Op } from '../bytecode/opcodes.js';
import { parseLocationTable, Positions } from '../bytecode/location_table.js';
import { parseExceptionTable, ExceptionTableEntry } from '../bytecode/exception_table.js';

export const codeType = makeBuiltinType('code');
codeType.isBaseType = false;

// co_flags
export const CO_OPTIMIZED = 0x1;
export const CO_NEWLOCALS = 0x2;
export const CO_VARARGS = 0x4;
export const CO_VARKEYWORDS = 0x8;
export const CO_NESTED = 0x10;
export const CO_GENERATOR = 0x20;
export const CO_NOFREE = 0x40;
export const CO_COROUTINE = 0x80;
export const CO_ITERABLE_COROUTINE = 0x100;
export const CO_ASYNC_GENERATOR = 0x200;
export const CO_HAS_DOCSTRING = 0x4000000;
export const CO_METHOD = 0x8000000;

// co_localspluskinds
export const CO_FAST_HIDDEN = 0x10;
export const CO_FAST_LOCAL = 0x20;
export const CO_FAST_CELL = 0x40;
export const CO_FAST_FREE = 0x80;

// Zero-length arrays cannot be written to, so every new code object can start with the same ones (the
// marshal reader makes thousands of code objects per import-heavy run and replaces these at once).
const NO_BYTES = new Uint8Array(0);
const NO_INTS = new Int32Array(0);

export class PyCode extends PyObject {
  argcount = 0;
  posonlyargcount = 0;
  kwonlyargcount = 0;
  stacksize = 0;
  flags = 0;
  code: Uint8Array = NO_BYTES;
  consts: PyValue[] = [];
  names: string[] = [];
  localsplusnames: string[] = [];
  localspluskinds: Uint8Array = NO_BYTES;
  filename = '';
  name = '';
  qualname = '';
  firstlineno = 0;
  linetable: Uint8Array = NO_BYTES;
  exceptiontable: Uint8Array = NO_BYTES;

  // ---- decoded form, filled by decode() ----
  decoded = false;
  /** Opcode at each instruction start (0 = CACHE elsewhere). */
  ops: Uint8Array = NO_BYTES;
  /** Full oparg at each instruction start. */
  args: Int32Array = NO_INTS;
  /** Index of the following instruction (after caches). */
  nexts: Int32Array = NO_INTS;
  excTable: ExceptionTableEntry[] = [];
  /** Total fast slots: locals, cells and free variables. */
  nlocalsplus = 0;
  /** Names for co_varnames / co_cellvars / co_freevars. */
  varnames: string[] = [];
  cellvars: string[] = [];
  freevars: string[] = [];
  /** Number of arguments bound positionally or by keyword, plus *args and **kwargs slots. */
  totalArgs = 0;
  private positions: Positions | null = null;
  /** hash(code), once computed (code objects are immutable; see code_methods.ts). */
  hashValue: number | null = null;

  constructor() {
    super(codeType);
  }

  decode(): void {
    if (this.decoded) return;
    const raw = this.code;
    const n = raw.length >> 1;
    const ops = new Uint8Array(n);
    const args = new Int32Array(n);
    const nexts = new Int32Array(n);
    let ext = 0;
    for (let i = 0; i < n; ) {
      const op = raw[2 * i];
      const arg = raw[2 * i + 1] | ext;
      ops[i] = op;
      args[i] = arg;
      ext = op === Op.EXTENDED_ARG ? arg << 8 : 0;
      const next = i + 1 + CACHE_ENTRIES[op];
      nexts[i] = next;
      i = next;
    }
    this.ops = ops;
    this.args = args;
    this.nexts = nexts;
    this.excTable = parseExceptionTable(this.exceptiontable);
    this.nlocalsplus = this.localsplusnames.length;
    const kinds = this.localspluskinds;
    this.varnames = [];
    this.cellvars = [];
    this.freevars = [];
    for (let i = 0; i < this.nlocalsplus; i++) {
      const k = kinds[i];
      const name = this.localsplusnames[i];
      if (k & CO_FAST_LOCAL) this.varnames.push(name);
      if (k & CO_FAST_CELL) this.cellvars.push(name);
      if (k & CO_FAST_FREE) this.freevars.push(name);
    }
    this.totalArgs =
      this.argcount +
      this.kwonlyargcount +
      (this.flags & CO_VARARGS ? 1 : 0) +
      (this.flags & CO_VARKEYWORDS ? 1 : 0);
    this.decoded = true;
  }

  /** Source positions of every code unit (co_positions), decoded on first use. */
  getPositions(): Positions {
    if (this.positions === null) {
      this.positions = parseLocationTable(this.linetable, this.firstlineno, this.code.length >> 1);
    }
    return this.positions;
  }

  /** The line of the instruction at code unit `index`, or null (no line). */
  lineAt(index: number): number | null {
    const l = this.getPositions().line[index];
    return l < 0 ? null : l;
  }
}
