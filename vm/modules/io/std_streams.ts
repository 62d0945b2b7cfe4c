// sys.stdin, sys.stdout and sys.stderr as CPython's create_stdio() builds them: a TextIOWrapper
// (utf-8, newline '\n', so no translation on POSIX) over a BufferedReader/BufferedWriter over a FileIO
// on descriptor 0, 1 or 2 that does not own the descriptor. stdout and stdin are line-buffered only on
// a terminal; stderr is always line-buffered and uses errors='backslashreplace'.
//
// For the runtime to call when it sets up an interpreter (vm/runtime/main.ts); nothing here is used
// by the _io module itself. A descriptor that is not open gives None, as in CPython. stdout and stderr
// are marked so that what the program writes to them is reported to a tracer (output_observer.ts).

import { PyValue } from '../../objects/object.js';
import { None } from '../../objects/singletons.js';
import { PyBaseException } from '../../objects/exceptions.js';
import { setAttr, getAttr } from '../../runtime/attributes.js';
import { callObject } from '../../runtime/call.js';
import type { Interpreter } from '../../runtime/interpreter.js';
import { ioOpen } from './module.js';
import { textIOWrapperType, PyTextIOWrapper } from './textio.js';
import { PyBuffered } from './buffered.js';

export interface StdStreams {
  stdin: PyValue;
  stdout: PyValue;
  stderr: PyValue;
}

/** One standard stream: io.open(fd, mode, closefd=False), then the text layer create_stdio adds. */
function stdStream(interp: Interpreter, fd: number, name: string, write: boolean, errors: string): PyValue {
  const buffer = ioOpen([fd, write ? 'wb' : 'rb', -1, None, None, None, false], null);
  const raw = getAttr(buffer, 'raw');
  setAttr(raw, 'name', name);
  const isatty = interp.host.isatty(fd);
  const lineBuffering = isatty || fd === 2;
  const stream = callObject(textIOWrapperType, [buffer, 'utf-8', errors, '\n', lineBuffering, false]);
  setAttr(stream, 'mode', write ? 'w' : 'r');
  // What the program writes through these two layers is reported to a tracer as it is written.
  if (write) {
    if (stream instanceof PyTextIOWrapper) stream.observeFd = fd;
    if (buffer instanceof PyBuffered) buffer.observeFd = fd;
  }
  return stream;
}

/** A standard stream, or None when its descriptor is not open (as CPython gives a process started without it). */
function stdStreamOrNone(interp: Interpreter, fd: number, name: string, write: boolean, errors: string): PyValue {
  try {
    return stdStream(interp, fd, name, write, errors);
  } catch (e) {
    if (e instanceof PyBaseException) return None;
    throw e;
  }
}

/** The three standard streams of an interpreter; call once the interpreter is the current one. */
export function makeStdStreams(interp: Interpreter): StdStreams {
  return {
    stdin: stdStreamOrNone(interp, 0, '<stdin>', false, 'strict'),
    stdout: stdStreamOrNone(interp, 1, '<stdout>', true, 'strict'),
    stderr: stdStreamOrNone(interp, 2, '<stderr>', true, 'backslashreplace'),
  };
}
