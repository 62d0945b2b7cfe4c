// The recorder's output: one RowBuffer per trace table, in the insert column order that tables.ts
// declares. The recorder fills these; whoever owns the database (sink.ts, on this thread or
// another) consumes the chunks.

import { RowBuffer, type ChunkConsumer } from './row_buffer.js';
import { TABLES } from './tables.js';

export class TraceRows {
  readonly files: RowBuffer;
  readonly codes: RowBuffer;
  readonly instructions: RowBuffer;
  readonly types: RowBuffer;
  readonly objects: RowBuffer;
  readonly objectStates: RowBuffer;
  readonly frames: RowBuffer;
  readonly steps: RowBuffer;
  readonly lineEvents: RowBuffer;
  readonly stackNodes: RowBuffer;
  readonly names: RowBuffer;
  readonly scopes: RowBuffer;
  readonly scopeNames: RowBuffer;
  readonly writes: RowBuffer;
  readonly cellBindings: RowBuffer;
  readonly exceptions: RowBuffer;
  readonly output: RowBuffer;
  private readonly all: RowBuffer[];

  constructor(consumer: ChunkConsumer) {
    const make = (name: keyof typeof TABLES): RowBuffer => new RowBuffer(name, TABLES[name].columns.length, consumer);
    this.files = make('files');
    this.codes = make('codes');
    this.instructions = make('instructions');
    this.types = make('types');
    this.objects = make('objects');
    this.objectStates = make('object_states');
    this.frames = make('frames');
    this.steps = make('steps');
    this.lineEvents = make('line_events');
    this.stackNodes = make('stack_nodes');
    this.names = make('names');
    this.scopes = make('scopes');
    this.scopeNames = make('scope_names');
    this.writes = make('writes');
    this.cellBindings = make('cell_bindings');
    this.exceptions = make('exceptions');
    this.output = make('output');
    this.all = [
      this.files, this.codes, this.instructions, this.types, this.objects, this.objectStates, this.frames, this.steps, this.lineEvents,
      this.stackNodes, this.names, this.scopes, this.scopeNames, this.writes, this.cellBindings, this.exceptions, this.output,
    ];
  }

  /** Hand over every buffered row. */
  flushAll(): void {
    for (const b of this.all) b.flush();
  }
}
