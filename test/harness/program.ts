// The shape of a Python program to run and of the outcome of running it, shared by the CPython (pyodide)
// runner and the pyrewind runner so that the two can be compared field by field.
//
// Nothing here runs anything or touches the file system: it only describes data.

/** A program as `python3 <main> <argv...>` would see it, with all its source files. */
export interface Program {
  /** A short name for messages (the corpus file or directory name). */
  name: string;
  /** Files relative to the program's directory ('main.py', 'pkg/__init__.py'); text is written as UTF-8. */
  files: ReadonlyMap<string, Uint8Array>;
  /** Which of `files` is the script run as __main__. */
  main: string;
  /** sys.argv[1:]. */
  argv: readonly string[];
  /** Everything the program can read from standard input; reading past it is end of file. */
  stdin: string;
}

/** The uncaught exception that ended a run, as the last "Type: message" line of its traceback shows it. */
export interface UncaughtException {
  /** As the traceback prints it: 'ValueError', 'mymod.MyError', 'ExceptionGroup'. */
  type: string;
  /** Everything after "Type: " up to the end of that exception's report (continuation lines and notes
   *  included); '' when the traceback shows the type alone. */
  message: string;
}

export interface RunResult {
  stdout: string;
  stderr: string;
  /** The process exit status `python3` would have: 0, the SystemExit code, or 1. */
  exitCode: number;
  /** Parsed from stderr (on both sides, by the same parser) when the run ended with a traceback. */
  exception: UncaughtException | null;
}
