// The disassembler: the instructions of a code object as CPython 3.14's `dis` module describes them
// (dis.get_instructions / dis.Bytecode), and the walk over nested code objects in the order
// `dis.dis` visits them. The recorder stores these rows; dis_format.ts prints them as `python -m dis`.
//
// Works on static (never specialised) bytecode as marshal delivers it, so no deoptimisation is needed.
// Must not evaluate user code: every argval/argrepr comes from constants, names and opcode tables only.
// Must not import Node modules (vm/ runs in a browser).

import '../objects/all.js';
import { PyCode } from '../objects/code.js';
import type { PyValue } from '../objects/object.js';
import { repr } from '../runtime/protocols.js';
import { strRepr } from '../objects/str_core.js';
import {
  CACHE_ENTRIES,
  OPNAMES,
  BINARY_OP_SYMBOLS,
  INTRINSIC_1,
  INTRINSIC_2,
  COMPARE_OPS,
  SPECIAL_METHODS,
  Op,
} from './opcodes.js';

/** dis.Positions: source span of one instruction (co_positions()), null where CPython gives None. */
export interface DisPositions {
  lineno: number | null;
  endLineno: number | null;
  colOffset: number | null;
  endColOffset: number | null;
}

/** One instruction, with the fields of dis.Instruction. Offsets are in bytes, as dis reports them. */
export interface DisInstruction {
  /** Byte offset of this instruction (an EXTENDED_ARG prefix is an instruction of its own). */
  offset: number;
  /** Offset of the first EXTENDED_ARG prefixing it, else equal to offset (dis's start_offset). */
  startOffset: number;
  opcode: number;
  opname: string;
  /** The full argument (EXTENDED_ARG folded in), or null for an opcode without argument. */
  arg: number | null;
  /** repr() of dis's argval (the resolved argument): display text, safe to store. */
  argval: string;
  /** dis's argrepr: the text printed in parentheses after the argument ('' when none). */
  argrepr: string;
  /** True if this instruction starts a source line (an entry of dis.findlinestarts). */
  startsLine: boolean;
  /** The source line this instruction belongs to (dis's line_number), or null. */
  lineNumber: number | null;
  positions: DisPositions;
  /** Label number (1-based, in offset order) when a jump or the exception table targets it. */
  label: number | null;
  isJumpTarget: boolean;
  /** Byte offset this instruction jumps to (dis's jump_target), or null for a non-jump. */
  jumpTarget: number | null;
  /** Number of inline CACHE code units after it (hidden by dis unless show_caches). */
  cacheEntries: number;
}

/** An entry of co_exceptiontable, in bytes, with the labels dis prints for it. */
export interface DisExceptionEntry {
  start: number;
  end: number;
  target: number;
  depth: number;
  lasti: boolean;
  startLabel: number;
  endLabel: number;
  targetLabel: number;
}

/** One code object in dis's walk: its instructions plus what the `python -m dis` text needs. */
export interface DisCode {
  code: PyCode;
  /** Position in the walk (0 = the code object given); the order `dis.dis` prints them in. */
  index: number;
  /** Index of the code object whose co_consts holds this one, or null for the first. */
  parent: number | null;
  /** Nesting depth: 0 for the code object given. */
  depth: number;
  name: string;
  qualname: string;
  filename: string;
  firstLineNo: number;
  /** repr(code): `<code object f at 0x..., file "x.py", line 3>` (the address is the VM's id()). */
  repr: string;
  instructions: DisInstruction[];
  exceptionTable: DisExceptionEntry[];
  /** Offset -> label number, for jump targets and exception table bounds. */
  labels: Map<number, number>;
}

// ---- opcode classes (opcode.hasconst/hasname/haslocal/hasfree/hasjrel of CPython 3.14) -------------

const INSTRUMENTED_WITH_ARG = [237, 239, 241, 242, 243, 244, 245, 247, 248, 249, 250, 251, 253];

function buildSet(ops: number[]): Uint8Array {
  const s = new Uint8Array(256);
  for (const o of ops) s[o] = 1;
  return s;
}

/** opcode.hasarg: real opcodes 44..120, RESUME, ENTER_EXECUTOR and the instrumented forms with an arg. */
const HAS_ARG = (() => {
  const ops: number[] = [Op.RESUME, Op.ENTER_EXECUTOR, ...INSTRUMENTED_WITH_ARG];
  for (let o = Op.BINARY_OP; o <= Op.YIELD_VALUE; o++) ops.push(o);
  return buildSet(ops);
})();

const HAS_NAME = buildSet([
  Op.DELETE_ATTR, Op.DELETE_GLOBAL, Op.DELETE_NAME, Op.IMPORT_FROM, Op.IMPORT_NAME, Op.LOAD_ATTR,
  Op.LOAD_FROM_DICT_OR_GLOBALS, Op.LOAD_GLOBAL, Op.LOAD_NAME, Op.LOAD_SUPER_ATTR, Op.STORE_ATTR,
  Op.STORE_GLOBAL, Op.STORE_NAME, Op.INSTRUMENTED_LOAD_SUPER_ATTR,
]);

const HAS_JREL = buildSet([
  Op.END_ASYNC_FOR, Op.FOR_ITER, Op.JUMP_BACKWARD, Op.JUMP_BACKWARD_NO_INTERRUPT, Op.JUMP_FORWARD,
  Op.POP_JUMP_IF_FALSE, Op.POP_JUMP_IF_NONE, Op.POP_JUMP_IF_NOT_NONE, Op.POP_JUMP_IF_TRUE, Op.SEND,
  Op.INSTRUMENTED_FOR_ITER, Op.INSTRUMENTED_END_ASYNC_FOR,
]);

/** haslocal + hasfree: the argument indexes co_localsplusnames. */
const HAS_LOCAL = buildSet([
  Op.DELETE_FAST, Op.LOAD_DEREF, Op.LOAD_FAST, Op.LOAD_FAST_AND_CLEAR, Op.LOAD_FAST_BORROW,
  Op.LOAD_FAST_CHECK, Op.STORE_FAST, Op.DELETE_DEREF, Op.LOAD_FROM_DICT_OR_DEREF, Op.MAKE_CELL,
  Op.STORE_DEREF,
]);

/** Two 4-bit local indexes in one argument. */
const HAS_LOCAL_PAIR = buildSet([
  Op.LOAD_FAST_LOAD_FAST, Op.LOAD_FAST_BORROW_LOAD_FAST_BORROW, Op.STORE_FAST_LOAD_FAST, Op.STORE_FAST_STORE_FAST,
]);

/** Backward relative jumps (END_ASYNC_FOR is not a jump, but dis gives it a target behind it). */
function isBackward(op: number): boolean {
  return op === Op.JUMP_BACKWARD || op === Op.JUMP_BACKWARD_NO_INTERRUPT || op === Op.END_ASYNC_FOR;
}

/** dis.FUNCTION_ATTR_FLAGS: SET_FUNCTION_ATTRIBUTE's bits, lowest first. */
const FUNCTION_ATTR_FLAGS = ['defaults', 'kwdefaults', 'annotations', 'closure', 'annotate'];
/** CONVERT_VALUE's argument: dis's argval (as repr() shows it) and argrepr. */
const CONVERT_ARGVAL = ['None', "<class 'str'>", '<built-in function repr>', '<built-in function ascii>'];
const CONVERT_ARGREPR = ['', 'str', 'repr', 'ascii'];
/** opcode._common_constants as dis prints them: a type by its __name__, a function by its repr. */
const COMMON_CONSTANT_REPRS = ['AssertionError', 'NotImplementedError', 'tuple', '<built-in function all>', '<built-in function any>'];

/** The C int the oparg is kept in wraps at 2**31. */
const INT_OVERFLOW = 2 ** 31;

/** Byte offset a jump instruction at `offset` leads to, or null if the opcode is not a jump. */
export function jumpTargetOf(op: number, arg: number, offset: number): number | null {
  if (!HAS_JREL[op]) return null;
  const signed = isBackward(op) ? -arg : arg;
  return offset + 2 + signed * 2 + 2 * CACHE_ENTRIES[op];
}

interface RawInstr {
  offset: number;
  startOffset: number;
  op: number;
  arg: number | null;
}

/** dis._unpack_opargs: every instruction start (EXTENDED_ARG included), skipping inline caches. */
function unpack(code: Uint8Array): RawInstr[] {
  const out: RawInstr[] = [];
  let ext = 0;
  let extCount = 0;
  for (let i = 0; i + 1 < code.length; ) {
    const op = code[i];
    let arg: number | null = null;
    if (HAS_ARG[op]) {
      arg = code[i + 1] | ext;
      ext = op === Op.EXTENDED_ARG ? arg * 256 : 0;
      if (ext >= INT_OVERFLOW) ext -= 2 * INT_OVERFLOW;
    } else {
      ext = 0;
    }
    if (op === Op.EXTENDED_ARG) {
      extCount++;
      out.push({ offset: i, startOffset: i, op, arg });
    } else {
      out.push({ offset: i, startOffset: i - extCount * 2, op, arg });
      extCount = 0;
    }
    i += 2 + 2 * CACHE_ENTRIES[op];
  }
  return out;
}

/** dis._make_labels_map: jump targets and exception table bounds, numbered in offset order from 1. */
function makeLabels(instrs: RawInstr[], table: { start: number; end: number; target: number }[]): Map<number, number> {
  const offsets = new Set<number>();
  for (const ins of instrs) {
    if (ins.arg === null) continue;
    const t = jumpTargetOf(ins.op, ins.arg, ins.offset);
    if (t !== null) offsets.add(t);
  }
  for (const e of table) {
    offsets.add(e.start * 2);
    offsets.add(e.end * 2);
    offsets.add(e.target * 2);
  }
  const sorted = [...offsets].sort((a, b) => a - b);
  const labels = new Map<number, number>();
  sorted.forEach((off, i) => labels.set(off, i + 1));
  return labels;
}

/** repr() of a constant. Constants are immutable built-in values, so this runs no user code. */
export function constRepr(v: PyValue): string {
  return repr(v);
}

function localName(code: PyCode, i: number): string {
  const n = code.localsplusnames[i];
  if (n === undefined) throw new RangeError(`local index ${i} out of range in ${code.qualname}`);
  return n;
}

function globalName(code: PyCode, i: number): string {
  const n = code.names[i];
  if (n === undefined) throw new RangeError(`name index ${i} out of range in ${code.qualname}`);
  return n;
}

/** dis.ArgResolver.get_argval_argrepr for one instruction: [repr(argval), argrepr]. */
function resolveArg(code: PyCode, op: number, arg: number | null, offset: number, labels: Map<number, number>): [string, string] {
  if (arg === null) return ['None', ''];
  if (op === Op.LOAD_CONST) {
    const r = constRepr(code.consts[arg]);
    return [r, r];
  }
  if (HAS_NAME[op]) {
    let name: string;
    let suffix = '';
    if (op === Op.LOAD_GLOBAL) {
      name = globalName(code, arg >> 1);
      if (arg & 1) suffix = ' + NULL';
    } else if (op === Op.LOAD_ATTR) {
      name = globalName(code, arg >> 1);
      if (arg & 1) suffix = ' + NULL|self';
    } else if (op === Op.LOAD_SUPER_ATTR || op === Op.INSTRUMENTED_LOAD_SUPER_ATTR) {
      name = globalName(code, arg >> 2);
      if (arg & 1) suffix = ' + NULL|self';
    } else {
      name = globalName(code, arg);
    }
    return [strRepr(name), name.length > 0 ? name + suffix : name];
  }
  if (HAS_JREL[op]) {
    const target = jumpTargetOf(op, arg, offset)!;
    const label = labels.get(target);
    return [String(target), `${op === Op.END_ASYNC_FOR ? 'from' : 'to'} L${label}`];
  }
  if (HAS_LOCAL_PAIR[op]) {
    const a = localName(code, arg >> 4);
    const b = localName(code, arg & 15);
    return [`(${strRepr(a)}, ${strRepr(b)})`, `${a}, ${b}`];
  }
  if (HAS_LOCAL[op]) {
    const n = localName(code, arg);
    return [strRepr(n), n];
  }
  const argval = String(arg);
  switch (op) {
    case Op.COMPARE_OP: {
      const cmp = COMPARE_OPS[arg >> 5];
      return [strRepr(cmp), arg & 16 ? `bool(${cmp})` : cmp];
    }
    case Op.CONVERT_VALUE:
      return [CONVERT_ARGVAL[arg], CONVERT_ARGREPR[arg]];
    case Op.SET_FUNCTION_ATTRIBUTE: {
      const parts: string[] = [];
      for (let i = 0; i < FUNCTION_ATTR_FLAGS.length; i++) if (arg & (1 << i)) parts.push(FUNCTION_ATTR_FLAGS[i]);
      return [argval, parts.join(', ')];
    }
    case Op.BINARY_OP:
      return [argval, BINARY_OP_SYMBOLS[arg]];
    case Op.CALL_INTRINSIC_1:
      return [argval, INTRINSIC_1[arg]];
    case Op.CALL_INTRINSIC_2:
      return [argval, INTRINSIC_2[arg]];
    case Op.LOAD_COMMON_CONSTANT:
      return [argval, COMMON_CONSTANT_REPRS[arg]];
    case Op.LOAD_SPECIAL:
      return [argval, SPECIAL_METHODS[arg]];
    case Op.IS_OP:
      return [argval, arg ? 'is not' : 'is'];
    case Op.CONTAINS_OP:
      return [argval, arg ? 'not in' : 'in'];
  }
  return [argval, ''];
}

function nullable(v: number): number | null {
  return v < 0 ? null : v;
}

/** The exception table of `code` in bytes, with labels from `labels`. */
function exceptionEntries(code: PyCode, labels: Map<number, number>): DisExceptionEntry[] {
  code.decode();
  return code.excTable.map((e) => ({
    start: e.start * 2,
    end: e.end * 2,
    target: e.target * 2,
    depth: e.depth,
    lasti: e.lasti,
    startLabel: labels.get(e.start * 2)!,
    endLabel: labels.get(e.end * 2)!,
    targetLabel: labels.get(e.target * 2)!,
  }));
}

/** Instructions, labels and exception table of one code object (not its nested code objects). */
export function disassembleOne(code: PyCode): { instructions: DisInstruction[]; labels: Map<number, number>; exceptionTable: DisExceptionEntry[] } {
  code.decode();
  const raw = unpack(code.code);
  const labels = makeLabels(raw, code.excTable);
  const pos = code.getPositions();
  const instructions: DisInstruction[] = [];
  let lineNumber: number | null = null;
  for (let k = 0; k < raw.length; k++) {
    const { offset, startOffset, op, arg } = raw[k];
    const unit = offset >> 1;
    // dis.findlinestarts: a line starts where co_lines() changes line (None counts as a line).
    const startsLine = unit === 0 || pos.line[unit] !== pos.line[unit - 1];
    if (startsLine) lineNumber = nullable(pos.line[unit]);
    const [argval, argrepr] = resolveArg(code, op, arg, offset, labels);
    const label = labels.get(offset) ?? null;
    instructions.push({
      offset,
      startOffset,
      opcode: op,
      opname: OPNAMES[op],
      arg,
      argval,
      argrepr,
      startsLine,
      lineNumber,
      positions: {
        lineno: nullable(pos.line[unit]),
        endLineno: nullable(pos.endLine[unit]),
        colOffset: nullable(pos.col[unit]),
        endColOffset: nullable(pos.endCol[unit]),
      },
      label,
      isJumpTarget: label !== null,
      jumpTarget: arg === null ? null : jumpTargetOf(op, arg, offset),
      cacheEntries: CACHE_ENTRIES[op],
    });
  }
  return { instructions, labels, exceptionTable: exceptionEntries(code, labels) };
}

/** The instructions of one code object, as dis.get_instructions(code) yields them. */
export function disassemble(code: PyCode): DisInstruction[] {
  return disassembleOne(code).instructions;
}

/**
 * `code` and every code object nested in its constants, in the order dis.dis prints them (depth first,
 * each code object before the ones in its co_consts, those in co_consts order).
 */
export function walkCode(code: PyCode): DisCode[] {
  const out: DisCode[] = [];
  const visit = (co: PyCode, parent: number | null, depth: number): void => {
    const { instructions, labels, exceptionTable } = disassembleOne(co);
    const index = out.length;
    out.push({
      code: co,
      index,
      parent,
      depth,
      name: co.name,
      qualname: co.qualname,
      filename: co.filename,
      firstLineNo: co.firstlineno,
      repr: repr(co),
      instructions,
      exceptionTable,
      labels,
    });
    for (const c of co.consts) if (c instanceof PyCode) visit(c, index, depth + 1);
  };
  visit(code, null, 0);
  return out;
}
