// The faulthandler module (CPython's Modules/faulthandler.c): dumps the Python stack to a file descriptor,
// now (dump_traceback) or when the process dies of a fatal signal (enable).
//
// pyrewind's eval loop cannot crash the way a C interpreter does (no SIGSEGV, SIGFPE, SIGABRT or SIGBUS
// comes from running Python code), so enable() only records the setting, as CPython's does until a fault
// occurs. What needs a thread or signal machinery pyrewind does not have (dump_traceback_later, register,
// dump_c_stack and the _sig* crash helpers) raises NotImplementedError naming it: accepting it and never
// acting would be a lie. The dump is written to the descriptor directly, as CPython writes it (bypassing
// the file object's buffer, which is flushed first), in Python/traceback.c's format.

import { PyValue } from '../objects/object.js';
import { PyModule } from '../objects/module.js';
import { PyNativeFunction, noArgs } from '../objects/native.js';
import { None } from '../objects/singletons.js';
import { callObject } from '../runtime/call.js';
import { getAttr } from '../runtime/attributes.js';
import { asIndex, truthy } from '../runtime/protocols.js';
import { notImplementedError, overflowError, runtimeError, typeError, valueError } from '../runtime/raise.js';
import type { Frame } from '../runtime/frame.js';
import type { Interpreter } from '../runtime/interpreter.js';
import { registerNativeModule } from './registry.js';
import { vmDescriptors } from './vm_descriptors.js';
import { reportOutput } from './io/output_observer.js';
import { MAIN_THREAD_IDENT } from './thread.js';

type Kw = Map<string, PyValue> | null;

/** Python/traceback.c's limits: frames dumped (the rest silently left out), and characters of a name. */
const MAX_FRAME_DEPTH = 100;
const MAX_STRING_LENGTH = 500;

/**
 * The arguments of a function parsed by PyArg_ParseTupleAndKeywords (`names` in order, none required),
 * with its messages for too many arguments and unknown keywords.
 */
function parseArgs(fname: string, names: readonly string[], args: PyValue[], kw: Kw): (PyValue | undefined)[] {
  const given = args.length + (kw?.size ?? 0);
  if (given > names.length) {
    throw typeError(
      `${fname}() takes at most ${names.length} ${args.length === 0 ? 'keyword ' : ''}argument${names.length === 1 ? '' : 's'} (${given} given)`,
    );
  }
  const out: (PyValue | undefined)[] = args.slice();
  out.length = names.length;
  if (kw !== null) {
    for (const [k, v] of kw) {
      const i = names.indexOf(k);
      if (i < 0) throw typeError(`${fname}() got an unexpected keyword argument '${k}'`);
      if (i < args.length) throw typeError(`argument for ${fname}() given by name ('${k}') and position (${i + 1})`);
      out[i] = v;
    }
  }
  return out;
}

/** faulthandler_get_fileno: an int is the descriptor; a file object (None: sys.stderr) is flushed and asked. */
function fileDescriptor(interp: Interpreter, file: PyValue | undefined): number {
  if (typeof file === 'number' || typeof file === 'bigint' || typeof file === 'boolean') {
    const fd = asIndex(file);
    if (typeof fd === 'bigint' || fd > 0x7fffffff || fd < -0x80000000) throw overflowError('Python int too large to convert to C int');
    if (fd < 0) throw valueError('file is not a valid file descriptor');
    return fd;
  }
  let f: PyValue | undefined = file;
  if (f === undefined || f === None) {
    f = interp.sys.getStr('stderr');
    if (f === undefined || f === None) throw runtimeError('sys.stderr is None');
  }
  const fd = asIndex(callObject(getAttr(f, 'fileno'), []));
  if (typeof fd === 'bigint' || fd < 0) throw valueError('file is not a valid file descriptor');
  // What the file object holds must come before the dump.
  callObject(getAttr(f, 'flush'), []);
  return fd;
}

/** _Py_DumpASCII: non-ASCII characters as \xNN, \uNNNN or \UNNNNNNNN; long texts cut with "...". */
function dumpAscii(text: string): string {
  let out = '';
  let count = 0;
  for (const ch of text) {
    if (count++ === MAX_STRING_LENGTH) return out + '...';
    const c = ch.codePointAt(0)!;
    if (c >= 0x20 && c < 0x7f) out += ch;
    else if (c <= 0xff) out += '\\x' + c.toString(16).padStart(2, '0');
    else if (c <= 0xffff) out += '\\u' + c.toString(16).padStart(4, '0');
    else out += '\\U' + c.toString(16).padStart(8, '0');
  }
  return out;
}

/** The stack from `frame` outwards, most recent call first, with the header of one thread or all. */
function dumpText(frame: Frame | null, allThreads: boolean): string {
  let text = allThreads
    ? `Current thread 0x${MAIN_THREAD_IDENT.toString(16).padStart(16, '0')} (most recent call first):\n`
    : 'Stack (most recent call first):\n';
  let depth = 0;
  for (let f = frame; f !== null && depth < MAX_FRAME_DEPTH; f = f.back, depth++) {
    const line = f.lineno;
    text += `  File "${dumpAscii(f.code.filename)}", line ${line === null ? '???' : line} in ${dumpAscii(f.code.name)}\n`;
  }
  return text;
}

/** Write to the descriptor as C's write() does: errors (a closed or bad descriptor) are ignored. */
function writeFd(interp: Interpreter, fd: number, text: string): void {
  const bytes = new TextEncoder().encode(text);
  try {
    vmDescriptors(interp.host).write(fd, bytes);
  } catch {
    return;
  }
  if (fd === 1 || fd === 2) reportOutput(fd, bytes);
}

function makeFaulthandler(interp: Interpreter): PyModule {
  const mod = new PyModule('faulthandler');
  const d = mod.dict;
  const def = (name: string, fn: (args: PyValue[], kw: Kw) => PyValue): void => {
    d.setStr(name, new PyNativeFunction(name, fn, mod));
  };
  let enabled = false;

  def('dump_traceback', (args, kw) => {
    const [file, allThreads] = parseArgs('dump_traceback', ['file', 'all_threads'], args, kw);
    const fd = fileDescriptor(interp, file);
    writeFd(interp, fd, dumpText(interp.frame, allThreads === undefined ? true : truthy(allThreads)));
    return None;
  });
  def('enable', (args, kw) => {
    const [file, allThreads] = parseArgs('enable', ['file', 'all_threads'], args, kw);
    fileDescriptor(interp, file);
    if (allThreads !== undefined) truthy(allThreads);
    enabled = true;
    return None;
  });
  def('disable', (args, kw) => {
    noArgs('faulthandler.disable', args, kw);
    const was = enabled;
    enabled = false;
    return was;
  });
  def('is_enabled', (args, kw) => {
    noArgs('faulthandler.is_enabled', args, kw);
    return enabled;
  });
  def('cancel_dump_traceback_later', (args, kw) => {
    noArgs('faulthandler.cancel_dump_traceback_later', args, kw);
    return None; // nothing can have been scheduled (see dump_traceback_later)
  });
  def('unregister', (args, kw) => {
    const [signum] = parseArgs('unregister', ['signum'], args, kw);
    if (signum === undefined) throw typeError("unregister() missing required argument 'signum' (pos 1)");
    asIndex(signum);
    return false; // register() never succeeds, so no handler is ever registered
  });
  const refuse = (name: string, why: string): void =>
    def(name, () => {
      throw notImplementedError(`faulthandler.${name}(): ${why}`);
    });
  refuse('dump_traceback_later', 'pyrewind has no watchdog thread to dump the traceback after a timeout');
  refuse('register', 'pyrewind does not dump tracebacks from signal handlers');
  refuse('dump_c_stack', 'pyrewind runs no C code, so there is no C stack to dump');
  for (const name of ['_sigsegv', '_sigabrt', '_sigfpe', '_read_null', '_fatal_error_c_thread']) {
    refuse(name, 'pyrewind cannot crash the process with a fatal error');
  }
  return mod;
}

registerNativeModule('faulthandler', makeFaulthandler);
