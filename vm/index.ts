// The VM's public entry points. Importing this module registers every built-in type's methods and
// every native module, then re-exports the runner (runtime/main.ts) and the host interface.

import './objects/all.js';
import './modules/all.js';

export { createInterpreter, runMainFile, handleUncaught } from './runtime/main.js';
export type { RunOptions } from './runtime/main.js';
export { Interpreter } from './runtime/interpreter.js';
export type { Host } from './host.js';
export type { Tracer } from './runtime/tracer.js';
export { HaltExecution } from './runtime/tracer.js';
export { Frame } from './runtime/frame.js';
