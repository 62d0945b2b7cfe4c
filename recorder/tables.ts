// The insert shape of each trace table: which columns the recorder supplies, in order, and how a row
// that repeats a key is treated. The schema itself is schema/schema.sql; this is the writers' contract.
//
// steps, stack_nodes and objects omit their id column (step, stack_id, object_id): their rows arrive in
// id order from 1 with no gaps, so SQLite's rowid assignment numbers them, which is about twice as fast as
// inserting a given rowid (that costs a seek per row). Object 0 (NULL) and its type are written by the
// sink when it creates the file, before any of these rows.

export interface TableShape {
  columns: readonly string[];
  verb: 'INSERT' | 'INSERT OR REPLACE' | 'INSERT OR IGNORE';
}

export const TABLES = {
  files: { columns: ['file_id', 'path', 'source', 'is_library'], verb: 'INSERT' },
  codes: { columns: ['code_id', 'file_id', 'name', 'qualname', 'first_line', 'flags', 'localsplus', 'traced'], verb: 'INSERT' },
  instructions: {
    columns: ['instr_id', 'code_id', 'offset', 'opname', 'opcode', 'arg', 'argrepr', 'line', 'end_line', 'col', 'end_col', 'jump_target', 'label'],
    verb: 'INSERT',
  },
  types: { columns: ['type_id', 'name'], verb: 'INSERT' },
  objects: { columns: ['type_id', 'repr', 'mutable'], verb: 'INSERT' },
  object_states: { columns: ['object_id', 'step', 'repr', 'size', 'items', 'content_step'], verb: 'INSERT OR REPLACE' },
  frames: {
    columns: ['frame_id', 'code_id', 'parent_frame_id', 'depth', 'call_step', 'return_step', 'return_object_id', 'exception_object_id', 'locals_scope_id', 'globals_scope_id'],
    verb: 'INSERT',
  },
  steps: { columns: ['frame_id', 'instr_id', 'stack_id'], verb: 'INSERT' },
  line_events: { columns: ['code_id', 'line', 'step'], verb: 'INSERT' },
  stack_nodes: { columns: ['parent_id', 'object_id'], verb: 'INSERT' },
  frame_runs: { columns: ['frame_id', 'exits', 'first_step', 'last_step'], verb: 'INSERT' },
  names: { columns: ['name_id', 'name'], verb: 'INSERT' },
  scopes: { columns: ['scope_id', 'kind', 'frame_id', 'label'], verb: 'INSERT' },
  scope_names: { columns: ['scope_id', 'name_id', 'first_step'], verb: 'INSERT OR IGNORE' },
  writes: { columns: ['scope_id', 'name_id', 'step', 'frame_id', 'object_id'], verb: 'INSERT OR REPLACE' },
  cell_bindings: { columns: ['frame_id', 'name_id', 'scope_id', 'step'], verb: 'INSERT OR REPLACE' },
  exceptions: { columns: ['event_id', 'step', 'frame_id', 'instr_id', 'object_id', 'kind', 'caught'], verb: 'INSERT' },
  output: { columns: ['output_id', 'step', 'stream', 'text'], verb: 'INSERT' },
} as const satisfies Record<string, TableShape>;

export type TableName = keyof typeof TABLES;
