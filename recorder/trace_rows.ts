// The recorder's output: one row buffer per trace table, in the insert column order that tables.ts
// declares (numbers-only tables in a NumberRowBuffer, objects packed). The recorder fills these;
// whoever owns the database (sink.ts, on this thread or another) consumes the chunks.

import { NumberRowBuffer, PackedRowBuffer, RowBuffer, type ChunkConsumer } from './row_buffer.js';
import { TABLES } from './tables.js';

export class TraceRows {
  readonly files: RowBuffer;
  readonly codes: RowBuffer;
  readonly instructions: RowBuffer;
  readonly types: RowBuffer;
  readonly objects: PackedRowBuffer;
  readonly objectStates: RowBuffer;
  readonly frames: RowBuffer;
  readonly steps: NumberRowBuffer;
  readonly lineEvents: NumberRowBuffer;
  readonly stackNodes: NumberRowBuffer;
  readonly frameRuns: NumberRowBuffer;
  readonly names: RowBuffer;
  readonly scopes: RowBuffer;
  readonly scopeNames: NumberRowBuffer;
  readonly writes: NumberRowBuffer;
  readonly cellBindings: NumberRowBuffer;
  readonly exceptions: RowBuffer;
  readonly output: RowBuffer;
  private readonly all: (RowBuffer | NumberRowBuffer | PackedRowBuffer)[];

  constructor(consumer: ChunkConsumer) {
    const make = (name: keyof typeof TABLES): RowBuffer => new RowBuffer(name, TABLES[name].columns.length, consumer);
    const numbers = (name: keyof typeof TABLES): NumberRowBuffer => new NumberRowBuffer(name, TABLES[name].columns.length, consumer);
    this.files = make('files');
    this.codes = make('codes');
    this.instructions = make('instructions');
    this.types = make('types');
    this.objects = new PackedRowBuffer('objects', consumer);
    this.objectStates = make('object_states');
    this.frames = make('frames');
    this.steps = numbers('steps');
    this.lineEvents = numbers('line_events');
    this.stackNodes = numbers('stack_nodes');
    this.frameRuns = numbers('frame_runs');
    this.names = make('names');
    this.scopes = make('scopes');
    this.scopeNames = numbers('scope_names');
    this.writes = numbers('writes');
    this.cellBindings = numbers('cell_bindings');
    this.exceptions = make('exceptions');
    this.output = make('output');
    this.all = [
      this.files, this.codes, this.instructions, this.types, this.objects, this.objectStates, this.frames, this.steps, this.lineEvents,
      this.stackNodes, this.frameRuns, this.names, this.scopes, this.scopeNames, this.writes, this.cellBindings, this.exceptions, this.output,
    ];
  }

  /** Hand over every buffered row. */
  flushAll(): void {
    for (const b of this.all) b.flush();
  }
}
