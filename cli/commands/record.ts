// `pyrewind record [options] prog.py [args...]`: runs the program exactly as `pyrewind run` does (same
// output, same exit status) and writes its trace. The program runs in a worker thread; this thread owns
// the SQLite file and writes the rows the worker sends, showing progress when stderr is a terminal.

import { Command, InvalidArgumentError } from 'commander';
import { Worker } from 'node:worker_threads';
import { basename, dirname, extname, resolve } from 'node:path';
import { existsSync, statSync } from 'node:fs';
import { SingleBar } from 'cli-progress';
import { entryFile } from '../../host/node/package_paths.js';
import { DEFAULT_MAX_STEPS, DEFAULT_REPR_LIMIT, MAX_STEPS_STATUS } from '../../recorder/defaults.js';
import type { RecordWorkerData, RecordWorkerMessage } from '../record_worker.js';
import { PARTIAL_SUFFIX } from '../../schema/format.js';

export interface RecordCommandOptions {
  output?: string;
  maxSteps: number;
  traceAll: boolean;
  reprLimit: number;
  progress: boolean;
}

export function positiveInt(value: string): number {
  const n = Number(value.replace(/_/g, ''));
  if (!Number.isSafeInteger(n) || n <= 0) throw new InvalidArgumentError('expected a positive whole number.');
  return n;
}

/** The default trace name: `prog.trace.sqlite` in the current directory for `prog.py`. */
export function defaultTracePath(script: string): string {
  return `${basename(script, extname(script))}.trace.sqlite`;
}

export function registerRecordCommand(program: Command): void {
  program
    .command('record')
    .description('run a Python program like `pyrewind run` and record every step into a trace file')
    .argument('<script>', 'the Python file to run')
    .argument('[args...]', 'arguments passed to the program as sys.argv[1:]')
    .option('-o, --output <trace>', 'the trace file to write (default: <script name>.trace.sqlite)')
    .option('--max-steps <n>', 'stop the program after this many recorded steps', positiveInt, DEFAULT_MAX_STEPS)
    .option('--trace-all', 'also trace the standard library step by step (default: one step per call into it)', false)
    .option('--repr-limit <chars>', 'longest value repr stored in the trace', positiveInt, DEFAULT_REPR_LIMIT)
    .option('--no-progress', 'do not show progress on the terminal')
    .addHelpText('after', '\npyrewind options go before the script; everything after it is the program\'s.\n' +
      `Exit status: the program's, or ${MAX_STEPS_STATUS} when --max-steps stopped it.`)
    .allowUnknownOption(true)
    .passThroughOptions(true)
    .action(async (script: string, args: string[], opts: RecordCommandOptions) => {
      process.exitCode = await recordCommand(script, args, opts);
    });
}

export async function recordCommand(script: string, args: string[], opts: RecordCommandOptions): Promise<number> {
  const output = opts.output ?? defaultTracePath(script);
  if (!existsSync(script) || !statSync(script).isFile()) {
    // As python3 reports it; no trace is written for a program that never ran.
    const why = existsSync(script) ? '[Errno 21] Is a directory' : '[Errno 2] No such file or directory';
    process.stderr.write(`pyrewind: can't open file '${script}': ${why}\n`);
    return 2;
  }
  // Loaded here, not at start-up: the other commands do not need SQLite's writer.
  const { TraceSink } = await import('../../recorder/sink.js');
  const interrupt = new SharedArrayBuffer(4);
  const pendingBuffer = new SharedArrayBuffer(4);
  const pending = new Int32Array(pendingBuffer);
  const goBuffer = new SharedArrayBuffer(4);
  const go = new Int32Array(goBuffer);
  const showProgress = opts.progress && process.stderr.isTTY === true;
  const data: RecordWorkerData = {
    script, args, interrupt, pending: pendingBuffer, go: goBuffer,
    traceAll: opts.traceAll, maxSteps: opts.maxSteps, reprLimit: opts.reprLimit, progress: showProgress,
  };
  // The worker loads the VM while this thread opens the trace file; it waits for `go` before it runs
  // anything of the program. No await from here to the listeners below: none of its events is missed.
  const worker = new Worker(entryFile('cli/record_worker.js'), {
    workerData: data,
    stdout: false,
    stderr: false,
    resourceLimits: { stackSizeMb: 256 },
  });
  const release = (value: 1 | 2): void => {
    Atomics.store(go, 0, value);
    Atomics.notify(go, 0);
  };
  let sink: InstanceType<typeof TraceSink>;
  try {
    // Known before the program runs, rather than when the finished trace is renamed into place.
    if (existsSync(output) && statSync(output).isDirectory()) throw new Error('it is a directory');
    sink = new TraceSink(output);
  } catch (e) {
    // The program has not run yet: nothing is lost by stopping here.
    release(2);
    await worker.terminate();
    process.stderr.write(`pyrewind: cannot write the trace ${output}: ${traceFileProblem(output, e)}\n`);
    return 1;
  }
  release(1);
  const flag = new Int32Array(interrupt);
  let interrupts = 0;
  const onSigint = (): void => {
    if (++interrupts >= 3) {
      // The program ignores Ctrl-C: keep what was recorded (as .partial) and let the user out.
      sink.closeIncomplete();
      process.stderr.write(`\npyrewind: stopped; the incomplete trace is ${output}${PARTIAL_SUFFIX}\n`);
      process.exit(130);
    }
    Atomics.store(flag, 0, 1);
    Atomics.notify(flag, 0); // wakes a time.sleep() in the program
  };
  process.on('SIGINT', onSigint);
  const bar = showProgress
    ? new SingleBar({
        format: 'pyrewind: recording {value} steps ({rate} steps/s)',
        clearOnComplete: true,
        hideCursor: false,
        stream: process.stderr,
      })
    : null;
  const started = Date.now();
  bar?.start(opts.maxSteps, 0, { rate: 0 });
  return await new Promise<number>((resolve) => {
    let status: number | null = null;
    const fail = (message: string): void => {
      bar?.stop();
      sink.closeIncomplete();
      process.stderr.write(`pyrewind: internal error while recording: ${message}\n` +
        `pyrewind: the incomplete trace is ${output}${PARTIAL_SUFFIX}\n`);
      status = 70;
    };
    worker.on('message', (m: RecordWorkerMessage) => {
      try {
        switch (m.kind) {
          case 'rows':
            sink.insert(m.table, m.cells);
            Atomics.sub(pending, 0, 1);
            Atomics.notify(pending, 0);
            break;
          case 'progress': {
            const secs = (Date.now() - started) / 1000;
            bar?.update(m.steps, { rate: Math.round(m.steps / Math.max(secs, 0.001)).toLocaleString('en-US') });
            break;
          }
          case 'done':
            bar?.stop();
            sink.finish(m.result.meta);
            if (m.result.status === 'max-steps') {
              process.stderr.write(
                `pyrewind: stopped the program after ${m.result.steps.toLocaleString('en-US')} steps (--max-steps); ` +
                  `${output} holds every step up to there. Use --max-steps N to record more.\n`,
              );
            } else if (process.stderr.isTTY) {
              process.stderr.write(`pyrewind: recorded ${m.result.steps.toLocaleString('en-US')} steps into ${output}\n`);
            }
            status = m.result.exitStatus;
            break;
          case 'failed':
            fail(m.message);
            break;
          case 'unsupported':
            bar?.stop();
            sink.closeIncomplete();
            process.stderr.write(`pyrewind: cannot record ${script}: ${m.message}\n` +
              `pyrewind: the steps before that are in ${output}${PARTIAL_SUFFIX}\n`);
            status = 1;
            break;
        }
      } catch (e) {
        fail(e instanceof Error ? e.message : String(e));
        void worker.terminate();
      }
    });
    worker.on('error', (e) => fail(e.stack ?? e.message));
    worker.on('exit', () => {
      process.off('SIGINT', onSigint);
      if (status === null) fail('the recording thread stopped unexpectedly');
      resolve(status ?? 70);
    });
  });
}

/** Why a trace file cannot be created, in the user's terms (the directory, permissions, a directory in the way). */
function traceFileProblem(output: string, e: unknown): string {
  const dir = dirname(resolve(output));
  if (!existsSync(dir)) return `the directory ${dir} does not exist`;
  if (existsSync(output) && statSync(output).isDirectory()) return 'it is a directory';
  const code = (e as { code?: string }).code;
  if (code === 'SQLITE_CANTOPEN' || code === 'EACCES') return `it cannot be created in ${dir} (permission denied?)`;
  return (e as Error).message ?? String(e);
}
