// The environment variables a program sees, identical on both sides of a differential run.
//
// pyodide has its own, made-up environment, and pyrewind's Node host would pass on the test process's.
// Both runs get this same set instead: the test process's variables minus those that change how CPython
// behaves or prints (PYTHON*, and the colour switches that would put ANSI codes into tracebacks and
// argparse messages). Nothing here starts or runs anything.

const DROPPED_EXACT = new Set(['FORCE_COLOR', 'NO_COLOR', 'CLICOLOR_FORCE', 'CLICOLOR']);

export function programEnvironment(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value === undefined || key.startsWith('PYTHON') || DROPPED_EXACT.has(key)) continue;
    env[key] = value;
  }
  return env;
}
