// Shapes shared by the compiler front (compiler.ts), its backends, its disk cache and its worker.
//
// Plain data only, so that the same definitions serve the main thread and the worker thread.
// Must not import anything that starts work (pyodide, workers, processes).

import type { CompileRequest, CompileWarningInfo, SyntaxErrorInfo } from '../../vm/host.js';

/** A warning CPython's compiler emitted while compiling (SyntaxWarning for "\d", `x is 1`, ...). */
export type CompileWarning = CompileWarningInfo;

/**
 * CPython 3.14's SyntaxError._metadata, which its traceback module reads to suggest keywords for typos
 * ("invalid syntax. Did you mean 'while'?"): the (line, offset, source) the parser started from.
 */
export interface SyntaxErrorMetadata {
  line: number;
  offset: number;
  source: string | null;
}

/** The Host's SyntaxErrorInfo plus _metadata (null when CPython sets none). */
export type CompileSyntaxError = SyntaxErrorInfo & { metadata: SyntaxErrorMetadata | null };

/**
 * What the compiler hands back: the Host's CompileResult plus the warnings CPython would have printed
 * while compiling (CPython shows them even when compilation then fails) and the SyntaxError's
 * _metadata. Assignable to CompileResult.
 */
export type CompileOutput =
  | { ok: true; marshal: Uint8Array; warnings: CompileWarning[] }
  | { ok: false; error: CompileSyntaxError; warnings: CompileWarning[] };

/** A compiler backend: something that really runs CPython 3.14's compile(). */
export interface CompilerBackend {
  /** Names the compiler, e.g. "CPython 3.14.2 (pyodide 314.0.7)"; part of every cache key. */
  readonly version: string;
  compile(request: CompileRequest): CompileOutput;
}

/**
 * The compiler could not be used at all (pyodide failed to load, PYREWIND_PYTHON is not CPython 3.14,
 * the worker died). Its message is meant for the user as is, without a stack trace.
 */
export class CompilerUnavailableError extends Error {
  override name = 'CompilerUnavailableError';
}

/** Main thread -> worker. */
export interface WorkerRequest {
  seq: number;
  request: CompileRequest;
}

/** Worker -> main thread, one per request, always carrying the request's seq. */
export type WorkerReply =
  | { seq: number; kind: 'output'; header: string; marshal: Uint8Array | null }
  | { seq: number; kind: 'fatal'; message: string };

/** Slots of the shared Int32Array the worker uses to wake the blocked main thread. */
export const SIGNAL_REPLY_SEQ = 0;
export const SIGNAL_WORKER_GONE = 1;
export const SIGNAL_SLOTS = 2;
