// Tests of the pyrewind runner's plumbing, with the VM and the Node host replaced by fakes: files and
// the current directory, stdin/stdout/stderr, the environment, exit statuses, the traceback parse and
// the watchdog that interrupts a run that does not finish. The real VM is exercised by test/diff.
import { existsSync, readFileSync } from 'node:fs';
import { beforeAll, expect, test, vi } from 'vitest';
import type { Program } from './program.js';

interface FakeOptions {
  stdin?: Uint8Array;
  onStdout?: (b: Uint8Array) => void;
  onStderr?: (b: Uint8Array) => void;
  interruptFlag?: Int32Array;
  env?: Record<string, string | undefined>;
}

vi.mock('../../host/node/node_host.js', () => ({
  NodeHost: class {
    readonly compiler = {};
    constructor(readonly options: FakeOptions) {}
  },
}));

// The fake VM runs "programs" written in a tiny command language, one command per line.
vi.mock('../../vm/index.js', () => ({
  runMainFile(host: { options: FakeOptions }, scriptPath: string, argv: string[]): number {
    const { options } = host;
    const out = (s: string) => options.onStdout!(new TextEncoder().encode(s));
    const err = (s: string) => options.onStderr!(new TextEncoder().encode(s));
    for (const line of readFileSync(scriptPath, 'utf8').split('\n')) {
      const [cmd, ...rest] = line.split(' ');
      const arg = rest.join(' ');
      if (cmd === 'print') out(arg + '\n');
      else if (cmd === 'argv') out(JSON.stringify([scriptPath, ...argv]) + '\n');
      else if (cmd === 'cwd') out(process.cwd() + '\n');
      else if (cmd === 'stdin') out(new TextDecoder().decode(options.stdin) + '\n');
      else if (cmd === 'env') out(String(options.env?.[arg]) + '\n');
      else if (cmd === 'exists') out(String(existsSync(arg)) + '\n');
      else if (cmd === 'exit') return Number(arg);
      else if (cmd === 'raise') {
        err(`Traceback (most recent call last):\n  File "${scriptPath}", line 1, in <module>\n${arg}\n`);
        return 1;
      } else if (cmd === 'loop') {
        while (Atomics.load(options.interruptFlag!, 0) === 0) {
          /* a VM that never finishes by itself but honours the interrupt */
        }
        err('Traceback (most recent call last):\nKeyboardInterrupt\n');
        return 130;
      }
    }
    return 0;
  },
}));

process.env['PYREWIND_DIFF_TIMEOUT_MS'] = '300';
let runPyrewind: typeof import('./pyrewind.js').runPyrewind;
let makeRunDir: typeof import('./pyrewind.js').makeRunDir;
beforeAll(async () => {
  ({ runPyrewind, makeRunDir } = await import('./pyrewind.js'));
});

function program(source: string, options: Partial<Program> = {}): Program {
  return {
    name: 'fake',
    files: new Map([['main.py', new TextEncoder().encode(source)], ['pkg/mod.py', new Uint8Array()]]),
    main: 'main.py',
    argv: options.argv ?? [],
    stdin: options.stdin ?? '',
  };
}

test('files, directory, argv, stdin and output', async () => {
  const dir = makeRunDir();
  const r = await runPyrewind(program('print hi\nargv\ncwd\nstdin\nexists pkg/mod.py', { argv: ['a', 'b c'], stdin: 'in' }), dir);
  expect(r).toEqual({
    stdout: `hi\n${JSON.stringify([`${dir}/main.py`, 'a', 'b c'])}\n${dir}\nin\ntrue\n`,
    stderr: '',
    exitCode: 0,
    exception: null,
  });
  expect(existsSync(dir)).toBe(false);
  expect(process.cwd()).not.toBe(dir);
});

test('the harness environment, not PYTHON* variables', async () => {
  process.env['PYTHONSOMETHING'] = '1';
  const r = await runPyrewind(program('env PYTHONSOMETHING\nenv PATH'));
  delete process.env['PYTHONSOMETHING'];
  expect(r.stdout).toBe(`undefined\n${process.env['PATH']}\n`);
});

test('exit statuses keep their low 8 bits; tracebacks are parsed', async () => {
  expect((await runPyrewind(program('exit 3'))).exitCode).toBe(3);
  expect((await runPyrewind(program('exit 263'))).exitCode).toBe(7);
  const r = await runPyrewind(program('print partial\nraise KeyError: \'k\''));
  expect(r).toMatchObject({ stdout: 'partial\n', exitCode: 1, exception: { type: 'KeyError', message: "'k'" } });
});

test('a run that does not finish is interrupted and reported as such', async () => {
  await expect(runPyrewind(program('print started\nloop'))).rejects.toThrow(/did not finish fake within 300 ms/);
  // The next run is not affected by the interrupt of the previous one.
  expect((await runPyrewind(program('print fine'))).stdout).toBe('fine\n');
});
