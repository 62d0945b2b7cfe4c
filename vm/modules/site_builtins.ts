// The builtins CPython's `site` module adds at startup (Lib/site.py with Lib/_sitebuiltins.py): exit and
// quit (Quitter: calling one closes sys.stdin and raises SystemExit(code)), copyright, credits and
// license (_Printer: the repr is the text, or a hint to call it when it is long; calling it pages the
// text through print() and input()), and help (_Helper: calling it is pydoc.help).
//
// The three types are written here in TypeScript under their CPython names and module, keeping the
// instance attributes _sitebuiltins.py gives them (name/eof, the name-mangled _Printer__* fields), so a
// program sees the same objects. Nothing here runs at import time except creating the types, and no
// file is read before a _Printer is shown.

import { PyObject, PyType, PyValue, makeBuiltinType } from '../objects/object.js';
import { PyDict } from '../objects/dict.js';
import { PyList } from '../objects/list.js';
import { PyTuple } from '../objects/tuple.js';
import { defMethod } from '../objects/native.js';
import { instanceDictGetSet } from '../objects/object_methods.js';
import { None } from '../objects/singletons.js';
import { PyBaseException, SystemExit, ImportError, NotImplementedError } from '../objects/exceptions.js';
import { callObject } from '../runtime/call.js';
import { getAttr } from '../runtime/attributes.js';
import { asIndex, str, toArray, truthy } from '../runtime/protocols.js';
import { typeError } from '../runtime/raise.js';
import { unexpectedKeywordMessage } from '../runtime/keyword_suggestion.js';
import { importModule } from '../runtime/import.js';
import { currentInterpreter } from '../runtime/interpreter.js';

type Kw = Map<string, PyValue> | null;

/** sys.copyright of CPython 3.14 (also what the copyright builtin shows). */
export const SYS_COPYRIGHT =
  'Copyright (c) 2001 Python Software Foundation.\nAll Rights Reserved.\n\n' +
  'Copyright (c) 2000 BeOpen.com.\nAll Rights Reserved.\n\n' +
  'Copyright (c) 1995-2001 Corporation for National Research Initiatives.\nAll Rights Reserved.\n\n' +
  'Copyright (c) 1991-1995 Stichting Mathematisch Centrum, Amsterdam.\nAll Rights Reserved.';

const CREDITS =
  'Thanks to CWI, CNRI, BeOpen, Zope Corporation, the Python Software\n' +
  'Foundation, and a cast of thousands for supporting Python\n' +
  'development.  See www.python.org for more information.';

const LICENSE = 'See https://www.python.org/psf/license/';

/** What the shell's end-of-file key is called in the hint (site.py's non-Windows wording). */
const EOF_HINT = 'Ctrl-D (i.e. EOF)';

function siteType(name: string, doc: string | null): PyType {
  const t = makeBuiltinType(name, undefined, '_sitebuiltins');
  t.hasInstanceDict = true;
  instanceDictGetSet(t);
  t.doc = doc;
  t.attrs.set('__doc__', doc ?? None);
  return t;
}

const quitterType = siteType('Quitter', null);
const printerType = siteType(
  '_Printer',
  'interactive prompt objects for printing the license text, a list of\ncontributors and the copyright notice.',
);
const helperType = siteType(
  '_Helper',
  "Define the builtin 'help'.\n\n" +
    'This is a wrapper around pydoc.help that provides a helpful message\n' +
    "when 'help' is typed at the Python interactive prompt.\n\n" +
    'Calling help() at the Python prompt starts an interactive help session.\n' +
    "Calling help(thing) prints help for the python object 'thing'.\n",
);

// ---- arguments as a Python method binds them -------------------------------------------------------

function quoted(names: string[]): string {
  const q = names.map((n) => `'${n}'`);
  if (q.length === 1) return q[0];
  if (q.length === 2) return `${q[0]} and ${q[1]}`;
  return `${q.slice(0, -1).join(', ')}, and ${q[q.length - 1]}`;
}

/**
 * Binds (self, *args, **kwargs) to `params` (after self) of the Python method `qualname`, the last
 * `defaults.length` of them optional, with the messages CPython gives for a def.
 */
function bindMethod(qualname: string, params: string[], defaults: PyValue[], args: PyValue[], kwargs: Kw): PyValue[] {
  const required = params.length - defaults.length;
  if (args.length > params.length) {
    const given = args.length + 1;
    const takes =
      defaults.length === 0
        ? `${params.length + 1} positional argument${params.length === 0 ? '' : 's'}`
        : `from ${required + 1} to ${params.length + 1} positional arguments`;
    throw typeError(`${qualname}() takes ${takes} but ${given} ${given === 1 ? 'was' : 'were'} given`);
  }
  const bound: (PyValue | undefined)[] = params.map((_, i) => args[i]);
  if (kwargs !== null) {
    for (const [k, v] of kwargs) {
      const i = params.indexOf(k);
      if (i < 0) throw typeError(unexpectedKeywordMessage(`${qualname}()`, k, params));
      if (bound[i] !== undefined) throw typeError(`${qualname}() got multiple values for argument '${k}'`);
      bound[i] = v;
    }
  }
  const missing = params.filter((p, i) => i < required && bound[i] === undefined);
  if (missing.length > 0) {
    const s = missing.length === 1 ? '' : 's';
    throw typeError(`${qualname}() missing ${missing.length} required positional argument${s}: ${quoted(missing)}`);
  }
  return bound.map((v, i) => v ?? defaults[i - required]);
}

function fields(self: PyValue): PyDict {
  const o = self as PyObject;
  o.dict ??= new PyDict();
  return o.dict;
}

// ---- Quitter -----------------------------------------------------------------------------------------

defMethod(quitterType, '__init__', (self, args, kwargs) => {
  const [name, eof] = bindMethod('Quitter.__init__', ['name', 'eof'], [], args, kwargs);
  const d = fields(self);
  d.setStr('name', name);
  d.setStr('eof', eof);
  return None;
});

defMethod(quitterType, '__repr__', (self) => `Use ${str(getAttr(self, 'name'))}() or ${str(getAttr(self, 'eof'))} to exit`);

defMethod(quitterType, '__call__', (_self, args, kwargs) => {
  const [code] = bindMethod('Quitter.__call__', ['code'], [None], args, kwargs);
  // Shells like IDLE catch the SystemExit but notice that their stdin was closed.
  try {
    const stdin = currentInterpreter().sys.getStr('stdin');
    if (stdin !== undefined) callObject(getAttr(stdin, 'close'), []);
  } catch (e) {
    if (!(e instanceof PyBaseException)) throw e; // like the bare `except: pass` of _sitebuiltins
  }
  throw new PyBaseException(SystemExit, [code]);
});

function newQuitter(name: string): PyObject {
  const q = new PyObject(quitterType);
  const d = fields(q);
  d.setStr('name', name);
  d.setStr('eof', EOF_HINT);
  return q;
}

// ---- _Printer ----------------------------------------------------------------------------------------

const PRINTER_NAME = '_Printer__name';
const PRINTER_DATA = '_Printer__data';
const PRINTER_LINES = '_Printer__lines';
const PRINTER_FILENAMES = '_Printer__filenames';
const PRINTER_LINECNT = '_Printer__linecnt';

printerType.attrs.set('MAXLINES', 23);

/** os.path.join(dir, name) on POSIX for the two-part case. */
function joinPath(dir: string, name: string): string {
  if (name.startsWith('/')) return name;
  if (dir === '' || dir.endsWith('/')) return dir + name;
  return `${dir}/${name}`;
}

function initPrinter(self: PyValue, name: PyValue, data: PyValue, files: PyValue[], dirs: PyValue[]): void {
  const d = fields(self);
  d.setStr(PRINTER_NAME, name);
  d.setStr(PRINTER_DATA, data);
  d.setStr(PRINTER_LINES, None);
  const filenames: PyValue[] = [];
  for (const dir of dirs) {
    for (const file of files) filenames.push(joinPath(str(dir), str(file)));
  }
  d.setStr(PRINTER_FILENAMES, new PyList(filenames));
}

defMethod(printerType, '__init__', (self, args, kwargs) => {
  const empty = new PyTuple([]);
  const [name, data, files, dirs] = bindMethod('_Printer.__init__', ['name', 'data', 'files', 'dirs'], [empty, empty], args, kwargs);
  initPrinter(self, name, data, toArray(files), toArray(dirs));
  return None;
});

const decoder = new TextDecoder('utf-8');

/** The text's lines: the first readable file of the list, else the built-in text (read once). */
function printerLines(self: PyValue): PyValue[] {
  const d = fields(self);
  const have = d.getStr(PRINTER_LINES);
  if (have !== undefined && truthy(have)) return toArray(have);
  let text: string | null = null;
  const host = currentInterpreter().host;
  const filenames = d.getStr(PRINTER_FILENAMES);
  for (const f of filenames === undefined ? [] : toArray(filenames)) {
    try {
      const bytes = host.readFile(str(f));
      if (bytes !== null) {
        text = decoder.decode(bytes);
        break;
      }
    } catch {
      // An unreadable file is skipped, as open() raising OSError is.
    }
  }
  if (text === null || text === '') {
    const data = d.getStr(PRINTER_DATA);
    text = data === undefined ? '' : str(data);
  }
  const lines = text.split('\n');
  d.setStr(PRINTER_LINES, new PyList(lines));
  d.setStr(PRINTER_LINECNT, lines.length);
  return lines;
}

function maxLines(self: PyValue): number {
  return Number(asIndex(getAttr(self, 'MAXLINES')));
}

defMethod(printerType, '_Printer__setup', (self, args, kwargs) => {
  bindMethod('_Printer.__setup', [], [], args, kwargs);
  printerLines(self);
  return None;
});

defMethod(printerType, '__repr__', (self) => {
  const lines = printerLines(self);
  if (lines.length <= maxLines(self)) return lines.map((l) => str(l)).join('\n');
  const name = str(fields(self).getStr(PRINTER_NAME) ?? None);
  return `Type ${name}() to see the full ${name} text`;
});

const PROMPT = 'Hit Return for more, or q (and Return) to quit: ';

defMethod(printerType, '__call__', (self, args, kwargs) => {
  bindMethod('_Printer.__call__', [], [], args, kwargs);
  const lines = printerLines(self);
  const builtins = currentInterpreter().builtins;
  const print = builtins.getStr('print')!;
  const input = builtins.getStr('input')!;
  let lineno = 0;
  for (;;) {
    // A page of MAXLINES lines; running off the end stops (the IndexError of the Python version).
    const page = maxLines(self);
    const end = lineno + page;
    let finished = false;
    for (let i = lineno; i < end; i++) {
      if (i >= lines.length) {
        finished = true;
        break;
      }
      callObject(print, [lines[i]]);
    }
    if (finished) break;
    lineno += page;
    let key: PyValue;
    do {
      key = callObject(input, [PROMPT]);
    } while (key !== '' && key !== 'q');
    if (key === 'q') break;
  }
  return None;
});

function newPrinter(name: string, data: string, files: string[], dirs: string[]): PyObject {
  const p = new PyObject(printerType);
  initPrinter(p, name, data, files, dirs);
  return p;
}

// ---- _Helper -----------------------------------------------------------------------------------------

defMethod(helperType, '__repr__', () => 'Type help() for interactive help, or help(object) for help about object.');

defMethod(helperType, '__call__', (_self, args, kwargs) => {
  let pydoc: PyValue;
  try {
    pydoc = importModule(currentInterpreter(), 'pydoc');
  } catch (e) {
    // pydoc needs modules pyrewind may not have yet: say that help() is what is unavailable.
    if (!(e instanceof PyBaseException) || !e.cls.isSubtypeOf(ImportError)) throw e;
    const why = new PyBaseException(NotImplementedError, [
      `help() is not available: pyrewind cannot import pydoc yet (${e.cls.name}: ${str(e)})`,
    ]);
    why.cause = e;
    why.suppressContext = true;
    throw why;
  }
  return callObject(getAttr(pydoc, 'help'), args, kwargs);
});

// ---- installation ------------------------------------------------------------------------------------

/**
 * Adds exit, quit, copyright, credits, license and help to a builtins dict, as site.main() does.
 * `stdlibDir` is where the standard library lives (site looks for LICENSE.txt next to it and in the
 * current directory); null looks nowhere and shows the short license text.
 */
export function addSiteBuiltins(builtins: PyDict, stdlibDir: string | null = null): void {
  builtins.setStr('quit', newQuitter('quit'));
  builtins.setStr('exit', newQuitter('exit'));
  builtins.setStr('copyright', newPrinter('copyright', SYS_COPYRIGHT, [], []));
  builtins.setStr('credits', newPrinter('credits', CREDITS, [], []));
  const files = stdlibDir ? ['LICENSE.txt', 'LICENSE'] : [];
  const dirs = stdlibDir ? [joinPath(stdlibDir, '..'), stdlibDir, '.'] : [];
  builtins.setStr('license', newPrinter('license', LICENSE, files, dirs));
  builtins.setStr('help', new PyObject(helperType));
}

