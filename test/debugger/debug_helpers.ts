// Drives the debugger in-process for the tests: records a program (test/recorder/record_helpers.ts),
// opens a Debugger on its trace and runs commands, returning what each printed with the temporary
// directory taken out of paths so expectations can be written exactly. Not a test file itself.

import { Debugger } from '../../debugger/commands.js';
import { recordSource, type Recorded } from '../recorder/record_helpers.js';

export interface DebugRun {
  rec: Recorded;
  dbg: Debugger;
  /** Run commands in order; the text each printed (paths shown relative to the program's directory). */
  run(...cmds: string[]): string[];
  /** Run commands and return only what the last one printed. */
  last(...cmds: string[]): string;
}

export function debugSource(source: string): DebugRun {
  return debugRecorded(recordSource(source));
}

/** A new debugger (step 1, no breakpoints) over an already recorded program. */
export function debugRecorded(rec: Recorded): DebugRun {
  const dbg = new Debugger(rec.trace);
  const clean = (s: string): string => s.split(`${rec.dir}/`).join('');
  const run = (...cmds: string[]): string[] => cmds.map((c) => clean(dbg.execute(c)));
  return { rec, dbg, run, last: (...cmds) => run(...cmds).at(-1)! };
}

/** The `> file(line)func()  [step n/N]` line of a location. */
export function header(text: string): string {
  return text.split('\n').find((l) => l.startsWith('> ')) ?? '';
}
