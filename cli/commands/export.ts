// `pyrewind export trace.sqlite [--jsonl] [-o out.jsonl] [--from N] [--to N]`: writes the trace as JSON
// Lines, one object per step in step order (format: schema/README.md, "JSON Lines export"), to stdout or
// a file. It streams (schema/export_jsonl.ts): memory does not grow with the trace. The format lives in
// schema/, not here; this file only parses options and moves text.

import { InvalidArgumentError, type Command } from 'commander';
import { closeSync, openSync, writeSync } from 'node:fs';
import { jsonlChunks } from '../../schema/export_jsonl.js';
import { CommandError, quietOnClosedStdout, withTrace, writeStdout } from '../trace_action.js';

interface ExportOptions {
  jsonl?: boolean;
  output?: string;
  from?: number;
  to?: number;
}

function stepNumber(value: string): number {
  const n = Number(value.replace(/_/g, ''));
  if (!Number.isSafeInteger(n) || n <= 0) throw new InvalidArgumentError('expected a step number (1, 2, 3 ...).');
  return n;
}

export function registerExportCommand(program: Command): void {
  program
    .command('export')
    .description('write a trace as JSON Lines: one object per step with its instruction, value stack and variable writes')
    .argument('<trace>', 'the trace file (written by `pyrewind record`)')
    .option('--jsonl', 'JSON Lines, one step per line (the default, and the only format so far)')
    .option('-o, --output <file>', 'write to this file instead of standard output')
    .option('--from <step>', 'first step to export (default: 1)', stepNumber)
    .option('--to <step>', 'last step to export (default: the last step)', stepNumber)
    .addHelpText('after', '\nEach line: {"step", "frame", "depth", "line", "offset", "op", "argrepr", "stack": [repr...],\n' +
      '"writes": [{"scope", "name", "value"}]}. The format is described in schema/README.md.\n' +
      'Exit status 1 when the file is not a finished, readable trace.')
    .action(async (path: string, opts: ExportOptions) => {
      await withTrace(path, async (trace) => {
        if (opts.from !== undefined && opts.to !== undefined && opts.from > opts.to) {
          throw new CommandError(`export: --from ${opts.from} is after --to ${opts.to}`);
        }
        const chunks = jsonlChunks(trace, { from: opts.from, to: opts.to });
        if (opts.output !== undefined) {
          let fd: number;
          try {
            fd = openSync(opts.output, 'w');
          } catch (e) {
            throw new CommandError(`export: cannot write ${opts.output}: ${(e as Error).message}`);
          }
          try {
            for (const chunk of chunks) writeSync(fd, chunk);
          } finally {
            closeSync(fd);
          }
          return;
        }
        quietOnClosedStdout();
        for (const chunk of chunks) await writeStdout(chunk);
      });
    });
}
