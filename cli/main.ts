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

// Every command but `run` registers itself from its own module. A command's start-up time counts (the
// benchmark times `run` and `record` end to end), so when the command word is known only its module is
// loaded: the record command's process must not parse the debugger, the viewer's server and the VM (the
// bundle is split at these imports). `--help`, `help` and typos load them all, to list them.
const commands: Record<string, () => Promise<(program: Command) => void>> = {
  record: async () => (await import('./commands/record.js')).registerRecordCommand,
  dis: async () => (await import('./commands/dis.js')).registerDisCommand,
  export: async () => (await import('./commands/export.js')).registerExportCommand,
  info: async () => (await import('./commands/info.js')).registerInfoCommand,
  query: async () => (await import('./commands/query.js')).registerQueryCommand,
  view: async () => (await import('./commands/view.js')).registerViewCommand,
  debug: async () => (await import('./commands/debug.js')).registerDebugCommand,
  diagram: async () => (await import('./commands/diagram.js')).registerDiagramCommand,
};
const word = process.argv[2];
if (word !== 'run') {
  const wanted = word !== undefined && Object.hasOwn(commands, word) ? [commands[word]] : Object.values(commands);
  for (const load of wanted) (await load())(program);
}

await program.parseAsync(process.argv);
