// Running a program as `python3 prog.py args...` would: set up an interpreter (builtins, sys, standard
// streams) on a Host, execute the script as __main__, and turn the outcome into an exit status.
//
// Everything the program does reaches the outside world through the Host; this module never touches
// a file, a console or a process itself. Callers import vm/index.ts, which registers all types first.

import { Host, STDERR_FD } from '../host.js';
import { Interpreter } from './interpreter.js';
import { PyModule } from '../objects/module.js';
import { PyValue } from '../objects/object.js';
import { None } from '../objects/singletons.js';
import { PyBaseException, SystemExit, SyntaxError, KeyboardInterrupt, systemExitCode, excSetAttr } from '../objects/exceptions.js';
import { PyTuple } from '../objects/tuple.js';
import { makeBuiltins } from '../modules/builtins.js';
import { initStartupModules, mainLoader } from '../modules/importlib_bridge.js';
import { makeSys } from '../modules/sys.js';
import { makeStdStreams } from '../modules/io/std_streams.js';
import { callMethod, isClosed } from '../modules/io/iobase.js';
import { flushAllPendingOutput } from '../modules/io/exit_flush.js';
import { writeUnraisable } from '../modules/unraisable.js';
import { compileSource } from './compile.js';
import { loadPyc, PycError } from '../marshal/pyc.js';
import { runtimeError } from './raise.js';
import { formatException } from './traceback.js';
import { Frame } from './frame.js';
import { str } from './protocols.js';
import { callObject } from './call.js';
import { getAttr } from './attributes.js';
import { runAtexit } from '../modules/atexit.js';
import { addSiteBuiltins } from '../modules/site_builtins.js';
import { Tracer, HaltExecution } from './tracer.js';
import { ProcessExit } from './process_exit.js';

export interface RunOptions {
  /** The standard library for sys.path, if not the host's (Host.stdlibPath). */
  stdlibPath?: string;
  /** sys.executable. */
  executable?: string;
  /** An observer of every instruction (the recorder), attached before the script's first instruction. */
  tracer?: Tracer;
}

/** An interpreter with builtins and sys set up for running `scriptPath` with `argv`. */
export function createInterpreter(host: Host, argv: string[], scriptDir: string, options: RunOptions = {}): Interpreter {
  const interp = new Interpreter(host);
  const builtins = makeBuiltins(interp);
  interp.builtinsModule = builtins;
  interp.builtins = builtins.dict;
  interp.modules.setStr('builtins', builtins);
  // _io's TextIOWrapper over Buffered* over FileIO on fds 0-2, as CPython's create_stdio builds them.
  const { stdin, stdout, stderr } = makeStdStreams(interp);
  const path = [scriptDir];
  const stdlib = options.stdlibPath ?? host.stdlibPath;
  if (stdlib) path.push(stdlib);
  const sys = makeSys(interp, { argv, path, executable: options.executable ?? 'pyrewind', stdin, stdout, stderr });
  interp.sys = sys.dict;
  interp.modules.setStr('sys', sys);
  // What the site module adds at startup: exit, quit, copyright, credits, license, help.
  addSiteBuiltins(interp.builtins, stdlib ?? null);
  initStartupModules(interp); // __doc__, __package__, __spec__ of builtins, sys, _io
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
  // In CPython's order: the module's own attributes, __builtins__ (add_main_module), then what running
  // a file adds; its loader is the source loader of the file, and it has no spec.
  const main = new PyModule('__main__');
  const g = main.dict;
  g.setStr('__doc__', None);
  g.setStr('__package__', None);
  g.setStr('__loader__', mainLoader(abs));
  g.setStr('__spec__', None);
  g.setStr('__builtins__', interp.builtinsModule);
  g.setStr('__file__', abs);
  g.setStr('__cached__', None);
  interp.modules.setStr('__main__', main);
  let status: number;
  try {
    // Attached before the compile: its SyntaxWarnings, or the SyntaxError, are output of the run too.
    interp.tracer = options.tracer ?? null;
    const code = abs.endsWith('.pyc') ? loadMainPyc(data, abs) : compileMain(interp, decoder.decode(data), abs);
    interp.runNested(new Frame(code, g, interp.builtins, g, null));
    flushIo(interp);
    status = 0;
  } catch (e) {
    // os._exit(): nothing more runs and nothing is flushed.
    if (e instanceof ProcessExit) return e.status;
    if (e instanceof HaltExecution) {
      // The tracer stopped the program (a step limit): keep its output, run nothing more of it.
      interp.tracer = null;
      finish(interp, 0);
      throw e;
    }
    status = handleUncaught(interp, e);
  }
  // Then, as Py_FinalizeEx: wait for the threads not started as daemons, and run atexit callbacks
  // (after the report of an uncaught exception, before the streams are flushed).
  try {
    waitForThreads(interp);
  } catch (e) {
    if (e instanceof ProcessExit) return e.status;
    if (!(e instanceof HaltExecution)) throw e;
  }
  runAtexit(interp);
  // Then CPython's teardown clears __main__'s namespace: finalizers of what the program still holds run.
  try {
    if (interp.lifetime.pending) {
      flushIo(interp);
      interp.lifetime.shutdown(g);
    }
  } catch (e) {
    if (e instanceof ProcessExit) return e.status;
    if (!(e instanceof HaltExecution)) throw e;
  }
  status = finish(interp, status);
  return status;
}

/**
 * CPython's wait_for_thread_shutdown(): when the program imported threading, threading._shutdown() runs
 * its threading-atexit callbacks and joins every thread not started as a daemon. What it raises is
 * reported as unraisable.
 */
function waitForThreads(interp: Interpreter): void {
  const threading = interp.modules.getStr('threading');
  if (threading === undefined) return;
  try {
    callObject(getAttr(threading, '_shutdown'), []);
  } catch (e) {
    if (!(e instanceof PyBaseException)) throw e;
    writeUnraisable(interp, e, () => 'Exception ignored on threading shutdown');
  }
}

/**
 * The script compiled. CPython's parser reads a script from the file itself, so its SyntaxError's
 * _metadata has no source (the traceback printer's keyword hints then read the file again and look only
 * at the error line); the host compiled the text, so the source it reports is dropped here.
 */
function compileMain(interp: Interpreter, source: string, path: string) {
  try {
    return compileSource(interp, source, path, 'exec');
  } catch (e) {
    if (e instanceof PyBaseException && e.cls.isSubtypeOf(SyntaxError)) {
      const meta = e.fields?.get('_metadata');
      if (meta instanceof PyTuple && meta.items.length === 3) {
        excSetAttr(e, '_metadata', new PyTuple([meta.items[0], meta.items[1], None]));
      }
    }
    throw e;
  }
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

/**
 * What CPython does with an exception reaching the top of a script: flush sys.stderr and sys.stdout
 * (as it does after running any script), then SystemExit's code, or a traceback and 1.
 */
export function handleUncaught(interp: Interpreter, e: unknown): number {
  if (!(e instanceof PyBaseException)) throw e;
  flushIo(interp);
  if (e.cls.isSubtypeOf(SystemExit)) {
    const code = systemExitCode(e);
    if (code === None) return 0;
    if (typeof code === 'number') return code & 0xff;
    if (typeof code === 'boolean') return code ? 1 : 0;
    writeErr(interp, `${safeStr(code)}\n`);
    return 1;
  }
  const hookExit = reportThroughExcepthook(interp, e);
  if (hookExit !== null) return hookExit;
  if (e.cls.isSubtypeOf(KeyboardInterrupt)) return 130;
  return 1;
}

/**
 * CPython's _PyErr_PrintEx: sys.last_exc (and the legacy last_type/value/traceback) are set, then
 * sys.excepthook(type, value, tb) reports the exception; a failing hook is reported followed by the
 * original exception, a missing one is said so. A hook raising SystemExit ends the process with its
 * code (returned here); otherwise null.
 */
function reportThroughExcepthook(interp: Interpreter, e: PyBaseException): number | null {
  const sys = interp.sys;
  const tb: PyValue = e.traceback ?? None;
  sys.setStr('last_exc', e);
  sys.setStr('last_type', e.cls);
  sys.setStr('last_value', e);
  sys.setStr('last_traceback', tb);
  const hook = sys.getStr('excepthook');
  if (hook === undefined) {
    writeErr(interp, 'sys.excepthook is missing\n');
    writeErr(interp, formatException(e, interp.host));
    return null;
  }
  try {
    callObject(hook, [e.cls, e, tb]);
  } catch (e2) {
    if (!(e2 instanceof PyBaseException)) throw e2;
    if (e2.cls.isSubtypeOf(SystemExit)) return handleUncaught(interp, e2);
    flushIo(interp);
    writeErr(interp, 'Error in sys.excepthook:\n');
    writeErr(interp, formatException(e2, interp.host));
    writeErr(interp, '\nOriginal exception was:\n');
    writeErr(interp, formatException(e, interp.host));
  }
  return null;
}

function safeStr(v: PyValue): string {
  try {
    return str(v);
  } catch {
    return '<unprintable object>';
  }
}

/** sys.<name> unless it is missing, None or closed (an object without a usable `closed` counts as open). */
function openStream(interp: Interpreter, name: string): PyValue | null {
  const s = interp.sys.getStr(name);
  if (s === undefined || s === None) return null;
  try {
    return isClosed(s) ? null : s;
  } catch (e) {
    if (e instanceof PyBaseException) return s;
    throw e;
  }
}

/** stream.flush(); false if it raised (the exception is returned through `failed`). */
function flushStream(s: PyValue, failed: { exc: PyBaseException | null }): boolean {
  try {
    callMethod(s, 'flush');
    return true;
  } catch (e) {
    if (!(e instanceof PyBaseException)) throw e;
    failed.exc = e;
    return false;
  }
}

/** CPython's flush_io() after running a script: sys.stderr then sys.stdout, errors ignored. */
function flushIo(interp: Interpreter): void {
  const failed = { exc: null };
  for (const name of ['stderr', 'stdout']) {
    const s = interp.sys.getStr(name);
    if (s !== undefined) flushStream(s, failed);
  }
}

/** Write to sys.stderr and flush it; the raw descriptor if there is no usable sys.stderr. */
function writeErr(interp: Interpreter, text: string): void {
  const err = interp.sys.getStr('stderr');
  if (err !== undefined && err !== None) {
    try {
      callMethod(err, 'write', [text]);
      callMethod(err, 'flush');
      return;
    } catch (e) {
      if (!(e instanceof PyBaseException)) throw e;
      /* fall through to the raw descriptor */
    }
  }
  writeAll(interp.host, STDERR_FD, text);
}

/**
 * The end of the process, after atexit: CPython's flush_std_files() (a failure to flush stdout is
 * reported as unraisable and makes the exit status 120, one of stderr only the status), then the
 * output still buffered in files the program left open (CPython flushes them when it frees them).
 */
function finish(interp: Interpreter, status: number): number {
  const failed: { exc: PyBaseException | null } = { exc: null };
  const out = openStream(interp, 'stdout');
  if (out !== null && !flushStream(out, failed)) {
    writeUnraisable(interp, failed.exc!, () => 'Exception ignored on flushing sys.stdout');
    status = 120;
  }
  const err = openStream(interp, 'stderr');
  if (err !== null && !flushStream(err, failed)) status = 120;
  flushAllPendingOutput();
  return status;
}

function writeAll(host: Host, fd: number, text: string): void {
  try {
    host.write(fd, new TextEncoder().encode(text));
  } catch {
    /* nowhere left to report */
  }
}
