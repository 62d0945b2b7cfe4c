// The program's static side of a trace: source files, code objects and each code object's instructions
// (dis's view of them), written once per code object the first time one of its frames runs.
//
// Also decides what is traced step by step: the user's own code always, library code (the standard
// library) only with --trace-all. Must not touch frames or values.

import type { PyCode } from '../vm/objects/code.js';
import { disassembleOne } from '../vm/bytecode/disassembler.js';
import { LineTable, lineTable } from '../vm/runtime/line_events.js';
import type { TraceRows } from './trace_rows.js';

/** What the recorder keeps per code object. */
export class CodeRec {
  constructor(
    readonly id: number,
    readonly traced: boolean,
    /** Code unit index of an instruction -> its instructions.instr_id (0 for cache entries). */
    readonly instrIds: Int32Array,
    /** Where its line events are (vm/runtime/line_events.ts: the rule shared with sys.settrace). */
    readonly lineTable: LineTable,
  ) {}
}

/** The line table of code that is not traced: no line events. */
export const NO_LINES = new LineTable(new Int32Array(0), new Uint8Array(0));

export interface CodeTableOptions {
  /** Trace library code step by step too. */
  traceAll: boolean;
  /** Is this file part of a library (the standard library) rather than the user's program? */
  isLibrary(filename: string): boolean;
  /** The source text of a file, or null when it cannot be read. */
  readSource(filename: string): string | null;
}

export class CodeTable {
  private readonly codes = new WeakMap<PyCode, CodeRec>();
  private readonly files = new Map<string, { id: number; library: boolean }>();
  private nextCode = 1;
  private nextInstr = 1;
  private lastCode: PyCode | null = null;
  private lastRec: CodeRec | null = null;

  constructor(
    private readonly sink: TraceRows,
    private readonly options: CodeTableOptions,
  ) {}

  /** The record of a code object, writing its rows the first time it is seen. */
  get(code: PyCode): CodeRec {
    if (code === this.lastCode) return this.lastRec!;
    let rec = this.codes.get(code);
    if (rec === undefined) {
      rec = this.register(code);
      this.codes.set(code, rec);
    }
    this.lastCode = code;
    this.lastRec = rec;
    return rec;
  }

  private file(filename: string): { id: number; library: boolean } {
    let f = this.files.get(filename);
    if (f === undefined) {
      const library = this.options.isLibrary(filename);
      f = { id: this.files.size + 1, library };
      this.files.set(filename, f);
      this.sink.files.add4(f.id, filename, this.options.readSource(filename), library ? 1 : 0);
    }
    return f;
  }

  private register(code: PyCode): CodeRec {
    code.decode();
    const file = this.file(code.filename);
    const traced = this.options.traceAll || !file.library;
    const id = this.nextCode++;
    const kinds = code.localspluskinds;
    const localsplus = code.localsplusnames.map((n, i) => [n, kinds[i] & 0x40 ? 'cell' : kinds[i] & 0x80 ? 'free' : 'local']);
    this.sink.codes.add([id, file.id, code.name, code.qualname, code.firstlineno, code.flags, JSON.stringify(localsplus), traced ? 1 : 0]);
    const instrIds = new Int32Array(code.ops.length);
    if (traced) {
      for (const ins of disassembleOne(code).instructions) {
        const instrId = this.nextInstr++;
        instrIds[ins.offset >> 1] = instrId;
        const p = ins.positions;
        this.sink.instructions.add([
          instrId, id, ins.offset, ins.opname, ins.opcode, ins.arg, ins.argrepr,
          p.lineno, p.endLineno, p.colOffset, p.endColOffset, ins.jumpTarget, ins.label,
        ]);
      }
    }
    return new CodeRec(id, traced, instrIds, traced ? lineTable(code) : NO_LINES);
  }
}
