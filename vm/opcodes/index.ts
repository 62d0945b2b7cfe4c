// The opcode helpers the eval loop (runtime/interpreter.ts) calls, grouped by area.

export * from './arithmetic.js';
export * from './containers.js';
export * from './names.js';
export * from './calls.js';
export * from './generators.js';
export * from './async.js';
export * from './exceptions.js';
export * from './formatting.js';
export * from './imports.js';
export * from './matching.js';
