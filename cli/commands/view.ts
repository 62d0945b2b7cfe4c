// `pyrewind view trace.sqlite [--port N] [--no-open]` serves the time-travel viewer for a trace on
// 127.0.0.1; `pyrewind view prog.py [args...]` records the program first (as `pyrewind record` does) and
// then serves its trace. Runs until interrupted. Reads the trace only through schema/trace.ts.

import { Command, InvalidArgumentError } from 'commander';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { Trace, TraceError } from '../../schema/trace.js';
import { DEFAULT_MAX_STEPS, DEFAULT_REPR_LIMIT } from '../../recorder/defaults.js';
import { defaultTracePath, positiveInt, recordCommand } from './record.js';
import { startViewerServer, ViewerServerError } from '../../viewer/server/server.js';

interface ViewOptions {
  port: number;
  open: boolean;
  output?: string;
  maxSteps: number;
  traceAll: boolean;
}

function portNumber(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n > 65535) throw new InvalidArgumentError('expected a port number from 0 to 65535.');
  return n;
}

export function registerViewCommand(program: Command): void {
  program
    .command('view')
    .description('open the time-travel viewer on a trace (or record prog.py first, then view it)')
    .argument('<file>', 'a trace file, or a Python program to record first')
    .argument('[args...]', 'arguments for the program, when <file> is one')
    .option('--port <n>', 'the port to serve on (0: any free port)', portNumber, 0)
    .option('--no-open', 'do not open a web browser; only print the URL')
    .option('-o, --output <trace>', 'when recording: the trace file to write (default: <script name>.trace.sqlite)')
    .option('--max-steps <n>', 'when recording: stop the program after this many steps', positiveInt, DEFAULT_MAX_STEPS)
    .option('--trace-all', 'when recording: also trace the standard library step by step', false)
    .allowUnknownOption(true)
    .passThroughOptions(true)
    .action(async (file: string, args: string[], opts: ViewOptions) => {
      process.exitCode = await viewCommand(file, args, opts);
    });
}

/** A Python program rather than a trace: its name says so (a trace is anything else, checked by Trace.open). */
function isProgram(file: string): boolean {
  return /\.pyw?$/.test(file);
}

async function viewCommand(file: string, args: string[], opts: ViewOptions): Promise<number> {
  let tracePath = file;
  if (isProgram(file)) {
    tracePath = opts.output ?? defaultTracePath(file);
    const status = await recordCommand(file, args, {
      output: tracePath, maxSteps: opts.maxSteps, traceAll: opts.traceAll, reprLimit: DEFAULT_REPR_LIMIT, progress: true,
    });
    // The program's own failure is worth viewing; only a run that left no trace stops here.
    if (!existsSync(tracePath)) return status === 0 ? 1 : status;
  } else if (args.length > 0) {
    // `view trace.sqlite --port N --no-open`: options after a trace are the viewer's, not a program's.
    for (let i = 0; i < args.length; i++) {
      const a = args[i]!;
      const m = /^--port(?:=(.*))?$/.exec(a);
      try {
        if (m !== null) opts.port = portNumber(m[1] ?? args[++i] ?? '');
        else if (a === '--no-open') opts.open = false;
        else throw new InvalidArgumentError(`unknown option or argument '${a}' (a trace takes only --port N and --no-open)`);
      } catch (e) {
        process.stderr.write(`pyrewind: ${(e as Error).message}\n`);
        return 2;
      }
    }
  }
  let trace: Trace;
  try {
    trace = Trace.open(tracePath);
  } catch (e) {
    if (e instanceof TraceError) {
      process.stderr.write(`pyrewind: ${e.message}\n`);
      return 1;
    }
    throw e;
  }
  let server;
  try {
    server = await startViewerServer(trace, { port: opts.port });
  } catch (e) {
    trace.close();
    if (e instanceof ViewerServerError) {
      process.stderr.write(`pyrewind: ${e.message}\n`);
      return 1;
    }
    throw e;
  }
  process.stdout.write(`pyrewind: viewing ${tracePath} (${trace.stepCount.toLocaleString('en-US')} steps) at ${server.url}\n` +
    'pyrewind: press Ctrl-C to stop\n');
  if (opts.open) openBrowser(server.url);
  return await new Promise<number>((resolve) => {
    const stop = (): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      void server.close().then(() => {
        trace.close();
        resolve(0);
      });
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

/** Best effort: the desktop's way of opening a URL; nothing is said when there is none. */
function openBrowser(url: string): void {
  const command = process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'explorer' : 'xdg-open';
  try {
    const child = spawn(command, [url], { stdio: 'ignore', detached: true });
    child.on('error', () => {});
    child.unref();
  } catch {
    // No opener: the URL is printed already.
  }
}
