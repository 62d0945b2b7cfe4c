// Running a program as `python3 prog.py args...` would: set up an interpreter (builtins, sys, standard
// streams) on a Host, execute the script as __main__, and turn the outcome into an exit status.
//
// Everything the program does reaches the outside world through the Host; this module never touches
// a file, a console or a process itself. Callers import vm/index.ts, which registers all types first.

import { Host, HostOSError, STDIN_FD, STDOUT_FD, STDERR_FD } from '../host.js';
import { Interpreter } from './interpreter.js';
import { PyModule } from '../objects/module.js';
import { PyValue } from '../objects/object.js';
import { None } from '../objects/singletons.js';
import { PyBaseException, SystemExit, KeyboardInterrupt, systemExitCode } from '../objects/exceptions.js';
import { makeBuiltins } from '../modules/builtins.js';
import { makeSys } from '../modules/sys.js';
import { TextStream } from '../modules/io_streams.js';
import { compileSource } from './compile.js';
import { loadPyc, PycError } from '../marshal/pyc.js';
import { runtimeError } from './raise.js';
import { formatException } from './traceback.js';
import { Frame } from './frame.js';
import { str } from './protocols.js';
import { runAtexit } from '../modules/atexit.js';
import { addSiteBuiltins } from '../modules/site_builtins.js';

export interface RunOptions {
  /** The standard library for sys.path, if not the host's (Host.stdlibPath). */
  stdlibPath?: string;
  /** sys.executable. */
  executable?: string;
}

/** An interpreter with builtins and sys set up for running `scriptPath` with `argv`. */
export function createInterpreter(host: Host, argv: string[], scriptDir: string, options: RunOptions = {}): Interpreter {
  const interp = new Interpreter(host);
  const builtins = makeBuiltins(interp);
  interp.builtinsModule = builtins;
  interp.builtins = builtins.dict;
  interp.modules.setStr('builtins', builtins);
  const stdin = new TextStream(host, STDIN_FD, '<stdin>', 'r', true, false, false, false);
  const stdout = new TextStream(host, STDOUT_FD, '<stdout>', 'w', false, true, false, host.isatty(STDOUT_FD));
  const stderr = new TextStream(host, STDERR_FD, '<stderr>', 'w', false, true, false, true);
  const path = [scriptDir];
  const stdlib = options.stdlibPath ?? host.stdlibPath;
  if (stdlib) path.push(stdlib);
  const sys = makeSys(interp, { argv, path, executable: options.executable ?? 'pyrewind', stdin, stdout, stderr });
  interp.sys = sys.dict;
  interp.modules.setStr('sys', sys);
  // What the site module adds at startup: exit, quit, copyright, credits, license, help.
  addSiteBuiltins(interp.builtins, stdlib ?? null);
  return interp;
}

function dirname(p: string): string {
  const i = p.lastIndexOf('/');
  return i <= 0 ? (i === 0 ? '/' : '') : p.slice(0, i);
}

const decoder = new TextDecoder('utf-8');

/**
 * Run a script like `python3 scriptPath argv[1:]`: returns the exit status (0 success, 1 uncaught
 * exception, 2 script not found, or sys.exit's code). Output and tracebacks go to the host's fds.
 */
export function runMainFile(host: Host, scriptPath: string, argv: string[], options: RunOptions = {}): number {
  const abs = host.resolvePath(scriptPath);
  const data = host.stat(abs) === 'file' ? host.readFile(abs) : null;
  if (data === null) {
    const why = host.stat(abs) === 'dir' ? "[Errno 21] Is a directory" : '[Errno 2] No such file or directory';
    writeAll(host, STDERR_FD, `pyrewind: can't open file '${abs}': ${why}\n`);
    return 2;
  }
  const interp = createInterpreter(host, [scriptPath, ...argv], dirname(abs), options);
  const main = new PyModule('__main__');
  const g = main.dict;
  g.setStr('__file__', abs);
  g.setStr('__builtins__', interp.builtinsModule);
  g.setStr('__package__', None);
  g.setStr('__spec__', None);
  g.setStr('__loader__', None);
  g.setStr('__cached__', None);
  g.setStr('__doc__', None);
  interp.modules.setStr('__main__', main);
  let status: number;
  try {
    const code = abs.endsWith('.pyc') ? loadMainPyc(data, abs) : compileSource(interp, decoder.decode(data), abs, 'exec');
    interp.runNested(new Frame(code, g, interp.builtins, g, null));
    status = 0;
  } catch (e) {
    status = handleUncaught(interp, e);
  }
  // atexit callbacks run after the report of an uncaught exception, before the streams are flushed.
  runAtexit(interp);
  status = finish(interp, status);
  return status;
}

/** A .pyc given as the script (as `python3 x.pyc` runs it); foreign bytecode is a RuntimeError. */
function loadMainPyc(data: Uint8Array, path: string) {
  try {
    return loadPyc(data, path);
  } catch (e) {
    if (e instanceof PycError) throw runtimeError(e.message);
    throw e;
  }
}

/** What CPython does with an exception reaching the top: SystemExit's code, or a traceback and 1. */
export function handleUncaught(interp: Interpreter, e: unknown): number {
  if (!(e instanceof PyBaseException)) throw e;
  if (e.cls.isSubtypeOf(SystemExit)) {
    const code = systemExitCode(e);
    if (code === None) return 0;
    if (typeof code === 'number') return code & 0xff;
    if (typeof code === 'boolean') return code ? 1 : 0;
    flushStdout(interp);
    writeErr(interp, `${safeStr(code)}\n`);
    return 1;
  }
  flushStdout(interp);
  writeErr(interp, formatException(e, interp.host));
  if (e.cls.isSubtypeOf(KeyboardInterrupt)) return 130;
  return 1;
}

function safeStr(v: PyValue): string {
  try {
    return str(v);
  } catch {
    return '<unprintable object>';
  }
}

function flushStdout(interp: Interpreter): void {
  const out = interp.sys.getStr('stdout');
  if (out instanceof TextStream && !out.closed) {
    try {
      out.flushBytes();
    } catch {
      /* a closed pipe: nothing more can be written */
    }
  }
}

function writeErr(interp: Interpreter, text: string): void {
  const err = interp.sys.getStr('stderr');
  if (err instanceof TextStream && !err.closed) {
    try {
      err.write(text);
      err.flushBytes();
      return;
    } catch {
      /* fall through to the raw descriptor */
    }
  }
  writeAll(interp.host, STDERR_FD, text);
}

function finish(interp: Interpreter, status: number): number {
  for (const name of ['stdout', 'stderr']) {
    const s = interp.sys.getStr(name);
    if (s instanceof TextStream && !s.closed) {
      try {
        s.flushBytes();
      } catch (e) {
        if (!(e instanceof PyBaseException) && !(e instanceof HostOSError)) throw e;
      }
    }
  }
  return status;
}

function writeAll(host: Host, fd: number, text: string): void {
  try {
    host.write(fd, new TextEncoder().encode(text));
  } catch {
    /* nowhere left to report */
  }
}
