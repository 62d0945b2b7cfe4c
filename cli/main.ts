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

await program.parseAsync(process.argv);
