// The differential-test corpus on disk: finding its programs, reading their header comments, and the
// list of programs pyrewind does not pass yet.
//
// A program is either `cases/<name>.py` or a directory `cases/<name>/` holding main.py and its modules.
// Headers are comment lines at the very top of the (main) file, before any code:
//   # argv: a b c            sys.argv[1:], split on spaces (or a JSON array: # argv: ["a b", "c"])
//   # stdin: line1\nline2    standard input; \n, \t, \\ are escapes; several stdin lines are concatenated
//   # exit: 1                the exit status CPython is expected to give (default 0); checked only as
//                            corpus hygiene, never in place of comparing with CPython
// Nothing here runs programs.

import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Program } from './program.js';

export interface CorpusEntry {
  program: Program;
  /** The exit status declared by `# exit:` (0 when absent). */
  expectedExit: number;
}

function unescape(text: string): string {
  return text.replace(/\\(.)/g, (_m, c: string) => (c === 'n' ? '\n' : c === 't' ? '\t' : c));
}

function parseHeaders(source: string, name: string): { argv: string[]; stdin: string; expectedExit: number } {
  let argv: string[] = [];
  let stdin = '';
  let expectedExit = 0;
  for (const line of source.split('\n')) {
    if (!line.startsWith('#')) break;
    const m = /^#\s*(argv|stdin|exit):\s?(.*)$/.exec(line);
    if (m === null) continue;
    const value = m[2]!.replace(/\r$/, '');
    if (m[1] === 'argv') {
      argv = value.trimStart().startsWith('[') ? (JSON.parse(value) as string[]) : value.split(' ').filter((s) => s !== '');
    } else if (m[1] === 'stdin') {
      stdin += unescape(value);
    } else {
      expectedExit = Number(value.trim());
      if (!Number.isInteger(expectedExit)) throw new Error(`${name}: bad '# exit:' header ${JSON.stringify(value)}`);
    }
  }
  return { argv, stdin, expectedExit };
}

function collectFiles(dir: string, rel: string, into: Map<string, Uint8Array>): void {
  for (const entry of readdirSync(join(dir, rel)).sort()) {
    if (entry === '__pycache__') continue;
    const relPath = rel === '' ? entry : `${rel}/${entry}`;
    if (statSync(join(dir, relPath)).isDirectory()) collectFiles(dir, relPath, into);
    else into.set(relPath, readFileSync(join(dir, relPath)));
  }
}

/** Every program in `casesDir`, sorted by name. */
export function loadCorpus(casesDir: string): CorpusEntry[] {
  const entries: CorpusEntry[] = [];
  for (const entry of readdirSync(casesDir).sort()) {
    const path = join(casesDir, entry);
    const files = new Map<string, Uint8Array>();
    let main: string;
    if (statSync(path).isDirectory()) {
      if (!existsSync(join(path, 'main.py'))) throw new Error(`corpus directory ${entry} has no main.py`);
      collectFiles(path, '', files);
      main = 'main.py';
    } else if (entry.endsWith('.py')) {
      files.set(entry, readFileSync(path));
      main = entry;
    } else {
      continue;
    }
    const headers = parseHeaders(new TextDecoder().decode(files.get(main)!), entry);
    entries.push({
      program: { name: entry, files, main, argv: headers.argv, stdin: headers.stdin },
      expectedExit: headers.expectedExit,
    });
  }
  return entries;
}

/**
 * pending.txt: one program per line, "<name> <reason>"; blank lines and lines starting with '#' are
 * ignored. Returns name -> reason. A line without a reason is an error: the list must say why.
 */
export function loadPending(path: string): Map<string, string> {
  const pending = new Map<string, string>();
  if (!existsSync(path)) return pending;
  for (const raw of readFileSync(path, 'utf8').split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const space = line.search(/\s/);
    const name = space < 0 ? line : line.slice(0, space);
    const reason = space < 0 ? '' : line.slice(space).trim();
    if (reason === '') throw new Error(`${path}: '${name}' has no reason`);
    if (pending.has(name)) throw new Error(`${path}: '${name}' is listed twice`);
    pending.set(name, reason);
  }
  return pending;
}
