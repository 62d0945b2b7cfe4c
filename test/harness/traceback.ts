// Reads the uncaught exception back out of the traceback text a Python process wrote to stderr.
//
// Both runners (CPython through pyodide, and pyrewind) report uncaught exceptions only as text, so the
// same parser is applied to both sides: whatever it extracts, it extracts identically. It must not guess
// at anything it cannot see in the text, and it never looks at how the exception was produced.
//
// The exception that ended the run is the one printed LAST at the top level: causes and contexts are
// printed before it ("The above exception was the direct cause..."), and an exception group prints its
// own "Type: message" line inside its "  | " box, before its sub-exceptions.

import type { UncaughtException } from './program.js';

const TRACEBACK_HEADER = 'Traceback (most recent call last):';
const GROUP_HEADER = '  + Exception Group Traceback (most recent call last):';
/** A frame line of a traceback, which is also how a SyntaxError report without a header begins. */
const FILE_LINE = /^ {2}File "[^\n]*", line \d+/;

const CHAIN_SEPARATORS = [
  'The above exception was the direct cause of the following exception:',
  'During handling of the above exception, another exception occurred:',
];

/** Index of the line where the last top-level report (a header at column 0) starts, or -1. */
function lastReportStart(lines: string[]): number {
  for (let i = lines.length - 1; i >= 0; i--) {
    if (lines[i] === TRACEBACK_HEADER || lines[i] === GROUP_HEADER) return i;
  }
  return -1;
}

/**
 * What the program itself wrote to stderr: everything before the report of the exception that ended
 * the run (with the reports of its causes and contexts). All of stderr when `uncaught` is false.
 */
export function programStderr(stderr: string, uncaught: boolean): string {
  if (!uncaught) return stderr;
  const lines = stderr.split('\n');
  let start = lastReportStart(lines);
  if (start < 0) {
    start = lastFileLine(lines);
    return start < 0 ? stderr : lines.slice(0, start).join('\n') + (start > 0 ? '\n' : '');
  }
  // Chained reports: "<report>\n\n<separator>\n\n<report>"; step back over each separator.
  for (;;) {
    const sep = start - 2;
    if (sep >= 1 && lines[start - 1] === '' && lines[sep - 1] === '' && CHAIN_SEPARATORS.includes(lines[sep]!)) {
      let prev = -1;
      for (let i = sep - 2; i >= 0; i--) {
        if (lines[i] === TRACEBACK_HEADER || lines[i] === GROUP_HEADER) {
          prev = i;
          break;
        }
      }
      if (prev < 0) break;
      start = prev;
    } else break;
  }
  return lines.slice(0, start).join('\n') + (start > 0 ? '\n' : '');
}

function lastFileLine(lines: string[]): number {
  for (let i = lines.length - 1; i >= 0; i--) if (FILE_LINE.test(lines[i]!)) return i;
  return -1;
}

/**
 * The uncaught exception reported at the end of `stderr`, or null if stderr does not end with a
 * traceback (a clean exit, or sys.exit('message')).
 */
export function parseUncaughtException(stderr: string): UncaughtException | null {
  const lines = stderr.split('\n');
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();

  // The last top-level report: the last header at column 0 (nested reports are always indented).
  let start = lastReportStart(lines);
  if (start < 0) {
    // A SyntaxError in the main script is printed without a header: '  File "x.py", line 1' first.
    start = lastFileLine(lines);
    if (start < 0) return null;
    return exceptionLine(lines.slice(start));
  }

  if (lines[start] === GROUP_HEADER) {
    // The group's own lines are boxed with "  | "; its sub-exceptions start at the first "  +-" line.
    const own: string[] = [];
    for (let i = start + 1; i < lines.length; i++) {
      const line = lines[i]!;
      if (line.startsWith('  +')) break;
      if (line.startsWith('  | ')) own.push(line.slice(4));
      else if (line === '  |') own.push('');
      else return null; // not a box we understand: report nothing rather than something wrong
    }
    return exceptionLine(own);
  }
  return exceptionLine(lines.slice(start + 1));
}

/** In the lines after a header: frames and source excerpts are indented; the first line that is not is
 *  "Type: message" (or "Type"), and every line after it belongs to the message (its own continuation
 *  lines, then notes added with add_note). */
function exceptionLine(section: string[]): UncaughtException | null {
  for (let i = 0; i < section.length; i++) {
    const line = section[i]!;
    if (line.length === 0 || line.charCodeAt(0) === 32 /* space */) continue;
    const rest = section.slice(i + 1);
    const colon = line.indexOf(': ');
    if (colon < 0) {
      // "Type" alone, e.g. `raise ValueError` or a message that str() turns into ''.
      return { type: line, message: rest.join('\n') };
    }
    const message = [line.slice(colon + 2), ...rest].join('\n');
    return { type: line.slice(0, colon), message };
  }
  return null;
}
