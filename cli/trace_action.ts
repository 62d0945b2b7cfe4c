// Runs a command that reads a trace file (export, info, query): opens it with Trace.open, closes it after,
// and turns what can go wrong with the file into one line on stderr and exit status 1 — a file that is
// not a finished trace of a readable format (TraceError), or one damaged further in (SQLite errors).
// Must not catch anything else: a bug in pyrewind should still show its stack.

import Database from 'better-sqlite3';
import { Trace, TraceError } from '../schema/trace.js';

/** A failure to report in one line, with exit status 1 (bad SQL, a bad option value ...). */
export class CommandError extends Error {}

/** Open `path`, run `body` on it, and set process.exitCode from the outcome. */
export async function withTrace(path: string, body: (trace: Trace) => void | number | Promise<void | number>): Promise<void> {
  let trace: Trace;
  try {
    trace = Trace.open(path);
  } catch (e) {
    if (e instanceof TraceError) return fail(e.message);
    throw e;
  }
  try {
    const status = await body(trace);
    process.exitCode = typeof status === 'number' ? status : 0;
  } catch (e) {
    if (e instanceof CommandError || e instanceof TraceError) return fail(e.message);
    if (e instanceof Database.SqliteError) return fail(`${path} is a damaged pyrewind trace: ${e.message}`);
    throw e;
  } finally {
    trace.close();
  }
}

function fail(message: string): void {
  process.stderr.write(`pyrewind: ${message}\n`);
  process.exitCode = 1;
}

/** Writes text to stdout, waiting when the pipe is full; a reader that went away (EPIPE) ends quietly. */
export async function writeStdout(text: string): Promise<void> {
  if (!process.stdout.write(text)) {
    await new Promise<void>((resolve) => {
      process.stdout.once('drain', resolve);
    });
  }
}

/** `| head` closing the pipe is not an error. */
export function quietOnClosedStdout(): void {
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
}
