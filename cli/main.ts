// The pyrewind command line (commander). Each subcommand lives in its own module; this file only wires
// them up, so `pyrewind --help` lists everything.

import { Command } from 'commander';
import { runProgram } from './run.js';

const program = new Command();
program
  .name('pyrewind')
  .description('Run CPython 3.14 bytecode in a TypeScript VM that records every step for time travel.')
  .version('0.1.0')
  .enablePositionalOptions();

program
  .command('run')
  .description('run a Python program like `python3 prog.py args...`')
  .argument('<script>', 'the Python file to run')
  .argument('[args...]', 'arguments passed to the program as sys.argv[1:]')
  .allowUnknownOption(true)
  .passThroughOptions(true)
  .action(async (script: string, args: string[]) => {
    process.exitCode = await runProgram(script, args);
  });

// `pyrewind run` is the hot path (and what the benchmark times): it loads no other command's modules.
if (process.argv[2] !== 'run') {
  (await import('./commands/record.js')).registerRecordCommand(program);
  (await import('./commands/dis.js')).registerDisCommand(program);
  (await import('./commands/export.js')).registerExportCommand(program);
  (await import('./commands/info.js')).registerInfoCommand(program);
  (await import('./commands/query.js')).registerQueryCommand(program);
  (await import('./commands/view.js')).registerViewCommand(program);
  (await import('./commands/debug.js')).registerDebugCommand(program);
  (await import('./commands/diagram.js')).registerDiagramCommand(program);
}

await program.parseAsync(process.argv);
