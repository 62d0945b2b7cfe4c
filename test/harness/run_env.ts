// The environment variables a program sees, identical on both sides of a differential run.
//
// pyodide has its own, made-up environment; pyrewind's Node host passes on the test process's. Both
// runs get this same set instead: the test process's variables minus those that change how CPython
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

/** Runs `fn` with process.env replaced by `env` (for a host that reads process.env), then restores it. */
export function withProcessEnvironment<T>(env: Record<string, string>, fn: () => T): T {
  const saved = { ...process.env };
  for (const key of Object.keys(process.env)) delete process.env[key];
  Object.assign(process.env, env);
  try {
    return fn();
  } finally {
    for (const key of Object.keys(process.env)) delete process.env[key];
    Object.assign(process.env, saved);
  }
}
