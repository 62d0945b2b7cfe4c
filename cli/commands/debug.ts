// `pyrewind debug trace.sqlite` / `pyrewind debug prog.py [args...]`: the terminal time-travel debugger.
// A .py argument is recorded first (the same run as `pyrewind record`, into a temporary trace deleted on
// exit). Commands come from `-c "cmd; cmd"`, from a terminal (readline: prompt, history, Enter repeats),
// or one per line from piped stdin. The command language itself is debugger/commands.ts; this file only
// does I/O and must not interpret commands.

import { Command } from 'commander';
import { createInterface } from 'node:readline';
import { mkdtempSync, rmSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir, homedir } from 'node:os';
import { join, dirname } from 'node:path';
import { Trace, TraceError } from '../../schema/trace.js';
import { Debugger } from '../../debugger/commands.js';
import { recordCommand } from './record.js';
import { DEFAULT_MAX_STEPS } from '../../recorder/record_program.js';
import { DEFAULT_REPR_LIMIT } from '../../recorder/safe_repr.js';

const PROMPT = '(pyrewind) ';

interface DebugOptions {
  command?: string;
}

export function registerDebugCommand(program: Command): void {
  program
    .command('debug')
    .description('a pdb-style time-travel debugger over a trace (a .py program is recorded first)')
    .argument('<target>', 'a trace file, or a Python program to record and debug')
    .argument('[args...]', 'the program\'s arguments (when target is a .py file)')
    .option('-c, --command <cmds>', 'run these commands (separated by ";") instead of reading them, then exit')
    .allowUnknownOption(true)
    .passThroughOptions(true)
    .action(async (target: string, args: string[], opts: DebugOptions) => {
      process.exitCode = await debugCommand(target, args, opts);
    });
}

export async function debugCommand(target: string, args: string[], opts: DebugOptions): Promise<number> {
  let tempDir: string | null = null;
  let tracePath = target;
  if (!target.endsWith('.py') && args.length > 0) {
    process.stderr.write(`pyrewind: debug: unexpected ${JSON.stringify(args[0])} after the trace file (pyrewind options go before it)\n`);
    return 2;
  }
  if (target.endsWith('.py')) {
    tempDir = mkdtempSync(join(tmpdir(), 'pyrewind-debug-'));
    tracePath = join(tempDir, 'trace.sqlite');
    const status = await recordCommand(target, args, {
      output: tracePath, maxSteps: DEFAULT_MAX_STEPS, traceAll: false, reprLimit: DEFAULT_REPR_LIMIT, progress: true,
    });
    if (status === 2 || status === 70) {
      rmSync(tempDir, { recursive: true, force: true });
      return status;
    }
  }
  let trace: Trace;
  try {
    trace = Trace.open(tracePath);
  } catch (e) {
    if (tempDir !== null) rmSync(tempDir, { recursive: true, force: true });
    if (e instanceof TraceError) {
      process.stderr.write(`pyrewind: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
  try {
    if (trace.stepCount === 0) {
      process.stderr.write('pyrewind: the trace has no steps to debug\n');
      return 1;
    }
    const dbg = new Debugger(trace);
    process.stdout.write(dbg.banner());
    if (opts.command !== undefined) {
      for (const cmd of opts.command.split(';')) {
        if (cmd.trim() === '') continue;
        process.stdout.write(dbg.execute(cmd));
        if (dbg.done) break;
      }
      return 0;
    }
    if (process.stdin.isTTY === true) await interactive(dbg);
    else await scripted(dbg);
    return 0;
  } finally {
    trace.close();
    if (tempDir !== null) rmSync(tempDir, { recursive: true, force: true });
  }
}

/** Piped commands, one per line, no prompts: the output is only what the commands print. */
async function scripted(dbg: Debugger): Promise<void> {
  const rl = createInterface({ input: process.stdin, terminal: false });
  for await (const line of rl) {
    process.stdout.write(dbg.execute(line));
    if (dbg.done) break;
  }
  rl.close();
}

function historyFile(): string {
  const base = process.env.PYREWIND_CACHE_DIR ?? join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'pyrewind');
  return join(base, 'debug_history');
}

async function interactive(dbg: Debugger): Promise<void> {
  const file = historyFile();
  let history: string[] = [];
  try {
    history = readFileSync(file, 'utf8').split('\n').filter((l) => l !== '').reverse().slice(0, 1000);
  } catch {
    // No history yet.
  }
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true, history, historySize: 1000, prompt: PROMPT });
  await new Promise<void>((resolve) => {
    rl.on('line', (line) => {
      process.stdout.write(dbg.execute(line));
      if (dbg.done) rl.close();
      else rl.prompt();
    });
    rl.on('SIGINT', () => {
      process.stdout.write('\n');
      rl.prompt();
    });
    rl.on('close', () => resolve());
    rl.prompt();
  });
  try {
    const h = (rl as unknown as { history: string[] }).history;
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, [...h].reverse().join('\n') + '\n');
  } catch {
    // History is a convenience; failing to save it must not fail the session.
  }
}
