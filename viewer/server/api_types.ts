// The JSON shapes of the viewer's API (viewer/server/api.ts), shared by the server and the browser app.
// Types only: nothing here may run code, so the app can import it without pulling in Node modules.

export interface ValueJson {
  /** 0 for NULL (PUSH_NULL's "no value"). */
  objectId: number;
  type: string;
  /** The safe repr recorded in the trace: data, to be shown as text only. */
  repr: string;
}

export interface VariableJson extends ValueJson {
  name: string;
  nameId: number;
  scopeId: number;
  /** The step whose write gave it this value. */
  writtenAt: number;
  /** True when the write happened at this very step. */
  changed: boolean;
}

export interface InstructionJson {
  offset: number;
  opname: string;
  arg: number | null;
  argrepr: string;
  line: number | null;
  endLine: number | null;
  col: number | null;
  endCol: number | null;
  jumpTarget: number | null;
  label: number | null;
}

export interface FrameJson {
  frameId: number;
  codeId: number;
  fileId: number;
  qualname: string;
  depth: number;
  callStep: number;
  returnStep: number | null;
  /** The line this frame is at: the current instruction's for the innermost, the calling one's for callers. */
  line: number | null;
  /** Fast locals in co_varnames order, then cells; a module or class body's names in first-write order. */
  locals: VariableJson[];
  /** True when its locals are its globals (a module body), so globals are not listed twice. */
  localsAreGlobals: boolean;
  /** True for the middle of a deep call stack, whose variables are left out to keep a step's answer small. */
  localsOmitted: boolean;
}

export interface StepJson {
  step: number;
  stepCount: number;
  frameId: number;
  codeId: number;
  fileId: number;
  depth: number;
  instruction: InstructionJson;
  /** The value stack after the step, bottom first. */
  stack: ValueJson[];
  /** The call stack, outermost first. */
  frames: FrameJson[];
  /** The globals of the current frame's module, in first-write order. */
  globals: VariableJson[];
  /** Names written at this step. */
  writes: { scopeId: number; name: string; deleted: boolean }[];
  exceptions: { frameId: number; kind: string; caught: boolean; value: ValueJson }[];
  /** What the program wrote up to and including this step. */
  output: { stdout: string; stderr: string };
}

export interface MetaJson {
  stepCount: number;
  status: string | null;
  exitStatus: number | null;
  script: string | null;
  /** The file of the first traced frame (the program). */
  mainFileId: number | null;
  files: { fileId: number; path: string; isLibrary: boolean }[];
}

export interface CodeJson {
  codeId: number;
  fileId: number;
  name: string;
  qualname: string;
  firstLine: number;
  instructions: InstructionJson[];
}

export interface FileJson {
  fileId: number;
  path: string;
  source: string | null;
  isLibrary: boolean;
}

/** A search's answer: the step found, or null when there is none in that direction. */
export interface FoundJson {
  step: number | null;
}

export interface TimelineJson {
  /** The trace's step count. */
  steps: number;
  /** The range covered (the whole run unless a range was asked for); buckets split it evenly. */
  from: number;
  to: number;
  buckets: { first: number; minLine: number; maxLine: number; minDepth: number; maxDepth: number }[];
}

/** A range of steps, for flow diagrams and exports: each step's instruction, stack and writes. */
export interface RangeJson {
  from: number;
  to: number;
  steps: { step: number; frameId: number; codeId: number; instruction: InstructionJson; stack: ValueJson[]; writes: { name: string; value: ValueJson | null }[] }[];
}

/** An object's contents at a step (/api/object/<id>?step=N): its children resolved to values. */
export interface ObjectJson {
  objectId: number;
  type: string;
  repr: string;
  /** len() for containers, else null. */
  size: number | null;
  /** The step from which these contents hold (null: as first seen). */
  since: number | null;
  /** 'items': a sequence or set; 'dict': key/value pairs; 'attrs': an instance's attributes; null: not recorded. */
  kind: 'items' | 'dict' | 'attrs' | null;
  entries: { key: ValueJson | string | null; value: ValueJson }[];
}

/** The control-flow graph of a code object (/api/cfg/<code id>), with the run's edge counts. */
export interface CfgJson {
  codeId: number;
  qualname: string;
  /** How many frames ran it. */
  calls: number;
  /** Basic blocks in offset order; `index` is the position. */
  blocks: { index: number; start: number; label: number | null; entries: number; instructions: InstructionJson[] }[];
  /** jump: a jump's target; fall: on to the next block; exception: to a handler the run reached. */
  edges: { from: number; to: number; kind: 'jump' | 'fall' | 'exception'; count: number }[];
}
